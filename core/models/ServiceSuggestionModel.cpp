// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "models/ServiceSuggestionModel.h"

#include "i18n/Translations.h"

#include <QEvent>

#include <QLocale>

namespace kotoplan {

ServiceSuggestionModel::ServiceSuggestionModel(QSqlDatabase db, QObject *parent)
    : QAbstractListModel(parent)
    , m_db(std::move(db))
{}

int ServiceSuggestionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ServiceSuggestionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ServiceSuggestion &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return row.name;
    case Qt::ToolTipRole:
        return row.responsible.isEmpty()
                   ? row.description
                   : tr("%1\nResponsible: %2").arg(row.description, row.responsible);
    case ServiceIdRole:
        return row.serviceId;
    case ResponsibleRole:
        return row.responsible;
    default:
        return {};
    }
}

void ServiceSuggestionModel::setFilterText(const QString &text)
{
    m_text = text;
    beginResetModel();
    m_rows = text.trimmed().isEmpty()
                 ? QList<ServiceSuggestion>()
                 : ServiceCatalogue(m_db).suggestions(text, translations::languageFor(QLocale()));
    endResetModel();
}

bool ServiceSuggestionModel::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        translations::refreshTexts(this);
    return QAbstractListModel::event(event);
}

} // namespace kotoplan
