// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "exchange/JsonReader.h"

#include "domain/Client.h"

#include <QRegularExpression>

namespace kotoplan {

JsonReader::JsonReader(const QJsonObject &object, QString path, Problems *problems,
                       Problems *warnings)
    : m_object(object)
    , m_path(std::move(path))
    , m_problems(problems)
    , m_warnings(warnings)
{}

QString JsonReader::text(const QString &key, bool required)
{
    const QJsonValue value = take(key);
    if (value.isUndefined()) {
        if (required)
            missing(key);
        return {};
    }
    if (!value.isString()) {
        wrong(key, tr("text"));
        return {};
    }
    return value.toString();
}

bool JsonReader::flag(const QString &key, bool required)
{
    const QJsonValue value = take(key);
    if (value.isUndefined()) {
        if (required)
            missing(key);
        return false;
    }
    if (!value.isBool())
        wrong(key, tr("true or false"));
    return value.toBool();
}

QDate JsonReader::date(const QString &key, bool required)
{
    const QJsonValue value = take(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            missing(key);
        return {};
    }
    static const QRegularExpression iso(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    const QDate parsed = QDate::fromString(value.toString(), Qt::ISODate);
    if (!value.isString() || !iso.match(value.toString()).hasMatch() || !parsed.isValid())
        wrong(key, tr("a date such as 2026-11-23"));
    return parsed;
}

QString JsonReader::month(const QString &key)
{
    const QJsonValue value = take(key);
    if (value.isUndefined() || value.isNull())
        return {};
    const YearMonth parsed = YearMonth::fromIso(value.toString());
    if (!value.isString() || !parsed.isValid())
        problem(key, tr("Should be a month such as 2025-03."));
    return parsed.toIso();
}

QDateTime JsonReader::dateTime(const QString &key)
{
    const QJsonValue value = take(key);
    if (value.isUndefined() || value.isNull())
        return {};
    QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODate);
    if (!value.isString() || !parsed.isValid())
        wrong(key, tr("a date and time such as 2026-11-23T09:30"));
    return parsed;
}

QStringList JsonReader::list(const QString &key)
{
    const QJsonValue value = take(key);
    if (value.isUndefined())
        return {};
    QStringList items;
    const QJsonArray array = value.toArray();
    bool ok = value.isArray();
    for (const QJsonValue &item : array) {
        ok = ok && item.isString();
        items.append(item.toString());
    }
    if (!ok)
        wrong(key, tr("a list of texts"));
    return items;
}

QJsonObject JsonReader::object(const QString &key)
{
    const QJsonValue value = take(key);
    if (value.isUndefined()) {
        missing(key);
        return {};
    }
    if (!value.isObject())
        wrong(key, tr("an object"));
    return value.toObject();
}

QJsonArray JsonReader::array(const QString &key)
{
    const QJsonValue value = take(key);
    if (value.isUndefined())
        return {};
    if (!value.isArray())
        wrong(key, tr("a list"));
    return value.toArray();
}

void JsonReader::problem(const QString &key, const QString &message)
{
    m_problems->append({path(key), message});
}

void JsonReader::finish()
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (m_seen.contains(it.key()))
            continue;
        if (m_warnings)
            m_warnings->append(
                {m_path + it.key(), tr("Not known to this version of Kotoplan: left out.")});
        else
            m_problems->append({m_path + it.key(), tr("Unknown key.")});
    }
}

QJsonValue JsonReader::take(const QString &key)
{
    m_seen.append(key);
    return m_object.value(key);
}

void JsonReader::missing(const QString &key)
{
    problem(key, tr("Missing."));
}

void JsonReader::wrong(const QString &key, const QString &expected)
{
    problem(key, tr("Should be %1.").arg(expected));
}

} // namespace kotoplan
