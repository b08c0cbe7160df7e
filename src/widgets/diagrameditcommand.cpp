// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagrameditcommand.h"

namespace Specwright::Widgets {

namespace {
constexpr int TypingId = 0x7e47; // any id: only typing commands have one
}

DiagramEditCommand::DiagramEditCommand(Core::DiagramModel &model, const QString &description,
                                       const Core::DiagramPatch &patch, int typingRun)
    : m_model(model)
    , m_patch(patch)
    , m_typingRun(typingRun)
{
    setText(description);
}

void DiagramEditCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    m_model.redo(m_patch);
}

void DiagramEditCommand::undo()
{
    m_model.undo(m_patch);
}

int DiagramEditCommand::id() const
{
    return m_typingRun == NoRun ? -1 : TypingId;
}

bool DiagramEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *typed = static_cast<const DiagramEditCommand *>(other); // same id: same class
    if (typed->m_typingRun != m_typingRun) {
        return false;
    }
    m_patch.append(typed->m_patch);
    return true;
}

} // namespace Specwright::Widgets
