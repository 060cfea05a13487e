// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDialog>

class QLineEdit;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace cartella::gui {

class Session;

// The one search box (Ctrl+K): persons, cases and the words of diaries, case notes and intake requests,
// found together as you type. Return opens what is selected.
class SearchDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchDialog)

public:
    explicit SearchDialog(Session &session, QWidget *parent = nullptr);

    QLineEdit *searchEdit() const { return m_edit; }
    QTreeWidget *results() const { return m_results; }
    void search(const QString &text);

signals:
    void openPerson(qint64 personId);
    // `diaryEntryId` is set when a diary entry was chosen.
    void openCase(qint64 caseId, qint64 diaryEntryId);
    void openIntake(qint64 intakeId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void activate(QTreeWidgetItem *item);

    Session &m_session;
    QLineEdit *m_edit;
    QTreeWidget *m_results;
    QTimer *m_delay;
};

} // namespace cartella::gui
