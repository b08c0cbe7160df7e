// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/document/textfile.h>
#include <core/spelling/spellingoptions.h>

#include <QString>

namespace Specwright::Core {

/**
 * One revision of a spec as it is (or will be) written to disk: the text with
 * its line endings, whether a byte order mark precedes it, and its path. The
 * window, `specwright-cli check` and Export for Review build it in their own
 * way and hand it to SpecAnalyzer::analyse(), so the three see the same bytes.
 */
struct AnalysisInput
{
    QString writtenText;  ///< the text as written: line endings and all, without the byte order mark
    QString path;         ///< empty: an unsaved spec (it reads no file and belongs to no repository)
    quint64 revision = 0; ///< echoed in the analysis, so stale results can be told apart
    TextFile::LineEnding lineEnding = TextFile::LineEnding::Unix;
    bool byteOrderMark = false;
    bool render = false;      ///< also render the preview's HTML
    SpellingOptions spelling; ///< off by default; see SpecAnalysis::misspellings
    /// Checks against the repository's Sphinx build (SphinxCheck) wait for its index when it is not
    /// built yet; the window does not wait (SpecAnalysis::sphinxIndexPending) and checks again.
    bool waitForSphinxIndex = true;

    /** The editor's \a text (lines end in "\n") as the next save writes it. */
    static AnalysisInput fromEditor(const QString &text, const QString &path, quint64 revision,
                                    TextFile::LineEnding lineEnding, bool byteOrderMark);
    /** A file's raw \a bytes, already decoded (and found valid) as \a decoded. */
    static AnalysisInput fromFile(const QByteArray &bytes, const TextFile &decoded, const QString &path);
};

} // namespace Specwright::Core
