// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "models/PlanHistoryModel.h"

#include "stores/PlanStore.h"

#include "domain/DateText.h"

#include <algorithm>

namespace kotoplan {

PlanHistoryModel::PlanHistoryModel(QSqlDatabase db, qint64 clientId, QObject *parent)
    : ColumnTableModel(ColumnCount, parent)
    , m_db(std::move(db))
    , m_clientId(clientId)
{
    reload();
}

int PlanHistoryModel::rows() const
{
    return int(m_plans.size());
}

QVariant PlanHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Plan &plan = m_plans.at(index.row());
    if (role == PlanIdRole)
        return plan.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case PlanDate:
        return dateText::displayDate(plan.draftedOn);
    case Kind:
        return plan.kind == PlanKind::Review ? tr("Review") : tr("First plan");
    case Status:
        return plan.status == PlanStatus::Signed ? tr("Signed") : tr("Draft");
    case SignedOn:
        return plan.signedOn.isValid() ? dateText::displayDate(plan.signedOn) : QString();
    case SignedBy:
        return plan.signedBy;
    default:
        return {};
    }
}

QString PlanHistoryModel::columnTitle(int column) const
{
    switch (column) {
    case PlanDate:
        return tr("Plan date");
    case Kind:
        return tr("Plan");
    case Status:
        return tr("Status");
    case SignedOn:
        return tr("Signed on");
    case SignedBy:
        return tr("Signed by");
    default:
        return {};
    }
}

void PlanHistoryModel::reload()
{
    const Result<QList<Plan>> read = PlanStore(m_db).plansOf(m_clientId);
    QList<Plan> plans = read.value_or({});
    std::reverse(plans.begin(), plans.end());
    beginResetModel();
    m_plans = std::move(plans);
    m_readError = read.message;
    endResetModel();
}

} // namespace kotoplan
