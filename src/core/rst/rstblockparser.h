// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rstdirectivehost.h"
#include "rstdirectiveregistry.h"
#include "rstdocument.h"
#include "rstindentedblock.h"
#include "rstinlineparser.h"
#include "rstlines.h"
#include "rstmessage.h"
#include "rstnode.h"
#include "rsttableparser.h"
#include "rsttargettable.h"

#include <core/document/filereach.h>

#include <QHash>
#include <QSet>
#include <QStringList>

#include <atomic>
#include <optional>
#include <vector>

namespace Specwright::Core {

/**
 * The block-level half of the RST parser: docutils' "Body" state machine
 * (sections, lists, literal blocks, tables, explicit markup, directives),
 * reproduced line by line. Inline text is handed to RstInlineParser.
 *
 * One instance parses one document; use RstParser for the public interface.
 * The parser is iterative over lines and recursive only over indentation
 * levels, which it caps (MaximumNesting) so hostile input cannot exhaust the
 * stack.
 */
class RstBlockParser final : private RstDirectiveHost
{
public:
    /** Deeper indentation than this is kept as literal text. */
    static constexpr int MaximumNesting = 64;
    /** Includes inside includes deeper than this are refused. */
    static constexpr int MaximumIncludeDepth = 20;
    /** A spec's includes together may read no more files than this … */
    static constexpr int MaximumIncludes = 1000;
    /** … and no more bytes: an include bomb stops here, not when memory runs out. */
    static constexpr qint64 MaximumIncludedBytes = qint64(10) * 1024 * 1024;

    /**
     * \a lines must already be what docutils parses: tabs expanded to
     * 8-column stops and trailing whitespace removed. \a text is the text
     * they borrow their characters from where they do (RstText::parserLinesOf),
     * which must outlive the parser: node texts share it instead of copying.
     * \a sourcePath (may be empty) resolves relative include paths; includes
     * read only files within its FileReach. When \a cancel is set, parsing
     * stops at the next block and the tree is left incomplete.
     */
    RstBlockParser(const RstLines &lines, const QString &text, const QString &sourcePath,
                   const RstDirectiveRegistry &registry, const std::atomic_bool *cancel = nullptr);

    RstNode parseDocument();
    QList<RstMessage> takeMessages() { return std::move(m_messages); }
    const RstDocument::Features &features() const { return m_features; }

private:
    // Parts of this parser in files of their own
    friend class RstExplicitMarkup;
    friend class RstTableMarkup;
    friend class RstListMarkup;
    friend class RstIncludeMarkup;

    // Body parsing
    void parseBody(const RstLines &lines, RstNode &parent, bool matchTitles, int depth);
    bool parseOne(const RstLines &lines, int &i, RstNode &parent, bool matchTitles, int depth);

    void parseBlockQuote(const RstLines &lines, int &i, RstNode &parent, int depth);
    void parseAdornmentLine(const RstLines &lines, int &i, RstNode &parent, bool matchTitles);
    void parseText(const RstLines &lines, int &i, RstNode &parent, bool matchTitles, int depth);

    /** What files the spec may read (made on first use). */
    const FileReach &fileReach();
    /** Whether \a path (an image, a file a directive names) is in the spec's reach; reports it if not. */
    bool fileInReach(const QString &path, const SourceRange &range, QLatin1String what) override;

    // RstDirectiveHost: what directive handlers may ask
    void parseNested(const RstLines &lines, RstNode &into, int depth) override;
    void parseInline(RstNode &node, const RstLines &lines) override;
    void parseInline(RstNode &node, const QString &text, const RstLineRef &at) override;
    void include(const QString &path, const Options &options, const SourceRange &range, RstNode &parent,
                 int depth) override;
    void message(RstMessage::Id id, RstMessage::Severity severity, const QString &text,
                 const SourceRange &range) override;
    void noteReference(const QString &refname, const SourceRange &range) override;
    qsizetype referenceCount() const override { return m_names.referenceCount(); }
    void forgetReferencesFrom(qsizetype count) override { m_names.forgetReferencesFrom(count); }
    void defineRole(const QString &name) override;
    bool hasRole(const QString &name) const override;
    void setDefaultRole(const QString &name) override;
    void addMeta(RstNode meta) override;
    QStringView keep(QString text) override;
    void appendShared(RstNode &parent, RstNode &&node) override;

    // Pieces
    void appendBlockQuotes(const RstLines &body, RstNode &parent, int depth) override;
    void appendLineBlock(const RstLines &content, RstNode &parent) override;
    void appendParagraph(const RstLines &block, RstNode &parent, bool *literalNext);
    void appendLiteralBlock(const RstLines &lines, int &i, RstNode &parent, int afterLine);
    /** Appends a section to the one a level up, and opens it: the document's next blocks go there. */
    void appendSection(const RstLineRef &titleLine, const QString &style, int firstLine, int lastLine,
                       const QList<RstMessage> &pending);
    RstNode makeDefinitionListItem(const RstLines &lines, int &i, int depth, bool *blankFinish);
    /** Closes the innermost open sections until \a keep entries are left (the document is the first). */
    void closeSections(size_t keep);

    /** The length of source line \a line (0 when there is none). */
    int sourceLineLength(int line) const
    {
        return line >= 0 && line < int(m_source.size()) ? int(m_source[size_t(line)].text.size()) : 0;
    }
    /** Adds a message about \a id: the id says what it is about, whatever the wording of \a text. */
    void message(RstMessage::Id id, RstMessage::Severity severity, const QString &text, int line, int column = 0,
                 int endLine = -1, int endColumn = -1);
    void unindentWarning(const QString &what, const RstLines &lines, int next);
    void inlineText(RstNode &node, const RstLines &block);
    void inlineText(RstNode &node, const QString &text, const RstLineRef &at);
    void noteExplicitTarget(const QString &name, const QString &uri, const SourceRange &range) override;
    void noteImplicitTarget(const QString &name, const SourceRange &range);
    static SourceRange rangeOf(const RstLines &block);
    /** The lines' text joined with "\n". */
    QString joinedText(const RstLines &lines) override;
    /** \a text kept: a slice of the source where it lies in the source, a pooled copy otherwise. */
    QString keptText(QStringView text);
    static SourceRange markerRange(const RstLineRef &marker, const RstLines &content);
    /**
     * Lets \a node share the name and attributes of an earlier node with equal ones among
     * \a carriers: a big spec's thousands of lists and directives then make a few objects on the
     * heap, not thousands to allocate, read and free.
     */
    static void shareCommonExtra(RstNode &node, std::vector<RstNode> &carriers);
    /** Gives \a list (with no name or attributes yet) \a attributes, shared where they are common. */
    void setListAttributes(RstNode &list, RstNode::Attributes &&attributes);
    /** \a attributes, sharing the memory of an earlier equal list (sections of one level, say). */
    RstNode::Attributes commonAttributes(RstNode::Attributes &&attributes);

    const RstLines &m_source; ///< The document's lines: line i at index i
    const QString &m_sourceText;
    QString m_sourcePath;
    const RstDirectiveRegistry &m_registry;
    QList<RstMessage> m_messages;
    /// Messages docutils reports but keeps out of its tree (it lists them after the tree's own)
    QList<RstMessage> m_detachedMessages;
    RstDocument::Features m_features;
    QStringList m_titleStyles;
    int m_sectionLevel = 0;
    std::vector<RstNode *> m_openSections; ///< The document, then its sections open at the line parsed, outermost first
    QSet<QString> m_localRoles;
    QString m_defaultRole;
    std::vector<QStringList> m_includedTexts;
    std::vector<RstNode> m_metaNodes;
    std::vector<RstNode> m_listExtras;      ///< Childless carriers of lists' attributes to share
    std::vector<RstNode> m_directiveExtras; ///< The same for directives' names and attributes
    QList<RstNode::Attributes> m_commonAttributes;
    const std::atomic_bool *m_cancel = nullptr;
    std::optional<FileReach> m_reach;    ///< What includes may read; made at the first include
    std::vector<QString> m_includeChain; ///< The spec, then the files being included, canonical, outermost first
    /// Whether the explicit markup being parsed lies where section titles may start (an include's do)
    bool m_includeMatchesTitles = false;
    int m_includes = 0;
    qint64 m_includedBytes = 0;
    RstTargetTable m_names;         ///< What the document names and refers to, resolved after parsing
    RstInlineParser m_inlineParser; ///< Reused for every text block (keeps its buffers); after the members it refers to
};

} // namespace Specwright::Core
