// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class TableEditor;
}

class QAbstractItemModel;
class QTableView;

namespace kotoplan {

// A table of the form (participants, sub-goals) that types like a spreadsheet (FormTableView):
// rows are added, removed and moved with the buttons or the keyboard (Ctrl+Enter or Insert,
// Ctrl+Delete, Ctrl+Up, Ctrl+Down), Delete empties the cell, cells edit in place and wrap.
class TableEditor : public QWidget
{
    Q_OBJECT

public:
    explicit TableEditor(QWidget *parent = nullptr);
    ~TableEditor() override;

    void setModel(QAbstractItemModel *model);
    QTableView *tableView() const;
    void setAccessibleTableName(const QString &name);
    // A signed plan's table: no row is added, removed or moved, by button or key.
    void setReadOnly(bool readOnly);

public Q_SLOTS:
    void addRow();
    void removeRow();
    void moveUp();
    void moveDown();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void moveBy(int delta);
    void clearCell();
    void updateButtons();

    std::unique_ptr<Ui::TableEditor> m_ui;
    QAbstractItemModel *m_model = nullptr;
    bool m_readOnly = false;
};

} // namespace kotoplan
