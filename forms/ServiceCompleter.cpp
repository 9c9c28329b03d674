// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ServiceCompleter.h"

#include "ServiceSuggestionModel.h"

#include <QAbstractItemView>
#include <QLineEdit>

namespace kotoplan {

ServiceCompleter::ServiceCompleter(QSqlDatabase db, QObject *parent)
    : QCompleter(parent)
    , m_model(new ServiceSuggestionModel(std::move(db), this))
{
    setModel(m_model);
    // The model filters by words anywhere in the name in every language; QCompleter's own
    // prefix filter would hide those matches.
    setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    setMaxVisibleItems(10);
    connect(this, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            &ServiceCompleter::choose);
}

void ServiceCompleter::attach(QLineEdit *edit)
{
    if (m_edit)
        disconnect(m_edit, nullptr, this, nullptr);
    m_edit = edit;
    m_chosenId = 0;
    m_chosenName.clear();
    // Not QLineEdit::setCompleter: that would overwrite the text while the officer only
    // moves through the list.
    setWidget(edit);
    connect(edit, &QLineEdit::textEdited, this, &ServiceCompleter::textEdited);
}

void ServiceCompleter::textEdited(const QString &text)
{
    if (m_chosenId != 0 && text != m_chosenName) {
        m_chosenId = 0;
        m_chosenName.clear();
        Q_EMIT serviceCleared();
    }
    m_model->setFilterText(text);
    if (m_model->rowCount() > 0)
        complete();
    else
        popup()->hide();
}

void ServiceCompleter::choose(const QModelIndex &index)
{
    if (!index.isValid() || !m_edit)
        return;
    m_chosenId = index.data(ServiceSuggestionModel::ServiceIdRole).toLongLong();
    m_chosenName = index.data(Qt::DisplayRole).toString();
    m_edit->setText(m_chosenName);
    Q_EMIT serviceChosen(m_chosenId, m_chosenName,
                         index.data(ServiceSuggestionModel::ResponsibleRole).toString());
}

} // namespace kotoplan
