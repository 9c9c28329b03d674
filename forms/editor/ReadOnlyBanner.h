// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QFrame>

#include <memory>

namespace Ui {
class ReadOnlyBanner;
}

namespace kotoplan {

// The strip across the window that says the database opened read-only, and why, so nobody
// wonders why nothing can be edited.
class ReadOnlyBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ReadOnlyBanner(QWidget *parent = nullptr);
    ~ReadOnlyBanner() override;

    void setReason(const QString &reason);
    QString text() const;

protected:
    // On QEvent::LanguageChange: the .ui's texts and those set in code, in the new language.
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    std::unique_ptr<Ui::ReadOnlyBanner> m_ui;
    QString m_reason;
};

} // namespace kotoplan
