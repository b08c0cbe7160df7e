// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rstincludemarkup.h"

#include "../document/textfile.h"
#include "rstblockparser.h"
#include "rstindentedblock.h"
#include "rstmarkers.h"
#include "rsttext.h"

#include <QDir>
#include <QFileInfo>

namespace Specwright::Core {

namespace {

using Kind = RstNode::Kind;
using Severity = RstMessage::Severity;
using MessageId = RstMessage::Id;

} // namespace

void RstIncludeMarkup::includeFile(const QString &path, const QList<QPair<QString, QString>> &options,
                                   const SourceRange &range, RstNode &parent, int depth)
{
    if (path.startsWith(QLatin1Char('<'))) {
        m_parser.message(MessageId::IncludeNotFound, Severity::Severe,
                         QStringLiteral("Problems with \"include\" directive path:\nstandard include files are not "
                                        "supported: '%1'.")
                             .arg(path),
                         range.startLine, range.startColumn, range.endLine, range.endColumn);
        return;
    }
    const FileReach &reach = m_parser.fileReach();
    // Relative paths start from the folder of the file holding the directive, as in docutils.
    const QString including = m_parser.m_includeChain.back();
    const QString resolved =
        including.isEmpty() ? path : QDir(QFileInfo(including).absolutePath()).absoluteFilePath(path);
    QString canonical;
    const FileReach::Verdict verdict = reach.check(resolved, &canonical);
    if (verdict == FileReach::Verdict::Outside || verdict == FileReach::Verdict::NoRoot) {
        m_parser.message(MessageId::FileOutsideRepository, Severity::Severe,
                         QStringLiteral("Include outside the repository refused: %1").arg(reach.explain(verdict, path)),
                         range.startLine, range.startColumn, range.endLine, range.endColumn);
        return;
    }
    if (verdict == FileReach::Verdict::Missing) {
        m_parser.message(
            MessageId::IncludeNotFound, Severity::Severe,
            QStringLiteral("Problems with \"include\" directive path:\nInputError: [Errno 2] No such file or "
                           "directory: '%1'.")
                .arg(path),
            range.startLine, range.startColumn, range.endLine, range.endColumn);
        return;
    }
    if (std::find(m_parser.m_includeChain.begin(), m_parser.m_includeChain.end(), canonical) !=
        m_parser.m_includeChain.end()) {
        // docutils' wording: the file, then the files that include it, innermost first.
        QStringList chain{path};
        for (auto it = m_parser.m_includeChain.rbegin(); it != m_parser.m_includeChain.rend(); ++it) {
            chain.append(*it);
        }
        m_parser.message(
            MessageId::IncludeCycle, Severity::Warning,
            QStringLiteral("circular inclusion in \"include\" directive:\n%1").arg(chain.join(QStringLiteral("\n> "))),
            range.startLine, range.startColumn, range.endLine, range.endColumn);
        return;
    }
    if (int(m_parser.m_includeChain.size()) > RstBlockParser::MaximumIncludeDepth) {
        m_parser.message(MessageId::IncludeLimit, Severity::Severe,
                         QStringLiteral("Include refused: includes nest more than %1 levels deep.")
                             .arg(RstBlockParser::MaximumIncludeDepth),
                         range.startLine, range.startColumn, range.endLine, range.endColumn);
        return;
    }
    const qint64 size = QFileInfo(canonical).size();
    if (m_parser.m_includes >= RstBlockParser::MaximumIncludes ||
        m_parser.m_includedBytes + size > RstBlockParser::MaximumIncludedBytes) {
        m_parser.message(
            MessageId::IncludeLimit, Severity::Severe,
            QStringLiteral("Include refused: the spec's includes add up to more than %1 files or %2 MB of text.")
                .arg(RstBlockParser::MaximumIncludes)
                .arg(RstBlockParser::MaximumIncludedBytes / (1024 * 1024)),
            range.startLine, range.startColumn, range.endLine, range.endColumn);
        return;
    }
    ++m_parser.m_includes;
    m_parser.m_includedBytes += size;
    const TextFile file = TextFile::read(canonical);
    if (!file.isValid()) {
        m_parser.message(MessageId::IncludeNotFound, Severity::Severe,
                         QStringLiteral("Problems with \"include\" directive path:\n%1").arg(file.errorString()),
                         range.startLine, range.startColumn, range.endLine, range.endColumn);
        return;
    }
    bool literal = false;
    QString language;
    for (const auto &option : options) {
        if (option.first == QLatin1String("literal")) {
            literal = true;
        } else if (option.first == QLatin1String("code")) {
            literal = true;
            language = option.second;
        }
    }
    if (literal) {
        RstNode node;
        node.kind = Kind::LiteralBlock;
        node.range = range;
        node.text = file.text();
        if (!language.isEmpty()) {
            node.editAttributes().append({QStringLiteral("language"), language});
            m_parser.shareCommonExtra(node, m_parser.m_directiveExtras);
        }
        parent.children.push_back(std::move(node));
        return;
    }
    // Included lines all point at the include directive: positions must stay within this document.
    m_parser.m_includedTexts.push_back(RstText::linesOf(file.text()));
    const QStringList &included = m_parser.m_includedTexts.back();
    RstLines lines;
    for (const QString &line : included) {
        lines.push_back({range.startLine, range.startColumn, QStringView(line)});
    }
    m_parser.m_includeChain.push_back(canonical);
    // At a section's level the included lines are read as the including file's own: a title in
    // them starts a section (docutils inserts them into its input); inside a block it is an error.
    const bool matchTitles = std::exchange(m_parser.m_includeMatchesTitles, false);
    m_parser.parseBody(lines, parent, matchTitles, depth + 1);
    m_parser.m_includeMatchesTitles = matchTitles;
    m_parser.m_includeChain.pop_back();
}

} // namespace Specwright::Core
