// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "common/testsupport.h"
#include "domain/servicehub.h"
#include "gui/common/placecompleters.h"
#include "gui/common/session.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <memory>
#include <vector>

namespace cartella::test {

// Waits (processing events) until `condition` holds or five seconds pass; returns whether it held.
template <typename F> bool waitFor(F condition)
{
    QDeadlineTimer deadline(5000);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(10);
    }
    return true;
}

// Types text as key presses, also letters QTest has no key for ("ò").
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(widget, char(c.unicode()));
        } else {
            QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }
}

// Runs `act` on the modal dialog of type T as soon as one is shown (for code that calls exec()).
template <typename T, typename F> void whenModal(F act)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            act(dialog);
        }
    });
    timer->start();
}

// A session for the widgets under test. A widget may outlive the statement that made it, so the sessions
// stay until the test program ends (a few hundred small objects, never destroyed after the application).
inline gui::Session &session(domain::ServiceHub &hub, const domain::Actor &actor)
{
    static auto *sessions = new std::vector<std::unique_ptr<gui::Session>>;
    sessions->push_back(std::make_unique<gui::Session>(hub, actor));
    return *sessions->back();
}

// A real database, the real services and the real place tables behind the widgets under test.
class GuiTest : public ::testing::Test
{
protected:
    TempDatabase db;
    domain::ServiceHub hub{db.storage().repositories()};
    domain::PersonService &service = hub.persons;
    domain::CaseService &caseService = hub.cases;
    domain::DiaryService &diaryService = hub.diary;
    gui::PlaceCompleters places{domain::PlaceRegistry::builtin()};
    domain::Actor actor{QStringLiteral("tester")};

    gui::Session &services() { return cartella::test::session(hub, actor); }
};

} // namespace cartella::test
