// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/Plan.h"
#include "models/RowListModel.h"

namespace kotoplan {

// Field 24 as an editable, ordered table: sub-goals for the next 12 months and their measures.
// A measure may be a service of the catalogue: its id is the row's ServiceIdRole. The last
// column is the date the service began, for the follow-up; a text that is no date is refused
// with dateRefused().
class SubGoalModel : public RowListModel<SubGoal>
{
    Q_OBJECT

public:
    enum Column
    {
        Goal,
        Measure,
        Responsible,
        Schedule,
        StartedOn, // a date: shown and typed as 2.10.2025
        ColumnCount
    };
    enum Role
    {
        ServiceIdRole = Qt::UserRole + 1
    };

    explicit SubGoalModel(QObject *parent = nullptr);

    SubGoal subGoalAt(const QModelIndex &index) const { return rowAt(index); }
    // The row's measure becomes a service of the catalogue: its name, its id and its
    // responsible party (left as it is when the service names none), in one change, so that
    // one undo takes it back.
    bool setService(int row, qint64 serviceId, const QString &measure, const QString &responsible);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void dateRefused(const QString &message);

protected:
    QString &text(SubGoal &row, int column) const override;
    QString columnTitle(int column) const override;
    // A measure typed by hand no longer is the catalogue's service.
    void edited(SubGoal &row, int column) const override;
};

} // namespace kotoplan
