// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "tables/MeasureDelegate.h"

#include "models/SubGoalModel.h"
#include "tables/ServiceCompleter.h"

#include <QPlainTextEdit>
#include <QSignalBlocker>

namespace kotoplan {

MeasureDelegate::MeasureDelegate(QSqlDatabase db, QObject *parent)
    : MultiLineDelegate(parent)
    , m_completer(new ServiceCompleter(std::move(db), this))
{
    // The choice goes into the table at once, with its responsible party, and the officer goes
    // on to the next cell: what is typed next is not glued onto the measure.
    connect(m_completer, &ServiceCompleter::serviceChosen, this, [this] {
        if (QWidget *editor = m_completer->editor())
            commitAndClose(editor, EditNextItem);
    });
}

QWidget *MeasureDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    QWidget *editor = MultiLineDelegate::createEditor(parent, option, index);
    if (auto *edit = qobject_cast<QPlainTextEdit *>(editor))
        m_completer->attach(edit);
    return editor;
}

void MeasureDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    // The stored text is no typing: it must not pop the catalogue up.
    const QSignalBlocker blocker(editor);
    MultiLineDelegate::setEditorData(editor, index);
}

void MeasureDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                   const QModelIndex &index) const
{
    auto *edit = qobject_cast<QPlainTextEdit *>(editor);
    auto *subGoals = qobject_cast<SubGoalModel *>(model);
    if (edit && subGoals && m_completer->editor() == editor &&
        m_completer->chosenServiceId() != 0 && edit->toPlainText() == m_completer->chosenName()) {
        subGoals->setService(index.row(), m_completer->chosenServiceId(), m_completer->chosenName(),
                             m_completer->chosenResponsible());
        return;
    }
    MultiLineDelegate::setModelData(editor, model, index);
}

} // namespace kotoplan
