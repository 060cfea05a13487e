// SPDX-License-Identifier: EUPL-1.2
#include "gui/casework/casespage.h"

#include "domain/kernel/vocabulary.h"
#include "domain/servicehub.h"
#include "gui/casework/caselistmodel.h"
#include "gui/common/session.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace cartella::gui {

using namespace cartella::domain;

namespace {

template <typename E> void fillFilter(QComboBox *combo, const QString &all)
{
    combo->addItem(all, -1);
    for (const E value : Vocabulary<E>::values())
        combo->addItem(Vocabulary<E>::label(value), int(value));
}

} // namespace

CasesPage::CasesPage(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new CaseListModel(m_session, this)),
      m_search(new QLineEdit(this)), m_status(new QComboBox(this)), m_area(new QComboBox(this)),
      m_worker(new QComboBox(this)), m_municipality(new QComboBox(this)), m_table(new QTableView(this)),
      m_countLabel(new QLabel(this)), m_searchDelay(new QTimer(this))
{
    // What was saved elsewhere in this login: a case's data, its deadlines (the Overdue column), a name.
    connect(&m_session, &Session::caseChanged, this, &CasesPage::refresh);
    connect(&m_session, &Session::deadlinesChanged, this, &CasesPage::refresh);
    connect(&m_session, &Session::personChanged, this, &CasesPage::refresh);
    auto *title = new QLabel(tr("Cases"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_search->setPlaceholderText(tr("Case number or a member's name"));
    m_search->setClearButtonEnabled(true);
    fillFilter<CaseStatus>(m_status, tr("Any status"));
    fillFilter<CaseArea>(m_area, tr("Any area"));
    m_worker->addItem(tr("Any worker"), -1);
    if (const auto workers = m_session.services().cases.workers(m_session.actor())) {
        for (const Worker &w : workers.value())
            m_worker->addItem(w.name, w.id);
    }
    m_municipality->addItem(tr("Any Comune"), QString());
    if (const auto municipalities = m_session.services().cases.municipalitiesWithCases(m_session.actor())) {
        for (const Municipality &m : municipalities.value())
            m_municipality->addItem(m.name, m.istatCode);
    }

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_status, 1);
    filters->addWidget(m_area, 1);
    filters->addWidget(m_worker, 1);
    filters->addWidget(m_municipality, 1);

    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("caseTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(CaseListModel::PrincipalColumn, QHeaderView::Stretch);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_countLabel);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    connect(m_searchDelay, &QTimer::timeout, this, &CasesPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    for (QComboBox *combo : {m_status, m_area, m_worker, m_municipality})
        connect(combo, &QComboBox::currentIndexChanged, this, &CasesPage::applyFilter);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = m_model->caseIdAt(index.row()); id > 0)
            emit openCaseRequested(id);
    });
    connect(m_model, &CaseListModel::totalCountChanged, this, [this](qint64 total) {
        m_countLabel->setStyleSheet({});
        m_countLabel->setText(tr("%n case(s)", nullptr, int(total)));
    });
    // A list that cannot be read says so where its count would be, without a dialog in the way.
    connect(m_model, &CaseListModel::loadFailed, this, [this](const QString &message) {
        m_countLabel->setStyleSheet(QStringLiteral("color: #a93226;"));
        m_countLabel->setText(message);
    });
    applyFilter();
}

void CasesPage::applyFilter()
{
    CaseQuery q;
    if (const int s = m_status->currentData().toInt(); s >= 0)
        q.status = static_cast<CaseStatus>(s);
    if (const int a = m_area->currentData().toInt(); a >= 0)
        q.area = static_cast<CaseArea>(a);
    if (const qint64 w = m_worker->currentData().toLongLong(); w > 0)
        q.workerId = w;
    q.municipalityCode = m_municipality->currentData().toString();
    q.text = m_search->text();
    m_model->setQuery(q);
}

void CasesPage::refresh()
{
    m_model->reload();
}

} // namespace cartella::gui
