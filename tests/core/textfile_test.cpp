// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/document/textfile.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using Specwright::Core::TextFile;

class TextFileTest : public QObject
{
    Q_OBJECT

private:
    QString writeBytes(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size()) {
            qFatal("cannot write test file");
        }
        return path;
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("windows");
        QTest::addColumn<bool>("bom");
        QTest::addColumn<QString>("errorPart");

        QTest::newRow("nominal: ascii") << QByteArray("Title\n=====\n") << true << QStringLiteral("Title\n=====\n")
                                        << false << false << QString();
        QTest::newRow("nominal: utf-8 text") << QByteArray("Caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x99\x82\n") << true
                                             << QStringLiteral("Café — 🙂\n") << false << false << QString();
        QTest::newRow("nominal: empty file") << QByteArray() << true << QString() << false << false << QString();
        QTest::newRow("edge: byte order mark is kept aside")
            << QByteArray("\xEF\xBB\xBFText\n") << true << QStringLiteral("Text\n") << false << true << QString();
        QTest::newRow("edge: CRLF normalised, remembered")
            << QByteArray("a\r\nb\r\n") << true << QStringLiteral("a\nb\n") << true << false << QString();
        QTest::newRow("edge: no final newline")
            << QByteArray("a\nb") << true << QStringLiteral("a\nb") << false << false << QString();
        QTest::newRow("bad: NUL byte") << QByteArray("abc\n\0def", 8) << false << QString() << false << false
                                       << QStringLiteral("binary data (a NUL byte at line 2, column 1)");
        QTest::newRow("bad: PNG header") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << false << QString()
                                         << false << false << QStringLiteral("binary data");
        QTest::newRow("bad: latin-1 byte") << QByteArray("line one\nna\xEFve\n") << false << QString() << false << false
                                           << QStringLiteral("not valid UTF-8 text: the bytes at line 2, column 3");
        QTest::newRow("bad: truncated sequence")
            << QByteArray("ok \xE2\x80") << false << QString() << false << false << QStringLiteral("line 1, column 4");
        QTest::newRow("bad: overlong encoding")
            << QByteArray("\xC0\xAF") << false << QString() << false << false << QStringLiteral("line 1, column 1");
        QTest::newRow("bad: UTF-16 surrogate") << QByteArray("x\xED\xA0\x80") << false << QString() << false << false
                                               << QStringLiteral("line 1, column 2");
        QTest::newRow("bad: beyond U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << false << QString() << false << false
                                              << QStringLiteral("not valid UTF-8");
    }

    void decode()
    {
        QFETCH(QByteArray, data);
        QFETCH(bool, valid);
        QFETCH(QString, text);
        QFETCH(bool, windows);
        QFETCH(bool, bom);
        QFETCH(QString, errorPart);

        const TextFile file = TextFile::decode(data, QStringLiteral("spec.rst"));
        QCOMPARE(file.isValid(), valid);
        if (valid) {
            QCOMPARE(file.text(), text);
            QCOMPARE(file.lineEnding() == TextFile::LineEnding::Windows, windows);
            QCOMPARE(file.hasByteOrderMark(), bom);
            QVERIFY(file.errorString().isEmpty());
        } else {
            QVERIFY(file.text().isEmpty());
            QVERIFY2(file.errorString().startsWith(QLatin1String("spec.rst ")), qPrintable(file.errorString()));
            QVERIFY2(file.errorString().contains(errorPart), qPrintable(file.errorString()));
        }
    }

    void readErrors_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("missing path") << QStringLiteral("missing") << QStringLiteral("does not exist");
        QTest::newRow("folder") << QStringLiteral("folder") << QStringLiteral("is a folder");
        QTest::newRow("unreadable") << QStringLiteral("unreadable") << QStringLiteral("cannot be read");
        QTest::newRow("fifo") << QStringLiteral("fifo") << QStringLiteral("not a regular file: it is a named pipe");
        QTest::newRow("device") << QStringLiteral("device") << QStringLiteral("not a regular file: it is a device");
        QTest::newRow("symlink loop") << QStringLiteral("loop")
                                      << QStringLiteral("is a symbolic link loop: its links lead back to themselves");
        QTest::newRow("dangling symlink")
            << QStringLiteral("dangling") << QStringLiteral("is a symbolic link to nowhere.rst, which does not exist");
    }

    void readErrors()
    {
        QFETCH(QString, kind);
        QFETCH(QString, errorPart);
        QString path;
        if (kind == QLatin1String("missing")) {
            path = m_dir.filePath(QStringLiteral("nope/spec.rst"));
        } else if (kind == QLatin1String("folder")) {
            path = m_dir.path();
        } else if (kind == QLatin1String("unreadable")) {
            if (::geteuid() == 0) {
                QSKIP("root reads files whatever their permissions");
            }
            path = writeBytes(QStringLiteral("secret.rst"), "text\n");
            QFile::setPermissions(path, QFileDevice::WriteOwner);
        } else if (kind == QLatin1String("fifo")) {
            path = m_dir.filePath(QStringLiteral("pipe.rst"));
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        } else if (kind == QLatin1String("device")) {
            path = m_dir.filePath(QStringLiteral("zero.rst"));
            QVERIFY(QFile::link(QStringLiteral("/dev/zero"), path));
        } else if (kind == QLatin1String("loop")) {
            path = m_dir.filePath(QStringLiteral("loop.rst"));
            QVERIFY(QFile::link(QStringLiteral("loop.rst"), path));
        } else if (kind == QLatin1String("dangling")) {
            path = m_dir.filePath(QStringLiteral("dangling.rst"));
            QVERIFY(QFile::link(QStringLiteral("nowhere.rst"), path));
        }
        const TextFile file = TextFile::read(path);
        QVERIFY(!file.isValid());
        QVERIFY2(file.errorString().contains(path), qPrintable(file.errorString()));
        QVERIFY2(file.errorString().contains(errorPart), qPrintable(file.errorString()));
    }

    void readValidFile()
    {
        const QString path = writeBytes(QStringLiteral("ok.rst"), "Title\r\n=====\r\n");
        const TextFile file = TextFile::read(path);
        QVERIFY(file.isValid());
        QCOMPARE(file.text(), QStringLiteral("Title\n=====\n"));
        QCOMPARE(file.lineEnding(), TextFile::LineEnding::Windows);
    }

    void writeRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("original");
        QTest::newRow("unix") << QByteArray("Title\n=====\n\nText \xE2\x80\x94 more.\n");
        QTest::newRow("windows") << QByteArray("Title\r\n=====\r\n");
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBFTitle\n=====\n");
        QTest::newRow("bom and windows") << QByteArray("\xEF\xBB\xBFT\r\n");
    }

    void writeRoundTrip()
    {
        QFETCH(QByteArray, original);
        const QString path = writeBytes(QStringLiteral("round.rst"), original);
        const TextFile file = TextFile::read(path);
        QVERIFY(file.isValid());
        const QString out = m_dir.filePath(QStringLiteral("round-out.rst"));
        QCOMPARE(TextFile::write(out, file.text(), file.lineEnding(), file.hasByteOrderMark()), QString());
        QFile written(out);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), original);
    }

    void writeFailureKeepsOldFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("missing-folder/spec.rst"));
        const QString error = TextFile::write(path, QStringLiteral("text\n"));
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TextFileTest)
#include "textfile_test.moc"
