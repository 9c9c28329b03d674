// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/Service.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

namespace kotoplan {

// The service catalogue as a table for its editor: one row a service, inactive ones included.
class ServiceCatalogueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Responsible,
        Partners,
        FollowUp,
        Active,
        InUse,
        ColumnCount
    };
    enum Role
    {
        ServiceIdRole = Qt::UserRole + 1,
        ActiveRole
    };

    explicit ServiceCatalogueModel(QSqlDatabase db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Texts in the new UI language on QEvent::LanguageChange.
    bool event(QEvent *event) override;

    const Service &serviceAt(int row) const { return m_rows.at(row).service; }
    int usageAt(int row) const { return m_rows.at(row).uses; }
    int rowOfService(qint64 id) const;
    // Names show in this language ("fi", "sv", "en"); the UI language by default.
    void setLanguage(const QString &language);
    // Shows only the services whose name in any language contains the text.
    void setSearchText(const QString &text);
    // Reads the catalogue again, after an edit.
    void reload();

private:
    struct Row
    {
        Service service;
        int uses = 0;
    };
    QSqlDatabase m_db;
    QString m_language;
    QString m_search;
    QList<Row> m_rows;
};

} // namespace kotoplan
