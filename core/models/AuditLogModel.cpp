// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "models/AuditLogModel.h"

#include "i18n/Translations.h"

#include <QEvent>

#include "domain/DateText.h"

#include <QLocale>

namespace kotoplan {

AuditLogModel::AuditLogModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(std::move(db), {})
{
    reload();
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &entry = m_entries.at(index.row());
    if (role == ClientIdRole)
        return entry.clientId;
    if (role == PlanIdRole)
        return entry.planId;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const auto id = [](qint64 value) {
        return value > 0 ? QString::number(value) : QString();
    };
    switch (index.column()) {
    case Time: {
        const QDateTime local = entry.at.toLocalTime();
        // Seconds tell apart lines of the same minute in the log.
        return QString(dateText::displayDate(local.date()) + QLatin1Char(' ') +
                       QLocale().toString(local.time(), QStringLiteral("H.mm.ss")));
    }
    case Officer:
        return entry.actor.officer;
    case OsUser:
        return entry.actor.osUser;
    case Action:
        return AuditLog::label(entry.action);
    case ClientId:
        return id(entry.clientId);
    case PlanId:
        return id(entry.planId);
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Officer:
        return tr("Officer");
    case OsUser:
        return tr("Computer user");
    case Action:
        return tr("Action");
    case ClientId:
        return tr("Client");
    case PlanId:
        return tr("Plan");
    default:
        return {};
    }
}

void AuditLogModel::setFilter(const AuditFilter &filter)
{
    m_filter = filter;
    reload();
}

void AuditLogModel::reload()
{
    QList<AuditEntry> entries = m_log.query(m_filter);
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

bool AuditLogModel::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        translations::refreshTexts(this);
    return QAbstractTableModel::event(event);
}

} // namespace kotoplan
