// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/kernel/result.h"
#include "domain/services/services.h"

#include <QDialog>
#include <QStringList>

#include <memory>

namespace Ui {
class CatalogueDialog;
}

class QSortFilterProxyModel;
class QTableView;

namespace cartella::gui {

class Session;

class CatalogueModel;

// The catalogue editor (ui/cataloguedialog.ui), for who may manage the catalogue: the entries on the left
// (filter, "Show retired"), the form of the chosen entry on the right, New, Save, Retire… and Reinstate.
// The service's refusals and conflicts are shown in the dialog and the form keeps what was typed; typed
// changes are never dropped without asking (choosing another entry, New, Retire, closing).
class CatalogueDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogueDialog)

public:
    explicit CatalogueDialog(Session &session, QWidget *parent = nullptr);
    ~CatalogueDialog() override;

    // The entry in the form; 0 while it is a new one not saved yet.
    qint64 currentEntryId() const { return m_entry.id; }
    const domain::CatalogueEntry &currentEntry() const { return m_entry; }
    bool isDirty() const;
    QString messageText() const;
    QTableView *entriesView() const;
    CatalogueModel *model() const { return m_model; }

public slots:
    // Reads the catalogue again; the form stays as it is.
    bool reload();
    // Shows the entry in the form, asking first when typed changes would be lost.
    bool selectEntry(qint64 id);
    // An empty form for a new entry, asking first when typed changes would be lost.
    void newEntry();
    bool save();
    // Retires the entry in the form from `on` (the button asks for the date first).
    bool retire(QDate on);
    bool reinstate();
    void reject() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showEntry(const domain::CatalogueEntry &entry);
    std::optional<domain::CatalogueEntry> draft();
    QStringList formState() const;
    bool confirmLeave();
    bool resolveConflict(const domain::Error &error, domain::CatalogueEntry &draft);
    void currentRowChanged(const QModelIndex &current);
    void syncSelection();
    void askRetire();
    void updateControls();
    void updateCount();
    void refused(const domain::Error &error);
    void say(const QString &message, bool error);

    std::unique_ptr<Ui::CatalogueDialog> m_ui;
    Session &m_session;
    CatalogueModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    domain::CatalogueEntry m_entry; // as stored (or a new one): what the form started from
    QStringList m_clean;            // the form's state when it was filled
    bool m_syncing = false;         // the selection is moved by the dialog, not by the user
    bool m_asking = false;          // the "unsaved changes" question is open
    qint64 m_wanted = 0;            // the entry chosen in the list while the form had typed changes
};

} // namespace cartella::gui
