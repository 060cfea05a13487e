// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace cartella::cli {

// `cartella-admin --user NAME retention apply --closed-before YYYY-MM-DD [--dry-run] [--json]`: anonymises
// the cases closed before the date and the persons who appear in nothing newer (RetentionService). A dry run
// prints counts and case numbers only, and changes nothing.
class RetentionCommand
{
    Q_DECLARE_TR_FUNCTIONS(AdminCli)

public:
    RetentionCommand(QTextStream &out, QTextStream &err, QString user)
        : m_out(out), m_err(err), m_user(std::move(user))
    {}

    // ExitUsage leaves the reason in usageError().
    int run(const QStringList &args, const QString &databasePath);
    const QString &usageError() const { return m_usageError; }

private:
    int usage(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
    QString m_user;
    QString m_usageError;
};

} // namespace cartella::cli
