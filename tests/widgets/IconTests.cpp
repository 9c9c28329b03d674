// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "window/Icons.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QMenu>
#include <QPixmap>
#include <QTemporaryDir>
#include <QToolBar>

#include <catch2/catch.hpp>

using namespace kotoplan;

namespace {

// The icon theme of the whole test process, put back at the end of a test.
class IconThemeGuard
{
public:
    IconThemeGuard()
        : m_name(QIcon::themeName())
        , m_fallback(QIcon::fallbackThemeName())
        , m_paths(QIcon::themeSearchPaths())
    {}
    ~IconThemeGuard()
    {
        QIcon::setThemeSearchPaths(m_paths);
        QIcon::setFallbackThemeName(m_fallback);
        QIcon::setThemeName(m_name);
    }
    IconThemeGuard(const IconThemeGuard &) = delete;
    IconThemeGuard &operator=(const IconThemeGuard &) = delete;

    // A desktop without any icon theme, as a bare X session or Windows.
    void noTheme()
    {
        QIcon::setThemeSearchPaths({});
        QIcon::setFallbackThemeName(QStringLiteral("kotoplan-test-no-fallback"));
        QIcon::setThemeName(QStringLiteral("kotoplan-test-no-theme"));
    }

private:
    QString m_name;
    QString m_fallback;
    QStringList m_paths;
};

// Drawn: some pixel is not transparent (an icon without its SVG engine draws nothing).
bool drawsSomething(const QIcon &icon)
{
    const QImage image = icon.pixmap(24, 24).toImage();
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qAlpha(image.pixel(x, y)) > 0)
                return true;
        }
    }
    return false;
}

} // namespace

TEST_CASE("Without a desktop icon theme every toolbar button shows the program's own icon",
          "[widgets]")
{
    IconThemeGuard theme;
    theme.noTheme();
    test::TempDatabase db;
    MainWindow window(db.connection());
    window.resize(1366, 768);
    window.show();

    int buttons = 0;
    for (const QToolBar *toolBar : window.findChildren<QToolBar *>()) {
        for (QAction *action : toolBar->actions()) {
            // A menu's button names its current choice in words (the print language).
            if (action->isSeparator() || action->text().isEmpty() || action->menu<QMenu *>())
                continue;
            INFO(action->text().toStdString());
            CHECK(drawsSomething(action->icon()));
            ++buttons;
        }
    }
    CHECK(buttons >= 5);
    for (const QString &name : icons::names()) {
        INFO(name.toStdString());
        CHECK(icons::named(name).name().isEmpty()); // the program's own, not a theme's
        CHECK(drawsSomething(icons::named(name)));
    }
    test::saveScreenshot(window, QStringLiteral("main-window-without-icon-theme"));
}

TEST_CASE("The desktop theme's icon comes first where the theme has one", "[widgets]")
{
    IconThemeGuard theme;
    // A theme that has a printer icon and nothing else.
    QTemporaryDir themes;
    REQUIRE(themes.isValid());
    const QString root = themes.filePath(QStringLiteral("kotoplan-test"));
    REQUIRE(QDir().mkpath(root + QStringLiteral("/24x24/actions")));
    QFile index(root + QStringLiteral("/index.theme"));
    REQUIRE(index.open(QIODevice::WriteOnly));
    index.write("[Icon Theme]\nName=kotoplan-test\nDirectories=24x24/actions\n\n"
                "[24x24/actions]\nSize=24\nType=Fixed\n");
    index.close();
    QImage printer(24, 24, QImage::Format_ARGB32);
    printer.fill(Qt::red);
    REQUIRE(printer.save(root + QStringLiteral("/24x24/actions/document-print.png")));
    QIcon::setThemeSearchPaths({themes.path()});
    QIcon::setThemeName(QStringLiteral("kotoplan-test"));

    CHECK(icons::named(QStringLiteral("document-print")).name() ==
          QStringLiteral("document-print"));
    CHECK(icons::named(QStringLiteral("document-print")).pixmap(24, 24).toImage().pixel(12, 12) ==
          QColor(Qt::red).rgba());
    // What the theme lacks, the program has.
    CHECK(icons::named(QStringLiteral("document-new")).name().isEmpty());
    CHECK(drawsSomething(icons::named(QStringLiteral("document-new"))));
}

TEST_CASE("Kotoplan's own icon is there for its windows", "[widgets]")
{
    CHECK(drawsSomething(icons::application()));
}
