// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/document/filereach.h>

#include <QString>

namespace Specwright::Core {

/**
 * Turns a spec's local images into `data:` URIs for a page that must stand
 * alone: an exported page then shows its images wherever it is saved, and its
 * policy needs to let no `file:` URL load at all.
 *
 * Only images inside the spec's FileReach, of a known image type and within
 * the size limits are embedded; anything else gives an empty string and the
 * page shows the image's alternative text instead.
 *
 * \note Not thread-safe (it counts what it embedded); one per page.
 */
class ImageEmbedder final
{
public:
    /** One image may hold at most this many bytes … */
    static constexpr qint64 MaximumImageBytes = qint64(8) * 1024 * 1024;
    /** … and a page all of them together. */
    static constexpr qint64 MaximumPageBytes = qint64(32) * 1024 * 1024;

    /** Images of the spec at \a specPath (empty: an unsaved spec, which embeds nothing local). */
    explicit ImageEmbedder(const QString &specPath);

    /** The `data:` URI for \a uri as the spec wrote it; web URLs come back as they are. */
    QString source(const QString &uri);

private:
    QString m_folder;
    FileReach m_reach;
    qint64 m_embeddedBytes = 0;
};

} // namespace Specwright::Core
