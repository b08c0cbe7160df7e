// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownexporter.h"

#include <QStringList>
#include <cmark-gfm.h>

namespace Specwright::Plugins {

namespace {

using Core::RstNode;
using Kind = RstNode::Kind;

class MarkdownBuilder
{
public:
    explicit MarkdownBuilder(const Core::RstDocument &document)
        : m_document(document)
    {
    }

    cmark_node *build()
    {
        cmark_node *root = cmark_node_new(CMARK_NODE_DOCUMENT);
        blocks(m_document.root(), root, 1);
        return root;
    }

private:
    static cmark_node *add(cmark_node *parent, cmark_node_type type)
    {
        cmark_node *node = cmark_node_new(type);
        if (!cmark_node_append_child(parent, node)) {
            cmark_node_free(node);
            return nullptr;
        }
        return node;
    }

    static void text(cmark_node *parent, const QString &content)
    {
        if (!content.isEmpty()) {
            if (cmark_node *node = add(parent, CMARK_NODE_TEXT)) {
                cmark_node_set_literal(node, content.toUtf8().constData());
            }
        }
    }

    static void codeBlock(cmark_node *parent, const QString &content, const QString &language)
    {
        if (cmark_node *node = add(parent, CMARK_NODE_CODE_BLOCK)) {
            cmark_node_set_literal(node, (content + QLatin1Char('\n')).toUtf8().constData());
            cmark_node_set_fenced(node, 1, 3, 0, '`');
            if (!language.isEmpty()) {
                cmark_node_set_fence_info(node, language.toUtf8().constData());
            }
        }
    }

    cmark_node *paragraph(cmark_node *parent, const RstNode &node)
    {
        cmark_node *p = add(parent, CMARK_NODE_PARAGRAPH);
        if (p) {
            inlines(node, p);
        }
        return p;
    }

    void blocks(const RstNode &node, cmark_node *parent, int level)
    {
        for (const RstNode &child : node.children) {
            block(child, parent, level);
        }
    }

    void block(const RstNode &node, cmark_node *parent, int level)
    {
        switch (node.kind) {
        case Kind::Section:
            for (const RstNode &child : node.children) {
                if (child.kind == Kind::Title) {
                    if (cmark_node *heading = add(parent, CMARK_NODE_HEADING)) {
                        cmark_node_set_heading_level(heading, qMin(level, 6));
                        inlines(child, heading);
                    }
                } else {
                    block(child, parent, level + 1);
                }
            }
            break;
        case Kind::Paragraph:
        case Kind::Line:
            paragraph(parent, node);
            break;
        case Kind::BulletList:
        case Kind::EnumeratedList:
            if (cmark_node *list = add(parent, CMARK_NODE_LIST)) {
                const bool ordered = node.kind == Kind::EnumeratedList;
                cmark_node_set_list_type(list, ordered ? CMARK_ORDERED_LIST : CMARK_BULLET_LIST);
                cmark_node_set_list_tight(list, 1);
                if (ordered) {
                    cmark_node_set_list_start(list, qMax(1, node.attribute(QStringLiteral("start")).toInt()));
                }
                for (const RstNode &item : node.children) {
                    if (cmark_node *entry = add(list, CMARK_NODE_ITEM)) {
                        blocks(item, entry, level);
                    }
                }
            }
            break;
        case Kind::DefinitionList:
            for (const RstNode &item : node.children) {
                cmark_node *term = nullptr;
                for (const RstNode &part : item.children) {
                    if (part.kind == Kind::Term) {
                        term = add(parent, CMARK_NODE_PARAGRAPH);
                        if (term) {
                            inlines(part, add(term, CMARK_NODE_STRONG));
                        }
                    } else if (part.kind == Kind::Definition) {
                        if (cmark_node *quote = add(parent, CMARK_NODE_BLOCK_QUOTE)) {
                            blocks(part, quote, level);
                        }
                    }
                }
            }
            break;
        case Kind::FieldList:
            if (cmark_node *list = add(parent, CMARK_NODE_LIST)) {
                cmark_node_set_list_type(list, CMARK_BULLET_LIST);
                for (const RstNode &field : node.children) {
                    cmark_node *item = add(list, CMARK_NODE_ITEM);
                    for (const RstNode &part : field.children) {
                        if (part.kind == Kind::FieldName && item) {
                            cmark_node *name = add(add(item, CMARK_NODE_PARAGRAPH), CMARK_NODE_STRONG);
                            inlines(part, name);
                            text(name, QStringLiteral(":"));
                        } else if (item) {
                            blocks(part, item, level);
                        }
                    }
                }
            }
            break;
        case Kind::LiteralBlock:
        case Kind::DoctestBlock:
            codeBlock(parent, node.text,
                      node.kind == Kind::DoctestBlock ? QStringLiteral("pycon")
                                                      : node.attribute(QStringLiteral("language")));
            break;
        case Kind::BlockQuote:
        case Kind::LineBlock:
            if (cmark_node *quote = add(parent, CMARK_NODE_BLOCK_QUOTE)) {
                blocks(node, quote, level);
            }
            break;
        case Kind::Attribution:
            if (cmark_node *p = add(parent, CMARK_NODE_PARAGRAPH)) {
                text(p, QStringLiteral("\u2014 "));
                inlines(node, p);
            }
            break;
        case Kind::Admonition:
            // A quote led by the admonition's name: readable everywhere Markdown is.
            if (cmark_node *quote = add(parent, CMARK_NODE_BLOCK_QUOTE)) {
                QString name = node.name().isEmpty() ? QStringLiteral("Note") : node.name();
                name[0] = name[0].toUpper();
                text(add(add(quote, CMARK_NODE_PARAGRAPH), CMARK_NODE_STRONG), name);
                blocks(node, quote, level);
            }
            break;
        case Kind::Title: // an admonition's or topic's own title
            if (cmark_node *p = add(parent, CMARK_NODE_PARAGRAPH)) {
                inlines(node, add(p, CMARK_NODE_STRONG));
            }
            break;
        case Kind::Table: {
            // Markdown tables cannot hold spans or blocks: the table as written, monospaced.
            QStringList source;
            for (int line = node.range.startLine; line <= node.range.endLine && line < m_document.lineCount(); ++line) {
                source.append(m_document.line(line).toString());
            }
            while (!source.isEmpty() && source.constLast().trimmed().isEmpty()) {
                source.removeLast();
            }
            codeBlock(parent, source.join(QLatin1Char('\n')), QString());
            break;
        }
        case Kind::Transition:
            add(parent, CMARK_NODE_THEMATIC_BREAK);
            break;
        case Kind::Image:
        case Kind::Reference:
            if (cmark_node *p = add(parent, CMARK_NODE_PARAGRAPH)) {
                inlineNode(node, p);
            }
            break;
        case Kind::Footnote:
        case Kind::Citation: {
            cmark_node *p = add(parent, CMARK_NODE_PARAGRAPH);
            for (const RstNode &child : node.children) {
                if (child.kind == Kind::Label && p) {
                    text(p, QLatin1Char('[') + child.plainText() + QStringLiteral("] "));
                } else if (child.kind == Kind::Paragraph && p) {
                    inlines(child, p);
                    p = nullptr; // later paragraphs stand alone
                } else {
                    block(child, parent, level);
                }
            }
            break;
        }
        case Kind::Topic:
            if (node.name() != QLatin1String("contents")) { // a table of contents means nothing in a chat
                blocks(node, parent, level);
            }
            break;
        case Kind::Sidebar:
        case Kind::Compound:
        case Kind::Container:
        case Kind::Figure:
        case Kind::Legend:
        case Kind::Caption:
        case Kind::SphinxDirective:
            blocks(node, parent, level);
            break;
        default:
            // Comments, targets, substitution definitions, raw content: nothing to show.
            break;
        }
    }

    void inlines(const RstNode &node, cmark_node *parent)
    {
        if (!parent) {
            return;
        }
        for (const RstNode &child : node.children) {
            inlineNode(child, parent);
        }
    }

    void inlineNode(const RstNode &node, cmark_node *parent)
    {
        switch (node.kind) {
        case Kind::Text:
            text(parent, node.text);
            break;
        case Kind::Emphasis:
            inlines(node, add(parent, CMARK_NODE_EMPH));
            break;
        case Kind::Strong:
            inlines(node, add(parent, CMARK_NODE_STRONG));
            break;
        case Kind::Literal:
        case Kind::InterpretedText:
            if (cmark_node *code = add(parent, CMARK_NODE_CODE)) {
                cmark_node_set_literal(code, node.text.toUtf8().constData());
            }
            break;
        case Kind::Reference: {
            const QString url = node.attribute(QStringLiteral("refuri"));
            if (url.startsWith(QLatin1String("http://")) || url.startsWith(QLatin1String("https://")) ||
                url.startsWith(QLatin1String("mailto:"))) {
                if (cmark_node *link = add(parent, CMARK_NODE_LINK)) {
                    cmark_node_set_url(link, url.toUtf8().constData());
                    if (node.children.empty()) {
                        text(link, node.text);
                    } else {
                        inlines(node, link);
                    }
                }
            } else {
                text(parent, node.children.empty() ? node.text : node.plainText());
            }
            break;
        }
        case Kind::Image:
            if (cmark_node *image = add(parent, CMARK_NODE_IMAGE)) {
                cmark_node_set_url(image, node.attribute(QStringLiteral("uri")).toUtf8().constData());
                text(image, node.attribute(QStringLiteral("alt")));
            }
            break;
        case Kind::FootnoteReference:
        case Kind::CitationReference:
            text(parent, QLatin1Char('[') + node.text + QLatin1Char(']'));
            break;
        default:
            text(parent, node.plainText());
            break;
        }
    }

    const Core::RstDocument &m_document;
};

} // namespace

QByteArray MarkdownExporter::exportDocument(const Core::RstDocument &document) const
{
    cmark_node *root = MarkdownBuilder(document).build();
    char *markdown = cmark_render_commonmark(root, CMARK_OPT_DEFAULT, 0);
    QByteArray result(markdown);
    free(markdown); // cmark's default allocator
    cmark_node_free(root);
    return result;
}

} // namespace Specwright::Plugins
