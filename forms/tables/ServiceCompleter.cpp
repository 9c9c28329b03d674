// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "tables/ServiceCompleter.h"

#include "models/ServiceSuggestionModel.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScopedValueRollback>
#include <QStyle>

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
    // Made now, before any edit is watched: eventFilter() asks for it.
    popup();
}

QLineEdit *ServiceCompleter::lineEdit() const
{
    return qobject_cast<QLineEdit *>(m_edit.data());
}

void ServiceCompleter::detach()
{
    if (m_edit)
        disconnect(m_edit, nullptr, this, nullptr);
    m_chosenId = 0;
    m_chosenName.clear();
    m_chosenResponsible.clear();
}

void ServiceCompleter::attach(QLineEdit *edit)
{
    detach();
    m_edit = edit;
    // Not QLineEdit::setCompleter: that would overwrite the text while the officer only
    // moves through the list.
    setWidget(edit);
    connect(edit, &QLineEdit::textEdited, this, &ServiceCompleter::textEdited);
}

void ServiceCompleter::attach(QPlainTextEdit *edit)
{
    detach();
    m_edit = edit;
    setWidget(edit);
    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit] {
        if (!m_settingText)
            textEdited(edit->toPlainText());
    });
}

QString ServiceCompleter::text() const
{
    if (auto *line = qobject_cast<QLineEdit *>(m_edit.data()))
        return line->text();
    if (auto *plain = qobject_cast<QPlainTextEdit *>(m_edit.data()))
        return plain->toPlainText();
    return {};
}

void ServiceCompleter::setText(const QString &text)
{
    const QScopedValueRollback setting(m_settingText, true);
    if (auto *line = qobject_cast<QLineEdit *>(m_edit.data())) {
        line->setText(text);
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(m_edit.data())) {
        plain->setPlainText(text);
        plain->moveCursor(QTextCursor::End);
    }
}

void ServiceCompleter::textEdited(const QString &text)
{
    if (m_chosenId != 0 && text != m_chosenName) {
        m_chosenId = 0;
        m_chosenName.clear();
        m_chosenResponsible.clear();
        Q_EMIT serviceCleared();
    }
    m_model->setFilterText(text);
    if (m_model->rowCount() == 0) {
        popup()->hide();
        return;
    }
    // Wide enough for the longest name offered, never cut off.
    QAbstractItemView *list = popup();
    const int wanted = list->sizeHintForColumn(0) + 2 * list->frameWidth() +
                       list->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 8;
    list->setMinimumWidth(wanted);
    // A table cell's editor is taller than the cell: the list goes right under the line typed,
    // which is the cell, not under the editor's bottom edge.
    if (auto *plain = qobject_cast<QPlainTextEdit *>(m_edit.data())) {
        QRect line = plain->cursorRect();
        line.setLeft(0);
        line.setWidth(plain->width());
        complete(line);
    } else {
        complete();
    }
}

void ServiceCompleter::choose(const QModelIndex &index)
{
    if (!index.isValid() || !m_edit)
        return;
    m_chosenId = index.data(ServiceSuggestionModel::ServiceIdRole).toLongLong();
    m_chosenName = index.data(Qt::DisplayRole).toString();
    m_chosenResponsible = index.data(ServiceSuggestionModel::ResponsibleRole).toString();
    setText(m_chosenName);
    Q_EMIT serviceChosen(m_chosenId, m_chosenName, m_chosenResponsible);
}

bool ServiceCompleter::eventFilter(QObject *watched, QEvent *event)
{
    // QCompleter (whose filter on the popup this is) passes Return on to the edit after
    // choosing, where a multi-line edit would start a new line after the service's name:
    // choose here and keep the key. Tab chooses too; a line edit then gets the Tab and the focus
    // moves on, a table's cell moves on by itself (MeasureDelegate).
    if (event->type() == QEvent::KeyPress && watched == popup() && popup()->isVisible()) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        const QModelIndex current = popup()->currentIndex();
        const bool enter = key == Qt::Key_Return || key == Qt::Key_Enter;
        const bool tab = key == Qt::Key_Tab || key == Qt::Key_Backtab;
        if (tab && !current.isValid()) {
            // Free text that the list only resembles: Tab goes on from the cell as typed.
            popup()->hide();
            if (m_edit)
                QCoreApplication::sendEvent(m_edit, event);
            return true;
        }
        if ((enter || tab) && current.isValid()) {
            popup()->hide();
            choose(current);
            if (tab && lineEdit())
                QCoreApplication::sendEvent(m_edit, event);
            return true;
        }
    }
    return QCompleter::eventFilter(watched, event);
}

} // namespace kotoplan
