// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>

#include <memory>

class QAction;

namespace kotoplan {

class Database;
class MainWindow;

// Edit > Settings…: opens the Settings dialog over the main window. When OK chose another
// database, the dialog has opened it and the window has saved its plan: switchRequested()
// then asks WindowRunner to bring up a new window on it.
class SettingsActions : public QObject
{
    Q_OBJECT

public:
    explicit SettingsActions(MainWindow *window);
    ~SettingsActions() override;

    QAction *settingsAction() const { return m_settings; }
    // The window's database came from --database, shown as this: the dialog switches nothing.
    void setCommandLineDatabase(const QString &shown) { m_commandLineDatabase = shown; }
    // After switchRequested(): the database to switch to, open, and its open()'s warning.
    std::unique_ptr<Database> takeNextDatabase();
    QString nextWarning() const { return m_nextWarning; }

public Q_SLOTS:
    void editSettings();

Q_SIGNALS:
    void switchRequested();

protected:
    // On QEvent::LanguageChange, which it gets as a child of the main window: its texts again.
    bool event(QEvent *event) override;

private:
    void retranslate();

    MainWindow *m_window;
    QAction *m_settings;
    QString m_commandLineDatabase;
    std::unique_ptr<Database> m_next;
    QString m_nextWarning;
};

} // namespace kotoplan
