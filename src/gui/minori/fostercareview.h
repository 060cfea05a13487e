// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/minori/fostercare.h"

#include <QWidget>

class QLabel;
class QSpinBox;
class QPushButton;
class QTableWidget;

namespace cartella::gui {

class Session;

// The "Affido" tab of the Projects section: the running placements of the cases the user sees, with their
// term (coloured when within the office's warning days or past it, and past 24 months without an extension),
// the registry of foster families, the matching of a child with the available families, the court's
// extension of a placement and the foster family window.
class FosterCareView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FosterCareView)

public:
    explicit FosterCareView(Session &session, QWidget *parent = nullptr);

    void refresh();
    void findFamilies();
    void setWarningDays();
    // Asks the monthly amount and requests the allowance of the selected placement.
    void requestAllowance();
    void extendSelected();
    void endSelected();
    void openFamily(int row);
    void newFamily();
    void newPlacement();
    // Writes the carers' sheet of the selected placement to `path` (JSON when it ends in .json, else text);
    // an error message, or empty.
    QString exportSheet(const QString &path);
    void exportSheetAs();

    QTableWidget *placementsTable() const { return m_placements; }
    QTableWidget *familiesTable() const { return m_families; }
    QLabel *warning() const { return m_warning; }
    // The text of the term column for a placement, in the user's language.
    static QString termText(domain::PlacementTermState state);

signals:
    void statusMessage(const QString &message);

private:
    const domain::FosterPlacement *selectedPlacement() const;

    Session &m_session;
    QLabel *m_warning;
    QSpinBox *m_warnDays = nullptr; // the zone manager's only
    QTableWidget *m_placements;
    QTableWidget *m_families;
    QPushButton *m_find;
    QPushButton *m_extend;
    QPushButton *m_newFamily;
    QPushButton *m_newPlacement;
    QPushButton *m_sheet;
    QPushButton *m_allowance;
    QPushButton *m_end;
    QList<domain::FosterPlacement> m_placementRows;
    QList<domain::FosterFamily> m_familyRows;
};

} // namespace cartella::gui
