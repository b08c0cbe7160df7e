// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rstadmonitiondirectives.h"

#include "rstdirectivecall.h"

namespace Specwright::Core {

namespace {

using Kind = RstNode::Kind;
using Content = RstDirectiveRegistry::Content;

void runAdmonition(RstDirectiveHost &host, const RstDirectiveCall &call, RstNode &parent)
{
    RstNode node = call.node();
    if (call.spec.argumentIsTitle && !call.arguments.isEmpty()) {
        node.children.push_back(call.title(host, call.arguments.constFirst()));
    }
    host.parseNested(call.content, node, call.depth);
    RstDirectiveCall::append(host, parent, std::move(node));
}

} // namespace

void RstAdmonitionDirectives::addTo(RstDirectiveRegistry &registry)
{
    const QStringList common{QStringLiteral("class"), QStringLiteral("name")};
    for (const char *name :
         {"attention", "caution", "danger", "error", "hint", "important", "note", "tip", "warning"}) {
        RstDirectiveRegistry::Directive directive{
            QLatin1String(name), Kind::Admonition, 0, 0, false, Content::Body, true, common};
        registry.addDirective(directive, &runAdmonition);
    }
    RstDirectiveRegistry::Directive generic{
        QStringLiteral("admonition"), Kind::Admonition, 1, 0, true, Content::Body, true, common, false, true};
    registry.addDirective(generic, &runAdmonition);
}

} // namespace Specwright::Core
