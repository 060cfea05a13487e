// SPDX-License-Identifier: EUPL-1.2
#include "cli/casecommand.h"

#include "cli/options.h"
#include "domain/access/access.h"
#include "domain/kernel/vocabulary.h"
#include "domain/servicehub.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace cartella::cli {

using namespace cartella::domain;

namespace {

template <typename E> std::optional<E> parseCode(const QString &code, bool *ok)
{
    *ok = true;
    if (code.isEmpty())
        return std::nullopt;
    for (const E value : Vocabulary<E>::values()) {
        if (Vocabulary<E>::code(value) == code)
            return value;
    }
    *ok = false;
    return std::nullopt;
}

template <typename E> QString codes()
{
    QStringList out;
    for (const E value : Vocabulary<E>::values())
        out.append(Vocabulary<E>::code(value));
    return out.join(QStringLiteral(", "));
}

} // namespace

QString CaseCommand::usage() const
{
    return tr(
        "  case list [--json] [--status S] [--area A]\n"
        "                               cases: number, area, status, responsible worker\n"
        "  case show NUMBER [--json]    one case with members, history, diary, project and deadlines\n");
}

int CaseCommand::run(CommandContext &context, const QStringList &args)
{
    return runLoggedIn(
        context, args, tr("case needs one of: list, show."),
        {{QStringLiteral("list"), std::bind_front(&CaseCommand::list, this, std::ref(context))},
         {QStringLiteral("show"), std::bind_front(&CaseCommand::show, this, std::ref(context))}});
}

int CaseCommand::list(CommandContext &context, const QStringList &args)
{
    ServiceHub &hub = context.hub();
    const Actor &actor = context.actor();
    QTextStream &out = context.out();
    QString error;
    const auto options = Options::parse(args, {QStringLiteral("status"), QStringLiteral("area")},
                                        {QStringLiteral("json")}, &error);
    if (!options)
        return context.badUsage(error);
    CaseQuery query;
    bool ok = true;
    query.status = parseCode<CaseStatus>(options->value(QStringLiteral("status")), &ok);
    if (!ok)
        return context.badUsage(tr("--status takes one of: %1.").arg(codes<CaseStatus>()));
    query.area = parseCode<CaseArea>(options->value(QStringLiteral("area")), &ok);
    if (!ok)
        return context.badUsage(tr("--area takes one of: %1.").arg(codes<CaseArea>()));

    CaseService &service = hub.cases;
    QJsonArray rows;
    query.limit = 500;
    for (;;) {
        const auto page = service.list(query, actor);
        if (!page)
            return context.fail(page.error().message);
        for (const CaseSummary &c : page.value()) {
            if (options->has(QStringLiteral("json")))
                rows.append(QJsonObject{{QStringLiteral("number"), c.number},
                                        {QStringLiteral("area"), Vocabulary<CaseArea>::code(c.area)},
                                        {QStringLiteral("status"), Vocabulary<CaseStatus>::code(c.status)},
                                        {QStringLiteral("responsible"), c.responsibleName},
                                        {QStringLiteral("opened_on"), c.openedOn.toString(Qt::ISODate)}});
            else
                out << c.number << '\t' << Vocabulary<CaseArea>::label(c.area) << '\t'
                    << Vocabulary<CaseStatus>::label(c.status) << '\t' << c.responsibleName << Qt::endl;
        }
        if (page.value().size() < query.limit)
            break;
        query.after = page.value().last();
    }
    if (options->has(QStringLiteral("json")))
        out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
    return ExitOk;
}

int CaseCommand::show(CommandContext &context, const QStringList &args)
{
    ServiceHub &hub = context.hub();
    const Actor &actor = context.actor();
    QTextStream &out = context.out();
    QString error;
    const auto options = Options::parse(args, {}, {QStringLiteral("json")}, &error);
    if (!options)
        return context.badUsage(error);
    if (options->positional().size() != 1)
        return context.badUsage(tr("case show needs exactly one case number, e.g. 2026/0042."));
    CaseService &cases = hub.cases;
    DiaryService &diary = hub.diary;
    const auto number = cases.getByNumber(options->positional().first(), actor);
    const auto found = number ? cases.view(number.value().id, actor) : number;
    if (!found)
        return context.fail(found.error().message);
    const Case &c = found.value();
    // What the role may not read is left out, as in the case window.
    const bool content = permits(actor, Operation::ReadCaseContent);
    const bool dated = permits(actor, Operation::ReadDeadlines);
    const auto history = content ? cases.history(c.id, actor) : Result<QList<CaseEvent>>(QList<CaseEvent>());
    const auto entries =
        content ? diary.entries(c.id, actor) : Result<QList<DiaryEntry>>(QList<DiaryEntry>());
    const auto workers = cases.workers(actor);
    const auto plan = content ? hub.plans.plan(c.id, actor) : Result<CarePlan>(CarePlan());
    const auto deadlines = dated ? hub.deadlines.list({std::nullopt, c.id, false, 2000}, actor)
                                 : Result<QList<Deadline>>(QList<Deadline>());
    if (!history || !entries || !workers || !plan || !deadlines)
        return context.fail(tr("The case could not be read completely."));
    QString responsible;
    for (const Worker &w : workers.value()) {
        if (w.id == c.responsibleWorkerId)
            responsible = w.name;
    }
    QJsonArray members;
    for (const CaseMember &m : c.members)
        members.append(QJsonObject{{QStringLiteral("person_id"), m.personId},
                                   {QStringLiteral("name"), m.displayName},
                                   {QStringLiteral("role"), Vocabulary<MemberRole>::code(m.role)}});
    QJsonArray events;
    for (const CaseEvent &e : history.value())
        events.append(QJsonObject{{QStringLiteral("kind"), Vocabulary<CaseEvent::Kind>::code(e.kind)},
                                  {QStringLiteral("from"), e.fromValue},
                                  {QStringLiteral("to"), e.toValue},
                                  {QStringLiteral("note"), e.note},
                                  {QStringLiteral("reason"), e.reasonCode},
                                  {QStringLiteral("at"), e.at.toString(Qt::ISODate)},
                                  {QStringLiteral("by"), e.by}});
    QJsonArray diaryJson;
    for (const DiaryEntry &e : entries.value())
        diaryJson.append(QJsonObject{{QStringLiteral("id"), e.id},
                                     {QStringLiteral("date"), e.date.toString(Qt::ISODate)},
                                     {QStringLiteral("kind"), Vocabulary<DiaryKind>::code(e.kind)},
                                     {QStringLiteral("author"), e.author},
                                     {QStringLiteral("version"), e.version},
                                     {QStringLiteral("text"), e.text},
                                     {QStringLiteral("withdrawn"), e.withdrawn},
                                     {QStringLiteral("withdraw_reason"), e.withdrawReason}});
    const auto date = [](const QDate &d) {
        return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
    };
    QJsonArray objectives;
    for (const CareObjective &o : plan.value().objectives) {
        QJsonArray actions;
        for (const CareAction &a : plan.value().actions) {
            if (a.objectiveId == o.id)
                actions.append(
                    QJsonObject{{QStringLiteral("what"), a.what},
                                {QStringLiteral("owner"), a.ownerName},
                                {QStringLiteral("due_on"), date(a.dueOn)},
                                {QStringLiteral("status"), Vocabulary<ActionStatus>::code(a.status)}});
        }
        objectives.append(QJsonObject{{QStringLiteral("title"), o.title},
                                      {QStringLiteral("status"), Vocabulary<ObjectiveStatus>::code(o.status)},
                                      {QStringLiteral("actions"), actions}});
    }
    QJsonArray reviews;
    for (const CareReview &r : plan.value().reviews)
        reviews.append(QJsonObject{{QStringLiteral("date"), date(r.reviewDate)},
                                   {QStringLiteral("outcome"), r.outcome},
                                   {QStringLiteral("next_review_on"), date(r.nextReviewOn)},
                                   {QStringLiteral("by"), r.recordedBy}});
    QJsonArray deadlineJson;
    for (const Deadline &d : deadlines.value())
        deadlineJson.append(
            QJsonObject{{QStringLiteral("title"), d.title},
                        {QStringLiteral("due_on"), date(d.dueOn)},
                        {QStringLiteral("owner"), d.ownerName},
                        {QStringLiteral("source"), Vocabulary<DeadlineSource>::code(d.source)},
                        {QStringLiteral("state"), Vocabulary<DeadlineState>::code(d.state)}});
    const QJsonObject project{{QStringLiteral("planned_end_on"), date(plan.value().plannedEndOn)},
                              {QStringLiteral("objectives"), objectives},
                              {QStringLiteral("reviews"), reviews}};
    const QJsonObject json{
        {QStringLiteral("number"), c.number()},
        {QStringLiteral("area"), Vocabulary<CaseArea>::code(c.area)},
        {QStringLiteral("status"), Vocabulary<CaseStatus>::code(c.status)},
        {QStringLiteral("municipality_code"), c.municipalityCode},
        {QStringLiteral("responsible"), responsible},
        {QStringLiteral("referral_source"), Vocabulary<ReferralSource>::code(c.referralSource)},
        {QStringLiteral("priority"), Vocabulary<CasePriority>::code(c.priority)},
        {QStringLiteral("opened_on"), c.openedOn.toString(Qt::ISODate)},
        {QStringLiteral("closed_on"),
         c.closedOn.isValid() ? QJsonValue(c.closedOn.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("closure_reason"), Vocabulary<ClosureReason>::code(c.closureReason)},
        {QStringLiteral("members"), members},
        {QStringLiteral("history"), events},
        {QStringLiteral("diary"), diaryJson},
        {QStringLiteral("project"), project},
        {QStringLiteral("deadlines"), deadlineJson},
    };
    if (options->has(QStringLiteral("json"))) {
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    out << tr("Case %1 (%2), %3, responsible: %4")
               .arg(c.number(), Vocabulary<CaseArea>::label(c.area), Vocabulary<CaseStatus>::label(c.status),
                    responsible)
        << Qt::endl;
    for (const CaseMember &m : c.members)
        out << QStringLiteral("  ") << m.displayName << QStringLiteral(" — ")
            << Vocabulary<MemberRole>::label(m.role) << Qt::endl;
    out << tr("%n diary entry(ies), %1 history event(s).", nullptr, int(entries.value().size()))
               .arg(history.value().size())
        << Qt::endl;
    return ExitOk;
}

} // namespace cartella::cli
