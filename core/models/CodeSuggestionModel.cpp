// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "models/CodeSuggestionModel.h"

#include "domain/SearchKey.h"
#include "i18n/LocaleNames.h"
#include "i18n/Translations.h"

#include <algorithm>

namespace kotoplan {

namespace {
constexpr int maxShown = 30;
}

CodeSuggestionModel::CodeSuggestionModel(Kind kind, QObject *parent)
    : QAbstractListModel(parent)
    , m_kind(kind)
{
    const QStringList codes =
        kind == Kind::Language ? localeNames::languageCodes() : localeNames::countryCodes();
    for (const QString &code : codes) {
        QStringList keys{searchKey(code)};
        for (const QString &language : translations::languages()) {
            keys.append(searchKey(kind == Kind::Language ? localeNames::language(code, language)
                                                         : localeNames::country(code, language)));
        }
        m_all.append({code, keys.join(QLatin1Char('\n'))});
    }
}

int CodeSuggestionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

QString CodeSuggestionModel::display(const QString &code) const
{
    const QString language = translations::uiLanguage();
    const QString name = m_kind == Kind::Language ? localeNames::language(code, language)
                                                  : localeNames::country(code, language);
    return name.isEmpty() ? code : QStringLiteral("%1 (%2)").arg(name, code);
}

QVariant CodeSuggestionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown.size())
        return {};
    const Entry &entry = m_all.at(m_shown.at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return display(entry.code);
    case CodeRole:
        return entry.code;
    default:
        return {};
    }
}

void CodeSuggestionModel::setFilterText(const QString &text)
{
    const QString key = searchKey(text);
    beginResetModel();
    m_shown.clear();
    if (!key.isEmpty()) {
        // Three passes: the code itself, names starting with the text, names containing it.
        QList<int> exact, starting, containing;
        for (int i = 0; i < m_all.size(); ++i) {
            const QStringList keys = m_all.at(i).key.split(QLatin1Char('\n'));
            if (keys.constFirst() == key)
                exact.append(i);
            else if (std::any_of(keys.cbegin(), keys.cend(),
                                 [&key](const QString &name) { return name.startsWith(key); }))
                starting.append(i);
            else if (m_all.at(i).key.contains(key))
                containing.append(i);
        }
        m_shown = exact + starting + containing;
        if (m_shown.size() > maxShown)
            m_shown.resize(maxShown);
    }
    endResetModel();
}

} // namespace kotoplan
