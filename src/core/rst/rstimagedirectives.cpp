// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rstimagedirectives.h"

#include "rstdirectivecall.h"
#include "rsttext.h"

#include <QRegularExpression>

namespace Specwright::Core {

namespace {

using Kind = RstNode::Kind;
using Content = RstDirectiveRegistry::Content;
using Severity = RstMessage::Severity;
using MessageId = RstMessage::Id;

// docutils' Image.run: a block image aligns left, center or right; an inline one (in a
// substitution definition) top, middle or bottom.
bool alignmentFits(RstDirectiveHost &host, const RstDirectiveCall &call)
{
    if (call.spec.kind != Kind::Image || !call.hasOption(QStringLiteral("align"))) {
        return true;
    }
    static const QStringList horizontal = {QStringLiteral("left"), QStringLiteral("center"), QStringLiteral("right")};
    static const QStringList vertical = {QStringLiteral("top"), QStringLiteral("middle"), QStringLiteral("bottom")};
    const QStringList &valid = call.inSubstitution ? vertical : horizontal;
    const QString align = call.option(QStringLiteral("align")).toLower();
    if (valid.contains(align)) {
        return true;
    }
    call.report(host, MessageId::DirectiveError, Severity::Error,
                QStringLiteral("Error in \"%1\" directive: \"%2\" is not a valid value for the \"align\" "
                               "option%3.  Valid values for \"align\" are: \"%4\".")
                    .arg(call.writtenName, align,
                         call.inSubstitution ? QStringLiteral(" within a substitution definition") : QString(),
                         valid.join(QStringLiteral("\", \""))));
    return false;
}

RstNode imageNode(RstDirectiveHost &host, const RstDirectiveCall &call)
{
    RstNode image;
    image.kind = Kind::Image;
    image.range = call.range;
    QString uri = call.arguments.value(0);
    static const QRegularExpression whitespace(QStringLiteral("\\s"));
    uri.remove(whitespace);
    if (!host.fileInReach(uri, call.range, QLatin1String("Image"))) {
        uri.clear(); // shown as its alternative text, never loaded
    }
    image.editAttributes() = call.options;
    image.editAttributes().prepend({QStringLiteral("uri"), uri});
    if (!call.hasOption(QStringLiteral("target"))) {
        return image;
    }
    // docutils wraps a linked image in a reference, in a figure too.
    RstNode reference;
    reference.kind = Kind::Reference;
    reference.range = call.range;
    const QString target = call.option(QStringLiteral("target"));
    const QString refname = RstText::indirectReferenceName(target);
    if (!refname.isEmpty()) {
        reference.editAttributes().append({QStringLiteral("refname"), refname});
        host.noteReference(refname, call.range);
    } else {
        reference.editAttributes().append({QStringLiteral("refuri"), QString(target).remove(QLatin1Char(' '))});
    }
    reference.children.push_back(std::move(image));
    return reference;
}

void runImage(RstDirectiveHost &host, const RstDirectiveCall &call, RstNode &parent)
{
    if (!alignmentFits(host, call)) {
        return;
    }
    RstDirectiveCall::append(host, parent, imageNode(host, call));
}

void runFigure(RstDirectiveHost &host, const RstDirectiveCall &call, RstNode &parent)
{
    RstNode node = call.node();
    node.editAttributes().clear();
    node.children.push_back(imageNode(host, call));
    if (!call.content.empty()) {
        const qsizetype references = host.referenceCount();
        RstNode holder;
        host.parseNested(call.content, holder, call.depth);
        size_t start = 0;
        if (!holder.children.empty()) {
            RstNode &first = holder.children.front();
            if (first.kind == Kind::Paragraph) {
                first.kind = Kind::Caption;
                node.children.push_back(std::move(first));
                start = 1;
            } else if (first.kind == Kind::Comment && first.text.isEmpty()) {
                start = 1;
            } else {
                // docutils keeps the figure, its image only, and reports the rest.
                call.report(host, MessageId::OtherMarkup, Severity::Error,
                            QStringLiteral("Figure caption must be a paragraph or empty comment."));
                host.forgetReferencesFrom(references);
                parent.children.push_back(std::move(node));
                return;
            }
        }
        if (start < holder.children.size()) {
            RstNode legend;
            legend.kind = Kind::Legend;
            legend.range = holder.children[start].range;
            for (size_t k = start; k < holder.children.size(); ++k) {
                legend.children.push_back(std::move(holder.children[k]));
            }
            legend.range.endLine = legend.children.back().range.endLine;
            legend.range.endColumn = legend.children.back().range.endColumn;
            node.children.push_back(std::move(legend));
        }
    }
    RstDirectiveCall::append(host, parent, std::move(node));
}

} // namespace

void RstImageDirectives::addTo(RstDirectiveRegistry &registry)
{
    const QStringList imageOptions{QStringLiteral("alt"),   QStringLiteral("height"), QStringLiteral("width"),
                                   QStringLiteral("scale"), QStringLiteral("align"),  QStringLiteral("target"),
                                   QStringLiteral("class"), QStringLiteral("name"),   QStringLiteral("loading")};
    RstDirectiveRegistry::Directive image{QStringLiteral("image"), Kind::Image, 1,           0, true,
                                          Content::None,           false,       imageOptions};
    registry.addDirective(image, &runImage);
    RstDirectiveRegistry::Directive figure{QStringLiteral("figure"),
                                           Kind::Figure,
                                           1,
                                           0,
                                           true,
                                           Content::Figure,
                                           false,
                                           imageOptions +
                                               QStringList{QStringLiteral("figwidth"), QStringLiteral("figclass")}};
    registry.addDirective(figure, &runFigure);
}

} // namespace Specwright::Core
