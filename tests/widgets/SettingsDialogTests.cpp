// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// Edit > Settings…: the officer's name and organisation, the database, Test connection.
#include "TestSupport.h"
#include "UiTexts.h"
#include "WidgetTestSupport.h"
#include "dialogs/FileDialogs.h"
#include "dialogs/SettingsDialog.h"
#include "i18n/Translations.h"
#include "settings/DatabaseLocation.h"
#include "settings/OfficerSettings.h"
#include "storage/Database.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace kotoplan;

namespace {

// Every test starts from settings it knows and leaves none behind.
class SettingsGuard
{
public:
    SettingsGuard() { clear(); }
    ~SettingsGuard() { clear(); }

private:
    static void clear()
    {
        QSettings settings;
        for (const char *key : {"officer/name", "officer/organisation", "database/location"})
            settings.remove(QLatin1String(key));
    }
};

QString storedSettings()
{
    const QSettings settings;
    QStringList lines;
    for (const char *key : {"officer/name", "officer/organisation", "database/location"})
        lines.append(QLatin1String(key) + QLatin1Char('=') +
                     settings.value(QLatin1String(key)).toString());
    return lines.join(QLatin1Char('\n'));
}

void showDialog(SettingsDialog &dialog)
{
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
}

void replaceText(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    test::typeText(edit, text);
}

void clickOk(SettingsDialog &dialog)
{
    QTest::mouseClick(dialog.buttonBox()->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

} // namespace

TEST_CASE("Settings: the fields show the officer and the database as stored", "[settings]")
{
    const SettingsGuard guard;
    officer::setName(QStringLiteral("Liisa Männistö"));
    officer::setOrganisation(QStringLiteral("Vaasan kaupunki"));
    DatabaseLocation::setConfigured(QStringLiteral("/srv/kotoplan/team.sqlite"));
    {
        SettingsDialog dialog;
        showDialog(dialog);
        CHECK(dialog.nameEdit()->text() == QStringLiteral("Liisa Männistö"));
        CHECK(dialog.organisationEdit()->text() == QStringLiteral("Vaasan kaupunki"));
        CHECK(dialog.fileButton()->isChecked());
        CHECK(dialog.pathEdit()->text() == QStringLiteral("/srv/kotoplan/team.sqlite"));
        CHECK(dialog.pathEdit()->isEnabled());
        CHECK_FALSE(dialog.addressEdit()->isEnabled());
        CHECK_FALSE(dialog.commandLineLabel()->isVisible());
    }
    const QString address =
        QStringLiteral("postgresql://liisa@db.vaasa.fi/kotoplan?sslmode=require");
    DatabaseLocation::setConfigured(address);
    {
        SettingsDialog dialog;
        showDialog(dialog);
        CHECK(dialog.serverButton()->isChecked());
        CHECK(dialog.addressEdit()->text() == address);
        CHECK(dialog.addressEdit()->isEnabled());
        CHECK_FALSE(dialog.pathEdit()->isEnabled());
    }
    // Nothing set: the own file, named in the empty field.
    DatabaseLocation::setConfigured(QString());
    SettingsDialog dialog;
    showDialog(dialog);
    CHECK(dialog.fileButton()->isChecked());
    CHECK(dialog.pathEdit()->text().isEmpty());
    CHECK(dialog.pathEdit()->placeholderText().contains(
        QDir::toNativeSeparators(Database::defaultPath())));
}

TEST_CASE("Settings: OK stores the name, the organisation and a new database, opened", "[settings]")
{
    const SettingsGuard guard;
    const QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("team.sqlite"));
    SettingsDialog dialog;
    showDialog(dialog);
    test::typeText(dialog.nameEdit(), QStringLiteral("Liisa Männistö"));
    test::typeText(dialog.organisationEdit(), QStringLiteral("Mustasaari"));
    test::typeText(dialog.pathEdit(), path);
    clickOk(dialog);

    CHECK(dialog.result() == QDialog::Accepted);
    CHECK_FALSE(dialog.isVisible());
    CHECK(officer::name() == QStringLiteral("Liisa Männistö"));
    CHECK(officer::organisation() == QStringLiteral("Mustasaari"));
    CHECK(DatabaseLocation::configured() == path);
    // The window switches to it: it is open and up to date already.
    const std::unique_ptr<Database> opened = dialog.takeOpenedDatabase();
    REQUIRE(opened);
    CHECK(opened->isOpen());
    CHECK(opened->path() == path);
    CHECK(opened->schemaVersion() == Database::latestSchemaVersion());
}

TEST_CASE("Settings: the same database again or only a new name switches nothing", "[settings]")
{
    const SettingsGuard guard;
    SettingsDialog dialog;
    showDialog(dialog);
    // The own file typed out is the database already in use.
    test::typeText(dialog.pathEdit(), Database::defaultPath());
    test::typeText(dialog.nameEdit(), QStringLiteral("Matti"));
    clickOk(dialog);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(officer::name() == QStringLiteral("Matti"));
    CHECK_FALSE(dialog.takeOpenedDatabase());
}

TEST_CASE("Settings: an address with a password is refused with the reason, and nothing is stored",
          "[settings]")
{
    const SettingsGuard guard;
    officer::setName(QStringLiteral("Liisa"));
    const QString before = storedSettings();
    SettingsDialog dialog;
    showDialog(dialog);
    replaceText(dialog.nameEdit(), QStringLiteral("Someone else"));
    // On the round button itself: the rest of the row's width is no part of it.
    QTest::mouseClick(dialog.serverButton(), Qt::LeftButton, {},
                      QPoint(8, dialog.serverButton()->height() / 2));
    REQUIRE(dialog.serverButton()->isChecked());
    test::typeText(dialog.addressEdit(), QStringLiteral("postgresql://liisa:secret@db/kotoplan"));
    clickOk(dialog);

    CHECK(dialog.isVisible());
    CHECK(dialog.problemLabel()->isVisible());
    CHECK(dialog.problemLabel()->text() ==
          QStringLiteral("The database address contains a password. Remove it and put the "
                         "password in the PostgreSQL password file (.pgpass) instead."));
    CHECK(dialog.addressEdit()->hasFocus());
    CHECK(storedSettings() == before);
    test::saveScreenshot(dialog, QStringLiteral("settings-password-refused"));

    // An empty address is no choice either.
    replaceText(dialog.addressEdit(), QString());
    clickOk(dialog);
    CHECK(dialog.problemLabel()->text().contains(QStringLiteral("Type the server's address")));
    CHECK(storedSettings() == before);
}

TEST_CASE("Settings: a server on another machine without TLS is refused with the reason",
          "[settings]")
{
    const SettingsGuard guard;
    const QString before = storedSettings();
    SettingsDialog dialog;
    showDialog(dialog);
    QTest::mouseClick(dialog.serverButton(), Qt::LeftButton, {},
                      QPoint(8, dialog.serverButton()->height() / 2));
    REQUIRE(dialog.serverButton()->isChecked());
    test::typeText(dialog.addressEdit(), QStringLiteral("postgresql://liisa@db.vaasa.fi/kotoplan"));
    clickOk(dialog);

    CHECK(dialog.isVisible());
    CHECK(dialog.problemLabel()->isVisible());
    CHECK(dialog.problemLabel()->text().contains(
        QStringLiteral("The server db.vaasa.fi is on another machine, so Kotoplan connects to it "
                       "only over an encrypted connection (TLS)")));
    CHECK(dialog.problemLabel()->text().contains(QStringLiteral("?sslmode=verify-full")));
    CHECK(storedSettings() == before);
    test::saveScreenshot(dialog, QStringLiteral("settings-plain-connection-refused"));
}

TEST_CASE("Settings: a database that does not open keeps the dialog open, nothing stored",
          "[settings]")
{
    const SettingsGuard guard;
    const QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    REQUIRE(test::writeFile(text, "Meeting notes\n"));
    const QString before = storedSettings();
    SettingsDialog dialog;
    showDialog(dialog);
    test::typeText(dialog.nameEdit(), QStringLiteral("Liisa"));
    test::typeText(dialog.pathEdit(), text);
    clickOk(dialog);
    CHECK(dialog.isVisible());
    CHECK(dialog.problemLabel()->text().contains(QStringLiteral("is not a Kotoplan database")));
    CHECK(storedSettings() == before);
    CHECK(test::fileBytes(text) == "Meeting notes\n");
    CHECK_FALSE(dialog.takeOpenedDatabase());
}

TEST_CASE("Settings: when the window cannot save its plan, nothing switches or is stored",
          "[settings]")
{
    const SettingsGuard guard;
    const QTemporaryDir dir;
    const QString before = storedSettings();
    SettingsDialog dialog;
    int asked = 0;
    dialog.setBeforeSwitch([&asked] {
        ++asked;
        return false;
    });
    showDialog(dialog);
    test::typeText(dialog.pathEdit(), dir.filePath(QStringLiteral("team.sqlite")));
    clickOk(dialog);
    CHECK(asked == 1);
    CHECK(dialog.isVisible());
    CHECK(dialog.problemLabel()->text().contains(QStringLiteral("not switched")));
    CHECK(storedSettings() == before);
    CHECK_FALSE(dialog.takeOpenedDatabase());
}

TEST_CASE("Settings: Test connection shows what a file holds, and changes nothing", "[settings]")
{
    const SettingsGuard guard;
    test::TempDatabase db;
    const QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    REQUIRE(test::writeFile(text, "Meeting notes\n"));
    SettingsDialog dialog;
    showDialog(dialog);
    CHECK_FALSE(dialog.testResultLabel()->isVisible());

    test::typeText(dialog.pathEdit(), db.path());
    QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
    CHECK(dialog.testResultLabel()->isVisible());
    CHECK(dialog.testResultLabel()->text() ==
          QStringLiteral("Test passed. %1 opens: a Kotoplan database of version %2.")
              .arg(QDir::toNativeSeparators(db.path()))
              .arg(Database::latestSchemaVersion()));

    // Typing again takes the old result away.
    replaceText(dialog.pathEdit(), text);
    CHECK_FALSE(dialog.testResultLabel()->isVisible());
    QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
    CHECK(dialog.testResultLabel()->text().startsWith(QStringLiteral("Test failed. ")));
    CHECK(dialog.testResultLabel()->text().contains(QStringLiteral("is not a Kotoplan database")));
    CHECK(test::fileBytes(text) == "Meeting notes\n");
    CHECK(DatabaseLocation::configured().isEmpty());
}

TEST_CASE("Settings: Cancel stores nothing that was typed", "[settings]")
{
    const SettingsGuard guard;
    officer::setName(QStringLiteral("Liisa"));
    DatabaseLocation::setConfigured(QStringLiteral("/srv/kotoplan/team.sqlite"));
    const QString before = storedSettings();
    const QTemporaryDir dir;
    SettingsDialog dialog;
    showDialog(dialog);
    replaceText(dialog.nameEdit(), QStringLiteral("Matti"));
    test::typeText(dialog.organisationEdit(), QStringLiteral("Vaasa"));
    replaceText(dialog.pathEdit(), dir.filePath(QStringLiteral("other.sqlite")));
    QTest::mouseClick(dialog.buttonBox()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Rejected);
    CHECK(storedSettings() == before);
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("other.sqlite"))));
}

TEST_CASE("Settings: Browse… puts the chosen file in the field, and OK stores and opens it",
          "[settings]")
{
    const SettingsGuard guard;
    const QTemporaryDir dir;
    const QString chosen = dir.filePath(QStringLiteral("chosen.sqlite"));
    SettingsDialog dialog;
    showDialog(dialog);
    auto *browse = dialog.findChild<QPushButton *>(QStringLiteral("browseButton"));
    REQUIRE(browse);
    REQUIRE(browse->isEnabled());

    // Cancelled: the field stays as it was.
    FileDialogs::setNextAnswer(QString());
    QTest::mouseClick(browse, Qt::LeftButton);
    CHECK(dialog.pathEdit()->text().isEmpty());
    // The dialog starts at the program's own file when the field is empty.
    CHECK(FileDialogs::lastSuggestion() == Database::defaultPath());

    FileDialogs::setNextAnswer(chosen);
    QTest::mouseClick(browse, Qt::LeftButton);
    CHECK(dialog.pathEdit()->text() == QDir::toNativeSeparators(chosen));
    CHECK(DatabaseLocation::configured().isEmpty()); // nothing stored before OK
    clickOk(dialog);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(DatabaseLocation::configured() == chosen);
    const std::unique_ptr<Database> opened = dialog.takeOpenedDatabase();
    REQUIRE(opened);
    CHECK(opened->path() == chosen);
    CHECK(QFileInfo::exists(chosen));

    // Browsing again starts at the file in the field.
    SettingsDialog again;
    showDialog(again);
    FileDialogs::setNextAnswer(QString());
    QTest::mouseClick(again.findChild<QPushButton *>(QStringLiteral("browseButton")),
                      Qt::LeftButton);
    CHECK(FileDialogs::lastSuggestion() == chosen);
    CHECK(again.pathEdit()->text() == chosen);
}

TEST_CASE("Settings: with --database the window keeps it, and the choice is for the next start",
          "[settings]")
{
    const SettingsGuard guard;
    const QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("next.sqlite"));
    SettingsDialog dialog;
    dialog.setCommandLineDatabase(QStringLiteral("/tmp/given.sqlite"));
    bool asked = false;
    dialog.setBeforeSwitch([&asked] {
        asked = true;
        return true;
    });
    showDialog(dialog);
    CHECK(dialog.commandLineLabel()->isVisible());
    CHECK(dialog.commandLineLabel()->text().contains(QStringLiteral("/tmp/given.sqlite")));
    CHECK(dialog.commandLineLabel()->text().contains(QStringLiteral("next start")));
    test::typeText(dialog.pathEdit(), path);
    clickOk(dialog);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(DatabaseLocation::configured() == path);
    CHECK_FALSE(asked);
    CHECK_FALSE(dialog.takeOpenedDatabase());
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("Settings in Finnish and Swedish: no English text that has a translation",
          "[settings][language]")
{
    const SettingsGuard guard;
    test::TempDatabase db;
    for (const QString &language : {QStringLiteral("fi"), QStringLiteral("sv")}) {
        translations::installUiLanguage(language);
        SettingsDialog dialog;
        dialog.setCommandLineDatabase(db.path());
        showDialog(dialog);
        test::typeText(dialog.pathEdit(), db.path());
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        dialog.adjustSize();
        test::saveScreenshot(dialog, QStringLiteral("settings-dialog-%1").arg(language));
        const QSet<QString> untranslated = test::translatedSources(language);
        for (const QString &text : test::uiTexts(dialog)) {
            INFO(language.toStdString() << ": " << text);
            CHECK_FALSE(untranslated.contains(text));
        }
        CHECK(dialog.testButton()->text() != QStringLiteral("&Test connection"));
        // Switched back while open, the dialog follows.
        translations::installUiLanguage(QStringLiteral("en"));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        CHECK(dialog.testButton()->text() == QStringLiteral("&Test connection"));
        CHECK(dialog.windowTitle() == QStringLiteral("Settings"));
    }
}
