// SPDX-License-Identifier: EUPL-1.2
// The rule that keeps the feature folders readable (docs/architecture.md): inside src/domain the features
// build on each other in one order and no include goes back up it; the GUI's feature folders never include
// each other (only the shell composes them, and every feature may use common); no folder grows past about 45
// files. Read from the source tree, so that a move or a new include that breaks it fails here.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

#include <gtest/gtest.h>

namespace {

const QString kSource = QStringLiteral(CARTELLA_SOURCE_DIR) + QStringLiteral("/src");

// The domain's features, lowest first. A feature may include its own folder and the ones before it.
const QStringList kDomainOrder = {QStringLiteral("kernel"),     QStringLiteral("access"),
                                  QStringLiteral("casework"),   QStringLiteral("services"),
                                  QStringLiteral("minori"),     QStringLiteral("emergencies"),
                                  QStringLiteral("programmes"), QStringLiteral("privacy")};
// Features that stand side by side: none of them includes another.
const QStringList kSiblings = {QStringLiteral("minori"), QStringLiteral("emergencies"),
                               QStringLiteral("programmes")};

struct Include
{
    QString file;   // relative to src/
    QString target; // as written
};

QList<Include> includesUnder(const QString &layer)
{
    static const QRegularExpression include(QStringLiteral(R"re(^\s*#include\s+"([^"]+)")re"),
                                            QRegularExpression::MultilineOption);
    QList<Include> found;
    QDirIterator it(kSource + QLatin1Char('/') + layer, {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
        const QString text = QString::fromUtf8(f.readAll());
        for (auto m = include.globalMatch(text); m.hasNext();)
            found.append({QDir(kSource).relativeFilePath(path), m.next().captured(1)});
    }
    return found;
}

// "domain/casework/x.h" → "casework"; empty when the path names no feature folder of the layer.
QString featureOf(const QString &path, const QString &layer)
{
    const QStringList parts = path.split(QLatin1Char('/'));
    return parts.size() >= 3 && parts.first() == layer ? parts.at(1) : QString();
}

TEST(LayoutTest, TheDomainsFeaturesIncludeOnlyThemselvesAndTheFeaturesBelow)
{
    const QList<Include> includes = includesUnder(QStringLiteral("domain"));
    ASSERT_GT(includes.size(), 300) << "the domain's sources were not found under " << kSource.toStdString();
    for (const Include &inc : includes) {
        const QString from = featureOf(inc.file, QStringLiteral("domain"));
        const QString to = featureOf(inc.target, QStringLiteral("domain"));
        if (from.isEmpty())
            continue; // the hub at the top composes them all
        ASSERT_TRUE(kDomainOrder.contains(from)) << inc.file.toStdString() << " is in no known feature";
        EXPECT_TRUE(inc.target.startsWith(QLatin1String("domain/")) ||
                    !inc.target.contains(QLatin1Char('/')) || inc.target.startsWith(QLatin1String("ui_")))
            << inc.file.toStdString() << " includes " << inc.target.toStdString() << " outside the domain";
        if (to.isEmpty()) {
            EXPECT_FALSE(inc.target.startsWith(QLatin1String("domain/")))
                << inc.file.toStdString() << " includes the hub " << inc.target.toStdString();
            continue;
        }
        EXPECT_LE(kDomainOrder.indexOf(to), kDomainOrder.indexOf(from))
            << inc.file.toStdString() << " includes " << inc.target.toStdString() << ", above its feature";
        EXPECT_FALSE(from != to && kSiblings.contains(from) && kSiblings.contains(to))
            << inc.file.toStdString() << " includes its sibling feature " << inc.target.toStdString();
    }
}

TEST(LayoutTest, GuiFeaturesNeverIncludeEachOtherOnlyTheShellComposesThem)
{
    const QList<Include> includes = includesUnder(QStringLiteral("gui"));
    ASSERT_GT(includes.size(), 300);
    for (const Include &inc : includes) {
        const QString from = featureOf(inc.file, QStringLiteral("gui"));
        const QString to = featureOf(inc.target, QStringLiteral("gui"));
        if (from.isEmpty() || to.isEmpty() || from == to || from == QLatin1String("shell") ||
            to == QLatin1String("common"))
            continue;
        ADD_FAILURE() << inc.file.toStdString() << " (" << from.toStdString() << ") includes "
                      << inc.target.toStdString() << ": ask the shell instead";
    }
}

TEST(LayoutTest, NoFolderOfTheDomainOrTheGuiHoldsMoreThan45Files)
{
    for (const QString &layer : {QStringLiteral("domain"), QStringLiteral("gui")}) {
        QDirIterator it(kSource + QLatin1Char('/') + layer, QDir::Dirs | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        QStringList folders{kSource + QLatin1Char('/') + layer};
        while (it.hasNext())
            folders.append(it.next());
        for (const QString &folder : folders) {
            const qsizetype files = QDir(folder).entryList(QDir::Files).size();
            EXPECT_LE(files, 45) << folder.toStdString() << " holds " << files << " files";
        }
    }
}

TEST(LayoutTest, SourcesIncludeProjectHeadersByTheirPathFromSrc)
{
    for (const QString &layer :
         {QStringLiteral("domain"), QStringLiteral("gui"), QStringLiteral("repository"),
          QStringLiteral("cli"), QStringLiteral("export")}) {
        for (const Include &inc : includesUnder(layer)) {
            if (inc.target.startsWith(QLatin1String("ui_")))
                continue;
            EXPECT_TRUE(QFile::exists(kSource + QLatin1Char('/') + inc.target))
                << inc.file.toStdString() << " includes \"" << inc.target.toStdString()
                << "\", which is not a path from src/";
        }
    }
}

} // namespace
