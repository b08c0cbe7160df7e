// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rstpartsdirectives.h"

#include "rstdirectivecall.h"

namespace Specwright::Core {

namespace {

using Kind = RstNode::Kind;
using Content = RstDirectiveRegistry::Content;

// A topic with its title and a pending node, which docutils' Contents transform fills.
void runContents(RstDirectiveHost &host, const RstDirectiveCall &call, RstNode &parent)
{
    RstNode node = call.node();
    if (!call.arguments.isEmpty()) {
        node.children.push_back(call.title(host, call.arguments.constFirst()));
    } else if (!call.hasOption(QStringLiteral("local"))) {
        node.children.push_back(call.title(host, QStringLiteral("Contents")));
    }
    RstNode pending;
    pending.kind = Kind::Pending;
    pending.setName(call.name);
    pending.range = call.range;
    node.children.push_back(std::move(pending));
    RstDirectiveCall::append(host, parent, std::move(node));
}

void runPending(RstDirectiveHost &host, const RstDirectiveCall &call, RstNode &parent)
{
    RstDirectiveCall::append(host, parent, call.node());
}

// header and footer go to the page's decoration, not the body.
void runDecoration(RstDirectiveHost &, const RstDirectiveCall &, RstNode &) {}

} // namespace

void RstPartsDirectives::addTo(RstDirectiveRegistry &registry)
{
    registry.addDirective(
        {QStringLiteral("contents"),
         Kind::Topic,
         0,
         1,
         true,
         Content::None,
         false,
         {QStringLiteral("depth"), QStringLiteral("local"), QStringLiteral("backlinks"), QStringLiteral("class")}},
        &runContents);
    const QStringList numbering{QStringLiteral("depth"), QStringLiteral("start"), QStringLiteral("prefix"),
                                QStringLiteral("suffix")};
    for (const char *name : {"sectnum", "section-numbering"}) {
        registry.addDirective({QLatin1String(name), Kind::Pending, 0, 0, false, Content::None, false, numbering},
                              &runPending);
    }
    for (const char *name : {"header", "footer"}) {
        registry.addDirective({QLatin1String(name), Kind::Pending, 0, 0, false, Content::Body, true, {}},
                              &runDecoration);
    }
}

} // namespace Specwright::Core
