// SPDX-License-Identifier: EUPL-1.2
#include "domain/kernel/textfold.h"

#include <gtest/gtest.h>

using namespace cartella::domain;

TEST(TextFold, FoldsAccentsCaseAndPunctuation)
{
    EXPECT_EQ(foldForSearch(QStringLiteral("Nicolò")), QStringLiteral("nicolo"));
    EXPECT_EQ(foldForSearch(QStringLiteral("  D'Amico   SCIUTTÈ ")), QStringLiteral("damico sciutte"));
    EXPECT_EQ(foldForSearch(QStringLiteral("Çelik-Özdemir")), QStringLiteral("celikozdemir"));
    EXPECT_EQ(latinLettersUpper(QStringLiteral("Dell'Àgnolo 2")), QStringLiteral("DELLAGNOLO"));
}
