// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCompleter>
#include <QLineEdit>
#include <QPointer>
#include <QSqlDatabase>

namespace kotoplan {

class ServiceSuggestionModel;

// Offers the service catalogue while the officer types a measure: the active services whose
// name contains the text pop up, and choosing one fills in the measure and tells which service
// and responsible party it was. Free text stays allowed: Escape or typing on keeps the text.
class ServiceCompleter : public QCompleter
{
    Q_OBJECT

public:
    explicit ServiceCompleter(QSqlDatabase db, QObject *parent = nullptr);

    // Offers the catalogue in this line edit (one edit at a time; a table delegate attaches
    // it to each editor it creates).
    void attach(QLineEdit *edit);
    QLineEdit *lineEdit() const { return m_edit; }
    ServiceSuggestionModel *suggestionModel() const { return m_model; }
    // The service whose name the edit holds, 0 for free text.
    qint64 chosenServiceId() const { return m_chosenId; }

Q_SIGNALS:
    // A service was picked: the measure text is now its name in the UI language.
    void serviceChosen(qint64 serviceId, const QString &name, const QString &responsible);
    // The text was edited away from the chosen service's name: it is free text again.
    void serviceCleared();

private:
    void textEdited(const QString &text);
    void choose(const QModelIndex &index);

    ServiceSuggestionModel *m_model = nullptr;
    QPointer<QLineEdit> m_edit;
    qint64 m_chosenId = 0;
    QString m_chosenName;
};

} // namespace kotoplan
