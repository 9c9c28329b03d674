// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "window/OfficerPrompt.h"

#include "settings/OfficerSettings.h"
#include "stores/AuditLog.h"

#include <QInputDialog>

namespace kotoplan {

QInputDialog *OfficerPrompt::askIfUnnamed(QWidget *window)
{
    if (!officer::name().isEmpty())
        return nullptr;
    auto *dialog = new QInputDialog(window);
    dialog->setObjectName(QStringLiteral("officerPrompt"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::NonModal);
    dialog->setWindowTitle(tr("Who is at this desk?"));
    dialog->setLabelText(tr("Your name, for the audit log and the plans you hand over. Until you "
                            "give it, the log names the computer's account, %1.")
                             .arg(AuditActor::systemAccount()));
    dialog->setInputMode(QInputDialog::TextInput);
    QObject::connect(dialog, &QInputDialog::textValueSelected, dialog,
                     [](const QString &name) { officer::setName(name); });
    dialog->show();
    return dialog;
}

} // namespace kotoplan
