// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QStyledItemDelegate>

class QTextDocument;

namespace kotoplan {

// Draws a cell's text with the words its model marks (PlanComparisonModel::ChangedWordsRole)
// bold, underlined and shaded, wrapped to the column; cells without marked words are drawn as
// usual.
class ChangedWordsDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ChangedWordsDelegate(int changedWordsRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    // The cell's text with its marked words, laid out `width` wide; false when none are marked.
    bool layOut(QTextDocument &document, const QStyleOptionViewItem &option,
                const QModelIndex &index, int width) const;

    int m_role;
};

} // namespace kotoplan
