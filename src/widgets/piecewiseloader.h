// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

class QPlainTextEdit;
class QProgressDialog;
class QWidget;

namespace Specwright::Widgets {

/// Puts a long text into an editor piece by piece between events, with progress and Cancel, so that
/// the window stays live: QTextDocument takes about 0.1 s per megabyte.
class PiecewiseLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PiecewiseLoader)

public:
    /// Loads into \a editor; the progress dialog opens over \a dialogParent.
    PiecewiseLoader(QPlainTextEdit *editor, QWidget *dialogParent);
    ~PiecewiseLoader() override;

    /// Empties the editor, makes it read-only and starts putting \a text in; \a name is the file
    /// the progress dialog says it is opening.
    void start(const QString &text, const QString &name);
    /// Whether some of the text is still to go in.
    bool isActive() const { return !m_text.isNull(); }
    /// Gives up a load in progress and makes the editor editable again.
    void stop();

Q_SIGNALS:
    /// All of the text is in the editor, which is editable again.
    void finished();
    /// The user pressed Cancel; the load goes on until stop().
    void cancelRequested();

private:
    void loadNextPiece();

    QPlainTextEdit *m_editor;
    QWidget *m_dialogParent;
    QString m_text; ///< what still has to go in (null: not loading)
    qsizetype m_position = 0;
    QTimer m_timer; ///< one piece per event-loop turn
    QPointer<QProgressDialog> m_progress;
};

} // namespace Specwright::Widgets
