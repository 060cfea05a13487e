// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "repository/migrator.h"
#include "repository/storage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace cartella::test {

struct ProcessRun
{
    int status = -1;
    QString out;
    QString err;
};

// cartella-admin as a separate process, with its own data folder so it never touches real data.
class AdminCliTest : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    QString db() const { return dir.filePath(QStringLiteral("zone.sqlite")); }

    // Extra environment for the next run only (passwords for --user).
    QHash<QString, QString> nextEnvironment;

    ProcessRun admin(QStringList args, const QString &lang = QStringLiteral("en"))
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("CARTELLA_USER"));
        env.remove(QStringLiteral("CARTELLA_PASSWORD"));
        for (auto it = nextEnvironment.cbegin(); it != nextEnvironment.cend(); ++it)
            env.insert(it.key(), it.value());
        nextEnvironment.clear();
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("xdg")));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
        env.remove(QStringLiteral("LC_ALL"));
        env.remove(QStringLiteral("CARTELLA_DATABASE"));
        p.setProcessEnvironment(env);
        if (!lang.isEmpty())
            args.prepend(QStringLiteral("--lang=") + lang);
        p.start(QStringLiteral(CARTELLA_ADMIN_PATH), args);
        EXPECT_TRUE(p.waitForFinished(120000));
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    ProcessRun adminDb(QStringList args)
    {
        return admin(QStringList{QStringLiteral("--database"), db()} + args);
    }
    // As a demo user (password "demo").
    ProcessRun adminAs(const QString &user, QStringList args)
    {
        nextEnvironment.insert(QStringLiteral("CARTELLA_PASSWORD"), QStringLiteral("demo"));
        return adminDb(QStringList{QStringLiteral("--user"), user} + args);
    }

    QJsonObject status()
    {
        const ProcessRun r = adminDb({QStringLiteral("status"), QStringLiteral("--json")});
        EXPECT_EQ(r.status, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }
};

} // namespace cartella::test
