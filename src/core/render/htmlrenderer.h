// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/rst/rstdocument.h>

#include <QString>

#include <functional>

namespace Specwright::Core {

/**
 * Renders a parsed RST document to HTML through cmark-gfm.
 *
 * The document tree is mapped onto a cmark-gfm node tree and rendered with
 * cmark-gfm's HTML renderer: text, emphasis, code, links and images are
 * cmark inline nodes (so cmark escapes every piece of user text), simple
 * tables use the GFM table extension, and RST constructs without a
 * CommonMark node (sections, definition and field lists, admonitions,
 * footnotes, line blocks …) are custom blocks whose tags the renderer writes
 * itself, never containing user text.
 *
 * Every block element carries `data-source-line="N"` (1-based) for scroll
 * synchronisation; headings get docutils-style ids. `.. raw:: html` is shown
 * escaped with a notice, and link targets other than http(s), mailto,
 * in-document and relative ones are dropped.
 *
 * \note Reentrant: each call builds and frees its own cmark tree, so
 * documents may be rendered on worker threads.
 */
class HtmlRenderer final
{
public:
    /**
     * What an image's `src` becomes, given the URI the spec wrote (already
     * known to be safe); an empty string drops the image for its alternative
     * text.
     */
    using ImageSource = std::function<QString(const QString &uri)>;
    /** Where a standalone page may load images from. */
    enum class PageImages {
        Embedded,   ///< only `data:` URIs: an exported page reads no file of the reader's
        LocalFiles, ///< also `file:` URLs: the preview, whose request filter confines them to the spec's reach
    };

    /** The HTML of the document body (no <html>/<head>); images as written unless \a imageSource says otherwise. */
    static QString renderBody(const RstDocument &document, const ImageSource &imageSource = {});
    /** renderBody() as UTF-8, without the conversion (half the memory for large documents). */
    static QByteArray renderBodyUtf8(const RstDocument &document, const ImageSource &imageSource = {});

    /**
     * A complete standalone HTML page: \a bodyHtml inside a page with the
     * preview style sheet \a css embedded and \a title as its title. Its
     * Content-Security-Policy keeps it inert in any browser: no script runs,
     * nothing loads from the network, and images load only as \a images says.
     */
    static QString standalonePage(const QString &bodyHtml, const QString &title, const QString &css,
                                  PageImages images = PageImages::Embedded);

    /**
     * The standalone page for \a document: its body, the default style sheet and its title
     * (\a fallbackTitle when it has none), with the images of the spec at \a specPath that lie
     * in its FileReach embedded (ImageEmbedder). `specwright-cli render` and File > Export HTML
     * both write exactly this.
     */
    static QString renderPage(const RstDocument &document, const QString &fallbackTitle,
                              const QString &specPath = QString());

    /** The preview style sheet shipped with the application (light and dark). */
    static QString defaultStyleSheet();

    /** The document title (the first top-level section's title), or an empty string. */
    static QString documentTitle(const RstDocument &document);

    /** docutils' make_id: a lower-case ASCII slug usable as an HTML id. */
    static QString makeId(const QString &text);
};

} // namespace Specwright::Core
