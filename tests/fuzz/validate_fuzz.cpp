// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Validate: any text is checked under a profile (chosen by the input's length) against the
// built-in Glance template and against itself read as a template; diagnostics come sorted by
// position and lie inside the document.

#include "fuzzinput.h"

#include <core/rst/rstparser.h>
#include <core/validate/specvalidator.h>

using namespace Specwright::Core;
using namespace Specwright::Fuzz;

namespace {

void check(const QString &source, const RstDocument &document, const SpecTemplate &specTemplate,
           const GateProfile &profile)
{
    const QList<Diagnostic> diagnostics = SpecValidator::validate(source, document, specTemplate, profile);
    const int lines = int(document.lineCount());
    for (qsizetype i = 0; i < diagnostics.size(); ++i) {
        const SourceRange &r = diagnostics.at(i).range;
        require(r.startLine >= 0 && r.startLine <= r.endLine && r.endLine <= lines, "diagnostic inside the document");
        require(!diagnostics.at(i).ruleId.isEmpty() && !diagnostics.at(i).message.isEmpty(),
                "diagnostic has a rule id and a message");
        if (i > 0) {
            const SourceRange &p = diagnostics.at(i - 1).range;
            require(p.startLine < r.startLine || (p.startLine == r.startLine && p.startColumn <= r.startColumn),
                    "diagnostics sorted by position");
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const SpecTemplate glance = SpecTemplate::builtinGlance();
    const QString source = text(data, size);
    const RstDocument::Ptr document = RstParser::parse(source, QStringLiteral("fuzz.rst"));
    const auto profile = GateProfile(SpecValidator::Profile(size % 3));
    check(source, *document, glance, profile);
    check(source, *document, SpecTemplate::fromText(source, QStringLiteral("fuzz-template.rst")), profile);
    return 0;
}
