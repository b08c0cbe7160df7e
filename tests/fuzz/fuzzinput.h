// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the libFuzzer targets: the input as text, quiet Qt logging, and a check that
// aborts (so libFuzzer records the input) with a message saying which property broke.

#include <QString>
#include <QtGlobal>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace Specwright::Fuzz {

/** The input decoded as UTF-8, the way the editor reads files (invalid sequences become U+FFFD). */
inline QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

/** Drops Qt's debug and warning output (millions of runs), keeps fatal messages fatal. */
inline void quietQt()
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type == QtFatalMsg) {
            std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
            std::abort();
        }
    });
}

/** Aborts with \a what when \a condition is false: a broken property is a finding like a crash. */
inline void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "property violated: %s\n", what);
        std::abort();
    }
}

} // namespace Specwright::Fuzz
