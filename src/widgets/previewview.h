// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWebEngineView>

namespace Specwright::Widgets {

/// The preview pane: shows rendered HTML with page scripts and remote access off.
class PreviewView final : public QWebEngineView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewView)

public:
    explicit PreviewView(QWidget *parent = nullptr);

    /// Shows \a bodyHtml (from Core::HtmlRenderer) in the preview page; relative
    /// links and images resolve against \a baseDirectory.
    void showDocument(const QString &bodyHtml, const QString &title, const QString &baseDirectory);
};

} // namespace Specwright::Widgets
