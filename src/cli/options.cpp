// SPDX-License-Identifier: EUPL-1.2
#include "cli/options.h"

#include <QCoreApplication>

namespace cartella::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AdminCli)
};
} // namespace

std::optional<Options> Options::parse(const QStringList &args, const QStringList &valued,
                                      const QStringList &flags, QString *error)
{
    Options o;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (!a.startsWith(QLatin1String("--"))) {
            o.m_positional.append(a);
            continue;
        }
        QString name = a.mid(2);
        QString value;
        const qsizetype eq = name.indexOf(QLatin1Char('='));
        if (eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
        }
        if (flags.contains(name) && eq < 0) {
            o.m_values.insert(name, QString());
        } else if (valued.contains(name)) {
            if (eq < 0) {
                if (i + 1 >= args.size()) {
                    *error = Tr::tr("The option --%1 needs a value.").arg(name);
                    return std::nullopt;
                }
                value = args.at(++i);
            }
            o.m_values.insert(name, value);
        } else {
            *error = Tr::tr("Unknown option --%1.").arg(name);
            return std::nullopt;
        }
    }
    return o;
}

} // namespace cartella::cli
