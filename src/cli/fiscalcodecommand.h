// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace cartella::cli {

// `cartella-admin fiscal-code check|decode|compute`: needs no database.
class FiscalCodeCommand
{
    Q_DECLARE_TR_FUNCTIONS(AdminCli)

public:
    FiscalCodeCommand(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

    int run(const QStringList &args);
    const QString &usageError() const { return m_usageError; }

private:
    int check(const QStringList &codes);
    int decode(const QStringList &args);
    int compute(const QStringList &args);
    int usage(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
    QString m_usageError;
};

} // namespace cartella::cli
