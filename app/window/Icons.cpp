// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "window/Icons.h"

namespace kotoplan::icons {

namespace {
QString resourcePath(const QString &name)
{
    return QStringLiteral(":/kotoplan/icons/%1.svg").arg(name);
}
} // namespace

QStringList names()
{
    return {QStringLiteral("contact-new"),
            QStringLiteral("document-import"),
            QStringLiteral("document-new"),
            QStringLiteral("document-print"),
            QStringLiteral("document-print-preview"),
            QStringLiteral("document-save-as"),
            QStringLiteral("document-send"),
            QStringLiteral("preferences-system"),
            QStringLiteral("video-display"),
            QStringLiteral("view-list-details")};
}

QIcon named(const QString &name)
{
    Q_ASSERT(names().contains(name));
    return QIcon::fromTheme(name, QIcon(resourcePath(name)));
}

QIcon application()
{
    return QIcon(resourcePath(QStringLiteral("kotoplan")));
}

} // namespace kotoplan::icons
