// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/rst/rstdirectiveblock.h>
#include <core/rst/rstdirectiveregistry.h>

#include <QTest>

using namespace Specwright::Core;
using namespace Qt::StringLiterals;

// docutils 0.21's parse_directive_block and option converters (docutils/parsers/rst/states.py,
// directives/__init__.py; Sphinx's toctree option_spec): what each block is read as, or why it is
// refused (the detail after 'Error in "…" directive:').
class RstDirectiveBlockTest : public QObject
{
    Q_OBJECT

private slots:
    void read_data()
    {
        QTest::addColumn<QString>("directive");
        QTest::addColumn<QStringList>("block"); // the first line's rest after "name::", then the indented lines
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("options"); // "name=value" joined with ";"
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("error");

        QTest::newRow("nominal: image argument and options")
            << u"image"_s << QStringList{u"pic.png"_s, u":alt: text"_s, u":width: 10px"_s} << QStringList{u"pic.png"_s}
            << u"alt=text;width=10px"_s << QString() << QString();
        QTest::newRow("nominal: an option value continues on an indented line")
            << u"image"_s << QStringList{u"pic.png"_s, u":alt: first"_s, u"  second"_s} << QStringList{u"pic.png"_s}
            << u"alt=first\nsecond"_s << QString() << QString();
        QTest::newRow("nominal: note without arguments takes its first line as content")
            << u"note"_s << QStringList{u"Text here."_s, u"more"_s} << QStringList() << QString()
            << u"Text here.\nmore"_s << QString();
        QTest::newRow("nominal: admonition title keeps its spaces")
            << u"admonition"_s << QStringList{u"A long title"_s, QString(), u"Body."_s}
            << QStringList{u"A long title"_s} << QString() << u"Body."_s << QString();
        QTest::newRow("nominal: code-block language, flag, blank line, code")
            << u"code-block"_s << QStringList{u"python"_s, u":linenos:"_s, QString(), u"pass"_s}
            << QStringList{u"python"_s} << u"linenos="_s << u"pass"_s << QString();
        QTest::newRow("nominal: toctree entry on the directive's line, then options")
            << u"toctree"_s << QStringList{u"index"_s, u":maxdepth: 2"_s} << QStringList() << u"maxdepth=2"_s
            << u"index"_s << QString();
        QTest::newRow("bad: unknown option") << u"image"_s << QStringList{u"pic.png"_s, u":bogus: 1"_s} << QStringList()
                                             << QString() << QString() << u"unknown option: \"bogus\""_s;
        QTest::newRow("bad: duplicate option")
            << u"image"_s << QStringList{u"pic.png"_s, u":alt: a"_s, u":alt: b"_s} << QStringList() << QString()
            << QString() << u"duplicate option \"alt\""_s;
        QTest::newRow("bad: text after the options")
            << u"image"_s << QStringList{u"pic.png"_s, u":alt: a"_s, u"not an option"_s} << QStringList() << QString()
            << QString() << u"invalid option block"_s;
        QTest::newRow("bad: required argument missing")
            << u"image"_s << QStringList{QString()} << QStringList() << QString() << QString()
            << u"1 argument(s) required, 0 supplied"_s;
        QTest::newRow("bad: too many arguments")
            << u"default-role"_s << QStringList{u"a b"_s} << QStringList() << QString() << QString()
            << u"maximum 1 argument(s) allowed, 2 supplied"_s;
        QTest::newRow("bad: content where none is permitted")
            << u"image"_s << QStringList{u"pic.png"_s, QString(), u"text"_s} << QStringList() << QString() << QString()
            << u"no content permitted"_s;
        QTest::newRow("bad: integer option") << u"list-table"_s << QStringList{QString(), u":header-rows: x"_s}
                                             << QStringList() << QString() << QString()
                                             << u"invalid option value: (option: \"header-rows\"; value: 'x')\n"
                                                "invalid literal for int() with base 10: 'x'"_s;
        QTest::newRow("bad: two options on one line")
            << u"list-table"_s << QStringList{QString(), u":widths: 50 20 :header-rows: 1"_s} << QStringList()
            << QString() << QString()
            << u"invalid option value: (option: \"widths\"; value: '50 20 :header-rows: 1')\n"
               "invalid literal for int() with base 10: ':header-rows:'"_s;
        QTest::newRow("bad: a zero width")
            << u"list-table"_s << QStringList{QString(), u":widths: 0, 20"_s} << QStringList() << QString() << QString()
            << u"invalid option value: (option: \"widths\"; value: '0, 20')\n"
               "negative or zero value; must be positive"_s;
        QTest::newRow("bad: a toctree flag given a value")
            << u"toctree"_s << QStringList{QString(), u":glob: yes"_s} << QStringList() << QString() << QString()
            << u"invalid option value: (option: \"glob\"; value: 'yes')\nno argument is allowed; \"yes\" supplied"_s;
        QTest::newRow("bad: figure align outside its choices")
            << u"figure"_s << QStringList{u"pic.png"_s, u":align: top"_s} << QStringList() << QString() << QString()
            << u"invalid option value: (option: \"align\"; value: 'top')\n"
               "\"top\" unknown; choose from \"left\", \"center\", or \"right\""_s;
    }

    void read()
    {
        QFETCH(QString, directive);
        QFETCH(QStringList, block);
        QFETCH(QStringList, arguments);
        QFETCH(QString, options);
        QFETCH(QString, content);
        QFETCH(QString, error);

        const RstDirectiveRegistry::Directive *spec = RstDirectiveRegistry::instance().directive(directive);
        QVERIFY(spec);
        RstLines lines;
        for (int k = 0; k < block.size(); ++k) {
            lines.push_back({k, 0, QStringView(block.at(k))});
        }
        const RstDirectiveBlock read = RstDirectiveBlock::read(*spec, lines);
        QCOMPARE(read.error, error);
        if (!error.isEmpty()) {
            return;
        }
        QCOMPARE(read.arguments, arguments);
        QStringList optionTexts;
        for (const auto &[name, value] : read.options) {
            optionTexts.append(name + u'=' + value);
        }
        QCOMPARE(optionTexts.join(u';'), options);
        QStringList contentLines;
        for (const RstLineRef &line : read.content) {
            contentLines.append(line.text.toString());
        }
        QCOMPARE(contentLines.join(u'\n'), content);
    }
};

QTEST_GUILESS_MAIN(RstDirectiveBlockTest)
#include "rstdirectiveblock_test.moc"
