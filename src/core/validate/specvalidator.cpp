// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "specvalidator.h"

#include "codeblockcheck.h"

#include <core/diagram/diagrammodel.h>
#include <core/rst/rsttext.h>

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>

#include <algorithm>
#include <array>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace Specwright::Core {

namespace {

using Kind = RstNode::Kind;
using Severity = Diagnostic::Severity;
using Profile = SpecValidator::Profile;

// What an RST engine message is about → a stable rule id and a fix hint. By the message's id, not its
// text: the text quotes names and paths from the spec. A new id missing here fails the build (-Wswitch).
std::pair<QString, QString> markupRule(RstMessage::Id id)
{
    using Id = RstMessage::Id;
    switch (id) {
    case Id::TitleUnderlineTooShort:
        return {QStringLiteral("title-underline-short"),
                QStringLiteral("Make the underline at least as long as the title.")};
    case Id::TitleOverlineTooShort:
        return {QStringLiteral("title-overline-short"),
                QStringLiteral("Make the overline and underline at least as long as the title.")};
    case Id::TitleLevelInconsistent:
        return {QStringLiteral("title-level-inconsistent"),
                QStringLiteral("Use the adornment of an existing level, in the order the document introduced them.")};
    case Id::TitleOverlineUnderlineMismatch:
        return {QStringLiteral("title-adornment"),
                QStringLiteral("Use the same character and length above and below the title.")};
    case Id::TitleUnderlineMissing:
        return {QStringLiteral("title-adornment"), QStringLiteral("Add an underline that matches the overline.")};
    case Id::TitleIncomplete:
    case Id::TitleOrTransitionInvalid:
        return {QStringLiteral("title-adornment"), QString()};
    case Id::UnexpectedTitle:
        return {QStringLiteral("unexpected-title"),
                QStringLiteral("Titles cannot be nested inside lists, quotes or directives.")};
    case Id::UnknownDirective:
        return {QStringLiteral("unknown-directive"),
                QStringLiteral("Check the directive's spelling; only docutils and Sphinx directives are known.")};
    case Id::UnknownRole:
        return {QStringLiteral("unknown-role"),
                QStringLiteral("Check the role's spelling, or declare it with \".. role::\".")};
    case Id::UnknownTarget:
        return {QStringLiteral("unknown-target"),
                QStringLiteral("Define the target (\".. _name: URL\") or fix the reference.")};
    case Id::DuplicateTarget:
        return {QStringLiteral("duplicate-target"),
                QStringLiteral("Give each target its own name, or use an anonymous reference (two underscores).")};
    case Id::UndefinedSubstitution:
        return {QStringLiteral("undefined-substitution"),
                QStringLiteral("Define the substitution with \".. |name| replace:: text\".")};
    case Id::AnonymousReferenceMismatch:
        return {QStringLiteral("anonymous-mismatch"),
                QStringLiteral("Every anonymous reference (name__) needs one anonymous target (__ URL).")};
    case Id::UnexpectedUnindent:
        return {QStringLiteral("unexpected-unindent"), QStringLiteral("Add a blank line before the unindented text.")};
    case Id::UnexpectedIndentation:
        return {QStringLiteral("unexpected-indentation"),
                QStringLiteral("Add a blank line before the indented text, or remove the indentation.")};
    case Id::UnterminatedInline:
        return {QStringLiteral("unterminated-inline"),
                QStringLiteral("Close the markup, or escape the character with a backslash.")};
    case Id::MalformedTable:
        return {QStringLiteral("malformed-table"), QStringLiteral("Check that every row's borders line up.")};
    case Id::TableWithoutBlankLineAfter:
        return {QStringLiteral("malformed-table"), QStringLiteral("Add a blank line after the table.")};
    case Id::IncludeNotFound:
        return {QStringLiteral("include-not-found"),
                QStringLiteral("The included file is not there; the docs build fails unless it exists in the "
                               "repository.")};
    case Id::FileOutsideRepository:
        return {QStringLiteral("file-outside-repository"),
                QStringLiteral("A spec may only read files inside its repository: move the file into it, or remove "
                               "the reference.")};
    case Id::IncludeCycle:
        return {QStringLiteral("include-cycle"),
                QStringLiteral("A file cannot include itself, directly or through the files it includes.")};
    case Id::IncludeLimit:
        return {QStringLiteral("include-limit"),
                QStringLiteral("Include fewer or smaller files: includes nest at most 20 levels and read at most 1 000 "
                               "files and 10 MB.")};
    case Id::LiteralBlockExpected:
        return {QStringLiteral("literal-block-expected"),
                QStringLiteral("Indent the block after \"::\", or remove the \"::\".")};
    case Id::DirectiveError:
        return {QStringLiteral("directive-error"), QString()};
    case Id::OtherMarkup:
        break;
    }
    return {QStringLiteral("rst-markup"), QString()};
}

// "::" anywhere in the line (the nova gate's literal block start). Most lines hold no colon at all:
// the vectorised character search skips them faster than a loop over every character.
bool containsDoubleColon(QStringView line)
{
    for (qsizetype at = line.indexOf(QLatin1Char(':')); at >= 0 && at + 1 < line.size();
         at = line.indexOf(QLatin1Char(':'), at + 1)) {
        if (line[at + 1] == QLatin1Char(':')) {
            return true;
        }
    }
    return false;
}

// "http://" or "https://" anywhere in the line (the nova gate's exemption for long lines), found
// from the line's colons: a general substring search costs more to set up than a line to scan.
bool containsWebAddress(QStringView line)
{
    for (qsizetype at = line.indexOf(QLatin1Char(':')); at >= 0; at = line.indexOf(QLatin1Char(':'), at + 1)) {
        if (line.sliced(at).startsWith(u"://") &&
            (line.first(at).endsWith(u"http") || line.first(at).endsWith(u"https"))) {
            return true;
        }
    }
    return false;
}

int codePoints(QStringView text)
{
    int count = 0;
    for (QChar c : text) {
        if (!c.isLowSurrogate()) {
            ++count;
        }
    }
    return count;
}

// Section titles as keys: lower-cased, in nearly every spec plain ASCII. QString::toLower looks every
// character up in the Unicode tables; ASCII letters are mapped here, anything else goes the full way,
// so the keys are the same.
QString lowerKey(const QString &title)
{
    qsizetype firstUpper = -1;
    for (qsizetype i = 0; i < title.size(); ++i) {
        const char16_t c = title.at(i).unicode();
        if (c >= 0x80) {
            return title.toLower();
        }
        if (firstUpper < 0 && c >= u'A' && c <= u'Z') {
            firstUpper = i;
        }
    }
    if (firstUpper < 0) {
        return title; // already lower case: a shared copy
    }
    QString lower = title;
    QChar *data = lower.data();
    for (qsizetype i = firstUpper; i < lower.size(); ++i) {
        const char16_t c = data[i].unicode();
        if (c >= u'A' && c <= u'Z') {
            data[i] = QChar(char16_t(c + (u'a' - u'A')));
        }
    }
    return lower;
}

// Which of the characters the checks look for line by line occur at all: one vectorised pass over
// the text instead of a search for each (most specs hold none of them).
struct Census
{
    bool tab = false;
    bool carriageReturn = false;
    bool zeroWidthSpace = false;
};

Census censusOf(QStringView text)
{
    const QChar *data = text.data();
    const qsizetype size = text.size();
    qsizetype k = 0;
    Census census;
#ifdef __SSE2__
    const __m128i tab = _mm_set1_epi16(u'\t');
    const __m128i carriageReturn = _mm_set1_epi16(u'\r');
    const __m128i zeroWidthSpace = _mm_set1_epi16(short(0x200B));
    __m128i tabs = _mm_setzero_si128();
    __m128i carriageReturns = _mm_setzero_si128();
    __m128i zeroWidthSpaces = _mm_setzero_si128();
    for (; k + 8 <= size; k += 8) {
        const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + k));
        tabs = _mm_or_si128(tabs, _mm_cmpeq_epi16(chunk, tab));
        carriageReturns = _mm_or_si128(carriageReturns, _mm_cmpeq_epi16(chunk, carriageReturn));
        zeroWidthSpaces = _mm_or_si128(zeroWidthSpaces, _mm_cmpeq_epi16(chunk, zeroWidthSpace));
    }
    census.tab = _mm_movemask_epi8(tabs) != 0;
    census.carriageReturn = _mm_movemask_epi8(carriageReturns) != 0;
    census.zeroWidthSpace = _mm_movemask_epi8(zeroWidthSpaces) != 0;
#endif
    for (; k < size; ++k) {
        census.tab = census.tab || data[k] == QLatin1Char('\t');
        census.carriageReturn = census.carriageReturn || data[k] == QLatin1Char('\r');
        census.zeroWidthSpace = census.zeroWidthSpace || data[k] == QChar(0x200B);
    }
    return census;
}

class Checker
{
public:
    Checker(const QString &text, const RstDocument &document, const SpecTemplate &specTemplate,
            const GateProfile &profile, const std::atomic_bool *cancel, TextFile::LineEnding lineEnding)
        : m_text(text)
        , m_census(censusOf(text))
        , m_document(document)
        , m_template(specTemplate)
        , m_profile(profile)
        , m_cancel(cancel)
        , m_windowsLineEndings(lineEnding == TextFile::LineEnding::Windows)
    {
    }

    QList<Diagnostic> run()
    {
        if (m_windowsLineEndings) {
            // doc8 D004 on every line of the file; one finding, with one fix, says it.
            add(QStringLiteral("crlf-line-endings"),
                QStringLiteral("The file uses Windows line endings (CRLF); the gate rejects them."), lineRange(0, 0, 0),
                QStringLiteral("Convert the file to Unix (LF) line endings."));
        }
        checkLines();
        if (cancelled()) {
            return {};
        }
        checkMarkup();
        if (m_template.isValid()) {
            checkSections();
        }
        if (cancelled()) {
            return {};
        }
        checkContent(m_document.root());
        std::stable_sort(m_out.begin(), m_out.end(), [](const Diagnostic &a, const Diagnostic &b) {
            return std::tie(a.range.startLine, a.range.startColumn) < std::tie(b.range.startLine, b.range.startColumn);
        });
        return m_out;
    }

private:
    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }

    void add(const QString &rule, const QString &message, const SourceRange &range, const QString &hint = QString())
    {
        m_out.append({rule, m_profile.severityOf(rule), message, range, hint, QString()});
    }

    SourceRange lineRange(int line, int startColumn, int endColumn) const
    {
        return {line, startColumn, line, endColumn};
    }

    // --- Lines: the nova line test and doc8's whitespace checks, on the raw text --------------------------------
    void checkLines()
    {
        const QStringView all(m_text);
        qsizetype start = 0;
        int lineNumber = 0;
        bool codeBlock = false;
        // Characters most specs never hold: one whole-text search each instead of one per line.
        const bool carriageReturns = m_census.carriageReturn;
        const bool zeroWidthSpaces = m_census.zeroWidthSpace;
        const bool tabs = m_census.tab;
        while (start <= all.size()) {
            qsizetype end = RstText::lineFeedFrom(all, start);
            const bool last = end == all.size();
            if (last && start == end) {
                break; // the text ends with a newline
            }
            const QStringView line = all.mid(start, end - start);
            // A file with Windows line endings has its one finding: only the other carriage returns count.
            const QStringView tested =
                m_windowsLineEndings && !last && line.endsWith(QLatin1Char('\r')) ? line.chopped(1) : line;
            const int carriage = carriageReturns ? int(tested.indexOf(QLatin1Char('\r'))) : -1;
            if (carriage >= 0) {
                add(QStringLiteral("carriage-return"), QStringLiteral("Carriage return (Windows line ending)."),
                    lineRange(lineNumber, carriage, carriage + 1),
                    QStringLiteral("Save the file with Unix (LF) line endings."));
            }
            QStringView content = line;
            while (content.endsWith(QLatin1Char('\r'))) {
                content.chop(1);
            }
            // Trailing whitespace (doc8 D002).
            int trailing = int(content.size());
            while (trailing > 0 &&
                   (content.at(trailing - 1) == QLatin1Char(' ') || content.at(trailing - 1) == QLatin1Char('\t'))) {
                --trailing;
            }
            if (trailing < content.size()) {
                add(QStringLiteral("trailing-whitespace"), QStringLiteral("Trailing whitespace."),
                    lineRange(lineNumber, trailing, int(content.size())),
                    QStringLiteral("Remove the spaces at the end of the line."));
            }
            // Tabs in the indentation (doc8 D003).
            int indentEnd = 0;
            int tab = -1;
            while (indentEnd < content.size() &&
                   (content.at(indentEnd) == QLatin1Char(' ') || content.at(indentEnd) == QLatin1Char('\t'))) {
                if (tab < 0 && content.at(indentEnd) == QLatin1Char('\t')) {
                    tab = indentEnd;
                }
                ++indentEnd;
            }
            if (tab >= 0) {
                add(QStringLiteral("tab"), QStringLiteral("Tab in the indentation."),
                    lineRange(lineNumber, tab, indentEnd), QStringLiteral("Indent with spaces."));
            }
            // A tab after the text starts: no gate fails on it, but it renders at docutils' 8-column
            // stops and export expands it, so the line changes width without the author seeing why.
            const int inlineTab = tabs ? int(content.left(trailing).indexOf(QLatin1Char('\t'), indentEnd)) : -1;
            if (inlineTab >= 0) {
                add(QStringLiteral("inline-tab"), QStringLiteral("Tab inside the line."),
                    lineRange(lineNumber, inlineTab, inlineTab + 1),
                    QStringLiteral("Use spaces; Export for Review expands tabs to 8-column stops."));
            }
            const int zeroWidth = zeroWidthSpaces ? int(content.indexOf(QChar(0x200B))) : -1;
            if (zeroWidth >= 0) {
                add(QStringLiteral("zero-width-space"), QStringLiteral("Zero-width space (U+200B)."),
                    lineRange(lineNumber, zeroWidth, zeroWidth + 1), QStringLiteral("Delete the invisible character."));
            }
            // Line length, with the nova test's exemptions.
            bool exempt = false;
            if (codeBlock) {
                if (content.isEmpty() || content.startsWith(QLatin1Char(' '))) {
                    exempt = true;
                } else {
                    codeBlock = false;
                }
            }
            if (!exempt) {
                if (containsDoubleColon(content)) {
                    codeBlock = true;
                }
                // The exemptions only matter for long lines: most lines are not.
                const int limit = m_profile.maxLineLength();
                const int length = content.size() > limit ? codePoints(content) : int(content.size());
                bool exemptLong = length <= limit || containsWebAddress(content);
                if (!exemptLong) {
                    const QStringView word = content.trimmed(); // one long word: nothing to wrap
                    exemptLong =
                        !word.isEmpty() && !std::any_of(word.begin(), word.end(), [](QChar c) { return c.isSpace(); });
                }
                if (!exemptLong) {
                    int column = 0;
                    int counted = 0;
                    while (column < content.size() && counted < limit) {
                        if (!content.at(column).isLowSurrogate()) {
                            ++counted;
                        }
                        ++column;
                    }
                    add(QStringLiteral("line-too-long"),
                        QStringLiteral("Line is %1 characters long; lines must be shorter than %2.")
                            .arg(length)
                            .arg(limit + 1),
                        lineRange(lineNumber, column, int(content.size())),
                        QStringLiteral("Wrap the text at %1 columns.").arg(limit));
                }
            }
            if (last) {
                if (!m_text.isEmpty()) {
                    add(QStringLiteral("no-final-newline"), QStringLiteral("No newline at the end of the file."),
                        lineRange(lineNumber, int(content.size()), int(content.size())),
                        QStringLiteral("End the file with a newline."));
                }
                break;
            }
            start = end + 1;
            ++lineNumber;
        }
    }

    // --- Markup: every message of the RST engine ------------------------------------------------------------------
    void checkMarkup()
    {
        for (const RstMessage &message : m_document.messages()) {
            if (message.severity == RstMessage::Severity::Info || message.repeated) {
                continue; // docutils reports these too, and no gate fails on them; a repeat once is enough
            }
            const auto [rule, hint] = markupRule(message.id);
            add(rule,
                message.text.section(QLatin1Char('\n'), 0, 0) +
                    (message.text.contains(QLatin1Char('\n'))
                         ? QStringLiteral(" ") + message.text.section(QLatin1Char('\n'), 1).simplified()
                         : QString()),
                message.range, hint);
        }
    }

    // --- Sections against the template ------------------------------------------------------------------------------
    static QString titleOf(const RstNode &section)
    {
        return section.children.empty() ? QString() : section.children.front().text.trimmed();
    }

    static std::vector<const RstNode *> sectionsIn(const RstNode &node)
    {
        std::vector<const RstNode *> out;
        for (const RstNode &child : node.children) {
            if (child.kind == Kind::Section) {
                out.push_back(&child);
            }
        }
        return out;
    }

    SourceRange titleRange(const RstNode &section) const
    {
        return section.children.empty() ? section.range : section.children.front().range;
    }

    // Every section below a top-level one, by lower-cased title; a later one of the same title wins.
    static void collectNested(const RstNode &parent, QHash<QString, const RstNode *> &nested)
    {
        for (const RstNode &child : parent.children) {
            if (child.kind == Kind::Section) {
                nested.insert(lowerKey(titleOf(child)), &child);
                collectNested(child, nested);
            }
        }
    }

    void checkSections()
    {
        const RstNode &root = m_document.root();
        const std::vector<const RstNode *> rootSections = sectionsIn(root);
        std::vector<const RstNode *> topLevel;
        if (rootSections.empty()) {
            add(QStringLiteral("missing-title"), QStringLiteral("The spec has no title."), {0, 0, 0, 0},
                QStringLiteral("Start with the title, over- and underlined with \"=\"."));
            return;
        }
        if (rootSections.size() == 1) {
            topLevel = sectionsIn(*rootSections.front());
            checkTemplateTitle(*rootSections.front());
        } else {
            topLevel = rootSections;
        }
        const QList<SpecTemplate::Section> &expected = m_template.sections();
        // Where each template section is, at the top level or deeper.
        QHash<QString, const RstNode *> top;
        for (const RstNode *section : topLevel) {
            top.insert(lowerKey(titleOf(*section)), section);
        }
        QHash<QString, const RstNode *> nested;
        for (const RstNode *section : topLevel) {
            collectNested(*section, nested);
        }
        // Lower-cased once per template: the search for a missing section's anchor looks at every later section.
        const QStringList &expectedKeys = m_template.sectionKeys();
        const QSet<QString> &templateSubsections = m_template.subsectionKeys();

        // Extra, misplaced and out-of-order top-level sections.
        int highest = -1;
        QString highestTitle;
        for (const RstNode *section : topLevel) {
            const QString title = titleOf(*section);
            const int index = m_template.indexOf(title);
            if (index < 0) {
                if (templateSubsections.contains(lowerKey(title))) {
                    add(QStringLiteral("section-level"),
                        QStringLiteral("\"%1\" is a subsection in the template, not a top-level section.").arg(title),
                        titleRange(*section),
                        QStringLiteral("Move it under its parent section and use the subsection adornment."));
                } else {
                    add(QStringLiteral("extra-section"),
                        QStringLiteral("\"%1\" is not a section of the template (%2).").arg(title, m_template.name()),
                        titleRange(*section), QStringLiteral("Make it a subsection, or remove it."));
                }
                continue;
            }
            if (index < highest) {
                add(QStringLiteral("section-order"),
                    QStringLiteral("\"%1\" comes before \"%2\" in the template.").arg(title, highestTitle),
                    titleRange(*section), QStringLiteral("Move the section to its place in the template order."));
            } else {
                highest = index;
                highestTitle = title;
            }
        }

        // Missing sections, anchored where they should be.
        for (int i = 0; i < expected.size(); ++i) {
            const SpecTemplate::Section &section = expected.at(i);
            const QString &key = expectedKeys.at(i);
            if (top.contains(key)) {
                checkSubsections(section, *top.value(key));
                continue;
            }
            if (section.optional) {
                continue;
            }
            if (nested.contains(key)) {
                add(QStringLiteral("section-level"),
                    QStringLiteral("\"%1\" is a top-level section in the template, but a subsection here.")
                        .arg(section.title),
                    titleRange(*nested.value(key)), QStringLiteral("Make it a top-level section."));
                continue;
            }
            SourceRange anchor{int(m_document.lineCount()), 0, int(m_document.lineCount()), 0};
            QString where = QStringLiteral("at the end");
            for (int j = i + 1; j < expected.size(); ++j) {
                if (const RstNode *next = top.value(expectedKeys.at(j))) {
                    anchor = titleRange(*next);
                    anchor.endLine = anchor.startLine;
                    anchor.endColumn = anchor.startColumn;
                    where = QStringLiteral("before \"%1\"").arg(expected.at(j).title);
                    break;
                }
            }
            add(QStringLiteral("missing-section"),
                QStringLiteral("Missing section \"%1\" (the template has it %2).").arg(section.title, where), anchor,
                QStringLiteral("Insert the section; write \"None\" if there is nothing to say."));
            m_out.last().subject = section.title;
            m_out.last().insertLine = anchor.startLine;
            m_out.last().insertLevel = 0;
        }
    }

    // Where the template's subsection \a index of \a expected goes in \a section: before the next
    // of the template's subsections that is there, else after the section's last line.
    int subsectionInsertLine(const SpecTemplate::Section &expected, qsizetype index, const RstNode &section,
                             const std::vector<const RstNode *> &subsections) const
    {
        for (qsizetype j = index + 1; j < expected.subsections.size(); ++j) {
            const QString key = lowerKey(expected.subsections.at(j));
            for (const RstNode *sub : subsections) {
                if (lowerKey(titleOf(*sub)) == key) {
                    return sub->range.startLine;
                }
            }
        }
        return qMin(section.range.endLine + 1, int(m_document.lineCount()));
    }

    void checkSubsections(const SpecTemplate::Section &expected, const RstNode &section)
    {
        const std::vector<const RstNode *> subsections = sectionsIn(section);
        QSet<QString> present;
        for (const RstNode *sub : subsections) {
            present.insert(lowerKey(titleOf(*sub)));
        }
        if (expected.subsections.isEmpty() && !subsections.empty()) {
            add(QStringLiteral("unexpected-subsections"),
                QStringLiteral("The template has no subsections in \"%1\".").arg(expected.title), titleRange(section),
                QStringLiteral("Keep this section's text without subsections."));
        }
        for (qsizetype i = 0; i < expected.subsections.size(); ++i) {
            const QString &sub = expected.subsections.at(i);
            if (!present.contains(lowerKey(sub)) && !expected.optionalSubsections.contains(sub)) {
                add(QStringLiteral("missing-subsection"),
                    QStringLiteral("\"%1\" is missing its subsection \"%2\".").arg(expected.title, sub),
                    titleRange(section),
                    QStringLiteral("Add the subsection; write \"None\" if there is nothing to say."));
                m_out.last().subject = sub;
                m_out.last().insertLine = subsectionInsertLine(expected, i, section, subsections);
                m_out.last().insertLevel = 1;
            }
        }
        // Empty sections: the template asks for "None" rather than nothing.
        auto isEmpty = [](const RstNode &node) {
            for (size_t k = 1; k < node.children.size(); ++k) {
                const Kind kind = node.children[k].kind;
                if (kind != Kind::Comment && kind != Kind::Target) {
                    return false;
                }
            }
            return true;
        };
        if (isEmpty(section)) {
            add(QStringLiteral("empty-section"), QStringLiteral("Section \"%1\" is empty.").arg(titleOf(section)),
                titleRange(section), QStringLiteral("Write \"None\" if there is nothing to say."));
        }
        for (const RstNode *sub : subsections) {
            if (isEmpty(*sub)) {
                add(QStringLiteral("empty-section"), QStringLiteral("Section \"%1\" is empty.").arg(titleOf(*sub)),
                    titleRange(*sub), QStringLiteral("Write \"None\" if there is nothing to say."));
            }
        }
        if (expected.title.compare(QLatin1String("REST API impact"), Qt::CaseInsensitive) == 0) {
            checkApiImpact(section);
        }
        for (const RstNode *sub : subsections) {
            if (titleOf(*sub).compare(QLatin1String("REST API impact"), Qt::CaseInsensitive) == 0) {
                checkApiImpact(*sub);
            }
        }
    }

    // A spec still under the template's own title ("Title of the change, as a sentence").
    void checkTemplateTitle(const RstNode &titleSection)
    {
        if (!m_template.isValid() || m_template.title().isEmpty() || titleSection.children.empty() ||
            titleOf(titleSection).simplified() != m_template.title()) {
            return;
        }
        add(QStringLiteral("template-guidance"), QStringLiteral("The title is the template's own."),
            titleRange(titleSection), QStringLiteral("Name the change in a sentence."));
    }

    void checkApiImpact(const RstNode &section)
    {
        // Only a body of at most five visible characters can read "None" or "None.": the text is
        // collected only that far, not for the whole section.
        QString body;
        int visible = 0;
        const auto collect = [&body, &visible](QStringView piece) {
            for (const QChar c : piece) {
                if (!c.isSpace() && ++visible > 5) {
                    return false;
                }
            }
            body += piece;
            return true;
        };
        for (size_t k = 1; k < section.children.size() && visible <= 5; ++k) {
            const RstNode &child = section.children[k];
            // The template's own guidance says nothing about this spec's API (template-guidance flags it).
            if (child.kind == Kind::Paragraph && m_template.isValid() && m_template.isGuidance(child)) {
                continue;
            }
            child.visitPlainText(collect);
        }
        body = body.simplified();
        if (visible > 5 || (!body.isEmpty() && body.compare(QLatin1String("None"), Qt::CaseInsensitive) != 0 &&
                            body.compare(QLatin1String("None."), Qt::CaseInsensitive) != 0)) {
            add(QStringLiteral("api-impact"),
                QStringLiteral("This spec changes the REST API: the commit message should carry the APIImpact flag."),
                titleRange(section), QStringLiteral("Add a line \"APIImpact\" to the commit message."));
        }
    }

    // --- Content: template text left in, non-ASCII diagrams -----------------------------------------------------
    void checkContent(const RstNode &node)
    {
        for (const RstNode &child : node.children) {
            if (child.kind == Kind::Paragraph && m_template.isValid()) {
                if (m_template.isGuidance(child)) {
                    add(QStringLiteral("template-guidance"),
                        QStringLiteral("This paragraph is the template's guidance text."), child.range,
                        QStringLiteral("Replace it with the spec's own text."));
                }
            }
            if (const auto code = CodeBlockCheck::check(child, m_document)) {
                add(code->rule, code->message, code->range, code->fixHint);
            }
            if (child.kind == Kind::LiteralBlock && child.name().isEmpty()) {
                // The gate lets literal blocks run past 79 columns, but a diagram that does wraps in
                // the review's plain text: say where, line by line (commands and code are left alone).
                const qsizetype lineCount = m_document.lineCount();
                const bool diagram = DiagramModel::looksLikeDiagram(child.text); // once per block, not per line
                for (int line = child.range.startLine; diagram && line <= child.range.endLine && line < lineCount;
                     ++line) {
                    const QStringView text = m_document.line(line);
                    if (const int length = codePoints(text); length >= 80) {
                        add(QStringLiteral("wide-literal"),
                            QStringLiteral("Literal block line is %1 characters long: past column 79 it wraps in "
                                           "review.")
                                .arg(length),
                            {line, 79, line, int(text.size())}, QStringLiteral("Make the diagram narrower."));
                    }
                }
                // The first non-ASCII character of the block, exactly where it is in the source.
                for (int line = child.range.startLine; line <= child.range.endLine && line < lineCount; ++line) {
                    const QStringView text = m_document.line(line);
                    const auto found =
                        std::find_if(text.begin(), text.end(), [](QChar c) { return c.unicode() > 127; });
                    if (found != text.end()) {
                        const int column = int(found - text.begin());
                        add(QStringLiteral("non-ascii-literal"),
                            QStringLiteral("Non-ASCII character in a literal block: diagrams must be plain ASCII."),
                            {line, column, line, column + (found->isHighSurrogate() ? 2 : 1)},
                            QStringLiteral("Use + - | > < ^ v for lines and boxes."));
                        break;
                    }
                }
            }
            checkContent(child);
        }
        if (&node == &m_document.root() && m_template.isValid()) {
            const bool tabs = m_census.tab; // lines are tab-expanded: search them all then
            // Placeholders start with '<': one pass over the text's few '<' finds the ones present.
            const QStringList &placeholders = m_template.placeholders();
            QList<bool> present(placeholders.size(), false);
            for (qsizetype at = m_text.indexOf(QLatin1Char('<')); at >= 0;
                 at = m_text.indexOf(QLatin1Char('<'), at + 1)) {
                const QStringView rest = QStringView(m_text).sliced(at);
                for (qsizetype p = 0; p < placeholders.size(); ++p) {
                    present[p] = present[p] || rest.startsWith(placeholders.at(p));
                }
            }
            // The lines that can hold one, found once for all placeholders: a handful of the spec's lines.
            std::vector<int> linesWithAngle;
            const bool anyPresent = std::find(present.cbegin(), present.cend(), true) != present.cend();
            if (!tabs && !anyPresent) {
                // The usual case: nothing to find.
            } else if (!tabs && !m_census.carriageReturn) {
                // Then the parser's lines are the text's "\n"-separated lines: count line feeds up to each '<'.
                int line = 0;
                qsizetype lineStart = 0;
                for (qsizetype at = m_text.indexOf(QLatin1Char('<')); at >= 0;
                     at = m_text.indexOf(QLatin1Char('<'), at + 1)) {
                    for (qsizetype feed = RstText::lineFeedFrom(m_text, lineStart); feed < at;
                         feed = RstText::lineFeedFrom(m_text, lineStart)) {
                        ++line;
                        lineStart = feed + 1;
                    }
                    if (linesWithAngle.empty() || linesWithAngle.back() != line) {
                        linesWithAngle.push_back(line);
                    }
                }
            } else {
                for (int l = 0; l < m_document.lineCount(); ++l) {
                    if (m_document.line(l).contains(QLatin1Char('<'))) {
                        linesWithAngle.push_back(l);
                    }
                }
            }
            for (qsizetype p = 0; p < placeholders.size(); ++p) {
                const QString &placeholder = placeholders.at(p);
                if (!tabs && !present.at(p)) {
                    continue; // the usual case
                }
                for (const int l : linesWithAngle) {
                    const int column = int(m_document.line(l).indexOf(placeholder));
                    if (column >= 0) {
                        add(QStringLiteral("template-placeholder"),
                            QStringLiteral("Template placeholder %1 left in.").arg(placeholder),
                            {l, column, l, column + int(placeholder.size())},
                            QStringLiteral("Replace it with the real value."));
                    }
                }
            }
        }
    }

    const QString &m_text;
    const Census m_census;
    const RstDocument &m_document;
    const SpecTemplate &m_template;
    const GateProfile m_profile;
    const std::atomic_bool *m_cancel;
    const bool m_windowsLineEndings; ///< the file is saved with CRLF: one finding says so
    QList<Diagnostic> m_out;
};

} // namespace

bool SpecValidator::profileFromName(const QString &name, Profile *profile)
{
    if (name == QLatin1String("strict")) {
        *profile = Profile::Strict;
    } else if (name == QLatin1String("glance")) {
        *profile = Profile::Glance;
    } else if (name == QLatin1String("nova")) {
        *profile = Profile::Nova;
    } else {
        return false;
    }
    return true;
}

QString SpecValidator::profileName(Profile profile)
{
    switch (profile) {
    case Profile::Strict:
        return QStringLiteral("strict");
    case Profile::Glance:
        return QStringLiteral("glance");
    case Profile::Nova:
        return QStringLiteral("nova");
    }
    return {};
}

SpecValidator::Profile SpecValidator::detectProfile(const QString &specPath)
{
    const QString specs = SpecTemplate::gateSpecsFolder(specPath);
    if (specs.isEmpty()) {
        return Profile::Strict;
    }
    // Asked for every spec checked (and on every pause in the editor): the answer is kept per specs
    // folder while the folder is unchanged (adding or removing a template changes its time).
    static QMutex mutex;
    static QHash<QString, std::pair<QDateTime, Profile>> cache;
    const QDateTime modified = QFileInfo(specs).lastModified();
    {
        const QMutexLocker lock(&mutex);
        const auto it = cache.constFind(specs);
        if (it != cache.constEnd() && it->first == modified) {
            return it->second;
        }
    }
    Profile profile = Profile::Strict;
    const QDir dir(specs);
    // Nova-style repositories have one template per release folder: specs/<release>-template.rst.
    const QStringList releases = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    if (std::any_of(releases.cbegin(), releases.cend(),
                    [&dir](const QString &release) { return dir.exists(release + QStringLiteral("-template.rst")); })) {
        profile = Profile::Nova;
    } else if (dir.exists(QStringLiteral("template.rst"))) {
        profile = Profile::Glance;
    }
    const QMutexLocker lock(&mutex);
    cache.insert(specs, {modified, profile});
    return profile;
}

QList<Diagnostic> SpecValidator::validate(const QString &text, const RstDocument &document,
                                          const SpecTemplate &specTemplate, const GateProfile &profile,
                                          const std::atomic_bool *cancel, TextFile::LineEnding lineEnding)
{
    return Checker(text, document, specTemplate, profile, cancel, lineEnding).run();
}

} // namespace Specwright::Core
