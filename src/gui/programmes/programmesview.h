// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/programmes/programme.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace cartella::gui {

class Session;

// The "Projects" tab of the Progetti section: every generic project the user may follow, with its funder,
// period, status and counts over a period (enrolled on its last day, joined, left, cases), exportable as CSV.
// A project opens in ProgrammeDialog; the zone manager adds new ones.
class ProgrammesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgrammesView)

public:
    explicit ProgrammesView(Session &session, QWidget *parent = nullptr);

    const QList<domain::ProgrammeCounts> &counts() const { return m_counts; }

public slots:
    void refresh();
    void newProgramme();
    void openSelected();
    // Writes the counts to `path` (asks for one when empty); false if nothing was written.
    bool exportCsv(QString path = {});

signals:
    void statusMessage(const QString &message);

private:
    void open(qint64 programmeId);
    void updateButtons();

    Session &m_session;
    QList<domain::ProgrammeCounts> m_counts;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QLabel *m_summary;
    QTableWidget *m_table;
    QPushButton *m_update;
    QPushButton *m_new;
    QPushButton *m_open;
    QPushButton *m_export;
};

} // namespace cartella::gui
