// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Specwright::Core {

/**
 * A spec file's text as read from disk, or the reason it could not be read.
 *
 * Reading never loses or alters what the user wrote: a file that is not valid
 * UTF-8 text (binary data, NUL bytes, invalid byte sequences) is refused with
 * a message that says where the problem is, instead of being decoded lossily.
 * Line endings are normalised to "\n" in text(); lineEnding() remembers what
 * the file used so that write() can put it back.
 *
 * \note All functions are reentrant and touch no global state, so they may run
 * on any thread.
 */
class TextFile final
{
public:
    /** The line terminator a file uses. */
    enum class LineEnding { Unix, Windows };

    /** Files larger than this are refused: no spec comes near it. */
    static constexpr qint64 MaximumSize = qint64(256) * 1024 * 1024;

    /** Reads and decodes \a path. Check isValid() before using text(). */
    static TextFile read(const QString &path);

    /**
     * Decodes \a data as the contents of a spec file. \a displayName is used
     * in error messages only.
     */
    static TextFile decode(const QByteArray &data, const QString &displayName);

    /**
     * Atomically replaces \a path with \a text (through QSaveFile, so a failed
     * write leaves the old file intact), converting "\n" to \a lineEnding and
     * prefixing a UTF-8 byte order mark when \a byteOrderMark is set.
     * \return an empty string on success, otherwise a message for the user.
     */
    static QString write(const QString &path, const QString &text, LineEnding lineEnding = LineEnding::Unix,
                         bool byteOrderMark = false);

    bool isValid() const { return m_errorString.isEmpty(); }
    /** A sentence for the user explaining why the file cannot be opened. */
    QString errorString() const { return m_errorString; }
    /** The decoded text with "\n" line endings and without a byte order mark. */
    QString text() const { return m_text; }
    LineEnding lineEnding() const { return m_lineEnding; }
    bool hasByteOrderMark() const { return m_byteOrderMark; }

private:
    static TextFile failure(const QString &message);

    QString m_text;
    QString m_errorString;
    LineEnding m_lineEnding = LineEnding::Unix;
    bool m_byteOrderMark = false;
};

} // namespace Specwright::Core
