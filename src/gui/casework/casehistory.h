// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/casework/casework.h"

#include <QCoreApplication>

namespace cartella::gui {

// One row of the case history as the user reads it.
struct HistoryLine
{
    QString kind;
    QString change;
    QString note;
};

// Turns stored history events (codes and the words of the record) into translated lines.
class CaseHistoryText
{
    Q_DECLARE_TR_FUNCTIONS(CaseHistoryText)

public:
    static HistoryLine describe(const domain::CaseEvent &event, const domain::Case &c);
};

} // namespace cartella::gui
