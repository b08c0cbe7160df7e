// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <widgets/editordecorations.h>
#include <widgets/sourceeditor.h>

#include <KSyntaxHighlighting/Repository>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

#include <limits>

using Specwright::Core::Diagnostic;
using Specwright::Core::SourceRange;
using Specwright::Core::SpecAnalysis;
using Specwright::Widgets::EditorDecorations;
using Specwright::Widgets::SourceEditor;

Q_DECLARE_METATYPE(Specwright::Core::SourceRange)

namespace {

KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository instance;
    return instance;
}

Diagnostic finding(int line, int startColumn, int endColumn,
                   Diagnostic::Severity severity = Diagnostic::Severity::Warning)
{
    Diagnostic diagnostic;
    diagnostic.ruleId = QStringLiteral("rule-%1").arg(startColumn);
    diagnostic.severity = severity;
    diagnostic.message = QStringLiteral("finding at %1").arg(startColumn);
    diagnostic.range = {line, startColumn, line, endColumn};
    return diagnostic;
}

QString numberedLines(int count)
{
    QStringList lines;
    for (int i = 0; i < count; ++i) {
        lines.append(QStringLiteral("line %1").arg(i));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class EditorDecorationsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cursorForMapsRanges_data()
    {
        QTest::addColumn<SourceRange>("range");
        QTest::addColumn<QString>("selected");
        // "alpha\nbeta\n\n" has an empty last line.
        QTest::newRow("nominal: part of a line") << SourceRange{1, 1, 1, 3} << QStringLiteral("et");
        QTest::newRow("edge: empty range marks one character") << SourceRange{0, 2, 0, 2} << QStringLiteral("p");
        QTest::newRow("edge: empty range at a line's end marks the line")
            << SourceRange{1, 4, 1, 4} << QStringLiteral("beta");
        QTest::newRow("edge: past the end falls on the last line with text")
            << SourceRange{9, 0, 9, 0} << QStringLiteral("beta");
    }
    void cursorForMapsRanges()
    {
        QFETCH(SourceRange, range);
        QFETCH(QString, selected);
        QTextDocument document(QStringLiteral("alpha\nbeta\n\n"));
        const EditorDecorations decorations(&document, repository());
        QCOMPARE(decorations.cursorFor(range).selectedText(), selected);
    }

    void shortDocumentsAreDecoratedWhole()
    {
        QTextDocument document(numberedLines(50));
        EditorDecorations decorations(&document, repository());
        QVERIFY(!decorations.isWindowed());
        decorations.update(EditorDecorations::AllLayers, 20, 10);
        QCOMPARE(decorations.decoratedLines(), qMakePair(0, std::numeric_limits<int>::max()));
        QVERIFY(!decorations.needsUpdate(40, 49));
    }

    void longDocumentsAreDecoratedAroundTheView()
    {
        QTextDocument document(numberedLines(SourceEditor::WindowedDecorationLines + 500));
        EditorDecorations decorations(&document, repository());
        QVERIFY(decorations.isWindowed());
        QVERIFY(decorations.needsUpdate(0, 30)); // nothing decorated yet
        decorations.setTitles({{100, 100, 1}, {520, 521, 2}});
        decorations.update(EditorDecorations::AllLayers, 500, 30);
        QCOMPARE(decorations.decoratedLines(), qMakePair(470, 560));
        QCOMPARE(decorations.selections().size(), 1); // only the title inside the window
        QVERIFY(!decorations.needsUpdate(480, 510));  // scrolling a little rebuilds nothing
        QVERIFY(decorations.needsUpdate(450, 480));
        QVERIFY(decorations.needsUpdate(540, 570));
    }

    void aLineGetsLimitedUnderlines()
    {
        QTextDocument document(QString(400, QLatin1Char('x')));
        EditorDecorations decorations(&document, repository());
        QList<Diagnostic> diagnostics;
        for (int i = 0; i < SourceEditor::MaximumUnderlinesPerLine + 10; ++i) {
            diagnostics.append(finding(0, i * 2, i * 2 + 1));
        }
        decorations.setDiagnostics(diagnostics);
        decorations.update(EditorDecorations::Underlines, 0, 10);
        const QList<QTextEdit::ExtraSelection> selections = decorations.selections();
        // One more underline covers the rest, from the first to the last of them.
        QCOMPARE(selections.size(), SourceEditor::MaximumUnderlinesPerLine + 1);
        const QTextCursor rest = selections.constLast().cursor;
        QCOMPARE(rest.selectionStart(), SourceEditor::MaximumUnderlinesPerLine * 2);
        QCOMPARE(rest.selectionEnd(), (SourceEditor::MaximumUnderlinesPerLine + 9) * 2 + 1);
    }

    void linesAreMarkedWithTheirWorstFinding()
    {
        QTextDocument document(numberedLines(5));
        EditorDecorations decorations(&document, repository());
        QVERIFY(decorations.setDiagnostics({finding(1, 0, 2, Diagnostic::Severity::Info),
                                            finding(1, 3, 4, Diagnostic::Severity::Error),
                                            finding(3, 0, 1, Diagnostic::Severity::Warning)}));
        QVERIFY(decorations.lineSeverity(1) == Diagnostic::Severity::Error);
        QVERIFY(decorations.lineSeverity(3) == Diagnostic::Severity::Warning);
        QVERIFY(!decorations.lineSeverity(0));
        // Other findings on the same lines with the same worst severity: the marks stay.
        QVERIFY(!decorations.setDiagnostics(
            {finding(1, 0, 1, Diagnostic::Severity::Error), finding(3, 2, 3, Diagnostic::Severity::Warning)}));
    }

    void tooltipListsFindingsAtAPosition()
    {
        QTextDocument document(QStringLiteral("one two three"));
        EditorDecorations decorations(&document, repository());
        QList<Diagnostic> diagnostics{finding(0, 8, 13, Diagnostic::Severity::Error)};
        for (int i = 0; i < SourceEditor::MaximumTooltipFindings + 3; ++i) {
            diagnostics.append(finding(0, 0, 3));
        }
        decorations.setDiagnostics(diagnostics);
        QTextCursor hovered(&document);
        hovered.setPosition(1);
        const QStringList lines = decorations.tooltipAt(hovered).split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), SourceEditor::MaximumTooltipFindings + 1);
        QVERIFY(lines.constFirst().endsWith(QStringLiteral("finding at 0 [rule-0]")));
        QCOMPARE(lines.constLast(), QStringLiteral("… and 3 more here"));
        hovered.setPosition(10);
        QVERIFY(decorations.tooltipAt(hovered).endsWith(QStringLiteral("finding at 8 [rule-8]")));
        hovered.setPosition(5);
        QVERIFY(decorations.tooltipAt(hovered).isEmpty());
    }

    void codeBlocksTakeTheirLanguage()
    {
        QTextDocument document(QStringLiteral("intro\n\n    {\"key\": 1}\n\n    plain\n"));
        EditorDecorations decorations(&document, repository());
        decorations.setTheme(repository().defaultTheme(KSyntaxHighlighting::Repository::LightTheme), false);
        decorations.setCodeBlocks({{2, 2, QStringLiteral("json")}, {4, 4, QStringLiteral("no-such-language")}});
        decorations.update(EditorDecorations::CodeBlocks, 0, 10);
        QCOMPARE(decorations.highlightedCodeBlocks(), 1);
        const QList<QTextEdit::ExtraSelection> selections = decorations.selections();
        QVERIFY(!selections.isEmpty());
        for (const QTextEdit::ExtraSelection &selection : selections) {
            QCOMPARE(selection.cursor.block().blockNumber(), 2);
        }
    }
};

QTEST_MAIN(EditorDecorationsTest)
#include "editordecorations_test.moc"
