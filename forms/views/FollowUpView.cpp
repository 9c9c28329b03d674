// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "views/FollowUpView.h"

#include "models/FollowUpModel.h"
#include "ui_FollowUpView.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>

namespace kotoplan {

FollowUpView::FollowUpView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::FollowUpView>())
{
    m_ui->setupUi(this);
    m_ui->tableView->installEventFilter(this);
    connect(m_ui->tableView, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { openRow(index.row()); });
    connect(m_ui->refreshButton, &QPushButton::clicked, this, [this] {
        if (m_model)
            m_model->reload();
    });
}

FollowUpView::~FollowUpView() = default;

void FollowUpView::setModel(FollowUpModel *model)
{
    m_model = model;
    m_ui->tableView->setModel(model);
    m_ui->tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->tableView->horizontalHeader()->setStretchLastSection(true);
    connect(model, &QAbstractItemModel::modelReset, this, &FollowUpView::updateCount);
    updateCount();
}

QTableView *FollowUpView::tableView() const
{
    return m_ui->tableView;
}

bool FollowUpView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->tableView && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            openRow(m_ui->tableView->currentIndex().row());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FollowUpView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateCount();
    }
    QWidget::changeEvent(event);
}

void FollowUpView::openRow(int row)
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return;
    const FollowUpModel::Row &item = m_model->rowAt(row);
    Q_EMIT openRequested(item.clientId, item.planId);
    if (item.kind == FollowUpModel::Kind::ServicesNotStarted)
        Q_EMIT serviceStartsRequested(item.planId);
}

void FollowUpView::updateCount()
{
    const int rows = m_model ? m_model->rowCount() : 0;
    m_ui->countLabel->setText(rows == 0 ? tr("Nothing to follow up.")
                                        : tr("Things to follow up: %1").arg(rows));
}

} // namespace kotoplan
