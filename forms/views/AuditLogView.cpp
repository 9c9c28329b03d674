// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "views/AuditLogView.h"

#include "domain/DateText.h"
#include "exchange/AuditLogExport.h"
#include "models/AuditLogModel.h"
#include "ui_AuditLogView.h"

#include <QEvent>
#include <QHeaderView>

namespace kotoplan {

AuditLogView::AuditLogView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AuditLogView>())
{
    m_ui->setupUi(this);
    fillActions();
    for (QLineEdit *edit : {m_ui->fromEdit, m_ui->toEdit, m_ui->clientEdit})
        connect(edit, &QLineEdit::textChanged, this, &AuditLogView::applyFilter);
    connect(m_ui->actionCombo, &QComboBox::currentIndexChanged, this, &AuditLogView::applyFilter);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &AuditLogView::exportRequested);
    m_ui->problemLabel->hide();
}

AuditLogView::~AuditLogView() = default;

void AuditLogView::setModel(AuditLogModel *model)
{
    m_model = model;
    m_ui->tableView->setModel(model);
    m_ui->tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->tableView->horizontalHeader()->setStretchLastSection(true);
    connect(model, &QAbstractItemModel::modelReset, this, &AuditLogView::updateCount);
    applyFilter();
}

bool AuditLogView::exportTo(const QString &path, QString *error) const
{
    return m_model && AuditLogExport::writeCsv(m_model->entries(), path, error);
}

QLineEdit *AuditLogView::fromEdit() const
{
    return m_ui->fromEdit;
}

QLineEdit *AuditLogView::toEdit() const
{
    return m_ui->toEdit;
}

QComboBox *AuditLogView::actionCombo() const
{
    return m_ui->actionCombo;
}

QLineEdit *AuditLogView::clientEdit() const
{
    return m_ui->clientEdit;
}

QPushButton *AuditLogView::exportButton() const
{
    return m_ui->exportButton;
}

QLabel *AuditLogView::problemLabel() const
{
    return m_ui->problemLabel;
}

QTableView *AuditLogView::tableView() const
{
    return m_ui->tableView;
}

void AuditLogView::fillActions()
{
    const int current = m_ui->actionCombo->currentIndex();
    const QSignalBlocker blocker(m_ui->actionCombo);
    m_ui->actionCombo->clear();
    m_ui->actionCombo->addItem(tr("All actions"));
    for (const AuditAction action : AuditLog::actions())
        m_ui->actionCombo->addItem(AuditLog::label(action), AuditLog::key(action));
    m_ui->actionCombo->setCurrentIndex(qMax(0, current));
}

void AuditLogView::applyFilter()
{
    AuditFilter filter;
    QStringList problems;
    const std::optional<QDate> from = dateText::parseDate(m_ui->fromEdit->text());
    const std::optional<QDate> to = dateText::parseDate(m_ui->toEdit->text());
    if (!from)
        problems.append(tr("The from date is not a date: type it as 23.11.2026."));
    if (!to)
        problems.append(tr("The to date is not a date: type it as 23.11.2026."));
    filter.from = from.value_or(QDate());
    filter.to = to.value_or(QDate());
    if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to)
        problems.append(tr("The from date is after the to date."));
    const QString client = m_ui->clientEdit->text().trimmed();
    if (!client.isEmpty()) {
        bool ok = false;
        filter.clientId = client.toLongLong(&ok);
        if (!ok || filter.clientId <= 0) {
            problems.append(tr("The client number is a whole number, such as 42."));
            filter.clientId = 0;
        }
    }
    filter.action = AuditLog::fromKey(m_ui->actionCombo->currentData().toString());

    m_ui->problemLabel->setText(problems.join(QLatin1Char('\n')));
    m_ui->problemLabel->setVisible(!problems.isEmpty());
    // The list keeps its last good filter while a typed value is incomplete.
    if (m_model && problems.isEmpty())
        m_model->setFilter(filter);
    updateCount();
}

void AuditLogView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillActions();
        updateCount();
    }
    QWidget::changeEvent(event);
}

void AuditLogView::updateCount()
{
    const int rows = m_model ? m_model->rowCount() : 0;
    m_ui->countLabel->setText(tr("Lines shown: %1").arg(rows));
}

} // namespace kotoplan
