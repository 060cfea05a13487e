// SPDX-License-Identifier: EUPL-1.2
#include "gui/emergencies/emergencyfigurespanel.h"

#include "domain/kernel/officeclock.h"
#include "domain/servicehub.h"
#include "gui/common/placecompleters.h"
#include "gui/common/session.h"
#include "gui/emergencies/pisformat.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cartella::gui {

using namespace cartella::domain;

EmergencyFiguresPanel::EmergencyFiguresPanel(Session &session, const PlaceCompleters &places, QWidget *parent)
    : QWidget(parent), m_session(session), m_places(places)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    const QDate thisMonth = domain::officeToday().addDays(1 - domain::officeToday().day());
    m_from = new QDateEdit(thisMonth.addMonths(-5), this);
    m_from->setObjectName(QStringLiteral("fromMonthEdit"));
    m_to = new QDateEdit(thisMonth, this);
    m_to->setObjectName(QStringLiteral("toMonthEdit"));
    for (QDateEdit *edit : {m_from, m_to})
        edit->setDisplayFormat(QStringLiteral("MM/yyyy"));
    auto *fromLabel = new QLabel(tr("&From month"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To month"), this);
    toLabel->setBuddy(m_to);
    top->addWidget(fromLabel);
    top->addWidget(m_from);
    top->addWidget(toLabel);
    top->addWidget(m_to);
    top->addStretch();
    layout->addLayout(top);

    m_table = new QTableWidget(0, 7, this);
    m_table->setObjectName(QStringLiteral("figuresTable"));
    m_table->setHorizontalHeaderLabels({tr("Month"), tr("Comune"), tr("Emergencies"), tr("Activations"),
                                        tr("Median response"), tr("90th percentile response"),
                                        tr("Median handover delay")});
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);
    auto *note =
        new QLabel(tr("Response time: from the call received to the worker's arrival (hours:minutes). "
                      "Handover delay: from the call to the handover to the territorial service."),
                   this);
    note->setWordWrap(true);
    layout->addWidget(note);

    connect(m_from, &QDateEdit::dateChanged, this, &EmergencyFiguresPanel::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &EmergencyFiguresPanel::refresh);
}

void EmergencyFiguresPanel::setMonths(const QDate &from, const QDate &to)
{
    const QSignalBlocker blockFrom(m_from), blockTo(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    refresh();
}

void EmergencyFiguresPanel::refresh()
{
    m_table->setRowCount(0);
    const auto figures =
        m_session.services().prontoIntervento.figures(m_from->date(), m_to->date(), m_session.actor());
    if (!figures) {
        emit statusMessage(figures.error().message);
        return;
    }
    for (const EmergencyMonthFigures &f : figures.value()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const bool total = f.municipalityCode.isEmpty();
        const QDate month = QDate::fromString(f.month + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
        const QStringList cells{month.isValid() ? month.toString(QStringLiteral("MM/yyyy")) : f.month,
                                total ? tr("All Comuni") : m_places.municipalityLabel(f.municipalityCode),
                                QString::number(f.emergencies),
                                QString::number(f.activations),
                                showDuration(f.medianResponseSeconds),
                                showDuration(f.p90ResponseSeconds
                                                 ? std::optional<double>(double(*f.p90ResponseSeconds))
                                                 : std::nullopt),
                                showDuration(f.medianHandoverSeconds)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c >= 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (total) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_table->setItem(row, c, item);
        }
    }
}

} // namespace cartella::gui
