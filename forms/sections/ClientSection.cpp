// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "sections/ClientSection.h"

#include "domain/ClientCodes.h"
#include "domain/DateText.h"
#include "editor/CodePicker.h"
#include "editor/FieldWidgets.h"
#include "fields/ClientFields.h"
#include "i18n/LocaleNames.h"
#include "i18n/Translations.h"
#include "ui_ClientSection.h"

#include <QLocale>

#include <QEvent>

namespace kotoplan {

namespace {
const char *const invalidProperty = "kotoplanInvalid";
// The `field` property of the inputs, as the core's problems name the client's fields.
const QString fieldPrefix = QStringLiteral("client.");
} // namespace

ClientSection::ClientSection(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ClientSection>())
{
    m_ui->setupUi(this);
    m_ui->problemsLabel->setVisible(false);
    m_ui->problemsLabel->setStyleSheet(QStringLiteral("color: #a93226;"));
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textEdited, this, &ClientSection::edited);
    using Kind = CodeSuggestionModel::Kind;
    new CodePicker(m_ui->motherTonguesEdit, Kind::Language, true);
    new CodePicker(m_ui->citizenshipsEdit, Kind::Country, true);
    new CodePicker(m_ui->contactLanguageEdit, Kind::Language, false);
    m_motherTongueNames = addNamesRow(m_ui->motherTonguesEdit);
    m_citizenshipNames = addNamesRow(m_ui->citizenshipsEdit);
    m_contactLanguageNames = addNamesRow(m_ui->contactLanguageEdit);
}

// Under a field that takes codes, what they stand for in the UI language: "arabia, kurdi".
QLabel *ClientSection::addNamesRow(QLineEdit *edit)
{
    auto *label = new QLabel(this);
    label->setObjectName(
        edit->objectName().replace(QStringLiteral("Edit"), QStringLiteral("Names")));
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setVisible(false);
    int row = 0;
    QFormLayout::ItemRole role = QFormLayout::FieldRole;
    m_ui->formLayout->getWidgetPosition(edit, &row, &role);
    m_ui->formLayout->insertRow(row + 1, nullptr, label);
    connect(edit, &QLineEdit::textChanged, this, &ClientSection::showNames);
    return label;
}

void ClientSection::showNames()
{
    const QString language = translations::languageFor(QLocale());
    const auto show = [](QLabel *label, const QStringList &codes,
                         QString (*name)(const QString &, const QString &),
                         const QString &inLanguage) {
        QStringList names;
        for (const QString &code : codes) {
            const QString known = name(code, inLanguage);
            if (!known.isEmpty())
                names.append(known);
        }
        label->setText(names.join(QStringLiteral(", ")));
        label->setVisible(!names.isEmpty());
    };
    show(m_motherTongueNames,
         fieldWidgets::typed(m_ui->motherTonguesEdit, FieldType::List).toStringList(),
         &localeNames::language, language);
    show(m_citizenshipNames,
         fieldWidgets::typed(m_ui->citizenshipsEdit, FieldType::List).toStringList(),
         &localeNames::country, language);
    show(m_contactLanguageNames, {m_ui->contactLanguageEdit->text().trimmed()},
         &localeNames::language, language);
}

ClientSection::~ClientSection() = default;

void ClientSection::setClient(const Client &client)
{
    m_client = client;
    fieldWidgets::fill(this, ClientFields::rules(), client, fieldPrefix);
    // Kept in international form, shown grouped.
    m_ui->phoneEdit->setText(clientCodes::groupedPhone(client.phone));
    showProblems({});
}

Client ClientSection::client() const
{
    Client client = m_client;
    fieldWidgets::read(this, ClientFields::rules(), client, fieldPrefix);
    client.contactLanguage = client.contactLanguage.trimmed();
    client.postalCode = client.postalCode.trimmed();
    // Shown grouped, kept in international form, as the store keeps it.
    client.phone = clientCodes::phone(m_ui->phoneEdit->text());
    return client;
}

Problems ClientSection::problems(QDate today) const
{
    Problems typing;
    const auto checkDate = [&typing](const QLineEdit *edit, const char *field) {
        if (!dateText::parseDate(edit->text()))
            typing.append({QString::fromLatin1(field),
                           tr("Type the date as day.month.year, for example 23.11.2026.")});
    };
    checkDate(m_ui->dateOfBirthEdit, "client.dateOfBirth");
    checkDate(m_ui->firstPermitDateEdit, "client.firstPermitDate");
    if (!dateText::parseYearMonth(m_ui->arrivedInFinlandEdit->text()))
        typing.append({QStringLiteral("client.arrivedInFinland"),
                       tr("Type the month and year as month/year, for example 5/2024.")});

    const QStringList typedFields = Validation::fields(typing);
    Problems all = typing;
    for (const Problem &problem : Validation::check(client(), today)) {
        if (!typedFields.contains(problem.field))
            all.append(problem);
    }
    return all;
}

QLineEdit *ClientSection::fieldEdit(const QString &key) const
{
    const QString name = key.section(QLatin1Char('.'), -1) + QStringLiteral("Edit");
    return findChild<QLineEdit *>(name);
}

void ClientSection::showProblems(const Problems &problems)
{
    QStringList messages;
    for (QLineEdit *edit : findChildren<QLineEdit *>()) {
        edit->setProperty(invalidProperty, false);
        edit->setToolTip(QString());
        edit->setStyleSheet(QString());
    }
    for (const Problem &problem : problems) {
        messages.append(problem.message);
        if (QLineEdit *edit = fieldEdit(problem.field)) {
            edit->setProperty(invalidProperty, true);
            edit->setToolTip(problem.message);
            edit->setStyleSheet(QStringLiteral("QLineEdit { border: 2px solid #c0392b; }"));
        }
    }
    m_ui->problemsLabel->setText(messages.join(QLatin1Char('\n')));
    m_ui->problemsLabel->setVisible(!messages.isEmpty());
}

void ClientSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        showNames();
    }
    QWidget::changeEvent(event);
}

} // namespace kotoplan
