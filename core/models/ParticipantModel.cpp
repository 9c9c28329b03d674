// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "models/ParticipantModel.h"

namespace kotoplan {

ParticipantModel::ParticipantModel(QObject *parent)
    : RowListModel(ColumnCount, parent)
{}

QString &ParticipantModel::text(Participant &row, int column) const
{
    return column == Name ? row.name : row.organisation;
}

QString ParticipantModel::columnTitle(int column) const
{
    return column == Name ? tr("Name") : tr("Organisation");
}

} // namespace kotoplan
