// SPDX-License-Identifier: EUPL-1.2
#pragma once

class QTabWidget;
class QWidget;

namespace cartella::gui {

// Ctrl+Tab and Ctrl+Shift+Tab (and Ctrl+PgDown, Ctrl+PgUp) move to the next and the previous tab of `tabs`
// wherever the focus is in `window`: QTabWidget handles them only when the focus is inside it, and a
// button above the tabs (the case window's riservato button, say) otherwise swallows them. Tabs hidden for
// the role are skipped.
void cycleTabsFromAnywhere(QTabWidget *tabs, QWidget *window);

} // namespace cartella::gui
