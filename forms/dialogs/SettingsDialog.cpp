// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "dialogs/SettingsDialog.h"

#include "dialogs/FileDialogs.h"
#include "settings/DatabaseLocation.h"
#include "settings/OfficerSettings.h"
#include "storage/Database.h"
#include "ui_SettingsDialog.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLayout>
#include <QPushButton>

namespace kotoplan {

namespace {

// Opening a server or checking a large file takes a moment: the pointer says so.
class WaitCursor
{
public:
    WaitCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QGuiApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor &) = delete;
    WaitCursor &operator=(const WaitCursor &) = delete;
};

} // namespace

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    // The dialog takes the height its wrapped help texts and messages need, also when a message
    // comes or goes while it is open.
    layout()->setSizeConstraint(QLayout::SetFixedSize);
    // Wide enough for the example address whole, the width a real one takes.
    const QFontMetrics metrics = m_ui->addressEdit->fontMetrics();
    m_ui->addressEdit->setMinimumWidth(
        metrics.horizontalAdvance(m_ui->addressEdit->placeholderText()) +
        4 * metrics.averageCharWidth());
    for (QLabel *help : {m_ui->youHelpLabel, m_ui->addressHelpLabel})
        help->setForegroundRole(QPalette::PlaceholderText);
    QPalette colours = m_ui->problemLabel->palette();
    colours.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
    m_ui->problemLabel->setPalette(colours);
    m_ui->problemLabel->hide();
    m_ui->testResultLabel->hide();
    m_ui->commandLineLabel->hide();

    m_ui->nameEdit->setText(officer::name());
    m_ui->organisationEdit->setText(officer::organisation());
    const QString configured = DatabaseLocation::configured();
    if (DatabaseLocation::isServer(configured)) {
        m_ui->serverButton->setChecked(true);
        m_ui->addressEdit->setText(configured);
    } else {
        m_ui->fileButton->setChecked(true);
        m_ui->pathEdit->setText(QDir::toNativeSeparators(configured));
    }
    updateEnabled();
    retranslate();

    connect(m_ui->fileButton, &QAbstractButton::toggled, this, &SettingsDialog::updateEnabled);
    connect(m_ui->browseButton, &QAbstractButton::clicked, this, &SettingsDialog::browse);
    connect(m_ui->testButton, &QAbstractButton::clicked, this, &SettingsDialog::testConnection);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    // A result or a refusal is about what was typed before: it goes once the text changes.
    for (QLineEdit *edit : {m_ui->pathEdit, m_ui->addressEdit}) {
        connect(edit, &QLineEdit::textEdited, m_ui->testResultLabel, &QLabel::hide);
        connect(edit, &QLineEdit::textEdited, m_ui->problemLabel, &QLabel::hide);
    }
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::setCommandLineDatabase(const QString &shown)
{
    m_commandLineDatabase = shown;
    m_ui->commandLineLabel->setVisible(!shown.isEmpty());
    retranslate();
}

void SettingsDialog::setBeforeSwitch(std::function<bool()> beforeSwitch)
{
    m_beforeSwitch = std::move(beforeSwitch);
}

void SettingsDialog::retranslate()
{
    m_ui->pathEdit->setPlaceholderText(tr("Empty: Kotoplan's own file, %1")
                                           .arg(QDir::toNativeSeparators(Database::defaultPath())));
    if (!m_commandLineDatabase.isEmpty())
        m_ui->commandLineLabel->setText(
            tr("This window uses the database given on the command line (--database): %1. "
               "What you choose here is stored for the next start without --database.")
                .arg(QDir::toNativeSeparators(m_commandLineDatabase)));
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        m_ui->testResultLabel->hide();
        m_ui->problemLabel->hide();
    }
    QDialog::changeEvent(event);
}

void SettingsDialog::updateEnabled()
{
    const bool file = m_ui->fileButton->isChecked();
    m_ui->pathEdit->setEnabled(file);
    m_ui->browseButton->setEnabled(file);
    m_ui->addressEdit->setEnabled(!file);
    m_ui->testResultLabel->hide();
    m_ui->problemLabel->hide();
}

QString SettingsDialog::location() const
{
    return m_ui->fileButton->isChecked()
               ? QDir::fromNativeSeparators(m_ui->pathEdit->text().trimmed())
               : m_ui->addressEdit->text().trimmed();
}

QString SettingsDialog::locationProblem() const
{
    if (m_ui->serverButton->isChecked() && location().isEmpty())
        return tr("Type the server's address, or choose a file on this computer.");
    return DatabaseLocation::problem(location());
}

void SettingsDialog::showProblem(const QString &text)
{
    m_ui->problemLabel->setText(text);
    m_ui->problemLabel->show();
    QLineEdit *field = m_ui->fileButton->isChecked() ? m_ui->pathEdit : m_ui->addressEdit;
    field->setFocus();
}

void SettingsDialog::browse()
{
    const QString current = location().isEmpty() ? Database::defaultPath() : location();
    const QString path = FileDialogs::saveFileName(this, tr("Database file"), current,
                                                   tr("Kotoplan databases (*.sqlite)"),
                                                   QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    m_ui->pathEdit->setText(QDir::toNativeSeparators(path));
    m_ui->testResultLabel->hide();
    m_ui->problemLabel->hide();
}

void SettingsDialog::testConnection()
{
    m_ui->problemLabel->hide();
    DatabaseLocation::TestResult result;
    if (const QString why = locationProblem(); !why.isEmpty()) {
        result = {false, why};
    } else {
        const WaitCursor wait;
        result = DatabaseLocation::test(location());
    }
    m_ui->testResultLabel->setText(result.ok ? tr("Test passed. %1").arg(result.message)
                                             : tr("Test failed. %1").arg(result.message));
    m_ui->testResultLabel->show();
}

bool SettingsDialog::openChosen(const QString &chosen)
{
    auto database = std::make_unique<Database>();
    Database::OpenResult opened;
    {
        const WaitCursor wait;
        opened = database->open(DatabaseLocation::resolve(chosen), Database::Mode::ReadWrite,
                                Database::Checks::Deferred);
    }
    if (!opened.ok()) {
        showProblem(opened.message);
        return false;
    }
    if (m_beforeSwitch && !m_beforeSwitch()) {
        showProblem(tr("The database was not switched: your latest changes in the open plan are "
                       "not saved yet."));
        return false;
    }
    m_opened = std::move(database);
    m_openWarning = opened.warning;
    return true;
}

void SettingsDialog::accept()
{
    m_ui->problemLabel->hide();
    const QString chosen = location();
    if (const QString why = locationProblem(); !why.isEmpty()) {
        showProblem(why);
        return;
    }
    // With --database this window stays on the command line's database.
    const bool switching = m_commandLineDatabase.isEmpty() &&
                           !DatabaseLocation::sameDatabase(chosen, DatabaseLocation::configured());
    if (switching && !openChosen(chosen))
        return;
    officer::setName(m_ui->nameEdit->text());
    officer::setOrganisation(m_ui->organisationEdit->text());
    DatabaseLocation::setConfigured(chosen);
    QDialog::accept();
}

std::unique_ptr<Database> SettingsDialog::takeOpenedDatabase()
{
    return std::move(m_opened);
}

QLineEdit *SettingsDialog::nameEdit() const
{
    return m_ui->nameEdit;
}

QLineEdit *SettingsDialog::organisationEdit() const
{
    return m_ui->organisationEdit;
}

QAbstractButton *SettingsDialog::fileButton() const
{
    return m_ui->fileButton;
}

QAbstractButton *SettingsDialog::serverButton() const
{
    return m_ui->serverButton;
}

QLineEdit *SettingsDialog::pathEdit() const
{
    return m_ui->pathEdit;
}

QLineEdit *SettingsDialog::addressEdit() const
{
    return m_ui->addressEdit;
}

QAbstractButton *SettingsDialog::testButton() const
{
    return m_ui->testButton;
}

QLabel *SettingsDialog::testResultLabel() const
{
    return m_ui->testResultLabel;
}

QLabel *SettingsDialog::problemLabel() const
{
    return m_ui->problemLabel;
}

QLabel *SettingsDialog::commandLineLabel() const
{
    return m_ui->commandLineLabel;
}

QDialogButtonBox *SettingsDialog::buttonBox() const
{
    return m_ui->buttonBox;
}

} // namespace kotoplan
