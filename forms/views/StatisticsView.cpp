// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "views/StatisticsView.h"

#include "dialogs/FileDialogs.h"
#include "domain/Clock.h"
#include "i18n/Translations.h"
#include "models/StatisticsTableModel.h"
#include "print/PdfWriter.h"
#include "settings/Municipality.h"
#include "statistics/Statistics.h"
#include "statistics/StatisticsCsv.h"
#include "statistics/StatisticsDocument.h"
#include "ui_StatisticsView.h"

#include <QDir>
#include <QEvent>
#include <QHeaderView>
#include <QStandardPaths>

namespace kotoplan {

StatisticsView::StatisticsView(QSqlDatabase db, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::StatisticsView>())
    , m_db(std::move(db))
    , m_model(new StatisticsTableModel(this))
{
    m_ui->setupUi(this);
    m_ui->tableView->setModel(m_model);
    m_ui->tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 1);
    QFont title = m_ui->titleLabel->font();
    title.setBold(true);
    m_ui->titleLabel->setFont(title);

    const int year = Clock::today().year();
    m_ui->fromSpin->setValue(year);
    m_ui->toSpin->setValue(year);
    connect(m_ui->fromSpin, &QSpinBox::valueChanged, this, [this](int value) {
        if (m_ui->toSpin->value() < value)
            m_ui->toSpin->setValue(value);
        recompute();
    });
    connect(m_ui->toSpin, &QSpinBox::valueChanged, this, [this](int value) {
        if (m_ui->fromSpin->value() > value)
            m_ui->fromSpin->setValue(value);
        recompute();
    });
    connect(m_ui->tableCombo, &QComboBox::currentIndexChanged, this,
            &StatisticsView::showCurrentTable);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &StatisticsView::chooseExportFile);
    connect(m_ui->pdfButton, &QPushButton::clicked, this, &StatisticsView::choosePdfFile);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &StatisticsView::reject);
    recompute();
}

StatisticsView::~StatisticsView() = default;

StatisticsChart *StatisticsView::chart() const
{
    return m_ui->chartView;
}

QString StatisticsView::message() const
{
    return m_ui->messageLabel->text();
}

void StatisticsView::setYears(int fromYear, int toYear)
{
    const QSignalBlocker fromBlocker(m_ui->fromSpin);
    const QSignalBlocker toBlocker(m_ui->toSpin);
    m_ui->fromSpin->setValue(fromYear);
    m_ui->toSpin->setValue(toYear);
    recompute();
}

void StatisticsView::recompute()
{
    const QString current = m_ui->tableCombo->currentData().toString();
    m_report = Statistics(m_db).compute(m_ui->fromSpin->value(), m_ui->toSpin->value(),
                                        Clock::today(), translations::languageFor(QLocale()));
    m_ui->messageLabel->setText(m_report.error);
    {
        const QSignalBlocker blocker(m_ui->tableCombo);
        m_ui->tableCombo->clear();
        for (const StatisticsTable &table : m_report.tables)
            m_ui->tableCombo->addItem(table.title, table.key);
        m_ui->tableCombo->setCurrentIndex(qMax(0, m_ui->tableCombo->findData(current)));
    }
    showCurrentTable();
}

bool StatisticsView::showTable(const QString &key)
{
    const int index = m_ui->tableCombo->findData(key);
    if (index < 0)
        return false;
    m_ui->tableCombo->setCurrentIndex(index);
    showCurrentTable();
    return true;
}

void StatisticsView::showCurrentTable()
{
    const StatisticsTable *table = m_report.table(m_ui->tableCombo->currentData().toString());
    m_model->setTable(table ? *table : StatisticsTable{});
    m_ui->chartView->setTable(table ? *table : StatisticsTable{});
    m_ui->titleLabel->setText(
        table ? tr("%1, %2–%3").arg(table->title).arg(m_report.fromYear).arg(m_report.toYear)
              : QString());
}

bool StatisticsView::exportCsv(const QString &path)
{
    QString error;
    if (!StatisticsCsv::write(m_report, path, &error)) {
        m_ui->messageLabel->setText(error);
        return false;
    }
    m_ui->messageLabel->setText(
        tr("The statistics were saved to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void StatisticsView::chooseExportFile()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                              QStringLiteral("/kotoplan-statistics-%1-%2.csv")
                                  .arg(m_report.fromYear)
                                  .arg(m_report.toYear);
    const QString path = FileDialogs::saveFileName(this, tr("Export the statistics"), suggested,
                                                   tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

bool StatisticsView::exportPdf(const QString &path)
{
    const PdfWriter::Result result =
        PdfWriter::write(StatisticsDocument(m_report, municipality::name()), path);
    if (!result.ok) {
        m_ui->messageLabel->setText(result.message);
        return false;
    }
    m_ui->messageLabel->setText(
        tr("The statistics were saved to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void StatisticsView::choosePdfFile()
{
    const StatisticsDocument document(m_report, municipality::name());
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(document.suggestedFileName());
    const QString path = FileDialogs::saveFileName(this, tr("Save the statistics as PDF"),
                                                   suggested, tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        exportPdf(path);
}

void StatisticsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        recompute();
    }
    QDialog::changeEvent(event);
}

} // namespace kotoplan
