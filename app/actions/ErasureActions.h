// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>

class QAction;
class QDialog;
class QMenu;
class QWidget;

namespace kotoplan {

class CaseWorkspace;
class RetentionView;
struct ErasurePreview;

// File > Erase client… for the case in hand, and View > Retention and erasure… for the cases
// past the municipality's retention period. Erasure asks twice, showing what will go.
class ErasureActions : public QObject
{
    Q_OBJECT

public:
    ErasureActions(QSqlDatabase db, CaseWorkspace *workspace, QWidget *window);

    void addTo(QMenu *fileMenu, QMenu *viewMenu);
    QAction *eraseAction() const { return m_eraseAction; }
    QAction *retentionAction() const { return m_retentionAction; }
    RetentionView *retentionView() const;
    void setReadOnly(bool readOnly);

public Q_SLOTS:
    // The client open in the editor or selected in the case list.
    bool eraseCurrent();
    // Asks twice; true when the client's data is gone.
    bool eraseClient(qint64 clientId);
    void showRetention();

Q_SIGNALS:
    // For the status bar; never with the client's data in it.
    void message(const QString &text);
    void erased(qint64 clientId);

protected:
    // On QEvent::LanguageChange, which it gets as a child of the main window: its texts again.
    bool event(QEvent *event) override;

private:
    void retranslate();
    QString firstQuestion(const ErasurePreview &what) const;

    QSqlDatabase m_db;
    CaseWorkspace *m_workspace;
    QWidget *m_window;
    QAction *m_eraseAction;
    QAction *m_retentionAction;
    QPointer<QDialog> m_retentionDialog;
    QPointer<RetentionView> m_retentionView;
    bool m_readOnly = false;
};

} // namespace kotoplan
