// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace cartella::cli {

// The "--name value" options and the positional words of one subcommand.
class Options
{
public:
    // `valued` names the options that take a value, `flags` those that do not.
    static std::optional<Options> parse(const QStringList &args, const QStringList &valued,
                                        const QStringList &flags, QString *error);

    bool has(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name) const { return m_values.value(name); }
    const QStringList &positional() const { return m_positional; }

private:
    QHash<QString, QString> m_values;
    QStringList m_positional;
};

} // namespace cartella::cli
