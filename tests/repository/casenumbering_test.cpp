// SPDX-License-Identifier: EUPL-1.2
#include "common/testsupport.h"
#include "domain/casework/caseservice.h"
#include "domain/casework/personservice.h"
#include "domain/servicehub.h"

#include <QSet>

#include <gtest/gtest.h>

#include <thread>

using namespace cartella;
using namespace cartella::domain;

// Two connections (as two desks on a shared file) open cases at the same time: every number is used once.
TEST(CaseNumbering, ConcurrentCreationInTwoConnectionsGivesUniqueNumbers)
{
    test::TempDatabase seed;
    const Actor actor{QStringLiteral("t")};
    qint64 worker = 0;
    qint64 person = 0;
    {
        ServiceHub setup(seed.storage().repositories());
        worker = setup.cases.registerWorker({0, QStringLiteral("W"), {}, true}, actor).value().id;
        person = setup.persons.create(test::mario(), actor).value().id;
    }
    const QString path = seed.path();
    seed.close();

    constexpr int kPerThread = 40;
    QList<QString> numbers[2];
    int failures[2] = {0, 0};
    auto work = [&](int t) {
        auto storage = repository::Storage::open(path);
        ASSERT_TRUE(storage);
        ServiceHub hub(storage.value()->repositories());
        CaseService &service = hub.cases;
        for (int i = 0; i < kPerThread; ++i) {
            Case c;
            c.area = CaseArea::Elderly;
            c.municipalityCode = QStringLiteral("045001");
            c.responsibleWorkerId = worker;
            c.openedOn = QDate(2026, 5, 1);
            c.members = {{person, MemberRole::PrincipalBeneficiary, {}}};
            const auto opened = service.open(c, actor);
            if (opened)
                numbers[t].append(opened.value().number());
            else
                ++failures[t];
        }
    };
    std::thread a(work, 0);
    std::thread b(work, 1);
    a.join();
    b.join();

    EXPECT_EQ(failures[0] + failures[1], 0) << "busy_timeout lets writers wait their turn";
    QSet<QString> all;
    for (const auto &list : numbers)
        for (const QString &n : list)
            all.insert(n);
    EXPECT_EQ(all.size(), 2 * kPerThread) << "no number given twice";
    EXPECT_TRUE(all.contains(QStringLiteral("2026/0080")));
}
