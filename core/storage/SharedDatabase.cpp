// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// Opening the shared database on a PostgreSQL server, and what its schema allows.
#include "storage/Database.h"

#include "storage/PostgresLogin.h"
#include "storage/PostgresUrl.h"
#include "stores/ClientRefresh.h"
#include "stores/ServiceCatalogue.h"

#include <QSqlError>
#include <QSqlQuery>

namespace kotoplan {

Database::OpenResult Database::openShared(const QString &location, Mode mode)
{
    QString error;
    const PostgresUrl url = PostgresUrl::parse(location, &error);
    if (!url.isValid()) {
        m_path.clear();
        return fail(Status::CannotOpen, error);
    }
    m_path = url.shown();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return fail(Status::CannotOpen, tr("This installation of Kotoplan cannot connect to "
                                           "PostgreSQL: the Qt driver QPSQL (Debian package "
                                           "libqt6sql6-psql) is missing."));
    QSqlDatabase db = connectionFor(QStringLiteral("QPSQL"));
    url.applyTo(db);
    if (!db.open()) {
        const PostgresLogin::Problem problem = PostgresLogin::classify(db.lastError());
        const Status status = problem == PostgresLogin::Problem::Unreachable ? Status::Unreachable
                              : problem == PostgresLogin::Problem::LoginRefused
                                  ? Status::LoginRefused
                                  : Status::CannotOpen;
        return fail(status, PostgresLogin::message(problem, url));
    }

    m_readOnly = mode == Mode::ReadOnly;
    m_readOnlyReason = m_readOnly ? tr("%1 is open read-only.").arg(m_path) : QString();
    QSqlQuery query(db);
    // A save waits for another officer's save of the same row, but not for ever.
    QStringList settings = {QStringLiteral("SET lock_timeout = '10s'")};
    if (m_readOnly)
        settings.append(QStringLiteral("SET default_transaction_read_only = on"));
    for (const QString &setting : std::as_const(settings)) {
        if (!query.exec(setting))
            return fail(Status::CannotOpen, tr("%1 cannot be opened.").arg(m_path));
    }
    const int version = schemaVersion();
    if (version < 0)
        return fail(Status::CannotOpen, tr("%1 cannot be read.").arg(m_path));
    const OpenResult checked = checkSharedSchema(version);
    if (!checked.ok() || m_readOnly)
        return checked;
    OpenResult result = migrate();
    if (result.ok()) {
        ServiceCatalogue(connection()).seedDefaultIfNeeded();
        refreshClientsIfRequested(connection());
    }
    return result;
}

Database::OpenResult Database::checkSharedSchema(int version)
{
    if (version > latestSchemaVersion(true))
        return fail(Status::NewerSchema,
                    tr("%1 was written by a newer version of Kotoplan (database version %2; "
                       "this program knows up to %3). Update Kotoplan to open it. The database "
                       "was left unchanged.")
                        .arg(m_path)
                        .arg(version)
                        .arg(latestSchemaVersion(true)));
    QSqlQuery query(connection());
    if (version == 0) {
        // Someone else's tables: Kotoplan's would mix with them.
        if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM information_schema.tables "
                                       "WHERE table_schema = current_schema()")) ||
            !query.next())
            return fail(Status::CannotOpen, tr("%1 cannot be read.").arg(m_path));
        if (query.value(0).toInt() > 0)
            return fail(Status::CannotOpen,
                        tr("%1 is not a Kotoplan database: it holds other tables. It was left "
                           "unchanged.")
                            .arg(m_path));
    }
    if (version == latestSchemaVersion(true))
        return {};
    if (m_readOnly && version == 0)
        return fail(Status::NotSetUp, tr("%1 has no Kotoplan tables yet. The database's owner "
                                         "sets it up with kotoplan init (see the README).")
                                          .arg(m_path));
    if (m_readOnly)
        return fail(Status::CannotOpen, tr("%1 needs an upgrade to this version of Kotoplan, but "
                                           "it is open read-only.")
                                            .arg(m_path));
    // Creating or upgrading the tables is the owner's job; an officer's role may not.
    if (!query.exec(QStringLiteral("SELECT has_schema_privilege(current_schema(), 'CREATE'), "
                                   "current_user")) ||
        !query.next())
        return fail(Status::CannotOpen, tr("%1 cannot be read.").arg(m_path));
    if (!query.value(0).toBool()) {
        const QString role = query.value(1).toString();
        return fail(Status::NotSetUp,
                    version == 0
                        ? tr("%1 has no Kotoplan tables yet, and the role %2 may not create "
                             "them. The database's owner sets it up with kotoplan init (see the "
                             "README).")
                              .arg(m_path, role)
                        : tr("%1 needs an upgrade to this version of Kotoplan, and the role %2 "
                             "may not make it. The database's owner upgrades it with kotoplan "
                             "init of this version.")
                              .arg(m_path, role));
    }
    return {};
}

} // namespace kotoplan
