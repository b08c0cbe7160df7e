// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagrameditcommand.h"

namespace Specwright::Widgets {

DiagramEditCommand::DiagramEditCommand(Core::DiagramModel &model, const Core::DiagramEdit &edit)
    : m_model(model)
    , m_edit(edit)
{
    setText(edit.description());
}

void DiagramEditCommand::redo()
{
    if (!m_applied) {
        m_patch = m_model.apply(m_edit);
        m_applied = true;
        setObsolete(m_patch.isEmpty()); // nothing changed: nothing to undo
        return;
    }
    m_model.redo(m_patch);
}

void DiagramEditCommand::undo()
{
    m_model.undo(m_patch);
}

} // namespace Specwright::Widgets
