// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace cartella::gui {

class Session;

class CaseListModel;

// The "Cartelle" section: filters (status, area, worker, Comune, free text), the paged list and its count.
class CasesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CasesPage)

public:
    explicit CasesPage(Session &session, QWidget *parent = nullptr);

    CaseListModel *model() const { return m_model; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *statusFilter() const { return m_status; }

public slots:
    void refresh();

signals:
    // A case of the list was chosen (double click or Return): the shell opens its window.
    void openCaseRequested(qint64 caseId);

private:
    void applyFilter();

    Session &m_session;
    CaseListModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_area = nullptr;
    QComboBox *m_worker = nullptr;
    QComboBox *m_municipality = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_countLabel = nullptr;
    QTimer *m_searchDelay = nullptr;
};

} // namespace cartella::gui
