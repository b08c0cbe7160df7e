// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rsttreedump.h"

#include <QJsonDocument>
#include <QJsonValue>

namespace Specwright::Core {

namespace {

using Kind = RstNode::Kind;

QString jsonString(const QString &text)
{
    // Same escaping as Python's json.dumps(ensure_ascii=False).
    QString out = QStringLiteral("\"");
    for (QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QStringLiteral("\\\"");
            break;
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        case '\r':
            out += QStringLiteral("\\r");
            break;
        case '\t':
            out += QStringLiteral("\\t");
            break;
        case '\b':
            out += QStringLiteral("\\b");
            break;
        case '\f':
            out += QStringLiteral("\\f");
            break;
        default:
            if (c.unicode() < 0x20) {
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            } else {
                out += c;
            }
        }
    }
    return out + QLatin1Char('"');
}

QString docutilsName(const RstNode &node)
{
    switch (node.kind) {
    case Kind::Admonition:
        return node.name().isEmpty() ? QStringLiteral("admonition") : node.name();
    case Kind::Pending:
        return node.name() == QLatin1String("meta") ? QStringLiteral("meta") : QStringLiteral("pending");
    case Kind::LiteralBlock:
        return node.hasAttribute(QStringLiteral("math")) ? QStringLiteral("math_block")
                                                         : QStringLiteral("literal_block");
    default:
        return RstNode::kindName(node.kind);
    }
}

// Titles carry text when printed; plain text nodes inside them do not.
class CompareDump
{
public:
    CompareDump(const RstDocument &document, bool withLines, bool withTransformMessages)
        : m_document(document)
        , m_withLines(withLines)
        , m_withTransformMessages(withTransformMessages)
    {
    }

    QString run()
    {
        node(m_document.root(), 0, nullptr);
        m_out += QStringLiteral("#messages\n");
        for (const RstMessage &message : m_document.messages()) {
            if (message.fromTransform && !m_withTransformMessages) {
                continue;
            }
            m_out += RstMessage::severityName(message.severity) + QStringLiteral(" @") +
                     QString::number(message.range.startLine + 1) + QLatin1Char(' ') +
                     message.text.section(QLatin1Char('\n'), 0, 0) + QLatin1Char('\n');
        }
        return m_out;
    }

private:
    // The line after which docutils' state machine stopped reading a construct that ends at
    // (0-based) \a lastLine: it reads the blank lines that follow too.
    int lastLineRead(int lastLine) const
    {
        const int lineCount = int(m_document.lineCount());
        int k = lastLine + 1;
        while (k < lineCount && m_document.line(k).isEmpty()) {
            ++k;
        }
        if (k >= lineCount) {
            return lineCount;
        }
        return k == lastLine + 1 ? lastLine + 1 : k;
    }

    int line(const RstNode &node, const RstNode *parent) const
    {
        const bool topLevel = parent && (parent->kind == Kind::Document || parent->kind == Kind::Section);
        switch (node.kind) {
        case Kind::Section:
            return node.children.empty() ? -1 : node.children.front().range.startLine + 2;
        case Kind::Title:
            if (parent && parent->kind == Kind::Table) {
                return node.range.startLine + 1;
            }
            return parent && parent->kind == Kind::Section ? node.range.startLine + 2 : -1;
        case Kind::Paragraph:
        case Kind::ListItem:
        case Kind::Field:
        case Kind::Footnote:
        case Kind::Citation:
        case Kind::DefinitionListItem:
        case Kind::Term:
        case Kind::Definition:
        case Kind::Transition:
        case Kind::BlockQuote:
        case Kind::Admonition:
        case Kind::Raw:
        case Kind::SphinxDirective:
        case Kind::Attribution:
        case Kind::Line:
        case Kind::LineBlock:
        case Kind::Topic:
        case Kind::Figure:
        case Kind::OptionList:
            return node.range.startLine + 1;
        case Kind::FieldList:
            return topLevel ? node.range.startLine + 1 : -1; // docutils sets none; it gets one at the top only
        case Kind::Rubric:
            // docutils' rubric takes the line its state machine last read, and only at the top and
            // without options (seen with 0.21; its directive sets no line itself).
            return topLevel && node.attributes().isEmpty() ? lastLineRead(node.range.endLine) : -1;
        case Kind::Image:
            return parent && parent->kind == Kind::Figure ? -1 : node.range.startLine + 1;
        case Kind::BulletList:
        case Kind::DefinitionList:
            return node.children.empty() ? -1 : node.children.front().range.startLine + 1;
        case Kind::EnumeratedList:
            return topLevel && !node.children.empty() ? node.children.front().range.startLine + 1 : -1;
        case Kind::LiteralBlock:
            if (node.name().isEmpty()) {
                return node.range.startLine + 1;
            }
            if (!topLevel || node.attributes().size() > (node.hasAttribute(QStringLiteral("language")) ? 1 : 0)) {
                return -1;
            }
            return lastLineRead(node.range.endLine);
        case Kind::Comment:
            if (!topLevel) {
                return -1;
            }
            return node.text.isEmpty() ? node.range.startLine + 1 : lastLineRead(node.range.endLine);
        case Kind::DoctestBlock:
            return topLevel ? node.range.endLine + 1 : -1;
        case Kind::Target:
            return topLevel ? node.range.startLine + 1 : -1;
        case Kind::SubstitutionDefinition:
        case Kind::Pending:
            return topLevel ? lastLineRead(node.range.endLine) : -1;
        default:
            return -1;
        }
    }

    // Inline nodes are printed only where docutils would: directly in a body container.
    static bool isTextElement(const RstNode *node)
    {
        if (!node) {
            return false;
        }
        switch (node->kind) {
        case Kind::Paragraph:
        case Kind::Title:
        case Kind::Subtitle:
        case Kind::Term:
        case Kind::Classifier:
        case Kind::FieldName:
        case Kind::Line:
        case Kind::Attribution:
        case Kind::Rubric:
        case Kind::Caption:
        case Kind::LiteralBlock:
        case Kind::Label:
        case Kind::OptionString:
        case Kind::OptionArgument:
            return true;
        default:
            return node->isInline();
        }
    }

    void node(const RstNode &node, int depth, const RstNode *parent)
    {
        if (node.kind == Kind::Text || isTextElement(parent)) {
            return;
        }
        QString out(depth * 2, QLatin1Char(' '));
        out += docutilsName(node);
        switch (node.kind) {
        case Kind::BulletList:
            out += QStringLiteral(" bullet=") + node.attribute(QStringLiteral("bullet"));
            break;
        case Kind::EnumeratedList:
            out += QStringLiteral(" enumtype=") + node.attribute(QStringLiteral("enumtype"));
            if (node.hasAttribute(QStringLiteral("start"))) {
                out += QStringLiteral(" start=") + node.attribute(QStringLiteral("start"));
            }
            break;
        case Kind::SphinxDirective:
            out += QStringLiteral(" name=") + node.name();
            break;
        case Kind::Entry:
            if (node.hasAttribute(QStringLiteral("morecols"))) {
                out += QStringLiteral(" morecols=") + node.attribute(QStringLiteral("morecols"));
            }
            if (node.hasAttribute(QStringLiteral("morerows"))) {
                out += QStringLiteral(" morerows=") + node.attribute(QStringLiteral("morerows"));
            }
            break;
        case Kind::TableGroup:
            out += QStringLiteral(" cols=") + node.attribute(QStringLiteral("cols"));
            break;
        case Kind::Title:
        case Kind::Subtitle:
            out += QLatin1Char(' ') + jsonString(node.plainText());
            break;
        default:
            break;
        }
        if (m_withLines) {
            const int l = line(node, parent);
            if (l > 0) {
                out += QStringLiteral(" @") + QString::number(l);
            }
        }
        m_out += out + QLatin1Char('\n');
        if (node.kind == Kind::SubstitutionDefinition) {
            return;
        }
        for (const RstNode &child : node.children) {
            this->node(child, depth + 1, &node);
        }
    }

    const RstDocument &m_document;
    bool m_withLines;
    bool m_withTransformMessages = false;
    QString m_out;
};

void debugNode(const RstNode &node, int depth, QString &out)
{
    out += QString(depth * 2, QLatin1Char(' ')) + RstNode::kindName(node.kind);
    if (!node.name().isEmpty()) {
        out += QStringLiteral(" name=") + jsonString(node.name());
    }
    for (const auto &attribute : node.attributes()) {
        out += QLatin1Char(' ') + attribute.first + QLatin1Char('=') + jsonString(attribute.second);
    }
    if (!node.text.isEmpty() && (node.isInline() || node.kind == Kind::Title || node.kind == Kind::LiteralBlock)) {
        out += QLatin1Char(' ') + jsonString(node.text.left(60));
    }
    const SourceRange &r = node.range;
    out += QStringLiteral(" [%1:%2-%3:%4]\n")
               .arg(r.startLine + 1)
               .arg(r.startColumn + 1)
               .arg(r.endLine + 1)
               .arg(r.endColumn + 1);
    for (const RstNode &child : node.children) {
        debugNode(child, depth + 1, out);
    }
}

} // namespace

QString RstTreeDump::compare(const RstDocument &document, bool withLines, bool withTransformMessages)
{
    return CompareDump(document, withLines, withTransformMessages).run();
}

QString RstTreeDump::debug(const RstDocument &document)
{
    QString out;
    debugNode(document.root(), 0, out);
    for (const RstMessage &message : document.messages()) {
        out += QStringLiteral("%1 %2:%3: %4\n")
                   .arg(RstMessage::severityName(message.severity))
                   .arg(message.range.startLine + 1)
                   .arg(message.range.startColumn + 1)
                   .arg(message.text.section(QLatin1Char('\n'), 0, 0));
    }
    return out;
}

} // namespace Specwright::Core
