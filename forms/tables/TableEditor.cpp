// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "tables/TableEditor.h"

#include "tables/CellDelegate.h"
#include "ui_TableEditor.h"

#include <QEvent>

#include <QHeaderView>
#include <QKeyEvent>

namespace kotoplan {

TableEditor::TableEditor(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TableEditor>())
{
    m_ui->setupUi(this);
    QTableView *view = m_ui->tableView;
    view->setItemDelegate(new CellDelegate(view));
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    // Rows grow with their text, so a long measure is read whole, not cut off.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The header does not measure the rows again when a column's width changes (a table laid out
    // while hidden would keep rows sized for a narrow column): measure them after every change.
    connect(
        view->horizontalHeader(), &QHeaderView::sectionResized, view,
        [view] { view->verticalHeader()->resizeSections(QHeaderView::ResizeToContents); },
        Qt::QueuedConnection);
    view->setMinimumHeight(view->fontMetrics().lineSpacing() * 8);
    view->installEventFilter(this);
    connect(m_ui->addButton, &QPushButton::clicked, this, &TableEditor::addRow);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &TableEditor::removeRow);
    connect(m_ui->upButton, &QPushButton::clicked, this, &TableEditor::moveUp);
    connect(m_ui->downButton, &QPushButton::clicked, this, &TableEditor::moveDown);
}

TableEditor::~TableEditor() = default;

QTableView *TableEditor::tableView() const
{
    return m_ui->tableView;
}

void TableEditor::setAccessibleTableName(const QString &name)
{
    m_ui->tableView->setAccessibleName(name);
    m_ui->addButton->setAccessibleName(tr("Add row to %1").arg(name));
    m_ui->removeButton->setAccessibleName(tr("Remove row from %1").arg(name));
    m_ui->upButton->setAccessibleName(tr("Move row up in %1").arg(name));
    m_ui->downButton->setAccessibleName(tr("Move row down in %1").arg(name));
}

void TableEditor::setModel(QAbstractItemModel *model)
{
    m_model = model;
    m_ui->tableView->setModel(model);
    const auto update = [this] {
        updateButtons();
    };
    connect(model, &QAbstractItemModel::rowsInserted, this, update);
    connect(model, &QAbstractItemModel::rowsRemoved, this, update);
    connect(model, &QAbstractItemModel::rowsMoved, this, update);
    connect(model, &QAbstractItemModel::modelReset, this, update);
    connect(m_ui->tableView->selectionModel(), &QItemSelectionModel::currentChanged, this, update);
    updateButtons();
}

void TableEditor::addRow()
{
    if (!m_model)
        return;
    const QModelIndex current = m_ui->tableView->currentIndex();
    const int row = current.isValid() ? current.row() + 1 : m_model->rowCount();
    if (!m_model->insertRow(row))
        return;
    const QModelIndex first = m_model->index(row, 0);
    m_ui->tableView->setCurrentIndex(first);
    m_ui->tableView->setFocus();
    m_ui->tableView->edit(first);
}

void TableEditor::removeRow()
{
    const QModelIndex current = m_ui->tableView->currentIndex();
    if (!m_model || !current.isValid())
        return;
    const int column = current.column();
    m_model->removeRow(current.row());
    const int row = qMin(current.row(), m_model->rowCount() - 1);
    if (row >= 0)
        m_ui->tableView->setCurrentIndex(m_model->index(row, column));
}

void TableEditor::moveUp()
{
    moveBy(-1);
}

void TableEditor::moveDown()
{
    moveBy(1);
}

void TableEditor::moveBy(int delta)
{
    const QModelIndex current = m_ui->tableView->currentIndex();
    if (!m_model || !current.isValid())
        return;
    const int row = current.row();
    const int target = row + delta;
    if (target < 0 || target >= m_model->rowCount())
        return;
    // moveRow counts the destination before the move: one past the target when moving down.
    if (!m_model->moveRow({}, row, {}, delta > 0 ? target + 1 : target))
        return;
    m_ui->tableView->setCurrentIndex(m_model->index(target, current.column()));
}

void TableEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateButtons();
}

void TableEditor::updateButtons()
{
    const QModelIndex current = m_ui->tableView->currentIndex();
    const int rows = m_model ? m_model->rowCount() : 0;
    const bool editable = m_model != nullptr && !m_readOnly;
    m_ui->addButton->setEnabled(editable);
    m_ui->removeButton->setEnabled(editable && current.isValid());
    m_ui->upButton->setEnabled(editable && current.isValid() && current.row() > 0);
    m_ui->downButton->setEnabled(editable && current.isValid() && current.row() < rows - 1);
}

bool TableEditor::eventFilter(QObject *watched, QEvent *event)
{
    // While a cell is edited its keys go to the cell's editor, whose delegate (CellDelegate)
    // commits the cell and passes the table's keys on to the view.
    if (watched == m_ui->tableView && event->type() == QEvent::KeyPress && !m_readOnly) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool ctrl = key->modifiers() & Qt::ControlModifier;
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (key->key() == Qt::Key_Insert || (ctrl && enter)) {
            addRow();
            return true;
        }
        if (ctrl && key->key() == Qt::Key_Delete) {
            removeRow();
            return true;
        }
        if (key->key() == Qt::Key_Delete) {
            clearCell();
            return true;
        }
        if (ctrl && key->key() == Qt::Key_Up) {
            moveUp();
            return true;
        }
        if (ctrl && key->key() == Qt::Key_Down) {
            moveDown();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TableEditor::clearCell()
{
    const QModelIndex current = m_ui->tableView->currentIndex();
    if (m_model && current.isValid() && (current.flags() & Qt::ItemIsEditable))
        m_model->setData(current, QString(), Qt::EditRole);
}

void TableEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
    }
    QWidget::changeEvent(event);
}

} // namespace kotoplan
