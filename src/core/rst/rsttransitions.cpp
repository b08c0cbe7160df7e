// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rsttransitions.h"

#include <algorithm>
#include <climits>

namespace Specwright::Core {

namespace {

using Kind = RstNode::Kind;

RstMessage error(const RstNode &transition, const QString &text)
{
    RstMessage message;
    message.severity = RstMessage::Severity::Error;
    message.id = RstMessage::Id::OtherMarkup;
    message.text = text;
    message.range = transition.range;
    message.fromTransform = true;
    return message;
}

struct Walk
{
    const QList<RstMessage> &parseMessages;
    QList<RstMessage> *messages;

    // Whether docutils has a message node between lines \a from (inclusive) and \a to.
    bool messageBetween(int from, int to) const
    {
        return std::any_of(parseMessages.cbegin(), parseMessages.cend(), [from, to](const RstMessage &m) {
            return !m.fromTransform && m.range.startLine >= from && m.range.startLine < to;
        });
    }
};

// Transitions stand only among a document's or a section's children; \a lastInDocument says
// whether \a parent is the last node of every node above it.
void visit(const Walk &walk, const RstNode &parent, bool lastInDocument)
{
    QList<RstMessage> *messages = walk.messages;
    const auto &children = parent.children;
    const size_t count = children.size();
    for (size_t index = 0; index < count; ++index) {
        const RstNode &node = children[index];
        if (node.kind == Kind::Section) {
            visit(walk, node, lastInDocument && index + 1 == count);
            continue;
        }
        if (node.kind != Kind::Transition) {
            continue;
        }
        const bool afterTitle = count > 0 && children[0].kind == Kind::Title &&
                                (index == 1 || (index == 2 && children[1].kind == Kind::Subtitle));
        const int line = node.range.startLine;
        if ((index == 0 || afterTitle) && !walk.messageBetween(parent.range.startLine, line)) {
            messages->append(error(node, QStringLiteral("Document or section may not begin with a transition.")));
        } else if (index > 0 && children[index - 1].kind == Kind::Transition &&
                   !walk.messageBetween(children[index - 1].range.startLine + 1, line)) {
            messages->append(error(node, QStringLiteral("At least one body element must separate transitions; "
                                                        "adjacent transitions are not allowed.")));
        }
        if (index + 1 == count && lastInDocument && !walk.messageBetween(line + 1, INT_MAX)) {
            messages->append(error(node, QStringLiteral("Document may not end with a transition.")));
        }
    }
}

} // namespace

QList<RstMessage> RstTransitions::check(const RstNode &root, const QList<RstMessage> &parseMessages)
{
    QList<RstMessage> messages;
    visit(Walk{parseMessages, &messages}, root, true);
    return messages;
}

} // namespace Specwright::Core
