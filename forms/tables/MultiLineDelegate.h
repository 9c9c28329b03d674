// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QStyledItemDelegate>

namespace kotoplan {

// Edits a table cell in a multi-line editor, so long sub-goals and measures can be typed in
// place; Tab commits and moves on, Escape cancels, Enter starts a new line.
class MultiLineDelegate : public QStyledItemDelegate
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
};

} // namespace kotoplan
