// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class UnsavedTextDialog;
}

class QPlainTextEdit;

namespace kotoplan {

// The officer's text that could not be saved (the plan was signed elsewhere meanwhile), shown
// whole for copying: nothing typed is lost without the officer seeing it.
class UnsavedTextDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UnsavedTextDialog(QWidget *parent = nullptr);
    ~UnsavedTextDialog() override;

    void setText(const QString &text);
    QString text() const;
    QPlainTextEdit *textEdit() const;

public Q_SLOTS:
    // Puts the whole text on the clipboard.
    void copyAll();

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::UnsavedTextDialog> m_ui;
};

} // namespace kotoplan
