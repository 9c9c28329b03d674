// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "fields/PlanComparison.h"

#include <QAbstractTableModel>

namespace kotoplan {

// Two plan versions side by side, one row a field of the form; changed rows are marked (bold,
// and ChangedRole) so the officer sees at a glance what the review changed.
class PlanComparisonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Field,
        Before,
        After,
        ColumnCount
    };
    enum Role
    {
        ChangedRole = Qt::UserRole + 1,
        KeyRole,
        // In a changed field with text on both sides: the words of this side that the other
        // does not have, as QPoint(start, length) in the displayed text (ChangedWords).
        ChangedWordsRole,
    };

    explicit PlanComparisonModel(QObject *parent = nullptr);

    void setPlans(const Plan &before, const Plan &after);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Texts in the new UI language on QEvent::LanguageChange.
    bool event(QEvent *event) override;

private:
    QList<PlanComparison::Field> m_fields;
    QString m_beforeTitle;
    QString m_afterTitle;
};

} // namespace kotoplan
