// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "actions/LanguageActions.h"

#include "i18n/Translations.h"

#include <QAction>
#include <QActionGroup>
#include <QEvent>
#include <QMenu>
#include <QMenuBar>

namespace kotoplan {

LanguageActions::LanguageActions(QWidget *window)
    : QObject(window)
    , m_menu(new QMenu(window))
    , m_group(new QActionGroup(this))
{
    m_menu->setObjectName(QStringLiteral("languageMenu"));
    m_group->setExclusive(true);
    for (const QString &code : translations::languages()) {
        QAction *action = m_menu->addAction(translations::nativeName(code));
        action->setObjectName(QStringLiteral("language_%1").arg(code));
        action->setCheckable(true);
        action->setData(code);
        m_group->addAction(action);
    }
    connect(m_group, &QActionGroup::triggered, this,
            [this](QAction *action) { choose(action->data().toString()); });
    retranslate();
}

void LanguageActions::addTo(QMenuBar *menuBar)
{
    menuBar->addMenu(m_menu);
}

void LanguageActions::choose(const QString &language)
{
    translations::switchUiLanguage(language);
    retranslate();
}

void LanguageActions::retranslate()
{
    // The title in the UI language and in English: whoever cannot read the one finds the other.
    const QString title = tr("&Language");
    m_menu->setTitle(translations::uiLanguage() == QLatin1String("en")
                         ? title
                         : QStringLiteral("%1 (Language)").arg(title));
    for (QAction *action : m_group->actions())
        action->setChecked(action->data().toString() == translations::uiLanguage());
}

bool LanguageActions::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::event(event);
}

} // namespace kotoplan
