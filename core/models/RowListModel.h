// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "i18n/Translations.h"
#include "models/RowMoves.h"

#include <QAbstractTableModel>
#include <QEvent>

namespace kotoplan {

// An editable, ordered list of rows as a table, each cell a text of the row: what the tables of
// the form (the participants, the sub-goals) share. Rows are inserted, removed and moved in
// place; the vertical header numbers them. A model names its columns' titles and which text of
// the row each column shows; it may add roles of its own through data() and setData().
template<typename Row> class RowListModel : public QAbstractTableModel
{
public:
    QList<Row> rows() const { return m_rows; }
    void setRows(const QList<Row> &rows)
    {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }
    // The row of the index; an empty row for an index outside the table.
    Row rowAt(const QModelIndex &index) const
    {
        return index.isValid() && index.row() < m_rows.size() ? m_rows.at(index.row()) : Row{};
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : m_columns;
    }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!isCell(index) || (role != Qt::DisplayRole && role != Qt::EditRole))
            return {};
        Row row = m_rows.at(index.row());
        return text(row, index.column());
    }
    // A text typed into a cell; edited() follows a change.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override
    {
        if (role != Qt::EditRole || !isCell(index))
            return false;
        Row &row = m_rows[index.row()];
        QString &cell = text(row, index.column());
        const QString typed = value.toString();
        if (cell == typed)
            return true;
        cell = typed;
        edited(row, index.column());
        Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
        return true;
    }
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override
    {
        if (role != Qt::DisplayRole)
            return {};
        if (orientation == Qt::Vertical)
            return section + 1;
        return section >= 0 && section < m_columns ? QVariant(columnTitle(section)) : QVariant();
    }
    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        if (!index.isValid())
            return Qt::NoItemFlags;
        return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
    }
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override
    {
        if (parent.isValid() || row < 0 || row > m_rows.size() || count < 1)
            return false;
        beginInsertRows(parent, row, row + count - 1);
        m_rows.insert(row, count, Row{});
        endInsertRows();
        return true;
    }
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override
    {
        if (parent.isValid() || row < 0 || count < 1 || row + count > m_rows.size())
            return false;
        beginRemoveRows(parent, row, row + count - 1);
        m_rows.remove(row, count);
        endRemoveRows();
        return true;
    }
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override
    {
        if (!rowMoves::isValid(sourceParent, sourceRow, count, destinationParent, destinationChild,
                               int(m_rows.size())) ||
            !beginMoveRows(sourceParent, sourceRow, sourceRow + count - 1, destinationParent,
                           destinationChild))
            return false;
        rowMoves::apply(m_rows, sourceRow, count, destinationChild);
        endMoveRows();
        return true;
    }
    // Texts in the new UI language on QEvent::LanguageChange.
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            translations::refreshTexts(this);
        return QAbstractTableModel::event(event);
    }

protected:
    RowListModel(int columns, QObject *parent)
        : QAbstractTableModel(parent)
        , m_columns(columns)
    {}

    // The text of the row that a column from 0 to columns - 1 shows and edits.
    virtual QString &text(Row &row, int column) const = 0;
    // The title of a column, tr() each call.
    virtual QString columnTitle(int column) const = 0;
    // After a text of the row was changed by setData().
    virtual void edited(Row &row, int column) const
    {
        Q_UNUSED(row);
        Q_UNUSED(column);
    }
    bool isCell(const QModelIndex &index) const
    {
        return checkIndex(index,
                          CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid);
    }
    // The rows, for a model's own changes; it emits dataChanged itself.
    QList<Row> &rowList() { return m_rows; }
    const QList<Row> &rowList() const { return m_rows; }

private:
    QList<Row> m_rows;
    int m_columns;
};

} // namespace kotoplan
