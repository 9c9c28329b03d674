// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class ExportDialog;
}

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace kotoplan {

// Export for the TE office: where to, to whom (the receivers used before offered first) and
// in which language the PDF is printed (the export language setting by default, normally the
// municipality's official language), and whether the life-situation summary goes along.
// OK remembers the receiver and the language.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(const QString &folder, QWidget *parent = nullptr);
    ~ExportDialog() override;

    QString folder() const;
    QString receiver() const;
    QString language() const; // fi, sv or en
    bool withLifeSituation() const;

    QLineEdit *folderEdit() const;
    QComboBox *receiverCombo() const;
    QComboBox *languageCombo() const;
    QCheckBox *lifeSituationCheck() const;

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void browse();
    void updateOk();

    std::unique_ptr<Ui::ExportDialog> m_ui;
};

} // namespace kotoplan
