// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class GuideDialog;
}

class QTextBrowser;

namespace kotoplan {

// Help > User guide (F1): the short guide for officers, in the UI language, with its
// screenshots. Follows a language change while open.
class GuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GuideDialog(QWidget *parent = nullptr);
    ~GuideDialog() override;

    // The guide's page in the language (fi, sv, en), from the program's resources.
    static QString source(const QString &language);
    QTextBrowser *browser() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void showGuide();
    std::unique_ptr<Ui::GuideDialog> m_ui;
};

} // namespace kotoplan
