// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/diagram/diagrammodel.h>
#include <core/diagram/diagrampatch.h>

#include <QUndoCommand>

namespace Specwright::Widgets {

/**
 * One diagram edit on the undo stack, already applied to the model: undo and redo replay the patch
 * it produced. Commands of the same typing run (a word, up to a pause) merge into one step.
 */
class DiagramEditCommand final : public QUndoCommand
{
public:
    /// No typing run: the command never merges.
    static constexpr int NoRun = -1;

    /** \a patch is what \a model.apply() just did, named \a description. */
    DiagramEditCommand(Core::DiagramModel &model, const QString &description, const Core::DiagramPatch &patch,
                       int typingRun = NoRun);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    Core::DiagramModel &m_model;
    Core::DiagramPatch m_patch;
    int m_typingRun;
    bool m_skipRedo = true; ///< the first redo(), from QUndoStack::push(), finds the patch applied
};

} // namespace Specwright::Widgets
