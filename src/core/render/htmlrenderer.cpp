// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlrenderer.h"

#include "cmarkarena.h"
#include "imageembedder.h"

#include <core/plugin/codehighlighter.h>
#include <core/plugin/pluginmanager.h>
#include <core/rst/rsttext.h>

#include <QFile>
#include <QHash>
#include <QSet>
#include <QStringEncoder>
#include <QUrl>
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <climits>
#include <cstddef>
#include <cstring>
#include <functional>
#include <memory>
#include <mutex>
#include <string>

// Node types the table extension registers; exported by libcmark-gfm-extensions
// but not declared in its public header.
extern "C" {
extern cmark_node_type CMARK_NODE_TABLE;
extern cmark_node_type CMARK_NODE_TABLE_ROW;
extern cmark_node_type CMARK_NODE_TABLE_CELL;
}

namespace Specwright::Core {

namespace {

using Kind = RstNode::Kind;

cmark_syntax_extension *tableExtension()
{
    static cmark_syntax_extension *extension = [] {
        cmark_gfm_core_extensions_ensure_registered();
        return cmark_find_syntax_extension("table");
    }();
    return extension;
}

QString escapeAttribute(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += QStringLiteral("&amp;");
            break;
        case '<':
            out += QStringLiteral("&lt;");
            break;
        case '>':
            out += QStringLiteral("&gt;");
            break;
        case '"':
            out += QStringLiteral("&quot;");
            break;
        case '\'':
            out += QStringLiteral("&#39;");
            break;
        default:
            out += c;
        }
    }
    return out;
}

// Class names and languages come from the document: keep them to a safe alphabet.
QString safeToken(const QString &text)
{
    QString out;
    for (QChar c : text.toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
            c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('+')) {
            out += c;
        } else if (c == QLatin1Char(' ') || c == QLatin1Char('.') || c == QLatin1Char(':')) {
            out += QLatin1Char('-');
        }
    }
    return out;
}

// Only web, mail, in-document and relative links survive.
bool isSafeUrl(const QString &url)
{
    const QString trimmed = url.trimmed();
    if (trimmed.isEmpty()) {
        return false;
    }
    const int colon = int(trimmed.indexOf(QLatin1Char(':')));
    const int slash = int(trimmed.indexOf(QLatin1Char('/')));
    const int hash = int(trimmed.indexOf(QLatin1Char('#')));
    const int question = int(trimmed.indexOf(QLatin1Char('?')));
    const bool hasScheme =
        colon > 0 && (slash < 0 || colon < slash) && (hash < 0 || colon < hash) && (question < 0 || colon < question);
    if (!hasScheme) {
        return true; // relative or #anchor
    }
    const QString scheme = trimmed.left(colon).toLower();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https") || scheme == QLatin1String("mailto");
}

class CmarkBuilder
{
public:
    explicit CmarkBuilder(const RstDocument &document, HtmlRenderer::ImageSource imageSource = {})
        : m_document(document)
        , m_prefetch(document.treeOutgrowsCache())
        , m_imageSource(std::move(imageSource))
    {
        if (document.features().footnotes) {
            collectManualFootnotes(document.root());
        }
        collectTargets(document.root(), 0);
        for (const RstMessage &message : document.messages()) {
            if (message.severity >= RstMessage::Severity::Warning && !message.fromTransform && !message.repeated) {
                m_pendingMessages.append(&message);
            }
        }
    }

    /**
     * Renders block by block: sections write their own wrapper tags and every other block is a small
     * cmark document of its own, so memory stays proportional to one block, not the whole document.
     */
    QByteArray render()
    {
        if (cmark_syntax_extension *table = tableExtension()) {
            m_extensions = cmark_llist_append(cmark_get_default_mem_allocator(), nullptr, table);
        }
        // The corpus' HTML is 1.1 to 2.3 bytes per source character: reserving for the most avoids
        // the copy of a regrowth (of megabytes, for a big spec) and its doubled peak of memory.
        m_out.reserve(m_document.text().size() * 5 / 2 + 4096);
        for (const RstNode &child : m_document.root().children) {
            renderChunk(child, 0);
        }
        flushPending();
        flushMessages(INT_MAX);
        cmark_llist_free(cmark_get_default_mem_allocator(), m_extensions);
        return std::move(m_out);
    }

private:
    // docutils shows problems in the output; so does the preview, as a box at the place of the problem.
    void flushMessages(int beforeLine)
    {
        while (!m_pendingMessages.isEmpty() && m_pendingMessages.constFirst()->range.startLine < beforeLine) {
            const RstMessage *message = m_pendingMessages.takeFirst();
            cmark_node *root = newNode(CMARK_NODE_DOCUMENT);
            QByteArray enter = "<div data-source-line=\"" + QByteArray::number(message->range.startLine + 1) +
                               "\" class=\"system-message " +
                               RstMessage::severityName(message->severity).toLower().toLatin1() + "\">";
            cmark_node *box = custom(root, enter, QByteArray("</div>"));
            cmark_node *title = custom(box, "<p class=\"system-message-title\">", "</p>");
            text(title, QStringLiteral("%1 (line %2): %3")
                            .arg(RstMessage::severityName(message->severity))
                            .arg(message->range.startLine + 1)
                            .arg(message->text.section(QLatin1Char('\n'), 0, 0)));
            if (message->range.endLine > message->range.startLine || message->id == RstMessage::Id::UnknownDirective) {
                QStringList source;
                for (int l = message->range.startLine; l <= message->range.endLine && l < m_document.lineCount(); ++l) {
                    source.append(m_document.line(l).toString());
                }
                codeBlock(box, source.join(QLatin1Char('\n')), QString());
            }
            flush(root);
        }
    }

    void renderChunk(const RstNode &node, int sectionDepth)
    {
        if (node.kind == Kind::Section) {
            flushPending();
            flushMessages(node.range.startLine);
            const QString id = m_sectionIds.value(&node);
            m_out += open("section", node, QStringLiteral("id=\"%1\"").arg(escapeAttribute(id)));
            m_out += '\n';
            const char *heading = headingTag(sectionDepth);
            prefetchChildren(node);
            for (const RstNode &child : node.children) {
                if (child.kind == Kind::Title) {
                    textBlock(child, pendingRoot(), heading);
                } else {
                    renderChunk(child, sectionDepth + 1);
                }
            }
            flushPending();
            m_out += "</section>\n";
            return;
        }
        if (!m_pendingMessages.isEmpty() && m_pendingMessages.constFirst()->range.startLine < node.range.startLine) {
            flushPending();
            flushMessages(node.range.startLine);
        }
        block(node, pendingRoot(), sectionDepth);
        // Render in batches: one cmark call per run of blocks, memory bounded by the batch.
        if (++m_pendingBlocks >= 16) {
            flushPending();
        }
    }

    cmark_node *pendingRoot()
    {
        if (!m_pendingRoot) {
            m_pendingRoot = newNode(CMARK_NODE_DOCUMENT);
        }
        return m_pendingRoot;
    }

    void flushPending()
    {
        if (m_pendingRoot) {
            flush(m_pendingRoot);
            m_pendingRoot = nullptr;
        }
        m_pendingBlocks = 0;
    }

    void flush(cmark_node *root)
    {
        if (cmark_node_first_child(root)) {
            m_out += cmark_render_html_with_mem(root, CMARK_OPT_DEFAULT, m_extensions, m_mem);
        }
        // Every node lives in the arena: dropping it frees the tree. Nothing else may be pending then.
        if (!m_pendingRoot || m_pendingRoot == root) {
            m_arena.reset();
        } else {
            cmark_node_free(root);
        }
    }

    // --- Targets, ids and footnote numbers ------------------------------------------------------------

    QString uniqueId(const QString &base)
    {
        QString id = base.isEmpty() ? QStringLiteral("section") : base;
        if (m_usedIds.contains(id)) {
            // Continue from the last number used for this base: repeated titles stay linear.
            int &n = m_idCounters[id];
            QString candidate;
            do {
                candidate = id + QLatin1Char('-') + QString::number(++n);
            } while (m_usedIds.contains(candidate));
            id = candidate;
        }
        m_usedIds.insert(id);
        return id;
    }

    // Auto-numbered footnotes skip every manual number in the document, not only earlier ones.
    void collectManualFootnotes(const RstNode &node)
    {
        for (const RstNode &child : node.children) {
            if (child.kind == Kind::Footnote && !child.hasAttribute(QStringLiteral("auto")) &&
                !child.children.empty()) {
                m_manualFootnotes.insert(child.children.front().text);
            }
            // Footnotes are body elements: the inline content of paragraphs and titles never holds one.
            if (child.children.empty() || !child.children.front().isInline()) {
                collectManualFootnotes(child);
            }
        }
    }

    static QString labelId(const QString &prefix, const QString &label)
    {
        // Unlike make_id, keep leading digits: footnote [1] is "footnote-1".
        return prefix + HtmlRenderer::makeId(QStringLiteral("x ") + label).mid(2);
    }

    void collectTargets(const RstNode &node, int depth)
    {
        prefetchChildren(node);
        for (const RstNode &child : node.children) {
            switch (child.kind) {
            case Kind::Section: {
                const QString id =
                    uniqueId(HtmlRenderer::makeId(child.children.empty() ? QString() : child.children.front().text));
                m_sectionIds.insert(&child, id);
                if (!m_nameTargets.contains(child.name())) {
                    m_nameTargets.insert(child.name(), QLatin1Char('#') + id);
                }
                break;
            }
            case Kind::Target:
                if (child.hasAttribute(QStringLiteral("anonymous"))) {
                    m_anonymousTargets.append(child.attribute(QStringLiteral("refuri")));
                } else if (child.hasAttribute(QStringLiteral("refuri"))) {
                    m_nameTargets.insert(child.name(), child.attribute(QStringLiteral("refuri")));
                } else if (child.hasAttribute(QStringLiteral("refname"))) {
                    m_indirect.insert(child.name(), child.attribute(QStringLiteral("refname")));
                } else if (!child.name().isEmpty()) {
                    const QString id = uniqueId(HtmlRenderer::makeId(child.name()));
                    m_targetIds.insert(&child, id);
                    m_nameTargets.insert(child.name(), QLatin1Char('#') + id);
                }
                break;
            case Kind::Footnote:
            case Kind::Citation: {
                QString label;
                if (child.kind == Kind::Footnote && child.attribute(QStringLiteral("auto")) == QLatin1String("*")) {
                    static const QStringList symbols = {QStringLiteral("*"),      QStringLiteral("\u2020"),
                                                        QStringLiteral("\u2021"), QStringLiteral("\u00a7"),
                                                        QStringLiteral("\u00b6"), QStringLiteral("#"),
                                                        QStringLiteral("\u2660"), QStringLiteral("\u2665"),
                                                        QStringLiteral("\u2666"), QStringLiteral("\u2663")};
                    const int index = m_symbolFootnotes.size();
                    label = symbols.at(index % symbols.size()).repeated(index / symbols.size() + 1);
                    m_symbolFootnotes.append(label);
                } else if (child.kind == Kind::Footnote && child.hasAttribute(QStringLiteral("auto"))) {
                    do {
                        ++m_autoNumber;
                    } while (m_manualFootnotes.contains(QString::number(m_autoNumber)));
                    label = QString::number(m_autoNumber);
                    if (!child.name().isEmpty()) {
                        m_labelledFootnotes.insert(child.name(), label);
                    } else {
                        m_autoFootnotes.append(label);
                    }
                } else {
                    label = child.children.empty() ? child.name() : child.children.front().text;
                }
                QString id;
                if (child.kind == Kind::Footnote && child.attribute(QStringLiteral("auto")) == QLatin1String("*")) {
                    id = uniqueId(QStringLiteral("footnote-symbol-%1").arg(m_symbolFootnotes.size()));
                } else {
                    id = uniqueId(labelId(child.kind == Kind::Footnote ? QStringLiteral("footnote-")
                                                                       : QStringLiteral("citation-"),
                                          label));
                }
                m_footnoteIds.insert(&child, {id, label});
                m_labelIds.insert(label, id);
                if (!child.name().isEmpty()) {
                    m_nameTargets.insert(child.name(), QLatin1Char('#') + id);
                }
                break;
            }
            default:
                break;
            }
            if (child.kind == Kind::SubstitutionDefinition) {
                m_substitutions.insert(child.name().toLower(), &child);
            }
            if (child.kind == Kind::InlineTarget && !m_nameTargets.contains(child.name())) {
                const QString id = uniqueId(HtmlRenderer::makeId(child.name()));
                m_inlineTargetIds.insert(&child, id);
                m_nameTargets.insert(child.name(), QLatin1Char('#') + id);
            }
            // Sections only hold sections and body elements. Inline markup does not nest: no targets
            // below an inline node, and inline content is only walked for inline targets.
            const RstDocument::Features &features = m_document.features();
            const bool inlineContent = !child.children.empty() && child.children.front().isInline();
            if (child.kind == Kind::Section ||
                (!features.onlySectionsHaveIds() && !child.isInline() && (!inlineContent || features.inlineTargets))) {
                collectTargets(child, depth + 1);
            }
        }
    }

    QString resolve(const QString &name, int hops = 0) const
    {
        if (hops > 8) {
            return {};
        }
        if (m_nameTargets.contains(name)) {
            return m_nameTargets.value(name);
        }
        if (m_indirect.contains(name)) {
            return resolve(m_indirect.value(name), hops + 1);
        }
        return {};
    }

    // --- cmark helpers ---------------------------------------------------------------------------------

    // UTF-8 for cmark goes through reused buffers: one conversion, no allocation per node
    // (cmark copies the bytes it is given).
    const char *utf8(QStringView text, std::string &buffer)
    {
        const size_t needed = size_t(m_encoder.requiredSpace(text.size())) + 1;
        if (buffer.size() < needed) {
            buffer.resize(needed);
        }
        char *end = m_encoder.appendToBuffer(buffer.data(), text);
        *end = '\0';
        return buffer.data();
    }
    const char *utf8(QStringView text) { return utf8(text, m_text); }

    cmark_node *newNode(cmark_node_type type) { return cmark_node_new_with_mem(type, m_mem); }

    cmark_node *custom(cmark_node *parent, const char *enter, const char *exit, bool block = true)
    {
        cmark_node *node = newNode(block ? CMARK_NODE_CUSTOM_BLOCK : CMARK_NODE_CUSTOM_INLINE);
        cmark_node_set_on_enter(node, enter);
        cmark_node_set_on_exit(node, exit);
        cmark_node_append_child(parent, node);
        return node;
    }

    cmark_node *custom(cmark_node *parent, const std::string &enter, const char *exit, bool block = true)
    {
        return custom(parent, enter.c_str(), exit, block);
    }

    cmark_node *custom(cmark_node *parent, const QByteArray &enter, const char *exit, bool block = true)
    {
        return custom(parent, enter.constData(), exit, block);
    }

    cmark_node *custom(cmark_node *parent, const QString &enter, const char *exit, bool block = true)
    {
        return custom(parent, utf8(enter, m_open), exit, block);
    }

    void text(cmark_node *parent, QStringView content)
    {
        if (content.isEmpty()) {
            return;
        }
        cmark_node *node = newNode(CMARK_NODE_TEXT);
        cmark_node_set_literal(node, utf8(content));
        cmark_node_append_child(parent, node);
    }

    void codeBlock(cmark_node *parent, const QString &content, const QString &language)
    {
        const CodeHighlighter *highlighter = PluginManager::codeHighlighter();
        if (!language.isEmpty() && highlighter) {
            const QList<CodeHighlighter::Span> spans = highlighter->highlight(content, language);
            if (!spans.isEmpty()) {
                highlightedCodeBlock(parent, content, language, spans);
                return;
            }
        }
        cmark_node *node = newNode(CMARK_NODE_CODE_BLOCK);
        cmark_node_set_literal(node, utf8(QString(content + QLatin1Char('\n'))));
        cmark_node_set_fenced(node, 1, 3, 0, '`');
        if (!language.isEmpty()) {
            cmark_node_set_fence_info(node, utf8(language));
        }
        cmark_node_append_child(parent, node);
    }

    // The same <pre><code class="language-…"> as cmark writes, with a span per highlighted piece;
    // cmark still escapes every character of the code.
    void highlightedCodeBlock(cmark_node *parent, const QString &content, const QString &language,
                              const QList<CodeHighlighter::Span> &spans)
    {
        // cmark writes a newline after a custom block's opening tag: HTML drops it after <pre>
        // (not after <code>), so <code> is an inline inside the block.
        const std::string enter = "<code class=\"language-" + std::string(utf8(language)) + "\">";
        cmark_node *block = custom(custom(parent, "<pre>", "</pre>"), enter, "</code>", false);
        const QStringView code(content);
        qsizetype done = 0;
        for (const CodeHighlighter::Span &span : spans) {
            if (span.start < done || span.length <= 0 || span.start + span.length > code.size()) {
                continue; // a plugin's overlapping or out-of-range span: skip it, lose no text
            }
            text(block, code.mid(done, span.start - done));
            const std::string open = "<span class=\"hl-" + std::string(utf8(safeToken(span.style))) + "\">";
            text(custom(block, open, "</span>", false), code.mid(span.start, span.length));
            done = span.start + span.length;
        }
        text(block, code.mid(done)); // the newline cmark writes before </pre> ends the last line
    }

    void code(cmark_node *parent, QStringView content)
    {
        cmark_node *node = newNode(CMARK_NODE_CODE);
        cmark_node_set_literal(node, utf8(content));
        cmark_node_append_child(parent, node);
    }

    void setUrl(cmark_node *node, QStringView url) { cmark_node_set_url(node, utf8(url)); }

    // Tags hold only our own ASCII and escaped attribute values.
    const char *open(const char *tag, const RstNode &node, QStringView attributes = {})
    {
        // The line number's digits, written backwards (every block element has one).
        char line[12];
        char *digits = line + sizeof line;
        for (unsigned number = unsigned(qMax(0, node.range.startLine + 1));;) {
            *--digits = char('0' + number % 10);
            number /= 10;
            if (number == 0) {
                break;
            }
        }
        m_open.assign(1, '<');
        m_open += tag;
        m_open.append(" data-source-line=\"");
        m_open.append(digits, size_t(line + sizeof line - digits));
        m_open += '"';
        if (!attributes.isEmpty()) {
            m_open += ' ';
            m_open += utf8(attributes, m_attributes);
        }
        m_open += '>';
        return m_open.c_str();
    }

    const char *close(const char *tag)
    {
        m_close.assign("</");
        m_close += tag;
        m_close += '>';
        return m_close.c_str();
    }

    static const char *headingTag(int sectionDepth)
    {
        static const char *const tags[] = {"h1", "h2", "h3", "h4", "h5", "h6"};
        return tags[qBound(0, sectionDepth, 5)];
    }

    // --- Blocks ----------------------------------------------------------------------------------------------

    // A big spec's tree is far bigger than the cache: ask for all children's memory at once, so that
    // the waits overlap instead of coming one after the other as the walk reaches each child.
    void prefetchChildren(const RstNode &node) const
    {
        if (!m_prefetch) {
            return;
        }
        for (const RstNode &child : node.children) {
            child.prefetchForReading();
        }
    }

    void blocks(const RstNode &node, cmark_node *parent, int sectionDepth)
    {
        prefetchChildren(node);
        for (const RstNode &child : node.children) {
            block(child, parent, sectionDepth);
        }
    }

    void textBlock(const RstNode &node, cmark_node *parent, const char *tag, QStringView attributes = {})
    {
        cmark_node *element = custom(parent, open(tag, node, attributes), close(tag));
        inlines(node, element);
    }

    void block(const RstNode &node, cmark_node *parent, int sectionDepth)
    {
        switch (node.kind) {
        case Kind::Section: {
            const QString id = m_sectionIds.value(&node);
            cmark_node *section = custom(
                parent, open("section", node, QStringLiteral("id=\"%1\"").arg(escapeAttribute(id))), close("section"));
            const char *heading = headingTag(sectionDepth);
            for (const RstNode &child : node.children) {
                if (child.kind == Kind::Title) {
                    textBlock(child, section, heading);
                } else {
                    block(child, section, sectionDepth + 1);
                }
            }
            break;
        }
        case Kind::Title:
            textBlock(node, parent, "p", QStringLiteral("class=\"topic-title\""));
            break;
        case Kind::Subtitle:
            textBlock(node, parent, "p", QStringLiteral("class=\"subtitle\""));
            break;
        case Kind::Paragraph:
            textBlock(node, parent, "p");
            break;
        case Kind::Rubric:
            textBlock(node, parent, "p", QStringLiteral("class=\"rubric\""));
            break;
        case Kind::Transition:
            custom(parent, open("hr", node), "");
            break;
        case Kind::BulletList:
            container(node, parent, "ul", QString(), sectionDepth);
            break;
        case Kind::EnumeratedList: {
            static const QHash<QString, QString> types = {{QStringLiteral("arabic"), QStringLiteral("1")},
                                                          {QStringLiteral("loweralpha"), QStringLiteral("a")},
                                                          {QStringLiteral("upperalpha"), QStringLiteral("A")},
                                                          {QStringLiteral("lowerroman"), QStringLiteral("i")},
                                                          {QStringLiteral("upperroman"), QStringLiteral("I")}};
            QString attributes = QStringLiteral("type=\"%1\"")
                                     .arg(types.value(node.attribute(QStringLiteral("enumtype")), QStringLiteral("1")));
            if (node.hasAttribute(QStringLiteral("start"))) {
                attributes += QStringLiteral(" start=\"%1\"").arg(node.attribute(QStringLiteral("start")).toInt());
            }
            container(node, parent, "ol", attributes, sectionDepth);
            break;
        }
        case Kind::ListItem:
            container(node, parent, "li", QString(), sectionDepth);
            break;
        case Kind::DefinitionList:
            container(node, parent, "dl", QStringLiteral("class=\"definition-list\""), sectionDepth);
            break;
        case Kind::DefinitionListItem:
            for (const RstNode &child : node.children) {
                if (child.kind == Kind::Term) {
                    cmark_node *term = custom(parent, open("dt", child), "");
                    inlines(child, term);
                } else if (child.kind == Kind::Classifier) {
                    // Classifiers belong inside the <dt> opened above: close it after them.
                    cmark_node *classifier = custom(parent, "<span class=\"classifier\">", "</span>", true);
                    inlines(child, classifier);
                } else if (child.kind == Kind::Definition) {
                    custom(parent, "</dt>", "");
                    container(child, parent, "dd", QString(), sectionDepth);
                }
            }
            break;
        case Kind::FieldList:
            container(node, parent, "dl", QStringLiteral("class=\"field-list\""), sectionDepth);
            break;
        case Kind::Field:
            for (const RstNode &child : node.children) {
                if (child.kind == Kind::FieldName) {
                    cmark_node *name = custom(parent, open("dt", child), close("dt"));
                    inlines(child, name);
                } else {
                    container(child, parent, "dd", QString(), sectionDepth);
                }
            }
            break;
        case Kind::OptionList:
            container(node, parent, "dl", QStringLiteral("class=\"option-list\""), sectionDepth);
            break;
        case Kind::OptionListItem:
            for (const RstNode &child : node.children) {
                if (child.kind == Kind::OptionGroup) {
                    cmark_node *dt = custom(parent, open("dt", child), close("dt"));
                    bool first = true;
                    for (const RstNode &option : child.children) {
                        if (!first) {
                            text(dt, QStringLiteral(", "));
                        }
                        first = false;
                        QString spelled;
                        for (const RstNode &part : option.children) {
                            spelled += part.kind == Kind::OptionArgument
                                           ? part.attribute(QStringLiteral("delimiter")) + part.text
                                           : part.text;
                        }
                        cmark_node *kbd = custom(dt, "<kbd>", "</kbd>", false);
                        text(kbd, spelled);
                    }
                } else {
                    container(child, parent, "dd", QString(), sectionDepth);
                }
            }
            break;
        case Kind::LiteralBlock: {
            const bool math = node.hasAttribute(QStringLiteral("math"));
            if (node.hasAttribute(QStringLiteral("parsed"))) {
                // "<pre>" directly: HTML ignores the newline cmark writes after the start tag.
                cmark_node *pre =
                    custom(parent, open("pre", node, QStringLiteral("class=\"parsed-literal\"")), close("pre"));
                inlines(node, pre);
                break;
            }
            cmark_node *wrapper = custom(
                parent,
                open("div", node, math ? QStringLiteral("class=\"math\"") : QStringLiteral("class=\"literal-block\"")),
                close("div"));
            codeBlock(wrapper, node.text, safeToken(node.attribute(QStringLiteral("language"))));
            break;
        }
        case Kind::DoctestBlock: {
            cmark_node *wrapper =
                custom(parent, open("div", node, QStringLiteral("class=\"doctest-block\"")), close("div"));
            codeBlock(wrapper, node.text, QStringLiteral("pycon"));
            break;
        }
        case Kind::Raw: {
            // Never live HTML: show what the document asked for, escaped.
            cmark_node *notice =
                custom(parent, open("div", node, QStringLiteral("class=\"raw-notice\"")), close("div"));
            cmark_node *p = custom(notice, open("p", node, QStringLiteral("class=\"raw-notice-title\"")), close("p"));
            text(p, QStringLiteral("Raw %1 content is not rendered in the preview:")
                        .arg(node.attribute(QStringLiteral("format")).isEmpty()
                                 ? QStringLiteral("output")
                                 : node.attribute(QStringLiteral("format"))));
            codeBlock(notice, node.text, safeToken(node.attribute(QStringLiteral("format"))));
            break;
        }
        case Kind::LineBlock:
            container(node, parent, "div", QStringLiteral("class=\"line-block\""), sectionDepth);
            break;
        case Kind::Line:
            if (node.children.empty()) {
                custom(parent, open("div", node, u"class=\"line\"") + std::string("<br>"), close("div"));
            } else {
                textBlock(node, parent, "div", QStringLiteral("class=\"line\""));
            }
            break;
        case Kind::BlockQuote:
            container(node, parent, "blockquote", QString(), sectionDepth);
            break;
        case Kind::Attribution: {
            cmark_node *p = custom(parent, open("p", node, QStringLiteral("class=\"attribution\"")), close("p"));
            text(p, QStringLiteral("\u2014 "));
            inlines(node, p);
            break;
        }
        case Kind::Table:
            table(node, parent, sectionDepth);
            break;
        case Kind::Footnote:
        case Kind::Citation: {
            const auto [id, label] = m_footnoteIds.value(&node);
            cmark_node *aside = custom(
                parent,
                open("aside", node,
                     QStringLiteral("class=\"%1\" id=\"%2\"")
                         .arg(node.kind == Kind::Footnote ? QStringLiteral("footnote") : QStringLiteral("citation"),
                              escapeAttribute(id))),
                close("aside"));
            cmark_node *labelSpan = custom(aside, "<span class=\"label\">", "</span>");
            text(labelSpan, QString(QLatin1Char('[') + label + QLatin1Char(']')));
            for (const RstNode &child : node.children) {
                if (child.kind != Kind::Label) {
                    block(child, aside, sectionDepth);
                }
            }
            break;
        }
        case Kind::Target:
            if (m_targetIds.contains(&node)) {
                custom(
                    parent,
                    open("div", node,
                         QStringLiteral("class=\"target\" id=\"%1\"").arg(escapeAttribute(m_targetIds.value(&node)))),
                    close("div"));
            }
            break;
        case Kind::Admonition: {
            const QString kind = node.name().isEmpty() ? QStringLiteral("admonition") : node.name();
            cmark_node *div =
                custom(parent, open("div", node, QStringLiteral("class=\"admonition %1\"").arg(safeToken(kind))),
                       close("div"));
            bool hasTitle = false;
            for (const RstNode &child : node.children) {
                if (child.kind == Kind::Title) {
                    hasTitle = true;
                    textBlock(child, div, "p", QStringLiteral("class=\"admonition-title\""));
                }
            }
            if (!hasTitle) {
                cmark_node *title = custom(div, "<p class=\"admonition-title\">", "</p>");
                QString label = kind;
                label[0] = label[0].toUpper();
                text(title, label);
            }
            for (const RstNode &child : node.children) {
                if (child.kind != Kind::Title) {
                    block(child, div, sectionDepth);
                }
            }
            break;
        }
        case Kind::Topic:
            if (node.name() == QLatin1String("contents")) {
                contents(node, parent);
                break;
            }
            container(node, parent, "aside", QStringLiteral("class=\"topic\""), sectionDepth);
            break;
        case Kind::Sidebar:
            container(node, parent, "aside", QStringLiteral("class=\"sidebar\""), sectionDepth);
            break;
        case Kind::Compound:
            container(node, parent, "div", QStringLiteral("class=\"compound\""), sectionDepth);
            break;
        case Kind::Container:
            container(
                node, parent, "div",
                QStringLiteral("class=\"container %1\"").arg(safeToken(node.attribute(QStringLiteral("classes")))),
                sectionDepth);
            break;
        case Kind::Image:
        case Kind::Reference: {
            cmark_node *p = custom(parent, open("p", node, QStringLiteral("class=\"image\"")), close("p"));
            inlineNode(node, p);
            break;
        }
        case Kind::Figure: {
            cmark_node *figure = custom(parent, open("figure", node), close("figure"));
            for (const RstNode &child : node.children) {
                if (child.kind == Kind::Image || child.kind == Kind::Reference) {
                    inlineNode(child, figure);
                } else if (child.kind == Kind::Caption) {
                    textBlock(child, figure, "figcaption");
                } else if (child.kind == Kind::Legend) {
                    container(child, figure, "div", QStringLiteral("class=\"legend\""), sectionDepth);
                }
            }
            break;
        }
        case Kind::SphinxDirective:
            sphinxDirective(node, parent, sectionDepth);
            break;
        default:
            // Comments, substitution definitions and pending nodes render nothing.
            break;
        }
    }

    void container(const RstNode &node, cmark_node *parent, const char *tag, QStringView attributes, int sectionDepth)
    {
        cmark_node *element = custom(parent, open(tag, node, attributes), close(tag));
        blocks(node, element, sectionDepth);
    }

    void sphinxDirective(const RstNode &node, cmark_node *parent, int sectionDepth)
    {
        const QString name = node.name();
        const QString arguments = node.attribute(QStringLiteral("arguments"));
        if (name == QLatin1String("versionadded") || name == QLatin1String("versionchanged") ||
            name == QLatin1String("deprecated") || name == QLatin1String("versionremoved")) {
            static const QHash<QString, QString> labels = {
                {QStringLiteral("versionadded"), QStringLiteral("New in version %1")},
                {QStringLiteral("versionchanged"), QStringLiteral("Changed in version %1")},
                {QStringLiteral("deprecated"), QStringLiteral("Deprecated since version %1")},
                {QStringLiteral("versionremoved"), QStringLiteral("Removed in version %1")}};
            cmark_node *div = custom(parent, open("div", node, QStringLiteral("class=\"%1\"").arg(name)), close("div"));
            cmark_node *label = custom(div, "<p><span class=\"versionmodified\">", "</span></p>");
            text(label, QString(labels.value(name).arg(arguments.section(QLatin1Char(' '), 0, 0)) + QLatin1Char(':')));
            blocks(node, div, sectionDepth);
            return;
        }
        if (name == QLatin1String("todo") || name == QLatin1String("seealso")) {
            cmark_node *div =
                custom(parent, open("div", node, QStringLiteral("class=\"admonition %1\"").arg(name)), close("div"));
            cmark_node *title = custom(div, open("p", node, QStringLiteral("class=\"admonition-title\"")), close("p"));
            text(title, name == QLatin1String("todo") ? QStringLiteral("Todo") : QStringLiteral("See also"));
            blocks(node, div, sectionDepth);
            return;
        }
        if (name == QLatin1String("centered")) {
            cmark_node *p = custom(parent, open("p", node, QStringLiteral("class=\"centered\"")), close("p"));
            cmark_node *strong = newNode(CMARK_NODE_STRONG);
            cmark_node_append_child(p, strong);
            text(strong, arguments);
            return;
        }
        if (name == QLatin1String("literalinclude") || name == QLatin1String("glossary")) {
            cmark_node *div =
                custom(parent, open("div", node, QStringLiteral("class=\"sphinx-notice\"")), close("div"));
            cmark_node *p = custom(div, "<p>", "</p>");
            if (name == QLatin1String("literalinclude")) {
                text(p, QStringLiteral("Included from "));
                code(p, arguments);
                text(p, QStringLiteral(" when the documentation is built."));
            } else {
                text(p, QStringLiteral("Glossary"));
                codeBlock(div, node.text, QString());
            }
            return;
        }
        // Content-bearing directives (only, hlist, tab …) show their content; the rest (toctree,
        // index, highlight …) only matter to a Sphinx build and render nothing.
        if (!node.children.empty()) {
            container(node, parent, "div", QStringLiteral("class=\"%1\"").arg(safeToken(name)), sectionDepth);
        }
    }

    void contents(const RstNode &node, cmark_node *parent)
    {
        cmark_node *nav = custom(parent, open("nav", node, QStringLiteral("class=\"contents\"")), close("nav"));
        for (const RstNode &child : node.children) {
            if (child.kind == Kind::Title) {
                textBlock(child, nav, "p", QStringLiteral("class=\"topic-title\""));
            }
        }
        bool ok = false;
        int depth = node.attribute(QStringLiteral("depth")).toInt(&ok);
        if (!ok || depth <= 0) {
            depth = 100;
        }
        // The sections that follow the directive at the top level of the document.
        std::function<void(const RstNode &, cmark_node *, int)> list = [&](const RstNode &section, cmark_node *into,
                                                                           int level) {
            if (level > depth) {
                return;
            }
            cmark_node *ul = nullptr;
            for (const RstNode &child : section.children) {
                if (child.kind != Kind::Section) {
                    continue;
                }
                if (!ul) {
                    ul = custom(into, open("ul", node), close("ul"));
                }
                cmark_node *li = custom(ul, open("li", child), close("li"));
                cmark_node *p = custom(li, open("p", child), close("p"));
                cmark_node *link = newNode(CMARK_NODE_LINK);
                setUrl(link, QString(QLatin1Char('#') + m_sectionIds.value(&child)));
                cmark_node_append_child(p, link);
                text(link, child.children.empty() ? QString() : child.children.front().plainText());
                list(child, li, level + 1);
            }
        };
        const RstNode &root = m_document.root();
        const RstNode *scope = &root;
        if (root.children.size() == 1 && root.children.front().kind == Kind::Section) {
            scope = &root.children.front(); // the document title's section
        }
        list(*scope, nav, 1);
    }

    // --- Tables ------------------------------------------------------------------------------------------

    void table(const RstNode &node, cmark_node *parent, int sectionDepth)
    {
        const RstNode *group = nullptr;
        const RstNode *title = nullptr;
        for (const RstNode &child : node.children) {
            if (child.kind == Kind::TableGroup) {
                group = &child;
            } else if (child.kind == Kind::Title) {
                title = &child;
            }
        }
        if (!group) {
            return;
        }
        const int columns = group->attribute(QStringLiteral("cols")).toInt();
        bool simple = columns > 0 && tableExtension();
        std::vector<std::pair<const RstNode *, bool>> rows; // row, header
        for (const RstNode &part : group->children) {
            if (part.kind == Kind::TableHead || part.kind == Kind::TableBody) {
                for (const RstNode &row : part.children) {
                    rows.emplace_back(&row, part.kind == Kind::TableHead);
                    if (int(row.children.size()) != columns) {
                        simple = false;
                    }
                    for (const RstNode &entry : row.children) {
                        if (entry.hasAttribute(QStringLiteral("morecols")) ||
                            entry.hasAttribute(QStringLiteral("morerows")) || entry.children.size() > 1 ||
                            (entry.children.size() == 1 && entry.children.front().kind != Kind::Paragraph)) {
                            simple = false;
                        }
                    }
                }
            }
        }
        cmark_node *wrapper = custom(parent, open("div", node, QStringLiteral("class=\"table\"")), close("div"));
        if (title) {
            textBlock(*title, wrapper, "p", QStringLiteral("class=\"table-title\""));
        }
        if (simple && !rows.empty() && rows.front().second && (rows.size() < 2 || !rows[1].second)) {
            if (cmark_node *gfm = gfmTable(rows, columns)) {
                cmark_node_append_child(wrapper, gfm);
                return;
            }
        }
        // Spanning cells or block content: an HTML table of our own.
        cmark_node *html = custom(wrapper, "<table>", "</table>");
        cmark_node *section = nullptr;
        bool inHead = false;
        for (const auto &[row, header] : rows) {
            if (!section || header != inHead) {
                section = custom(html, header ? "<thead>" : "<tbody>", header ? "</thead>" : "</tbody>");
                inHead = header;
            }
            cmark_node *tr = custom(section, "<tr>", "</tr>");
            for (const RstNode &entry : row->children) {
                QString attributes;
                const int moreColumns = entry.attribute(QStringLiteral("morecols")).toInt();
                const int moreRows = entry.attribute(QStringLiteral("morerows")).toInt();
                if (moreColumns > 0) {
                    attributes += QStringLiteral(" colspan=\"%1\"").arg(moreColumns + 1);
                }
                if (moreRows > 0) {
                    attributes += QStringLiteral(" rowspan=\"%1\"").arg(moreRows + 1);
                }
                const char *tag = header ? "th" : "td";
                cmark_node *cell = custom(
                    tr, QString(QLatin1Char('<') + QLatin1String(tag) + attributes + QLatin1Char('>')), close(tag));
                blocks(entry, cell, sectionDepth);
            }
        }
    }

    // A GFM table (the table extension renders it) when every cell is a single paragraph of plain
    // inline content and the first row alone is the header; nullptr otherwise. The skeleton comes
    // from cmark-gfm's own parser, so the extension's node data is set up as it expects.
    cmark_node *gfmTable(const std::vector<std::pair<const RstNode *, bool>> &rows, int columns)
    {
        // Counters the inline pass advances; restored if the GFM path is abandoned.
        const int anonymous = m_anonymousIndex;
        const int autoReferences = m_autoReferenceIndex;
        const int symbolReferences = m_symbolReferenceIndex;
        QByteArray markdown;
        const QByteArray row = QByteArray("| x ").repeated(columns) + "|\n";
        markdown += row + QByteArray("| --- ").repeated(columns) + "|\n";
        for (size_t r = 1; r < rows.size(); ++r) {
            markdown += row;
        }
        cmark_parser *parser = cmark_parser_new_with_mem(CMARK_OPT_DEFAULT, m_mem);
        cmark_parser_attach_syntax_extension(parser, tableExtension());
        cmark_parser_feed(parser, markdown.constData(), size_t(markdown.size()));
        cmark_node *document = cmark_parser_finish(parser);
        cmark_parser_free(parser);
        cmark_node *table = cmark_node_first_child(document);
        bool ok = table && cmark_node_get_type(table) == CMARK_NODE_TABLE;
        cmark_node *tr = ok ? cmark_node_first_child(table) : nullptr;
        for (size_t r = 0; ok && r < rows.size(); ++r, tr = cmark_node_next(tr)) {
            ok = tr != nullptr;
            cmark_node *cell = ok ? cmark_node_first_child(tr) : nullptr;
            for (const RstNode &entry : ok ? rows[r].first->children : RstNode::Children()) {
                if (!cell) {
                    ok = false;
                    break;
                }
                while (cmark_node *placeholder = cmark_node_first_child(cell)) {
                    cmark_node_free(placeholder);
                }
                // Build the inlines aside first: a cell only takes plain inline node types.
                cmark_node *holder = newNode(CMARK_NODE_CUSTOM_BLOCK);
                if (!entry.children.empty()) {
                    inlines(entry.children.front(), holder);
                }
                while (cmark_node *child = cmark_node_first_child(holder)) {
                    cmark_node_unlink(child);
                    if (!cmark_node_append_child(cell, child)) {
                        cmark_node_free(child);
                        ok = false;
                    }
                }
                cmark_node_free(holder);
                cell = cmark_node_next(cell);
            }
        }
        if (ok) {
            cmark_node_unlink(table);
        } else {
            m_anonymousIndex = anonymous;
            m_autoReferenceIndex = autoReferences;
            m_symbolReferenceIndex = symbolReferences;
        }
        cmark_node_free(document);
        return ok ? table : nullptr;
    }

    // --- Inlines -------------------------------------------------------------------------------------------

    void inlines(const RstNode &node, cmark_node *parent)
    {
        prefetchChildren(node);
        for (const RstNode &child : node.children) {
            inlineNode(child, parent);
        }
    }

    void link(cmark_node *parent, const QString &url, const QString &label, const RstNode *content = nullptr)
    {
        if (!isSafeUrl(url)) {
            cmark_node *span = custom(parent, "<span class=\"dropped-link\">", "</span>", false);
            if (content) {
                inlines(*content, span);
            } else {
                text(span, label);
            }
            return;
        }
        cmark_node *node = newNode(CMARK_NODE_LINK);
        setUrl(node, url);
        cmark_node_append_child(parent, node);
        if (content && !content->children.empty()) {
            inlines(*content, node);
        } else {
            text(node, label);
        }
    }

    void image(const RstNode &node, cmark_node *parent)
    {
        const QString uri = node.attribute(QStringLiteral("uri"));
        const QString alt =
            node.attribute(QStringLiteral("alt")).isEmpty() ? uri : node.attribute(QStringLiteral("alt"));
        const QString source = !isSafeUrl(uri) ? QString() : m_imageSource ? m_imageSource(uri) : uri;
        if (source.isEmpty()) {
            cmark_node *span = custom(parent, "<span class=\"dropped-image\">", "</span>", false);
            text(span, alt);
            return;
        }
        cmark_node *img = newNode(CMARK_NODE_IMAGE);
        setUrl(img, source);
        cmark_node_append_child(parent, img);
        text(img, alt);
    }

    void inlineNode(const RstNode &node, cmark_node *parent)
    {
        switch (node.kind) {
        case Kind::Text:
            text(parent, node.text);
            break;
        case Kind::Emphasis:
        case Kind::Strong: {
            cmark_node *element = newNode(node.kind == Kind::Emphasis ? CMARK_NODE_EMPH : CMARK_NODE_STRONG);
            cmark_node_append_child(parent, element);
            inlines(node, element);
            break;
        }
        case Kind::Literal:
            code(parent, node.text);
            break;
        case Kind::InterpretedText:
            role(node, parent);
            break;
        case Kind::Reference: {
            if (node.kind == Kind::Reference && !node.children.empty() && node.children.front().kind == Kind::Image) {
                // A linked image (image directive with :target:).
                QString url = node.attribute(QStringLiteral("refuri"));
                if (url.isEmpty()) {
                    url = resolve(node.attribute(QStringLiteral("refname")));
                }
                if (!isSafeUrl(url)) {
                    image(node.children.front(), parent);
                    break;
                }
                cmark_node *a = newNode(CMARK_NODE_LINK);
                setUrl(a, url);
                cmark_node_append_child(parent, a);
                image(node.children.front(), a);
                break;
            }
            QString url;
            if (node.hasAttribute(QStringLiteral("refuri"))) {
                url = node.attribute(QStringLiteral("refuri"));
            } else if (node.hasAttribute(QStringLiteral("anonymous"))) {
                url = m_anonymousTargets.value(m_anonymousIndex++);
            } else {
                url = resolve(node.attribute(QStringLiteral("refname")));
            }
            if (url.isEmpty()) {
                cmark_node *span = custom(parent, "<span class=\"unresolved\">", "</span>", false);
                text(span, node.text);
                break;
            }
            link(parent, url, node.text);
            break;
        }
        case Kind::InlineTarget: {
            const QString id = m_inlineTargetIds.value(&node, HtmlRenderer::makeId(node.name()));
            cmark_node *span =
                custom(parent, QStringLiteral("<span id=\"%1\">").arg(escapeAttribute(id)), "</span>", false);
            text(span, node.text);
            break;
        }
        case Kind::FootnoteReference:
        case Kind::CitationReference: {
            QString label = node.text;
            if (node.kind == Kind::FootnoteReference) {
                if (node.attribute(QStringLiteral("auto")) == QLatin1String("*")) {
                    label = m_symbolFootnotes.value(m_symbolReferenceIndex++, QStringLiteral("*"));
                } else if (node.hasAttribute(QStringLiteral("auto"))) {
                    label = node.name().isEmpty() ? m_autoFootnotes.value(m_autoReferenceIndex++, QStringLiteral("#"))
                                                  : m_labelledFootnotes.value(node.name(), node.text);
                }
            }
            const QString prefix =
                node.kind == Kind::FootnoteReference ? QStringLiteral("footnote-") : QStringLiteral("citation-");
            cmark_node *sup = custom(parent,
                                     node.kind == Kind::FootnoteReference ? "<sup class=\"footnote-reference\">"
                                                                          : "<span class=\"citation-reference\">",
                                     node.kind == Kind::FootnoteReference ? "</sup>" : "</span>", false);
            QString target = node.name().isEmpty() ? QString() : resolve(node.name());
            if (target.isEmpty() && m_labelIds.contains(label)) {
                target = QLatin1Char('#') + m_labelIds.value(label);
            }
            if (target.isEmpty()) {
                cmark_node *span = custom(sup, "<span class=\"unresolved\">", "</span>", false);
                text(span, QString(QLatin1Char('[') + label + QLatin1Char(']')));
                break;
            }
            link(sup, target, QLatin1Char('[') + label + QLatin1Char(']'));
            break;
        }
        case Kind::SubstitutionReference: {
            const RstNode *definition = m_substitutions.value(node.name().toLower());
            if (!definition || m_substitutionDepth > 8) {
                cmark_node *span = custom(parent, "<span class=\"problematic\">", "</span>", false);
                text(span, QString(QLatin1Char('|') + node.text + QLatin1Char('|')));
                break;
            }
            ++m_substitutionDepth;
            cmark_node *into = parent;
            if (node.hasAttribute(QStringLiteral("refname"))) {
                // "|name|_": the substitution's content links to the target "name".
                const QString url = resolve(node.attribute(QStringLiteral("refname")));
                if (isSafeUrl(url)) {
                    into = newNode(CMARK_NODE_LINK);
                    setUrl(into, url);
                    cmark_node_append_child(parent, into);
                }
            }
            for (const RstNode &child : definition->children) {
                if (child.kind == Kind::Image || child.kind == Kind::Reference || child.isInline()) {
                    inlineNode(child, into);
                }
            }
            --m_substitutionDepth;
            break;
        }
        case Kind::Problematic: {
            cmark_node *span = custom(parent, "<span class=\"problematic\">", "</span>", false);
            text(span, node.text);
            break;
        }
        case Kind::Image:
            image(node, parent);
            break;
        default:
            inlines(node, parent);
            break;
        }
    }

    void role(const RstNode &node, cmark_node *parent)
    {
        const QString name = node.name();
        auto wrap = [&](const char *tag, const char *attributes = "") {
            const std::string enter = std::string("<") + tag + attributes + '>';
            cmark_node *element = custom(parent, enter.c_str(), close(tag), false);
            text(element, node.text);
        };
        if (name == QLatin1String("emphasis")) {
            cmark_node *emph = newNode(CMARK_NODE_EMPH);
            cmark_node_append_child(parent, emph);
            text(emph, node.text);
        } else if (name == QLatin1String("strong")) {
            cmark_node *strong = newNode(CMARK_NODE_STRONG);
            cmark_node_append_child(parent, strong);
            text(strong, node.text);
        } else if (name == QLatin1String("literal") || name == QLatin1String("code")) {
            code(parent, node.text);
        } else if (name == QLatin1String("subscript") || name == QLatin1String("sub")) {
            wrap("sub");
        } else if (name == QLatin1String("superscript") || name == QLatin1String("sup")) {
            wrap("sup");
        } else if (name == QLatin1String("title-reference") || name == QLatin1String("title") ||
                   name == QLatin1String("t")) {
            wrap("cite");
        } else if (name == QLatin1String("abbreviation") || name == QLatin1String("ab") ||
                   name == QLatin1String("abbr")) {
            // ":abbr:`LIFO (last-in, first-out)`": the explanation becomes the title attribute.
            const int open = int(node.text.indexOf(QLatin1Char('(')));
            if (name == QLatin1String("abbr") && open > 0 && node.text.endsWith(QLatin1Char(')'))) {
                cmark_node *abbr =
                    custom(parent,
                           QStringLiteral("<abbr title=\"%1\">")
                               .arg(escapeAttribute(node.text.mid(open + 1, node.text.size() - open - 2))),
                           "</abbr>", false);
                text(abbr, node.text.left(open).trimmed());
            } else {
                wrap("abbr");
            }
        } else if (name == QLatin1String("acronym") || name == QLatin1String("ac")) {
            wrap("abbr");
        } else if (name == QLatin1String("rfc") || name == QLatin1String("rfc-reference")) {
            const QString number = node.text.section(QLatin1Char('#'), 0, 0).trimmed();
            link(parent, QStringLiteral("https://www.rfc-editor.org/rfc/rfc%1").arg(number.toInt()),
                 QStringLiteral("RFC %1").arg(number));
        } else if (name == QLatin1String("pep") || name == QLatin1String("pep-reference")) {
            const QString number = node.text.section(QLatin1Char('#'), 0, 0).trimmed();
            link(parent, QStringLiteral("https://peps.python.org/pep-%1/").arg(number.toInt(), 4, 10, QLatin1Char('0')),
                 QStringLiteral("PEP %1").arg(number));
        } else if (name == QLatin1String("math")) {
            wrap("span", " class=\"math\"");
        } else if (name == QLatin1String("doc") || name == QLatin1String("ref") || name == QLatin1String("term") ||
                   name == QLatin1String("numref") || name == QLatin1String("any")) {
            // Cross-references resolve in the Sphinx build; show the label, or the title for "Title <label>".
            QString label = node.text;
            const int open = int(label.lastIndexOf(QLatin1Char('<')));
            if (open > 0 && label.endsWith(QLatin1Char('>'))) {
                label = label.left(open).trimmed();
            }
            cmark_node *span =
                custom(parent, QStringLiteral("<span class=\"xref %1\">").arg(safeToken(name)), "</span>", false);
            text(span, label);
        } else {
            // command, file, option, class, func …: code-like Sphinx roles.
            cmark_node *element =
                custom(parent, QStringLiteral("<code class=\"role-%1\">").arg(safeToken(name)), "</code>", false);
            text(element, node.text);
        }
    }

    const RstDocument &m_document;
    const bool m_prefetch; ///< ask for the children's memory before walking them (prefetchChildren)
    const HtmlRenderer::ImageSource m_imageSource;
    CmarkArena m_arena;
    cmark_mem *m_mem = m_arena.mem();
    cmark_node *m_pendingRoot = nullptr;
    int m_pendingBlocks = 0;
    cmark_llist *m_extensions = nullptr;
    QByteArray m_out;
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringConverter::Flag::Stateless};
    std::string m_text;
    std::string m_open;
    std::string m_close;
    std::string m_attributes;
    QSet<QString> m_usedIds;
    QHash<QString, int> m_idCounters;
    QHash<const RstNode *, QString> m_sectionIds;
    QHash<const RstNode *, QString> m_targetIds;
    QHash<const RstNode *, std::pair<QString, QString>> m_footnoteIds;
    QHash<QString, QString> m_nameTargets;
    QHash<QString, QString> m_labelIds;
    QHash<const RstNode *, QString> m_inlineTargetIds;
    QList<const RstMessage *> m_pendingMessages;
    QHash<QString, QString> m_indirect;
    QHash<QString, const RstNode *> m_substitutions;
    QStringList m_anonymousTargets;
    int m_anonymousIndex = 0;
    QSet<QString> m_manualFootnotes;
    QStringList m_autoFootnotes;
    QHash<QString, QString> m_labelledFootnotes;
    QStringList m_symbolFootnotes;
    int m_autoNumber = 0;
    int m_autoReferenceIndex = 0;
    int m_symbolReferenceIndex = 0;
    int m_substitutionDepth = 0;
};

} // namespace

QByteArray HtmlRenderer::renderBodyUtf8(const RstDocument &document, const ImageSource &imageSource)
{
    return CmarkBuilder(document, imageSource).render();
}

QString HtmlRenderer::renderBody(const RstDocument &document, const ImageSource &imageSource)
{
    return QString::fromUtf8(renderBodyUtf8(document, imageSource));
}

QString HtmlRenderer::renderPage(const RstDocument &document, const QString &fallbackTitle, const QString &specPath)
{
    const QString title = documentTitle(document);
    ImageEmbedder embedder(specPath);
    const QString body = renderBody(document, [&embedder](const QString &uri) { return embedder.source(uri); });
    return standalonePage(body, title.isEmpty() ? fallbackTitle : title, defaultStyleSheet());
}

QString HtmlRenderer::defaultStyleSheet()
{
    QFile file(QStringLiteral(":/specwright/preview/preview.css"));
    QString css = file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    if (const CodeHighlighter *highlighter = PluginManager::codeHighlighter()) {
        css += highlighter->styleSheet();
    }
    return css;
}

QString HtmlRenderer::documentTitle(const RstDocument &document)
{
    for (const RstNode &child : document.root().children) {
        if (child.kind == Kind::Section && !child.children.empty()) {
            return child.children.front().plainText();
        }
    }
    return {};
}

QString HtmlRenderer::standalonePage(const QString &bodyHtml, const QString &title, const QString &css,
                                     PageImages images)
{
    const QLatin1String imageSources =
        images == PageImages::LocalFiles ? QLatin1String("img-src file: data:") : QLatin1String("img-src data:");
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                          "style-src 'unsafe-inline'; %1\">\n"
                          "<title>%2</title>\n<style>\n%3</style>\n</head>\n<body>\n<main class=\"document\">\n%4"
                          "</main>\n</body>\n</html>\n")
        .arg(imageSources, escapeAttribute(title), css, bodyHtml);
}

QString HtmlRenderer::makeId(const QString &text)
{
    return RstText::makeId(text);
}

} // namespace Specwright::Core
