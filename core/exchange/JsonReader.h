// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/Validation.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace kotoplan {

// Reads one object of an exchange file and collects every problem with its JSON path ("plan.
// subGoals[2].goal"). Nothing is guessed: a wrong type or an impossible date is a problem.
class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)

public:
    // With `warnings` given, keys this program does not know (a newer minor version of the
    // format) are warnings there instead of problems.
    JsonReader(const QJsonObject &object, QString path, Problems *problems,
               Problems *warnings = nullptr);

    QString text(const QString &key, bool required = false);
    bool flag(const QString &key, bool required = true);
    // A date in ISO 8601 or null; an impossible date (30 February) is a problem.
    QDate date(const QString &key, bool required = false);
    // A month such as 2025-03 or null.
    QString month(const QString &key);
    QDateTime dateTime(const QString &key);
    QStringList list(const QString &key);
    QJsonObject object(const QString &key);
    QJsonArray array(const QString &key);
    QJsonValue value(const QString &key) { return take(key); }

    QString path(const QString &key) const { return m_path + key; }
    void problem(const QString &key, const QString &message);
    // Keys that no rule read are unknown to this version of the format.
    void finish();

private:
    QJsonValue take(const QString &key);
    void missing(const QString &key);
    void wrong(const QString &key, const QString &expected);

    QJsonObject m_object;
    QString m_path;
    Problems *m_problems;
    Problems *m_warnings;
    QStringList m_seen;
};

} // namespace kotoplan
