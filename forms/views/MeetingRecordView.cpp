// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "views/MeetingRecordView.h"

#include "dialogs/MeetingDialog.h"
#include "domain/Clock.h"
#include "domain/DateText.h"
#include "models/MeetingTableModel.h"
#include "settings/OfficerSettings.h"
#include "stores/MeetingStore.h"
#include "ui_MeetingRecordView.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>

namespace kotoplan {

MeetingRecordView::MeetingRecordView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MeetingRecordView>())
{
    m_ui->setupUi(this);
    connect(m_ui->cameButton, &QPushButton::clicked, this, [this] { mark(Attendance::Came); });
    connect(m_ui->noShowButton, &QPushButton::clicked, this, [this] { mark(Attendance::NoShow); });
    connect(m_ui->cancelledButton, &QPushButton::clicked, this,
            [this] { mark(Attendance::CancelledInTime); });
    connect(m_ui->addButton, &QPushButton::clicked, this, &MeetingRecordView::addMeeting);
    // Enter on a row, or a double-click.
    connect(m_ui->meetingTable, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { editMeeting(index.row()); });
    showTarget();
}

MeetingRecordView::~MeetingRecordView() = default;

void MeetingRecordView::setDatabase(QSqlDatabase db)
{
    m_db = db;
    if (!m_model) {
        m_model = new MeetingTableModel(m_db, this);
        m_ui->meetingTable->setModel(m_model);
        m_ui->meetingTable->horizontalHeader()->setStretchLastSection(true);
        connect(m_ui->meetingTable->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &MeetingRecordView::showTarget);
        connect(m_model, &QAbstractItemModel::modelReset, this, &MeetingRecordView::showTarget);
    }
}

void MeetingRecordView::setClientId(qint64 clientId)
{
    m_clientId = clientId;
    if (m_model)
        m_model->setClientId(clientId);
    m_ui->meetingTable->resizeColumnsToContents();
    m_ui->addButton->setEnabled(clientId > 0 && m_writable);
}

void MeetingRecordView::setWritable(bool writable)
{
    m_writable = writable;
    m_ui->addButton->setEnabled(m_clientId > 0 && m_writable);
    showTarget();
}

void MeetingRecordView::reload()
{
    if (m_model)
        m_model->reload();
}

QTableView *MeetingRecordView::tableView() const
{
    return m_ui->meetingTable;
}

QPushButton *MeetingRecordView::cameButton() const
{
    return m_ui->cameButton;
}

QPushButton *MeetingRecordView::noShowButton() const
{
    return m_ui->noShowButton;
}

QPushButton *MeetingRecordView::cancelledButton() const
{
    return m_ui->cancelledButton;
}

QPushButton *MeetingRecordView::addButton() const
{
    return m_ui->addButton;
}

void MeetingRecordView::addMeeting()
{
    if (!m_model || m_clientId <= 0)
        return;
    Meeting meeting;
    meeting.clientId = m_clientId;
    meeting.officer = officer::name();
    openDialog(meeting);
}

void MeetingRecordView::editMeeting(int row)
{
    if (m_model && row >= 0 && row < m_model->rowCount())
        openDialog(m_model->meetingAt(row));
}

void MeetingRecordView::openDialog(const Meeting &meeting)
{
    if (!m_writable)
        return;
    MeetingDialog dialog(m_db, meeting, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qint64 id = dialog.meeting().id;
    m_model->reload();
    m_ui->meetingTable->resizeColumnsToContents();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->meetingAt(row).id == id)
            m_ui->meetingTable->setCurrentIndex(m_model->index(row, 0));
    }
    Q_EMIT meetingSaved(id);
}

int MeetingRecordView::targetRow() const
{
    if (!m_model)
        return -1;
    if (const std::optional<int> last = m_model->lastUnmarkedRow(Clock::now()))
        return *last;
    const QModelIndex current = m_ui->meetingTable->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void MeetingRecordView::showTarget()
{
    const int row = targetRow();
    for (QPushButton *button : {m_ui->cameButton, m_ui->noShowButton, m_ui->cancelledButton})
        button->setEnabled(row >= 0 && m_writable);
    m_ui->targetLabel->setText(
        row < 0 ? tr("No meeting to mark yet.")
                : tr("Meeting of %1:")
                      .arg(dateText::displayDateTime(m_model->meetingAt(row).startsAt)));
}

void MeetingRecordView::mark(Attendance attendance)
{
    const int row = targetRow();
    if (row < 0)
        return;
    const qint64 id = m_model->meetingAt(row).id;
    const StoreResult result = MeetingStore(m_db).setAttendance(id, attendance);
    m_model->reload();
    if (!result.ok()) {
        m_ui->targetLabel->setText(result.message);
        return;
    }
    Q_EMIT marked(id);
}

void MeetingRecordView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        showTarget();
    }
    QWidget::changeEvent(event);
}

} // namespace kotoplan
