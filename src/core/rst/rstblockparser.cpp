// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rstblockparser.h"

#include "rstdirectiveregistry.h"
#include "rstexplicitmarkup.h"
#include "rstincludemarkup.h"
#include "rstindentedblock.h"
#include "rstinlineparser.h"
#include "rstlistmarkup.h"
#include "rstmarkers.h"
#include "rsttablemarkup.h"
#include "rsttext.h"
#include "rsttransitions.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

namespace Specwright::Core {

namespace {

using Kind = RstNode::Kind;
using Severity = RstMessage::Severity;
using MessageId = RstMessage::Id;

// The marker scanners, under the names the parser calls them by.
template<size_t N>
bool startsWithAscii(QStringView text, const char (&prefix)[N])
{
    return RstMarkers::startsWithAscii(text, prefix);
}
constexpr auto &isPunctuation7Bit = RstMarkers::isPunctuation7Bit;
constexpr auto &isAdornment = RstMarkers::isAdornment;
constexpr auto &bulletMarkerEnd = RstMarkers::bulletMarkerEnd;
constexpr auto &spacesOrEnd = RstMarkers::spacesOrEnd;
constexpr auto &fieldMarkerEnd = RstMarkers::fieldMarkerEnd;
constexpr auto &startsBodyConstruct = RstMarkers::startsBodyConstruct;

} // namespace

RstBlockParser::RstBlockParser(const RstLines &lines, const QString &text, const QString &sourcePath,
                               const RstDirectiveRegistry &registry, const std::atomic_bool *cancel)
    : m_source(lines)
    , m_sourceText(text)
    , m_sourcePath(sourcePath)
    , m_registry(registry)
    , m_cancel(cancel)
    , m_inlineParser(RstInlineParser::Context{registry, m_localRoles, m_defaultRole, m_sourceText})
{
}

RstNode RstBlockParser::parseDocument()
{
    RstNode root;
    root.kind = Kind::Document;
    m_openSections = {&root};
    parseBody(m_source, root, true, 0);
    closeSections(1);
    root.children.insert(root.children.begin(), std::make_move_iterator(m_metaNodes.begin()),
                         std::make_move_iterator(m_metaNodes.end()));
    root.range = {0, 0, int(m_source.size()), 0};
    m_messages += m_detachedMessages;
    // docutils reports these in its transforms, after parsing; the gate (sphinx-build -W) fails on them.
    m_messages += m_names.unresolved();
    m_messages += RstTransitions::check(root, m_messages);
    return root;
}

// --- Messages -------------------------------------------------------------------------------------------

void RstBlockParser::message(MessageId id, Severity severity, const QString &text, int line, int column, int endLine,
                             int endColumn)
{
    RstMessage msg;
    msg.severity = severity;
    msg.id = id;
    msg.text = text;
    if (line < 0) {
        line = 0;
    }
    const int lastLine = qMax(0, int(m_source.size()) - 1);
    line = qMin(line, lastLine);
    msg.range.startLine = line;
    msg.range.startColumn = column;
    msg.range.endLine = endLine < 0 ? line : qMin(endLine, lastLine);
    msg.range.endColumn = endColumn < 0 ? sourceLineLength(msg.range.endLine) : endColumn;
    m_messages.append(msg);
}

void RstBlockParser::unindentWarning(const QString &what, const RstLines &lines, int next)
{
    const int line = next < int(lines.size()) ? lines[next].line : (lines.empty() ? 0 : lines.back().line + 1);
    message(MessageId::UnexpectedUnindent, Severity::Warning,
            QStringLiteral("%1 ends without a blank line; unexpected unindent.").arg(what), line);
}

void RstBlockParser::shareCommonExtra(RstNode &node, std::vector<RstNode> &carriers)
{
    // Few kinds of list and directive recur: a short list finds them (and stays short).
    constexpr size_t MaxCarriers = 8;
    for (const RstNode &carrier : carriers) {
        if (node.hasNameAndAttributesOf(carrier)) {
            node.shareNameAndAttributes(carrier);
            return;
        }
    }
    if (carriers.size() < MaxCarriers) {
        RstNode carrier;
        carrier.shareNameAndAttributes(node);
        carriers.push_back(std::move(carrier));
    }
}

void RstBlockParser::setListAttributes(RstNode &list, RstNode::Attributes &&attributes)
{
    // Before the list has attributes of its own: a shared carrier spares allocating them at all.
    for (const RstNode &carrier : m_listExtras) {
        if (carrier.attributes() == attributes) {
            list.shareNameAndAttributes(carrier);
            return;
        }
    }
    list.editAttributes() = std::move(attributes);
    shareCommonExtra(list, m_listExtras);
}

RstNode::Attributes RstBlockParser::commonAttributes(RstNode::Attributes &&attributes)
{
    // Sections of one level carry the same attributes: their lists share one buffer.
    constexpr qsizetype MaxCommonAttributes = 16;
    for (const RstNode::Attributes &common : std::as_const(m_commonAttributes)) {
        if (common == attributes) {
            return common;
        }
    }
    if (m_commonAttributes.size() < MaxCommonAttributes) {
        m_commonAttributes.append(attributes);
    }
    return std::move(attributes);
}

QString RstBlockParser::joinedText(const RstLines &lines)
{
    qsizetype size = lines.empty() ? 0 : qsizetype(lines.size()) - 1;
    for (const RstLineRef &line : lines) {
        size += line.text.size();
    }
    QChar *out = nullptr;
    QString text = m_inlineParser.stringPool().allocate(size, &out);
    for (size_t k = 0; k < lines.size(); ++k) {
        if (k > 0) {
            *out++ = QLatin1Char('\n');
        }
        out = std::copy(lines[k].text.begin(), lines[k].text.end(), out);
    }
    return text;
}

QString RstBlockParser::keptText(QStringView text)
{
    if (RstText::holds(m_sourceText, text)) {
        return RstText::sharedSlice(m_sourceText, text.data() - m_sourceText.constData(), text.size());
    }
    return m_inlineParser.stringPool().copy(text);
}

SourceRange RstBlockParser::markerRange(const RstLineRef &marker, const RstLines &content)
{
    // From the list marker to the end of the content, or of the marker line when there is none.
    SourceRange range =
        content.empty() ? SourceRange{marker.line, marker.column, marker.line, int(marker.column + marker.text.size())}
                        : rangeOf(content);
    range.startLine = marker.line;
    range.startColumn = marker.column;
    return range;
}

SourceRange RstBlockParser::rangeOf(const RstLines &block)
{
    if (block.empty()) {
        return {};
    }
    int last = int(block.size()) - 1;
    while (last > 0 && block[last].isBlank()) {
        --last;
    }
    return {block.front().line, block.front().column, block[last].line,
            int(block[last].column + block[last].text.size())};
}

void RstBlockParser::inlineText(RstNode &node, const RstLines &block)
{
    RstInlineParser &parser = m_inlineParser;
    parser.parse(block, node);
    for (const RstMessage &msg : parser.messages()) {
        m_messages.append(msg);
    }
    for (const auto &[name, range] : parser.references()) {
        m_names.noteReference(name, range);
    }
    for (const auto &[name, range] : parser.substitutionReferences()) {
        m_names.noteSubstitutionReference(name, range);
    }
    for (const SourceRange &range : parser.anonymousReferences()) {
        m_names.noteAnonymousReference(range);
    }
    for (const SourceRange &range : parser.unnamedAutoFootnoteReferences()) {
        m_names.noteUnnamedAutoFootnoteReference(range);
    }
    for (const SourceRange &range : parser.symbolFootnoteReferences()) {
        m_names.noteSymbolFootnoteReference(range);
    }
    for (const RstInlineParser::Target &target : parser.targets()) {
        noteExplicitTarget(target.name, target.uri, target.range);
        if (!target.refname.isEmpty()) {
            m_names.noteIndirectTarget(target.name, target.refname, target.range, false);
        }
        m_features.inlineTargets = m_features.inlineTargets || target.inlineTarget;
    }
}

void RstBlockParser::inlineText(RstNode &node, const QString &text, const RstLineRef &at)
{
    // Keep the text alive for the views the inline parser holds while parsing.
    m_includedTexts.push_back({text});
    RstLines block{{at.line, at.column, QStringView(m_includedTexts.back().front())}};
    inlineText(node, block);
}

// --- Body -----------------------------------------------------------------------------------------------

void RstBlockParser::parseBody(const RstLines &lines, RstNode &parent, bool matchTitles, int depth)
{
    if (depth > MaximumNesting) {
        // Hostile nesting: keep the text, visibly, instead of recursing further.
        RstNode literal;
        literal.kind = Kind::LiteralBlock;
        literal.range = rangeOf(lines);
        literal.text = joinedText(lines);
        parent.children.push_back(std::move(literal));
        message(MessageId::OtherMarkup, Severity::Warning,
                QStringLiteral("Nesting too deep; the rest is shown as a literal block."),
                lines.empty() ? 0 : lines.front().line);
        return;
    }
    int i = 0;
    const int n = int(lines.size());
    while (i < n) {
        if (lines[i].isBlank()) {
            ++i;
            continue;
        }
        if (m_cancel && m_cancel->load(std::memory_order_relaxed)) {
            return; // nobody waits for this tree any more
        }
        const int before = i;
        // The document's blocks go to the innermost section open (appendSection).
        parseOne(lines, i, matchTitles ? *m_openSections.back() : parent, matchTitles, depth);
        if (i <= before) {
            ++i; // never loop on the same line
        }
    }
}

bool RstBlockParser::parseOne(const RstLines &lines, int &i, RstNode &parent, bool matchTitles, int depth)
{
    const QStringView text = lines[i].text;
    if (text.front() == QLatin1Char(' ')) {
        parseBlockQuote(lines, i, parent, depth);
        return true;
    }
    if (bulletMarkerEnd(text) >= 0) {
        RstListMarkup(*this).parseBulletList(lines, i, parent, depth);
        return true;
    }
    if (RstListMarkup(*this).parseEnumeratedList(lines, i, parent, depth)) {
        return true;
    }
    if (fieldMarkerEnd(text, nullptr) >= 0) {
        RstListMarkup(*this).parseFieldList(lines, i, parent, depth);
        return true;
    }
    if (RstListMarkup(*this).parseOptionList(lines, i, parent, depth)) {
        return true;
    }
    if (startsWithAscii(text, ">>>") && spacesOrEnd(text, 3) >= 0) {
        RstListMarkup(*this).parseDoctest(lines, i, parent);
        return true;
    }
    if (text.front() == QLatin1Char('|') && spacesOrEnd(text, 1) >= 0) {
        RstListMarkup(*this).parseLineBlock(lines, i, parent);
        return true;
    }
    if (startsWithAscii(text, "+-") && RstTableMarkup(*this).parseGridTable(lines, i, parent, depth)) {
        return true;
    }
    if (text.startsWith(QLatin1Char('=')) && RstTableMarkup(*this).parseSimpleTable(lines, i, parent, depth)) {
        return true;
    }
    if ((startsWithAscii(text, "..") || startsWithAscii(text, "__")) && spacesOrEnd(text, 2) >= 0) {
        // An include here inserts its lines where sections may start, as docutils' does.
        const bool outer = std::exchange(m_includeMatchesTitles, matchTitles);
        RstExplicitMarkup(*this).parseList(lines, i, parent, depth);
        m_includeMatchesTitles = outer;
        return true;
    }
    if (isAdornment(text)) {
        parseAdornmentLine(lines, i, parent, matchTitles);
        return true;
    }
    parseText(lines, i, parent, matchTitles, depth);
    return true;
}

void RstBlockParser::parseBlockQuote(const RstLines &lines, int &i, RstNode &parent, int depth)
{
    RstIndentedBlock block = RstIndentedBlock::read(lines, i, false, -1, -1);
    i = block.end;
    while (!block.lines.empty() && block.lines.front().isBlank()) {
        block.lines.erase(block.lines.begin());
    }
    while (!block.lines.empty() && block.lines.back().isBlank()) {
        block.lines.pop_back();
    }
    appendBlockQuotes(block.lines, parent, depth);
    if (!block.blankFinish) {
        unindentWarning(QStringLiteral("Block quote"), lines, i);
    }
}

void RstBlockParser::appendBlockQuotes(const RstLines &body, RstNode &parent, int depth)
{
    // Split off attributions ("-- Author") that follow a blank line. What follows an attribution is
    // copied; a quote without one (nearly all) is parsed from the lines as given.
    RstLines remainder;
    const RstLines *restLines = &body;
    while (!restLines->empty()) {
        const RstLines &rest = *restLines;
        int attribution = -1;
        for (int k = 1; k < int(rest.size()); ++k) {
            const QStringView t = rest[k].text;
            if (!rest[k - 1].isBlank()) {
                continue;
            }
            const bool dashes =
                (startsWithAscii(t, "--") && !startsWithAscii(t, "----")) || t.startsWith(QChar(0x2014));
            if (!dashes) {
                continue;
            }
            int p = t.startsWith(QChar(0x2014)) ? 1 : (startsWithAscii(t, "---") ? 3 : 2);
            while (p < t.size() && t.at(p) == QLatin1Char(' ')) {
                ++p;
            }
            if (p >= t.size()) {
                continue;
            }
            // The attribution's continuation lines must share one indentation.
            int end = k + 1;
            int indent = -1;
            bool consistent = true;
            while (end < int(rest.size()) && !rest[end].isBlank()) {
                const int lineIndent = rest[end].indent();
                if (indent < 0) {
                    indent = lineIndent;
                } else if (lineIndent != indent) {
                    consistent = false;
                }
                ++end;
            }
            if (consistent) {
                attribution = k;
                break;
            }
        }
        RstNode quote;
        quote.kind = Kind::BlockQuote;
        if (attribution < 0) {
            quote.range = rangeOf(rest);
            parseBody(rest, quote, false, depth + 1);
        } else {
            const RstLines quoteLines(rest.begin(), rest.begin() + attribution);
            quote.range = rangeOf(quoteLines);
            parseBody(quoteLines, quote, false, depth + 1);
        }
        if (attribution < 0) {
            parent.children.push_back(std::move(quote));
            break;
        }
        int end = attribution + 1;
        while (end < int(rest.size()) && !rest[end].isBlank()) {
            ++end;
        }
        RstLines attributionLines(rest.begin() + attribution, rest.begin() + end);
        const QStringView first = attributionLines.front().text;
        int p = first.startsWith(QChar(0x2014)) ? 1 : (startsWithAscii(first, "---") ? 3 : 2);
        while (p < first.size() && first.at(p) == QLatin1Char(' ')) {
            ++p;
        }
        attributionLines.front() = attributionLines.front().mid(p);
        for (size_t k = 1; k < attributionLines.size(); ++k) {
            attributionLines[k] = attributionLines[k].mid(attributionLines[k].indent());
        }
        RstNode node;
        node.kind = Kind::Attribution;
        node.range = rangeOf(attributionLines);
        inlineText(node, attributionLines);
        quote.children.push_back(std::move(node));
        quote.range.endLine = attributionLines.back().line;
        quote.range.endColumn = int(attributionLines.back().column + attributionLines.back().text.size());
        parent.children.push_back(std::move(quote));
        while (end < int(rest.size()) && rest[end].isBlank()) {
            ++end;
        }
        if (restLines == &remainder) {
            remainder.erase(remainder.begin(), remainder.begin() + end);
        } else {
            remainder.assign(rest.begin() + end, rest.end());
            restLines = &remainder;
        }
    }
}

// --- The directive host ---------------------------------------------------------------------------------

void RstBlockParser::appendLineBlock(const RstLines &content, RstNode &parent)
{
    RstListMarkup(*this).appendLineBlock(content, parent);
}

void RstBlockParser::parseNested(const RstLines &lines, RstNode &into, int depth)
{
    parseBody(lines, into, false, depth + 1);
}

void RstBlockParser::parseInline(RstNode &node, const RstLines &lines)
{
    inlineText(node, lines);
}

void RstBlockParser::parseInline(RstNode &node, const QString &text, const RstLineRef &at)
{
    inlineText(node, text, at);
}

void RstBlockParser::include(const QString &path, const Options &options, const SourceRange &range, RstNode &parent,
                             int depth)
{
    RstIncludeMarkup(*this).includeFile(path, options, range, parent, depth);
}

void RstBlockParser::message(RstMessage::Id id, RstMessage::Severity severity, const QString &text,
                             const SourceRange &range)
{
    message(id, severity, text, range.startLine, range.startColumn, range.endLine, range.endColumn);
}

void RstBlockParser::noteReference(const QString &refname, const SourceRange &range)
{
    m_names.noteReference(refname, range);
}

void RstBlockParser::defineRole(const QString &name)
{
    m_localRoles.insert(name);
}

bool RstBlockParser::hasRole(const QString &name) const
{
    return m_registry.hasRole(name) || m_localRoles.contains(name);
}

void RstBlockParser::setDefaultRole(const QString &name)
{
    m_defaultRole = name;
}

void RstBlockParser::addMeta(RstNode meta)
{
    m_metaNodes.push_back(std::move(meta));
}

QStringView RstBlockParser::keep(QString text)
{
    m_includedTexts.push_back({std::move(text)});
    return QStringView(m_includedTexts.back().front());
}

void RstBlockParser::appendShared(RstNode &parent, RstNode &&node)
{
    shareCommonExtra(node, m_directiveExtras);
    parent.children.push_back(std::move(node));
}

const FileReach &RstBlockParser::fileReach()
{
    // Made on first use only: it looks for the repository on disk.
    if (!m_reach) {
        m_reach = FileReach::forSpec(m_sourcePath);
        const QString self = QFileInfo(m_sourcePath).canonicalFilePath();
        m_includeChain = {self.isEmpty() ? m_sourcePath : self};
    }
    return *m_reach;
}

bool RstBlockParser::fileInReach(const QString &path, const SourceRange &range, QLatin1String what)
{
    const qsizetype colon = path.indexOf(QLatin1Char(':'));
    const qsizetype slash = path.indexOf(QLatin1Char('/'));
    if (path.isEmpty() || (colon > 0 && (slash < 0 || colon < slash))) {
        return true; // a URL: the renderer decides which schemes it shows
    }
    const FileReach &reach = fileReach();
    const bool leavesFolder =
        path.startsWith(QLatin1Char('/')) || QDir::cleanPath(path).startsWith(QLatin1String(".."));
    if (reach.isEmpty() && !leavesFolder) {
        return true; // an unsaved spec: a name beside it can point nowhere yet
    }
    // Relative to the file that names it, as docutils resolves includes.
    const QString resolved = QDir(QFileInfo(m_includeChain.back()).absolutePath()).absoluteFilePath(path);
    const FileReach::Verdict verdict = reach.check(resolved);
    if (verdict != FileReach::Verdict::Outside && verdict != FileReach::Verdict::NoRoot) {
        return true;
    }
    message(MessageId::FileOutsideRepository, Severity::Severe,
            QStringLiteral("%1 outside the repository refused: %2").arg(what, reach.explain(verdict, path)),
            range.startLine, range.startColumn, range.endLine, range.endColumn);
    return false;
}

// --- Titles, transitions, paragraphs, definition lists ----------------------------------------------------

void RstBlockParser::parseAdornmentLine(const RstLines &lines, int &i, RstNode &parent, bool matchTitles)
{
    const RstLineRef over = lines[i];
    const QStringView overline = over.text;
    const int n = int(lines.size());
    if (!matchTitles) {
        if (overline.trimmed() == QLatin1String("::")) {
            parseText(lines, i, parent, matchTitles, 0);
            return;
        }
        if (overline.size() < 4) {
            message(MessageId::OtherMarkup, Severity::Info,
                    QStringLiteral("Unexpected possible title overline or transition.\nTreating it as ordinary text "
                                   "because it's so short."),
                    over.line);
            parseText(lines, i, parent, matchTitles, 0);
            return;
        }
        message(MessageId::UnexpectedTitle, Severity::Severe, QStringLiteral("Unexpected section title or transition."),
                over.line);
        ++i;
        return;
    }
    auto shortOverline = [&] {
        message(MessageId::OtherMarkup, Severity::Info,
                QStringLiteral("Possible incomplete section title.\nTreating the overline as ordinary text because "
                               "it's so short."),
                over.line);
        parseText(lines, i, parent, matchTitles, 0);
    };
    auto transition = [&] {
        RstNode node;
        node.kind = Kind::Transition;
        node.range = {over.line, over.column, over.line, int(over.column + overline.size())};
        parent.children.push_back(std::move(node));
        ++i;
    };
    if (i + 1 >= n || lines[i + 1].isBlank()) {
        if (overline.size() < 4) {
            parseText(lines, i, parent, matchTitles, 0);
            return;
        }
        transition();
        return;
    }
    const RstLineRef titleLine = lines[i + 1];
    if (isAdornment(titleLine.text)) {
        if (overline.size() < 4) {
            shortOverline();
            return;
        }
        message(MessageId::TitleOrTransitionInvalid, Severity::Error,
                QStringLiteral("Invalid section title or transition marker."), over.line, 0, titleLine.line);
        i += 2;
        return;
    }
    if (i + 2 >= n) {
        if (overline.size() < 4) {
            shortOverline();
            return;
        }
        message(MessageId::TitleIncomplete, Severity::Severe, QStringLiteral("Incomplete section title."), over.line, 0,
                titleLine.line);
        i += 2;
        return;
    }
    const RstLineRef under = lines[i + 2];
    const QStringView underline = under.text;
    if (!isAdornment(underline)) {
        if (overline.size() < 4) {
            shortOverline();
            return;
        }
        message(MessageId::TitleUnderlineMissing, Severity::Severe,
                QStringLiteral("Missing matching underline for section title overline."), over.line, 0, under.line);
        i += 3;
        return;
    }
    if (overline != underline) {
        if (overline.size() < 4) {
            shortOverline();
            return;
        }
        message(MessageId::TitleOverlineUnderlineMismatch, Severity::Severe,
                QStringLiteral("Title overline & underline mismatch."), over.line, 0, under.line);
        i += 3;
        return;
    }
    QList<RstMessage> pending;
    // docutils measures the title with its inset: "=====" over "  Title" is too short.
    QStringView title = titleLine.text;
    while (!title.isEmpty() && title.back().isSpace()) {
        title.chop(1);
    }
    if (RstText::columnWidth(title) > overline.size()) {
        if (overline.size() < 4) {
            shortOverline();
            return;
        }
        RstMessage msg;
        msg.severity = Severity::Warning;
        msg.id = MessageId::TitleOverlineTooShort;
        msg.text = QStringLiteral("Title overline too short.");
        msg.range = {over.line, 0, under.line, int(under.column + underline.size())};
        pending.append(msg);
    }
    const int leading = titleLine.indent();
    appendSection(titleLine.mid(leading), QString(overline.front()) + underline.front(), over.line, under.line,
                  pending);
    i += 3;
}

void RstBlockParser::parseText(const RstLines &lines, int &i, RstNode &parent, bool matchTitles, int depth)
{
    const int n = int(lines.size());
    const RstLineRef first = lines[i];
    bool literalNext = false;
    if (i + 1 >= n || lines[i + 1].isBlank()) {
        RstLines block{first};
        appendParagraph(block, parent, &literalNext);
        ++i;
        if (literalNext) {
            appendLiteralBlock(lines, i, parent, first.line);
        }
        return;
    }
    const RstLineRef next = lines[i + 1];
    if (next.text.front() == QLatin1Char(' ')) {
        // A line followed by an indented block: a definition list.
        RstNode list;
        list.kind = Kind::DefinitionList;
        bool blankFinish = true;
        while (i < n) {
            list.children.push_back(makeDefinitionListItem(lines, i, depth, &blankFinish));
            int k = i;
            while (k < n && lines[k].isBlank()) {
                ++k;
            }
            if (k + 1 >= n || startsBodyConstruct(lines[k].text) || lines[k].text.front() == QLatin1Char(' ') ||
                lines[k + 1].isBlank() || lines[k + 1].text.front() != QLatin1Char(' ')) {
                break;
            }
            i = k;
        }
        list.range = {list.children.front().range.startLine, list.children.front().range.startColumn,
                      list.children.back().range.endLine, list.children.back().range.endColumn};
        parent.children.push_back(std::move(list));
        if (!blankFinish) {
            unindentWarning(QStringLiteral("Definition list"), lines, i);
        }
        return;
    }
    if (isAdornment(next.text)) {
        const QStringView title = first.text;
        const QStringView underline = next.text;
        QList<RstMessage> pending;
        bool isTitle = true;
        if (RstText::columnWidth(title) > underline.size()) {
            if (underline.size() < 4) {
                if (matchTitles) {
                    message(MessageId::OtherMarkup, Severity::Info,
                            QStringLiteral("Possible title underline, too short for the title.\nTreating it as "
                                           "ordinary text because it's so short."),
                            next.line);
                }
                isTitle = false;
            } else {
                RstMessage msg;
                msg.severity = Severity::Warning;
                msg.id = MessageId::TitleUnderlineTooShort;
                msg.text = QStringLiteral("Title underline too short.");
                msg.range = {first.line, first.column, next.line, int(next.column + underline.size())};
                pending.append(msg);
            }
        }
        if (isTitle) {
            if (!matchTitles) {
                m_messages += pending;
                message(MessageId::UnexpectedTitle, Severity::Severe, QStringLiteral("Unexpected section title."),
                        first.line, first.column, next.line);
                i += 2;
                return;
            }
            appendSection(first, QString(underline.front()), first.line, next.line, pending);
            i += 2;
            return;
        }
    }
    // A paragraph: lines up to a blank line; an indented line there is an error.
    const int start = i;
    int end = i + 1;
    bool unexpectedIndent = false;
    while (end < n && !lines[end].isBlank()) {
        if (lines[end].text.front() == QLatin1Char(' ')) {
            unexpectedIndent = true;
            break;
        }
        ++end;
    }
    RstLines block(lines.begin() + start, lines.begin() + end);
    appendParagraph(block, parent, &literalNext);
    i = end;
    if (unexpectedIndent) {
        message(MessageId::UnexpectedIndentation, Severity::Error, QStringLiteral("Unexpected indentation."),
                lines[end].line);
    }
    if (literalNext) {
        appendLiteralBlock(lines, i, parent, block.back().line);
    }
}

void RstBlockParser::appendParagraph(const RstLines &block, RstNode &parent, bool *literalNext)
{
    *literalNext = false;
    // The lines as they are, unless the paragraph ends in "::": only then is a copy trimmed.
    const RstLines *textLines = &block;
    RstLines trimmed;
    // docutils: a paragraph ending in an unescaped "::" announces a literal block.
    if (block.back().text.endsWith(QLatin1String("::"))) {
        trimmed = block;
        RstLineRef &last = trimmed.back();
        int backslashes = 0;
        for (qsizetype p = last.text.size() - 3; p >= 0 && last.text.at(p) == QLatin1Char('\\'); --p) {
            ++backslashes;
        }
        if (backslashes % 2 == 0) {
            *literalNext = true;
            if (trimmed.size() == 1 && last.text == QLatin1String("::")) {
                return; // "::" alone: no paragraph
            }
            if (last.text.size() == 2) {
                // "::" alone on the last line of a longer paragraph
                trimmed.pop_back();
                QStringView &previous = trimmed.back().text;
                while (!previous.isEmpty() && previous.back() == QLatin1Char(' ')) {
                    previous.chop(1);
                }
            } else if (last.text.at(last.text.size() - 3) == QLatin1Char(' ')) {
                last.text.chop(3);
                while (!last.text.isEmpty() && last.text.back() == QLatin1Char(' ')) {
                    last.text.chop(1);
                }
            } else {
                last.text.chop(1);
            }
        }
        textLines = &trimmed;
    }
    // Parsed into the node in its place in the parent.
    RstNode &paragraph = parent.children.emplace_back();
    paragraph.kind = Kind::Paragraph;
    paragraph.range = rangeOf(block);
    inlineText(paragraph, *textLines);
}

void RstBlockParser::appendLiteralBlock(const RstLines &lines, int &i, RstNode &parent, int afterLine)
{
    const int n = int(lines.size());
    if (i < n && (lines[i].isBlank() || lines[i].text.front() == QLatin1Char(' '))) {
        RstIndentedBlock block = RstIndentedBlock::read(lines, i, false, -1, -1);
        while (!block.lines.empty() && block.lines.front().isBlank()) {
            block.lines.erase(block.lines.begin());
        }
        while (!block.lines.empty() && block.lines.back().isBlank()) {
            block.lines.pop_back();
        }
        if (!block.lines.empty()) {
            RstNode literal;
            literal.kind = Kind::LiteralBlock;
            literal.range = rangeOf(block.lines);
            literal.text = joinedText(block.lines);
            parent.children.push_back(std::move(literal));
            i = block.end;
            if (!block.blankFinish) {
                unindentWarning(QStringLiteral("Literal block"), lines, i);
            }
            return;
        }
    }
    // Quoted literal block: unindented lines that all start with the same punctuation character.
    int k = i;
    while (k < n && lines[k].isBlank()) {
        ++k;
    }
    if (k >= n || !isPunctuation7Bit(lines[k].text.front())) {
        message(MessageId::LiteralBlockExpected, Severity::Warning,
                QStringLiteral("Literal block expected; none found."), k < n ? lines[k].line : afterLine + 1);
        return;
    }
    const QChar quote = lines[k].text.front();
    const int start = k;
    while (k < n && !lines[k].isBlank()) {
        if (lines[k].text.front() != quote) {
            // docutils' QuotedLiteralBlock: an indented line is its "indent" transition.
            if (lines[k].text.front() == QLatin1Char(' ')) {
                message(MessageId::UnexpectedIndentation, Severity::Error, QStringLiteral("Unexpected indentation."),
                        lines[k].line);
            } else {
                message(MessageId::OtherMarkup, Severity::Error, QStringLiteral("Inconsistent literal block quoting."),
                        lines[k].line);
            }
            break;
        }
        ++k;
    }
    RstLines block(lines.begin() + start, lines.begin() + k);
    RstNode literal;
    literal.kind = Kind::LiteralBlock;
    literal.range = rangeOf(block);
    literal.text = joinedText(block);
    parent.children.push_back(std::move(literal));
    i = k;
    // Lines after an inconsistency are parsed as normal text again.
}

RstNode RstBlockParser::makeDefinitionListItem(const RstLines &lines, int &i, int depth, bool *blankFinish)
{
    const RstLineRef termLine = lines[i];
    RstIndentedBlock definition = RstIndentedBlock::read(lines, i + 1, false, -1, -1);
    while (!definition.lines.empty() && definition.lines.front().isBlank()) {
        definition.lines.erase(definition.lines.begin());
    }
    RstNode item;
    item.kind = Kind::DefinitionListItem;
    RstNode term;
    term.kind = Kind::Term;
    term.range = {termLine.line, termLine.column, termLine.line, int(termLine.column + termLine.text.size())};
    // " : " separates classifiers from the term.
    const QString text = termLine.text.toString();
    static const QRegularExpression classifierSplit(QStringLiteral(" +: +"));
    QList<QPair<int, int>> parts; // start, end in text
    int from = 0;
    QRegularExpressionMatchIterator it = classifierSplit.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        // A classifier separator inside inline literal text does not count.
        if (text.left(match.capturedStart()).count(QLatin1String("``")) % 2 == 1) {
            continue;
        }
        parts.append({from, int(match.capturedStart())});
        from = int(match.capturedEnd());
    }
    parts.append({from, int(text.size())});
    RstLines termText{{termLine.line, termLine.column, termLine.text.mid(0, parts.front().second)}};
    inlineText(term, termText);
    item.children.push_back(std::move(term));
    for (int k = 1; k < parts.size(); ++k) {
        RstNode classifier;
        classifier.kind = Kind::Classifier;
        classifier.range = {termLine.line, termLine.column + parts[k].first, termLine.line,
                            termLine.column + parts[k].second};
        RstLines classifierText{{termLine.line, termLine.column + parts[k].first,
                                 termLine.text.mid(parts[k].first, parts[k].second - parts[k].first)}};
        inlineText(classifier, classifierText);
        item.children.push_back(std::move(classifier));
    }
    if (termLine.text.endsWith(QLatin1String("::"))) {
        message(MessageId::OtherMarkup, Severity::Info,
                QStringLiteral("Blank line missing before literal block (after the \"::\")? Interpreted as a "
                               "definition list item."),
                lines[i + 1].line);
    }
    RstNode body;
    body.kind = Kind::Definition;
    body.range = rangeOf(definition.lines);
    parseBody(definition.lines, body, false, depth + 1);
    item.range = {termLine.line, termLine.column, body.range.endLine, body.range.endColumn};
    item.children.push_back(std::move(body));
    *blankFinish = definition.blankFinish;
    i = definition.end;
    return item;
}

// --- Sections ---------------------------------------------------------------------------------------------

void RstBlockParser::appendSection(const RstLineRef &titleLine, const QString &style, int firstLine, int lastLine,
                                   const QList<RstMessage> &pending)
{
    int level = int(m_titleStyles.indexOf(style)) + 1;
    auto inconsistent = [&] {
        m_messages += pending;
        message(MessageId::TitleLevelInconsistent, Severity::Severe, QStringLiteral("Title level inconsistent:"),
                firstLine, 0, lastLine);
    };
    if (level == 0) {
        if (m_titleStyles.size() != m_sectionLevel) {
            inconsistent();
            return;
        }
        m_titleStyles.append(style);
        level = m_sectionLevel + 1;
    } else if (level > m_sectionLevel + 1) {
        inconsistent();
        return;
    }
    // docutils reads a title that closes a section twice: in the section's nested parse, which
    // backs up and ends, and again a level up, where the new section starts. Its messages come twice.
    const bool readTwice = level <= m_sectionLevel;
    m_sectionLevel = level;
    RstNode section;
    section.kind = Kind::Section;
    section.range = {firstLine, 0, lastLine, sourceLineLength(lastLine)};
    section.editAttributes() =
        commonAttributes({{QStringLiteral("level"), QString::number(level)}, {QStringLiteral("adornment"), style}});
    RstNode title;
    title.kind = Kind::Title;
    title.text = keptText(titleLine.text);
    title.range = {titleLine.line, titleLine.column, titleLine.line, int(titleLine.column + titleLine.text.size())};
    RstLines titleLines{titleLine};
    inlineText(title, titleLines);
    section.children.push_back(std::move(title));
    // docutils names a section after its title's text, markup removed: "Methods: ``hmac``" is
    // "methods: hmac", which is what a reference to it must say.
    section.setName(m_inlineParser.stringPool().adopt(RstText::normalizeName(section.children.front().plainText())));
    m_messages += pending;
    if (readTwice) {
        for (RstMessage again : pending) {
            again.repeated = true;
            m_messages.append(again);
        }
    }
    noteImplicitTarget(section.name(), section.range);
    // Nested as it comes, into the section a level up: a big spec's blocks are written once, where
    // they stay, instead of into one long list first (which moves them as it grows) and then again.
    closeSections(size_t(level));
    RstNode &holder = *m_openSections.back();
    holder.children.push_back(std::move(section));
    // Pointers to open sections stay valid: only the innermost one's list grows, and a push into
    // a list closes the sections within it first.
    m_openSections.push_back(&holder.children.back());
}

void RstBlockParser::closeSections(size_t keep)
{
    while (m_openSections.size() > keep) {
        // A section runs to the end of its last descendant (closed before it, so extended already).
        RstNode &section = *m_openSections.back();
        if (!section.children.empty()) {
            const SourceRange &last = section.children.back().range;
            if (last.endLine > section.range.endLine ||
                (last.endLine == section.range.endLine && last.endColumn > section.range.endColumn)) {
                section.range.endLine = last.endLine;
                section.range.endColumn = last.endColumn;
            }
        }
        m_openSections.pop_back();
    }
}

// --- Targets and references -----------------------------------------------------------------------------

void RstBlockParser::noteExplicitTarget(const QString &name, const QString &uri, const SourceRange &range)
{
    if (const auto notice = m_names.noteExplicitTarget(name, uri)) {
        message(MessageId::DuplicateTarget, notice->severity, notice->text, range.startLine, range.startColumn,
                range.startLine);
    }
}

void RstBlockParser::noteImplicitTarget(const QString &name, const SourceRange &range)
{
    if (const auto notice = m_names.noteImplicitTarget(name)) {
        message(MessageId::DuplicateTarget, notice->severity, notice->text, range.startLine, range.startColumn,
                range.startLine);
    }
}

} // namespace Specwright::Core
