// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/Meeting.h"
#include "print/PrintLanguage.h"
#include "print/PrintedDocument.h"
#include "settings/ServicePoint.h"

#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace kotoplan {

// The next meeting on half a page, to take home: day, time, place, whom the client meets, the
// interpreter, what to bring and whom to call, in large type in the print language. It names
// neither the client nor anything of the plan.
class AppointmentSlipDocument : public PrintedDocument
{
public:
    AppointmentSlipDocument(Meeting meeting, QString officer, ServicePoint servicePoint,
                            const QString &language);
    // The next meeting of the stored plan; nullopt without a plan or a planned meeting.
    static std::optional<AppointmentSlipDocument> load(QSqlDatabase db, qint64 planId,
                                                       const QString &language);

    const Meeting &meeting() const { return m_meeting; }
    QString languageCode() const override { return m_language->code(); }
    std::unique_ptr<QTextDocument> build() const override;
    // How far down an A4 page the slip reaches, in points, header included: under half.
    qreal usedHeightPoints() const;

    QString formTitle() const override;
    QString title() const override;
    QString subject() const override;
    QString author() const override;
    QString headerLeft() const override;
    QString headerRight() const override;
    QString pageFooter(int page, int pages) const override;

private:
    QString t(const char *source) const;

    Meeting m_meeting;
    QString m_officer;
    ServicePoint m_servicePoint;
    std::shared_ptr<PrintLanguage> m_language;
};

} // namespace kotoplan
