// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Over 600 lines: one short reader for each file a gate is declared in (tox.ini and its command
// lines, setup.cfg, pyproject.toml, doc8's files, .zuul.yaml, .pre-commit-config.yaml, the titles
// test), and describe(), which says what each found.
#include "repositorygate.h"

#include "iniconfig.h"
#include "specrepository.h"
#include "zuuljobs.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>

namespace Specwright::Core {

namespace {

// The files a gate is declared in: a change to any of them changes the answer.
const QStringList &gateFiles()
{
    static const QStringList files = {
        QStringLiteral("tox.ini"),
        QStringLiteral("setup.cfg"),
        QStringLiteral("pyproject.toml"),
        QStringLiteral("doc8.ini"),
        QStringLiteral(".config/doc8.ini"),
        QStringLiteral(".doc8"),
        QStringLiteral("pep8.ini"),
        QStringLiteral(".zuul.yaml"),
        QStringLiteral("zuul.yaml"),
        QStringLiteral(".pre-commit-config.yaml"),
        QStringLiteral("tests/test_titles.py"),
    };
    return files;
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

/** A command line split as a POSIX shell would (quotes, backslashes), without expansions. */
QStringList shellWords(const QString &command)
{
    QStringList words;
    QString word;
    bool inWord = false;
    QChar quote;
    for (qsizetype i = 0; i < command.size(); ++i) {
        const QChar c = command.at(i);
        if (!quote.isNull()) {
            if (c == quote) {
                quote = QChar();
            } else if (c == QLatin1Char('\\') && quote == QLatin1Char('"') && i + 1 < command.size()) {
                word += command.at(++i);
            } else {
                word += c;
            }
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
            inWord = true;
        } else if (c == QLatin1Char('\\') && i + 1 < command.size()) {
            word += command.at(++i);
            inWord = true;
        } else if (c.isSpace()) {
            if (inWord) {
                words.append(word);
            }
            word.clear();
            inWord = false;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (inWord) {
        words.append(word);
    }
    return words;
}

/** A TOML table's `key = value` lines: strings unquoted, arrays joined with commas. Enough for [tool.doc8]. */
QHash<QString, IniConfig::Value> tomlTable(const QString &text, const QString &table)
{
    QHash<QString, IniConfig::Value> values;
    const QStringList lines = text.split(QLatin1Char('\n'));
    bool inside = false;
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.startsWith(QLatin1Char('['))) {
            inside = line == QLatin1Char('[') + table + QLatin1Char(']');
            continue;
        }
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (!inside || line.startsWith(QLatin1Char('#')) || equals <= 0) {
            continue;
        }
        QString value = line.mid(equals + 1).trimmed();
        const int first = i;
        if (value.startsWith(QLatin1Char('['))) {
            while (!value.contains(QLatin1Char(']')) && i + 1 < lines.size()) {
                value += QLatin1Char(' ') + lines.at(++i).trimmed();
            }
        }
        static const QRegularExpression quotes(QStringLiteral("[\"'\\[\\]]"));
        QStringList items = value.remove(quotes).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString &item : items) {
            item = item.trimmed();
        }
        QString key = line.left(equals).trimmed().toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
        values.insert(key, {items.join(QLatin1Char(',')), first + 1, {first + 1}});
    }
    return values;
}

QString relativeTo(const QString &root, const QString &path)
{
    return QDir(root).relativeFilePath(path);
}

/** A one-line file naming another .rst (glance's per-release "../../../template.rst"): where it points. */
QString followStub(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile() || info.size() > 512) {
        return path;
    }
    const QString text = readText(path).trimmed();
    if (text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char(' ')) || !text.endsWith(QLatin1String(".rst"))) {
        return path;
    }
    const QString target = QDir::cleanPath(info.absoluteDir().filePath(text));
    return QFileInfo(target).isFile() ? target : path;
}

const QString Doc8Section = QStringLiteral("doc8");

} // namespace

QString RepositoryGate::Source::toString() const
{
    return line > 0 ? QStringLiteral("%1:%2").arg(file).arg(line) : file;
}

QString RepositoryGate::findRoot(const QString &path)
{
    const QFileInfo start(path);
    QDir dir(start.isDir() ? start.absoluteFilePath() : start.absolutePath());
    for (int depth = 0; depth < 16; ++depth) {
        if (QFileInfo(dir.filePath(QStringLiteral("specs"))).isDir() &&
            (QFileInfo::exists(dir.filePath(QStringLiteral("tox.ini"))) ||
             QFileInfo::exists(dir.filePath(QStringLiteral("setup.cfg"))) ||
             QFileInfo::exists(dir.filePath(QStringLiteral(".git"))))) {
            return dir.absolutePath();
        }
        if (!SpecRepository::goUp(dir)) {
            break;
        }
    }
    return {};
}

RepositoryGate RepositoryGate::forPath(const QString &path)
{
    const QString root = findRoot(path);
    if (root.isEmpty()) {
        return {};
    }
    // Asked for on every check: kept while the files the gate is read from are unchanged.
    QString signature;
    for (const QString &file : gateFiles()) {
        const QFileInfo info(QDir(root).filePath(file));
        signature += info.exists() ? QString::number(info.lastModified().toMSecsSinceEpoch()) + QLatin1Char(',')
                                   : QStringLiteral("-,");
    }
    static QMutex mutex;
    static QHash<QString, std::pair<QString, RepositoryGate>> cache;
    {
        const QMutexLocker lock(&mutex);
        const auto it = cache.constFind(root);
        if (it != cache.constEnd() && it->first == signature) {
            return it->second;
        }
    }
    RepositoryGate gate = resolve(root);
    const QMutexLocker lock(&mutex);
    cache.insert(root, {signature, gate});
    return gate;
}

RepositoryGate RepositoryGate::resolve(const QString &root)
{
    RepositoryGate gate;
    gate.m_root = QDir(root).absolutePath();
    gate.readZuul(); // first: which environments count
    gate.readPreCommit();
    gate.readTox();
    gate.readSetupCfg();
    gate.readPyproject();
    gate.readDoc8Settings();
    gate.readTitlesTest();
    if (gate.m_runsPreCommit) {
        // Hooks the gate runs through pre-commit count as the tools themselves.
        if (gate.m_preCommitHooks.contains(QStringLiteral("doc8")) && !gate.m_doc8.runs) {
            gate.m_doc8.runs = true;
            gate.m_doc8.command = {QStringLiteral(".pre-commit-config.yaml"), 0};
        }
        if (gate.m_preCommitHooks.contains(QStringLiteral("codespell"))) {
            gate.m_codespell.runs = true;
        }
    }
    return gate;
}

void RepositoryGate::readZuul()
{
    // The jobs a change to a spec starts: each job's files and irrelevant-files decide (ZuulJobs).
    for (const QString &name : {QStringLiteral(".zuul.yaml"), QStringLiteral("zuul.yaml")}) {
        const QString text = readText(QDir(m_root).filePath(name));
        if (text.isEmpty()) {
            continue;
        }
        m_zuul = {name, 0};
        const ZuulJobs jobs = ZuulJobs::fromText(text);
        m_gatedEnvironments = jobs.environmentsFor(QStringLiteral("specs/release/approved/spec.rst"));
        for (const QString &job : jobs.jobNames()) {
            if (!jobs.runsFor(job, QStringLiteral("specs/release/approved/spec.rst"))) {
                m_skippedJobs.append(job);
            }
        }
        return;
    }
}

bool RepositoryGate::isGated(const QString &environment) const
{
    return !m_zuul.isSet() || m_gatedEnvironments.contains(environment);
}

void RepositoryGate::readPreCommit()
{
    const QString text = readText(QDir(m_root).filePath(QStringLiteral(".pre-commit-config.yaml")));
    static const QRegularExpression hook(QStringLiteral("^\\s*-\\s*id:\\s*['\"]?([A-Za-z0-9_.-]+)"),
                                         QRegularExpression::MultilineOption);
    for (auto it = hook.globalMatch(text); it.hasNext();) {
        m_preCommitHooks.append(it.next().captured(1));
    }
}

void RepositoryGate::readTox()
{
    const IniConfig tox = IniConfig::read(QDir(m_root).filePath(QStringLiteral("tox.ini")));
    // Every environment with its own section, and those the envlist names (they inherit [testenv]).
    QStringList environments;
    for (const QString &section : tox.sections()) {
        if (section.startsWith(QLatin1String("testenv:"))) {
            environments.append(section.mid(8));
        }
    }
    for (const QString &listed : IniConfig::list(tox.value(QStringLiteral("tox"), QStringLiteral("envlist")).text)) {
        if (!environments.contains(listed) && !listed.contains(QLatin1Char('{'))) {
            environments.append(listed);
        }
    }
    if (environments.isEmpty() || (tox.hasSection(QStringLiteral("testenv")) &&
                                   !tox.value(QStringLiteral("tox"), QStringLiteral("envlist")).isSet())) {
        environments.append(QStringLiteral("py")); // what a bare `tox` runs: [testenv] itself
    }
    static const QRegularExpression reference(QStringLiteral("\\{\\[([^\\]]+)\\]([A-Za-z0-9_-]+)\\}"));
    for (const QString &environment : environments) {
        if (!isGated(environment)) {
            continue;
        }
        const QString section = QStringLiteral("testenv:") + environment;
        IniConfig::Value commands = tox.value(section, QStringLiteral("commands"));
        if (!commands.isSet()) {
            commands = tox.value(QStringLiteral("testenv"), QStringLiteral("commands"));
        }
        const QStringList lines = commands.text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (int i = 0; i < lines.size(); ++i) {
            const QString &line = lines.at(i);
            const int lineNumber = commands.lines.value(i, commands.line);
            // {[testenv:pep8]commands}: another section's commands, in place.
            if (const QRegularExpressionMatch match = reference.match(line); match.hasMatch()) {
                const IniConfig::Value other = tox.value(match.captured(1), match.captured(2));
                const QStringList others = other.text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
                for (int k = 0; k < others.size(); ++k) {
                    readCommand(environment, others.at(k),
                                {QStringLiteral("tox.ini"), other.lines.value(k, other.line)});
                }
                continue;
            }
            readCommand(environment, line, {QStringLiteral("tox.ini"), lineNumber});
        }
    }
}

void RepositoryGate::readCommand(const QString &environment, const QString &command, const Source &source)
{
    QStringList words = shellWords(command);
    while (!words.isEmpty() && (words.first() == QLatin1String("-") || words.first() == QLatin1String("!"))) {
        words.removeFirst(); // tox's "ignore the exit code" prefixes
    }
    if (!words.isEmpty() &&
        (words.first().startsWith(QLatin1Char('-')) || words.first().startsWith(QLatin1Char('!')))) {
        words.first().remove(0, 1);
    }
    if (words.size() >= 3 && words.at(0).startsWith(QLatin1String("python")) && words.at(1) == QLatin1String("-m")) {
        words = words.mid(2); // python -m doc8 …
    }
    if (words.isEmpty()) {
        return;
    }
    const QString program = QFileInfo(words.first()).fileName();
    const QStringList args = words.mid(1);
    if (program == QLatin1String("doc8")) {
        m_doc8.runs = true;
        m_doc8.command = source;
        for (int i = 0; i < args.size(); ++i) {
            const QString &arg = args.at(i);
            const QString next = i + 1 < args.size() ? args.at(i + 1) : QString();
            if (arg == QLatin1String("--ignore") && !next.isEmpty()) {
                m_doc8CommandIgnore += QLatin1Char(',') + next;
                ++i;
            } else if (arg.startsWith(QLatin1String("--ignore="))) {
                m_doc8CommandIgnore += QLatin1Char(',') + arg.mid(9);
            } else if (arg == QLatin1String("--max-line-length") && !next.isEmpty()) {
                m_doc8CommandMaxLength = next.toInt();
                ++i;
            } else if (arg.startsWith(QLatin1String("--max-line-length="))) {
                m_doc8CommandMaxLength = arg.mid(18).toInt();
            } else if (arg == QLatin1String("--allow-long-titles")) {
                m_doc8.allowLongTitles = true;
            } else if (arg == QLatin1String("--ignore-path") && !next.isEmpty()) {
                m_doc8.ignorePaths.append(next);
                ++i;
            }
        }
    } else if (program == QLatin1String("sphinx-build")) {
        m_sphinx.builds = true;
        m_sphinx.command = source;
        static const QStringList withValue = {QStringLiteral("-b"), QStringLiteral("-d"), QStringLiteral("-c"),
                                              QStringLiteral("-D"), QStringLiteral("-A"), QStringLiteral("-t"),
                                              QStringLiteral("-j"), QStringLiteral("-w"), QStringLiteral("-M")};
        for (int i = 0; i < args.size(); ++i) {
            const QString &arg = args.at(i);
            if (arg == QLatin1String("--fail-on-warning") ||
                (arg.startsWith(QLatin1Char('-')) && !arg.startsWith(QLatin1String("--")) &&
                 !withValue.contains(arg.left(2)) && arg.contains(QLatin1Char('W')))) {
                m_sphinx.warningsAreErrors = true;
            } else if (withValue.contains(arg)) {
                ++i;
            } else if (!arg.startsWith(QLatin1Char('-')) && !arg.startsWith(QLatin1Char('{')) &&
                       m_sphinx.sourceDir.isEmpty()) {
                m_sphinx.sourceDir = arg;
            }
        }
    } else if (program.startsWith(QLatin1String("python")) && args.contains(QLatin1String("build_sphinx"))) {
        m_sphinx.builds = true; // the warnings setting is in setup.cfg's [build_sphinx]
        m_sphinx.command = source;
        if (m_sphinx.sourceDir.isEmpty()) {
            m_sphinx.sourceDir = QStringLiteral("doc/source");
        }
    } else if (program == QLatin1String("stestr") || program == QLatin1String("ostestr") ||
               program == QLatin1String("pytest") || program == QLatin1String("testr") ||
               program == QLatin1String("unittest") || program == QLatin1String("stestr.cli") ||
               program == QLatin1String("subunit.run") || program == QLatin1String("testtools.run")) {
        m_testCommands.append(environment);
        if (!m_titles.command.isSet()) {
            m_titles.command = source;
        }
    } else if (program == QLatin1String("codespell")) {
        m_codespell.runs = true;
        for (int i = 0; i < args.size(); ++i) {
            const QString &arg = args.at(i);
            if ((arg == QLatin1String("-L") || arg == QLatin1String("--ignore-words-list")) && i + 1 < args.size()) {
                m_codespell.ignoredWords += IniConfig::list(args.at(++i));
            } else if (arg.startsWith(QLatin1String("--ignore-words-list="))) {
                m_codespell.ignoredWords += IniConfig::list(arg.mid(20));
            }
        }
        if (!m_codespell.settings.isSet()) {
            m_codespell.settings = source;
        }
    } else if (program == QLatin1String("pre-commit")) {
        m_runsPreCommit = true;
    }
}

void RepositoryGate::readSetupCfg()
{
    const IniConfig setup = IniConfig::read(QDir(m_root).filePath(QStringLiteral("setup.cfg")));
    const IniConfig::Value strict = setup.value(QStringLiteral("build_sphinx"), QStringLiteral("warning-is-error"));
    if (strict.isSet() && IniConfig::isTrue(strict.text) && !m_sphinx.warningsAreErrors) {
        m_sphinx.warningsAreErrors = true;
        if (!m_sphinx.command.isSet()) {
            m_sphinx.command = {QStringLiteral("setup.cfg"), strict.line};
        }
    }
    const IniConfig::Value words = setup.value(QStringLiteral("codespell"), QStringLiteral("ignore-words-list"));
    if (words.isSet()) {
        m_codespell.ignoredWords += IniConfig::list(words.text);
        m_codespell.settings = {QStringLiteral("setup.cfg"), words.line};
    } else if (setup.hasSection(QStringLiteral("codespell")) && !m_codespell.settings.isSet()) {
        m_codespell.settings = {QStringLiteral("setup.cfg"), setup.sectionLine(QStringLiteral("codespell"))};
    }
}

void RepositoryGate::readPyproject()
{
    const QString text = readText(QDir(m_root).filePath(QStringLiteral("pyproject.toml")));
    if (text.isEmpty()) {
        return;
    }
    const auto codespell = tomlTable(text, QStringLiteral("tool.codespell"));
    if (const auto it = codespell.constFind(QStringLiteral("ignore-words-list")); it != codespell.constEnd()) {
        m_codespell.ignoredWords += IniConfig::list(it->text);
        m_codespell.settings = {QStringLiteral("pyproject.toml"), it->line};
    }
}

void RepositoryGate::readDoc8Settings()
{
    // doc8 reads the first of these files that has settings for it (doc8's CONFIG_FILENAMES).
    const QStringList candidates = {QStringLiteral("doc8.ini"),      QStringLiteral(".config/doc8.ini"),
                                    QStringLiteral(".doc8"),         QStringLiteral("tox.ini"),
                                    QStringLiteral("pep8.ini"),      QStringLiteral("setup.cfg"),
                                    QStringLiteral("pyproject.toml")};
    QHash<QString, IniConfig::Value> settings;
    for (const QString &name : candidates) {
        const QString path = QDir(m_root).filePath(name);
        if (!QFileInfo(path).isFile()) {
            continue;
        }
        if (name.endsWith(QLatin1String(".toml"))) {
            settings = tomlTable(readText(path), QStringLiteral("tool.doc8"));
            if (!settings.isEmpty()) {
                m_doc8.settings = {name, settings.cbegin()->line};
            }
        } else {
            const IniConfig config = IniConfig::read(path);
            if (config.hasSection(Doc8Section)) {
                for (const QString &key : {QStringLiteral("ignore"), QStringLiteral("max-line-length"),
                                           QStringLiteral("allow-long-titles"), QStringLiteral("ignore-path")}) {
                    if (const IniConfig::Value value = config.value(Doc8Section, key); value.isSet()) {
                        settings.insert(key, value);
                    }
                }
                m_doc8.settings = {name, config.sectionLine(Doc8Section)};
            }
        }
        if (m_doc8.settings.isSet()) {
            break;
        }
    }
    // The command line's options join the file's ignores and override its length.
    for (const QString &code : IniConfig::list(settings.value(QStringLiteral("ignore")).text + m_doc8CommandIgnore)) {
        m_doc8.ignored.insert(code.toUpper());
    }
    const int configured = settings.value(QStringLiteral("max-line-length")).text.toInt();
    m_doc8.maxLineLength = m_doc8CommandMaxLength > 0 ? m_doc8CommandMaxLength : configured > 0 ? configured : 79;
    if (IniConfig::isTrue(settings.value(QStringLiteral("allow-long-titles")).text)) {
        m_doc8.allowLongTitles = true;
    }
    m_doc8.ignorePaths += IniConfig::list(settings.value(QStringLiteral("ignore-path")).text);
}

void RepositoryGate::readTitlesTest()
{
    const QDir tests(QDir(m_root).filePath(QStringLiteral("tests")));
    QString path;
    for (const QString &name : tests.entryList({QStringLiteral("*.py")}, QDir::Files, QDir::Name)) {
        if (name.contains(QLatin1String("title"))) {
            path = tests.filePath(name);
            break;
        }
    }
    if (path.isEmpty()) {
        return;
    }
    m_titles.exists = true;
    m_titles.path = relativeTo(m_root, path);
    m_titles.runs = !m_testCommands.isEmpty();
    const QString code = readText(path);
    m_titles.lineLength = code.contains(QLatin1String("len(line)")) || code.contains(QLatin1String("wrapping")) ||
                          code.contains(QLatin1String("line_length"));
    m_titles.trailingSpaces = code.contains(QLatin1String("trailing"), Qt::CaseInsensitive);
    m_titles.carriageReturns =
        code.contains(QLatin1String("\\r")) || code.contains(QLatin1String("carriage"), Qt::CaseInsensitive);
    m_titles.zeroWidthSpaces = code.contains(QLatin1String("200b"), Qt::CaseInsensitive) ||
                               code.contains(QLatin1String("zero width"), Qt::CaseInsensitive) ||
                               code.contains(QLatin1String("zero-width"), Qt::CaseInsensitive);
}

QString RepositoryGate::templateFor(const QString &specPath) const
{
    if (!isValid()) {
        return {};
    }
    const QString specs = QDir(m_root).filePath(QStringLiteral("specs"));
    // From the spec's folder up to specs/: <folder>/template.rst, then <parent>/<folder>-template.rst.
    QDir dir(QFileInfo(specPath).absolutePath());
    for (int depth = 0; depth < 8; ++depth) {
        const QString here = dir.absolutePath();
        if (!here.startsWith(specs)) {
            break;
        }
        const QString own = dir.filePath(QStringLiteral("template.rst"));
        if (QFileInfo(own).isFile() && QFileInfo(own).absoluteFilePath() != QFileInfo(specPath).absoluteFilePath()) {
            return followStub(own);
        }
        if (here == specs || !SpecRepository::goUp(dir)) {
            break;
        }
        const QString release = QFileInfo(here).fileName() + QStringLiteral("-template.rst");
        if (QFileInfo(dir.filePath(release)).isFile()) {
            return dir.filePath(release);
        }
    }
    return {};
}

bool RepositoryGate::isTemplate(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    return name == QLatin1String("template.rst") || name.endsWith(QLatin1String("-template.rst"));
}

bool RepositoryGate::sectionsEnforced(const QString &specPath) const
{
    if (!m_titles.runs || isTemplate(specPath)) {
        return false;
    }
    // Folders the titles tests skip: specs nobody works on any more.
    const QString relative = relativeTo(m_root, QFileInfo(specPath).absoluteFilePath());
    for (const QString &skipped :
         {QStringLiteral("abandoned"), QStringLiteral("archive"), QStringLiteral("archived")}) {
        if (relative.split(QLatin1Char('/')).contains(skipped)) {
            return false;
        }
    }
    return true;
}

QString RepositoryGate::describe() const
{
    if (!isValid()) {
        return QStringLiteral("No specs repository (a folder with specs/ and tox.ini, setup.cfg or .git).");
    }
    QStringList out;
    out << QStringLiteral("Repository: %1").arg(QDir::toNativeSeparators(m_root));
    out << (m_zuul.isSet() ? QStringLiteral("Gate jobs: %1 (%2)%3")
                                 .arg(m_gatedEnvironments.isEmpty() ? QStringLiteral("none")
                                                                    : m_gatedEnvironments.join(QStringLiteral(", ")),
                                      m_zuul.toString(),
                                      m_skippedJobs.isEmpty()
                                          ? QString()
                                          : QStringLiteral("; not started by a change to a spec (irrelevant-files): %1")
                                                .arg(m_skippedJobs.join(QStringLiteral(", "))))
                           : QStringLiteral("Gate jobs: no .zuul.yaml, so every tox environment counts"));
    if (m_doc8.runs) {
        QStringList ignored(m_doc8.ignored.cbegin(), m_doc8.ignored.cend());
        ignored.sort();
        out << QStringLiteral("doc8: runs (%1); %2; lines up to %3 columns%4; settings: %5")
                   .arg(m_doc8.command.toString(),
                        ignored.isEmpty() ? QStringLiteral("checks D000-D005")
                                          : QStringLiteral("ignores %1").arg(ignored.join(QStringLiteral(", "))))
                   .arg(m_doc8.maxLineLength)
                   .arg(m_doc8.allowLongTitles ? QStringLiteral(", long titles allowed") : QString(),
                        m_doc8.settings.isSet() ? m_doc8.settings.toString() : QStringLiteral("doc8's defaults"));
    } else {
        out << QStringLiteral("doc8: not run by the gate");
    }
    if (m_sphinx.builds) {
        out << QStringLiteral("Sphinx: builds %1 (%2); warnings %3")
                   .arg(m_sphinx.sourceDir.isEmpty() ? QStringLiteral("the docs") : m_sphinx.sourceDir,
                        m_sphinx.command.toString(),
                        m_sphinx.warningsAreErrors ? QStringLiteral("are errors (-W)")
                                                   : QStringLiteral("do not fail the build"));
    } else {
        out << QStringLiteral("Sphinx: no docs build in the gate");
    }
    if (!m_titles.exists) {
        out << QStringLiteral("Titles test: none; the template's sections are warnings");
    } else {
        QStringList checks{QStringLiteral("sections")};
        if (m_titles.lineLength) {
            checks << QStringLiteral("line length");
        }
        if (m_titles.trailingSpaces) {
            checks << QStringLiteral("trailing spaces");
        }
        if (m_titles.carriageReturns) {
            checks << QStringLiteral("carriage returns");
        }
        if (m_titles.zeroWidthSpaces) {
            checks << QStringLiteral("zero-width spaces");
        }
        out << (m_titles.runs ? QStringLiteral("Titles test: %1 (%2), checks %3")
                                    .arg(m_titles.path, m_titles.command.toString(), checks.join(QStringLiteral(", ")))
                              : QStringLiteral("Titles test: %1, not run on a change to a spec; its rules are warnings")
                                    .arg(m_titles.path));
    }
    if (m_codespell.runs || m_codespell.settings.isSet()) {
        out << QStringLiteral("codespell: %1%2")
                   .arg(m_codespell.runs ? QStringLiteral("runs") : QStringLiteral("configured"),
                        m_codespell.ignoredWords.isEmpty()
                            ? QString()
                            : QStringLiteral("; accepted words (%1): %2")
                                  .arg(m_codespell.settings.toString(),
                                       m_codespell.ignoredWords.join(QStringLiteral(", "))));
    }
    if (!m_preCommitHooks.isEmpty()) {
        out << QStringLiteral("pre-commit hooks%1: %2")
                   .arg(m_runsPreCommit ? QString() : QStringLiteral(" (not run by the gate)"),
                        m_preCommitHooks.join(QStringLiteral(", ")));
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace Specwright::Core
