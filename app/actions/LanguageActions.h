// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>

class QActionGroup;
class QMenu;
class QMenuBar;
class QWidget;

namespace kotoplan {

// The Language menu: Suomi, Svenska, English, each named in its own language so that anyone
// finds theirs. A choice switches the whole UI at once and is remembered for the next start;
// the printed plan keeps its own language (PrintActions).
class LanguageActions : public QObject
{
    Q_OBJECT

public:
    explicit LanguageActions(QWidget *window);

    void addTo(QMenuBar *menuBar);
    QMenu *menu() const { return m_menu; }
    // Switches the UI as the menu does.
    void choose(const QString &language);

protected:
    // On QEvent::LanguageChange, which it gets as a child of the main window: its texts again.
    bool event(QEvent *event) override;

private:
    void retranslate();

    QMenu *m_menu;
    QActionGroup *m_group;
};

} // namespace kotoplan
