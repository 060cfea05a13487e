// SPDX-License-Identifier: EUPL-1.2
#include "cli/fiscalcodecommand.h"

#include "cli/options.h"
#include "domain/kernel/fiscalcode.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace cartella::cli {

using domain::FiscalCode;

QString FiscalCodeCommand::usage() const
{
    return tr("  fiscal-code check CODE...    check fiscal codes\n"
              "  fiscal-code decode CODE      sex, birth date and place encoded in a fiscal code\n"
              "  fiscal-code compute --surname S --name N --sex M|F --birth-date YYYY-MM-DD\n"
              "                     --birth-place NAME_OR_CODE\n"
              "                               the fiscal code for these data\n");
}

int FiscalCodeCommand::run(CommandContext &context, const QStringList &args)
{
    if (args.isEmpty())
        return context.badUsage(tr("fiscal-code needs one of: check, decode, compute."));
    const QString sub = args.first();
    if (sub == QLatin1String("check"))
        return check(context, args.mid(1));
    if (sub == QLatin1String("decode"))
        return decode(context, args.mid(1));
    if (sub == QLatin1String("compute"))
        return compute(context, args.mid(1));
    return context.badUsage(tr("Unknown fiscal-code command \"%1\".").arg(sub));
}

int FiscalCodeCommand::check(CommandContext &context, const QStringList &codes)
{
    QTextStream &out = context.out();
    if (codes.isEmpty())
        return context.badUsage(tr("fiscal-code check needs at least one code."));
    int status = ExitOk;
    for (const QString &code : codes) {
        const auto parsed = FiscalCode::parse(code);
        // "valid" and "invalid" stay English: scripts read them. The reason is for people.
        if (parsed) {
            out << parsed.value().text() << QStringLiteral(" valid") << Qt::endl;
        } else {
            out << code << QStringLiteral(" invalid: ") << parsed.error().message << Qt::endl;
            status = ExitFailure;
        }
    }
    return status;
}

int FiscalCodeCommand::decode(CommandContext &context, const QStringList &args)
{
    QTextStream &out = context.out();
    if (args.size() != 1)
        return context.badUsage(tr("fiscal-code decode needs exactly one code."));
    const auto parsed = FiscalCode::parse(args.first());
    if (!parsed)
        return context.fail(tr("%1 is not valid: %2").arg(args.first(), parsed.error().message));
    const FiscalCode &code = parsed.value();
    if (code.isTemporary())
        return context.fail(tr("%1 is a temporary code: it encodes no personal data.").arg(code.text()));
    const auto place = domain::PlaceRegistry::builtin().birthPlace(code.birthPlaceCode());
    const QJsonObject json{
        {QStringLiteral("sex"),
         code.sex() == domain::Sex::Female ? QStringLiteral("F") : QStringLiteral("M")},
        {QStringLiteral("birth_date"), code.birthDate().toString(Qt::ISODate)},
        {QStringLiteral("birth_place_code"), code.birthPlaceCode()},
        {QStringLiteral("birth_place_name"), place ? place->name : QString()},
    };
    out << QJsonDocument(json).toJson(QJsonDocument::Compact) << Qt::endl;
    return ExitOk;
}

int FiscalCodeCommand::compute(CommandContext &context, const QStringList &args)
{
    QTextStream &out = context.out();
    QString error;
    const QStringList names{QStringLiteral("surname"), QStringLiteral("name"), QStringLiteral("sex"),
                            QStringLiteral("birth-date"), QStringLiteral("birth-place")};
    const auto options = Options::parse(args, names, {}, &error);
    if (!options)
        return context.badUsage(error);
    for (const QString &n : names) {
        if (!options->has(n))
            return context.badUsage(tr("fiscal-code compute needs --%1.").arg(n));
    }
    if (!options->positional().isEmpty())
        return context.badUsage(tr("Unexpected argument \"%1\".").arg(options->positional().first()));

    const QString sexText = options->value(QStringLiteral("sex")).toUpper();
    if (sexText != QLatin1String("M") && sexText != QLatin1String("F"))
        return context.fail(tr("--sex must be M or F."));
    const QDate birth = QDate::fromString(options->value(QStringLiteral("birth-date")), Qt::ISODate);
    if (!birth.isValid())
        return context.fail(tr("--birth-date must be a real date written YYYY-MM-DD."));
    const auto place =
        domain::PlaceRegistry::builtin().resolveBirthPlace(options->value(QStringLiteral("birth-place")));
    if (!place)
        return context.fail(place.error().message);
    const auto code = FiscalCode::compute(
        options->value(QStringLiteral("surname")), options->value(QStringLiteral("name")),
        sexText == QLatin1String("F") ? domain::Sex::Female : domain::Sex::Male, birth, place.value().code);
    if (!code)
        return context.fail(code.error().message);
    out << code.value().text() << Qt::endl;
    return ExitOk;
}

} // namespace cartella::cli
