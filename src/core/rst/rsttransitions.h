// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rstmessage.h"
#include "rstnode.h"

#include <QList>

namespace Specwright::Core {

/**
 * What docutils' Transitions transform reports after parsing: a transition
 * that begins a document or section, one right after another, and one that
 * ends the document (a transition at the end of a section is moved after it,
 * silently). The gate's sphinx-build -W fails on each.
 *
 * \note Reentrant.
 */
class RstTransitions final
{
public:
    /**
     * The messages for the transitions below \a root (a parsed document), marked fromTransform.
     * \a parseMessages are the parser's: docutils keeps them in the tree as nodes, so one before a
     * transition means the transition does not begin its section.
     */
    static QList<RstMessage> check(const RstNode &root, const QList<RstMessage> &parseMessages);
};

} // namespace Specwright::Core
