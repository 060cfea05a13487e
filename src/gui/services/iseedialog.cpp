// SPDX-License-Identifier: EUPL-1.2
#include "gui/services/iseedialog.h"

#include "domain/kernel/money.h"
#include "domain/kernel/officeclock.h"
#include "domain/servicehub.h"
#include "gui/common/formhelpers.h"
#include "gui/common/session.h"
#include "ui_iseedialog.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QMessageBox>
#include <QPushButton>

namespace cartella::gui {

using namespace cartella::domain;

IseeDialog::IseeDialog(Session &session, qint64 personId, const QString &personName, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::IseeDialog>()), m_session(session), m_personId(personId),
      m_personName(personName)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("ISEE of %1").arg(personName));
    QTableWidget *table = m_ui->declarationsTable;
    table->setColumnCount(ColumnCount);
    table->setHorizontalHeaderLabels(
        {tr("Filed on"), tr("ISEE value"), tr("DSU protocol"), tr("Valid until"), tr("State")});
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(ProtocolColumn, QHeaderView::Stretch);
    table->installEventFilter(this);
    m_ui->filedOnEdit->setToolTip(
        tr("The day the DSU was filed: it is valid until 31 December of that year."));
    m_ui->recordGroup->setVisible(m_session.may(Operation::RecordIsee));
    connect(m_ui->recordButton, &QPushButton::clicked, this, &IseeDialog::record);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &IseeDialog::reject);
    reload();
    if (m_ui->recordGroup->isVisibleTo(this))
        m_ui->valueEdit->setFocus();
}

IseeDialog::~IseeDialog() = default;

QTableWidget *IseeDialog::table() const
{
    return m_ui->declarationsTable;
}

QString IseeDialog::messageText() const
{
    return m_ui->messageLabel->text();
}

void IseeDialog::say(const QString &message, bool error)
{
    m_ui->messageLabel->setStyleSheet(error ? QStringLiteral("color: #a93226;")
                                            : QStringLiteral("color: #1e7d32;"));
    m_ui->messageLabel->setText(message);
}

bool IseeDialog::reload()
{
    QTableWidget *table = m_ui->declarationsTable;
    table->setRowCount(0);
    const auto found = m_session.services().isee.declarations(m_personId, m_session.actor());
    if (!found) {
        m_declarations.clear();
        m_ui->headerLabel->setText(found.error().message);
        return false;
    }
    m_declarations = found.value();
    m_ui->headerLabel->setText(
        m_declarations.isEmpty()
            ? tr("No ISEE declaration (DSU) is recorded for %1.").arg(m_personName)
            : tr("The ISEE declarations (DSU) of %1. A declaration is valid until 31 December of the year "
                 "it was filed.")
                  .arg(m_personName));
    const QDate today = domain::officeToday();
    table->setRowCount(int(m_declarations.size()));
    for (int row = 0; row < m_declarations.size(); ++row) {
        const IseeDeclaration &d = m_declarations.at(row);
        const bool valid = d.validOn(today);
        auto *value = new QTableWidgetItem(formatEuro(d.valueCents));
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        const QList<QTableWidgetItem *> items{new QTableWidgetItem(showDate(d.filedOn)), value,
                                              new QTableWidgetItem(d.dsuProtocol),
                                              new QTableWidgetItem(showDate(d.expiresOn())),
                                              // Said in words, not by colour alone.
                                              new QTableWidgetItem(valid ? tr("Valid") : tr("Expired"))};
        for (int column = 0; column < items.size(); ++column) {
            QTableWidgetItem *item = items.at(column);
            item->setData(Qt::UserRole, d.id);
            if (!valid)
                item->setForeground(QColor(0x70, 0x70, 0x70)); // the grey of closed cases
            table->setItem(row, column, item);
        }
        if (valid) {
            QFont bold = items.last()->font();
            bold.setBold(true);
            items.last()->setFont(bold);
        }
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setSectionResizeMode(ProtocolColumn, QHeaderView::Stretch);
    return true;
}

bool IseeDialog::record()
{
    IseeDeclaration draft;
    draft.personId = m_personId;
    const std::optional<qint64> value = parseEuro(m_ui->valueEdit->text());
    if (!value) {
        say(tr("Write the ISEE value in euro, e.g. 8.500,00."), true);
        m_ui->valueEdit->setFocus();
        return false;
    }
    draft.valueCents = *value;
    draft.dsuProtocol = m_ui->protocolEdit->text().trimmed();
    const QString filed = m_ui->filedOnEdit->text().trimmed();
    draft.filedOn = parseDate(filed);
    if (!filed.isEmpty() && !draft.filedOn.isValid()) {
        say(tr("Write the filing date as dd/mm/yyyy."), true);
        m_ui->filedOnEdit->setFocus();
        return false;
    }
    const auto recorded = m_session.services().isee.record(draft, m_session.actor());
    if (!recorded) {
        say(recorded.error().message, true);
        const QString field =
            recorded.error().fields.isEmpty() ? QString() : recorded.error().fields.first().field;
        if (field == QLatin1String("value"))
            m_ui->valueEdit->setFocus();
        else if (field == QLatin1String("dsuProtocol"))
            m_ui->protocolEdit->setFocus();
        else if (field == QLatin1String("filedOn"))
            m_ui->filedOnEdit->setFocus();
        return false;
    }
    const IseeDeclaration &saved = recorded.value();
    for (QLineEdit *edit : {m_ui->valueEdit, m_ui->protocolEdit, m_ui->filedOnEdit})
        edit->clear();
    reload();
    for (int row = 0; row < m_declarations.size(); ++row) {
        if (m_declarations.at(row).id == saved.id)
            m_ui->declarationsTable->selectRow(row);
    }
    say(saved.validOn(domain::officeToday())
            ? tr("DSU %1 recorded: valid until %2.").arg(saved.dsuProtocol, showDate(saved.expiresOn()))
            : tr("DSU %1 recorded; it expired on %2.").arg(saved.dsuProtocol, showDate(saved.expiresOn())),
        false);
    m_ui->valueEdit->setFocus();
    emit declarationRecorded(saved);
    return true;
}

bool IseeDialog::hasTypedText() const
{
    return !m_ui->valueEdit->text().trimmed().isEmpty() || !m_ui->protocolEdit->text().trimmed().isEmpty() ||
           !m_ui->filedOnEdit->text().trimmed().isEmpty();
}

void IseeDialog::reject()
{
    if (m_ui->recordGroup->isVisibleTo(this) && hasTypedText() &&
        QMessageBox::question(
            this, tr("Discard the DSU?"), tr("The DSU typed in the form is not recorded and will be lost."),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Discard)
        return;
    QDialog::reject();
}

bool IseeDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Return in the list moves to the form instead of pressing Record.
    if (watched == m_ui->declarationsTable && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (m_ui->recordGroup->isVisibleTo(this))
                m_ui->valueEdit->setFocus();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace cartella::gui
