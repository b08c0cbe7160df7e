// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rstbodydirectives.h"

#include "rstdirectivecall.h"

namespace Specwright::Core {

namespace {

using Kind = RstNode::Kind;
using Content = RstDirectiveRegistry::Content;

void runTopic(RstDirectiveHost &host, const RstDirectiveCall &call, RstNode &parent)
{
    RstNode node = call.node();
    if (!call.arguments.isEmpty()) {
        node.children.push_back(call.title(host, call.arguments.constFirst()));
    }
    host.parseNested(call.content, node, call.depth);
    RstDirectiveCall::append(host, parent, std::move(node));
}

void runSidebar(RstDirectiveHost &host, const RstDirectiveCall &call, RstNode &parent)
{
    RstNode node = call.node();
    if (!call.arguments.isEmpty()) {
        node.children.push_back(call.title(host, call.arguments.constFirst()));
    }
    if (call.hasOption(QStringLiteral("subtitle"))) {
        RstNode subtitle;
        subtitle.kind = Kind::Subtitle;
        subtitle.text = call.option(QStringLiteral("subtitle"));
        subtitle.range = call.range;
        host.parseInline(subtitle, subtitle.text, call.at());
        node.children.push_back(std::move(subtitle));
    }
    host.parseNested(call.content, node, call.depth);
    RstDirectiveCall::append(host, parent, std::move(node));
}

void runRubric(RstDirectiveHost &host, const RstDirectiveCall &call, RstNode &parent)
{
    RstNode node = call.node();
    node.text = call.arguments.value(0);
    host.parseInline(node, node.text, call.at());
    RstDirectiveCall::append(host, parent, std::move(node));
}

void runBlockQuote(RstDirectiveHost &host, const RstDirectiveCall &call, RstNode &parent)
{
    host.appendBlockQuotes(call.content, parent, call.depth);
}

void runLineBlock(RstDirectiveHost &host, const RstDirectiveCall &call, RstNode &parent)
{
    host.appendLineBlock(call.content, parent);
}

void runContainer(RstDirectiveHost &host, const RstDirectiveCall &call, RstNode &parent)
{
    RstNode node = call.node();
    if (call.spec.kind == Kind::Container && !call.arguments.isEmpty()) {
        node.editAttributes().prepend({QStringLiteral("classes"), call.arguments.constFirst()});
    }
    host.parseNested(call.content, node, call.depth);
    RstDirectiveCall::append(host, parent, std::move(node));
}

// code, code-block, sourcecode and math: the content kept as written.
void runLiteral(RstDirectiveHost &host, const RstDirectiveCall &call, RstNode &parent)
{
    RstNode node = call.node();
    node.text = host.joinedText(call.content);
    if (!call.arguments.isEmpty()) {
        node.editAttributes().prepend({QStringLiteral("language"), call.arguments.constFirst()});
    }
    if (call.name == QLatin1String("math")) {
        node.editAttributes().prepend({QStringLiteral("math"), QStringLiteral("1")});
        if (node.text.isEmpty() && !call.arguments.isEmpty()) {
            node.text = call.arguments.constFirst();
        }
    }
    host.appendShared(parent, std::move(node));
}

void runParsedLiteral(RstDirectiveHost &host, const RstDirectiveCall &call, RstNode &parent)
{
    RstNode node = call.node();
    host.parseInline(node, call.content);
    node.editAttributes().prepend({QStringLiteral("parsed"), QStringLiteral("1")});
    parent.children.push_back(std::move(node));
}

} // namespace

void RstBodyDirectives::addTo(RstDirectiveRegistry &registry)
{
    const QStringList common{QStringLiteral("class"), QStringLiteral("name")};
    registry.addDirective({QStringLiteral("topic"), Kind::Topic, 1, 0, true, Content::Body, true, common, false, true},
                          &runTopic);
    registry.addDirective({QStringLiteral("sidebar"),
                           Kind::Sidebar,
                           0,
                           1,
                           true,
                           Content::Body,
                           true,
                           {QStringLiteral("subtitle"), QStringLiteral("class"), QStringLiteral("name")},
                           false,
                           true},
                          &runSidebar);
    registry.addDirective({QStringLiteral("rubric"), Kind::Rubric, 1, 0, true, Content::None, false, common},
                          &runRubric);
    for (const char *name : {"epigraph", "highlights", "pull-quote"}) {
        registry.addDirective({QLatin1String(name), Kind::BlockQuote, 0, 0, false, Content::Body, true, {}},
                              &runBlockQuote);
    }
    registry.addDirective({QStringLiteral("compound"), Kind::Compound, 0, 0, false, Content::Body, true, common},
                          &runContainer);
    registry.addDirective(
        {QStringLiteral("container"), Kind::Container, 0, 1, true, Content::Body, true, {QStringLiteral("name")}},
        &runContainer);
    const QStringList codeOptions{
        QStringLiteral("class"),   QStringLiteral("name"),         QStringLiteral("number-lines"),
        QStringLiteral("linenos"), QStringLiteral("lineno-start"), QStringLiteral("emphasize-lines"),
        QStringLiteral("caption"), QStringLiteral("dedent"),       QStringLiteral("force")};
    // docutils' "code" needs a body; Sphinx's "code-block" and "sourcecode" do not (an empty block).
    registry.addDirective(
        {QStringLiteral("code"), Kind::LiteralBlock, 0, 1, false, Content::Literal, true, codeOptions}, &runLiteral);
    for (const char *name : {"code-block", "sourcecode"}) {
        registry.addDirective(
            {QLatin1String(name), Kind::LiteralBlock, 0, 1, false, Content::Literal, false, codeOptions}, &runLiteral);
    }
    registry.addDirective({QStringLiteral("line-block"),
                           Kind::LineBlock,
                           0,
                           0,
                           false,
                           Content::Body,
                           true,
                           {QStringLiteral("class"), QStringLiteral("name")}},
                          &runLineBlock);
    registry.addDirective(
        {QStringLiteral("parsed-literal"), Kind::LiteralBlock, 0, 0, false, Content::Parsed, true, common},
        &runParsedLiteral);
    registry.addDirective({QStringLiteral("math"), Kind::LiteralBlock, 0, 1, true, Content::Literal, false, common},
                          &runLiteral);
}

} // namespace Specwright::Core
