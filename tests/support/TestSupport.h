// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Client.h"
#include "Database.h"
#include "Plan.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <ostream>

namespace kotoplan::test {

// A database in a fresh temporary folder, removed with the object.
class TempDatabase
{
public:
    TempDatabase();
    QString path() const { return m_dir.filePath(QStringLiteral("test.sqlite")); }
    QString folder() const { return m_dir.path(); }
    Database &database() { return *m_database; }
    QSqlDatabase connection() { return m_database->connection(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
};

QByteArray fileBytes(const QString &path);
bool writeFile(const QString &path, const QByteArray &bytes);

// A client and a plan with every field filled in, in the scripts officers meet.
Client fullClient();
Plan fullPlan(qint64 clientId);

// The texts the printed plan and the store must carry unchanged, one per script.
struct ScriptSample
{
    const char *script;
    QString text;
};
QList<ScriptSample> scriptSamples();

} // namespace kotoplan::test

// Lets Catch print Qt values in failure messages.
std::ostream &operator<<(std::ostream &os, const QString &value);
std::ostream &operator<<(std::ostream &os, const QDate &value);
