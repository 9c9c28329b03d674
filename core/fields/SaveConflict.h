// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/Client.h"
#include "domain/Plan.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace kotoplan {

// Two officers saved the same case: what this officer typed ("mine") beside what the other
// saved in the meantime ("theirs"), field by field, each read against the version both started
// from. The officer chooses per field; nothing is overwritten until then.
class SaveConflict
{
public:
    enum class Part
    {
        Client,
        Plan
    };
    struct Version
    {
        Client client;
        Plan plan;
    };
    struct Field
    {
        Part part = Part::Plan;
        QString key; // as in form-fields.md
        QString label;
        QString mine;
        QString theirs;
        bool mineEdited = false;   // this officer changed it since reading
        bool theirsEdited = false; // the other officer did
        bool keepMine = false;

        bool bothEdited() const { return mineEdited && theirsEdited; }
    };

    // Lists the fields where mine and theirs differ, in the order of the form, the client's
    // first. Each starts on the side that changed it; where both did, on this officer's text.
    SaveConflict(const Version &base, const Version &mine, const Version &theirs);

    // A known client's stored details ("mine") beside those of an imported plan file
    // ("theirs"): each field that differs starts on the stored value. Its choice is read with
    // theirsChosen(); resolved() means nothing for it.
    static SaveConflict ofImport(const Client &stored, const Client &inFile);

    const QList<Field> &fields() const { return m_fields; }
    // The keys of the fields where theirs is chosen, in the form's order.
    QStringList theirsChosen() const;
    void setKeepMine(int row, bool keepMine);
    // Theirs, with its ids and row versions, carrying the fields chosen from mine: saving it
    // overwrites nothing unseen.
    Version resolved() const;
    const Version &theirs() const { return m_theirs; }

private:
    bool keeps(Part part, const QString &key) const;

    Version m_mine;
    Version m_theirs;
    QList<Field> m_fields;
};

} // namespace kotoplan
