// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// A signed plan keeps the client's details as they were at the signing: a reprint shows those.
#include "TestSupport.h"
#include "print/PlanDocument.h"
#include "stores/ClientStore.h"

#include <catch2/catch.hpp>

using namespace kotoplan;

TEST_CASE("A signed plan reprints the client's details as signed, not as edited since", "[signing]")
{
    test::TempDatabase db;
    const Plan plan = test::storeSignedCase(db.connection());
    Client client = *ClientStore(db.connection()).load(plan.clientId);
    const QString signedAddress = client.address;
    client.address = QStringLiteral("Uusi osoite 9");
    client.phone = QStringLiteral("+358409999999");
    REQUIRE(ClientStore(db.connection()).save(client).ok());

    const std::optional<PlanDocument> reprint =
        PlanDocument::load(db.connection(), plan.id, QStringLiteral("en"));
    REQUIRE(reprint);
    CHECK(reprint->client().address == signedAddress);
    CHECK(reprint->client().phone != client.phone);
    CHECK(reprint->client().id == client.id);
    const QString text = reprint->build()->toPlainText();
    CHECK(text.contains(signedAddress));
    CHECK_FALSE(text.contains(QStringLiteral("Uusi osoite 9")));
}
