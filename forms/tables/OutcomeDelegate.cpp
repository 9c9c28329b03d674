// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "tables/OutcomeDelegate.h"

#include "domain/SubGoalOutcome.h"

#include <QApplication>
#include <QComboBox>
#include <QStyle>
#include <QStyleOptionComboBox>

namespace kotoplan {

OutcomeDelegate::OutcomeDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QWidget *OutcomeDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                       const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    combo->addItem(outcome::label(Outcome::Unset), int(Outcome::Unset));
    for (const Outcome value : outcome::all())
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
    const QSize text = QStyledItemDelegate::sizeHint(option, index);
    int widest = option.fontMetrics.horizontalAdvance(outcome::label(Outcome::Unset));
    for (const Outcome value : outcome::all())
        widest = qMax(widest, option.fontMetrics.horizontalAdvance(outcome::label(value)));
    QStyleOptionComboBox combo;
    combo.initFrom(option.widget);
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    const QSize comboSize = style->sizeFromContents(
        QStyle::CT_ComboBox, &combo, QSize(widest, option.fontMetrics.height()), option.widget);
    return text.expandedTo(comboSize);
}

} // namespace kotoplan
