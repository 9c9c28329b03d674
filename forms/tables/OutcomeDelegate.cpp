// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "tables/OutcomeDelegate.h"

#include "domain/SubGoalOutcome.h"
#include "tables/ComboWidth.h"

#include <QComboBox>

namespace kotoplan {

namespace {

// None yet, then the four the review offers.
QList<Outcome> choices()
{
    return QList<Outcome>{Outcome::Unset} + outcome::all();
}

} // namespace

OutcomeDelegate::OutcomeDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QWidget *OutcomeDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                       const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    for (const Outcome value : choices())
        combo->addItem(outcome::label(value), int(value));
    combo->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
    // Committed on Enter, Tab or leaving the cell, not on every arrow key: one choice is one
    // step to undo.
    return combo;
}

void OutcomeDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const int found = combo->findData(index.data(Qt::EditRole).toInt());
        combo->setCurrentIndex(qMax(found, 0));
    }
}

void OutcomeDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                   const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentData(), Qt::EditRole);
}

QSize OutcomeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStringList labels;
    for (const Outcome value : choices())
        labels.append(outcome::label(value));
    const QSize text = QStyledItemDelegate::sizeHint(option, index);
    return QSize(qMax(text.width(), comboWidthFor(option.widget, labels)), text.height());
}

} // namespace kotoplan
