// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "WidgetTestSupport.h"

#include <QDir>
#include <QTest>
#include <QWidget>

namespace kotoplan::test {

void typeText(QWidget *widget, const QString &text)
{
    widget->setFocus();
    for (const QChar ch : text) {
        if (ch.unicode() < 0x80 && ch.isPrint())
            QTest::keyClick(widget, ch.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
}

bool showActive(QWidget &window)
{
    window.resize(1366, 768);
    window.show();
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window);
}

QString saveScreenshot(QWidget &widget, const QString &name)
{
    const QString folder = QStringLiteral(KOTOPLAN_SCREENSHOT_DIR);
    QDir().mkpath(folder);
    const QString path = folder + QLatin1Char('/') + name + QStringLiteral(".png");
    widget.grab().save(path);
    return path;
}

} // namespace kotoplan::test
