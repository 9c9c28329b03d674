// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QAbstractTableModel>

namespace kotoplan {

// A flat table with a fixed set of titled columns, its texts in the UI language: what the list
// models (the case list, the plan history, the retention list) share. A model gives its row
// count, its column titles and its data().
class ColumnTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Texts in the new UI language on QEvent::LanguageChange.
    bool event(QEvent *event) override;

protected:
    ColumnTableModel(int columns, QObject *parent);

    virtual int rows() const = 0;
    // The title of a column from 0 to columns - 1, tr() each call.
    virtual QString columnTitle(int column) const = 0;

private:
    int m_columns;
};

} // namespace kotoplan
