// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QStyledItemDelegate>

namespace kotoplan {

// Picks a sub-goal's outcome from the four the review offers (or none yet) in a combo box: the
// arrow keys or the first letter choose, Enter or Tab commits, Escape cancels.
class OutcomeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit OutcomeDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    // As wide as the combo box with its longest choice, so the column that fits its contents
    // shows the choice whole while it is being picked.
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace kotoplan
