// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace Specwright::Widgets {

/// Shows a unified diff read-only in a fixed-width font (the Compare… of a question).
class DiffDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffDialog)

public:
    /// An empty \a diff says the texts are the same.
    DiffDialog(const QString &title, const QString &diff, QWidget *parent = nullptr);
    ~DiffDialog() override;
};

} // namespace Specwright::Widgets
