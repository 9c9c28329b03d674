// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>
#include <QSqlDatabase>

class QAction;
class QMenu;
class QMainWindow;

namespace kotoplan {

// The integration programme's menu: the service catalogue, the follow-up statistics and the
// programme document. Kept out of MainWindow, which only creates it.
class ProgrammeActions : public QObject
{
    Q_OBJECT

public:
    ProgrammeActions(QSqlDatabase db, QMainWindow *window);

    QAction *catalogueAction() const { return m_catalogue; }
    QAction *statisticsAction() const { return m_statistics; }
    QAction *programmeAction() const { return m_programme; }

public Q_SLOTS:
    void editCatalogue();
    void showStatistics();
    void previewProgramme();

protected:
    // On QEvent::LanguageChange, which it gets as a child of the main window: its texts again.
    bool event(QEvent *event) override;

private:
    void retranslate();
    QSqlDatabase m_db;
    QMainWindow *m_window = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_catalogue = nullptr;
    QAction *m_statistics = nullptr;
    QAction *m_programme = nullptr;
};

} // namespace kotoplan
