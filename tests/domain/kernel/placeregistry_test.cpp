// SPDX-License-Identifier: EUPL-1.2
#include "domain/kernel/placeregistry.h"

#include <gtest/gtest.h>

using namespace cartella::domain;

TEST(PlaceRegistry, ShipsTheIstatAndBelfioreTables)
{
    const PlaceRegistry &places = PlaceRegistry::builtin();
    EXPECT_GT(places.municipalities().size(), 7800);
    EXPECT_GT(places.birthPlaces().size(), 10000) << "current, suppressed and foreign";
    const auto aulla = places.municipality(QStringLiteral("045001"));
    ASSERT_TRUE(aulla);
    EXPECT_EQ(aulla->name, QStringLiteral("Aulla"));
    EXPECT_EQ(aulla->belfioreCode, QStringLiteral("A496"));
}

TEST(PlaceRegistry, CurrentComuniUseTheIstatSpelling)
{
    const auto p = PlaceRegistry::builtin().birthPlace(QStringLiteral("B979"));
    ASSERT_TRUE(p);
    EXPECT_EQ(p->name, QStringLiteral("Casola in Lunigiana"));
    EXPECT_TRUE(p->active);
}

TEST(PlaceRegistry, ResolvesNamesCodesAndLabels)
{
    const PlaceRegistry &places = PlaceRegistry::builtin();
    EXPECT_EQ(places.resolveBirthPlace(QStringLiteral("Roma")).value().code, QStringLiteral("H501"));
    EXPECT_EQ(places.resolveBirthPlace(QStringLiteral("h501")).value().code, QStringLiteral("H501"));
    EXPECT_EQ(places.resolveBirthPlace(QStringLiteral("germania")).value().code, QStringLiteral("Z112"));
    EXPECT_EQ(places.resolveBirthPlace(QStringLiteral("Agnona")).value().code, QStringLiteral("A079"));
}

TEST(PlaceRegistry, AmbiguousNamesAskForTheProvince)
{
    const PlaceRegistry &places = PlaceRegistry::builtin();
    const auto ambiguous = places.resolveBirthPlace(QStringLiteral("Samone"));
    ASSERT_FALSE(ambiguous);
    EXPECT_TRUE(ambiguous.error().message.contains(QStringLiteral("(TO)")));
    EXPECT_TRUE(ambiguous.error().message.contains(QStringLiteral("(TN)")));
    const auto chosen = places.resolveBirthPlace(QStringLiteral("Samone (TO)"));
    ASSERT_TRUE(chosen);
    EXPECT_EQ(chosen.value().province, QStringLiteral("TO"));
    EXPECT_FALSE(places.resolveBirthPlace(QStringLiteral("Atlantide")));
}
