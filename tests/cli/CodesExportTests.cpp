// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// Codes, not words: what `kotoplan export` hands to the employment authority.
#include "CliRunner.h"
#include "TestSupport.h"
#include "domain/ClientCodes.h"
#include "i18n/LocaleNames.h"
#include "storage/Database.h"
#include "stores/ClientRefresh.h"
#include "stores/ClientStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace kotoplan;

namespace {

test::CliRun run(const QStringList &arguments)
{
    QProcessEnvironment environment = test::englishEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return test::runKotoplan(arguments, environment);
}

} // namespace

TEST_CASE("kotoplan export of every demo plan carries codes only", "[cli][codes]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(run({QStringLiteral("demo"), QStringLiteral("--database"), path,
                 QStringLiteral("--clients"), QStringLiteral("8")})
                .exitCode == 0);
    const test::CliRun list = run({QStringLiteral("list"), QStringLiteral("--database"), path});
    REQUIRE(list.exitCode == 0);
    const QStringList languages = localeNames::languageCodes();
    const QStringList countries = localeNames::countryCodes();
    static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
    int exported = 0;
    for (const QString &line : list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString planId = line.section(QLatin1Char('\t'), 0, 0);
        INFO("plan " << planId.toStdString());
        const QString folder = dir.filePath(planId);
        REQUIRE(QDir().mkpath(folder));
        const test::CliRun exportRun =
            run({QStringLiteral("export"), QStringLiteral("--database"), path,
                 QStringLiteral("--plan"), planId, QStringLiteral("--out"), folder});
        REQUIRE(exportRun.exitCode == 0);
        const QStringList json = QDir(folder).entryList({QStringLiteral("*.json")}, QDir::Files);
        REQUIRE(json.size() == 1);
        QFile file(QDir(folder).filePath(json.first()));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QJsonObject plan = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonObject client = plan.value(QStringLiteral("client")).toObject();
        for (const QJsonValue &tongue : client.value(QStringLiteral("motherTongues")).toArray())
            CHECK(languages.contains(tongue.toString()));
        for (const QJsonValue &country : client.value(QStringLiteral("citizenships")).toArray())
            CHECK(countries.contains(country.toString()));
        const QString contact = client.value(QStringLiteral("contactLanguage")).toString();
        CHECK((contact.isEmpty() || languages.contains(contact)));
        const QString phone = client.value(QStringLiteral("phone")).toString();
        CHECK((phone.isEmpty() || e164.match(phone).hasMatch()));
        const QString interpreting = plan.value(QStringLiteral("interpreter"))
                                         .toObject()
                                         .value(QStringLiteral("language"))
                                         .toString();
        CHECK((interpreting.isEmpty() || languages.contains(interpreting)));
        ++exported;
    }
    CHECK(exported >= 8);
}

TEST_CASE("Words typed where codes belong are stored as codes, the rest kept and listed", "[codes]")
{
    CHECK(clientCodes::language(QStringLiteral("Vietnamese")) == QStringLiteral("vi"));
    CHECK(clientCodes::language(QStringLiteral("vietnamesiska")) == QStringLiteral("vi"));
    CHECK(clientCodes::language(QStringLiteral("Tiếng Việt")) == QStringLiteral("vi"));
    CHECK(clientCodes::language(QStringLiteral("ARABIA")) == QStringLiteral("ar"));
    CHECK(clientCodes::country(QStringLiteral("Vietnam")) == QStringLiteral("VN"));
    CHECK(clientCodes::country(QStringLiteral("kansalaisuudeton")) == QStringLiteral("XX"));
    CHECK(clientCodes::country(QStringLiteral("okänd")) == QStringLiteral("ZZ"));
    CHECK(clientCodes::language(QStringLiteral("Klingon")) == QStringLiteral("Klingon"));
    CHECK(clientCodes::phone(QStringLiteral("040 123 4567")) == QStringLiteral("+358401234567"));
    CHECK(clientCodes::groupedPhone(QStringLiteral("+358401234567")) ==
          QStringLiteral("+358 40 123 4567"));
    CHECK(clientCodes::groupedPhone(QStringLiteral("+35891234567")) ==
          QStringLiteral("+358 9 123 4567"));

    // The new-client dialog's words, as the issue found them stored.
    test::TempDatabase db;
    Client client;
    client.name = QStringLiteral("Nguyễn Văn An");
    client.dateOfBirth = QDate(1990, 1, 1);
    client.motherTongues = {QStringLiteral("Vietnamese"), QStringLiteral("Klingon")};
    client.citizenships = {QStringLiteral("Vietnam")};
    client.contactLanguage = QStringLiteral("English");
    client.phone = QStringLiteral("040 123 4567");
    REQUIRE(ClientStore(db.connection()).save(client).ok());
    const Result<Client> stored = ClientStore(db.connection()).load(client.id);
    REQUIRE(stored);
    CHECK(stored->motherTongues ==
          QStringList{QStringLiteral("vi"), QStringLiteral("Klingon")}); // never dropped
    CHECK(stored->citizenships == QStringList{QStringLiteral("VN")});
    CHECK(stored->contactLanguage == QStringLiteral("en"));
    CHECK(stored->phone == QStringLiteral("+358401234567"));
    const QList<std::pair<qint64, QStringList>> toFix = clientsToFix(db.connection());
    REQUIRE(toFix.size() == 1);
    CHECK(toFix.first().first == client.id);
    CHECK(toFix.first().second == QStringList{QStringLiteral("mother tongue: Klingon")});
}

TEST_CASE("Words stored before codes are made codes at the next open, the rest kept",
          "[codes][sqlite]")
{
    test::TempDatabase db;
    Client client;
    client.name = QStringLiteral("Андрій Коваленко");
    client.dateOfBirth = QDate(1990, 5, 17);
    REQUIRE(ClientStore(db.connection()).save(client).ok());
    {
        // As an earlier version stored them: words, the phone as typed, the key untransliterated.
        QSqlQuery query(db.connection());
        REQUIRE(query.exec(QStringLiteral(
            "UPDATE client SET contact_language = 'ukrainian', phone = '040 123 4567', "
            "search_key = 'андрій коваленко'")));
        REQUIRE(query.exec(
            QStringLiteral(
                "INSERT INTO client_mother_tongue (client_id, position, language) VALUES "
                "(%1, 0, 'ukraina'), (%1, 1, 'Elvish')")
                .arg(client.id)));
        REQUIRE(query.exec(
            QStringLiteral("INSERT INTO client_citizenship (client_id, position, country) VALUES "
                           "(%1, 0, 'Ukraine')")
                .arg(client.id)));
        REQUIRE(query.exec(QStringLiteral("INSERT INTO client_refresh VALUES ('test')")));
    }
    REQUIRE(refreshClientsIfRequested(db.connection()));
    const Result<Client> stored = ClientStore(db.connection()).load(client.id);
    REQUIRE(stored);
    CHECK(stored->motherTongues == QStringList{QStringLiteral("uk"), QStringLiteral("Elvish")});
    CHECK(stored->citizenships == QStringList{QStringLiteral("UA")});
    CHECK(stored->contactLanguage == QStringLiteral("uk"));
    CHECK(stored->phone == QStringLiteral("+358401234567"));
    CHECK(ClientStore(db.connection()).search(QStringLiteral("andrii"))->size() == 1);
    QSqlQuery left(db.connection());
    REQUIRE(left.exec(QStringLiteral("SELECT COUNT(*) FROM client_refresh")));
    REQUIRE(left.next());
    CHECK(left.value(0).toInt() == 0);
}
