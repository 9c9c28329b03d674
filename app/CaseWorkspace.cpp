// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "CaseWorkspace.h"

#include "CaseListModel.h"
#include "CaseListView.h"
#include "ClientStore.h"
#include "Clock.h"
#include "PlanEditor.h"
#include "PlanSession.h"
#include "PlanStore.h"

#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QTableView>

namespace kotoplan {

CaseWorkspace::CaseWorkspace(QSqlDatabase db, QWidget *parent)
    : QStackedWidget(parent)
    , m_db(std::move(db))
    , m_caseModel(new CaseListModel(m_db, this))
    , m_caseList(new CaseListView(this))
    , m_editor(new PlanEditor(this))
    , m_session(new PlanSession(m_db, m_editor, this))
    , m_meetingPlaceholder(new QLabel(this))
{
    m_caseList->setModel(m_caseModel);
    m_editor->setServiceCatalogue(m_db);
    m_meetingPlaceholder->setAlignment(Qt::AlignCenter);
    m_meetingPlaceholder->setWordWrap(true);
    m_meetingPlaceholder->setText(
        tr("Meeting mode: no plan is open. Leave meeting mode (Ctrl+M) to choose a case."));
    addWidget(m_caseList);
    addWidget(m_editor);
    addWidget(m_meetingPlaceholder);
    connect(m_caseList, &CaseListView::openRequested, this, &CaseWorkspace::openCase);
    connect(this, &QStackedWidget::currentChanged, this, &CaseWorkspace::pageChanged);
}

bool CaseWorkspace::openCase(qint64 clientId, qint64 planId)
{
    if (planId > 0)
        return openPlan(planId);
    if (refuseWhenReadOnly())
        return false;
    const std::optional<Client> client = ClientStore(m_db).load(clientId);
    if (!client)
        return false;
    Plan plan = PlanStore(m_db).draftFor(*client, Clock::today());
    const StoreResult result = PlanStore(m_db).save(plan);
    if (!result.ok()) {
        Q_EMIT message(result.message);
        return false;
    }
    m_caseModel->reload();
    return openPlan(plan.id);
}

bool CaseWorkspace::openPlan(qint64 planId)
{
    saveNow();
    if (!m_session->open(planId)) {
        Q_EMIT message(tr("The plan could not be opened."));
        return false;
    }
    setCurrentWidget(m_editor);
    m_editor->scrollArea()->ensureVisible(0, 0);
    if (!m_editor->inputs().isEmpty())
        m_editor->inputs().constFirst()->setFocus();
    return true;
}

bool CaseWorkspace::isEditing() const
{
    return currentWidget() == m_editor;
}

qint64 CaseWorkspace::selectedClientId() const
{
    if (isEditing() || m_meeting)
        return m_session->clientId();
    const QModelIndex current = m_caseList->tableView()->currentIndex();
    return current.isValid() ? current.data(CaseListModel::ClientIdRole).toLongLong() : 0;
}

bool CaseWorkspace::newPlan()
{
    const qint64 clientId = selectedClientId();
    if (clientId == 0) {
        Q_EMIT message(tr("Choose a client in the list first."));
        return false;
    }
    if (refuseWhenReadOnly())
        return false;
    saveNow();
    const std::optional<Client> client = ClientStore(m_db).load(clientId);
    if (!client)
        return false;
    Plan plan = PlanStore(m_db).draftFor(*client, Clock::today());
    const StoreResult result = PlanStore(m_db).save(plan);
    if (!result.ok()) {
        Q_EMIT message(result.message);
        return false;
    }
    m_caseModel->reload();
    return openPlan(plan.id);
}

void CaseWorkspace::showList()
{
    if (m_meeting)
        return;
    saveNow();
    m_caseModel->reload();
    setCurrentWidget(m_caseList);
    m_caseList->searchEdit()->setFocus();
}

void CaseWorkspace::setMeeting(bool on)
{
    m_meeting = on;
    if (on && !isEditing()) {
        // Nothing of the list may stay on screen, not even behind another page.
        setCurrentWidget(m_session->planId() > 0 ? static_cast<QWidget *>(m_editor)
                                                 : m_meetingPlaceholder);
    } else if (!on && currentWidget() == m_meetingPlaceholder) {
        setCurrentWidget(m_caseList);
    }
    m_caseList->setVisible(!on && currentWidget() == m_caseList);
}

bool CaseWorkspace::saveNow()
{
    return m_session->saveNow();
}

bool CaseWorkspace::refuseWhenReadOnly()
{
    if (m_readOnly)
        Q_EMIT message(tr("The database is read-only: no plan can be started."));
    return m_readOnly;
}

void CaseWorkspace::setReadOnly(const QString &reason)
{
    m_readOnly = true;
    m_session->setReadOnly(true);
    m_editor->setLocked(reason);
    m_caseList->setReadOnly(true);
}

void CaseWorkspace::leaveEditor()
{
    m_session->close();
    if (m_meeting) {
        setCurrentWidget(m_meetingPlaceholder);
        return;
    }
    m_caseModel->reload();
    setCurrentWidget(m_caseList);
}

void CaseWorkspace::reloadFromDatabase()
{
    m_caseModel->reload();
    if (m_session->planId() == 0)
        return;
    if (!m_session->reload()) {
        leaveEditor();
        Q_EMIT message(tr("The plan that was open is not in the restored database."));
    }
}

void CaseWorkspace::clientErased(qint64 clientId)
{
    if (m_session->planId() > 0 && m_session->clientId() == clientId)
        leaveEditor();
    else
        m_caseModel->reload();
}

} // namespace kotoplan
