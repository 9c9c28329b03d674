// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace kotoplan {

enum class AuditAction
{
    Viewed,
    Created,
    Changed,
    Signed,
    Printed,
    Exported,
    Imported,
    Erased,
    Restored,
};

// Who acts: the officer's name from the settings ("officer/name", read by the caller), on a
// PostgreSQL server the database role instead, and the account logged in to the computer.
// Every line names both: the schema refuses a line without them.
struct AuditActor
{
    QString officer;
    QString osUser;
    // The officer named (trimmed), else the computer's account; the account as the system knows
    // the process's user (getpwuid), not as the environment's USER says.
    static AuditActor fromEnvironment(const QString &officer);
    // The officer's name as the settings hold it now, and the account.
    static AuditActor fromSettings();
    // The account this process runs as, from the system's user database.
    static QString systemAccount();
    bool operator==(const AuditActor &) const = default;
};

// One line of the log: ids only, never the content of the case.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; // UTC
    AuditActor actor;
    AuditAction action = AuditAction::Viewed;
    qint64 clientId = 0; // 0 when the action concerns no client
    qint64 planId = 0;   // 0 when the action concerns no plan
    QString detail;      // an import's file SHA-256 and sender, a restore's backup; no content
    bool operator==(const AuditEntry &) const = default;
};

struct AuditFilter
{
    QDate from; // inclusive, local dates; null for no limit
    QDate to;   // inclusive
    std::optional<AuditAction> action;
    qint64 clientId = 0; // 0 for every client
};

// The append-only audit log. The database refuses UPDATE and DELETE on it, so a line once
// written stays.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    AuditLog(QSqlDatabase db, AuditActor actor);

    // One INSERT: inside a store's transaction the line is written or rolled back with the save.
    bool append(AuditAction action, qint64 clientId, qint64 planId = 0,
                const QString &detail = {}) const;
    // Matching lines, newest first.
    QList<AuditEntry> query(const AuditFilter &filter = {}) const;
    const AuditActor &actor() const { return m_actor; }

    static QList<AuditAction> actions();
    static QString key(AuditAction action); // "viewed", … as stored
    static std::optional<AuditAction> fromKey(const QString &key);
    static QString label(AuditAction action); // in the UI language

private:
    QSqlDatabase m_db;
    AuditActor m_actor;
};

} // namespace kotoplan
