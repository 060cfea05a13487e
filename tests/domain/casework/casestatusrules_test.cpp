// SPDX-License-Identifier: EUPL-1.2
#include "domain/casework/casestatusrules.h"
#include "domain/kernel/vocabulary.h"

#include <gtest/gtest.h>

#include <set>
#include <utility>

using namespace cartella::domain;

TEST(CaseStatusRules, EveryPairIsAllowedOrRefusedAsSpecified)
{
    using S = CaseStatus;
    const std::set<std::pair<S, S>> allowed{
        {S::Reception, S::Assessment}, {S::Assessment, S::InCharge}, {S::InCharge, S::Suspended},
        {S::Suspended, S::InCharge},   {S::Reception, S::Closed},    {S::Assessment, S::Closed},
        {S::InCharge, S::Closed},      {S::Suspended, S::Closed},    {S::Closed, S::InCharge}, // reopening
    };
    int checked = 0;
    for (const S from : Vocabulary<S>::values()) {
        for (const S to : Vocabulary<S>::values()) {
            EXPECT_EQ(CaseStatusRules::allowed(from, to), allowed.count({from, to}) == 1)
                << Vocabulary<S>::code(from).toStdString() << " -> " << Vocabulary<S>::code(to).toStdString();
            ++checked;
        }
    }
    EXPECT_EQ(checked, 25);
    EXPECT_EQ(CaseStatusRules::next(S::InCharge), (QList<S>{S::Suspended, S::Closed}));
}
