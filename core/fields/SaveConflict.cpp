// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "fields/SaveConflict.h"

#include "fields/ClientFields.h"
#include "fields/PlanFields.h"

namespace kotoplan {

namespace {

template<typename T>
void addDifferences(QList<SaveConflict::Field> *fields, SaveConflict::Part part,
                    const QList<FieldSpec<T>> &specs, const T &base, const T &mine, const T &theirs)
{
    for (const FieldSpec<T> &spec : specs) {
        SaveConflict::Field field{part, spec.key, spec.label, spec.text(mine), spec.text(theirs)};
        if (field.mine == field.theirs)
            continue;
        const QString before = spec.text(base);
        field.mineEdited = field.mine != before;
        field.theirsEdited = field.theirs != before;
        field.keepMine = field.mineEdited;
        fields->append(field);
    }
}

} // namespace

SaveConflict::SaveConflict(const Version &base, const Version &mine, const Version &theirs)
    : m_mine(mine)
    , m_theirs(theirs)
{
    addDifferences(&m_fields, Part::Client, ClientFields::all(), base.client, mine.client,
                   theirs.client);
    addDifferences(&m_fields, Part::Plan, PlanFields::all(), base.plan, mine.plan, theirs.plan);
}

SaveConflict SaveConflict::ofImport(const Client &stored, const Client &inFile)
{
    // Read against the file's version, only the stored side counts as changed: it is kept.
    return SaveConflict({inFile, {}}, {stored, {}}, {inFile, {}});
}

QStringList SaveConflict::theirsChosen() const
{
    QStringList keys;
    for (const Field &field : m_fields) {
        if (!field.keepMine)
            keys.append(field.key);
    }
    return keys;
}

void SaveConflict::setKeepMine(int row, bool keepMine)
{
    if (row >= 0 && row < m_fields.size())
        m_fields[row].keepMine = keepMine;
}

bool SaveConflict::keeps(Part part, const QString &key) const
{
    for (const Field &field : m_fields) {
        if (field.part == part && field.key == key)
            return field.keepMine;
    }
    return false;
}

SaveConflict::Version SaveConflict::resolved() const
{
    Version result = m_theirs;
    for (const FieldSpec<Client> &spec : ClientFields::all()) {
        if (keeps(Part::Client, spec.key))
            spec.take(result.client, m_mine.client);
    }
    for (const FieldSpec<Plan> &spec : PlanFields::all()) {
        if (keeps(Part::Plan, spec.key))
            spec.take(result.plan, m_mine.plan);
    }
    return result;
}

} // namespace kotoplan
