// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rstnodelist.h"

#include <QList>
#include <QPair>
#include <QSharedData>
#include <QString>

namespace Specwright::Core {

/**
 * A span of the source text. Lines and columns are 0-based; the end is
 * exclusive (endColumn is one past the last character on endLine). Columns
 * count UTF-16 code units of the line, as QString does.
 */
struct SourceRange
{
    int startLine = 0;
    int startColumn = 0;
    int endLine = 0;
    int endColumn = 0;

    bool operator==(const SourceRange &) const = default;
};

/**
 * One node of a parsed reStructuredText document, block or inline.
 *
 * Kinds and their names follow docutils' node classes (see kindName()), so
 * that the tree can be compared with docutils' own. A node is a plain value:
 * once the parser has built a tree it is never changed, and may be read from
 * any thread.
 */
struct RstNode
{
    enum class Kind : quint8 {
        // Structure
        Document,
        Section,
        Title,
        Transition,
        // Body elements
        Paragraph,
        BulletList,
        EnumeratedList,
        ListItem,
        DefinitionList,
        DefinitionListItem,
        Term,
        Classifier,
        Definition,
        FieldList,
        Field,
        FieldName,
        FieldBody,
        OptionList,
        OptionListItem,
        OptionGroup,
        Option,
        OptionString,
        OptionArgument,
        Description,
        LiteralBlock,
        LineBlock,
        Line,
        BlockQuote,
        Attribution,
        DoctestBlock,
        Table,
        TableGroup,
        ColumnSpec,
        TableHead,
        TableBody,
        Row,
        Entry,
        Footnote,
        Citation,
        Label,
        Target,
        SubstitutionDefinition,
        Comment,
        // Directive results
        Admonition, ///< note, warning, … (name() holds the directive), or a generic "admonition"
        Topic,
        Sidebar,
        Rubric,
        Image,
        Figure,
        Caption,
        Legend,
        Compound,
        Container,
        Raw,
        Pending,         ///< A directive docutils resolves later (contents, sectnum, …)
        SphinxDirective, ///< A Sphinx directive; name() holds the directive name
        Subtitle,
        // Inline
        Text,
        Emphasis,
        Strong,
        Literal,
        InterpretedText, ///< Interpreted text with a role (name()); a known role maps to its own rendering
        Reference,       ///< Hyperlink reference: uri() when embedded or standalone, name() otherwise
        InlineTarget,
        FootnoteReference,
        CitationReference,
        SubstitutionReference,
        Problematic,
    };

    using Attributes = QList<QPair<QString, QString>>;

    SourceRange range;

private:
    // Most nodes have neither name nor attributes: they live out of line, so that a node takes
    // 64 bytes instead of 120 (trees of big specs are tens of megabytes; less of them is faster).
    struct Extra : QSharedData
    {
        QString name;
        Attributes attributes;
    };
    QSharedDataPointer<Extra> m_extra;

public:
    /// Titles: the title text; literal and raw content; text nodes; directive argument.
    QString text;
    using Children = RstNodeList<RstNode>;
    /// The kind goes in the list's last 3 bytes, which it leaves free: see RstNodeList.
    [[no_unique_address]] Children children;
    Kind kind = Kind::Document;

    /// Directive, role, target, reference or substitution name (normalised where docutils does).
    const QString &name() const { return m_extra ? m_extra->name : s_noName; }
    void setName(const QString &name)
    {
        if (m_extra || !name.isEmpty()) {
            extra().name = name;
        }
    }
    /// Further attributes in source order (options, uri, enumtype, bullet, …).
    const Attributes &attributes() const { return m_extra ? m_extra->attributes : s_noAttributes; }
    Attributes &editAttributes() { return extra().attributes; }

    /**
     * Shares \a other's name and attributes instead of a copy of its own (bullet lists' "*" and the
     * like, which thousands of nodes of a big spec carry). Editing them later makes a copy.
     */
    void shareNameAndAttributes(const RstNode &other) { m_extra = other.m_extra; }
    /** Whether \a other's name and attributes equal this node's. */
    bool hasNameAndAttributesOf(const RstNode &other) const
    {
        return m_extra == other.m_extra || (name() == other.name() && attributes() == other.attributes());
    }

    QString attribute(const QString &key) const
    {
        for (const auto &pair : attributes()) {
            if (pair.first == key) {
                return pair.second;
            }
        }
        return {};
    }
    bool hasAttribute(const QString &key) const
    {
        for (const auto &pair : attributes()) {
            if (pair.first == key) {
                return true;
            }
        }
        return false;
    }
    bool isInline() const { return kind >= Kind::Text; }

    /** Asks the CPU for the memory reading this node will touch: its children, text and extra part. */
    void prefetchForReading() const
    {
        prefetch(children.data());
        prefetch(text.data_ptr().ptr);
        prefetch(m_extra.constData());
    }
    /** Asks the CPU for the memory destroying this node will touch: its text's and extra part's. */
    void prefetchForTeardown() const
    {
        prefetch(text.data_ptr().d);
        prefetch(m_extra.constData());
    }

    /** The text a reader sees: text and literal content of this node and its descendants, markup removed. */
    QString plainText() const;
    /** Whether plainText() is this node's own text rather than its children's. */
    bool hasOwnPlainText() const;
    /**
     * Calls \a visit with each piece of plainText(), in order, until it returns
     * false; returns false when it stopped early. Reads the text without
     * building it (a key from its first characters, say).
     */
    template<typename Visit>
    bool visitPlainText(Visit &&visit) const
    {
        if (hasOwnPlainText()) {
            return visit(QStringView(text));
        }
        for (const RstNode &child : children) {
            if (!child.visitPlainText(visit)) {
                return false;
            }
        }
        return true;
    }

    /** The docutils name of \a kind ("bullet_list", "literal_block", …). */
    static QString kindName(Kind kind);

private:
    Extra &extra()
    {
        if (!m_extra) {
            m_extra = new Extra;
        }
        return *m_extra; // detaches a copy's shared part
    }
    // Not for null: asking for an address nothing is mapped at can cost as much as a miss.
    static void prefetch(const void *address)
    {
        if (address) {
            __builtin_prefetch(address);
        }
    }
    static inline const QString s_noName;
    static inline const Attributes s_noAttributes;
};

} // namespace Specwright::Core
