// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/Client.h"
#include "domain/Plan.h"
#include "domain/Service.h"
#include "print/PrintLanguage.h"
#include "print/PrintedDocument.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QTextDocument>

#include <memory>
#include <optional>

namespace kotoplan {

// The printed plan: one plan and its client as the paper form, field by field and in its order,
// in one language chosen for this print (fi, sv or en) whatever the UI speaks. Empty fields stay
// on the page as empty boxes, to be filled in by hand. Ends with the signature block.
class PlanDocument : public PrintedDocument
{
public:
    // A review prints how each sub-goal of the previous plan went: `previousSubGoals` are that
    // plan's sub-goals, whose texts the outcomes refer to by position.
    PlanDocument(Plan plan, Client client, const QString &language,
                 QList<SubGoal> previousSubGoals = {});
    // The catalogue's services the sub-goals name: a measure picked from the catalogue prints
    // under the service's name in the print language, whatever language it was picked in.
    void setServices(const QList<Service> &services);
    // The stored plan with its client, its services and, for a review, the previous plan's
    // sub-goals.
    static std::optional<PlanDocument> load(QSqlDatabase db, qint64 planId,
                                            const QString &language);

    // Who issues the paper: the municipality in the header, and the officer's name and
    // organisation printed under the officer's signature line. Read from the settings
    // (municipality::name(), officer::name(), officer::organisation()) unless set here.
    struct Issuer
    {
        QString municipality;
        QString officer;
        QString organisation;
    };
    static Issuer issuerFromSettings();
    void setIssuer(const Issuer &issuer) { m_issuer = issuer; }
    const Issuer &issuer() const { return m_issuer; }

    const Plan &plan() const { return m_plan; }
    const Client &client() const { return m_client; }
    const QList<SubGoal> &previousSubGoals() const { return m_previousSubGoals; }
    // A copy handed over without the life-situation summary (it may hold health data): its box
    // says that it is not included, instead of the text.
    void withholdLifeSituation() { m_lifeSituationWithheld = true; }
    bool lifeSituationWithheld() const { return m_lifeSituationWithheld; }
    QString languageCode() const override { return m_language->code(); }

    // A new document each call, laid out in points (see PlanPages).
    std::unique_ptr<QTextDocument> build() const override;

    // The texts around the pages and in the file's metadata, in the print language.
    QString formTitle() const override;   // the form's name
    QString title() const override;       // the form's name and the client
    QString subject() const override;     // whose plan of which date
    QString author() const override;      // the officer who signed, or the first participant
    QString headerLeft() const override;  // the municipality and the client's name
    QString headerRight() const override; // date of birth and the plan's date
    QString pageFooter(int page, int pages) const override;
    // "DRAFT — not signed" on every page of a draft; empty for a signed plan.
    QString pageMark() const override;
    // <client>-<plan date>-integration-plan[-review]-<plan id>.pdf, safe on every file system;
    // a long name is cut, never the date, the kind or the id.
    QString suggestedFileName() const;

private:
    QString t(const char *source) const;
    void writeClient(class FormCursor &form) const;
    void writeGoals(class FormCursor &form) const;
    void writeReview(class FormCursor &form) const;
    QString outcomeText(Outcome outcome) const;
    void writeMeasures(class FormCursor &form) const;
    QString measureText(const SubGoal &subGoal) const;
    void writeSignatures(class FormCursor &form) const;

    Plan m_plan;
    Client m_client;
    QList<SubGoal> m_previousSubGoals;
    QHash<qint64, Service> m_services;
    std::shared_ptr<PrintLanguage> m_language;
    Issuer m_issuer;
    bool m_lifeSituationWithheld = false;
};

} // namespace kotoplan
