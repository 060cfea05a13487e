// SPDX-License-Identifier: EUPL-1.2
#include "gui/minori/fostercareview.h"

#include "domain/kernel/money.h"
#include "domain/kernel/officeclock.h"
#include "domain/kernel/placeregistry.h"
#include "domain/kernel/vocabulary.h"
#include "domain/servicehub.h"
#include "export/carerssheetfile.h"
#include "gui/common/formhelpers.h"
#include "gui/common/session.h"
#include "gui/minori/fostercaredialogs.h"
#include "gui/minori/fosterfamilydialog.h"
#include "gui/minori/placementdialog.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cartella::gui {

using namespace cartella::domain;

namespace {

QTableWidget *table(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    return t;
}

QString comuneName(const QString &code)
{
    const auto m = PlaceRegistry::builtin().municipality(code);
    return m ? m->name : code;
}

} // namespace

FosterCareView::FosterCareView(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_warning(new QLabel(this)),
      m_placements(table({tr("Case"), tr("Child"), tr("Family"), tr("Placement"), tr("From"),
                          tr("Expected end"), tr("Term")},
                         this)),
      m_families(table(
          {tr("Family"), tr("Comune"), tr("Availability"), tr("Ages"), tr("Free places"), tr("Suitability")},
          this)),
      m_find(new QPushButton(tr("&Find families…"), this)),
      m_extend(new QPushButton(tr("E&xtension…"), this)),
      m_newFamily(new QPushButton(tr("&New family…"), this)),
      m_newPlacement(new QPushButton(tr("New &placement…"), this)),
      m_sheet(new QPushButton(tr("Carers' &sheet…"), this)),
      m_allowance(new QPushButton(tr("&Allowance…"), this)), m_end(new QPushButton(tr("&End…"), this))
{
    setObjectName(QStringLiteral("fosterCareView"));
    m_placements->setObjectName(QStringLiteral("placementsTable"));
    m_families->setObjectName(QStringLiteral("familiesTable"));
    m_warning->setObjectName(QStringLiteral("termWarning"));
    m_warning->setWordWrap(true);
    m_find->setObjectName(QStringLiteral("findFamiliesButton"));
    m_extend->setObjectName(QStringLiteral("extendButton"));
    m_newFamily->setObjectName(QStringLiteral("newFamilyButton"));
    m_find->setEnabled(m_session.may(Operation::ReadFosterFamilies));
    m_newFamily->setEnabled(m_session.may(Operation::EditFosterFamilies));
    m_extend->setEnabled(false);
    m_newPlacement->setObjectName(QStringLiteral("newPlacementButton"));
    m_newPlacement->setEnabled(m_session.may(Operation::EditPlacements));
    m_sheet->setObjectName(QStringLiteral("carersSheetButton"));
    m_sheet->setToolTip(
        tr("What the foster family needs; never the family of origin's addresses or contacts."));
    m_sheet->setEnabled(false);
    m_end->setObjectName(QStringLiteral("endPlacementButton"));
    m_end->setEnabled(false);
    m_allowance->setObjectName(QStringLiteral("allowanceButton"));
    m_allowance->setToolTip(
        tr("Request the monthly foster allowance, approved by the zone manager as economic aid"));
    m_allowance->setEnabled(false);

    auto *placementButtons = new QHBoxLayout;
    placementButtons->addWidget(m_newPlacement);
    placementButtons->addWidget(m_find);
    placementButtons->addWidget(m_extend);
    placementButtons->addWidget(m_sheet);
    placementButtons->addWidget(m_allowance);
    placementButtons->addWidget(m_end);
    placementButtons->addStretch();
    if (m_session.may(Operation::SetFosterWarning)) {
        // How far ahead of a placement's term the service is warned: the zone manager's setting.
        m_warnDays = new QSpinBox(this);
        m_warnDays->setObjectName(QStringLiteral("warningDaysSpin"));
        m_warnDays->setRange(1, 365);
        if (const auto days = m_session.services().fosterCare.warningDays(m_session.actor()))
            m_warnDays->setValue(days.value());
        auto *label = new QLabel(tr("Warning before the &term (days)"), this);
        label->setBuddy(m_warnDays);
        auto *set = new QPushButton(tr("Set"), this);
        set->setObjectName(QStringLiteral("setWarningDaysButton"));
        placementButtons->addWidget(label);
        placementButtons->addWidget(m_warnDays);
        placementButtons->addWidget(set);
        connect(set, &QPushButton::clicked, this, &FosterCareView::setWarningDays);
    }
    auto *familyButtons = new QHBoxLayout;
    familyButtons->addWidget(m_newFamily);
    familyButtons->addStretch();
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(new QLabel(tr("Placements"), top));
    topLayout->addWidget(m_placements);
    topLayout->addLayout(placementButtons);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(new QLabel(tr("Foster families"), bottom));
    bottomLayout->addWidget(m_families);
    bottomLayout->addLayout(familyButtons);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(bottom);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_warning);
    layout->addWidget(split);

    connect(m_find, &QPushButton::clicked, this, &FosterCareView::findFamilies);
    connect(m_extend, &QPushButton::clicked, this, &FosterCareView::extendSelected);
    connect(m_newFamily, &QPushButton::clicked, this, &FosterCareView::newFamily);
    connect(m_newPlacement, &QPushButton::clicked, this, &FosterCareView::newPlacement);
    connect(m_sheet, &QPushButton::clicked, this, &FosterCareView::exportSheetAs);
    connect(m_end, &QPushButton::clicked, this, &FosterCareView::endSelected);
    connect(m_families, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { openFamily(row); });
    connect(m_placements, &QTableWidget::itemSelectionChanged, this, [this] {
        const FosterPlacement *p = selectedPlacement();
        m_extend->setEnabled(p && m_session.may(Operation::EditPlacements));
        m_sheet->setEnabled(p != nullptr);
        m_end->setEnabled(p && m_session.may(Operation::EditPlacements));
        m_allowance->setEnabled(p && m_session.may(Operation::EditPlacements));
    });
    connect(m_allowance, &QPushButton::clicked, this, &FosterCareView::requestAllowance);
    refresh();
}

QString FosterCareView::termText(PlacementTermState state)
{
    switch (state) {
    case PlacementTermState::Running:
        return tr("Running");
    case PlacementTermState::NearingTerm:
        return tr("Term near");
    case PlacementTermState::PastTerm:
        return tr("Term passed");
    case PlacementTermState::PastLimit:
        return tr("Past 24 months without extension");
    case PlacementTermState::Ended:
        return tr("Ended");
    }
    return {};
}

const FosterPlacement *FosterCareView::selectedPlacement() const
{
    const int row = m_placements->currentRow();
    if (row < 0 || row >= m_placementRows.size() || m_placements->selectedItems().isEmpty())
        return nullptr;
    return &m_placementRows.at(row);
}

void FosterCareView::refresh()
{
    const QDate today = officeToday();
    m_placements->setRowCount(0);
    m_placementRows.clear();
    int nearing = 0, past = 0;
    if (m_session.may(Operation::ReadPlacements)) {
        const auto days = m_session.services().fosterCare.warningDays(m_session.actor());
        const int warnDays = days ? days.value() : FosterCareService::kDefaultWarningDays;
        const auto placements = m_session.services().fosterCare.placements(true, m_session.actor());
        if (placements)
            m_placementRows = placements.value();
        else
            emit statusMessage(placements.error().message);
        m_placements->setRowCount(int(m_placementRows.size()));
        for (int row = 0; row < m_placementRows.size(); ++row) {
            const FosterPlacement &p = m_placementRows.at(row);
            const PlacementTermState state = FosterCareService::termState(p, today, warnDays);
            const QStringList cells{p.caseNumber,         p.childName,
                                    p.familyName,         Vocabulary<PlacementKind>::label(p.kind),
                                    showDate(p.startsOn), showDate(p.expectedEndOn),
                                    termText(state)};
            QColor colour;
            if (state == PlacementTermState::NearingTerm) {
                colour = QColor(0xff, 0xf0, 0xb3);
                ++nearing;
            } else if (state == PlacementTermState::PastTerm || state == PlacementTermState::PastLimit) {
                colour = QColor(0xf8, 0xc8, 0xc0);
                ++past;
            }
            for (int col = 0; col < cells.size(); ++col) {
                auto *item = new QTableWidgetItem(cells.at(col));
                if (colour.isValid())
                    item->setBackground(colour);
                if (!p.extensions.isEmpty() && col == 5)
                    item->setToolTip(tr("Extended by the Tribunale per i Minorenni (decree %1)")
                                         .arg(p.extensions.last().decreeNumber));
                m_placements->setItem(row, col, item);
            }
        }
    }
    QStringList warning;
    if (nearing > 0)
        warning << tr("%n placement(s) near the end of their term.", nullptr, nearing);
    if (past > 0)
        warning << tr("%n placement(s) past their term: extend or end them.", nullptr, past);
    m_placements->resizeColumnsToContents();
    m_placements->resizeRowsToContents();
    m_warning->setText(warning.join(QLatin1Char(' ')));
    m_warning->setVisible(!warning.isEmpty());

    m_families->setRowCount(0);
    m_familyRows.clear();
    if (m_session.may(Operation::ReadFosterFamilies)) {
        const auto families = m_session.services().fosterCare.families(true, m_session.actor());
        if (families)
            m_familyRows = families.value();
        m_families->setRowCount(int(m_familyRows.size()));
        for (int row = 0; row < m_familyRows.size(); ++row) {
            const FosterFamily &f = m_familyRows.at(row);
            QStringList offers;
            for (const FosterAvailability a : f.availability)
                offers << Vocabulary<FosterAvailability>::label(a);
            const QStringList cells{f.name,
                                    comuneName(f.municipalityCode),
                                    offers.join(QStringLiteral(", ")),
                                    tr("%1–%2").arg(f.minAge).arg(f.maxAge),
                                    tr("%1 of %2").arg(f.freePlaces()).arg(f.capacity),
                                    Vocabulary<SuitabilityOutcome>::label(f.assessment)};
            for (int col = 0; col < cells.size(); ++col)
                m_families->setItem(row, col, new QTableWidgetItem(cells.at(col)));
        }
        m_families->resizeColumnsToContents();
        m_families->resizeRowsToContents();
    }
    m_extend->setEnabled(false);
    m_sheet->setEnabled(false);
    m_allowance->setEnabled(false);
    m_end->setEnabled(false);
}

QString FosterCareView::exportSheet(const QString &path)
{
    const FosterPlacement *p = selectedPlacement();
    if (!p)
        return tr("Choose a placement first.");
    const auto sheet = m_session.services().fosterCare.carersSheet(p->id, m_session.actor());
    if (!sheet)
        return sheet.error().message;
    const auto format = path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)
                            ? exporting::CarersSheetFile::Format::Json
                            : exporting::CarersSheetFile::Format::Text;
    const Status written = exporting::CarersSheetFile::write(sheet.value(), format, path);
    return written ? QString() : written.error().message;
}

void FosterCareView::exportSheetAs()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Carers' sheet"), QString(), tr("Text (*.txt);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    const QString error = exportSheet(path);
    emit statusMessage(error.isEmpty() ? tr("Carers' sheet written to %1.").arg(path) : error);
}

void FosterCareView::requestAllowance()
{
    const FosterPlacement *selected = selectedPlacement();
    if (!selected)
        return;
    const FosterPlacement p = *selected;
    const QString prompt =
        tr("Monthly allowance for %1 with %2, from %3 to %4 (euro):")
            .arg(p.childName, p.familyName, showDate(p.startsOn), showDate(p.expectedEndOn));
    QString typed;
    QString refusal;
    // A refusal asks again with what was typed.
    for (;;) {
        bool accepted = false;
        typed = QInputDialog::getText(this, tr("Foster allowance"),
                                      refusal.isEmpty() ? prompt : refusal + QLatin1Char('\n') + prompt,
                                      QLineEdit::Normal, typed, &accepted);
        if (!accepted)
            return;
        const std::optional<qint64> cents = parseEuro(typed);
        if (!cents) {
            refusal = tr("Write the amount in euro, e.g. 450,00.");
            continue;
        }
        const auto requested =
            m_session.services().fosterCare.requestAllowance(p.id, *cents, {}, {}, m_session.actor());
        if (requested) {
            emit statusMessage(tr("Foster allowance of %1 a month requested: the zone manager approves it in "
                                  "Servizi e contributi.")
                                   .arg(formatEuro(*cents)));
            return;
        }
        if (requested.error().code != ErrorCode::Invalid) {
            emit statusMessage(requested.error().message);
            return;
        }
        refusal = requested.error().message;
    }
}

void FosterCareView::setWarningDays()
{
    if (!m_warnDays)
        return;
    const auto set = m_session.services().fosterCare.setWarningDays(m_warnDays->value(), m_session.actor());
    if (!set) {
        emit statusMessage(set.error().message);
        return;
    }
    emit statusMessage(tr("Placements are now flagged %n day(s) before their term.", nullptr, set.value()));
    refresh();
}

void FosterCareView::findFamilies()
{
    MatchFamiliesDialog dialog(m_session, this);
    if (const FosterPlacement *p = selectedPlacement()) {
        const auto child = m_session.services().persons.get(p->childPersonId, m_session.actor());
        const auto c = m_session.services().cases.get(p->caseId, m_session.actor());
        if (child && c) {
            dialog.setChild(child.value().birthDate, c.value().municipalityCode);
            dialog.search(); // the child is known: the families that fit are what the worker came for
        }
    }
    dialog.exec();
}

void FosterCareView::extendSelected()
{
    const FosterPlacement *p = selectedPlacement();
    if (!p)
        return;
    ExtensionDialog dialog(m_session, *p, this);
    if (dialog.exec() == QDialog::Accepted) {
        emit statusMessage(tr("Extension recorded."));
        refresh();
    }
}

void FosterCareView::endSelected()
{
    const FosterPlacement *p = selectedPlacement();
    if (!p)
        return;
    EndPlacementDialog dialog(m_session, *p, this);
    if (dialog.exec() == QDialog::Accepted) {
        emit statusMessage(tr("Placement ended."));
        refresh();
    }
}

void FosterCareView::openFamily(int row)
{
    if (row < 0 || row >= m_familyRows.size())
        return;
    FosterFamilyDialog dialog(m_session, m_familyRows.at(row), this);
    if (dialog.exec() == QDialog::Accepted)
        emit statusMessage(tr("Family saved."));
    refresh();
}

void FosterCareView::newPlacement()
{
    PlacementDialog dialog(m_session, this);
    if (dialog.exec() == QDialog::Accepted) {
        emit statusMessage(tr("Placement recorded; its term is among the deadlines."));
        refresh();
    }
}

void FosterCareView::newFamily()
{
    FosterFamilyDialog dialog(m_session, std::nullopt, this);
    if (dialog.exec() == QDialog::Accepted) {
        emit statusMessage(tr("Family added to the registry."));
        refresh();
    }
}

} // namespace cartella::gui
