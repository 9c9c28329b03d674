// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>

class QAction;
class QMenu;
class QMenuBar;
class QWidget;

namespace kotoplan {

class GuideDialog;

// The Help menu: the user guide (F1), in the UI language, and About: the version, the licence
// and the database in use.
class HelpActions : public QObject
{
    Q_OBJECT

public:
    HelpActions(QSqlDatabase db, QWidget *window);

    void addTo(QMenuBar *menuBar);
    QAction *guideAction() const { return m_guide; }
    QAction *aboutAction() const { return m_about; }
    GuideDialog *guideDialog() const;
    // What About says.
    QString aboutText() const;

public Q_SLOTS:
    void showGuide();
    void showAbout();

protected:
    // On QEvent::LanguageChange, which it gets as a child of the main window: its texts again.
    bool event(QEvent *event) override;

private:
    void retranslate();

    QSqlDatabase m_db;
    QWidget *m_window;
    QMenu *m_menu;
    QAction *m_guide;
    QAction *m_about;
    QPointer<GuideDialog> m_guideDialog;
};

} // namespace kotoplan
