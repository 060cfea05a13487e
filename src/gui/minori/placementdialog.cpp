// SPDX-License-Identifier: EUPL-1.2
#include "gui/minori/placementdialog.h"

#include "domain/kernel/vocabulary.h"
#include "domain/servicehub.h"
#include "gui/common/formhelpers.h"
#include "gui/common/session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace cartella::gui {

using namespace cartella::domain;

namespace {

template <typename E> QComboBox *vocabularyCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    for (const E v : Vocabulary<E>::values())
        combo->addItem(Vocabulary<E>::label(v), int(v));
    return combo;
}

} // namespace

PlacementDialog::PlacementDialog(Session &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_case(new QLineEdit(this)), m_child(new QComboBox(this)),
      m_family(new QComboBox(this)), m_kind(vocabularyCombo<PlacementKind>(this)),
      m_measureNumber(new QLineEdit(this)), m_measureDate(new QLineEdit(this)),
      m_relation(vocabularyCombo<PlacementRelation>(this)),
      m_schedule(vocabularyCombo<PlacementSchedule>(this)),
      m_setting(vocabularyCombo<PlacementSetting>(this)),
      m_availability(vocabularyCombo<FosterAvailability>(this)), m_start(new QLineEdit(this)),
      m_end(new QLineEdit(this)), m_contacts(new QPlainTextEdit(this)), m_needs(new QPlainTextEdit(this)),
      m_service(new QLineEdit(this)), m_serviceContact(new QLineEdit(this)), m_message(new QLabel(this))
{
    setWindowTitle(tr("New foster placement"));
    m_case->setPlaceholderText(tr("e.g. 2026/0012"));
    for (QLineEdit *date : {m_measureDate, m_start, m_end})
        date->setPlaceholderText(tr("dd/mm/yyyy"));
    m_relation->setCurrentIndex(m_relation->findData(int(PlacementRelation::HeteroFamily)));
    m_contacts->setMaximumHeight(70);
    m_needs->setMaximumHeight(70);
    const auto families = m_session.services().fosterCare.families(true, m_session.actor());
    if (families) {
        for (const FosterFamily &f : families.value())
            m_family->addItem(tr("%1 (%2 free)").arg(f.name).arg(f.freePlaces()), f.id);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("&Case"), m_case);
    form->addRow(tr("C&hild"), m_child);
    form->addRow(tr("&Family"), m_family);
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("&Measure number"), m_measureNumber);
    form->addRow(tr("Measure &date"), m_measureDate);
    form->addRow(tr("&With"), m_relation);
    form->addRow(tr("&Time"), m_schedule);
    form->addRow(tr("&Setting"), m_setting);
    form->addRow(tr("&Availability used"), m_availability);
    form->addRow(tr("Sta&rt"), m_start);
    form->addRow(tr("E&xpected end"), m_end);
    form->addRow(tr("Contact with the family of &origin"), m_contacts);
    form->addRow(tr("The child's &needs"), m_needs);
    form->addRow(tr("Res&ponsible service"), m_service);
    form->addRow(tr("Service conta&ct"), m_serviceContact);
    m_message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(m_case, &QLineEdit::editingFinished, this, &PlacementDialog::loadCase);
    connect(buttons, &QDialogButtonBox::accepted, this, &PlacementDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void PlacementDialog::loadCase()
{
    const auto c = m_session.services().cases.getByNumber(m_case->text().trimmed(), m_session.actor());
    m_child->clear();
    if (!c) {
        m_caseRecord = {};
        m_message->setText(c.error().message);
        return;
    }
    m_caseRecord = c.value();
    m_message->clear();
    for (const CaseMember &m : m_caseRecord.members)
        m_child->addItem(m.displayName, m.personId);
}

void PlacementDialog::accept()
{
    if (m_caseRecord.id == 0 || m_caseRecord.number() != m_case->text().trimmed())
        loadCase();
    if (m_caseRecord.id == 0)
        return;
    PlacementDraft d;
    d.caseId = m_caseRecord.id;
    d.childPersonId = m_child->currentData().toLongLong();
    d.familyId = m_family->currentData().toLongLong();
    d.kind = PlacementKind(m_kind->currentData().toInt());
    d.measureNumber = m_measureNumber->text();
    d.measureDate = parseDate(m_measureDate->text());
    d.relation = PlacementRelation(m_relation->currentData().toInt());
    d.schedule = PlacementSchedule(m_schedule->currentData().toInt());
    d.setting = PlacementSetting(m_setting->currentData().toInt());
    d.availability = FosterAvailability(m_availability->currentData().toInt());
    d.startsOn = parseDate(m_start->text());
    d.expectedEndOn = parseDate(m_end->text());
    d.contactArrangements = m_contacts->toPlainText();
    d.childNeeds = m_needs->toPlainText();
    d.responsibleService = m_service->text();
    d.serviceContact = m_serviceContact->text();
    const auto started = m_session.services().fosterCare.startPlacement(d, m_session.actor());
    if (!started) {
        m_message->setText(started.error().message);
        return; // what was typed stays
    }
    m_placement = started.value();
    QDialog::accept();
}

} // namespace cartella::gui
