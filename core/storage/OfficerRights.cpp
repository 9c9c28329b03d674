// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "storage/OfficerRights.h"

#include "storage/Transaction.h"

#include <QSqlQuery>

namespace kotoplan {

namespace {

const QString select = QStringLiteral("SELECT");
const QString insert = QStringLiteral("INSERT");
const QString update = QStringLiteral("UPDATE");
const QString remove = QStringLiteral("DELETE");

// One value from the server, or an empty string when the query failed.
QString scalar(const QSqlDatabase &db, const QString &statement, const QVariantList &values = {})
{
    QSqlQuery query(db);
    query.prepare(statement);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString();
}

} // namespace

QList<OfficerRights::TableRights> OfficerRights::tables()
{
    return {
        {QStringLiteral("kotoplan_schema"), {select}},
        {QStringLiteral("client"), {select, insert, update}},
        // The client's lists are written anew at each save.
        {QStringLiteral("client_mother_tongue"), {select, insert, remove}},
        {QStringLiteral("client_citizenship"), {select, insert, remove}},
        {QStringLiteral("plan"), {select, insert, update}},
        {QStringLiteral("plan_participant"), {select, insert}},
        // A service begins after signing: the day it began is the one column of a signed
        // plan's row that changes (ServiceStarts; the trigger lets it alone through).
        {QStringLiteral("plan_sub_goal"), {select, insert, QStringLiteral("UPDATE (started_on)")}},
        {QStringLiteral("plan_sub_goal_outcome"), {select, insert}},
        // The programme's catalogue: a service no plan uses may be deleted.
        {QStringLiteral("service"), {select, insert, update, remove}},
        {QStringLiteral("service_catalogue_seed"), {select}},
        {QStringLiteral("audit_log"), {select, insert}},
        {QStringLiteral("plan_exchange"), {select, insert}},
        // Read by the triggers of a plan's rows; only kotoplan_erase_client writes it.
        {QStringLiteral("erasure_in_progress"), {select}},
        // The record of meetings: a planned meeting moves or goes with the plan's next-meeting
        // field (MeetingStore::syncWithPlan); a held or missed one is marked, never deleted by
        // the program.
        {QStringLiteral("meeting"), {select, insert, update, remove}},
        // Asks the first desk that opens the upgraded database to turn stored names into codes.
        {QStringLiteral("client_refresh"), {select, remove}},
        // The services agreed per year, service and client: read by the statistics, written
        // only by the owner's triggers as sub-goals and plans change.
        {QStringLiteral("statistics_service_use"), {select}},
    };
}

QStringList OfficerRights::functions()
{
    return {QStringLiteral("kotoplan_clear_draft_rows(bigint)"),
            QStringLiteral("kotoplan_remove_draft(bigint)"),
            QStringLiteral("kotoplan_erase_client(bigint, boolean, text, text)")};
}

OfficerRights::Result OfficerRights::grant(const QSqlDatabase &db, const QString &group)
{
    const QString owner = scalar(db, QStringLiteral("SELECT current_user"));
    if (scalar(db, QStringLiteral("SELECT COUNT(*) FROM pg_catalog.pg_roles WHERE rolname = ?"),
               {group}) != QLatin1String("1"))
        return {false, tr("The role %1 does not exist. The administrator creates it first: "
                          "CREATE ROLE %1 NOLOGIN;")
                           .arg(group)};
    if (group == owner)
        return {false, tr("The officers' group cannot be the database's owner %1.").arg(owner)};
    if (scalar(db, QStringLiteral("SELECT pg_catalog.pg_get_userbyid(datdba) = current_user "
                                  "FROM pg_catalog.pg_database "
                                  "WHERE datname = current_database()")) != QLatin1String("true"))
        return {false, tr("Only the database's owner may set it up, not the role %1. Run the "
                          "command with the owner's role in the address.")
                           .arg(owner)};

    // Names quoted by the server itself, so no role name can break out of its statement.
    const QString to = scalar(db, QStringLiteral("SELECT quote_ident(?)"), {group});
    const QString ownerName = scalar(db, QStringLiteral("SELECT quote_ident(current_user)"));
    const QString database = scalar(db, QStringLiteral("SELECT quote_ident(current_database())"));
    QStringList statements = {
        QStringLiteral("REVOKE ALL ON DATABASE %1 FROM PUBLIC, %2").arg(database, to),
        QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(database, to),
        QStringLiteral("REVOKE CREATE ON SCHEMA public FROM PUBLIC, %1").arg(to),
        QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(to),
        QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC, %1").arg(to),
        QStringLiteral("REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC, %1").arg(to),
        QStringLiteral("REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM %1").arg(to),
        QStringLiteral("ALTER DEFAULT PRIVILEGES FOR ROLE %1 IN SCHEMA public REVOKE ALL ON "
                       "TABLES FROM %2")
            .arg(ownerName, to),
        QStringLiteral("ALTER DEFAULT PRIVILEGES FOR ROLE %1 IN SCHEMA public REVOKE ALL ON "
                       "SEQUENCES FROM %2")
            .arg(ownerName, to),
    };
    for (const TableRights &rights : tables())
        statements.append(QStringLiteral("GRANT %1 ON public.%2 TO %3")
                              .arg(rights.privileges.join(QStringLiteral(", ")), rights.table, to));
    for (const QString &function : functions())
        statements.append(
            QStringLiteral("GRANT EXECUTE ON FUNCTION public.%1 TO %2").arg(function, to));

    const QString failed = tr("The officers' rights could not be granted. Nothing was changed.");
    Transaction transaction(db);
    if (!transaction.isActive())
        return {false, failed};
    QSqlQuery query(db);
    for (const QString &statement : std::as_const(statements)) {
        if (!query.exec(statement))
            return {false, failed};
    }
    query.finish();
    if (!transaction.commit())
        return {false, failed};
    return {true, {}};
}

} // namespace kotoplan
