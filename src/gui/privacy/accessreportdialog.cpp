// SPDX-License-Identifier: EUPL-1.2
#include "gui/privacy/accessreportdialog.h"

#include "ui_accessreportdialog.h"

#include <QHeaderView>
#include <QLocale>

namespace cartella::gui {

namespace {

// Why the data were processed, in words; the audit keeps the code.
QString purposeLabel(const QString &code)
{
    if (code == QLatin1String("casework"))
        return AccessReportDialog::tr("casework");
    if (code == QLatin1String("administration"))
        return AccessReportDialog::tr("administration");
    if (code == QLatin1String("maintenance"))
        return AccessReportDialog::tr("maintenance");
    if (code == QLatin1String("retention"))
        return AccessReportDialog::tr("retention");
    if (code == QLatin1String("demo"))
        return AccessReportDialog::tr("demo data");
    if (code.startsWith(QLatin1String("emergency")))
        return AccessReportDialog::tr("emergency access");
    return code;
}

} // namespace

AccessReportDialog::AccessReportDialog(domain::SubjectRightsService &service, qint64 personId,
                                       const QString &personName, const domain::Actor &actor, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AccessReportDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Who consulted this file — %1").arg(personName));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    QTableWidget *table = m_ui->table;
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(false);
    table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);

    const auto report = service.accessReport(personId, actor);
    if (!report) {
        m_ui->summaryLabel->setText(report.error().message);
        return;
    }
    const QList<domain::AccessEntry> &entries = report.value(); // newest first, as the service gives them
    table->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const domain::AccessEntry &e = entries[row];
        const QStringList cells{QLocale().toString(e.at.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm:ss")),
                                e.userName,
                                e.workstation,
                                purposeLabel(e.purpose),
                                e.what,
                                e.caseNumber};
        for (int column = 0; column < cells.size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_ui->summaryLabel->setText(
        tr("%n record(s) about %1, their cases and intake contacts; newest first, times in local time.",
           nullptr, int(entries.size()))
            .arg(personName));
}

AccessReportDialog::~AccessReportDialog() = default;

QTableWidget *AccessReportDialog::table() const
{
    return m_ui->table;
}

QString AccessReportDialog::summaryText() const
{
    return m_ui->summaryLabel->text();
}

} // namespace cartella::gui
