// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace Specwright::Core {

/**
 * What a specs repository's own gate checks, read from the repository: its
 * tox environments (doc8 and sphinx-build command lines), doc8's settings
 * wherever doc8 reads them, setup.cfg, pyproject.toml, the titles test,
 * codespell, pre-commit hooks and which tox environments `.zuul.yaml` really
 * runs on a change — and where each fact came from ("tox.ini:14").
 *
 * GateProfile turns it into the severities the validator uses; `specwright-cli
 * gate` and Check → Gate show describe().
 *
 * \note A plain value; forPath() and resolve() read files and keep the answer
 * per repository while the files they read are unchanged. Thread-safe.
 */
class RepositoryGate final
{
public:
    /** Where a setting was found: a file relative to the root, and a 1-based line (0: the file as a whole). */
    struct Source
    {
        QString file;
        int line = 0;
        QString toString() const;
        bool isSet() const { return !file.isEmpty(); }
    };

    struct Doc8
    {
        bool runs = false;      ///< a gated tox environment (or pre-commit hook) runs doc8
        Source command;         ///< the command line that runs it
        Source settings;        ///< the config section doc8 reads, if any
        QSet<QString> ignored;  ///< e.g. D001
        int maxLineLength = 79; ///< doc8 reports lines longer than this
        bool allowLongTitles = false;
        QStringList ignorePaths;
        bool checks(const QString &code) const { return runs && !ignored.contains(code); }
    };

    struct Sphinx
    {
        bool builds = false;            ///< a gated environment builds the docs
        bool warningsAreErrors = false; ///< -W, or warning-is-error in setup.cfg
        Source command;
        QString sourceDir; ///< relative to the root, e.g. doc/source
        QString masterDoc = QStringLiteral("index");
    };

    struct TitlesTest
    {
        bool exists = false;
        bool runs = false; ///< a gated environment runs the tests, on a change that touches only .rst files
        QString path;      ///< e.g. tests/test_titles.py
        Source command;
        // What the test checks besides the template's sections (read from its code).
        bool lineLength = false;
        bool trailingSpaces = false;
        bool carriageReturns = false;
        bool zeroWidthSpaces = false;
    };

    struct Codespell
    {
        bool runs = false;
        Source settings;
        QStringList ignoredWords; ///< ignore-words-list: words the spelling check accepts
    };

    RepositoryGate() = default;

    /**
     * The repository root above \a path: the nearest folder holding `specs/`
     * and one of tox.ini, setup.cfg or .git. Empty when there is none.
     */
    static QString findRoot(const QString &path);
    /** The gate of the repository holding \a path (invalid outside one). */
    static RepositoryGate forPath(const QString &path);
    /** Reads the gate of the repository at \a root. */
    static RepositoryGate resolve(const QString &root);

    bool isValid() const { return !m_root.isEmpty(); }
    QString root() const { return m_root; }

    const Doc8 &doc8() const { return m_doc8; }
    const Sphinx &sphinx() const { return m_sphinx; }
    const TitlesTest &titlesTest() const { return m_titles; }
    const Codespell &codespell() const { return m_codespell; }
    /** Hook ids of .pre-commit-config.yaml that the gate runs (a tox environment runs pre-commit). */
    const QStringList &preCommitHooks() const { return m_preCommitHooks; }
    /** The tox environments .zuul.yaml runs on a change to a spec (empty: no .zuul.yaml, all are assumed). */
    const QStringList &gatedEnvironments() const { return m_gatedEnvironments; }
    bool hasZuulConfig() const { return m_zuul.isSet(); }

    /**
     * The template \a specPath is held to, as the repository arranges them:
     * `specs/<release>-template.rst`, `specs/<release>/template.rst` (a one-line
     * file naming another template is followed), `specs/template.rst`. Empty
     * when there is none.
     */
    QString templateFor(const QString &specPath) const;
    /** Whether \a path is a spec template (the reference, never checked as a spec). */
    static bool isTemplate(const QString &path);
    /** Whether the titles test holds \a specPath to the template's sections (and runs at all). */
    bool sectionsEnforced(const QString &specPath) const;

    /** What was resolved and from which file, one fact per line, for people. */
    QString describe() const;

private:
    void readTox();
    void readDoc8Settings();
    void readSetupCfg();
    void readPyproject();
    void readZuul();
    void readPreCommit();
    void readTitlesTest();
    bool isGated(const QString &environment) const;
    void readCommand(const QString &environment, const QString &command, const Source &source);

    QString m_root;
    Doc8 m_doc8;
    Sphinx m_sphinx;
    TitlesTest m_titles;
    Codespell m_codespell;
    QStringList m_preCommitHooks;
    bool m_runsPreCommit = false;
    QStringList m_gatedEnvironments;
    QStringList m_skippedJobs; ///< check and gate jobs a change to a spec does not start
    Source m_zuul;
    QStringList m_testCommands;  ///< environments that run the test suite, with where
    QString m_doc8CommandIgnore; ///< --ignore on the command line (merged with the config's)
    int m_doc8CommandMaxLength = 0;
};

} // namespace Specwright::Core
