// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rstparser.h"

#include "rstblockparser.h"
#include "rstdirectiveregistry.h"
#include "rsttext.h"

#include <functional>

namespace Specwright::Core {

RstDocument::Ptr RstParser::parse(const QString &text, const QString &sourcePath, const RstDirectiveRegistry *registry,
                                  const std::atomic_bool *cancel)
{
    // Without a BOM the text is shared, not copied.
    const QString body = text.startsWith(QChar(0xFEFF)) ? text.mid(1) : text;
    // The document keeps the text: its lines borrow their characters from it.
    bool tabs = false;
    QStringList reworked;
    RstLines lines = RstText::parserLinesOf(body, reworked, &tabs);
    // The tree's lists go to one arena that the document keeps (about 3 bytes of lists per character).
    // A tree bigger than the cache is torn down in one pass over its arena, which needs free slots zero.
    const size_t expectedBytes = size_t(body.size()) * 3;
    auto arena = std::make_unique<RstNodeArena>(expectedBytes, expectedBytes > RstDocument::CacheBytes);
    const RstNodeArena::Scope arenaScope(arena.get());
    RstBlockParser parser(lines, body, sourcePath, registry ? *registry : RstDirectiveRegistry::instance(), cancel);
    RstNode root = parser.parseDocument();
    QList<RstMessage> messages = parser.takeMessages();
    if (tabs) {
        // The parser works on tab-expanded lines (8-column stops, as docutils); positions go back
        // to columns of the text as written, so that editors underline the right characters.
        const QStringList raw = RstText::linesOf(body, false);
        auto fix = [&raw](SourceRange &range) {
            range.startColumn = RstText::sourceColumn(raw.value(range.startLine), range.startColumn);
            range.endColumn = RstText::sourceColumn(raw.value(range.endLine), range.endColumn);
        };
        std::function<void(RstNode &)> walk = [&](RstNode &node) {
            fix(node.range);
            for (RstNode &child : node.children) {
                walk(child);
            }
        };
        walk(root);
        for (RstMessage &message : messages) {
            fix(message.range);
        }
    }
    return std::make_shared<const RstDocument>(std::move(root), std::move(messages), body, std::move(lines),
                                               std::move(reworked), parser.features(), std::move(arena));
}

} // namespace Specwright::Core
