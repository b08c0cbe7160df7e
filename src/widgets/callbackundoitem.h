// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractUndoItem>

#include <functional>

namespace Specwright::Widgets {

/// A step on a text document's undo stack that changes something beside the text (e.g. the
/// file's line ending), so that Undo takes it back with the edits around it.
class CallbackUndoItem final : public QAbstractUndoItem
{
public:
    CallbackUndoItem(std::function<void()> undo, std::function<void()> redo)
        : m_undo(std::move(undo))
        , m_redo(std::move(redo))
    {
    }

    void undo() override { m_undo(); }
    void redo() override { m_redo(); }

private:
    std::function<void()> m_undo;
    std::function<void()> m_redo;
};

} // namespace Specwright::Widgets
