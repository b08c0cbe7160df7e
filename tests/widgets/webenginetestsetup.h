// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStandardPaths>

#include <unistd.h>

namespace Specwright::Tests {

/** What Qt WebEngine needs before the application exists, for tests and benchmarks of the window. */
inline void prepareForWebEngine()
{
    // Chromium's sandbox refuses to run as root: switch it off only then.
    if (::geteuid() == 0) {
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    }
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QStandardPaths::setTestModeEnabled(true);
}

} // namespace Specwright::Tests
