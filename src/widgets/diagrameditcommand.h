// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/diagram/diagramedit.h>
#include <core/diagram/diagrammodel.h>
#include <core/diagram/diagrampatch.h>

#include <QUndoCommand>

namespace Specwright::Widgets {

/// One diagram edit on the undo stack: applied once, then replayed from the patch it produced.
class DiagramEditCommand final : public QUndoCommand
{
public:
    DiagramEditCommand(Core::DiagramModel &model, const Core::DiagramEdit &edit);

    void redo() override;
    void undo() override;

private:
    Core::DiagramModel &m_model;
    Core::DiagramEdit m_edit;
    Core::DiagramPatch m_patch;
    bool m_applied = false;
};

} // namespace Specwright::Widgets
