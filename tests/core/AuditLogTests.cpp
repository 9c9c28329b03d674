// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "TestSupport.h"
#include "domain/Clock.h"
#include "exchange/AuditLogExport.h"
#include "models/AuditLogModel.h"
#include "stores/AuditLog.h"

#include <QAbstractItemModelTester>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

#include <catch2/catch.hpp>

using namespace kotoplan;

namespace {
const QDate fixedToday(2026, 11, 23);
} // namespace

TEST_CASE("The audit log refuses UPDATE and DELETE", "[audit]")
{
    test::TempDatabase db;
    const AuditLog audit(db.connection(), {QStringLiteral("Liisa"), QStringLiteral("lv")});
    REQUIRE(audit.append(AuditAction::Viewed, 7, 9));
    QSqlQuery query(db.connection());
    CHECK_FALSE(query.exec(QStringLiteral("UPDATE audit_log SET officer = 'someone else'")));
    CHECK(query.lastError().text().contains(QStringLiteral("append-only")));
    CHECK_FALSE(query.exec(QStringLiteral("DELETE FROM audit_log")));
    CHECK(query.lastError().text().contains(QStringLiteral("append-only")));
    const QList<AuditEntry> entries = audit.query();
    REQUIRE(entries.size() == 1);
    // On PostgreSQL the database role is the officer, whatever the caller says.
    CHECK(entries.first().actor.officer ==
          (test::onPostgres() ? audit.actor().officer : QStringLiteral("Liisa")));
    CHECK_FALSE(entries.first().actor.officer.isEmpty());
    CHECK(entries.first().clientId == 7);
    CHECK(entries.first().planId == 9);
}

TEST_CASE("The audit log filters by dates, action and client", "[audit]")
{
    test::TempDatabase db;
    const AuditLog audit(db.connection(), {QStringLiteral("Liisa"), QStringLiteral("lv")});
    {
        const FixedClock clock(QDate(2026, 11, 1));
        REQUIRE(audit.append(AuditAction::Created, 1, 10));
        REQUIRE(audit.append(AuditAction::Viewed, 2, 20));
    }
    {
        const FixedClock clock(QDate(2026, 11, 5));
        REQUIRE(audit.append(AuditAction::Printed, 1, 10));
        REQUIRE(audit.append(AuditAction::Viewed, 1, 10));
    }
    CHECK(audit.query().size() == 4);
    CHECK(audit.query({QDate(2026, 11, 5), QDate(2026, 11, 5), std::nullopt, 0}).size() == 2);
    CHECK(audit.query({QDate(2026, 11, 2), QDate(2026, 11, 4), std::nullopt, 0}).isEmpty());
    CHECK(audit.query({{}, QDate(2026, 11, 1), std::nullopt, 0}).size() == 2);
    CHECK(audit.query({{}, {}, AuditAction::Viewed, 0}).size() == 2);
    const QList<AuditEntry> mine = audit.query({{}, {}, AuditAction::Viewed, 1});
    REQUIRE(mine.size() == 1);
    CHECK(mine.first().at.date() == QDate(2026, 11, 5));

    AuditLogModel model(db.connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 4);
    model.setFilter({{}, {}, std::nullopt, 2});
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, AuditLogModel::Action).data().toString() == QStringLiteral("Viewed"));
    CHECK(model.index(0, AuditLogModel::ClientId).data().toString() == QStringLiteral("2"));
    CHECK(model.index(0, 0).data(AuditLogModel::PlanIdRole).toLongLong() == 20);
}

TEST_CASE("The audit log exports as RFC 4180 CSV that reads back, private to its owner", "[audit]")
{
    test::TempDatabase db;
    const FixedClock clock(QDateTime(fixedToday, QTime(8, 0), Qt::UTC));
    // On PostgreSQL the officer column is the database role: the tricky text goes into the
    // computer account's column there.
    const QString trickyText = QStringLiteral("Virtanen, \"Liisa\"\nVaasa");
    const QString trickyCsv = QStringLiteral("\"Virtanen, \"\"Liisa\"\"\nVaasa\"");
    const bool pg = test::onPostgres();
    const AuditLog tricky(db.connection(), pg ? AuditActor{{}, trickyText}
                                              : AuditActor{trickyText, QStringLiteral("lv")});
    REQUIRE(tricky.append(AuditAction::Exported, 3, 4));
    const AuditLog plain(db.connection(), {QStringLiteral("Ahmed"), QStringLiteral("ah")});
    REQUIRE(plain.append(AuditAction::Erased, 5));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.csv"));
    QString error;
    REQUIRE(AuditLogExport::writeCsv(plain.query(), path, &error));
    CHECK(error.isEmpty());
    const QFileInfo info(path);
    CHECK(info.permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                 QFileDevice::ReadUser | QFileDevice::WriteUser));

    const QString csv = QString::fromUtf8(test::fileBytes(path));
    const QString role = plain.actor().officer; // "Ahmed" on SQLite
    CHECK(csv == QStringLiteral("time,officer,os_user,action,client_id,plan_id,detail\r\n") +
                     QStringLiteral("2026-11-23T08:00:00.000Z,%1,ah,erased,5,,\r\n").arg(role) +
                     QStringLiteral("2026-11-23T08:00:00.000Z,%1,exported,3,4,\r\n")
                         .arg(pg ? QString(role + QLatin1Char(',') + trickyCsv)
                                 : QString(trickyCsv + QStringLiteral(",lv"))));
    CHECK(role == (pg ? QUrl(test::postgresServerUrl()).userName() : QStringLiteral("Ahmed")));

    // Read back with a minimal RFC 4180 reader: the fields come back as written.
    QList<QStringList> records{{}};
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const QChar ch = csv.at(i);
        if (quoted) {
            if (ch == QLatin1Char('"') && i + 1 < csv.size() && csv.at(i + 1) == QLatin1Char('"'))
                field += ch, ++i;
            else if (ch == QLatin1Char('"'))
                quoted = false;
            else
                field += ch;
        } else if (ch == QLatin1Char('"')) {
            quoted = true;
        } else if (ch == QLatin1Char(',')) {
            records.last().append(field), field.clear();
        } else if (ch == QLatin1Char('\r') && csv.mid(i, 2) == QStringLiteral("\r\n")) {
            records.last().append(field), field.clear(), records.append(QStringList()), ++i;
        } else {
            field += ch;
        }
    }
    records.removeLast();
    REQUIRE(records.size() == 3);
    CHECK(records.at(2).at(pg ? 2 : 1) == trickyText);
    CHECK(records.at(2).at(3) == QStringLiteral("exported"));
    CHECK(records.at(1).at(5).isEmpty());

    SECTION("a folder that does not exist gives a clear error")
    {
        QString message;
        CHECK_FALSE(AuditLogExport::writeCsv(
            plain.query(), dir.filePath(QStringLiteral("no/such.csv")), &message));
        CHECK(message.contains(QStringLiteral("such.csv")));
    }
}
