// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Client.h"
#include "Plan.h"
#include "PrintLanguage.h"
#include "PrintedDocument.h"

#include <QString>
#include <QTextDocument>

#include <memory>

namespace kotoplan {

// The printed plan: one plan and its client as the paper form, field by field and in its order,
// in one language chosen for this print (fi, sv or en) whatever the UI speaks. Empty fields stay
// on the page as empty boxes, to be filled in by hand. Ends with the signature block.
class PlanDocument : public PrintedDocument
{
public:
    PlanDocument(Plan plan, Client client, const QString &language);

    const Plan &plan() const { return m_plan; }
    const Client &client() const { return m_client; }
    QString languageCode() const override { return m_language->code(); }

    // A new document each call, laid out in points (see PlanPages).
    std::unique_ptr<QTextDocument> build() const override;

    // The texts around the pages and in the file's metadata, in the print language.
    QString formTitle() const override;   // the form's name
    QString title() const override;       // the form's name and the client
    QString subject() const override;     // whose plan of which date
    QString author() const override;      // the officer who signed, or the first participant
    QString headerLeft() const override;  // the client's name
    QString headerRight() const override; // date of birth and the plan's date
    QString pageFooter(int page, int pages) const override;
    // <client>-<plan date>-integration-plan.pdf, safe on every file system.
    QString suggestedFileName() const;

private:
    QString t(const char *source) const;
    void writeClient(class FormCursor &form) const;
    void writeGoals(class FormCursor &form) const;
    void writeMeasures(class FormCursor &form) const;
    void writeSignatures(class FormCursor &form) const;

    Plan m_plan;
    Client m_client;
    std::shared_ptr<PrintLanguage> m_language;
};

} // namespace kotoplan
