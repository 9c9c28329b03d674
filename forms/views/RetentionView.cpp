// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "views/RetentionView.h"

#include "domain/Clock.h"
#include "models/RetentionModel.h"
#include "stores/Retention.h"
#include "ui_RetentionView.h"

#include <QEvent>
#include <QHeaderView>

namespace kotoplan {

RetentionView::RetentionView(QSqlDatabase db, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RetentionView>())
    , m_model(new RetentionModel(std::move(db), this))
{
    m_ui->setupUi(this);
    m_ui->tableView->setModel(m_model);
    m_ui->tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->yearsSpin->setRange(Retention::minimumYears, Retention::maximumYears);
    m_ui->yearsSpin->setValue(Retention::years());
    retranslate();
    connect(m_ui->yearsSpin, &QSpinBox::valueChanged, this, [this](int years) {
        Retention::setYears(years);
        reload();
    });
    connect(m_ui->eraseButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_ui->tableView->currentIndex();
        if (current.isValid())
            Q_EMIT eraseRequested(current.data(RetentionModel::ClientIdRole).toLongLong());
    });
    connect(m_model, &RetentionModel::modelReset, this, &RetentionView::updateButtons);
    reload();
    connect(m_ui->tableView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RetentionView::updateButtons);
}

RetentionView::~RetentionView() = default;

QTableView *RetentionView::tableView() const
{
    return m_ui->tableView;
}

QSpinBox *RetentionView::yearsSpin() const
{
    return m_ui->yearsSpin;
}

QPushButton *RetentionView::eraseButton() const
{
    return m_ui->eraseButton;
}

void RetentionView::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateButtons();
}

void RetentionView::reload()
{
    m_model->reload(m_ui->yearsSpin->value(), Clock::today());
    if (m_model->rowCount() > 0)
        m_ui->tableView->setCurrentIndex(m_model->index(0, 0));
    updateButtons();
}

void RetentionView::updateButtons()
{
    m_ui->eraseButton->setEnabled(!m_readOnly && m_ui->tableView->currentIndex().isValid());
    m_ui->countLabel->setText(
        tr("%n case(s) past the retention period", nullptr, m_model->rowCount()));
}

void RetentionView::retranslate()
{
    m_ui->yearsSpin->setSuffix(tr(" years"));
    updateButtons();
}

void RetentionView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        // The model's texts are read from data() each time: a reset shows them anew.
        m_model->reload(m_ui->yearsSpin->value(), Clock::today());
    }
    QWidget::changeEvent(event);
}

} // namespace kotoplan
