// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "actions/HelpActions.h"

#include "dialogs/GuideDialog.h"
#include "dialogs/MessageBox.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QUrl>

namespace kotoplan {

HelpActions::HelpActions(QSqlDatabase db, QWidget *window)
    : QObject(window)
    , m_db(std::move(db))
    , m_window(window)
    , m_menu(new QMenu(window))
    , m_guide(m_menu->addAction(QString()))
    , m_about(m_menu->addAction(QString()))
{
    m_menu->setObjectName(QStringLiteral("helpMenu"));
    m_guide->setShortcut(QKeySequence::HelpContents);
    m_guide->setIcon(QIcon::fromTheme(QStringLiteral("help-contents")));
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_guide, &QAction::triggered, this, &HelpActions::showGuide);
    connect(m_about, &QAction::triggered, this, &HelpActions::showAbout);
    retranslate();
}

void HelpActions::addTo(QMenuBar *menuBar)
{
    menuBar->addMenu(m_menu);
}

void HelpActions::retranslate()
{
    m_menu->setTitle(tr("&Help"));
    m_guide->setText(tr("&User guide"));
    m_about->setText(tr("&About Kotoplan"));
}

bool HelpActions::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::event(event);
}

GuideDialog *HelpActions::guideDialog() const
{
    return m_guideDialog;
}

void HelpActions::showGuide()
{
    if (!m_guideDialog) {
        m_guideDialog = new GuideDialog(m_window);
        m_guideDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_guideDialog->show();
    m_guideDialog->raise();
    m_guideDialog->activateWindow();
}

QString HelpActions::aboutText() const
{
    // A database on a server by its address without the password; a file by its path.
    const QString name = m_db.databaseName();
    const QString database =
        m_db.driverName() == QLatin1String("QPSQL")
            ? QStringLiteral("postgresql://%1@%2/%3").arg(m_db.userName(), m_db.hostName(), name)
        : name.startsWith(QLatin1String("file:"))
            ? QDir::toNativeSeparators(QUrl(name).toLocalFile())
            : QDir::toNativeSeparators(name);
    return tr("Kotoplan %1\n\nIntegration plans for municipal integration officers.\n\n"
              "Licence: EUPL-1.2 (European Union Public Licence)\n\nDatabase in use:\n%2")
        .arg(QCoreApplication::applicationVersion(), database);
}

void HelpActions::showAbout()
{
    MessageBox::information(m_window, tr("About Kotoplan"), aboutText());
}

} // namespace kotoplan
