// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "views/CaseListView.h"

#include "models/CaseListModel.h"
#include "tables/ComboWidth.h"
#include "tables/OneLineTextDelegate.h"
#include "ui_CaseListView.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QShortcut>
#include <QStyle>

namespace kotoplan {

namespace {

// How long typing pauses before the matches are counted.
constexpr int countDelayMs = 150;

} // namespace

CaseListView::CaseListView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CaseListView>())
{
    m_ui->setupUi(this);
    fillFilters();
    m_countTimer.setSingleShot(true);
    m_countTimer.setInterval(countDelayMs);
    connect(&m_countTimer, &QTimer::timeout, this, &CaseListView::showCount);
    // No column is measured at a keystroke (shaping the rows' texts costs about a frame): the
    // name column has a width of its own that the officer can change, the others fit the
    // widest text they can show (fitColumns()).
    m_ui->tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // A case is one line: a long name is elided, not wrapped out of its row's sight.
    m_ui->tableView->setWordWrap(false);
    m_ui->tableView->setItemDelegate(new OneLineTextDelegate(m_ui->tableView));
    m_ui->tableView->horizontalHeader()->setSortIndicator(CaseListModel::Name, Qt::AscendingOrder);
    connect(m_ui->newClientButton, &QPushButton::clicked, this, &CaseListView::newClientRequested);
    connect(m_ui->tableView, &QTableView::activated, this,
            [this](const QModelIndex &index) { openRow(index.row()); });
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_model)
            m_model->setSearchText(text);
    });
    // Enter in the search box opens the first match; Down moves into the list and Escape
    // clears the search (eventFilter).
    m_ui->searchEdit->installEventFilter(this);
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, [this] {
        const QModelIndex current = m_ui->tableView->currentIndex();
        openRow(current.isValid() ? current.row() : 0);
    });
    connect(m_ui->filterCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_model)
            m_model->setFilter(m_ui->filterCombo->itemData(index).value<CaseListModel::Filter>());
    });
}

void CaseListView::setReadOnly(bool readOnly)
{
    m_ui->newClientButton->setEnabled(!readOnly);
}

CaseListView::~CaseListView() = default;

void CaseListView::fillFilters()
{
    const int current = m_ui->filterCombo->currentIndex();
    const QSignalBlocker blocker(m_ui->filterCombo);
    m_ui->filterCombo->clear();
    m_ui->filterCombo->addItem(tr("All cases"), QVariant::fromValue(CaseListModel::Filter::All));
    m_ui->filterCombo->addItem(tr("Drafts"), QVariant::fromValue(CaseListModel::Filter::Drafts));
    m_ui->filterCombo->addItem(tr("Next meeting within 14 days"),
                               QVariant::fromValue(CaseListModel::Filter::MeetingSoon));
    m_ui->filterCombo->setCurrentIndex(qMax(0, current));
    // Wide enough for the longest choice in this language ("Seuraava tapaaminen 14 päivän
    // sisällä").
    QStringList choices;
    for (int item = 0; item < m_ui->filterCombo->count(); ++item)
        choices.append(m_ui->filterCombo->itemText(item));
    m_ui->filterCombo->setMinimumWidth(comboWidthFor(m_ui->filterCombo, choices));
}

void CaseListView::setModel(CaseListModel *model)
{
    m_model = model;
    m_ui->tableView->setModel(model);
    // A section's own mode needs the model's sections to exist.
    QHeaderView *header = m_ui->tableView->horizontalHeader();
    header->resizeSection(CaseListModel::Name, fontMetrics().averageCharWidth() * 34);
    fitColumns();
    connect(model, &CaseListModel::modelReset, this, &CaseListView::updateCount);
    updateCount();
}

QLineEdit *CaseListView::searchEdit() const
{
    return m_ui->searchEdit;
}

QTableView *CaseListView::tableView() const
{
    return m_ui->tableView;
}

void CaseListView::selectClient(qint64 clientId)
{
    if (!m_model)
        return;
    const int row = m_model->rowOfClient(clientId);
    if (row >= 0)
        m_ui->tableView->setCurrentIndex(m_model->index(row, 0));
}

void CaseListView::openRow(int row)
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return;
    const CaseListModel::Row &data = m_model->rowAt(row);
    Q_EMIT openRequested(data.clientId, data.planId);
}

void CaseListView::fitColumns()
{
    if (!m_model)
        return;
    QHeaderView *header = m_ui->tableView->horizontalHeader();
    QFont bold = m_ui->tableView->font();
    bold.setBold(true);
    // The item's margins as QStyledItemDelegate's size hint counts them, and a little air.
    const int margins =
        2 * (m_ui->tableView->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1) + 8;
    for (int column = CaseListModel::Name + 1; column < CaseListModel::ColumnCount; ++column) {
        const QFontMetrics metrics(CaseListModel::hasBoldTexts(column) ? bold
                                                                       : m_ui->tableView->font());
        int width = header->sectionSizeHint(column);
        for (const QString &text : CaseListModel::widestTexts(column))
            width = qMax(width, metrics.horizontalAdvance(text) + margins);
        header->resizeSection(column, width);
    }
}

void CaseListView::updateCount()
{
    if (m_model && !m_model->matchCountKnown()) {
        m_ui->countLabel->setText(tr("Counting cases…"));
        m_countTimer.start();
        return;
    }
    showCount();
}

void CaseListView::showCount()
{
    m_countTimer.stop();
    // Every case that matches, not only the rows read so far.
    const int count = m_model ? m_model->matchCount() : 0;
    m_ui->countLabel->setText(tr("%n case(s)", nullptr, count));
}

bool CaseListView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->searchEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        // Escape clears the search: every case shows again.
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier &&
            !m_ui->searchEdit->text().isEmpty()) {
            m_ui->searchEdit->clear();
            return true;
        }
        if (key->key() == Qt::Key_Down && key->modifiers() == Qt::NoModifier && m_model &&
            m_model->rowCount() > 0) {
            // The first match, or the row the officer had chosen, selected as the list takes
            // the keys: Down and Up walk on from there, Enter opens it.
            QTableView *table = m_ui->tableView;
            if (!table->currentIndex().isValid())
                table->setCurrentIndex(m_model->index(0, 0));
            table->selectRow(table->currentIndex().row());
            table->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CaseListView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillFilters();
        updateCount();
        fitColumns();
    }
    QWidget::changeEvent(event);
}

} // namespace kotoplan
