// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/Client.h"
#include "domain/Validation.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ClientSection;
}

class QLabel;
class QLineEdit;

namespace kotoplan {

// The client's personal data, fields 4 to 13 of the paper form.
class ClientSection : public QWidget
{
    Q_OBJECT

public:
    explicit ClientSection(QWidget *parent = nullptr);
    ~ClientSection() override;

    void setClient(const Client &client);
    // The client as typed; text that is no date leaves that date empty (see problems()).
    Client client() const;
    // Every problem of what is typed: text that is no date, and the core's rules.
    Problems problems(QDate today) const;
    // Marks the fields with problems and lists the messages; an empty list clears the marks.
    void showProblems(const Problems &problems);
    QLineEdit *fieldEdit(const QString &key) const;
    // After a save: the stored client's id and row version, without touching what is typed.
    void rebase(const Client &client) { m_client = client; }

Q_SIGNALS:
    void edited();

protected:
    // On QEvent::LanguageChange: the .ui's texts and those set in code, in the new language.
    void changeEvent(QEvent *event) override;

private:
    QLabel *addNamesRow(QLineEdit *edit);
    void showNames();

    std::unique_ptr<Ui::ClientSection> m_ui;
    QLabel *m_motherTongueNames = nullptr;
    QLabel *m_citizenshipNames = nullptr;
    QLabel *m_contactLanguageNames = nullptr;
    Client m_client; // keeps the id and row version of the client shown
};

} // namespace kotoplan
