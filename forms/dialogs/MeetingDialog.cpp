// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "dialogs/MeetingDialog.h"

#include "domain/ClientCodes.h"
#include "domain/Clock.h"
#include "domain/DateText.h"
#include "editor/CodePicker.h"
#include "models/MeetingTableModel.h"
#include "stores/MeetingStore.h"
#include "ui_MeetingDialog.h"

#include <QEvent>
#include <QPushButton>

namespace kotoplan {

namespace {

// The combo's entry whose data is `value`, else the first.
void choose(QComboBox *combo, int value)
{
    combo->setCurrentIndex(std::max(0, combo->findData(value)));
}

int chosen(const QComboBox *combo)
{
    return combo->currentData().toInt();
}

} // namespace

MeetingDialog::MeetingDialog(QSqlDatabase db, const Meeting &meeting, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MeetingDialog>())
    , m_db(std::move(db))
    , m_meeting(meeting)
    , m_timeFromPlan(meeting.id != 0 && meeting.planId != 0 &&
                     meeting.attendance == Attendance::Planned)
{
    m_ui->setupUi(this);
    m_ui->noteLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->problemsLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_ui->problemsLabel->hide();
    new CodePicker(m_ui->languageEdit, CodeSuggestionModel::Kind::Language, false);
    retranslate();
    show(meeting);
    connect(m_ui->interpreterCheck, &QCheckBox::toggled, this, &MeetingDialog::updateEnabled);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &MeetingDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &MeetingDialog::reject);
    updateEnabled();
}

MeetingDialog::~MeetingDialog() = default;

void MeetingDialog::retranslate()
{
    setWindowTitle(m_meeting.id == 0 ? tr("Add meeting") : tr("Edit meeting"));
    const int kind = m_ui->kindCombo->count() ? chosen(m_ui->kindCombo) : int(m_meeting.kind);
    m_ui->kindCombo->clear();
    m_ui->kindCombo->addItem(tr("Drawing up the plan"), int(MeetingKind::Plan));
    m_ui->kindCombo->addItem(tr("Review of the plan"), int(MeetingKind::Review));
    m_ui->kindCombo->addItem(tr("Other meeting"), int(MeetingKind::Other));
    choose(m_ui->kindCombo, kind);
    const int mode =
        m_ui->modeCombo->count() ? chosen(m_ui->modeCombo) : int(m_meeting.interpretingMode);
    m_ui->modeCombo->clear();
    m_ui->modeCombo->addItem(tr("Not set"), int(InterpretingMode::Unset));
    m_ui->modeCombo->addItem(tr("On site"), int(InterpretingMode::OnSite));
    m_ui->modeCombo->addItem(tr("By phone"), int(InterpretingMode::Phone));
    m_ui->modeCombo->addItem(tr("By video"), int(InterpretingMode::Video));
    choose(m_ui->modeCombo, mode);
    const int attendance =
        m_ui->attendanceCombo->count() ? chosen(m_ui->attendanceCombo) : int(m_meeting.attendance);
    m_ui->attendanceCombo->clear();
    for (Attendance value :
         {Attendance::Planned, Attendance::Came, Attendance::CancelledInTime, Attendance::NoShow})
        m_ui->attendanceCombo->addItem(MeetingTableModel::attendanceText(value), int(value));
    choose(m_ui->attendanceCombo, attendance);
    m_ui->noteLabel->setText(
        m_timeFromPlan ? tr("This is the plan's next meeting: its date, time and place are "
                            "changed in the plan's Next meeting field.")
                       : QString());
    m_ui->noteLabel->setVisible(m_timeFromPlan);
}

void MeetingDialog::show(const Meeting &meeting)
{
    m_ui->dateEdit->setText(dateText::displayDate(meeting.startsAt.date()));
    m_ui->timeEdit->setText(
        meeting.startsAt.isValid() ? dateText::displayTime(meeting.startsAt.time()) : QString());
    choose(m_ui->kindCombo, int(meeting.kind));
    m_ui->placeEdit->setText(meeting.place);
    m_ui->officerEdit->setText(meeting.officer);
    m_ui->interpreterCheck->setChecked(meeting.interpreterBooked);
    m_ui->languageEdit->setText(meeting.interpreterLanguage);
    choose(m_ui->modeCombo, int(meeting.interpretingMode));
    m_ui->agencyEdit->setText(meeting.agency);
    m_ui->minutesSpin->setValue(meeting.durationMinutes);
    choose(m_ui->attendanceCombo, int(meeting.attendance));
    m_ui->reminderEdit->setText(meeting.reminder);
    for (QWidget *widget :
         {static_cast<QWidget *>(m_ui->dateEdit), static_cast<QWidget *>(m_ui->timeEdit),
          static_cast<QWidget *>(m_ui->placeEdit)})
        widget->setEnabled(!m_timeFromPlan);
}

void MeetingDialog::updateEnabled()
{
    const bool booked = m_ui->interpreterCheck->isChecked();
    for (QWidget *widget :
         {static_cast<QWidget *>(m_ui->languageEdit), static_cast<QWidget *>(m_ui->modeCombo),
          static_cast<QWidget *>(m_ui->agencyEdit)})
        widget->setEnabled(booked);
}

Problems MeetingDialog::read(Meeting &meeting) const
{
    Problems problems;
    const std::optional<QDate> date = dateText::parseDate(m_ui->dateEdit->text());
    const std::optional<QTime> time = dateText::parseTime(m_ui->timeEdit->text());
    if (!date || date->isNull())
        problems.append({QStringLiteral("date"),
                         tr("Type the meeting's date as day.month.year, for example 2.10.2025.")});
    if (!time || time->isNull())
        problems.append({QStringLiteral("time"),
                         tr("Type the meeting's time as hours.minutes, for example 9.30.")});
    if (!m_timeFromPlan)
        meeting.startsAt = date && time && date->isValid() && time->isValid()
                               ? QDateTime(*date, *time)
                               : QDateTime();
    meeting.kind = MeetingKind(chosen(m_ui->kindCombo));
    if (!m_timeFromPlan)
        meeting.place = m_ui->placeEdit->text().trimmed();
    meeting.officer = m_ui->officerEdit->text().trimmed();
    meeting.interpreterBooked = m_ui->interpreterCheck->isChecked();
    // Language, mode and agency belong to a booked interpreter.
    meeting.interpreterLanguage =
        meeting.interpreterBooked ? clientCodes::language(m_ui->languageEdit->text()) : QString();
    meeting.interpretingMode = meeting.interpreterBooked ? InterpretingMode(chosen(m_ui->modeCombo))
                                                         : InterpretingMode::Unset;
    meeting.agency = meeting.interpreterBooked ? m_ui->agencyEdit->text().trimmed() : QString();
    if (meeting.interpreterBooked && meeting.interpreterLanguage.isEmpty())
        problems.append(
            {QStringLiteral("language"), tr("Enter the language the interpreter was booked for.")});
    meeting.durationMinutes = m_ui->minutesSpin->value();
    meeting.attendance = Attendance(chosen(m_ui->attendanceCombo));
    meeting.reminder = m_ui->reminderEdit->text().trimmed();
    const bool marked =
        meeting.attendance == Attendance::Came || meeting.attendance == Attendance::NoShow;
    if (marked && meeting.startsAt.isValid() && meeting.startsAt > Clock::now())
        problems.append({QStringLiteral("attendance"),
                         tr("A meeting that has not begun yet cannot be marked held or missed: "
                            "check the date, or leave it planned.")});
    if (meeting.attendance == Attendance::Came && meeting.durationMinutes == 0)
        problems.append(
            {QStringLiteral("minutes"), tr("Enter how many minutes the held meeting took.")});
    for (const Problem &problem : MeetingStore::check(meeting)) {
        if (problem.field != QLatin1String("startsAt"))
            problems.append(problem);
    }
    return problems;
}

void MeetingDialog::showProblems(const Problems &problems)
{
    QStringList lines;
    for (const Problem &problem : problems)
        lines.append(problem.message);
    m_ui->problemsLabel->setText(lines.join(QLatin1Char('\n')));
    m_ui->problemsLabel->setVisible(!problems.isEmpty());
    if (problems.isEmpty())
        return;
    const QHash<QString, QWidget *> fields{
        {QStringLiteral("date"), m_ui->dateEdit},
        {QStringLiteral("time"), m_ui->timeEdit},
        {QStringLiteral("language"), m_ui->languageEdit},
        {QStringLiteral("attendance"), m_ui->attendanceCombo},
        {QStringLiteral("minutes"), m_ui->minutesSpin},
        {QStringLiteral("durationMinutes"), m_ui->minutesSpin},
    };
    if (QWidget *field = fields.value(problems.first().field); field && field->isEnabled())
        field->setFocus(Qt::OtherFocusReason);
}

QString MeetingDialog::problemsText() const
{
    return m_ui->problemsLabel->isVisible() || !m_ui->problemsLabel->text().isEmpty()
               ? m_ui->problemsLabel->text()
               : QString();
}

void MeetingDialog::accept()
{
    Meeting typed = m_meeting;
    Problems problems = read(typed);
    if (problems.isEmpty()) {
        const StoreResult result = MeetingStore(m_db).save(typed);
        if (!result.ok())
            problems =
                result.problems.isEmpty() ? Problems{{QString(), result.message}} : result.problems;
    }
    showProblems(problems);
    if (!problems.isEmpty())
        return;
    m_meeting = typed;
    QDialog::accept();
}

void MeetingDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace kotoplan
