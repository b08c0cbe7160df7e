// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rstsphinxdirectives.h"

#include "rstdirectivecall.h"

namespace Specwright::Core {

namespace {

using Kind = RstNode::Kind;
using Content = RstDirectiveRegistry::Content;

// A sphinx_directive node: its arguments as one attribute, its content parsed as body elements or
// kept as text (toctree entries, an index's terms).
void runSphinx(RstDirectiveHost &host, const RstDirectiveCall &call, RstNode &parent)
{
    if (call.name == QLatin1String("literalinclude")) {
        // The preview reads no file, but none may be named outside the repository.
        host.fileInReach(call.arguments.value(0), call.range, QLatin1String("Include"));
    }
    RstNode node = call.node();
    node.editAttributes().prepend({QStringLiteral("arguments"), call.arguments.join(QLatin1Char(' '))});
    const bool body = call.spec.content == Content::Body;
    if (body && call.spec.optionalArguments == 1 && call.arguments.size() == 2) {
        // versionadded & co.: text after the version is the first paragraph.
        RstNode paragraph;
        paragraph.kind = Kind::Paragraph;
        paragraph.range = {call.range.startLine, call.range.startColumn, call.range.startLine, call.range.endColumn};
        host.parseInline(paragraph, call.arguments.at(1), call.at());
        node.children.push_back(std::move(paragraph));
    }
    if (body) {
        host.parseNested(call.content, node, call.depth);
    } else {
        node.text = host.joinedText(call.content);
    }
    RstDirectiveCall::append(host, parent, std::move(node));
}

} // namespace

void RstSphinxDirectives::addTo(RstDirectiveRegistry &registry)
{
    // Kept as a sphinx_directive node whose content is not parsed …
    for (const QString &name : RstDirectiveRegistry::words(
             "literalinclude glossary autosummary highlight index tabularcolumns productionlist code-include "
             "automodule autoclass autofunction graphviz blockdiag seqdiag nwdiag actdiag centered")) {
        registry.addDirective({name, Kind::SphinxDirective, 0, 100, true, Content::Opaque, false, {}, true},
                              &runSphinx);
    }
    // Sphinx's toctree: its real options (a wrong one fails the build); text on its line is an entry.
    registry.addDirective({QStringLiteral("toctree"), Kind::SphinxDirective, 0, 0, false, Content::Opaque, false,
                           RstDirectiveRegistry::words(
                               "maxdepth name class caption glob hidden includehidden numbered titlesonly reversed")},
                          &runSphinx);
    // … or whose content is body elements.
    for (const QString &name : RstDirectiveRegistry::words("seealso todo hlist")) {
        registry.addDirective({name, Kind::SphinxDirective, 0, 0, false, Content::Body, false, {}, true}, &runSphinx);
    }
    for (const QString &name : RstDirectiveRegistry::words("only tab ifconfig")) {
        registry.addDirective({name, Kind::SphinxDirective, 1, 0, true, Content::Body, false, {}, true}, &runSphinx);
    }
    // The version, then optional text that becomes the first paragraph.
    for (const QString &name : RstDirectiveRegistry::words("versionadded versionchanged deprecated versionremoved")) {
        registry.addDirective({name, Kind::SphinxDirective, 1, 1, true, Content::Body, false, {}, true}, &runSphinx);
    }
}

} // namespace Specwright::Core
