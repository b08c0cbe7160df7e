// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/diagram/diagramblock.h>

#include <QDockWidget>

class QAction;
class QLabel;
class QPushButton;

namespace Specwright::Widgets {

class DiagramCanvas;

/// The diagram canvas beside the editor: its tools, and the way back into the spec.
class DiagramDock final : public QDockWidget
{
    Q_OBJECT

public:
    explicit DiagramDock(QWidget *parent = nullptr);

    DiagramCanvas *canvas() const { return m_canvas; }
    /** Starts an empty diagram for "Insert into Spec". */
    void newDiagram();
    /** Opens \a block's diagram for "Apply", which puts it back in place. */
    void editBlock(const Core::DiagramBlock::Found &block);
    /** The block being edited (invalid for a new diagram). */
    const Core::DiagramBlock::Found &editedBlock() const { return m_block; }

    QPushButton *insertButton() const { return m_insert; }
    QPushButton *applyButton() const { return m_apply; }
    /// Toggles drawing in a window of the canvas's own (floating) or in the main window.
    QAction *ownWindowAction() const { return m_floatAction; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    void insertRequested(const QString &diagram);
    void applyRequested(const Core::DiagramBlock::Found &block, const QString &diagram);

private:
    void updateStatus();

    DiagramCanvas *m_canvas = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_insert = nullptr;
    QPushButton *m_apply = nullptr;
    QAction *m_floatAction = nullptr;
    QString m_notice; ///< why the last try was refused, until the drawing changes
    Core::DiagramBlock::Found m_block;
};

} // namespace Specwright::Widgets
