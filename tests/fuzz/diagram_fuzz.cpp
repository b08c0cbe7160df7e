// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Diagram import/export. The model's contract (diagrammodel.h): text imported and exported
// without edits comes back exactly, except that tabs expand to 8-column stops and trailing
// spaces go. Then a run of edits picked by the input is undone back to that text and redone.
// The input is also parsed as a spec: its first literal block goes through the same round trip
// and is put back into the spec (DiagramBlock), which must still parse.

#include "../core/diagramtesthelpers.h"
#include "fuzzinput.h"

#include <core/diagram/diagramblock.h>
#include <core/diagram/diagrammodel.h>
#include <core/rst/rstparser.h>

#include <QStringList>

using namespace Specwright::Core;
using namespace Specwright::Fuzz;
using Specwright::Tests::expectedExport;

namespace {

// A small deterministic generator fed by the input, so that a crash replays.
class Picker
{
public:
    Picker(const uint8_t *data, size_t size)
    {
        for (size_t i = 0; i < size; ++i) {
            m_state = (m_state ^ data[i]) * 1099511628211ULL;
        }
    }
    int bounded(int n)
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return n > 0 ? int((m_state >> 33) % uint64_t(n)) : 0;
    }

private:
    uint64_t m_state = 14695981039346656037ULL;
};

void editRoundTrip(const QString &source, Picker &pick)
{
    DiagramModel model(source);
    const QString exported = model.text();
    require(exported == expectedExport(source), "import/export identity (modulo trailing spaces and tabs)");
    require(DiagramModel(exported).text() == exported, "export is stable");
    model.overflow();
    DiagramModel::looksLikeDiagram(source);
    if (source.size() > 512) {
        return; // edits re-recognise the whole grid: diagram-sized text only (512 characters), or runs get too slow
    }

    QList<DiagramPatch> patches;
    for (int step = 0; step < 4; ++step) {
        const QPoint a(pick.bounded(24), pick.bounded(12));
        const QPoint b(pick.bounded(24), pick.bounded(12));
        const QList<DiagramShape> &shapes = model.shapes();
        const int shape = shapes.isEmpty() ? -1 : pick.bounded(int(shapes.size()));
        DiagramEdit edit;
        switch (pick.bounded(8)) {
        case 0:
            edit = DiagramEdit::drawBox(QRect(a, b));
            break;
        case 1:
            edit = DiagramEdit::drawLine(a, b, DiagramShape::Elbow(pick.bounded(2)), pick.bounded(2) == 0,
                                         pick.bounded(2) == 0);
            break;
        case 2:
            edit = DiagramEdit::writeText(a, QStringLiteral("x y"));
            break;
        case 3:
            edit = DiagramEdit::erase(QRect(a, b));
            break;
        case 4:
            if (shape >= 0) {
                edit = DiagramEdit::moveShape(shapes.at(shape), QPoint(b.x() % 5 - 2, b.y() % 5 - 2));
            }
            break;
        case 5:
            if (shape >= 0 && shapes.at(shape).kind() == DiagramShape::Kind::Box) {
                edit = DiagramEdit::resizeBox(shapes.at(shape),
                                              shapes.at(shape).rect().adjusted(0, 0, b.x() % 4 - 1, b.y() % 3 - 1));
            }
            break;
        case 6:
            if (shape >= 0) {
                edit = DiagramEdit::deleteShape(shapes.at(shape));
            }
            break;
        default:
            edit = DiagramEdit::convertCharset(DiagramCharset::Style(pick.bounded(2)));
            break;
        }
        patches.append(model.apply(edit));
        if (shape >= 0 && shape < model.shapes().size()) {
            model.attachedLines(shape);
        }
    }
    const QString edited = model.text();
    for (qsizetype i = patches.size() - 1; i >= 0; --i) {
        model.undo(patches.at(i));
    }
    require(model.text() == exported, "undoing every edit gives the imported text back");
    for (const DiagramPatch &patch : std::as_const(patches)) {
        model.redo(patch);
    }
    require(model.text() == edited, "redoing every edit gives the edited text back");
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
    Picker pick(data, size);
    editRoundTrip(source, pick);

    // The first literal block of the input read as a spec: import, export, put back.
    const RstDocument::Ptr document = RstParser::parse(source);
    for (int line = 0; line < document->lineCount(); ++line) {
        const DiagramBlock::Found found = DiagramBlock::at(*document, line);
        if (!found.valid) {
            continue;
        }
        const DiagramModel model(found.text);
        require(model.text() == expectedExport(found.text), "literal block import/export identity");
        const DiagramBlock::Change change = DiagramBlock::replacement(found, model.text());
        QStringList lines = document->lineList();
        require(change.firstLine >= 0 && change.firstLine + change.removedLines <= lines.size(),
                "replacement inside the document");
        lines.remove(change.firstLine, change.removedLines);
        for (qsizetype i = 0; i < change.lines.size(); ++i) {
            lines.insert(change.firstLine + i, change.lines.at(i));
        }
        RstParser::parse(lines.join(u'\n'));
        DiagramBlock::insertion(document->lineList(), pick.bounded(int(document->lineCount()) + 1), model.text());
        break;
    }
    return 0;
}
