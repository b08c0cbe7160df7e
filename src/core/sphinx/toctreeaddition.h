// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sphinxindex.h"

#include <QString>

#include <optional>

namespace Specwright::Core {

/**
 * The change to an index file that makes a repository's toctrees reach a new
 * document, written the way that index lists its neighbours: a `:glob:`
 * pattern for the document's folder where the index globs (`glance/` and a star), its
 * name where the index names documents one by one. An index with an empty
 * toctree (a release's approved/index.rst before its first spec) follows the
 * same index of the release before it.
 *
 * \note Reentrant; reads the index file, writes nothing.
 */
class ToctreeAddition final
{
public:
    struct Edit
    {
        QString path;         ///< the index file to change
        QString before;       ///< its text now
        QString after;        ///< its text with the entry added
        QString entry;        ///< the line added, e.g. "glance/" and a star
        QString diff;         ///< unified diff, for people
        QString note;         ///< what the edit does and why, for people: "gets …, so that …"
        bool created = false; ///< a new file (before is empty and the file must not exist)
        QString copiedFrom;   ///< for a created file that copies another, byte for byte: that file
    };

    /**
     * The edit that makes \a index's toctrees reach the document \a name (which need not exist
     * yet), or nothing: it is reached already, or no index file sits in its folder or above it.
     */
    static std::optional<Edit> forDocument(const SphinxIndex &index, const QString &name);

    /**
     * \a text with \a entry inserted into its last toctree (after its last entry, or after its
     * options when it has none; with a :glob: option when \a glob asks for one), or with a toctree
     * appended when it has none.
     */
    static QString withEntry(const QString &text, const QString &entry, bool glob);
};

} // namespace Specwright::Core
