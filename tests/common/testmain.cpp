// SPDX-License-Identifier: EUPL-1.2
#include <QApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

// Every suite runs inside a QApplication on the offscreen platform, with QStandardPaths in test mode
// so that no test touches the user's real data folder.
int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
