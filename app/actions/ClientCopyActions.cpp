// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "actions/ClientCopyActions.h"

#include "dialogs/FileDialogs.h"

#include "dialogs/MessageBox.h"
#include "domain/ClientCodes.h"
#include "exchange/MeetingCalendar.h"
#include "print/AppointmentSlipDocument.h"
#include "print/ClientCopyDocument.h"
#include "print/PlanPages.h"
#include "stores/AuditLog.h"
#include "stores/ClientStore.h"
#include "stores/MeetingStore.h"
#include "stores/PlanStore.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QMenu>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace kotoplan {

namespace {
// The languages the client's copy is written in, in the order the question offers them.
QStringList copyLanguages()
{
    return {QStringLiteral("fi"), QStringLiteral("sv"), QStringLiteral("en")};
}
} // namespace

ClientCopyActions::ClientCopyActions(QSqlDatabase db, std::function<QString()> language,
                                     QWidget *window)
    : QObject(window)
    , m_db(std::move(db))
    , m_language(std::move(language))
    , m_window(window)
    , m_copy(new QAction(this))
    , m_slip(new QAction(this))
    , m_calendar(new QAction(this))
{
    connect(m_copy, &QAction::triggered, this, [this] { preview(Paper::ClientCopy); });
    connect(m_slip, &QAction::triggered, this, [this] { preview(Paper::AppointmentSlip); });
    connect(m_calendar, &QAction::triggered, this, &ClientCopyActions::saveCalendar);
    retranslate();
    setPlanId(0);
}

ClientCopyActions::~ClientCopyActions() = default;

void ClientCopyActions::retranslate()
{
    m_copy->setText(tr("Print client's c&opy…"));
    m_copy->setToolTip(tr("The plan in plain language and large type, for the client to keep"));
    m_slip->setText(tr("Print &appointment slip…"));
    m_calendar->setText(tr("Save next &meeting for the phone…"));
    m_calendar->setToolTip(tr("The next meeting as a calendar file (.ics), without the client's "
                              "name or the plan"));
}

void ClientCopyActions::addTo(QMenu *menu)
{
    menu->addAction(m_copy);
    menu->addAction(m_slip);
    menu->addAction(m_calendar);
}

void ClientCopyActions::setPlanId(qint64 planId)
{
    m_planId = planId;
    for (QAction *action : {m_copy, m_slip, m_calendar})
        action->setEnabled(planId > 0);
}

std::unique_ptr<PrintedDocument> ClientCopyActions::document(Paper paper,
                                                             const QString &language) const
{
    if (m_planId <= 0)
        return nullptr;
    const QString code = language.isEmpty() ? m_language() : language;
    if (paper == Paper::ClientCopy) {
        if (auto copy = ClientCopyDocument::load(m_db, m_planId, code))
            return std::make_unique<ClientCopyDocument>(std::move(*copy));
    } else if (auto slip = AppointmentSlipDocument::load(m_db, m_planId, code)) {
        return std::make_unique<AppointmentSlipDocument>(std::move(*slip));
    }
    return nullptr;
}

QString ClientCopyActions::defaultCopyLanguage() const
{
    if (const Result<Plan> plan = m_planId > 0 ? PlanStore(m_db).load(m_planId)
                                               : Result<Plan>(ResultStatus::NotFound, QString())) {
        if (const Result<Client> client = ClientStore(m_db).load(plan->clientId)) {
            const QString contact = clientCodes::language(client->contactLanguage);
            if (copyLanguages().contains(contact))
                return contact;
        }
    }
    return m_language();
}

QString ClientCopyActions::askCopyLanguage()
{
    const QStringList codes = copyLanguages();
    const int chosen = MessageBox::choice(m_window, tr("The client's copy"),
                                          tr("Which language is the client's copy printed in?"),
                                          {tr("&Finnish"), tr("&Swedish"), tr("&English")},
                                          int(codes.indexOf(defaultCopyLanguage())));
    return chosen >= 0 && chosen < codes.size() ? codes.at(chosen) : QString();
}

bool ClientCopyActions::printTo(Paper paper, QPrinter *printer, const QString &language)
{
    const std::unique_ptr<PrintedDocument> printed = document(paper, language);
    if (!printed)
        return false;
    printer->setDocName(printed->title());
    PlanPages pages(*printed);
    QPainter painter;
    if (!painter.begin(printer))
        return false;
    pages.paint(painter, *printer);
    if (!painter.end())
        return false;
    if (const Result<Plan> plan = PlanStore(m_db).load(m_planId))
        AuditLog(m_db, AuditActor::fromSettings())
            .append(AuditAction::Printed, plan->clientId, plan->id);
    return true;
}

std::unique_ptr<QPrintPreviewDialog> ClientCopyActions::createPreview(Paper paper)
{
    if (!document(paper)) {
        if (paper == Paper::AppointmentSlip)
            MessageBox::information(m_window, tr("Appointment slip"),
                                    tr("The plan has no next meeting planned yet."));
        return nullptr;
    }
    QString language;
    if (paper == Paper::ClientCopy) {
        language = askCopyLanguage();
        if (language.isEmpty())
            return nullptr;
    }
    auto dialog = std::make_unique<QPrintPreviewDialog>(m_window);
    dialog->printer()->setPageSize(QPageSize(QPageSize::A4));
    dialog->setWindowTitle(paper == Paper::ClientCopy ? tr("The client's copy")
                                                      : tr("Appointment slip"));
    // Painting the preview records nothing; the preview's own Print accepts the dialog.
    connect(dialog.get(), &QPrintPreviewDialog::paintRequested, this,
            [this, paper, language](QPrinter *printer) {
                if (const std::unique_ptr<PrintedDocument> printed = document(paper, language)) {
                    PlanPages pages(*printed);
                    QPainter painter(printer);
                    pages.paint(painter, *printer);
                }
            });
    return dialog;
}

void ClientCopyActions::preview(Paper paper)
{
    Q_EMIT aboutToPrint();
    const std::unique_ptr<QPrintPreviewDialog> dialog = createPreview(paper);
    if (dialog && dialog->exec() == QDialog::Accepted) {
        if (const Result<Plan> plan = PlanStore(m_db).load(m_planId))
            AuditLog(m_db, AuditActor::fromSettings())
                .append(AuditAction::Printed, plan->clientId, plan->id);
    }
}

void ClientCopyActions::saveCalendar()
{
    Q_EMIT aboutToPrint();
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = FileDialogs::saveFileName(
        m_window, tr("Save the next meeting"),
        QDir(folder).filePath(tr("next-meeting") + QStringLiteral(".ics")),
        tr("Calendar files (*.ics)"));
    if (!path.isEmpty())
        saveCalendarTo(path);
}

bool ClientCopyActions::saveCalendarTo(const QString &path)
{
    const Result<Plan> plan = m_planId > 0 ? PlanStore(m_db).load(m_planId)
                                           : Result<Plan>(ResultStatus::NotFound, QString());
    const std::optional<Meeting> next = plan ? MeetingStore(m_db).nextFor(*plan) : std::nullopt;
    if (!next) {
        MessageBox::information(m_window, tr("Save the next meeting"),
                                tr("The plan has no next meeting planned yet."));
        return false;
    }
    const MeetingCalendar::Result result =
        MeetingCalendar::write(*next, ServicePoint::load(), m_language(), path);
    if (!result.ok) {
        MessageBox::critical(m_window, tr("Save the next meeting"), result.message);
        return false;
    }
    Q_EMIT message(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool ClientCopyActions::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::event(event);
}

} // namespace kotoplan
