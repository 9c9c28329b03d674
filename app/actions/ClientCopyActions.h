// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>
#include <QSqlDatabase>

#include <functional>
#include <memory>

class QAction;
class QMenu;
class QPrinter;
class QPrintPreviewDialog;
class QWidget;

namespace kotoplan {

class PrintedDocument;

// What the client takes home: the client's own copy in plain language, in the language chosen
// for it when printing (fi, sv or en; the client's contact language first), the appointment
// slip of the next meeting and the next meeting as a calendar file for the phone, in the print
// language of the plan's printout.
class ClientCopyActions : public QObject
{
    Q_OBJECT

public:
    enum class Paper
    {
        ClientCopy,
        AppointmentSlip
    };

    // `language` gives the print language chosen in the File menu.
    ClientCopyActions(QSqlDatabase db, std::function<QString()> language, QWidget *window);
    ~ClientCopyActions() override;

    void addTo(QMenu *menu);
    QAction *clientCopyAction() const { return m_copy; }
    QAction *slipAction() const { return m_slip; }
    QAction *calendarAction() const { return m_calendar; }

    // The document for the current plan in `language` (empty: the print language); null
    // without a plan (or, for the slip, without a planned meeting).
    std::unique_ptr<PrintedDocument> document(Paper paper, const QString &language = {}) const;
    // Paints it on `printer` and writes the "printed" audit line; false when nothing was printed.
    bool printTo(Paper paper, QPrinter *printer, const QString &language = {});
    // The language the client's copy is offered in first: the client's contact language when it
    // is fi, sv or en, else the print language.
    QString defaultCopyLanguage() const;
    // Asks which of fi, sv and en the client's copy is printed in (MessageBox::choice, Enter
    // takes defaultCopyLanguage()); empty when cancelled.
    QString askCopyLanguage();
    // The preview of a paper, the client's copy in the language asked first; null when there
    // is nothing to print or the question was cancelled. The slip shows why it is missing.
    std::unique_ptr<QPrintPreviewDialog> createPreview(Paper paper);
    // Writes the next meeting's calendar file; shows the problem and returns false on failure.
    bool saveCalendarTo(const QString &path);

public Q_SLOTS:
    void setPlanId(qint64 planId);

Q_SIGNALS:
    void message(const QString &text);
    void aboutToPrint();

protected:
    bool event(QEvent *event) override;

private:
    void retranslate();
    void preview(Paper paper);
    void saveCalendar();

    QSqlDatabase m_db;
    std::function<QString()> m_language;
    QWidget *m_window;
    qint64 m_planId = 0;
    QAction *m_copy;
    QAction *m_slip;
    QAction *m_calendar;
};

} // namespace kotoplan
