// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QTimer>
#include <QWebEngineView>

#include <functional>

namespace Specwright::Widgets {

class PreviewRequestFilter;

/// The preview pane: shows rendered HTML with page scripts and remote access off.
class PreviewView final : public QWebEngineView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewView)

public:
    explicit PreviewView(QWidget *parent = nullptr);
    ~PreviewView() override;

    /// Shows \a bodyHtml (from Core::HtmlRenderer) in the preview page; relative
    /// links and images resolve against \a baseDirectory. While the folder stays the same the
    /// page is not reloaded: only its content is replaced, keeping the scroll position.
    void showDocument(const QString &bodyHtml, const QString &title, const QString &baseDirectory);

    /// Colours code blocks with the editor's KSyntaxHighlighting theme \a themeName; an empty
    /// name returns to the default light and dark themes that follow the application palette.
    void setCodeTheme(const QString &themeName);
    QString codeTheme() const { return m_codeTheme; }

    /// How often the page itself was (re)loaded, and how many in-place updates were applied.
    int pageLoads() const { return m_pageLoads; }
    /// Requests the page made that the preview blocked (remote images, links, frames …).
    PreviewRequestFilter *requestFilter() const { return m_filter; }
    quint64 appliedUpdates() const { return m_appliedUpdates; }

    /// Scrolls so that (1-based, fractional) source line \a line is at the top, interpolating
    /// between the nearest elements' data-source-line anchors. Asked for while the page loads,
    /// the latest such scroll happens once it has loaded.
    void scrollToSourceLine(double line);
    /// Asks the page which source line is at the top; answers with sourceLineAtTop().
    void requestSourceLineAtTop();
    /// Asks the page which (fractional) source line is at the top when it is scrolled to \a scrollY
    /// (CSS pixels, as userScrolled() reports it); calls \a answer with it (0 when the page did not say).
    void findSourceLineAt(double scrollY, const std::function<void(double line)> &answer);

Q_SIGNALS:
    /// An in-place update reached the page.
    void contentUpdated();
    /// The user scrolled the page (not scrollToSourceLine()) to \a scrollY (CSS pixels): wheel, keys,
    /// scroll bar, an in-document link, a find. The page's script may not see that position yet.
    void userScrolled(double scrollY);
    /// Answer to requestSourceLineAtTop().
    void sourceLineAtTop(double line);
    /// The user double-clicked the block that comes from source line \a line (the next block's is
    /// \a endLine, 0 for none), on \a word, its \a occurrence-th (0-based) in the block's text;
    /// \a word is empty off words (see Core::RenderedWord).
    void wordActivated(int line, int endLine, const QString &word, int occurrence);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void childEvent(QChildEvent *event) override;

private:
    void updateInPlace(const QString &bodyHtml, const QString &title);
    void applyColorScheme();
    void applyCodeTheme();
    /// Whether the page reporting scroll position \a y is a scrollToSourceLine() landing.
    bool isExpectedScroll(double y);
    /// The page is at \a y (reported, or read after input): userScrolled() unless it is ours or known.
    void scrolledTo(double y);
    /// The user gave the page input that may scroll it: read its position for a moment.
    void watchScrolling();
    void readScrollPosition();

    PreviewRequestFilter *m_filter = nullptr;
    QUrl m_base;
    bool m_pageReady = false;
    QString m_pendingBody;
    QString m_pendingTitle;
    int m_pageLoads = 0;
    quint64 m_updates = 0;
    quint64 m_appliedUpdates = 0;
    /// Where scrollToSourceLine() moved the page, and when; the page reports scroll positions late,
    /// several at once or not at all, so they are matched against all recent ones.
    struct ExpectedScroll
    {
        double y = 0;
        qint64 at = 0;
    };
    QList<ExpectedScroll> m_expectedScrolls;
    int m_scrollsInFlight = 0; ///< asked for, not landed yet
    qint64 m_lastScrollAsked = 0;
    QElapsedTimer m_clock;
    double m_pendingScrollLine = 0; ///< asked for while the page loaded; 0 for none
    /// Input on the page is followed by reading its position: QWebEnginePage::scrollPositionChanged
    /// is not reported with every compositor (none with GPU compositing under Xvfb).
    QTimer m_scrollWatch;
    qint64 m_watchUntil = 0;
    bool m_readingScroll = false;
    double m_lastSeenScroll = 0;
    QString m_codeTheme;
};

} // namespace Specwright::Widgets
