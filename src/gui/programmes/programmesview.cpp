// SPDX-License-Identifier: EUPL-1.2
#include "gui/programmes/programmesview.h"

#include "domain/kernel/officeclock.h"
#include "domain/servicehub.h"
#include "export/csvsink.h"
#include "gui/common/formhelpers.h"
#include "gui/common/session.h"
#include "gui/programmes/programmedialog.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cartella::gui {

using namespace cartella::domain;

ProgrammesView::ProgrammesView(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_from(new QLineEdit(this)), m_to(new QLineEdit(this)),
      m_summary(new QLabel(this)), m_table(new QTableWidget(this)),
      m_update(new QPushButton(tr("&Update"), this)), m_new(new QPushButton(tr("&New project…"), this)),
      m_open(new QPushButton(tr("&Open…"), this)), m_export(new QPushButton(tr("E&xport CSV…"), this))
{
    m_from->setObjectName(QStringLiteral("fromEdit"));
    m_to->setObjectName(QStringLiteral("toEdit"));
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_table->setObjectName(QStringLiteral("programmesTable"));
    m_update->setObjectName(QStringLiteral("updateButton"));
    m_new->setObjectName(QStringLiteral("newProgrammeButton"));
    m_open->setObjectName(QStringLiteral("openProgrammeButton"));
    m_export->setObjectName(QStringLiteral("exportButton"));
    const QDate today = officeToday();
    m_from->setText(showDate(QDate(today.year(), 1, 1)));
    m_to->setText(showDate(today));
    m_from->setPlaceholderText(tr("dd/mm/yyyy"));
    m_to->setPlaceholderText(tr("dd/mm/yyyy"));
    m_new->setVisible(m_session.may(Operation::ManageProgrammes));
    m_open->setVisible(m_session.may(Operation::ReadProgrammes));
    m_summary->setWordWrap(true);
    m_table->setColumnCount(9);
    m_table->setHorizontalHeaderLabels({tr("Project"), tr("Funder"), tr("Period"), tr("Status"),
                                        tr("Enrolled at the end"), tr("Joined"), tr("Left"),
                                        tr("In the period"), tr("Cases")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);

    auto *periodLabel = new QLabel(tr("&Period from"), this);
    periodLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("to"), this);
    auto *top = new QHBoxLayout;
    top->addWidget(periodLabel);
    top->addWidget(m_from);
    top->addWidget(toLabel);
    top->addWidget(m_to);
    top->addWidget(m_update);
    top->addStretch(1);
    top->addWidget(m_export);
    top->addWidget(m_open);
    top->addWidget(m_new);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    connect(m_update, &QPushButton::clicked, this, &ProgrammesView::refresh);
    connect(m_to, &QLineEdit::returnPressed, this, &ProgrammesView::refresh);
    connect(m_new, &QPushButton::clicked, this, &ProgrammesView::newProgramme);
    connect(m_open, &QPushButton::clicked, this, &ProgrammesView::openSelected);
    connect(m_export, &QPushButton::clicked, this, [this] { exportCsv(); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ProgrammesView::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int) { openSelected(); });
    updateButtons();
}

void ProgrammesView::refresh()
{
    const QDate from = parseDate(m_from->text()), to = parseDate(m_to->text());
    if (!from.isValid() || !to.isValid()) {
        m_summary->setText(tr("Write the period as dd/mm/yyyy."));
        return;
    }
    const auto found = m_session.services().programmes.counts(from, to, m_session.actor());
    m_counts = found ? found.value() : QList<ProgrammeCounts>{};
    QList<Programme> programmes;
    if (const auto listed = m_session.services().programmes.list(m_session.actor()))
        programmes = listed.value();
    m_table->setRowCount(int(m_counts.size()));
    int enrolled = 0;
    for (int i = 0; i < m_counts.size(); ++i) {
        const ProgrammeCounts &c = m_counts.at(i);
        QString period;
        for (const Programme &p : programmes) {
            if (p.id == c.programmeId)
                period = p.endsOn.isValid() ? tr("%1 – %2").arg(showDate(p.startsOn), showDate(p.endsOn))
                                            : tr("from %1").arg(showDate(p.startsOn));
        }
        auto *name = new QTableWidgetItem(c.name);
        name->setData(Qt::UserRole, c.programmeId);
        QStringList comuni;
        for (const MunicipalityCount &m : c.byMunicipality)
            comuni << tr("%1: %2")
                          .arg(m.municipalityName.isEmpty() ? tr("Comune unknown") : m.municipalityName)
                          .arg(m.enrolments);
        if (!comuni.isEmpty())
            name->setToolTip(tr("Enrolled in the period, by Comune:") + QLatin1Char('\n') +
                             comuni.join(QLatin1Char('\n')));
        m_table->setItem(i, 0, name);
        m_table->setItem(i, 1, new QTableWidgetItem(c.funder));
        m_table->setItem(i, 2, new QTableWidgetItem(period));
        m_table->setItem(i, 3, new QTableWidgetItem(Vocabulary<ProgrammeStatus>::label(c.status)));
        const int numbers[] = {c.enrolledAtEnd, c.joined, c.left, c.activeInPeriod, c.distinctCases};
        for (int k = 0; k < 5; ++k) {
            auto *item = new QTableWidgetItem(QString::number(numbers[k]));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(i, 4 + k, item);
        }
        enrolled += c.enrolledAtEnd;
    }
    m_summary->setText(found ? tr("%n project(s), ", nullptr, int(m_counts.size())) +
                                   tr("%n enrolled on %1.", nullptr, enrolled).arg(showDate(to))
                             : found.error().message);
    updateButtons();
}

void ProgrammesView::updateButtons()
{
    m_open->setEnabled(m_table->currentRow() >= 0);
    m_export->setEnabled(!m_counts.isEmpty());
}

void ProgrammesView::open(qint64 programmeId)
{
    ProgrammeDialog dialog(m_session, programmeId, this);
    dialog.exec();
    if (dialog.changedSomething()) {
        refresh();
        emit statusMessage(tr("Project %1 saved.").arg(dialog.programme().name));
    }
}

void ProgrammesView::newProgramme()
{
    open(0);
}

void ProgrammesView::openSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_session.may(Operation::ReadProgrammes))
        return;
    open(m_table->item(row, 0)->data(Qt::UserRole).toLongLong());
}

bool ProgrammesView::exportCsv(QString path)
{
    if (path.isEmpty())
        path = QFileDialog::getSaveFileName(this, tr("Export the project counts"), tr("projects.csv"),
                                            tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        emit statusMessage(tr("The file could not be written."));
        return false;
    }
    auto sink = exporting::csvSink(file);
    for (const QStringList &record : ProgrammeService::countRecords(m_counts)) {
        if (!sink(record)) {
            emit statusMessage(tr("The file could not be written."));
            return false;
        }
    }
    if (!file.commit()) {
        emit statusMessage(tr("The file could not be written."));
        return false;
    }
    emit statusMessage(tr("Project counts exported."));
    return true;
}

} // namespace cartella::gui
