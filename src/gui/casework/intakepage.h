// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QWidget>

class QComboBox;
class QPushButton;
class QTableView;

namespace cartella::gui {

class Session;

class IntakeListModel;
class PlaceCompleters;

// The "Segretariato sociale" section: the first contacts, newest first, a new contact, and opening a case
// from one in a single step.
class IntakePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntakePage)

public:
    IntakePage(Session &session, const PlaceCompleters &places, QWidget *parent = nullptr);

    IntakeListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    void selectIntake(qint64 intakeId);

public slots:
    void newIntake();
    void openCaseFromSelected();
    void refresh();

signals:
    void caseOpened(qint64 caseId);
    void statusMessage(const QString &message);

private:
    void updateButtons();

    Session &m_session;
    const PlaceCompleters &m_places;
    IntakeListModel *m_model = nullptr;
    QComboBox *m_outcome = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_openCaseButton = nullptr;
};

} // namespace cartella::gui
