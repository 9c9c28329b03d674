// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/Client.h"
#include "domain/Meeting.h"
#include "domain/Plan.h"
#include "print/PrintLanguage.h"
#include "print/PrintedDocument.h"
#include "settings/ServicePoint.h"

#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace kotoplan {

// The client's own copy of a plan: one or two pages in plain language and large type, in the
// print language chosen for it: the goal, what the client and the others will do, the next
// meeting, whom to contact, and the same few sentences on rights and duties for everyone.
// It carries no health data and nothing of the life-situation summary.
class ClientCopyDocument : public PrintedDocument
{
public:
    struct Contact
    {
        QString officer;
        ServicePoint servicePoint;
    };

    ClientCopyDocument(Plan plan, Client client, std::optional<Meeting> nextMeeting,
                       Contact contact, const QString &language);
    // The stored plan, its client and next meeting, with the officer and the service point
    // from the settings.
    static std::optional<ClientCopyDocument> load(QSqlDatabase db, qint64 planId,
                                                  const QString &language);

    const Plan &plan() const { return m_plan; }
    QString languageCode() const override { return m_language->code(); }
    std::unique_ptr<QTextDocument> build() const override;

    QString formTitle() const override;
    QString title() const override;
    QString subject() const override;
    QString author() const override;
    QString headerLeft() const override;  // the client's name
    QString headerRight() const override; // the plan's date
    QString pageFooter(int page, int pages) const override;
    // <client>-<plan date>-your-plan.pdf, safe on every file system.
    QString suggestedFileName() const;

private:
    QString t(const char *source) const;
    QString mainGoalSentence() const;
    std::unique_ptr<QTextDocument> build(qreal scale) const;

    Plan m_plan;
    Client m_client;
    std::optional<Meeting> m_nextMeeting;
    Contact m_contact;
    std::shared_ptr<PrintLanguage> m_language;
};

} // namespace kotoplan
