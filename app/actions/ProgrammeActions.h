// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>
#include <QSqlDatabase>

class QAction;
class QMenu;
class QMainWindow;
class QMenu;
class QPrinter;

namespace kotoplan {

class ProgrammeDocument;

// The integration programme's menu: the service catalogue, the follow-up statistics, the
// programme document (preview, print, PDF/A) and the municipality's name they carry. Kept out
// of MainWindow, which only creates it.
class ProgrammeActions : public QObject
{
    Q_OBJECT

public:
    ProgrammeActions(QSqlDatabase db, QMainWindow *window);

    QAction *catalogueAction() const { return m_catalogue; }
    QAction *statisticsAction() const { return m_statistics; }
    QAction *programmeAction() const { return m_programme; }
    QAction *printProgrammeAction() const { return m_printProgramme; }
    QAction *saveProgrammeAction() const { return m_saveProgramme; }
    QAction *municipalityAction() const { return m_municipality; }

    // The programme document of the active services, in the print language, under the
    // municipality's name, dated today.
    ProgrammeDocument programmeDocument() const;
    // Writes the programme as PDF/A; shows the problem and returns false on failure.
    bool saveProgrammeTo(const QString &path);

public Q_SLOTS:
    void editCatalogue();
    void showStatistics();
    void previewProgramme();
    void printProgramme();
    void saveProgramme();
    void editMunicipality();

protected:
    // On QEvent::LanguageChange, which it gets as a child of the main window: its texts again.
    bool event(QEvent *event) override;

private:
    void retranslate();
    void paint(QPrinter *printer);

    QSqlDatabase m_db;
    QMainWindow *m_window = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_catalogue = nullptr;
    QAction *m_statistics = nullptr;
    QAction *m_programme = nullptr;
    QAction *m_printProgramme = nullptr;
    QAction *m_saveProgramme = nullptr;
    QAction *m_municipality = nullptr;
};

} // namespace kotoplan
