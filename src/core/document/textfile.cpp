// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textfile.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringDecoder>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace Specwright::Core {

namespace {

// Returns the byte offset of the first invalid UTF-8 sequence, or -1.
qsizetype firstInvalidUtf8(const QByteArray &data)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.constData());
    const qsizetype size = data.size();
    qsizetype i = 0;
    while (i < size) {
        // Eight ASCII bytes at a time: specs are nearly all ASCII.
        while (i + 8 <= size) {
            quint64 word;
            std::memcpy(&word, bytes + i, sizeof word);
            if (word & 0x8080808080808080ULL) {
                break;
            }
            i += 8;
        }
        if (i >= size) {
            break;
        }
        const unsigned char c = bytes[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned int codePoint = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
            codePoint = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            codePoint = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            codePoint = c & 0x07;
        } else {
            return i;
        }
        if (i + length > size) {
            return i;
        }
        for (int k = 1; k < length; ++k) {
            if ((bytes[i + k] & 0xC0) != 0x80) {
                return i;
            }
            codePoint = (codePoint << 6) | (bytes[i + k] & 0x3F);
        }
        // Overlong forms, UTF-16 surrogates and values past U+10FFFF are invalid.
        if ((length == 3 && codePoint < 0x800) || (length == 4 && (codePoint < 0x10000 || codePoint > 0x10FFFF)) ||
            (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
            return i;
        }
        i += length;
    }
    return -1;
}

// 1-based line and column (in bytes) of a byte offset, for messages.
QString positionOf(const QByteArray &data, qsizetype offset)
{
    const qsizetype line = data.left(offset).count('\n') + 1;
    const qsizetype lineStart = data.lastIndexOf('\n', offset - 1) + 1;
    return QStringLiteral("line %1, column %2").arg(line).arg(offset - lineStart + 1);
}

} // namespace

TextFile TextFile::failure(const QString &message)
{
    TextFile file;
    file.m_errorString = message;
    return file;
}

namespace {

// Why \a path, which does not exist, cannot be opened: a link loop and a dangling link say so.
QString missingFile(const QString &path, const QFileInfo &info)
{
    if (!info.isSymLink()) {
        return QStringLiteral("%1 does not exist.").arg(path);
    }
    struct stat status;
    if (::stat(QFile::encodeName(path).constData(), &status) != 0 && errno == ELOOP) {
        return QStringLiteral("%1 is a symbolic link loop: its links lead back to themselves.").arg(path);
    }
    // The target as the link spells it (QFileInfo::readSymLink needs Qt 6.6).
    char target[4096];
    const ssize_t length = ::readlink(QFile::encodeName(path).constData(), target, sizeof target);
    const QString spelt = length > 0 ? QFile::decodeName(QByteArray(target, length)) : info.symLinkTarget();
    return QStringLiteral("%1 is a symbolic link to %2, which does not exist.").arg(path, spelt);
}

QString specialFileKind(const QString &path)
{
    struct stat status;
    if (::stat(QFile::encodeName(path).constData(), &status) != 0) {
        return QStringLiteral("not readable as a file");
    }
    if (S_ISFIFO(status.st_mode)) {
        return QStringLiteral("a named pipe (FIFO)");
    }
    if (S_ISCHR(status.st_mode) || S_ISBLK(status.st_mode)) {
        return QStringLiteral("a device");
    }
    if (S_ISSOCK(status.st_mode)) {
        return QStringLiteral("a socket");
    }
    return QStringLiteral("a special file");
}

} // namespace

TextFile TextFile::read(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return failure(missingFile(path, info));
    }
    if (info.isDir()) {
        return failure(QStringLiteral("%1 is a folder, not a file.").arg(path));
    }
    if (!info.isFile()) {
        return failure(QStringLiteral("%1 is not a regular file: it is %2.").arg(path, specialFileKind(path)));
    }
    if (info.size() > MaximumSize) {
        return failure(QStringLiteral("%1 is too large to edit (%2 MB; the limit is %3 MB).")
                           .arg(path)
                           .arg(info.size() / (1024 * 1024))
                           .arg(MaximumSize / (1024 * 1024)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return failure(QStringLiteral("%1 cannot be read: %2.").arg(path, file.errorString()));
    }
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        return failure(QStringLiteral("%1 cannot be read: %2.").arg(path, file.errorString()));
    }
    return decode(data, path);
}

TextFile TextFile::decode(const QByteArray &data, const QString &displayName)
{
    const qsizetype nul = data.indexOf('\0');
    if (nul >= 0) {
        return failure(QStringLiteral("%1 is not a text file: it contains binary data (a NUL byte at %2).")
                           .arg(displayName, positionOf(data, nul)));
    }
    const qsizetype invalid = firstInvalidUtf8(data);
    if (invalid >= 0) {
        return failure(QStringLiteral("%1 is not valid UTF-8 text: the bytes at %2 are not UTF-8. "
                                      "Convert the file to UTF-8 (for example with iconv) and open it again.")
                           .arg(displayName, positionOf(data, invalid)));
    }

    TextFile file;
    QByteArrayView bytes(data);
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        file.m_byteOrderMark = true;
        bytes = bytes.sliced(3);
    }
    QString text = QString::fromUtf8(bytes);
    const qsizetype firstNewline = text.indexOf(QLatin1Char('\n'));
    if (firstNewline > 0 && text.at(firstNewline - 1) == QLatin1Char('\r')) {
        file.m_lineEnding = LineEnding::Windows;
    }
    // The editor works on "\n"; write() restores the file's own terminator. Most files hold no
    // carriage return at all: one byte search rules the whole-text replacement out.
    if (bytes.contains('\r')) {
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    }
    file.m_text = std::move(text);
    return file;
}

QString TextFile::write(const QString &path, const QString &text, LineEnding lineEnding, bool byteOrderMark)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return QStringLiteral("%1 cannot be written: %2.").arg(path, file.errorString());
    }
    QByteArray data;
    if (byteOrderMark) {
        data = QByteArrayLiteral("\xEF\xBB\xBF");
    }
    if (lineEnding == LineEnding::Windows) {
        QString converted = text;
        converted.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
        data += converted.toUtf8();
    } else {
        data += text.toUtf8();
    }
    errno = 0;
    if (file.write(data) != data.size() || !file.commit()) {
        // QSaveFile may report a failed flush (full disk, size limit) as "Unknown error": the
        // system's own reason is clearer.
        const int systemError = errno;
        const QString reason = file.error() == QFileDevice::NoError || systemError != 0
                                   ? QString::fromLocal8Bit(std::strerror(systemError ? systemError : EIO))
                                   : file.errorString();
        return QStringLiteral("%1 could not be saved: %2. The file on disk is unchanged.").arg(path, reason);
    }
    return {};
}

} // namespace Specwright::Core
