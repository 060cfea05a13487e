// SPDX-License-Identifier: EUPL-1.2
#include "gui/casework/intakepage.h"

#include "domain/servicehub.h"
#include "gui/casework/intakedialog.h"
#include "gui/casework/intakelistmodel.h"
#include "gui/common/formhelpers.h"
#include "gui/common/session.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace cartella::gui {

using namespace cartella::domain;

IntakePage::IntakePage(Session &session, const PlaceCompleters &places, QWidget *parent)
    : QWidget(parent), m_session(session), m_places(places), m_model(new IntakeListModel(m_session, this)),
      m_outcome(new QComboBox(this)), m_table(new QTableView(this)),
      m_openCaseButton(new QPushButton(tr("&Open case from contact…"), this))
{
    auto *newButton =
        new QPushButton(QIcon::fromTheme(QStringLiteral("document-new")), tr("New &contact…"), this);
    m_outcome->addItem(tr("All outcomes"));
    for (const IntakeOutcome o : Vocabulary<IntakeOutcome>::values())
        m_outcome->addItem(Vocabulary<IntakeOutcome>::label(o), Vocabulary<IntakeOutcome>::code(o));
    auto *bar = new QHBoxLayout;
    bar->addWidget(newButton);
    bar->addWidget(m_openCaseButton);
    bar->addStretch();
    bar->addWidget(new QLabel(tr("Outcome:"), this));
    bar->addWidget(m_outcome);

    m_table->setObjectName(QStringLiteral("intakeTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(IntakeListModel::RequestColumn, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table);

    connect(newButton, &QPushButton::clicked, this, &IntakePage::newIntake);
    connect(m_openCaseButton, &QPushButton::clicked, this, &IntakePage::openCaseFromSelected);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &IntakePage::refresh);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const IntakeContact *i = m_model->intakeAt(index.row());
        if (i && i->caseId != 0)
            emit caseOpened(i->caseId);
        else
            openCaseFromSelected();
    });
    connect(m_model, &IntakeListModel::loadFailed, this, &IntakePage::statusMessage);
    refresh();
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &IntakePage::updateButtons);
}

void IntakePage::refresh()
{
    IntakeQuery query;
    if (m_outcome->currentIndex() > 0)
        query.outcome = Vocabulary<IntakeOutcome>::fromCode(m_outcome->currentData().toString());
    m_model->setQuery(query);
    m_table->resizeColumnToContents(IntakeListModel::DateColumn);
    m_table->resizeColumnToContents(IntakeListModel::WhoColumn);
    m_table->resizeColumnToContents(IntakeListModel::ChannelColumn);
    m_table->resizeColumnToContents(IntakeListModel::AreaColumn);
    m_table->resizeColumnToContents(IntakeListModel::OutcomeColumn);
    updateButtons();
}

void IntakePage::updateButtons()
{
    const IntakeContact *i = m_model->intakeAt(m_table->currentIndex().row());
    m_openCaseButton->setEnabled(i && i->caseId == 0);
}

void IntakePage::selectIntake(qint64 intakeId)
{
    int row = m_model->rowOf(intakeId);
    if (row < 0 && m_outcome->currentIndex() != 0) {
        m_outcome->setCurrentIndex(0); // the filter hid it
        row = m_model->rowOf(intakeId);
    }
    while (row < 0 && m_model->canFetchMore({})) { // an older contact: load pages until it comes
        m_model->fetchMore({});
        row = m_model->rowOf(intakeId);
    }
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
    updateButtons();
}

void IntakePage::newIntake()
{
    IntakeDialog dialog(m_session, m_places, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    selectIntake(dialog.saved().id);
    emit statusMessage(tr("Contact recorded."));
}

void IntakePage::openCaseFromSelected()
{
    const IntakeContact *i = m_model->intakeAt(m_table->currentIndex().row());
    if (!i || i->caseId != 0)
        return;
    const qint64 intakeId = i->id;
    OpenCaseDialog dialog(m_session, m_places, *i, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    selectIntake(intakeId);
    emit caseOpened(dialog.openedCaseId());
}

} // namespace cartella::gui
