// SPDX-License-Identifier: EUPL-1.2
#include "gui/common/tabcycling.h"

#include <QKeySequence>
#include <QShortcut>
#include <QTabWidget>

namespace cartella::gui {

namespace {

void step(QTabWidget *tabs, int by)
{
    const int count = tabs->count();
    for (int i = 1; i <= count; ++i) {
        const int index = ((tabs->currentIndex() + by * i) % count + count) % count;
        if (tabs->isTabVisible(index) && tabs->isTabEnabled(index)) {
            tabs->setCurrentIndex(index);
            return;
        }
    }
}

} // namespace

void cycleTabsFromAnywhere(QTabWidget *tabs, QWidget *window)
{
    const auto bind = [&](const QKeySequence &keys, int by) {
        auto *shortcut = new QShortcut(keys, window);
        shortcut->setContext(Qt::WindowShortcut);
        QObject::connect(shortcut, &QShortcut::activated, tabs, [tabs, by] { step(tabs, by); });
    };
    bind(QKeySequence(Qt::CTRL | Qt::Key_Tab), 1);
    bind(QKeySequence(Qt::CTRL | Qt::Key_PageDown), 1);
    bind(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab), -1);
    bind(QKeySequence(Qt::CTRL | Qt::Key_PageUp), -1);
}

} // namespace cartella::gui
