// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/Plan.h"
#include "models/RowListModel.h"

namespace kotoplan {

// Field 1 as an editable table: who takes part in drawing up the plan besides the client.
class ParticipantModel : public RowListModel<Participant>
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Organisation,
        ColumnCount
    };

    explicit ParticipantModel(QObject *parent = nullptr);

    Participant participantAt(const QModelIndex &index) const { return rowAt(index); }

protected:
    QString &text(Participant &row, int column) const override;
    QString columnTitle(int column) const override;
};

} // namespace kotoplan
