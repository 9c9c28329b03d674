// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "models/RetentionModel.h"

#include "domain/DateText.h"

namespace kotoplan {

RetentionModel::RetentionModel(QSqlDatabase db, QObject *parent)
    : ColumnTableModel(ColumnCount, parent)
    , m_db(std::move(db))
{}

int RetentionModel::rows() const
{
    return int(m_rows.size());
}

QVariant RetentionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RetentionCase &row = m_rows.at(index.row());
    if (role == ClientIdRole)
        return row.clientId;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return row.name;
    case DateOfBirth:
        return dateText::formatDate(row.dateOfBirth);
    case Plans:
        return tr("%n plan(s), %1 signed", nullptr, row.plans).arg(row.signedPlans);
    case PeriodStarts:
        return dateText::formatDate(row.periodStarts);
    case PeriodEnds:
        return dateText::formatDate(row.periodEnds);
    default:
        return {};
    }
}

QString RetentionModel::columnTitle(int column) const
{
    switch (column) {
    case Name:
        return tr("Name");
    case DateOfBirth:
        return tr("Date of birth");
    case Plans:
        return tr("Plans");
    case PeriodStarts:
        return tr("Period runs from");
    case PeriodEnds:
        return tr("Period ended");
    default:
        return {};
    }
}

void RetentionModel::reload(int years, QDate today)
{
    beginResetModel();
    m_years = years;
    m_rows = Retention::ended(m_db, years, today);
    endResetModel();
}

} // namespace kotoplan
