// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/Plan.h"

#include <QAbstractTableModel>

namespace kotoplan {

// Field 24 as an editable, ordered table: sub-goals for the next 12 months and their measures.
class SubGoalModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Goal,
        Measure,
        Responsible,
        Schedule,
        ColumnCount
    };
    enum Role
    {
        ServiceIdRole = Qt::UserRole + 1
    };

    explicit SubGoalModel(QObject *parent = nullptr);

    QList<SubGoal> rows() const { return m_rows; }
    void setRows(const QList<SubGoal> &rows);
    SubGoal subGoalAt(const QModelIndex &index) const;
    // The row's measure becomes a service of the catalogue: its name, its id and its
    // responsible party (left as it is when the service names none), in one change, so that
    // one undo takes it back.
    bool setService(int row, qint64 serviceId, const QString &measure, const QString &responsible);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Texts in the new UI language on QEvent::LanguageChange.
    bool event(QEvent *event) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;

private:
    QString &cell(SubGoal &row, int column) const;
    QList<SubGoal> m_rows;
};

} // namespace kotoplan
