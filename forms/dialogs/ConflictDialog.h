// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "fields/SaveConflict.h"
#include "models/SaveConflictModel.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ConflictDialog;
}

class QLabel;
class QPushButton;
class QTableView;

namespace kotoplan {

// Someone else saved the case while this officer typed: the two versions side by side, only
// the fields that differ, each with a choice. Save stores the choice; Cancel keeps the typed
// text in the editor and stores nothing. Worded for an import (setWording), the stored client
// beside the client in the file: Import takes the chosen fields, Cancel imports nothing.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConflictDialog(QWidget *parent = nullptr);
    ~ConflictDialog() override;

    void setWording(SaveConflictModel::Wording wording);
    void setConflict(const SaveConflict &conflict);
    // The officer's choices.
    SaveConflict conflict() const;
    SaveConflictModel *model() const { return m_model; }
    QTableView *tableView() const;
    QLabel *summaryLabel() const;
    QPushButton *saveButton() const;
    QPushButton *keepAllMineButton() const;
    QPushButton *takeAllTheirsButton() const;

protected:
    void changeEvent(QEvent *event) override;
    // The button box makes its first accept button the default as it shows: taken back here.
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::ConflictDialog> m_ui;
    SaveConflictModel *m_model;
};

} // namespace kotoplan
