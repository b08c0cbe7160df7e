// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testconfig.h"

#include <core/document/textfile.h>
#include <core/validate/builtintemplates.h>

#include <QDir>
#include <QRegularExpression>
#include <QTest>

using Specwright::Core::BuiltinTemplates;
using Specwright::Core::TextFile;

namespace {

// "title|adornment" for each underlined section title (the first one, with an
// overline, is the document title). Enough for well-formed templates, until
// the RST engine can be asked instead.
QStringList sectionTitles(const QString &text)
{
    static const QRegularExpression adornment(QStringLiteral("^([=\\-~^\"'`#*+])\\1+$"));
    const QStringList lines = text.split(QLatin1Char('\n'));
    QStringList titles;
    for (int i = 1; i < lines.size(); ++i) {
        const QString title = lines.at(i - 1).trimmed();
        const auto match = adornment.match(lines.at(i));
        if (!title.isEmpty() && match.hasMatch() && !adornment.match(title).hasMatch() &&
            lines.at(i).size() >= title.size()) {
            titles.append(title + QLatin1Char('|') + match.captured(1));
        }
    }
    return titles;
}

} // namespace

class BuiltinTemplatesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultTemplateIsGlance()
    {
        const QList<BuiltinTemplates::Entry> all = BuiltinTemplates::all();
        QVERIFY(!all.isEmpty());
        QCOMPARE(all.constFirst().id, QStringLiteral("glance-spec"));
        QCOMPARE(BuiltinTemplates::find(QStringLiteral("glance-spec")).resourcePath, all.constFirst().resourcePath);
        QVERIFY(BuiltinTemplates::find(QStringLiteral("no-such-template")).id.isEmpty());
    }

    void everyTemplateIsReadableUtf8()
    {
        for (const BuiltinTemplates::Entry &entry : BuiltinTemplates::all()) {
            const QString text = BuiltinTemplates::text(entry);
            QVERIFY2(text.size() > 500, qPrintable(entry.id));
            QVERIFY(text.endsWith(QLatin1Char('\n')));
            for (const QString &line : text.split(QLatin1Char('\n'))) {
                QVERIFY2(line.size() < 80, qPrintable(line));
                QVERIFY2(!line.endsWith(QLatin1Char(' ')), qPrintable(line));
            }
        }
    }

    void glanceTemplateHasTheGateSections()
    {
        const QStringList titles = sectionTitles(BuiltinTemplates::text(BuiltinTemplates::all().constFirst()));
        QStringList topLevel;
        for (const QString &title : titles.mid(1)) {
            if (title.endsWith(QLatin1String("|="))) {
                topLevel.append(title.section(QLatin1Char('|'), 0, 0));
            }
        }
        // The seven top-level sections the Glance gate's titles test requires.
        const QStringList expected = {
            QStringLiteral("Problem description"),
            QStringLiteral("Proposed change"),
            QStringLiteral("Implementation"),
            QStringLiteral("Dependencies"),
            QStringLiteral("Testing"),
            QStringLiteral("Documentation Impact"),
            QStringLiteral("References"),
        };
        QCOMPARE(topLevel, expected);
    }

    void glanceTemplateMatchesTheRealOne()
    {
        const QString real = QStringLiteral(SPECWRIGHT_SHARED_DIR "/corpus/glance-specs/specs/template.rst");
        if (!QFile::exists(real)) {
            QSKIP("../shared/corpus is not beside the checkout");
        }
        const TextFile file = TextFile::read(real);
        QVERIFY2(file.isValid(), qPrintable(file.errorString()));
        // Same sections, same levels, same order; only the document title differs.
        const QStringList ours = sectionTitles(BuiltinTemplates::text(BuiltinTemplates::all().constFirst())).mid(1);
        const QStringList theirs = sectionTitles(file.text()).mid(1);
        QCOMPARE(ours, theirs);
    }
};

QTEST_GUILESS_MAIN(BuiltinTemplatesTest)
#include "builtintemplates_test.moc"
