// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "stores/ServiceCatalogue.h"

#include <QAbstractListModel>
#include <QSqlDatabase>

namespace kotoplan {

// The active services that match what the officer typed into the measure column: the model a
// QCompleter shows. The display text is the name in the UI language.
class ServiceSuggestionModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        ServiceIdRole = Qt::UserRole + 1,
        ResponsibleRole,
    };

    explicit ServiceSuggestionModel(QSqlDatabase db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Texts in the new UI language on QEvent::LanguageChange.
    bool event(QEvent *event) override;

    // Matches the typed text again; an empty text offers nothing.
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    const ServiceSuggestion &suggestionAt(int row) const { return m_rows.at(row); }

private:
    QSqlDatabase m_db;
    QString m_text;
    QList<ServiceSuggestion> m_rows;
};

} // namespace kotoplan
