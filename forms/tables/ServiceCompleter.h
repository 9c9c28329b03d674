// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCompleter>
#include <QPointer>
#include <QSqlDatabase>

class QLineEdit;
class QPlainTextEdit;

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

    // Offers the catalogue in this edit (one edit at a time; a table delegate attaches it to
    // each editor it creates). A multi-line edit is watched for what the officer types only:
    // text set by the program before attaching offers nothing.
    void attach(QLineEdit *edit);
    void attach(QPlainTextEdit *edit);
    QWidget *editor() const { return m_edit; }
    QLineEdit *lineEdit() const;
    ServiceSuggestionModel *suggestionModel() const { return m_model; }
    // The service whose name the edit holds, 0 for free text.
    qint64 chosenServiceId() const { return m_chosenId; }
    QString chosenName() const { return m_chosenName; }
    QString chosenResponsible() const { return m_chosenResponsible; }

Q_SIGNALS:
    // A service was picked: the measure text is now its name in the UI language.
    void serviceChosen(qint64 serviceId, const QString &name, const QString &responsible);
    // The text was edited away from the chosen service's name: it is free text again.
    void serviceCleared();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void detach();
    void textEdited(const QString &text);
    void choose(const QModelIndex &index);
    QString text() const;
    void setText(const QString &text);

    ServiceSuggestionModel *m_model = nullptr;
    QPointer<QWidget> m_edit;
    qint64 m_chosenId = 0;
    QString m_chosenName;
    QString m_chosenResponsible;
    bool m_settingText = false;
};

} // namespace kotoplan
