// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class NoPlanView;
}

class QPushButton;

namespace kotoplan {

// A client opened who has no plan yet: "No plan yet — New plan". Nothing is made until the
// officer chooses to.
class NoPlanView : public QWidget
{
    Q_OBJECT

public:
    explicit NoPlanView(QWidget *parent = nullptr);
    ~NoPlanView() override;

    void setClient(qint64 clientId, const QString &name);
    qint64 clientId() const { return m_clientId; }
    QString text() const;
    QPushButton *newPlanButton() const;

Q_SIGNALS:
    void newPlanRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::NoPlanView> m_ui;
    qint64 m_clientId = 0;
};

} // namespace kotoplan
