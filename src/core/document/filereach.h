// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Specwright::Core {

/**
 * The files a spec may read: those inside its repository, after resolving
 * symbolic links.
 *
 * A spec can name other files (`.. include::`, images). Opening a spec must
 * never show or export a file from elsewhere (`/etc/passwd`, a key two
 * folders up), so every such read asks allows() first. The reach is the
 * spec's git work tree (the nearest folder upwards holding `.git`), else its
 * specs repository (the nearest folder upwards holding the `specs/` folder the
 * spec lies in), else the spec's own folder. An unsaved spec (no path) reaches
 * nothing.
 *
 * \note A value type; reentrant. It reads the file system when made and in
 * allows(), so the answer follows the disk at that moment.
 */
class FileReach final
{
public:
    /** Why a path is out of reach, or Allowed. */
    enum class Verdict { Allowed, Outside, Missing, NoRoot };

    /** Reaches nothing: every path is refused. */
    FileReach() = default;

    /** The reach of the spec at \a specPath (need not exist yet; empty: nothing). */
    static FileReach forSpec(const QString &specPath);

    /** The folder everything readable lies in, canonical; empty when nothing is. */
    QString root() const { return m_root; }
    bool isEmpty() const { return m_root.isEmpty(); }

    /**
     * Whether \a path may be read. \a canonicalPath, when given, receives the
     * path with every symbolic link resolved (what to open, so that a link
     * swapped in between cannot lead elsewhere). A path that does not exist
     * is Missing, unless even its folder lies outside (Outside).
     */
    Verdict check(const QString &path, QString *canonicalPath = nullptr) const;
    bool allows(const QString &path) const { return check(path) == Verdict::Allowed; }

    /** A sentence for the user about \a verdict for \a path (as the spec wrote it). */
    QString explain(Verdict verdict, const QString &path) const;

private:
    QString m_root;
};

} // namespace Specwright::Core
