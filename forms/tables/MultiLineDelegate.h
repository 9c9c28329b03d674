// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "tables/CellDelegate.h"

namespace kotoplan {

// Edits a table cell in a multi-line editor, so long sub-goals and measures can be typed in
// place and read whole: Enter commits the cell, Shift+Enter starts a new line, Tab commits and
// moves on, Escape cancels (and the table's keys of CellDelegate).
class MultiLineDelegate : public CellDelegate
{
    Q_OBJECT

public:
    explicit MultiLineDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace kotoplan
