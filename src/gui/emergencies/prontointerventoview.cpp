// SPDX-License-Identifier: EUPL-1.2
#include "gui/emergencies/prontointerventoview.h"

#include "domain/servicehub.h"
#include "gui/common/placecompleters.h"
#include "gui/common/session.h"
#include "gui/emergencies/emergencyactiondialogs.h"
#include "gui/emergencies/emergencydialog.h"
#include "gui/emergencies/emergencyfigurespanel.h"
#include "gui/emergencies/emergencylistmodel.h"
#include "gui/emergencies/pisformat.h"
#include "gui/emergencies/rotapanel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>

namespace cartella::gui {

using namespace cartella::domain;

ProntoInterventoView::ProntoInterventoView(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session),
      m_places(std::make_unique<PlaceCompleters>(PlaceRegistry::builtin()))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("prontoInterventoTabs"));
    layout->addWidget(m_tabs);
    if (m_session.may(Operation::ReadEmergencies))
        m_tabs->addTab(buildLog(), tr("&Emergency log"));
    if (m_session.may(Operation::ReadRota)) {
        m_rota = new RotaPanel(m_session, this);
        m_rota->setObjectName(QStringLiteral("rotaPanel"));
        connect(m_rota, &RotaPanel::statusMessage, this, &ProntoInterventoView::statusMessage);
        m_tabs->addTab(m_rota, tr("&Rota (reperibilità)"));
    }
    if (m_session.may(Operation::ReadEmergencyFigures)) {
        m_figures = new EmergencyFiguresPanel(m_session, *m_places, this);
        m_figures->setObjectName(QStringLiteral("figuresPanel"));
        connect(m_figures, &EmergencyFiguresPanel::statusMessage, this, &ProntoInterventoView::statusMessage);
        m_tabs->addTab(m_figures, tr("Monthly &figures"));
    }
}

ProntoInterventoView::~ProntoInterventoView() = default;

QWidget *ProntoInterventoView::buildLog()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_overdue = new QLabel(page);
    m_overdue->setObjectName(QStringLiteral("overdueLabel"));
    m_overdue->setTextFormat(Qt::PlainText);
    m_overdue->setWordWrap(true);
    layout->addWidget(m_overdue);

    auto *filters = new QHBoxLayout;
    m_filter = new QComboBox(page);
    m_filter->setObjectName(QStringLiteral("emergencyFilter"));
    m_filter->addItem(tr("All emergencies"), int(EmergencyListModel::Filter::All));
    m_filter->addItem(tr("To hand over"), int(EmergencyListModel::Filter::ToHandOver));
    m_filter->addItem(tr("Person not identified"), int(EmergencyListModel::Filter::NotIdentified));
    m_comune = new QLineEdit(page);
    m_comune->setObjectName(QStringLiteral("emergencyComuneFilter"));
    m_comune->setPlaceholderText(tr("Every Comune"));
    m_comune->setClearButtonEnabled(true);
    m_places->attachMunicipalityCompleter(m_comune);
    auto *showLabel = new QLabel(tr("&Show"), page);
    showLabel->setBuddy(m_filter);
    filters->addWidget(showLabel);
    filters->addWidget(m_filter);
    filters->addWidget(m_comune, 1);
    filters->addStretch(1);
    layout->addLayout(filters);

    m_model = new EmergencyListModel(m_session, *m_places, this);
    connect(m_model, &EmergencyListModel::loadFailed, this, &ProntoInterventoView::statusMessage);
    m_log = new QTableView(page);
    m_log->setObjectName(QStringLiteral("emergencyLog"));
    m_log->setModel(m_model);
    m_log->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_log->setSelectionMode(QAbstractItemView::SingleSelection);
    m_log->verticalHeader()->hide();
    m_log->horizontalHeader()->setSectionResizeMode(EmergencyListModel::PersonColumn, QHeaderView::Stretch);
    m_log->setColumnWidth(EmergencyListModel::ReceivedColumn, 130);
    m_log->setColumnWidth(EmergencyListModel::KindColumn, 190);
    m_log->setColumnWidth(EmergencyListModel::HandoverColumn, 200);
    layout->addWidget(m_log, 1);

    auto *buttons = new QHBoxLayout;
    m_new = new QPushButton(tr("&New emergency…"), page);
    m_new->setToolTip(tr("Ctrl+Shift+E"));
    m_edit = new QPushButton(tr("&Update…"), page);
    m_edit->setObjectName(QStringLiteral("editEmergencyButton"));
    m_edit->setToolTip(tr("Complete or correct the selected emergency: arrival, actions, outcome"));
    m_identify = new QPushButton(tr("&Identify…"), page);
    m_handOver = new QPushButton(tr("&Hand over…"), page);
    m_handOver->setObjectName(QStringLiteral("handOverButton"));
    m_close = new QPushButton(tr("Close &without handover…"), page);
    m_close->setObjectName(QStringLiteral("closeEmergencyButton"));
    m_close->setToolTip(tr("Nothing for the territorial service to take up: close it with the reason"));
    m_open = new QPushButton(tr("&Open case"), page);
    const bool record = m_session.may(Operation::RecordEmergencies);
    for (QPushButton *b : {m_new, m_edit, m_identify, m_handOver, m_close})
        b->setVisible(record);
    m_open->setVisible(m_session.may(Operation::ListCases));
    for (QPushButton *b : {m_new, m_edit, m_identify, m_handOver, m_close, m_open})
        buttons->addWidget(b);
    buttons->addStretch();
    layout->addLayout(buttons);

    if (record) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &ProntoInterventoView::newEmergency);
    }
    connect(m_new, &QPushButton::clicked, this, &ProntoInterventoView::newEmergency);
    connect(m_edit, &QPushButton::clicked, this, &ProntoInterventoView::editSelected);
    if (record)
        connect(m_log, &QTableView::doubleClicked, this, &ProntoInterventoView::editSelected);
    connect(m_identify, &QPushButton::clicked, this, &ProntoInterventoView::identifySelected);
    connect(m_handOver, &QPushButton::clicked, this, &ProntoInterventoView::handOverSelected);
    connect(m_close, &QPushButton::clicked, this, &ProntoInterventoView::closeSelected);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const SocialEmergency *e = selected(); e && e->handedOver())
            emit openCase(e->caseId);
    });
    connect(m_filter, &QComboBox::currentIndexChanged, this, &ProntoInterventoView::applyFilter);
    connect(m_comune, &QLineEdit::editingFinished, this, &ProntoInterventoView::applyFilter);
    connect(m_comune, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            applyFilter();
    });
    connect(m_log->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProntoInterventoView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProntoInterventoView::updateButtons);
    updateButtons();
    return page;
}

void ProntoInterventoView::applyFilter()
{
    const auto code = m_places->municipalityCode(m_comune->text());
    // A Comune not in the list filters nothing out; the field says so.
    m_comune->setStyleSheet(m_comune->text().isEmpty() || code ? QString()
                                                               : QStringLiteral("color: #a93226;"));
    const auto filter = EmergencyListModel::Filter(m_filter->currentData().toInt());
    const QString municipality = code.value_or(QString());
    if (filter == m_shownFilter && municipality == m_shownMunicipality)
        return;
    m_shownFilter = filter;
    m_shownMunicipality = municipality;
    m_model->setFilter(filter, municipality);
    updateButtons();
}

void ProntoInterventoView::refresh()
{
    if (m_model)
        reloadLog(selected() ? selected()->id : 0);
    if (m_rota)
        m_rota->refresh();
    if (m_figures)
        m_figures->refresh();
}

QString ProntoInterventoView::overdueText() const
{
    return m_overdue ? m_overdue->text() : QString();
}

void ProntoInterventoView::reloadLog(qint64 selectId)
{
    auto &service = m_session.services().prontoIntervento;
    const auto limit = service.handoverLimitHours(m_session.actor());
    const int hours = limit ? limit.value() : ProntoInterventoService::kDefaultHandoverLimitHours;
    m_model->refresh(hours);
    const auto overdue = service.overdueHandovers(QDateTime::currentDateTimeUtc(), m_session.actor());
    const qsizetype count = overdue ? overdue.value().size() : 0;
    m_overdue->setStyleSheet(count ? QStringLiteral("color: #a93226; font-weight: bold;") : QString());
    m_overdue->setText(
        count ? tr("Not handed over within %1 hours: %n (marked OVERDUE below).", nullptr, int(count))
                    .arg(hours)
              : tr("Every emergency older than %1 hours has been handed over.").arg(hours));
    if (selectId) {
        const int row = m_model->rowOf(selectId);
        if (row >= 0)
            m_log->selectRow(row);
    }
    updateButtons();
}

const SocialEmergency *ProntoInterventoView::selected() const
{
    if (!m_log)
        return nullptr;
    return m_model->emergencyAt(m_log->currentIndex().row());
}

void ProntoInterventoView::updateButtons()
{
    const SocialEmergency *e = selected();
    m_edit->setEnabled(e != nullptr);
    m_identify->setEnabled(e && !e->identified());
    m_handOver->setEnabled(e && !e->settled());
    m_close->setEnabled(e && !e->settled());
    m_open->setEnabled(e && e->handedOver() && !e->caseNumber.isEmpty());
}

void ProntoInterventoView::newEmergency()
{
    if (!m_session.may(Operation::RecordEmergencies))
        return;
    EmergencyDialog dialog(m_session, *m_places, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_tabs->setCurrentIndex(0);
    reloadLog(dialog.saved().id);
    emit statusMessage(tr("Emergency recorded."));
}

void ProntoInterventoView::editSelected()
{
    const SocialEmergency *e = selected();
    if (!e || !m_session.may(Operation::RecordEmergencies))
        return;
    EmergencyDialog dialog(m_session, *m_places, *e, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reloadLog(dialog.saved().id);
    emit statusMessage(tr("Emergency updated; the earlier version is kept."));
}

void ProntoInterventoView::closeSelected()
{
    const SocialEmergency *e = selected();
    if (!e || e->settled())
        return;
    const SocialEmergency emergency = *e;
    const QString prompt = tr("Why does the territorial service not need to take up the emergency of %1?")
                               .arg(showInstant(emergency.receivedAt));
    QString reason;
    QString refusal;
    // A refusal asks again with what was typed.
    for (;;) {
        bool accepted = false;
        reason = QInputDialog::getMultiLineText(
            this, tr("Close without handover"),
            refusal.isEmpty() ? prompt : refusal + QLatin1Char('\n') + prompt, reason, &accepted);
        if (!accepted)
            return;
        const auto closed = m_session.services().prontoIntervento.closeWithoutHandover(
            emergency.id, emergency.stamp.version, reason, m_session.actor());
        if (closed) {
            reloadLog(emergency.id);
            emit statusMessage(tr("Emergency closed without a handover."));
            return;
        }
        if (closed.error().code != ErrorCode::Invalid) {
            emit statusMessage(closed.error().message);
            reloadLog(emergency.id);
            return;
        }
        refusal = closed.error().message;
    }
}

void ProntoInterventoView::identifySelected()
{
    const SocialEmergency *e = selected();
    if (!e || e->identified())
        return;
    IdentifyEmergencyDialog dialog(m_session, *e, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qint64 id = dialog.result().id;
    reloadLog(id);
    emit statusMessage(tr("Person identified: %1.").arg(dialog.result().personName));
}

void ProntoInterventoView::handOverSelected()
{
    const SocialEmergency *e = selected();
    if (!e || e->settled())
        return;
    HandOverDialog dialog(m_session, *m_places, *e, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const SocialEmergency done = dialog.result();
    reloadLog(done.id);
    emit statusMessage(done.caseOpened ? tr("Handed over: case %1 opened.").arg(done.caseNumber)
                                       : tr("Handed over to case %1.").arg(done.caseNumber));
}

} // namespace cartella::gui
