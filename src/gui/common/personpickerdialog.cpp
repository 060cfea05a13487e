// SPDX-License-Identifier: EUPL-1.2
#include "gui/common/personpickerdialog.h"

#include "gui/common/formhelpers.h"
#include "ui_personpickerdialog.h"

#include <QPushButton>

namespace cartella::gui {

using namespace cartella::domain;

PersonPickerDialog::PersonPickerDialog(PersonService &persons, Actor actor,
                                       const QList<std::pair<QString, QString>> &roles, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PersonPickerDialog>()), m_persons(persons),
      m_actor(std::move(actor))
{
    m_ui->setupUi(this);
    for (const auto &[label, code] : roles)
        m_ui->roleCombo->addItem(label, code);
    m_ui->roleLabel->setVisible(!roles.isEmpty());
    m_ui->roleCombo->setVisible(!roles.isEmpty());
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &PersonPickerDialog::search);
    connect(m_ui->resultList, &QListWidget::currentRowChanged, this,
            [ok](int row) { ok->setEnabled(row >= 0); });
    connect(m_ui->resultList, &QListWidget::itemActivated, this, &QDialog::accept);
    // Return in the search box moves into the results.
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_ui->resultList->count() > 0) {
            m_ui->resultList->setCurrentRow(0);
            m_ui->resultList->setFocus();
        }
    });
}

PersonPickerDialog::~PersonPickerDialog() = default;

void PersonPickerDialog::search(const QString &text)
{
    m_ui->resultList->clear();
    if (text.trimmed().isEmpty())
        return;
    PersonQuery query;
    query.text = text;
    query.limit = 30;
    const auto found = m_persons.search(query, m_actor);
    if (!found)
        return;
    for (const PersonSummary &p : found.value()) {
        auto *item = new QListWidgetItem(tr("%1 %2 — born %3 %4")
                                             .arg(p.surname, p.givenName, showDate(p.birthDate), p.fiscalCode)
                                             .trimmed(),
                                         m_ui->resultList);
        item->setData(Qt::UserRole, p.id);
        item->setData(Qt::UserRole + 1, QString(p.surname + QLatin1Char(' ') + p.givenName));
    }
}

qint64 PersonPickerDialog::personId() const
{
    const QListWidgetItem *item = m_ui->resultList->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

QString PersonPickerDialog::personName() const
{
    const QListWidgetItem *item = m_ui->resultList->currentItem();
    return item ? item->data(Qt::UserRole + 1).toString() : QString();
}

QString PersonPickerDialog::roleCode() const
{
    return m_ui->roleCombo->currentData().toString();
}

} // namespace cartella::gui
