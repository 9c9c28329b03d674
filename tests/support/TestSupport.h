// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/Client.h"
#include "domain/Plan.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <ostream>

namespace kotoplan::test {

// The *_postgresql variants of the test executables run with KOTOPLAN_TEST_ENGINE=postgresql;
// KOTOPLAN_TEST_PG_URL then names a server and a role that may create databases
// (scripts/test starts one). Without the address those variants skip (exit code 77).
constexpr int skipExitCode = 77;
bool onPostgres();
// The officer the audit log names for an officer called `name` in the settings: on PostgreSQL
// the database role of the connection instead.
QString officerInLog(const QSqlDatabase &db, const QString &name);
QString postgresServerUrl();

// A fresh database, removed with the object: a file in a temporary folder, or a new database
// on the test server when the test runs on PostgreSQL.
class TempDatabase
{
public:
    TempDatabase();
    ~TempDatabase();
    TempDatabase(const TempDatabase &) = delete;
    TempDatabase &operator=(const TempDatabase &) = delete;
    // The SQLite file (tests of files only: tag them [sqlite]).
    QString path() const { return m_dir.filePath(QStringLiteral("test.sqlite")); }
    // What Database::open() takes to open this database again: the file or the address.
    QString location() const;
    QString folder() const { return m_dir.path(); }
    Database &database() { return *m_database; }
    QSqlDatabase connection() { return m_database->connection(); }

private:
    QTemporaryDir m_dir;
    QString m_serverDatabase; // on PostgreSQL
    std::unique_ptr<Database> m_database;
};

// Runs a statement as the test server's administrator role (creating databases and roles);
// false when it failed.
bool execOnServer(const QString &statement);

// Every row of every table as text: equal before and after means nothing stored changed.
QString databaseContent(const QSqlDatabase &db);

QByteArray fileBytes(const QString &path);
bool writeFile(const QString &path, const QByteArray &bytes);

// A client and a plan with every field filled in, in the scripts officers meet.
Client fullClient();
Plan fullPlan(qint64 clientId);
// Stores a client with only a name and a date of birth (what a list or a search shows) and
// returns its id.
qint64 storeClient(QSqlDatabase db, const QString &name, QDate born);
// Stores fullClient() with fullPlan() and returns the stored plan.
Plan storeFullCase(QSqlDatabase db);
// Stores fullClient() with fullPlan(), `change` applied to the plan before it is stored, and
// signs the plan as Liisa Virtanen on the day it was drawn up; returns the stored plan.
Plan storeSignedCase(QSqlDatabase db, const std::function<void(Plan &)> &change = {});
// A signed plan drawn up on 23.5.2026 with its next meeting on 30.11.2026 at 13.00: on
// 23.11.2026 the follow-up shows its review due and the meeting.
Plan storeFollowUpCase(QSqlDatabase db);
// A signed first plan (storeSignedCase) and the draft of its review on 2.10.2025, not stored
// yet: the test fills in the review and saves it.
struct ReviewCase
{
    Plan first;
    Plan review;
};
ReviewCase storeSignedPlanWithReviewDraft(QSqlDatabase db);
// The plan as another connection to the database reads it, as after a restart or on another
// desk; an empty plan when there is none.
Plan readPlan(const QString &location, qint64 id, Database::Mode mode = Database::Mode::ReadWrite);

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
