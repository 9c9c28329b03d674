// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "actions/SettingsActions.h"

#include "dialogs/SettingsDialog.h"
#include "storage/Database.h"
#include "window/Icons.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QEvent>
#include <QKeySequence>

namespace kotoplan {

SettingsActions::SettingsActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_settings(new QAction(this))
{
    m_settings->setShortcut(QKeySequence::Preferences);
    m_settings->setMenuRole(QAction::PreferencesRole);
    m_settings->setIcon(icons::named(QStringLiteral("preferences-system")));
    connect(m_settings, &QAction::triggered, this, &SettingsActions::editSettings);
    retranslate();
}

SettingsActions::~SettingsActions() = default;

void SettingsActions::retranslate()
{
    m_settings->setText(tr("&Settings…"));
    m_settings->setToolTip(tr("Your name and organisation, and the database Kotoplan works on"));
}

bool SettingsActions::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::event(event);
}

void SettingsActions::editSettings()
{
    SettingsDialog dialog(m_window);
    dialog.setCommandLineDatabase(m_commandLineDatabase);
    dialog.setBeforeSwitch([this] { return m_window->finishWork(); });
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_next = dialog.takeOpenedDatabase();
    if (!m_next)
        return;
    m_nextWarning = dialog.openWarning();
    Q_EMIT switchRequested();
}

std::unique_ptr<Database> SettingsActions::takeNextDatabase()
{
    return std::move(m_next);
}

} // namespace kotoplan
