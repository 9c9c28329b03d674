// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "window/DeferredCheck.h"

#include "actions/BackupActions.h"
#include "window/MainWindow.h"

#include <QSqlQuery>
#include <QStatusBar>
#include <QThread>

#include <memory>

namespace kotoplan {

DeferredCheck::DeferredCheck(Database &database, MainWindow *window)
    : QObject(window)
    , m_database(database)
    , m_window(window)
{}

DeferredCheck::~DeferredCheck()
{
    if (m_thread)
        m_thread->wait();
}

void DeferredCheck::start()
{
    if (m_thread || !m_database.checksDeferred())
        return;
    const QString path = m_database.path();
    auto result = std::make_shared<Database::OpenResult>();
    m_thread = QThread::create([path, result] { *result = Database::checkDeferred(path); });
    m_thread->setParent(this);
    connect(m_thread, &QThread::finished, this, [this, result] {
        handle(*result);
        Q_EMIT finished();
    });
    m_thread->start(QThread::LowPriority);
}

void DeferredCheck::handle(const Database::OpenResult &result)
{
    if (result.ok()) {
        if (!result.warning.isEmpty())
            m_window->statusBar()->showMessage(result.warning);
        return;
    }
    // Nothing more goes into a damaged file, whatever the officer decides next.
    QSqlQuery(m_database.connection()).exec(QStringLiteral("PRAGMA query_only = ON"));
    if (BackupActions::offerLatestBackup(m_database, result, m_window)) {
        Q_EMIT databaseReplaced();
        return;
    }
    m_window->setReadOnly(result.message);
}

} // namespace kotoplan
