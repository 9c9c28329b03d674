// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QAbstractListModel>

namespace kotoplan {

// The languages (ISO 639) or the countries (ISO 3166, with stateless and unknown) whose code or
// name in Finnish, Swedish or English contains what the officer typed, without case or accents:
// the model a code picker's QCompleter shows. Displayed as "arabia (ar)" in the UI language;
// CodeRole is what is stored.
class CodeSuggestionModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class Kind
    {
        Language,
        Country
    };
    enum Role
    {
        CodeRole = Qt::UserRole + 1
    };

    explicit CodeSuggestionModel(Kind kind, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Matches the typed text again: codes first, then names starting with it, then the rest.
    void setFilterText(const QString &text);
    // The code and name as shown in the UI language, "arabia (ar)".
    QString display(const QString &code) const;

private:
    struct Entry
    {
        QString code;
        QString key; // search keys of the code and every name, one a line
    };

    Kind m_kind;
    QList<Entry> m_all;
    QList<int> m_shown;
};

} // namespace kotoplan
