// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "editor/PlanEditor.h"

#include "domain/DateText.h"
#include "editor/ReadOnlyLook.h"

#include "models/ParticipantModel.h"
#include "models/SubGoalModel.h"
#include "models/SubGoalOutcomeModel.h"
#include "sections/ClientSection.h"
#include "sections/EligibilitySection.h"
#include "sections/MeetingSection.h"
#include "sections/OutcomesSection.h"
#include "sections/SubGoalsSection.h"
#include "ui_PlanEditor.h"
#include "undo/EditRecorder.h"
#include "views/MeetingRecordView.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QEvent>
#include <QGroupBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QUndoStack>

namespace kotoplan {

PlanEditor::PlanEditor(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PlanEditor>())
    , m_undoStack(new QUndoStack(this))
{
    m_ui->setupUi(this);
    m_ui->guidanceLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->bannerLabel->setStyleSheet(QStringLiteral(
        "QLabel { background: #fdecea; color: #8e1b10; border: 2px solid #c0392b; padding: 6px; "
        "font-weight: bold; }"));
    m_ui->bannerLabel->setVisible(false);
    // Who signed and when, beside the client's name, where the eye starts.
    m_ui->signedLabel->setStyleSheet(
        QStringLiteral("QLabel { color: #1e5b31; font-weight: bold; padding-left: 12px; }"));
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);

    // Long texts scroll inside their field, so the form stays one screen per section or two.
    for (QPlainTextEdit *edit : m_ui->scrollContents->findChildren<QPlainTextEdit *>())
        edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 7);
    m_recorder = new EditRecorder(m_undoStack, this);
    m_recorder->watch(m_ui->scrollContents);
    m_recorder->watchTable(m_ui->meetingSection->participantModel());
    m_recorder->watchTable(m_ui->subGoalsSection->subGoalModel());
    m_recorder->watchTable(m_ui->outcomesSection->outcomeModel());
    connect(m_recorder, &EditRecorder::edited, this, &PlanEditor::showKind);
    connect(m_recorder, &EditRecorder::edited, this, &PlanEditor::edited);
    connect(m_ui->subGoalsSection, &SubGoalsSection::startsRecorded, this,
            &PlanEditor::showRecordedStarts);
    connect(m_ui->signButton, &QPushButton::clicked, this, &PlanEditor::signRequested);
    connect(m_ui->startReviewButton, &QPushButton::clicked, this,
            &PlanEditor::startReviewRequested);
    connect(m_ui->compareButton, &QPushButton::clicked, this, &PlanEditor::compareRequested);
    connect(m_ui->resolveConflictButton, &QPushButton::clicked, this,
            &PlanEditor::resolveConflictRequested);
    m_ui->resolveConflictButton->setVisible(false);
    m_ui->startReviewButton->setEnabled(false);
    m_ui->compareButton->setEnabled(false);
    m_ui->outcomesSectionBox->setVisible(false);
    collectInputs();
    addMeetingRecord();
    setSaveState(SaveState::Saved);
}

void PlanEditor::addMeetingRecord()
{
    // Under the next meeting: the case's meetings, whatever version of the plan is open.
    auto *box = new QGroupBox(m_ui->scrollContents);
    box->setObjectName(QStringLiteral("meetingRecordBox"));
    auto *layout = new QVBoxLayout(box);
    m_meetingRecord = new MeetingRecordView(box);
    layout->addWidget(m_meetingRecord);
    m_ui->contentsLayout->insertWidget(
        m_ui->contentsLayout->indexOf(m_ui->nextMeetingSectionBox) + 1, box);
    retranslate();
}

PlanEditor::~PlanEditor() = default;

void PlanEditor::collectInputs()
{
    m_inputs.clear();
    for (QWidget *widget : m_ui->scrollContents->findChildren<QWidget *>()) {
        const bool input =
            qobject_cast<QLineEdit *>(widget) || qobject_cast<QPlainTextEdit *>(widget) ||
            qobject_cast<QAbstractButton *>(widget) || qobject_cast<QAbstractItemView *>(widget);
        bool inView = false;
        for (QWidget *up = widget->parentWidget(); up; up = up->parentWidget())
            inView = inView || qobject_cast<QAbstractItemView *>(up);
        if (input && !inView && (widget->focusPolicy() & Qt::TabFocus))
            m_inputs.append(widget);
    }
    // The form's order, top to bottom: uic creates the widgets in the order of the .ui files.
    for (qsizetype i = 1; i < m_inputs.size(); ++i)
        setTabOrder(m_inputs.at(i - 1), m_inputs.at(i));
}

void PlanEditor::load(const Client &client, const Plan &plan, QDate historyFirstPlanDate,
                      const QList<SubGoal> &previousSubGoals)
{
    m_recorder->suspend();
    m_client = client;
    m_plan = plan;
    m_previousSubGoals = previousSubGoals;
    m_ui->clientSection->setClient(client);
    m_ui->eligibilitySection->setHistoryFirstPlanDate(historyFirstPlanDate);
    m_ui->outcomesSection->setPreviousSubGoals(previousSubGoals);
    for (PlanSection *section : planSections()) {
        section->setPlan(plan);
        section->showProblems({});
    }
    m_recorder->resume();
    m_undoStack->clear();
    m_ui->titleLabel->setText(client.name);
    showSigned();
    m_meetingRecord->setClientId(client.id);
    setBanner({});
    setReadOnly(plan.status == PlanStatus::Signed || isLocked());
    setSaveState(SaveState::Saved);
    m_ui->compareButton->setEnabled(plan.kind == PlanKind::Review && plan.previousPlanId > 0);
    showKind();
}

void PlanEditor::showRecordedStarts(const QList<SubGoal> &subGoals)
{
    // Stored already: what the table shows is no edit to save or undo.
    m_recorder->suspend();
    m_plan.subGoals = subGoals;
    m_ui->subGoalsSection->setPlan(m_plan);
    m_recorder->resume();
    Q_EMIT serviceStartsRecorded();
}

void PlanEditor::showKind()
{
    // The outcomes belong to a review only; the officer may still switch the kind.
    m_ui->outcomesSectionBox->setVisible(plan().kind == PlanKind::Review);
}

Client PlanEditor::client() const
{
    return m_ui->clientSection->client();
}

Plan PlanEditor::plan() const
{
    Plan plan = m_plan;
    for (PlanSection *section : planSections())
        section->applyTo(plan);
    return plan;
}

void PlanEditor::rebase(const Client &client, const Plan &plan)
{
    m_client = client;
    m_plan = plan;
    m_ui->clientSection->rebase(client);
    m_ui->titleLabel->setText(client.name);
}

Problems PlanEditor::clientProblems(QDate today) const
{
    return m_ui->clientSection->problems(today);
}

Problems PlanEditor::planProblems(const Client &client, QDate today) const
{
    Problems typing;
    for (PlanSection *section : planSections())
        typing.append(section->typingProblems());
    const QStringList typedFields = Validation::fields(typing);
    Problems all = typing;
    const Plan typed = plan();
    Problems checked = Validation::check(typed, client, today);
    checked += outcome::check(typed.outcomes, m_previousSubGoals.size(),
                              typed.kind == PlanKind::Review, false);
    for (const Problem &problem : std::as_const(checked)) {
        if (!typedFields.contains(problem.field))
            all.append(problem);
    }
    return all;
}

void PlanEditor::showProblems(const Problems &problems)
{
    Problems clientOnes;
    for (const Problem &problem : problems) {
        if (problem.field.startsWith(QLatin1String("client.")))
            clientOnes.append(problem);
    }
    m_ui->clientSection->showProblems(clientOnes);
    for (PlanSection *section : planSections())
        section->showProblems(problems);
}

void PlanEditor::refreshEligibility(QDate today)
{
    m_ui->eligibilitySection->showEligibility(client().firstPermitDate, plan().draftedOn, today);
}

void PlanEditor::setSaveState(SaveState state, const QString &reason)
{
    if (state == SaveState::Saved && m_saveState != SaveState::Saved)
        m_meetingRecord->reload(); // the plan's next meeting is the record's planned one
    m_saveState = state;
    m_saveReason = reason;
    m_ui->saveStateLabel->setText(saveStateText());
    m_ui->saveStateLabel->setStyleSheet(state == SaveState::NotSaved
                                            ? QStringLiteral("color: #a93226; font-weight: bold;")
                                            : QString());
    m_ui->saveStateLabel->setAccessibleDescription(saveStateText());
}

QString PlanEditor::saveStateText() const
{
    if (isLocked())
        return tr("Read-only"); // "Saved" would suggest that something could be
    switch (m_saveState) {
    case SaveState::Saved:
        return tr("Saved");
    case SaveState::Saving:
        return tr("Saving…");
    case SaveState::NotSaved:
        break;
    }
    return tr("Not saved: %1").arg(m_saveReason);
}

void PlanEditor::setBanner(const QString &message)
{
    m_ui->bannerLabel->setText(message);
    m_ui->bannerLabel->setVisible(!message.isEmpty());
    m_ui->resolveConflictButton->setVisible(false);
}

void PlanEditor::showConflict(const QString &message)
{
    setBanner(message);
    m_ui->resolveConflictButton->setVisible(!message.isEmpty());
}

QPushButton *PlanEditor::resolveConflictButton() const
{
    return m_ui->resolveConflictButton;
}

QString PlanEditor::banner() const
{
    return m_ui->bannerLabel->text();
}

void PlanEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    // Read-only in normal contrast, never greyed out: a signed plan is read, and copied from.
    readOnlyLook::apply(m_ui->scrollContents, readOnly);
    // Nothing is saved from a read-only page, so there is no conflict to settle either.
    m_ui->resolveConflictButton->setEnabled(!readOnly && !isLocked());
    // The meeting record is the case's, not the plan's: only a locked database stops it.
    m_meetingRecord->setWritable(!isLocked());
    m_ui->subGoalsSection->setStartsWritable(!isLocked());
    m_ui->signButton->setVisible(m_plan.status == PlanStatus::Draft);
    m_ui->signButton->setEnabled(!readOnly && m_plan.id > 0);
    if (isLocked())
        setBanner(m_lockReason);
    else if (readOnly)
        setBanner(tr("This plan is signed and is kept as it is. Start a review to change it."));
}

void PlanEditor::showSigned()
{
    const bool isSigned = m_plan.status == PlanStatus::Signed;
    m_ui->signedLabel->setText(
        isSigned ? tr("Signed %1 by %2").arg(dateText::formatDate(m_plan.signedOn), m_plan.signedBy)
                 : QString());
    m_ui->signedLabel->setVisible(isSigned);
}

QString PlanEditor::signedText() const
{
    return m_ui->signedLabel->text();
}

QPushButton *PlanEditor::signButton() const
{
    return m_ui->signButton;
}

void PlanEditor::setLocked(const QString &reason)
{
    m_lockReason = reason;
    setReadOnly(isLocked() || m_plan.status == PlanStatus::Signed);
    if (!isLocked() && m_plan.status != PlanStatus::Signed)
        setBanner({});
    setSaveState(m_saveState, m_saveReason);
}

void PlanEditor::setCanStartReview(bool can)
{
    m_ui->startReviewButton->setEnabled(can);
}

QPushButton *PlanEditor::startReviewButton() const
{
    return m_ui->startReviewButton;
}

QPushButton *PlanEditor::compareButton() const
{
    return m_ui->compareButton;
}

void PlanEditor::setServiceCatalogue(QSqlDatabase db)
{
    m_meetingRecord->setDatabase(db);
    m_ui->subGoalsSection->setServiceCatalogue(std::move(db));
}

ClientSection *PlanEditor::clientSection() const
{
    return m_ui->clientSection;
}

QList<PlanSection *> PlanEditor::planSections() const
{
    return {m_ui->meetingSection,    m_ui->eligibilitySection, m_ui->lifeSituationSection,
            m_ui->goalsSection,      m_ui->plansSection,       m_ui->outcomesSection,
            m_ui->subGoalsSection,   m_ui->consentSection,     m_ui->commitmentsSection,
            m_ui->nextMeetingSection};
}

QList<QWidget *> PlanEditor::sectionBoxes() const
{
    return {m_ui->clientSectionBox,        m_ui->meetingSectionBox,    m_ui->eligibilitySectionBox,
            m_ui->lifeSituationSectionBox, m_ui->goalsSectionBox,      m_ui->plansSectionBox,
            m_ui->outcomesSectionBox,      m_ui->subGoalsSectionBox,   m_ui->consentSectionBox,
            m_ui->commitmentsSectionBox,   m_ui->nextMeetingSectionBox};
}

QScrollArea *PlanEditor::scrollArea() const
{
    return m_ui->scrollArea;
}

void PlanEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

void PlanEditor::retranslate()
{
    if (auto *box = findChild<QGroupBox *>(QStringLiteral("meetingRecordBox")))
        box->setTitle(tr("Meetings of the case"));
    // A reason given from outside (a save's message) stays as it was given.
    setSaveState(m_saveState, m_saveReason);
    showSigned();
    if (m_readOnly) {
        setReadOnly(true); // the banner: signed, or why the database is read-only
        // Once the sections have their new texts, which bring the placeholders back.
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_readOnly)
                    readOnlyLook::apply(m_ui->scrollContents, true);
            },
            Qt::QueuedConnection);
    }
}

} // namespace kotoplan
