// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class SettingsDialog;
}

class QAbstractButton;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace kotoplan {

class Database;

// Edit > Settings…: the officer's name and organisation, and the database, a file on this
// computer or a shared PostgreSQL server (DatabaseLocation). OK opens a newly chosen database
// before it stores anything: one that does not open leaves the dialog open with the reason and
// every setting as it was. Cancel stores nothing.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // The window runs on a database named by --database (shown as given): the dialog says so,
    // and a new choice is stored for the next start without switching this window.
    void setCommandLineDatabase(const QString &shown);
    // Runs on OK once another database has opened, before anything is stored: saves the
    // window's open plan. False keeps the dialog open with nothing stored.
    void setBeforeSwitch(std::function<bool()> beforeSwitch);

    // The location chosen: a file path (empty for the program's own file) or an address.
    QString location() const;
    // After OK chose another database: it, open and up to date, for the window to switch to;
    // null when the database stays.
    std::unique_ptr<Database> takeOpenedDatabase();
    QString openWarning() const { return m_openWarning; }

    QLineEdit *nameEdit() const;
    QLineEdit *organisationEdit() const;
    QAbstractButton *fileButton() const;
    QAbstractButton *serverButton() const;
    QLineEdit *pathEdit() const;
    QLineEdit *addressEdit() const;
    QAbstractButton *testButton() const;
    QLabel *testResultLabel() const;
    QLabel *problemLabel() const;
    QLabel *commandLineLabel() const;
    QDialogButtonBox *buttonBox() const;

public Q_SLOTS:
    void accept() override;
    void testConnection();
    void browse();

protected:
    // On QEvent::LanguageChange: the texts again; a result shown in the old language goes.
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateEnabled();
    void showProblem(const QString &text);
    // Why location() cannot be used, the checks of DatabaseLocation::problem and an empty address.
    QString locationProblem() const;
    bool openChosen(const QString &location);

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    std::function<bool()> m_beforeSwitch;
    std::unique_ptr<Database> m_opened;
    QString m_openWarning;
    QString m_commandLineDatabase;
};

} // namespace kotoplan
