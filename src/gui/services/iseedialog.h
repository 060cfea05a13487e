// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/services/services.h"

#include <QDialog>

#include <memory>

namespace Ui {
class IseeDialog;
}

class QTableWidget;

namespace cartella::gui {

class Session;

// The ISEE declarations (DSU) of one person (ui/iseedialog.ui), newest filing first, each with its value, its
// protocol, the 31 December it is valid until and whether it is valid today; and, for who may record them, a
// form for a new DSU (value with the decimal comma, protocol, filing date). A refusal keeps what was typed.
class IseeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IseeDialog)

public:
    enum Column
    {
        FiledOnColumn,
        ValueColumn,
        ProtocolColumn,
        ValidUntilColumn,
        StateColumn,
        ColumnCount
    };

    IseeDialog(Session &session, qint64 personId, const QString &personName, QWidget *parent = nullptr);
    ~IseeDialog() override;

    QTableWidget *table() const;
    QString messageText() const;
    const QList<domain::IseeDeclaration> &declarations() const { return m_declarations; }

public slots:
    bool reload();
    // Records the DSU typed in the form.
    bool record();
    void reject() override;

signals:
    void declarationRecorded(const domain::IseeDeclaration &declaration);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void say(const QString &message, bool error);
    bool hasTypedText() const;

    std::unique_ptr<Ui::IseeDialog> m_ui;
    Session &m_session;
    qint64 m_personId;
    QString m_personName;
    QList<domain::IseeDeclaration> m_declarations;
};

} // namespace cartella::gui
