// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWebEngineView>

namespace Specwright::Widgets {

/// The preview pane: a QWebEngineView with page scripts and remote access off.
class PreviewView final : public QWebEngineView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewView)

public:
    /// The page shown until the RST engine renders documents.
    static const QUrl PlaceholderUrl;

    explicit PreviewView(QWidget *parent = nullptr);
};

} // namespace Specwright::Widgets
