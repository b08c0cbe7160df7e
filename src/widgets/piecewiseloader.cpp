// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "piecewiseloader.h"

#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QTextCursor>

namespace Specwright::Widgets {

PiecewiseLoader::PiecewiseLoader(QPlainTextEdit *editor, QWidget *dialogParent)
    : m_editor(editor)
    , m_dialogParent(dialogParent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &PiecewiseLoader::loadNextPiece);
}

PiecewiseLoader::~PiecewiseLoader() = default;

void PiecewiseLoader::start(const QString &text, const QString &name)
{
    stop();
    m_editor->setPlainText(QString());
    m_editor->setReadOnly(true);
    m_editor->setUpdatesEnabled(false); // repainting the growing text every turn only costs time
    m_editor->document()->setUndoRedoEnabled(false);
    m_text = text;
    m_position = 0;
    // Window-modal: nothing can act on half a document.
    m_progress = new QProgressDialog(tr("Opening %1…").arg(name), tr("Cancel"), 0, 1000, m_dialogParent);
    m_progress->setWindowTitle(tr("Opening Spec"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    m_progress->setAutoReset(false);
    m_progress->setAutoClose(false);
    connect(m_progress, &QProgressDialog::canceled, this, &PiecewiseLoader::cancelRequested);
    m_timer.start();
}

void PiecewiseLoader::loadNextPiece()
{
    if (!isActive()) {
        return;
    }
    // Whole lines, for about 40 ms per turn of the event loop (slower machines get smaller turns).
    constexpr qsizetype Piece = 256 * 1024;
    QElapsedTimer turn;
    turn.start();
    QTextCursor cursor(m_editor->document());
    cursor.movePosition(QTextCursor::End);
    while (m_position < m_text.size() && turn.elapsed() < 40) {
        qsizetype end = m_text.indexOf(QLatin1Char('\n'), qMin(m_text.size(), m_position + Piece) - 1);
        end = end < 0 ? m_text.size() : end + 1;
        cursor.insertText(m_text.sliced(m_position, end - m_position));
        m_position = end;
    }
    m_editor->document()->setModified(false); // what is in the editor is what is on disk
    if (m_position < m_text.size()) {
        if (m_progress) {
            m_progress->setValue(int(1000 * m_position / m_text.size())); // may run events
        }
        if (isActive()) {
            m_timer.start();
        }
        return;
    }
    stop();
    Q_EMIT finished();
}

void PiecewiseLoader::stop()
{
    if (!isActive()) {
        return;
    }
    m_timer.stop();
    m_text = QString();
    m_position = 0;
    if (m_progress) {
        m_progress->deleteLater(); // this may run inside its own setValue()
        m_progress = nullptr;
    }
    m_editor->setReadOnly(false);
    m_editor->setUpdatesEnabled(true);
    m_editor->document()->setUndoRedoEnabled(true);
}

} // namespace Specwright::Widgets
