// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/access/actor.h"
#include "domain/privacy/subjectrightsservice.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AccessReportDialog;
}

class QTableWidget;

namespace cartella::gui {

// "Who consulted this file" (ui/accessreportdialog.ui): the openings and changes of a person's file and of
// their cases, newest first, read-only. A refusal or a failure is shown in place of the rows.
class AccessReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccessReportDialog)

public:
    AccessReportDialog(domain::SubjectRightsService &service, qint64 personId, const QString &personName,
                       const domain::Actor &actor, QWidget *parent = nullptr);
    ~AccessReportDialog() override;

    QTableWidget *table() const;
    QString summaryText() const;

private:
    std::unique_ptr<Ui::AccessReportDialog> m_ui;
};

} // namespace cartella::gui
