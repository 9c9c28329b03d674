// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QSqlDatabase>
#include <QWidget>

#include <memory>

namespace Ui {
class MeetingRecordView;
}

class QPushButton;
class QTableView;

namespace kotoplan {

class MeetingTableModel;
enum class Attendance;
struct Meeting;

// The meetings of the open case in a small table under the next meeting, and one click to mark
// whether the client came to the last one: came, did not come, cancelled in time. "Add
// meeting…" records another meeting; Enter or a double-click on a row opens it to edit.
class MeetingRecordView : public QWidget
{
    Q_OBJECT

public:
    explicit MeetingRecordView(QWidget *parent = nullptr);
    ~MeetingRecordView() override;

    void setDatabase(QSqlDatabase db);
    void setClientId(qint64 clientId);
    // A database opened read-only: the meetings are shown, nothing is added, edited or marked.
    void setWritable(bool writable);
    // Reads the meetings again (after the plan's next meeting was saved).
    void reload();

    QTableView *tableView() const;
    QPushButton *cameButton() const;
    QPushButton *noShowButton() const;
    QPushButton *cancelledButton() const;
    QPushButton *addButton() const;
    MeetingTableModel *model() const { return m_model; }
    // Opens the meeting dialog for a new meeting of the case, or for the meeting of `row`;
    // the record shows what was stored.
    void addMeeting();
    void editMeeting(int row);
    // The row the buttons mark: the latest meeting that has begun and is not yet marked, else
    // the selected one; -1 for none.
    int targetRow() const;

Q_SIGNALS:
    void marked(qint64 meetingId);
    // A meeting was added or changed in the meeting dialog.
    void meetingSaved(qint64 meetingId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void mark(Attendance attendance);
    void openDialog(const Meeting &meeting);
    void showTarget();

    std::unique_ptr<Ui::MeetingRecordView> m_ui;
    MeetingTableModel *m_model = nullptr;
    QSqlDatabase m_db;
    qint64 m_clientId = 0;
    bool m_writable = true;
};

} // namespace kotoplan
