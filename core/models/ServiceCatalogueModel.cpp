// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "models/ServiceCatalogueModel.h"

#include "domain/Party.h"
#include "i18n/Translations.h"
#include "stores/ServiceCatalogue.h"

#include <QEvent>

#include <QFont>
#include <QLocale>

namespace kotoplan {

ServiceCatalogueModel::ServiceCatalogueModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
    , m_language(translations::languageFor(QLocale()))
{
    reload();
}

int ServiceCatalogueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ServiceCatalogueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServiceCatalogueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Service &service = row.service;
    switch (role) {
    case ServiceIdRole:
        return service.id;
    case ActiveRole:
        return service.active;
    case Qt::ToolTipRole:
        return service.description(m_language);
    case Qt::FontRole:
        if (!service.active) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Name:
        return service.name(m_language);
    case Responsible:
        return party::label(service.responsible);
    case Partners: {
        QStringList labels;
        for (const QString &partner : service.partners)
            labels.append(party::label(partner));
        return labels.join(QStringLiteral(", "));
    }
    case FollowUp:
        return service.followUp(m_language);
    case Active:
        return service.active ? tr("Active") : tr("Inactive");
    case InUse:
        return row.uses;
    default:
        return {};
    }
}

QVariant ServiceCatalogueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Service");
    case Responsible:
        return tr("Responsible party");
    case Partners:
        return tr("Cooperation partners");
    case FollowUp:
        return tr("Follow-up");
    case Active:
        return tr("Status");
    case InUse:
        return tr("Plan rows");
    default:
        return {};
    }
}

int ServiceCatalogueModel::rowOfService(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).service.id == id)
            return row;
    }
    return -1;
}

void ServiceCatalogueModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ServiceCatalogueModel::setSearchText(const QString &text)
{
    m_search = text;
    reload();
}

void ServiceCatalogueModel::reload()
{
    const ServiceCatalogue catalogue(m_db);
    const QList<Service> services =
        m_search.trimmed().isEmpty() ? catalogue.list() : catalogue.search(m_search);
    beginResetModel();
    m_rows.clear();
    for (const Service &service : services)
        m_rows.append({service, catalogue.usageCount(service.id)});
    endResetModel();
}

bool ServiceCatalogueModel::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setLanguage(translations::languageFor(QLocale()));
        translations::refreshTexts(this);
    }
    return QAbstractTableModel::event(event);
}

} // namespace kotoplan
