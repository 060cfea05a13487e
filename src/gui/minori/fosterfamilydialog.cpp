// SPDX-License-Identifier: EUPL-1.2
#include "gui/minori/fosterfamilydialog.h"

#include "domain/kernel/officeclock.h"
#include "domain/kernel/placeregistry.h"
#include "domain/kernel/vocabulary.h"
#include "domain/servicehub.h"
#include "gui/common/formhelpers.h"
#include "gui/common/session.h"
#include "ui_fosterfamilydialog.h"

#include <QPushButton>

namespace cartella::gui {

using namespace cartella::domain;

namespace {

QString comuneText(const QString &code)
{
    const auto m = PlaceRegistry::builtin().municipality(code);
    return m ? m->label() : code;
}

QString comuneCode(const QString &typed)
{
    const QString t = typed.trimmed();
    if (t.isEmpty())
        return {};
    const auto &places = PlaceRegistry::builtin();
    if (const auto m = places.municipality(t))
        return m->istatCode;
    if (const auto m = places.municipalityByName(t.section(QStringLiteral(" ("), 0, 0)))
        return m->istatCode;
    return t; // refused by the domain with its message
}

} // namespace

FosterFamilyDialog::FosterFamilyDialog(Session &session, std::optional<FosterFamily> family, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::FosterFamilyDialog>()), m_session(session)
{
    m_ui->setupUi(this);
    m_ui->minAgeSpin->setRange(0, FosterFamily::kMaxAge);
    m_ui->maxAgeSpin->setRange(0, FosterFamily::kMaxAge);
    m_ui->maxAgeSpin->setValue(FosterFamily::kMaxAge);
    m_ui->capacitySpin->setRange(1, FosterFamily::kMaxCapacity);
    for (const SuitabilityOutcome o : Vocabulary<SuitabilityOutcome>::values())
        m_ui->assessmentCombo->addItem(Vocabulary<SuitabilityOutcome>::label(o), int(o));
    for (const FosterMemberRole r : Vocabulary<FosterMemberRole>::values())
        m_ui->memberRoleCombo->addItem(Vocabulary<FosterMemberRole>::label(r), int(r));
    m_ui->errorLabel->hide();
    const bool editable = m_session.may(Operation::EditFosterFamilies);
    m_ui->buttons->button(QDialogButtonBox::Save)->setEnabled(editable);
    m_ui->addMemberButton->setEnabled(editable);
    connect(m_ui->addMemberButton, &QPushButton::clicked, this, &FosterFamilyDialog::addMember);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &FosterFamilyDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (family) {
        setWindowTitle(tr("Foster family: %1").arg(family->name));
        show(*family);
    } else {
        setWindowTitle(tr("New foster family"));
    }
}

FosterFamilyDialog::~FosterFamilyDialog() = default;

void FosterFamilyDialog::show(const FosterFamily &f)
{
    m_family = f;
    m_ui->nameEdit->setText(f.name);
    m_ui->streetEdit->setText(f.street);
    m_ui->comuneEdit->setText(comuneText(f.municipalityCode));
    m_ui->phoneEdit->setText(f.phone);
    m_ui->minAgeSpin->setValue(f.minAge);
    m_ui->maxAgeSpin->setValue(f.maxAge);
    m_ui->capacitySpin->setValue(f.capacity);
    m_ui->trainedEdit->setText(showDate(f.trainedOn));
    m_ui->assessmentCombo->setCurrentIndex(m_ui->assessmentCombo->findData(int(f.assessment)));
    m_ui->assessedEdit->setText(showDate(f.assessedOn));
    m_ui->notesEdit->setPlainText(f.notes);
    m_ui->residentialCheck->setChecked(f.availability.contains(FosterAvailability::Residential));
    m_ui->dayCheck->setChecked(f.availability.contains(FosterAvailability::Day));
    m_ui->partTimeCheck->setChecked(f.availability.contains(FosterAvailability::PartTime));
    m_ui->weekendCheck->setChecked(f.availability.contains(FosterAvailability::Weekend));
    m_ui->emergencyCheck->setChecked(f.availability.contains(FosterAvailability::Emergency));
    m_ui->motherChildCheck->setChecked(f.availability.contains(FosterAvailability::MotherChild));
    m_ui->membersList->clear();
    for (const FosterFamilyMember &m : f.members) {
        QString line = m.name + QStringLiteral(" — ") + Vocabulary<FosterMemberRole>::label(m.role);
        if (!m.current())
            line += tr(" (left on %1)").arg(showDate(m.leftOn));
        m_ui->membersList->addItem(line);
    }
    m_ui->placementsList->clear();
    if (f.id > 0 && m_session.may(Operation::ReadPlacements)) {
        const auto placements = m_session.services().fosterCare.placementsOfFamily(f.id, m_session.actor());
        if (placements) {
            for (const FosterPlacement &p : placements.value()) {
                if (p.running())
                    m_ui->placementsList->addItem(
                        tr("%1 (case %2), from %3 to %4")
                            .arg(p.childName, p.caseNumber, showDate(p.startsOn), showDate(p.expectedEndOn)));
            }
        }
    }
    m_ui->placementsBox->setTitle(
        tr("Current placements: %1 of %2").arg(f.currentPlacements).arg(f.capacity));
}

FosterFamily FosterFamilyDialog::typed() const
{
    FosterFamily f = m_family;
    f.name = m_ui->nameEdit->text();
    f.street = m_ui->streetEdit->text();
    f.municipalityCode = comuneCode(m_ui->comuneEdit->text());
    f.phone = m_ui->phoneEdit->text();
    f.minAge = m_ui->minAgeSpin->value();
    f.maxAge = m_ui->maxAgeSpin->value();
    f.capacity = m_ui->capacitySpin->value();
    f.trainedOn = parseDate(m_ui->trainedEdit->text());
    f.assessment = SuitabilityOutcome(m_ui->assessmentCombo->currentData().toInt());
    f.assessedOn = parseDate(m_ui->assessedEdit->text());
    f.notes = m_ui->notesEdit->toPlainText();
    f.availability.clear();
    const std::pair<QCheckBox *, FosterAvailability> boxes[] = {
        {m_ui->residentialCheck, FosterAvailability::Residential},
        {m_ui->dayCheck, FosterAvailability::Day},
        {m_ui->partTimeCheck, FosterAvailability::PartTime},
        {m_ui->weekendCheck, FosterAvailability::Weekend},
        {m_ui->emergencyCheck, FosterAvailability::Emergency},
        {m_ui->motherChildCheck, FosterAvailability::MotherChild}};
    for (const auto &[box, a] : boxes) {
        if (box->isChecked())
            f.availability.append(a);
    }
    f.members = m_pendingMembers;
    return f;
}

void FosterFamilyDialog::addMember()
{
    FosterFamilyMember m;
    m.name = m_ui->memberNameEdit->text();
    m.role = FosterMemberRole(m_ui->memberRoleCombo->currentData().toInt());
    if (m.name.simplified().isEmpty()) {
        m_ui->errorLabel->setText(tr("Give the name of the member."));
        m_ui->errorLabel->show();
        return;
    }
    if (m_family.id == 0) {
        m_pendingMembers.append(m);
        m_ui->membersList->addItem(m.name.simplified() + QStringLiteral(" — ") +
                                   Vocabulary<FosterMemberRole>::label(m.role));
        m_ui->memberNameEdit->clear();
        return;
    }
    const auto added = m_session.services().fosterCare.addMember(m_family.id, m, m_session.actor());
    if (!added) {
        m_ui->errorLabel->setText(added.error().message);
        m_ui->errorLabel->show();
        return;
    }
    m_ui->memberNameEdit->clear();
    const FosterFamily typedNow = typed(); // keep what was typed in the other fields
    show(added.value());
    m_ui->nameEdit->setText(typedNow.name);
    m_ui->notesEdit->setPlainText(typedNow.notes);
}

void FosterFamilyDialog::accept()
{
    const FosterFamily f = typed();
    const auto saved = f.id == 0 ? m_session.services().fosterCare.createFamily(f, m_session.actor())
                                 : m_session.services().fosterCare.updateFamily(f, m_session.actor());
    if (!saved) {
        m_ui->errorLabel->setText(saved.error().message);
        m_ui->errorLabel->show();
        return; // everything typed stays
    }
    m_family = saved.value();
    QDialog::accept();
}

} // namespace cartella::gui
