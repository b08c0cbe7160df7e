// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"
#include "specvalidator.h"

#include <core/render/renderservice.h>
#include <core/rst/rstdocument.h>

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace Specwright::Core {

/**
 * Parses and validates documents off the GUI thread.
 *
 * request() takes an immutable snapshot (text, revision, path). One job runs
 * at a time on the global thread pool; a newer request cancels the running
 * job (through its atomic flag) and waits in its place, replacing any older
 * waiting one. Only the result for the newest revision is emitted, carrying
 * the parsed document too, so the preview can render it without parsing again.
 * A request may ask for the preview's HTML as well: the job renders right
 * after parsing and emits rendered() before it validates, so the preview
 * never waits for the checks (nor for a slow second opinion from a plugin).
 *
 * \note Lives in the GUI thread; the jobs never touch widgets. The destructor
 * cancels and waits for a running job.
 */
class ValidationService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ValidationService)

public:
    struct Result
    {
        quint64 revision = 0;
        RstDocument::Ptr document;
        QList<Diagnostic> diagnostics;
        QString templateName;
        SpecValidator::Profile profile = SpecValidator::Profile::Strict;
    };

    /** What the user chose instead of the repository's own template and profile. */
    struct Settings
    {
        QString templatePath;                          ///< Empty: the repository's template, else the built-in one
        std::optional<SpecValidator::Profile> profile; ///< Empty: detected from the repository
    };

    explicit ValidationService(QObject *parent = nullptr);

    void setSettings(const Settings &settings) { m_settings = settings; }
    const Settings &settings() const { return m_settings; }
    ~ValidationService() override;

    /**
     * Parses and validates \a text; with \a render, renders it for the preview first.
     * \a lineEnding is what the file is saved with (the editor's text has no carriage returns).
     */
    void request(const QString &text, quint64 revision, const QString &sourcePath, bool render = false,
                 TextFile::LineEnding lineEnding = TextFile::LineEnding::Unix);

    /**
     * The same work, synchronously: template and profile come from the spec's
     * repository. \a rendered, when set, receives the rendered document as
     * soon as it is parsed, before validation.
     */
    static Result analyse(const QString &text, quint64 revision, const QString &sourcePath,
                          const std::atomic_bool *cancel = nullptr, const Settings &settings = Settings(),
                          const std::function<void(const RenderService::Result &)> &rendered = {},
                          TextFile::LineEnding lineEnding = TextFile::LineEnding::Unix);

Q_SIGNALS:
    /** The newest request that asked for HTML was rendered (emitted before its validated()). */
    void rendered(const Specwright::Core::RenderService::Result &result);
    void validated(const Specwright::Core::ValidationService::Result &result);

private:
    struct Request
    {
        QString text;
        quint64 revision = 0;
        QString sourcePath;
        Settings settings;
        bool render = false;
        TextFile::LineEnding lineEnding = TextFile::LineEnding::Unix;
    };

    void start(Request request);
    void finished();

    QFutureWatcher<Result> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::optional<Request> m_waiting;
    quint64 m_latestRevision = 0;
    Settings m_settings;
};

} // namespace Specwright::Core
