// SPDX-License-Identifier: EUPL-1.2
#include "gui/casework/personspage.h"

#include "domain/access/access.h"
#include "gui/casework/persondialog.h"
#include "gui/casework/personlistmodel.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace cartella::gui {

PersonsPage::PersonsPage(domain::PersonService &service, const PlaceCompleters &places, domain::Actor actor,
                         QWidget *parent, domain::SubjectRightsService *rights)
    : QWidget(parent), m_service(service), m_rights(rights), m_places(places), m_actor(std::move(actor)),
      m_model(new PersonListModel(service, m_actor, this)), m_search(new QLineEdit(this)),
      m_withoutCode(new QCheckBox(tr("Only without fiscal code"), this)), m_table(new QTableView(this)),
      m_countLabel(new QLabel(this)), m_searchDelay(new QTimer(this))
{
    auto *title = new QLabel(tr("Persons"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_search->setPlaceholderText(tr("Search by surname, name or fiscal code (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("personSearch"));
    auto *newButton =
        new QPushButton(QIcon::fromTheme(QStringLiteral("contact-new")), tr("New person"), this);
    newButton->setToolTip(tr("Register a new person (Ctrl+N)"));

    auto *householdButton = new QPushButton(tr("&Household…"), this);
    householdButton->setObjectName(QStringLiteral("householdButton"));
    m_personButtons.append(householdButton);
    householdButton->setToolTip(tr("The household (nucleo familiare) of the selected person"));

    // The search row, then what can be done with the selected person: one row would squeeze the search box
    // for the roles that get every button.
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_withoutCode);
    auto *actions = new QHBoxLayout;
    actions->addWidget(householdButton);
    if (domain::permits(m_actor, domain::Operation::ReadServices) ||
        domain::permits(m_actor, domain::Operation::RecordIsee)) {
        m_iseeButton = new QPushButton(tr("&ISEE…"), this);
        m_iseeButton->setObjectName(QStringLiteral("iseeButton"));
        m_iseeButton->setToolTip(tr("The ISEE declarations (DSU) of the selected person"));
        actions->addWidget(m_iseeButton);
        m_personButtons.append(m_iseeButton);
        connect(m_iseeButton, &QPushButton::clicked, this, [this] {
            if (const qint64 id = currentPersonId(); id > 0)
                emit iseeRequested(id, currentPersonName());
        });
    }
    if (domain::permits(m_actor, domain::Operation::ReadServices)) {
        m_servicesButton = new QPushButton(tr("Se&rvices…"), this);
        m_servicesButton->setObjectName(QStringLiteral("personServicesButton"));
        m_servicesButton->setToolTip(tr("Everything the selected person receives, across their cases"));
        actions->addWidget(m_servicesButton);
        m_personButtons.append(m_servicesButton);
        connect(m_servicesButton, &QPushButton::clicked, this, [this] {
            if (const qint64 id = currentPersonId(); id > 0)
                emit servicesRequested(id, currentPersonName());
        });
    }
    if (m_rights && domain::permits(m_actor, domain::Operation::ReadAccessReport)) {
        auto *reportButton = new QPushButton(tr("&Who consulted this file…"), this);
        reportButton->setObjectName(QStringLiteral("accessReportButton"));
        reportButton->setToolTip(tr("Who opened or changed the selected person's file and cases, and when"));
        actions->addWidget(reportButton);
        m_personButtons.append(reportButton);
        connect(reportButton, &QPushButton::clicked, this, [this] {
            if (const qint64 id = currentPersonId(); id > 0)
                emit accessReportRequested(id, currentPersonName());
        });
    }
    if (m_rights && domain::permits(m_actor, domain::Operation::ExportSubjectData)) {
        auto *exportButton = new QPushButton(tr("E&xport personal data…"), this);
        exportButton->setObjectName(QStringLiteral("exportDataButton"));
        exportButton->setToolTip(tr("All data held about the selected person, without third parties, as JSON "
                                    "and PDF (GDPR art. 15)"));
        actions->addWidget(exportButton);
        m_personButtons.append(exportButton);
        connect(exportButton, &QPushButton::clicked, this, [this] {
            if (const qint64 id = currentPersonId(); id > 0)
                emit exportRequested(id);
        });
    }
    bar->addWidget(newButton);
    actions->addStretch(1);

    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("personTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(PersonListModel::NameColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(PersonListModel::FiscalCodeColumn, 200);
    m_table->setColumnWidth(PersonListModel::BirthDateColumn, 110);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PersonListModel::NameColumn, Qt::AscendingOrder);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(bar);
    layout->addLayout(actions);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_countLabel);

    // Search as you type, without a query for every keystroke of a fast typist.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(120);
    connect(m_searchDelay, &QTimer::timeout, this, &PersonsPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        applyFilter();
        if (m_model->rowCount() > 0) {
            m_table->setFocus();
            m_table->selectRow(0);
        }
    });
    connect(m_withoutCode, &QCheckBox::toggled, this, &PersonsPage::applyFilter);
    connect(newButton, &QPushButton::clicked, this, &PersonsPage::newPerson);
    connect(householdButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        const qint64 id = m_model->personIdAt(current.row());
        if (id > 0)
            emit householdRequested(
                id, m_model->index(current.row(), PersonListModel::NameColumn).data().toString());
    });
    connect(m_table, &QTableView::activated, this, &PersonsPage::openCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PersonsPage::updatePersonButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PersonsPage::updatePersonButtons);
    connect(m_model, &PersonListModel::totalCountChanged, this, &PersonsPage::updateCountLabel);
    // A list that cannot be read says so where its count would be, without a dialog in the way.
    connect(m_model, &PersonListModel::loadFailed, this, [this](const QString &message) {
        m_countLabel->setStyleSheet(QStringLiteral("color: #a93226;"));
        m_countLabel->setText(message);
    });
    updateCountLabel(m_model->totalCount());
    updatePersonButtons();
}

void PersonsPage::updatePersonButtons()
{
    // What acts on the selected person waits for one.
    const bool chosen = currentPersonId() > 0;
    for (QPushButton *b : std::as_const(m_personButtons))
        b->setEnabled(chosen);
}

void PersonsPage::applyFilter()
{
    m_model->setFilter(m_search->text(), m_withoutCode->isChecked());
}

void PersonsPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void PersonsPage::updateCountLabel(qint64 total)
{
    const bool filtered = !m_search->text().trimmed().isEmpty() || m_withoutCode->isChecked();
    m_countLabel->setStyleSheet({});
    m_countLabel->setText(filtered ? tr("%n person(s) found", nullptr, int(total))
                                   : tr("%n person(s) registered", nullptr, int(total)));
    emit totalCountChanged(total);
}

qint64 PersonsPage::currentPersonId() const
{
    return m_model->personIdAt(m_table->currentIndex().row());
}

QString PersonsPage::currentPersonName() const
{
    return m_model->index(m_table->currentIndex().row(), PersonListModel::NameColumn).data().toString();
}

void PersonsPage::openCurrent()
{
    const qint64 id = m_model->personIdAt(m_table->currentIndex().row());
    if (id > 0)
        openPerson(id);
}

void PersonsPage::newPerson()
{
    PersonDialog dialog(m_service, m_places, m_actor, this);
    connect(&dialog, &PersonDialog::openPersonRequested, this, &PersonsPage::openPerson,
            Qt::QueuedConnection);
    if (dialog.exec() == QDialog::Accepted) {
        emit statusMessage(tr("Person saved."));
        m_model->reload();
        emit personSaved(dialog.savedPerson().id);
    }
}

void PersonsPage::openPerson(qint64 personId)
{
    const auto person = m_service.view(personId, m_actor); // an opening of the file: audited
    if (!person) {
        QMessageBox::warning(this, tr("Persons"), person.error().message);
        return;
    }
    PersonDialog dialog(m_service, m_places, m_actor, this);
    dialog.setPerson(person.value());
    connect(&dialog, &PersonDialog::openPersonRequested, this, &PersonsPage::openPerson,
            Qt::QueuedConnection);
    if (dialog.exec() == QDialog::Accepted) {
        emit statusMessage(tr("Changes saved."));
        m_model->reload();
        emit personSaved(personId);
    }
}

} // namespace cartella::gui
