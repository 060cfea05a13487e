#pragma once

#include "domain/actor.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace cartella::repository {
class Storage;
}

namespace cartella::cli {

// `cartella-admin case list [--json] [--status S] [--area A]` and `case show NUMBER [--json]`.
class CaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(AdminCli)

public:
    CaseCommand(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

    // ExitUsage leaves the reason in usageError().
    int run(const QStringList &args, const QString &databasePath);
    const QString &usageError() const { return m_usageError; }

private:
    int list(repository::Storage &storage, const QStringList &args);
    int show(repository::Storage &storage, const QStringList &args);
    int usage(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
    QString m_usageError;
    domain::Actor m_actor{QStringLiteral("cartella-admin")};
};

} // namespace cartella::cli
