// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QRandomGenerator>
#include <QString>

namespace kotoplan {

// An invented person for the demo data: a name built from first and last names of one language
// group, in the script and the order that group writes names in, with a mother tongue,
// citizenship and contact language that go with it.
struct DemoPerson
{
    QString name;
    QString motherTongue;    // ISO 639-1
    QString citizenship;     // ISO 3166-1 alpha-2, XX stateless
    QString contactLanguage; // ISO 639-1
};

class DemoNames
{
public:
    // The same generator state gives the same person.
    static DemoPerson person(QRandomGenerator &random);
    // How many language groups the names come from.
    static int groupCount();
};

} // namespace kotoplan
