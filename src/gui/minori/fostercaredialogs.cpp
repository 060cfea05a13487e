// SPDX-License-Identifier: EUPL-1.2
#include "gui/minori/fostercaredialogs.h"

#include "domain/kernel/officeclock.h"
#include "domain/kernel/placeregistry.h"
#include "domain/kernel/vocabulary.h"
#include "domain/servicehub.h"
#include "gui/common/formhelpers.h"
#include "gui/common/session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cartella::gui {

using namespace cartella::domain;

namespace {

QString comuneCode(const QString &typed)
{
    const QString t = typed.trimmed();
    const auto &places = PlaceRegistry::builtin();
    if (const auto m = places.municipality(t))
        return m->istatCode;
    if (const auto m = places.municipalityByName(t.section(QStringLiteral(" ("), 0, 0)))
        return m->istatCode;
    return t;
}

QString comuneName(const QString &code)
{
    const auto m = PlaceRegistry::builtin().municipality(code);
    return m ? m->label() : code;
}

} // namespace

MatchFamiliesDialog::MatchFamiliesDialog(Session &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_age(new QSpinBox(this)), m_availability(new QComboBox(this)),
      m_comune(new QLineEdit(this)), m_results(new QTableWidget(0, 4, this)), m_message(new QLabel(this))
{
    setWindowTitle(tr("Find foster families"));
    setObjectName(QStringLiteral("matchFamiliesDialog"));
    m_age->setRange(0, FosterFamily::kMaxAge);
    for (const FosterAvailability a : Vocabulary<FosterAvailability>::values())
        m_availability->addItem(Vocabulary<FosterAvailability>::label(a), int(a));
    m_comune->setPlaceholderText(tr("Name or ISTAT code"));
    auto *form = new QFormLayout;
    form->addRow(tr("Child's &age"), m_age);
    form->addRow(tr("&Kind of placement"), m_availability);
    form->addRow(tr("&Comune"), m_comune);
    auto *find = new QPushButton(tr("&Search"), this);
    find->setObjectName(QStringLiteral("searchButton"));
    m_results->setHorizontalHeaderLabels({tr("Family"), tr("Comune"), tr("Free places"), tr("Why it fits")});
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(find);
    layout->addWidget(m_results);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(find, &QPushButton::clicked, this, &MatchFamiliesDialog::search);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(720, 420);
}

void MatchFamiliesDialog::setChild(const QDate &birthDate, const QString &municipalityCode)
{
    m_age->setValue(std::min(FosterFamily::kMaxAge, FosterCareService::ageOn(birthDate, officeToday())));
    m_comune->setText(comuneName(municipalityCode));
}

void MatchFamiliesDialog::search()
{
    const auto found = m_session.services().fosterCare.matchFamilies(
        m_age->value(), FosterAvailability(m_availability->currentData().toInt()),
        comuneCode(m_comune->text()), m_session.actor());
    m_results->setRowCount(0);
    if (!found) {
        m_message->setText(found.error().message);
        return;
    }
    m_results->setRowCount(int(found.value().size()));
    for (int row = 0; row < found.value().size(); ++row) {
        const FamilyMatch &m = found.value().at(row);
        m_results->setItem(row, 0, new QTableWidgetItem(m.family.name));
        m_results->setItem(row, 1, new QTableWidgetItem(comuneName(m.family.municipalityCode)));
        m_results->setItem(row, 2, new QTableWidgetItem(QString::number(m.family.freePlaces())));
        m_results->setItem(row, 3, new QTableWidgetItem(m.reasons.join(QStringLiteral("; "))));
    }
    m_message->setText(found.value().isEmpty()
                           ? tr("No available family fits.")
                           : tr("%n family(ies) fit.", nullptr, int(found.value().size())));
}

ExtensionDialog::ExtensionDialog(Session &session, const FosterPlacement &placement, QWidget *parent)
    : QDialog(parent), m_session(session), m_placement(placement), m_number(new QLineEdit(this)),
      m_date(new QLineEdit(this)), m_end(new QLineEdit(this)), m_text(new QPlainTextEdit(this)),
      m_message(new QLabel(this))
{
    setWindowTitle(tr("Extension by the Tribunale per i Minorenni"));
    auto *summary = new QLabel(tr("%1 with %2: from %3, expected end %4.")
                                   .arg(placement.childName, placement.familyName,
                                        showDate(placement.startsOn), showDate(placement.expectedEndOn)),
                               this);
    summary->setWordWrap(true);
    m_date->setPlaceholderText(tr("dd/mm/yyyy"));
    m_end->setPlaceholderText(tr("dd/mm/yyyy"));
    m_text->setMaximumHeight(80);
    auto *form = new QFormLayout;
    form->addRow(tr("Decree &number"), m_number);
    form->addRow(tr("Decree &date"), m_date);
    form->addRow(tr("New &end"), m_end);
    form->addRow(tr("What the court &ordered"), m_text);
    m_message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExtensionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ExtensionDialog::accept()
{
    const ExtensionDraft e{m_number->text(), parseDate(m_date->text()), m_text->toPlainText(),
                           parseDate(m_end->text())};
    const auto extended =
        m_session.services().fosterCare.extend(m_placement.id, m_placement.version, e, m_session.actor());
    if (!extended) {
        m_message->setText(extended.error().message);
        return; // what was typed stays
    }
    QDialog::accept();
}

EndPlacementDialog::EndPlacementDialog(Session &session, const FosterPlacement &placement, QWidget *parent)
    : QDialog(parent), m_session(session), m_placement(placement), m_date(new QLineEdit(this)),
      m_reason(new QLineEdit(this)), m_message(new QLabel(this))
{
    setWindowTitle(tr("End of the placement"));
    auto *summary =
        new QLabel(tr("%1 with %2, from %3.")
                       .arg(placement.childName, placement.familyName, showDate(placement.startsOn)),
                   this);
    summary->setWordWrap(true);
    m_date->setText(showDate(officeToday()));
    m_date->setPlaceholderText(tr("dd/mm/yyyy"));
    m_reason->setPlaceholderText(tr("e.g. return to the family of origin"));
    auto *form = new QFormLayout;
    form->addRow(tr("Ended &on"), m_date);
    form->addRow(tr("&How it ended"), m_reason);
    m_message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &EndPlacementDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void EndPlacementDialog::accept()
{
    const auto ended = m_session.services().fosterCare.endPlacement(
        m_placement.id, m_placement.version, parseDate(m_date->text()), m_reason->text(), m_session.actor());
    if (!ended) {
        m_message->setText(ended.error().message);
        return; // what was typed stays
    }
    QDialog::accept();
}

} // namespace cartella::gui
