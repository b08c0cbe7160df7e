// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisinput.h"

namespace Specwright::Core {

AnalysisInput AnalysisInput::fromEditor(const QString &text, const QString &path, quint64 revision,
                                        TextFile::LineEnding lineEnding, bool byteOrderMark)
{
    AnalysisInput input;
    input.writtenText = text;
    if (lineEnding == TextFile::LineEnding::Windows) {
        input.writtenText.replace(QLatin1Char('\n'), QLatin1String("\r\n"));
    }
    input.path = path;
    input.revision = revision;
    input.lineEnding = lineEnding;
    input.byteOrderMark = byteOrderMark;
    return input;
}

AnalysisInput AnalysisInput::fromFile(const QByteArray &bytes, const TextFile &decoded, const QString &path)
{
    AnalysisInput input;
    // Without a carriage return the text as written is the decoded text (the byte order mark
    // aside): no second conversion of the bytes.
    input.writtenText = decoded.text();
    if (bytes.contains('\r')) {
        input.writtenText = QString::fromUtf8(bytes);
        if (input.writtenText.startsWith(QChar(0xFEFF))) {
            input.writtenText.remove(0, 1);
        }
    }
    input.path = path;
    input.lineEnding = decoded.lineEnding();
    input.byteOrderMark = decoded.hasByteOrderMark();
    return input;
}

} // namespace Specwright::Core
