// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "findbar.h"

#include "previewview.h"
#include "sourceeditor.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QStyle>
#include <QTextBlock>
#include <QToolButton>
#include <QWebEngineFindTextResult>

#include <algorithm>

namespace Specwright::Widgets {

namespace {
// More highlights than this in view would only slow the editor's painting down.
constexpr int MaximumHighlights = 2000;
// The count follows typing in the editor after this pause.
constexpr int RefreshDelay = 150;

QToolButton *arrowButton(QStyle::StandardPixmap icon, const QString &tip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setIcon(parent->style()->standardIcon(icon));
    button->setToolTip(tip);
    button->setAutoRaise(true);
    return button;
}
} // namespace

FindBar::FindBar(SourceEditor *editor, PreviewView *preview, QWidget *parent)
    : QFrame(parent)
    , m_editor(editor)
    , m_preview(preview)
    , m_findField(new QLineEdit(this))
    , m_replaceField(new QLineEdit(this))
    , m_matchCase(new QCheckBox(tr("Match c&ase"), this))
    , m_wholeWords(new QCheckBox(tr("&Whole words"), this))
    , m_regularExpression(new QCheckBox(tr("Re&gular expression"), this))
    , m_inSelection(new QCheckBox(tr("In se&lection"), this))
    , m_replaceButton(new QPushButton(tr("&Replace"), this))
    , m_replaceAllButton(new QPushButton(tr("Replace A&ll"), this))
    , m_status(new QLabel(this))
    , m_findAction(new QAction(tr("&Find…"), this))
    , m_replaceAction(new QAction(tr("&Replace…"), this))
    , m_findNextAction(new QAction(tr("Find &Next"), this))
    , m_findPreviousAction(new QAction(tr("Find Pre&vious"), this))
{
    setObjectName(QStringLiteral("findBar"));
    setFrameShape(QFrame::StyledPanel);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed); // the editor keeps every spare pixel
    m_findField->setObjectName(QStringLiteral("findField"));
    m_findField->setPlaceholderText(tr("Find"));
    m_findField->setClearButtonEnabled(true);
    m_replaceField->setObjectName(QStringLiteral("replaceField"));
    m_replaceField->setPlaceholderText(tr("Replace with"));
    m_replaceField->setToolTip(tr("With a regular expression: \\0 the whole match, \\1 … \\9 or \\g<name> a "
                                  "group, \\n a new line, \\t a tab, \\\\ a backslash"));
    m_status->setObjectName(QStringLiteral("findStatus"));
    m_status->setMinimumWidth(fontMetrics().horizontalAdvance(tr("1000 of 1000 · wrapped to the top")));
    m_previousButton = arrowButton(QStyle::SP_ArrowUp, tr("Find previous (Shift+Enter, Shift+F3)"), this);
    m_nextButton = arrowButton(QStyle::SP_ArrowDown, tr("Find next (Enter, F3)"), this);
    auto *closeButton = arrowButton(QStyle::SP_DialogCloseButton, tr("Close (Escape)"), this);
    m_regularExpression->setToolTip(tr("Perl-compatible regular expression; ^ and $ match at every line"));
    m_inSelection->setToolTip(tr("Search only the text that was selected when this was turned on"));

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->setVerticalSpacing(3);
    auto *findLabel = new QLabel(tr("Find:"), this);
    findLabel->setBuddy(m_findField);
    layout->addWidget(findLabel, 0, 0);
    layout->addWidget(m_findField, 0, 1);
    auto *findTools = new QHBoxLayout;
    findTools->addWidget(m_previousButton);
    findTools->addWidget(m_nextButton);
    for (QCheckBox *box : {m_matchCase, m_wholeWords, m_regularExpression, m_inSelection}) {
        findTools->addWidget(box);
    }
    findTools->addWidget(m_status, 1);
    findTools->addWidget(closeButton);
    layout->addLayout(findTools, 0, 2);
    m_replaceRow = new QWidget(this);
    auto *replaceLabel = new QLabel(tr("Replace:"), this);
    replaceLabel->setBuddy(m_replaceField);
    layout->addWidget(replaceLabel, 1, 0);
    layout->addWidget(m_replaceField, 1, 1);
    auto *replaceTools = new QHBoxLayout(m_replaceRow);
    replaceTools->setContentsMargins(0, 0, 0, 0);
    replaceTools->addWidget(m_replaceButton);
    replaceTools->addWidget(m_replaceAllButton);
    replaceTools->addStretch(1);
    layout->addWidget(m_replaceRow, 1, 2);
    layout->setColumnStretch(1, 1);
    m_replaceLabel = replaceLabel;
    hide();

    m_findAction->setObjectName(QStringLiteral("actionFind"));
    m_findAction->setShortcut(QKeySequence::Find);
    m_replaceAction->setObjectName(QStringLiteral("actionReplace"));
    m_replaceAction->setShortcuts({Qt::CTRL | Qt::Key_R, Qt::CTRL | Qt::Key_H});
    m_findNextAction->setObjectName(QStringLiteral("actionFindNext"));
    m_findNextAction->setShortcut(Qt::Key_F3);
    m_findPreviousAction->setObjectName(QStringLiteral("actionFindPrevious"));
    m_findPreviousAction->setShortcut(Qt::SHIFT | Qt::Key_F3);
    connect(m_findAction, &QAction::triggered, this, &FindBar::openFind);
    connect(m_replaceAction, &QAction::triggered, this, &FindBar::openReplace);
    connect(m_findNextAction, &QAction::triggered, this, &FindBar::findNext);
    connect(m_findPreviousAction, &QAction::triggered, this, &FindBar::findPrevious);

    connect(m_findField, &QLineEdit::textChanged, this, &FindBar::patternEdited);
    for (QCheckBox *box : {m_matchCase, m_wholeWords, m_regularExpression}) {
        connect(box, &QCheckBox::toggled, this, &FindBar::optionsChanged);
    }
    connect(m_inSelection, &QCheckBox::toggled, this, &FindBar::setInSelection);
    connect(m_previousButton, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_nextButton, &QToolButton::clicked, this, &FindBar::findNext);
    connect(closeButton, &QToolButton::clicked, this, &FindBar::close);
    connect(m_replaceButton, &QPushButton::clicked, this, &FindBar::replaceCurrent);
    connect(m_replaceAllButton, &QPushButton::clicked, this, &FindBar::replaceAll);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(RefreshDelay);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        refresh();
        showCount();
    });
    connect(m_editor->document(), &QTextDocument::contentsChanged, this, [this] {
        m_stale = true;
        if (isVisible() && !m_inPreview) {
            m_refreshTimer.start();
        }
    });
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        if (isVisible() && !m_inPreview && !m_stale) {
            showCount();
        }
    });
    connect(m_editor->verticalScrollBar(), &QScrollBar::valueChanged, this, &FindBar::highlightVisibleMatches);
    m_findField->installEventFilter(this);
    m_replaceField->installEventFilter(this);
    m_editor->installEventFilter(this);
}

void FindBar::openFind()
{
    open(false);
}

void FindBar::openReplace()
{
    open(true);
}

void FindBar::open(bool replace)
{
    const bool fromBar = isAncestorOf(QApplication::focusWidget());
    if (!fromBar || !isVisible()) {
        m_inPreview = previewHasFocus();
    }
    if (!m_inPreview && !fromBar) {
        const QTextCursor cursor = m_editor->textCursor();
        m_incrementalFrom = cursor.selectionStart();
        if (cursor.hasSelection()) {
            const QString selected = cursor.selectedText();
            if (selected.contains(QChar::ParagraphSeparator)) {
                m_inSelection->setChecked(true); // several lines selected: search in them
            } else {
                m_findField->setText(selected);
            }
        }
    }
    for (QCheckBox *box : {m_wholeWords, m_regularExpression, m_inSelection}) {
        box->setEnabled(!m_inPreview); // the page's own find knows only plain text and case
    }
    const bool replacing = (replace || (fromBar && m_replaceRow->isVisible())) && !m_inPreview;
    m_replaceRow->setVisible(replacing);
    m_replaceField->setVisible(replacing);
    m_replaceLabel->setVisible(replacing);
    m_replaceButton->setEnabled(!m_editor->isReadOnly());
    m_replaceAllButton->setEnabled(!m_editor->isReadOnly());
    show();
    if (replace && fromBar && m_findField->hasFocus()) {
        m_replaceField->setFocus(Qt::ShortcutFocusReason);
        m_replaceField->selectAll();
    } else {
        m_findField->setFocus(Qt::ShortcutFocusReason);
        m_findField->selectAll();
    }
    if (m_inPreview) {
        findInPreview(false);
        return;
    }
    m_stale = true;
    refresh();
    showCount();
}

void FindBar::close()
{
    hide();
    m_refreshTimer.stop();
    m_editor->setSearchHighlights({});
    if (m_inPreview) {
        m_preview->findText(QString()); // takes the page's highlights away
    }
    m_editor->setFocus();
}

void FindBar::patternEdited()
{
    m_stale = true;
    if (!isVisible()) {
        return;
    }
    if (m_inPreview) {
        findInPreview(false);
    } else {
        find(false, true);
    }
}

void FindBar::optionsChanged()
{
    m_stale = true;
    if (isVisible() && !m_inPreview) {
        find(false, true);
    } else if (isVisible()) {
        findInPreview(false);
    }
}

void FindBar::setInSelection(bool on)
{
    const QTextCursor cursor = m_editor->textCursor();
    if (on && !cursor.hasSelection()) {
        m_inSelection->setChecked(false);
        showProblem(tr("Select the text to search in first"));
        return;
    }
    m_scope = on ? cursor : QTextCursor();
    if (on) {
        m_incrementalFrom = cursor.selectionStart();
    }
    optionsChanged();
}

void FindBar::refresh()
{
    if (!m_stale) {
        return;
    }
    m_stale = false;
    m_search = Core::TextSearch(
        m_findField->text(), {m_matchCase->isChecked(), m_wholeWords->isChecked(), m_regularExpression->isChecked()});
    m_searchedText = m_editor->toPlainText();
    qsizetype from = 0;
    qsizetype to = -1;
    if (m_inSelection->isChecked() && !m_scope.isNull()) {
        from = m_scope.selectionStart();
        to = m_scope.selectionEnd();
    }
    m_matches = m_search.findAll(m_searchedText, from, to);
    highlightVisibleMatches();
}

int FindBar::currentMatch() const
{
    if (m_stale) {
        return -1;
    }
    const QTextCursor cursor = m_editor->textCursor();
    return Core::TextSearch::indexOf(m_matches, cursor.selectionStart(), cursor.selectionEnd());
}

void FindBar::findNext()
{
    find(false, false);
}

void FindBar::findPrevious()
{
    find(true, false);
}

void FindBar::find(bool backwards, bool fromStart)
{
    if (!isVisible()) {
        // F3 with the bar closed: open it on what was searched last.
        open(false);
        if (m_inPreview || m_findField->text().isEmpty()) {
            return;
        }
    }
    if (m_inPreview) {
        findInPreview(backwards);
        return;
    }
    refresh();
    if (m_search.isEmpty() || !m_search.isValid() || m_matches.isEmpty()) {
        showCount();
        return;
    }
    const QTextCursor cursor = m_editor->textCursor();
    const Core::TextSearch::Step step =
        fromStart ? Core::TextSearch::step(m_matches, m_incrementalFrom, m_incrementalFrom, false)
                  : Core::TextSearch::step(m_matches, cursor.selectionStart(), cursor.selectionEnd(), backwards);
    selectMatch(step.index);
    if (!fromStart) {
        m_incrementalFrom = int(m_matches.at(step.index).start); // typing on extends from here
    }
    QString note;
    if (step.wrapped && !fromStart) {
        note = backwards ? tr("wrapped to the end") : tr("wrapped to the top");
    }
    showCount(note);
}

void FindBar::selectMatch(int index)
{
    const Core::TextSearch::Match &match = m_matches.at(index);
    QTextCursor cursor(m_editor->document());
    cursor.setPosition(int(match.start));
    cursor.setPosition(int(match.end()), QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor);
    m_editor->ensureCursorVisible();
    highlightVisibleMatches();
}

void FindBar::findInPreview(bool backwards)
{
    QWebEnginePage::FindFlags flags;
    if (m_matchCase->isChecked()) {
        flags |= QWebEnginePage::FindCaseSensitively;
    }
    if (backwards) {
        flags |= QWebEnginePage::FindBackward;
    }
    const QString text = m_findField->text();
    if (text.isEmpty()) {
        m_preview->findText(QString());
        showCount();
        return;
    }
    QPointer<FindBar> self(this);
    m_preview->findText(text, flags, [self, backwards](const QWebEngineFindTextResult &result) {
        if (!self || !self->isVisible() || !self->m_inPreview) {
            return;
        }
        if (result.numberOfMatches() == 0) {
            self->showProblem(tr("No matches in the preview"));
            return;
        }
        QString status = tr("%1 of %2 in the preview").arg(result.activeMatch()).arg(result.numberOfMatches());
        const int last = self->property("previewActive").toInt();
        if (last > 0 && result.numberOfMatches() > 1 &&
            ((!backwards && result.activeMatch() < last) || (backwards && result.activeMatch() > last))) {
            status += QStringLiteral(" · ") + (backwards ? tr("wrapped to the end") : tr("wrapped to the top"));
        }
        self->setProperty("previewActive", result.activeMatch());
        self->m_status->setText(status);
        self->m_findField->setPalette(QPalette());
    });
}

bool FindBar::canReplace()
{
    if (m_inPreview) {
        return false; // the rendered page is not the text
    }
    if (m_editor->isReadOnly()) {
        m_status->setText(tr("The text cannot be changed now")); // a large spec still loading
        return false;
    }
    return true;
}

void FindBar::replaceCurrent()
{
    if (!canReplace()) {
        return;
    }
    refresh();
    const int index = currentMatch();
    if (index < 0) {
        find(false, false); // first show the user what would be replaced
        return;
    }
    const Core::TextSearch::Match match = m_matches.at(index);
    QTextCursor cursor = m_editor->textCursor();
    cursor.insertText(m_search.replacementFor(m_searchedText, match, m_replaceField->text()));
    m_editor->setTextCursor(cursor);
    m_stale = true;
    refresh();
    if (m_matches.isEmpty()) {
        showCount(tr("replaced the last one"));
        return;
    }
    const Core::TextSearch::Step step = Core::TextSearch::step(m_matches, cursor.position(), cursor.position(), false);
    selectMatch(step.index);
    showCount(step.wrapped ? tr("wrapped to the top") : QString());
}

void FindBar::replaceAll()
{
    if (!canReplace()) {
        return;
    }
    refresh();
    if (m_search.isEmpty() || !m_search.isValid() || m_matches.isEmpty()) {
        showCount();
        return;
    }
    // One edit from the first match to the last, its text made by the engine: one undo step, one
    // re-highlight, and 40 000 matches take one insertion instead of 40 000.
    const qsizetype first = m_matches.constFirst().start;
    const qsizetype last = m_matches.constLast().end();
    const QString replaced = m_search.replaceAll(m_searchedText, m_replaceField->text(), first, last);
    QTextCursor cursor(m_editor->document());
    cursor.setPosition(int(first));
    cursor.setPosition(int(last), QTextCursor::KeepAnchor);
    cursor.insertText(replaced.mid(first, replaced.size() - m_searchedText.size() + (last - first)));
    const int count = int(m_matches.size());
    m_stale = true;
    refresh();
    const QString done = count == 1 ? tr("Replaced 1 occurrence") : tr("Replaced %1 occurrences").arg(count);
    m_status->setText(done);
    Q_EMIT noticed(done);
}

void FindBar::showCount(const QString &note)
{
    m_findField->setPalette(QPalette());
    m_findField->setToolTip(QString());
    if (m_inPreview) {
        m_status->clear();
        return;
    }
    if (m_findField->text().isEmpty()) {
        m_status->clear();
        return;
    }
    if (!m_search.isValid()) {
        showProblem(tr("Invalid pattern: %1").arg(m_search.errorString()));
        m_findField->setToolTip(m_status->text());
        return;
    }
    if (m_matches.isEmpty()) {
        showProblem(m_inSelection->isChecked() ? tr("No matches in the selection") : tr("No matches"));
        return;
    }
    const int current = currentMatch();
    const QString more = m_matches.size() >= Core::TextSearch::MatchLimit ? tr("at least ") : QString();
    QString status = current >= 0            ? tr("%1 of %2%3").arg(current + 1).arg(more).arg(m_matches.size())
                     : m_matches.size() == 1 ? tr("1 match")
                                             : tr("%1%2 matches").arg(more).arg(m_matches.size());
    if (!note.isEmpty()) {
        status += QStringLiteral(" · ") + note;
    }
    m_status->setText(status);
}

void FindBar::showProblem(const QString &text)
{
    QPalette problem = m_findField->palette();
    const bool dark = problem.color(QPalette::Base).lightness() < 128;
    problem.setColor(QPalette::Base, dark ? QColor(0x5a, 0x1e, 0x22) : QColor(0xfb, 0xdc, 0xdc));
    m_findField->setPalette(problem);
    m_status->setText(text);
}

void FindBar::highlightVisibleMatches()
{
    if (!isVisible() || m_inPreview || m_stale || m_matches.isEmpty()) {
        m_editor->setSearchHighlights({});
        return;
    }
    const QRect view = m_editor->viewport()->rect();
    const int first = m_editor->cursorForPosition(view.topLeft()).block().position();
    const QTextBlock lastBlock = m_editor->cursorForPosition(view.bottomRight()).block();
    const int last = lastBlock.position() + lastBlock.length();
    auto it =
        std::lower_bound(m_matches.cbegin(), m_matches.cend(), first,
                         [](const Core::TextSearch::Match &match, int position) { return match.end() < position; });
    QList<QPair<int, int>> ranges;
    for (; it != m_matches.cend() && it->start <= last && ranges.size() < MaximumHighlights; ++it) {
        ranges.append({int(it->start), int(it->length)});
    }
    m_editor->setSearchHighlights(ranges);
}

bool FindBar::previewHasFocus() const
{
    const QWidget *focus = QApplication::focusWidget();
    return m_preview->isVisible() && focus && (focus == m_preview || m_preview->isAncestorOf(focus));
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress) {
        return QFrame::eventFilter(watched, event);
    }
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->key() == Qt::Key_Escape && isVisible()) {
        close();
        return true;
    }
    // Return is taken here: QLineEdit passes it on to its parents, and the editor would break a line.
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (enter && watched == m_findField) {
        find(key->modifiers() & Qt::ShiftModifier, false);
        return true;
    }
    if (enter && watched == m_replaceField) {
        if (key->modifiers() & Qt::ControlModifier) {
            replaceAll();
        } else {
            replaceCurrent();
        }
        return true;
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace Specwright::Widgets
