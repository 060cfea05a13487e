// SPDX-License-Identifier: EUPL-1.2
#include "cli/fiscalcodecommand.h"

#include "cli/admincli.h"
#include "cli/options.h"
#include "domain/kernel/fiscalcode.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace cartella::cli {

using domain::FiscalCode;

int FiscalCodeCommand::usage(const QString &message)
{
    m_usageError = message;
    return ExitUsage;
}

int FiscalCodeCommand::run(const QStringList &args)
{
    if (args.isEmpty())
        return usage(tr("fiscal-code needs one of: check, decode, compute."));
    const QString sub = args.first();
    if (sub == QLatin1String("check"))
        return check(args.mid(1));
    if (sub == QLatin1String("decode"))
        return decode(args.mid(1));
    if (sub == QLatin1String("compute"))
        return compute(args.mid(1));
    return usage(tr("Unknown fiscal-code command \"%1\".").arg(sub));
}

int FiscalCodeCommand::check(const QStringList &codes)
{
    if (codes.isEmpty())
        return usage(tr("fiscal-code check needs at least one code."));
    int status = ExitOk;
    for (const QString &code : codes) {
        const auto parsed = FiscalCode::parse(code);
        // "valid" and "invalid" stay English: scripts read them. The reason is for people.
        if (parsed) {
            m_out << parsed.value().text() << QStringLiteral(" valid") << Qt::endl;
        } else {
            m_out << code << QStringLiteral(" invalid: ") << parsed.error().message << Qt::endl;
            status = ExitFailure;
        }
    }
    return status;
}

int FiscalCodeCommand::decode(const QStringList &args)
{
    if (args.size() != 1)
        return usage(tr("fiscal-code decode needs exactly one code."));
    const auto parsed = FiscalCode::parse(args.first());
    if (!parsed) {
        m_err << tr("%1 is not valid: %2").arg(args.first(), parsed.error().message) << Qt::endl;
        return ExitFailure;
    }
    const FiscalCode &code = parsed.value();
    if (code.isTemporary()) {
        m_err << tr("%1 is a temporary code: it encodes no personal data.").arg(code.text()) << Qt::endl;
        return ExitFailure;
    }
    const auto place = domain::PlaceRegistry::builtin().birthPlace(code.birthPlaceCode());
    const QJsonObject json{
        {QStringLiteral("sex"),
         code.sex() == domain::Sex::Female ? QStringLiteral("F") : QStringLiteral("M")},
        {QStringLiteral("birth_date"), code.birthDate().toString(Qt::ISODate)},
        {QStringLiteral("birth_place_code"), code.birthPlaceCode()},
        {QStringLiteral("birth_place_name"), place ? place->name : QString()},
    };
    m_out << QJsonDocument(json).toJson(QJsonDocument::Compact) << Qt::endl;
    return ExitOk;
}

int FiscalCodeCommand::compute(const QStringList &args)
{
    QString error;
    const QStringList names{QStringLiteral("surname"), QStringLiteral("name"), QStringLiteral("sex"),
                            QStringLiteral("birth-date"), QStringLiteral("birth-place")};
    const auto options = Options::parse(args, names, {}, &error);
    if (!options)
        return usage(error);
    for (const QString &n : names) {
        if (!options->has(n))
            return usage(tr("fiscal-code compute needs --%1.").arg(n));
    }
    if (!options->positional().isEmpty())
        return usage(tr("Unexpected argument \"%1\".").arg(options->positional().first()));

    const QString sexText = options->value(QStringLiteral("sex")).toUpper();
    if (sexText != QLatin1String("M") && sexText != QLatin1String("F")) {
        m_err << tr("--sex must be M or F.") << Qt::endl;
        return ExitFailure;
    }
    const QDate birth = QDate::fromString(options->value(QStringLiteral("birth-date")), Qt::ISODate);
    if (!birth.isValid()) {
        m_err << tr("--birth-date must be a real date written YYYY-MM-DD.") << Qt::endl;
        return ExitFailure;
    }
    const auto place =
        domain::PlaceRegistry::builtin().resolveBirthPlace(options->value(QStringLiteral("birth-place")));
    if (!place) {
        m_err << place.error().message << Qt::endl;
        return ExitFailure;
    }
    const auto code = FiscalCode::compute(
        options->value(QStringLiteral("surname")), options->value(QStringLiteral("name")),
        sexText == QLatin1String("F") ? domain::Sex::Female : domain::Sex::Male, birth, place.value().code);
    if (!code) {
        m_err << code.error().message << Qt::endl;
        return ExitFailure;
    }
    m_out << code.value().text() << Qt::endl;
    return ExitOk;
}

} // namespace cartella::cli
