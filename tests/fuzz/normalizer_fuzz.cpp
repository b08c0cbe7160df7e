// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The export normaliser: its output re-parses to the same block structure as its input (node
// kinds and nesting; normalising rewraps and trims, so texts, line numbers and messages may
// change), and normalising again changes nothing. With SPECWRIGHT_FUZZ_VERBOSE set, a broken
// structure prints the input, the output and both structures.

#include "fuzzinput.h"

#include <core/review/reviewnormalizer.h>
#include <core/rst/rstparser.h>

#include <QStringList>

using namespace Specwright::Core;
using namespace Specwright::Fuzz;

namespace {

// One line per block node: its depth and kind. Inline nodes and texts are left out.
void structure(const RstNode &node, int depth, QString &out)
{
    if (node.isInline()) {
        return;
    }
    out += QString::number(depth) + u' ' + QString::number(int(node.kind)) + u'\n';
    for (const RstNode &child : node.children) {
        structure(child, depth + 1, out);
    }
}

QString structure(const QString &text)
{
    QString out;
    structure(RstParser::parse(text)->root(), 0, out);
    return out;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString source = text(data, size);
    const ReviewNormalizer::Result result = ReviewNormalizer::normalize(source);
    const QString before = structure(source);
    const QString after = structure(result.text);
    if (before != after && qEnvironmentVariableIsSet("SPECWRIGHT_FUZZ_VERBOSE")) {
        // Replaying a finding: what went in, what came out, and both structures (depth, kind).
        std::fprintf(stderr, "--- input\n%s\n--- normalised\n%s\n--- structure before\n%s--- after\n%s",
                     qPrintable(source), qPrintable(result.text), qPrintable(before), qPrintable(after));
    }
    require(before == after, "normalised text parses to the same block structure");
    const ReviewNormalizer::Result again = ReviewNormalizer::normalize(result.text);
    require(again.text == result.text, "normalising is idempotent");
    return 0;
}
