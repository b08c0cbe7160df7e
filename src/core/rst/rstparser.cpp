// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rstparser.h"

#include "rstblockparser.h"
#include "rstdirectiveregistry.h"
#include "rsttext.h"

namespace Specwright::Core {

RstDocument::Ptr RstParser::parse(const QString &text, const QString &sourcePath, const RstDirectiveRegistry *registry)
{
    QStringView body(text);
    if (body.startsWith(QChar(0xFEFF))) {
        body = body.mid(1);
    }
    QStringList lines = RstText::linesOf(body.toString());
    RstBlockParser parser(lines, sourcePath, registry ? *registry : RstDirectiveRegistry::instance());
    RstNode root = parser.parseDocument();
    QList<RstMessage> messages = parser.takeMessages();
    return std::make_shared<const RstDocument>(std::move(root), std::move(messages), std::move(lines));
}

} // namespace Specwright::Core
