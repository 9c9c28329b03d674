// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "TestSupport.h"

#include <QFile>

namespace kotoplan::test {

TempDatabase::TempDatabase()
    : m_database(std::make_unique<Database>())
{
    const Database::OpenResult opened = m_database->open(path());
    if (!opened.ok())
        qFatal("The test database cannot be opened");
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

QList<ScriptSample> scriptSamples()
{
    return {
        {"Arabic", QStringLiteral("محمد عبد الله العلي")},
        {"Persian", QStringLiteral("زهرا احمدی")},
        {"Cyrillic", QStringLiteral("Олена Коваленко")},
        {"Ge'ez (Tigrinya)", QStringLiteral("ሰላም ተስፋይ")},
        {"Ge'ez (Amharic)", QStringLiteral("ዮናስ ገብረመድህን")},
        {"Somali", QStringLiteral("Faadumo Cabdi Maxamed")},
        {"Vietnamese", QStringLiteral("Nguyễn Thị Hương")},
        {"Chinese", QStringLiteral("王芳")},
        {"Latin with diacritics", QStringLiteral("Zsófia Kovács-Şahin")},
    };
}

Client fullClient()
{
    Client client;
    client.name = QStringLiteral("Nguyễn Thị Hương");
    client.dateOfBirth = QDate(1988, 2, 29);
    client.motherTongues = {QStringLiteral("vi"), QStringLiteral("zh")};
    client.citizenships = {QStringLiteral("VN")};
    client.contactLanguage = QStringLiteral("en");
    client.address = QStringLiteral("Esimerkkikatu 5 B 12");
    client.postalCode = QStringLiteral("65100");
    client.postOffice = QStringLiteral("VAASA");
    client.phone = QStringLiteral("+358401234567");
    client.email = QStringLiteral("huong@example.fi");
    client.arrivedInFinland = {2025, 3};
    client.firstPermitDate = QDate(2025, 2, 14);
    return client;
}

Plan fullPlan(qint64 clientId)
{
    Plan plan;
    plan.clientId = clientId;
    plan.kind = PlanKind::First;
    plan.participants = {{QStringLiteral("Liisa Virtanen"), QStringLiteral("Vaasan kaupunki")},
                         {QStringLiteral("Олена Коваленко"), QStringLiteral("Tulkkikeskus")}};
    plan.interpreterPresent = YesNo::Yes;
    plan.interpreterLanguage = QStringLiteral("vi");
    plan.interpretingMode = InterpretingMode::Phone;
    plan.draftedOn = QDate(2025, 4, 2);
    plan.lifeSituation = QStringLiteral("Family reunification; two children. محمد helps.");
    plan.futureWish = QStringLiteral("ሰላም: to work as a nurse in five years.");
    plan.mainGoal = MainGoal::WorkOrEntrepreneurship;
    plan.mainGoalDetails = QStringLiteral("Nursing studies first; 王芳 is the mentor.");
    plan.occupationPrimary = QStringLiteral("Practical nurse");
    plan.occupationAlternatives = QStringLiteral("Cook; bus driver");
    plan.languageStudyPlan = QStringLiteral("Integration training, then YKI test.");
    plan.otherStudyPlan = QStringLiteral("Upper secondary studies for adults.");
    plan.longTermMeasures = QStringLiteral("Family integration plan; civic organisation.");
    plan.subGoals = {{QStringLiteral("Finnish A2"), QStringLiteral("Integration training"), 0,
                      QStringLiteral("Employment authority"), QStringLiteral("Autumn 2025")},
                     {QStringLiteral("Knows the society"), QStringLiteral("Civic orientation"), 0,
                      QStringLiteral("Municipality"), QStringLiteral("Within 3 months")}};
    plan.rightsDiscussed = true;
    plan.clientUnderstood = true;
    plan.clientCommitments = QStringLiteral("Takes part in the courses.");
    plan.municipalityCommitments = QStringLiteral("Guides to services.");
    plan.nextMeeting = QDateTime(QDate(2025, 10, 2), QTime(9, 30));
    plan.nextMeetingPlace = QStringLiteral("Service point, room 2");
    return plan;
}

} // namespace kotoplan::test

std::ostream &operator<<(std::ostream &os, const QString &value)
{
    return os << value.toStdString();
}

std::ostream &operator<<(std::ostream &os, const QDate &value)
{
    return os << value.toString(Qt::ISODate).toStdString();
}
