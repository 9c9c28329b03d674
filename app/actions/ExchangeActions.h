// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "exchange/PlanImport.h"

#include <QObject>
#include <QSqlDatabase>

class QAction;
class QMenu;
class QToolBar;
class QWidget;

namespace kotoplan {

// Export for the TE office (PDF/A + JSON) and import of a plan file, from the menu and toolbar.
class ExchangeActions : public QObject
{
    Q_OBJECT

public:
    ExchangeActions(QSqlDatabase db, QWidget *window);

    void addTo(QMenu *menu, QToolBar *toolBar);
    QAction *exportAction() const { return m_export; }
    QAction *importAction() const { return m_import; }

    // The non-interactive halves, which the dialogs end in; each reports through message().
    // The PDF in `language` (fi, sv, en), the export language setting when empty.
    bool exportTo(const QString &folder, const QString &receiver, bool withLifeSituation,
                  const QString &language = {});
    // `takeFromFile` names the known client's fields whose values in the file are taken.
    bool importFrom(const QString &path, const QStringList &takeFromFile = {});

public Q_SLOTS:
    void setPlanId(qint64 planId);
    // In a meeting the folder dialog opens in the client's own folder.
    void setMeeting(bool on);
    void exportPlan();
    void importPlan();

Q_SIGNALS:
    void message(const QString &text);
    void imported(qint64 clientId, qint64 planId);

protected:
    // On QEvent::LanguageChange, which it gets as a child of the main window: its texts again.
    bool event(QEvent *event) override;

private:
    void retranslate();
    bool importPreviewed(const PlanImport::Preview &preview, const QStringList &takeFromFile);
    QSqlDatabase m_db;
    QWidget *m_window;
    qint64 m_planId = 0;
    bool m_meeting = false;
    QString m_lastMessage; // what the last export or import said
    QAction *m_export;
    QAction *m_import;
};

} // namespace kotoplan
