// SPDX-License-Identifier: EUPL-1.2
#include "cli/admincli.h"
#include "cli/command.h"

#include <gtest/gtest.h>

#include <utility>

using namespace cartella::cli;

namespace {

// A command that only records what it was given.
class FakeCommand : public Command
{
public:
    FakeCommand(QString name, QString usage, UsageGroup group, QStringList *ran = nullptr)
        : m_name(std::move(name)), m_usage(std::move(usage)), m_group(group), m_ran(ran)
    {}
    QString name() const override { return m_name; }
    QString usage() const override { return m_usage; }
    UsageGroup group() const override { return m_group; }
    int run(CommandContext &context, const QStringList &args) override
    {
        if (m_ran)
            *m_ran = args;
        if (args == QStringList{QStringLiteral("wrong")})
            return context.badUsage(QStringLiteral("wrong words"));
        context.out() << m_name << Qt::endl;
        return ExitOk;
    }

private:
    QString m_name;
    QString m_usage;
    UsageGroup m_group;
    QStringList *m_ran;
};

struct Table
{
    QString out;
    QString err;
    QTextStream outStream{&out};
    QTextStream errStream{&err};
    QStringList ran;
    AdminCli cli;

    static std::vector<std::unique_ptr<Command>> commands(QStringList *ran)
    {
        std::vector<std::unique_ptr<Command>> c;
        c.push_back(std::make_unique<FakeCommand>(QStringLiteral("beta"), QStringLiteral("  beta    B\n"),
                                                  UsageGroup::Projects));
        c.push_back(std::make_unique<FakeCommand>(QStringLiteral("alpha"), QStringLiteral("  alpha   A\n"),
                                                  UsageGroup::General, ran));
        c.push_back(std::make_unique<FakeCommand>(QStringLiteral("gamma"), QStringLiteral("  gamma   G\n"),
                                                  UsageGroup::Services));
        return c;
    }
    Table() : cli(outStream, errStream, commands(&ran)) {}
};

} // namespace

TEST(CommandTableTest, TheUsageTextIsBuiltFromTheEntriesBlockByBlock)
{
    Table t;
    const QString usage = t.cli.usage();
    const qsizetype alpha = usage.indexOf(QStringLiteral("  alpha   A\n"));
    const qsizetype gamma = usage.indexOf(QStringLiteral("  gamma   G\n"));
    const qsizetype beta = usage.indexOf(QStringLiteral("  beta    B\n"));
    ASSERT_GE(alpha, 0);
    EXPECT_LT(alpha, gamma);
    EXPECT_LT(gamma, beta);
    EXPECT_LT(usage.indexOf(QStringLiteral("Commands:\n")), alpha);
    EXPECT_LT(usage.indexOf(QStringLiteral("Services and aid:\n")), gamma);
    EXPECT_LT(usage.indexOf(QStringLiteral("Projects:\n")), beta);
    // The general block alone stops before the others.
    const QString general = t.cli.usage(UsageGroup::General);
    EXPECT_TRUE(usage.startsWith(general));
    EXPECT_TRUE(general.contains(QStringLiteral("  alpha   A\n")));
    EXPECT_FALSE(general.contains(QStringLiteral("gamma")));
}

TEST(CommandTableTest, ACommandRunsWithTheWordsAfterItsName)
{
    Table t;
    EXPECT_EQ(t.cli.run({QStringLiteral("alpha"), QStringLiteral("x"), QStringLiteral("--y")}, QString()),
              ExitOk);
    t.outStream.flush();
    EXPECT_EQ(t.ran, (QStringList{QStringLiteral("x"), QStringLiteral("--y")}));
    EXPECT_EQ(t.out, QStringLiteral("alpha\n"));
    EXPECT_TRUE(t.err.isEmpty());
}

TEST(CommandTableTest, AnUnknownCommandExitsTwoWithTheUsage)
{
    Table t;
    EXPECT_EQ(t.cli.run({QStringLiteral("delta")}, QString()), ExitUsage);
    t.errStream.flush();
    EXPECT_EQ(t.err, QStringLiteral("Unknown command \"delta\".\n\n") + t.cli.usage());
    EXPECT_TRUE(t.out.isEmpty());
}

TEST(CommandTableTest, AWrongCommandLineOfACommandPrintsTheSameUsage)
{
    Table t;
    EXPECT_EQ(t.cli.run({QStringLiteral("alpha"), QStringLiteral("wrong")}, QString()), ExitUsage);
    t.errStream.flush();
    EXPECT_EQ(t.err, QStringLiteral("wrong words\n\n") + t.cli.usage());
}

TEST(CommandTableTest, HelpPrintsTheUsageAndNoCommandIsAWrongCommandLine)
{
    Table t;
    EXPECT_EQ(t.cli.run({QStringLiteral("--help")}, QString()), ExitOk);
    t.outStream.flush();
    EXPECT_EQ(t.out, t.cli.usage());
    EXPECT_EQ(t.cli.run({}, QString()), ExitUsage);
    t.errStream.flush();
    EXPECT_TRUE(t.err.startsWith(QStringLiteral("No command given.\n\n")));
}

TEST(CommandTableTest, EveryCommandOfCartellaAdminHasOneEntryAndItsUsageLines)
{
    QTextStream none;
    const AdminCli cli(none, none);
    QStringList names;
    for (const auto &command : cli.commands()) {
        EXPECT_FALSE(names.contains(command->name())) << command->name().toStdString();
        names << command->name();
        EXPECT_TRUE(command->usage().startsWith(QStringLiteral("  ") + command->name() + QLatin1Char(' ')))
            << command->name().toStdString();
        EXPECT_TRUE(command->usage().endsWith(QLatin1Char('\n'))) << command->name().toStdString();
        EXPECT_TRUE(cli.usage().contains(command->usage())) << command->name().toStdString();
    }
    EXPECT_EQ(names.size(), 14);
    EXPECT_TRUE(AdminCli::paints({QStringLiteral("person"), QStringLiteral("export"), QStringLiteral("1"),
                                  QStringLiteral("--pdf"), QStringLiteral("p.pdf")}));
    EXPECT_TRUE(
        AdminCli::paints({QStringLiteral("demo"), QStringLiteral("--size"), QStringLiteral("small")}));
    EXPECT_FALSE(
        AdminCli::paints({QStringLiteral("demo"), QStringLiteral("--persons"), QStringLiteral("5")}));
    EXPECT_FALSE(AdminCli::paints({QStringLiteral("status")}));
}
