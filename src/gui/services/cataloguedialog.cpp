// SPDX-License-Identifier: EUPL-1.2
#include "gui/services/cataloguedialog.h"

#include "domain/kernel/money.h"
#include "domain/kernel/officeclock.h"
#include "domain/kernel/textfold.h"
#include "domain/servicehub.h"
#include "gui/common/formhelpers.h"
#include "gui/common/session.h"
#include "gui/services/cataloguemodel.h"
#include "ui_cataloguedialog.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTimer>

#include <utility>

namespace cartella::gui {

using namespace cartella::domain;

CatalogueDialog::CatalogueDialog(Session &session, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::CatalogueDialog>()), m_session(session),
      m_model(new CatalogueModel(this)), m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    fillCombo<ServiceKind>(m_ui->kindCombo);
    fillCombo<ServiceArea>(m_ui->areaCombo);
    fillCombo<MeansTest>(m_ui->meansTestCombo);
    m_ui->siussHint->setForegroundRole(QPalette::PlaceholderText);
    m_ui->areaCombo->setToolTip(tr("The SIUSS area utenza. \"From the case\" lets the case's area decide."));
    m_ui->restrictedCheck->setToolTip(tr(
        "A case that receives this service becomes riservato: only its team and the zone manager see it."));

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(CatalogueModel::FilterRole);
    m_proxy->setFilterKeyColumn(CatalogueModel::NameColumn);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    QTableView *view = m_ui->entriesView;
    view->setModel(m_proxy);
    view->verticalHeader()->hide();
    // Long names wrap instead of being cut, so that "(retired …)" is always in sight.
    view->setWordWrap(true);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(CatalogueModel::NameColumn, QHeaderView::Stretch);
    for (const int column :
         {CatalogueModel::KindColumn, CatalogueModel::SiussColumn, CatalogueModel::AreaColumn})
        view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    view->sortByColumn(CatalogueModel::NameColumn, Qt::AscendingOrder);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->splitter->setSizes({760, 440});

    // Who may not change the catalogue reads it.
    if (!m_session.may(Operation::ManageCatalogue)) {
        for (QLineEdit *edit : {m_ui->nameEdit, m_ui->siussEdit, m_ui->thresholdEdit})
            edit->setReadOnly(true);
        for (QWidget *w :
             std::initializer_list<QWidget *>{m_ui->areaCombo, m_ui->periodicRadio, m_ui->oneOffRadio,
                                              m_ui->meansTestCombo, m_ui->restrictedCheck})
            w->setEnabled(false);
    }

    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { currentRowChanged(current); });
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(foldForSearch(text));
        updateCount();
        syncSelection();
    });
    connect(m_ui->showRetiredCheck, &QCheckBox::toggled, this, &CatalogueDialog::reload);
    m_ui->filterEdit->installEventFilter(this);
    view->installEventFilter(this);

    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->siussEdit, m_ui->thresholdEdit})
        connect(edit, &QLineEdit::textChanged, this, &CatalogueDialog::updateControls);
    for (QComboBox *combo : {m_ui->kindCombo, m_ui->areaCombo, m_ui->meansTestCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &CatalogueDialog::updateControls);
    connect(m_ui->periodicRadio, &QRadioButton::toggled, this, &CatalogueDialog::updateControls);
    connect(m_ui->restrictedCheck, &QCheckBox::toggled, this, &CatalogueDialog::updateControls);

    connect(m_ui->newButton, &QPushButton::clicked, this, &CatalogueDialog::newEntry);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &CatalogueDialog::save);
    connect(m_ui->retireButton, &QPushButton::clicked, this, &CatalogueDialog::askRetire);
    connect(m_ui->reinstateButton, &QPushButton::clicked, this, &CatalogueDialog::reinstate);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &CatalogueDialog::reject);
    // The buttons keep their Alt mnemonics; these are the shortcuts of every other form.
    new QShortcut(QKeySequence::Find, this, [this] {
        m_ui->filterEdit->setFocus();
        m_ui->filterEdit->selectAll();
    });
    new QShortcut(QKeySequence::New, this, [this] {
        if (m_ui->newButton->isEnabled())
            newEntry();
    });
    new QShortcut(QKeySequence::Save, this, [this] {
        if (m_ui->saveButton->isEnabled())
            save();
    });
    m_ui->newButton->setToolTip(tr("A new catalogue entry (Ctrl+N)"));
    m_ui->saveButton->setToolTip(tr("Save the entry (Ctrl+S)"));

    showEntry(CatalogueEntry{});
    if (reload() && m_proxy->rowCount() > 0)
        view->setCurrentIndex(m_proxy->index(0, CatalogueModel::NameColumn));
    m_ui->filterEdit->setFocus();
}

CatalogueDialog::~CatalogueDialog() = default;

QTableView *CatalogueDialog::entriesView() const
{
    return m_ui->entriesView;
}

QString CatalogueDialog::messageText() const
{
    return m_ui->messageLabel->text();
}

void CatalogueDialog::say(const QString &message, bool error)
{
    m_ui->messageLabel->setStyleSheet(error ? QStringLiteral("color: #a93226;")
                                            : QStringLiteral("color: #1e7d32;"));
    m_ui->messageLabel->setText(message);
}

bool CatalogueDialog::reload()
{
    const auto entries =
        m_session.services().catalogue.entries(m_ui->showRetiredCheck->isChecked(), m_session.actor());
    if (!entries) {
        say(entries.error().message, true);
        return false;
    }
    m_model->setEntries(entries.value());
    syncSelection();
    updateCount();
    return true;
}

void CatalogueDialog::updateCount()
{
    m_ui->countLabel->setText(tr("%n entry(ies) listed", nullptr, m_proxy->rowCount()));
}

// Puts the list's selection on the entry of the form (none when it is new or not listed).
void CatalogueDialog::syncSelection()
{
    const QScopedValueRollback guard(m_syncing, true);
    QItemSelectionModel *selection = m_ui->entriesView->selectionModel();
    const int row = m_entry.id > 0 ? m_model->rowOf(m_entry.id) : -1;
    const QModelIndex index = row >= 0 ? m_proxy->mapFromSource(m_model->index(row, 0)) : QModelIndex();
    if (index.isValid()) {
        selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_ui->entriesView->scrollTo(index);
    } else {
        selection->clearSelection();
        selection->clearCurrentIndex();
    }
}

void CatalogueDialog::currentRowChanged(const QModelIndex &current)
{
    if (m_syncing || m_asking || !current.isValid())
        return; // a filter that hides the entry leaves the form as it is
    const qint64 id = current.data(CatalogueModel::EntryIdRole).toLongLong();
    if (id == m_entry.id)
        return;
    if (!isDirty()) {
        selectEntry(id);
        return;
    }
    // Asked once the click or the key press is over, so that the list can be put back if the user stays;
    // and asked once, for the last entry chosen.
    const bool queued = m_wanted != 0;
    m_wanted = id;
    if (!queued)
        QTimer::singleShot(0, this, [this] { selectEntry(std::exchange(m_wanted, 0)); });
}

bool CatalogueDialog::selectEntry(qint64 id)
{
    if (id == m_entry.id)
        return true;
    if (!confirmLeave()) {
        syncSelection();
        return false;
    }
    const CatalogueEntry *entry = m_model->entry(id); // after confirmLeave: saving reloads the list
    if (!entry) {
        syncSelection();
        return false;
    }
    showEntry(*entry);
    say({}, false);
    syncSelection();
    return true;
}

void CatalogueDialog::newEntry()
{
    if (!confirmLeave())
        return;
    showEntry(CatalogueEntry{});
    say({}, false);
    syncSelection();
    m_ui->nameEdit->setFocus();
}

void CatalogueDialog::showEntry(const CatalogueEntry &entry)
{
    m_entry = entry;
    m_ui->nameEdit->setText(entry.name);
    setComboValue(m_ui->kindCombo, entry.kind);
    m_ui->siussEdit->setText(entry.siussCode);
    setComboValue(m_ui->areaCombo, entry.area);
    (entry.periodic ? m_ui->periodicRadio : m_ui->oneOffRadio)->setChecked(true);
    setComboValue(m_ui->meansTestCombo, entry.meansTest);
    m_ui->thresholdEdit->setText(entry.iseeThresholdCents ? plainEuro(*entry.iseeThresholdCents) : QString());
    m_ui->restrictedCheck->setChecked(entry.restricted);
    m_clean = formState();
    updateControls();
}

QStringList CatalogueDialog::formState() const
{
    return {m_ui->nameEdit->text(),
            m_ui->kindCombo->currentData().toString(),
            m_ui->siussEdit->text(),
            m_ui->areaCombo->currentData().toString(),
            m_ui->periodicRadio->isChecked() ? QStringLiteral("1") : QStringLiteral("0"),
            m_ui->meansTestCombo->currentData().toString(),
            m_ui->thresholdEdit->text(),
            m_ui->restrictedCheck->isChecked() ? QStringLiteral("1") : QStringLiteral("0")};
}

bool CatalogueDialog::isDirty() const
{
    return formState() != m_clean;
}

void CatalogueDialog::updateControls()
{
    const bool manage = m_session.may(Operation::ManageCatalogue);
    const bool stored = m_entry.id > 0;
    m_ui->kindCombo->setEnabled(manage && !stored);
    m_ui->kindCombo->setToolTip(stored ? tr("The kind is fixed once the entry exists.") : QString());
    const bool isee = comboValue<MeansTest>(m_ui->meansTestCombo) == MeansTest::Isee;
    m_ui->thresholdLabel->setEnabled(isee);
    m_ui->thresholdEdit->setEnabled(manage && isee);
    m_ui->thresholdEdit->setToolTip(isee ? tr("An aid is refused to a person whose ISEE is above it.")
                                         : tr("Only with the ISEE as the means test."));
    m_ui->retireButton->setVisible(stored && !m_entry.retired());
    m_ui->reinstateButton->setVisible(stored && m_entry.retired());
    for (QPushButton *b : {m_ui->newButton, m_ui->retireButton, m_ui->reinstateButton})
        b->setEnabled(manage);
    m_ui->saveButton->setEnabled(manage && isDirty());
    if (!stored)
        m_ui->stateLabel->setText(tr("New entry. Its code is made from the name when it is saved."));
    else if (m_entry.retired())
        m_ui->stateLabel->setText(
            tr("Code %1 · retired on %2, no longer offered for new requests · version %3")
                .arg(m_entry.code, showDate(m_entry.retiredOn))
                .arg(m_entry.version));
    else
        m_ui->stateLabel->setText(tr("Code %1 · in use · version %2").arg(m_entry.code).arg(m_entry.version));
}

std::optional<CatalogueEntry> CatalogueDialog::draft()
{
    CatalogueEntry d = m_entry;
    d.name = m_ui->nameEdit->text().trimmed();
    d.kind = comboValue<ServiceKind>(m_ui->kindCombo);
    d.siussCode = m_ui->siussEdit->text().trimmed().toUpper();
    d.area = comboValue<ServiceArea>(m_ui->areaCombo);
    d.periodic = m_ui->periodicRadio->isChecked();
    d.meansTest = comboValue<MeansTest>(m_ui->meansTestCombo);
    d.iseeThresholdCents.reset();
    d.restricted = m_ui->restrictedCheck->isChecked();
    const QString threshold = m_ui->thresholdEdit->text().trimmed();
    if (d.meansTest == MeansTest::Isee && !threshold.isEmpty()) {
        d.iseeThresholdCents = parseEuro(threshold);
        if (!d.iseeThresholdCents) {
            say(tr("Write the ISEE threshold in euro, e.g. 9.000,00, or leave it empty."), true);
            m_ui->thresholdEdit->setFocus();
            return std::nullopt;
        }
    }
    return d;
}

bool CatalogueDialog::save()
{
    std::optional<CatalogueEntry> d = draft();
    if (!d)
        return false;
    for (;;) {
        const bool adding = d->id <= 0;
        const Result<CatalogueEntry> saved =
            adding ? m_session.services().catalogue.add(*d, m_session.actor())
                   : m_session.services().catalogue.update(*d, m_session.actor());
        if (saved) {
            showEntry(saved.value());
            reload();
            say(adding ? tr("“%1” added to the catalogue.").arg(saved.value().name) : tr("Changes saved."),
                false);
            return true;
        }
        if (saved.error().code == ErrorCode::Conflict) {
            if (resolveConflict(saved.error(), *d))
                continue; // the user chose to save what they typed over the newer version
            return false;
        }
        refused(saved.error());
        return false;
    }
}

// A refusal: the message where the user looks, the cursor on the field it is about, the form as typed.
void CatalogueDialog::refused(const Error &error)
{
    say(error.message, true);
    const QString field = error.fields.isEmpty() ? QString() : error.fields.first().field;
    if (field == QLatin1String("name"))
        m_ui->nameEdit->setFocus();
    else if (field == QLatin1String("siussCode"))
        m_ui->siussEdit->setFocus();
    else if (field == QLatin1String("iseeThreshold"))
        m_ui->thresholdEdit->setFocus();
}

bool CatalogueDialog::resolveConflict(const Error &error, CatalogueEntry &draft)
{
    say(error.message, true);
    const auto stored = m_session.services().catalogue.get(m_entry.id, m_session.actor());
    if (!stored)
        return false;
    QMessageBox box(QMessageBox::Warning, tr("Changed by someone else"),
                    tr("“%1” was changed by someone else while you were editing it. Whichever you choose, "
                       "the earlier version stays in the catalogue's history.")
                        .arg(stored.value().name),
                    QMessageBox::NoButton, this);
    QPushButton *mine = box.addButton(tr("Save mine over theirs"), QMessageBox::AcceptRole);
    QPushButton *theirs = box.addButton(tr("Show theirs (drop what I typed)"), QMessageBox::DestructiveRole);
    box.addButton(tr("Keep editing"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() == mine) {
        draft.version = stored.value().version; // what I typed now follows their version
        return true;
    }
    if (box.clickedButton() == theirs) {
        showEntry(stored.value());
        reload();
        say(tr("Showing the version saved meanwhile."), false);
    }
    return false;
}

// Whether the form may be left: nothing typed, or the user saved it or chose to drop it.
bool CatalogueDialog::confirmLeave()
{
    if (!isDirty())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                    m_entry.id > 0 ? tr("The changes to “%1” are not saved.").arg(m_entry.name)
                                   : tr("The new entry is not saved."),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setDefaultButton(QMessageBox::Save);
    box.setEscapeButton(QMessageBox::Cancel);
    int choice = QMessageBox::Cancel;
    {
        const QScopedValueRollback asking(m_asking, true);
        choice = box.exec();
    }
    switch (choice) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        showEntry(m_entry);
        return true;
    default:
        return false;
    }
}

void CatalogueDialog::askRetire()
{
    if (m_entry.id <= 0 || !confirmLeave())
        return;
    bool ok = false;
    const QString text = QInputDialog::getText(
        this, tr("Retire entry"),
        tr("“%1” will no longer be offered for new requests; its deliveries and its history stay.\n\n"
           "Retired from (dd/mm/yyyy):")
            .arg(m_entry.name),
        QLineEdit::Normal, showDate(domain::officeToday()), &ok);
    if (!ok)
        return;
    const QDate on = parseDate(text);
    if (!on.isValid()) {
        say(tr("Write the date as dd/mm/yyyy, e.g. %1.").arg(showDate(domain::officeToday())), true);
        return;
    }
    retire(on);
}

bool CatalogueDialog::retire(QDate on)
{
    if (m_entry.id <= 0 || !confirmLeave())
        return false;
    const auto retired =
        m_session.services().catalogue.retire(m_entry.id, m_entry.version, on, m_session.actor());
    if (!retired) {
        if (const auto stored = m_session.services().catalogue.get(m_entry.id, m_session.actor()); stored)
            showEntry(stored.value()); // a conflict: show what is stored now; nothing typed is lost
        reload();
        say(retired.error().message, true);
        return false;
    }
    showEntry(retired.value());
    reload();
    say(tr("“%1” is retired from %2 and no longer offered for new requests.")
            .arg(retired.value().name, showDate(on)),
        false);
    return true;
}

bool CatalogueDialog::reinstate()
{
    if (m_entry.id <= 0 || !confirmLeave())
        return false;
    const auto reinstated =
        m_session.services().catalogue.reinstate(m_entry.id, m_entry.version, m_session.actor());
    if (!reinstated) {
        if (const auto stored = m_session.services().catalogue.get(m_entry.id, m_session.actor()); stored)
            showEntry(stored.value());
        reload();
        say(reinstated.error().message, true);
        return false;
    }
    showEntry(reinstated.value());
    reload();
    say(tr("“%1” is in use again.").arg(reinstated.value().name), false);
    return true;
}

void CatalogueDialog::reject()
{
    if (confirmLeave())
        QDialog::reject();
}

bool CatalogueDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            // Return moves on (filter → list → form) instead of pressing Save.
            if (watched == m_ui->filterEdit) {
                if (m_proxy->rowCount() > 0) {
                    m_ui->entriesView->setFocus();
                    if (!m_ui->entriesView->currentIndex().isValid())
                        m_ui->entriesView->setCurrentIndex(m_proxy->index(0, CatalogueModel::NameColumn));
                }
                return true;
            }
            if (watched == m_ui->entriesView) {
                m_ui->nameEdit->setFocus();
                return true;
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace cartella::gui
