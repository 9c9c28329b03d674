// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "i18n/Translations.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTreeView>

#include <catch2/catch.hpp>

#include <map>
#include <memory>

using namespace kotoplan;

namespace {

// The UI's language for one test, English again at its end.
class UiLanguage
{
public:
    explicit UiLanguage(const QString &language) { translations::installUiLanguage(language); }
    ~UiLanguage() { translations::installUiLanguage(QStringLiteral("en")); }
    UiLanguage(const UiLanguage &) = delete;
    UiLanguage &operator=(const UiLanguage &) = delete;
};

QStringList labelTexts(const QWidget &dialog)
{
    QStringList texts;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        texts.append(label->text());
    for (const QGroupBox *box : dialog.findChildren<QGroupBox *>())
        texts.append(box->title());
    return texts;
}

struct Expected
{
    QString lookIn;
    QString fileName;
    QString save;
    QString nameColumn;
    QString printer;
    QString copies;
    QString paste;
};

} // namespace

TEST_CASE("Qt's own file and print dialogs speak the UI's language, Swedish too", "[language]")
{
    const std::map<QString, Expected> expected{
        {QStringLiteral("sv"),
         {QStringLiteral("Leta i:"), QStringLiteral("Fil&namn:"), QStringLiteral("&Spara"),
          QStringLiteral("Namn"), QStringLiteral("Skrivare"), QStringLiteral("Kopior:"),
          QStringLiteral("Klistra &in")}},
        {QStringLiteral("fi"),
         {QStringLiteral("Lähde:"), QStringLiteral("Tiedosto&nimi:"), QString(),
          QStringLiteral("Nimi"), QStringLiteral("Tulostin"), QStringLiteral("Kopioita:"),
          QString()}},
        {QStringLiteral("en"),
         {QStringLiteral("Look in:"), QStringLiteral("File &name:"), QStringLiteral("&Save"),
          QStringLiteral("Name"), QStringLiteral("Printer"), QStringLiteral("Copies:"),
          QStringLiteral("&Paste")}},
    };
    for (const auto &[language, texts] : expected) {
        INFO(language.toStdString());
        const UiLanguage ui(language);

        // Qt's own file dialog, as on a desktop without a native one.
        QFileDialog files(nullptr, QString(), QDir::tempPath());
        files.setOption(QFileDialog::DontUseNativeDialog);
        files.setAcceptMode(QFileDialog::AcceptSave);
        const QStringList fileLabels = labelTexts(files);
        CHECK(fileLabels.contains(texts.lookIn));
        CHECK(fileLabels.contains(texts.fileName));
        if (!texts.save.isEmpty()) {
            auto *buttons = files.findChild<QDialogButtonBox *>();
            REQUIRE(buttons);
            CHECK(buttons->button(QDialogButtonBox::Save)->text() == texts.save);
        }
        auto *details = files.findChild<QTreeView *>();
        REQUIRE(details);
        CHECK(details->model()->headerData(0, Qt::Horizontal).toString() == texts.nameColumn);

        QPrinter printer;
        QPrintDialog print(&printer);
        const QStringList printLabels = labelTexts(print);
        CHECK(printLabels.contains(texts.printer));
        CHECK(printLabels.contains(texts.copies));

        // The menu of a text field, which the officer opens with the right mouse button.
        if (!texts.paste.isEmpty()) {
            QLineEdit field;
            const std::unique_ptr<QMenu> menu(field.createStandardContextMenu());
            QStringList entries;
            for (const QAction *action : menu->actions())
                entries.append(action->text().section(QLatin1Char('\t'), 0, 0));
            CHECK(entries.contains(texts.paste));
        }
    }
}
