// SPDX-License-Identifier: EUPL-1.2
#include "gui/casework/casehistory.h"

#include "domain/casework/careplan.h"
#include "domain/kernel/vocabulary.h"
#include "gui/common/formhelpers.h"

namespace cartella::gui {

using namespace cartella::domain;

namespace {

QString statusLabel(const QString &code)
{
    return code.isEmpty() ? QString() : Vocabulary<CaseStatus>::label(Vocabulary<CaseStatus>::fromCode(code));
}

} // namespace

HistoryLine CaseHistoryText::describe(const CaseEvent &e, const Case &c)
{
    switch (e.kind) {
    case CaseEvent::Kind::Opened:
        // The opening event records the first responsible worker in its note.
        return {tr("Case opened"), statusLabel(e.toValue), tr("Responsible: %1").arg(e.note)};
    case CaseEvent::Kind::StatusChanged: {
        QString note = e.note;
        if (!e.reasonCode.isEmpty()) {
            const QString reason =
                Vocabulary<ClosureReason>::label(Vocabulary<ClosureReason>::fromCode(e.reasonCode));
            note = note.isEmpty() ? reason : reason + QStringLiteral(". ") + note;
        }
        return {tr("Status"), statusLabel(e.fromValue) + QStringLiteral(" → ") + statusLabel(e.toValue),
                note};
    }
    case CaseEvent::Kind::ResponsibleChanged:
        return {tr("Responsible worker"), e.fromValue + QStringLiteral(" → ") + e.toValue, e.note};
    case CaseEvent::Kind::MemberAdded: {
        QString name = e.fromValue;
        for (const CaseMember &m : c.members) {
            if (QString::number(m.personId) == e.fromValue)
                name = m.displayName;
        }
        return {tr("Person added"), name,
                Vocabulary<MemberRole>::label(Vocabulary<MemberRole>::fromCode(e.toValue))};
    }
    case CaseEvent::Kind::TeamChanged:
        return {tr("Team"), e.toValue.isEmpty() ? tr("(responsible worker only)") : e.toValue, e.note};
    case CaseEvent::Kind::PlanChanged: {
        const QString what = e.fromValue.section(QLatin1Char(':'), 0, 0);
        const QString code = e.fromValue.section(QLatin1Char(':'), 1);
        QString change;
        if (what == QLatin1String("objective_added"))
            change = tr("Objective added");
        else if (what == QLatin1String("objective_status"))
            change =
                tr("Objective: %1")
                    .arg(Vocabulary<ObjectiveStatus>::label(Vocabulary<ObjectiveStatus>::fromCode(code)));
        else if (what == QLatin1String("action_added"))
            change = tr("Action added");
        else if (what == QLatin1String("action_status"))
            change = tr("Action: %1")
                         .arg(Vocabulary<ActionStatus>::label(Vocabulary<ActionStatus>::fromCode(code)));
        else if (what == QLatin1String("action_changed"))
            change = tr("Action changed");
        else if (what == QLatin1String("review_added"))
            change = tr("Review recorded");
        else if (what == QLatin1String("planned_end"))
            change = tr("Planned end");
        QString words = e.toValue;
        if (what == QLatin1String("planned_end")) {
            const QDate d = QDate::fromString(e.toValue, Qt::ISODate);
            words = d.isValid() ? showDate(d) : tr("(none)");
        }
        return {tr("Project"), change, words};
    }
    case CaseEvent::Kind::DeadlineClosed:
        return {tr("Deadline"),
                Vocabulary<DeadlineState>::label(Vocabulary<DeadlineState>::fromCode(e.fromValue)),
                e.toValue};
    case CaseEvent::Kind::RestrictionChanged:
        return {tr("Restricted"),
                e.toValue == QLatin1String("1") ? tr("Marked restricted") : tr("No longer restricted"),
                e.note};
    case CaseEvent::Kind::EmergencyAccess:
        return {tr("Emergency access"), tr("Opened by %1").arg(e.fromValue), e.note};
    case CaseEvent::Kind::CourtReportFiled:
        return {tr("Court report"), tr("PDF filed"), e.toValue};
    }
    return {};
}

} // namespace cartella::gui
