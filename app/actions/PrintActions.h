// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>
#include <QSqlDatabase>

#include <memory>
#include <optional>

class QAction;
class QActionGroup;
class QMenu;
class QPrintPreviewDialog;
class QPrinter;
class QToolBar;
class QWidget;

namespace kotoplan {

class PlanDocument;

// Print preview, print and save as PDF of one plan, in the language chosen for printing
// (remembered in the settings), whatever the UI's language.
class PrintActions : public QObject
{
    Q_OBJECT

public:
    PrintActions(QSqlDatabase db, QWidget *window);
    ~PrintActions() override;

    void addTo(QMenu *menu, QToolBar *toolBar);
    QAction *previewAction() const { return m_preview; }
    QAction *printAction() const { return m_print; }
    QAction *savePdfAction() const { return m_savePdf; }
    QString language() const;
    void setLanguage(const QString &code);

    // The preview of the current plan, not yet shown; null without a plan.
    std::unique_ptr<QPrintPreviewDialog> createPreview();
    // Writes the current plan's PDF; shows the problem and returns false on failure.
    bool savePdfTo(const QString &path);
    // Where Save as PDF proposes to write: the documents folder and the plan's file name.
    QString suggestedPath() const;
    // Prints the current plan on `printer` as set up; writes the "printed" audit line when it did.
    bool printTo(QPrinter *printer);

public Q_SLOTS:
    // The plan the actions print; 0 disables them.
    void setPlanId(qint64 planId);
    // In a meeting Save as PDF proposes the client's own folder, which shows no other client.
    void setMeeting(bool on) { m_meeting = on; }
    void preview();
    void print();
    void savePdf();

Q_SIGNALS:
    void message(const QString &text);
    // Before a plan is previewed, printed or saved: whoever edits it saves it now.
    void aboutToPrint();

protected:
    // On QEvent::LanguageChange, which it gets as a child of the main window: its texts again.
    bool event(QEvent *event) override;

private:
    void retranslate();
    std::optional<PlanDocument> currentDocument() const;
    bool paint(QPrinter *printer);
    void recordPrinted();
    void showLanguage();

    QSqlDatabase m_db;
    QWidget *m_window;
    qint64 m_planId = 0;
    bool m_meeting = false;
    QAction *m_preview;
    QAction *m_print;
    QAction *m_savePdf;
    QMenu *m_languageMenu;
    QActionGroup *m_languages;
};

} // namespace kotoplan
