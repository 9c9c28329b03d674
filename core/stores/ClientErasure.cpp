// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "stores/ClientErasure.h"

#include "domain/Clock.h"
#include "storage/SqlDialect.h"
#include "storage/SqlFailure.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"
#include "stores/BackupScrub.h"

#include <QSqlError>
#include <QSqlQuery>

namespace kotoplan {

namespace {

int countOf(const QSqlDatabase &db, const QString &statement, qint64 clientId)
{
    QSqlQuery query(db);
    query.prepare(statement);
    query.addBindValue(clientId);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toInt();
}

// The rows go children first, so that no foreign key is left pointing at a deleted plan.
const char *const deletions[] = {
    "DELETE FROM plan_exchange WHERE plan_id IN (SELECT id FROM plan WHERE client_id = ?)",
    "DELETE FROM plan_sub_goal_outcome WHERE plan_id IN (SELECT id FROM plan WHERE client_id = ?)",
    "DELETE FROM plan_sub_goal WHERE plan_id IN (SELECT id FROM plan WHERE client_id = ?)",
    "DELETE FROM plan_participant WHERE plan_id IN (SELECT id FROM plan WHERE client_id = ?)",
    "DELETE FROM plan WHERE client_id = ?",
    "DELETE FROM client_mother_tongue WHERE client_id = ?",
    "DELETE FROM client_citizenship WHERE client_id = ?",
    "DELETE FROM client WHERE id = ?",
    "DELETE FROM erasure_in_progress WHERE client_id = ?",
};

} // namespace

ClientErasure::ClientErasure(QSqlDatabase db, AuditLog audit)
    : m_db(std::move(db))
    , m_audit(std::move(audit))
{}

std::optional<ErasurePreview> ClientErasure::preview(qint64 clientId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT name, date_of_birth FROM client WHERE id = ?"));
    query.addBindValue(clientId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    ErasurePreview preview;
    preview.clientId = clientId;
    preview.clientName = query.value(0).toString();
    preview.dateOfBirth = sql::toDate(query.value(1));
    query.finish();
    const QString ofPlans = QStringLiteral(" WHERE plan_id IN (SELECT id FROM plan WHERE "
                                           "client_id = ?)");
    preview.plans =
        countOf(m_db, QStringLiteral("SELECT COUNT(*) FROM plan WHERE client_id = ?"), clientId);
    preview.signedPlans = countOf(
        m_db, QStringLiteral("SELECT COUNT(*) FROM plan WHERE client_id = ? AND status = 'signed'"),
        clientId);
    preview.subGoals =
        countOf(m_db, QStringLiteral("SELECT COUNT(*) FROM plan_sub_goal") + ofPlans, clientId);
    preview.participants =
        countOf(m_db, QStringLiteral("SELECT COUNT(*) FROM plan_participant") + ofPlans, clientId);
    preview.outcomes = countOf(
        m_db, QStringLiteral("SELECT COUNT(*) FROM plan_sub_goal_outcome") + ofPlans, clientId);
    preview.exchanges =
        countOf(m_db, QStringLiteral("SELECT COUNT(*) FROM plan_exchange") + ofPlans, clientId);
    return preview;
}

StoreResult ClientErasure::erase(qint64 clientId, Scope scope)
{
    StoreResult result = eraseWithin(clientId, scope);
    if (result.ok())
        result.message = compact();
    return result;
}

StoreResult ClientErasure::eraseWithin(qint64 clientId, Scope scope)
{
    // Deleted rows are overwritten with zeros at once, in the file and in the log, rather than
    // only marked free.
    QSqlQuery pragma(m_db);
    if (SqlDialect(m_db).isSqlite() && !pragma.exec(QStringLiteral("PRAGMA secure_delete = ON")))
        return SqlFailure::result(pragma.lastError(), tr("The client could not be erased."));
    StoreResult result = eraseRows(clientId, scope);
    if (SqlDialect(m_db).isSqlite())
        pragma.exec(QStringLiteral("PRAGMA secure_delete = OFF"));
    pragma.finish();
    return result;
}

QString ClientErasure::signedRefusal()
{
    return tr("The client has signed plans: they are records and are erased only together "
              "with all of the client's data.");
}

StoreResult ClientErasure::eraseEverywhere(qint64 clientId, Scope scope)
{
    const std::optional<ErasurePreview> who = preview(clientId);
    StoreResult result = erase(clientId, scope);
    if (!result.ok() || !who || !SqlDialect(m_db).isSqlite())
        return result;
    const QString copies = BackupScrub::run(m_db.databaseName(), clientId, who->clientName,
                                            who->dateOfBirth, m_audit.actor())
                               .message();
    if (!copies.isEmpty())
        result.message =
            result.message.isEmpty() ? copies : result.message + QLatin1Char(' ') + copies;
    return result;
}

StoreResult ClientErasure::eraseRows(qint64 clientId, Scope scope)
{
    const QString failed = tr("The client could not be erased. Nothing was removed.");
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return SqlFailure::result(transaction.lastError(), failed);
    const std::optional<ErasurePreview> what = preview(clientId);
    if (!what)
        return {StoreResult::Status::NotFound, tr("The client no longer exists."), {}};
    if (what->signedPlans > 0 && scope == Scope::WithoutSignedPlans)
        return {StoreResult::Status::Signed, signedRefusal(), {}};
    if (!SqlDialect(m_db).isSqlite()) {
        const StoreResult erased = eraseOnServer(clientId, scope);
        if (!erased.ok())
            return erased;
        if (!transaction.commit())
            return SqlFailure::result(transaction.lastError(), failed);
        return {};
    }
    // The marker lets the delete triggers pass this client's signed plans, in this
    // transaction only: the last deletion takes it out again.
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO erasure_in_progress (client_id) VALUES (?)"));
    query.addBindValue(clientId);
    if (!query.exec())
        return SqlFailure::result(query.lastError(), failed);
    for (const char *statement : deletions) {
        query.prepare(QString::fromLatin1(statement));
        query.addBindValue(clientId);
        if (!query.exec())
            return SqlFailure::result(query.lastError(), failed);
    }
    query.finish();
    if (!m_audit.append(AuditAction::Erased, clientId))
        return {StoreResult::Status::Failed, failed, {}};
    if (!transaction.commit())
        return SqlFailure::result(transaction.lastError(), failed);
    return {};
}

// On a shared server officers may delete neither plans nor the marker: the owner's function
// kotoplan_erase_client checks its caller, deletes the rows and writes the audit line itself.
StoreResult ClientErasure::eraseOnServer(qint64 clientId, Scope scope)
{
    const QString failed = tr("The client could not be erased. Nothing was removed.");
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT public.kotoplan_erase_client(?, ?, ?, ?)"));
    query.addBindValue(clientId);
    query.addBindValue(scope == Scope::IncludingSignedPlans);
    query.addBindValue(sql::timestamp(Clock::now()));
    query.addBindValue(m_audit.actor().osUser);
    if (!query.exec() || !query.next())
        return SqlFailure::result(query.lastError(), failed);
    const QString outcome = query.value(0).toString();
    if (outcome == QLatin1String("not_found"))
        return {StoreResult::Status::NotFound, tr("The client no longer exists."), {}};
    if (outcome != QLatin1String("erased"))
        return {StoreResult::Status::Signed, signedRefusal(), {}};
    return {};
}

QString ClientErasure::compact()
{
    if (!SqlDialect(m_db).isSqlite())
        return {};
    QSqlQuery query(m_db);
    bool done = query.exec(QStringLiteral("VACUUM"));
    if (done) {
        // Returns (busy, log frames, checkpointed frames): busy means a reader kept it back.
        done = query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) && query.next() &&
               query.value(0).toInt() == 0;
    }
    query.finish();
    if (done)
        return {};
    return tr("The client was erased. The database file could not yet be compacted, because "
              "another window or program is using it; the erased data is overwritten, and the "
              "file is compacted at the next erasure.");
}

} // namespace kotoplan
