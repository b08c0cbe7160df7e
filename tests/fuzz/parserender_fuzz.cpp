// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Parse + render: any text parses and renders, the UTF-8 rendering is the QString one, and no
// script element or javascript: link reaches the HTML.

#include "fuzzinput.h"

#include <core/render/htmlrenderer.h>
#include <core/rst/rstparser.h>
#include <core/rst/rsttreedump.h>

using namespace Specwright::Core;
using namespace Specwright::Fuzz;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString source = text(data, size);
    const RstDocument::Ptr document = RstParser::parse(source, QStringLiteral("fuzz.rst"));
    const QString body = HtmlRenderer::renderBody(*document);
    require(HtmlRenderer::renderBodyUtf8(*document) == body.toUtf8(), "renderBodyUtf8() == renderBody().toUtf8()");
    require(!body.contains(QLatin1String("<script"), Qt::CaseInsensitive), "no <script> in the HTML");
    require(!body.contains(QLatin1String("href=\"javascript:"), Qt::CaseInsensitive) &&
                !body.contains(QLatin1String("src=\"javascript:"), Qt::CaseInsensitive),
            "no javascript: link in the HTML");
    HtmlRenderer::renderPage(*document, QStringLiteral("fuzz"));
    RstTreeDump::compare(*document);
    RstTreeDump::debug(*document);
    return 0;
}
