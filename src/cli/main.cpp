// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gatherwriter.h"
#include "specfilefinder.h"

#include <core/analysis/specanalyzer.h>
#include <core/document/textfile.h>
#include <core/plugin/pluginmanager.h>
#include <core/render/htmlrenderer.h>
#include <core/review/reviewcommit.h>
#include <core/review/reviewexport.h>
#include <core/rst/rstparser.h>
#include <core/rst/rsttreedump.h>
#include <core/spelling/personaldictionary.h>
#include <core/spelling/spellchecker.h>
#include <core/validate/builtintemplates.h>
#include <core/validate/checkrules.h>
#include <core/validate/repositorygate.h>
#include <core/validate/specvalidator.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdio>
#include <optional>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using Specwright::Core::AnalysisInput;
using Specwright::Core::BuiltinTemplates;
using Specwright::Core::CheckRules;
using Specwright::Core::Diagnostic;
using Specwright::Core::GateProfile;
using Specwright::Core::RepositoryGate;
using Specwright::Core::ReviewCommit;
using Specwright::Core::ReviewExport;
using Specwright::Core::ReviewNormalizer;
using Specwright::Core::SpecAnalysis;
using Specwright::Core::SpecAnalyzer;
using Specwright::Core::SpecValidator;
using Specwright::Core::SpellChecker;
using Specwright::Core::TextFile;
using Specwright::Core::ToctreeAddition;

namespace {

// Exit codes shared by every command: 0 success, 1 findings, 2 usage or I/O error.
constexpr int ExitOk = 0;
constexpr int ExitFindings = 1;
constexpr int ExitUsage = 2;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int usageError(const QString &message)
{
    err() << "specwright-cli: " << message << "\nRun 'specwright-cli --help' for usage.\n";
    err().flush();
    return ExitUsage;
}

int listTemplates()
{
    for (const BuiltinTemplates::Entry &entry : BuiltinTemplates::all()) {
        out() << entry.id << '\t' << entry.displayName << '\n';
    }
    return ExitOk;
}

int showGate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Print what the repository's gate checks, as read from its files, and for a spec the "
                       "template and severities it is held to."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("path"),
                                 QStringLiteral("A spec or a folder (default: the current one)."));
    if (!parser.parse(arguments)) {
        return usageError(parser.errorText());
    }
    if (parser.positionalArguments().size() > 1) {
        return usageError(QStringLiteral("gate: give at most one path"));
    }
    const QString path = parser.positionalArguments().value(0, QDir::currentPath());
    if (!QFileInfo::exists(path)) {
        err() << "specwright-cli: " << path << ": no such file or folder\n";
        return ExitUsage;
    }
    if (QFileInfo(path).isFile()) {
        CheckRules rules;
        const QString spec = QFileInfo(path).absoluteFilePath();
        out() << CheckRules::describe(rules.rulesFor(spec), spec) << '\n';
    } else {
        out() << RepositoryGate::forPath(path).describe() << '\n';
    }
    return ExitOk;
}

int newSpec(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Write a new spec from a built-in template."));
    parser.addHelpOption();
    const QCommandLineOption templateOption(QStringLiteral("template"),
                                            QStringLiteral("Template id (see 'specwright-cli templates')."),
                                            QStringLiteral("id"), BuiltinTemplates::all().constFirst().id);
    const QCommandLineOption forceOption(QStringLiteral("force"), QStringLiteral("Overwrite an existing file."));
    parser.addOptions({templateOption, forceOption});
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("Where to write the spec ('-' for stdout)."));
    if (!parser.parse(arguments)) {
        return usageError(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return ExitOk;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        return usageError(QStringLiteral("new: give exactly one output file"));
    }
    const BuiltinTemplates::Entry entry = BuiltinTemplates::find(parser.value(templateOption));
    if (entry.id.isEmpty()) {
        return usageError(QStringLiteral("new: there is no template called '%1'").arg(parser.value(templateOption)));
    }
    const QString text = BuiltinTemplates::text(entry);
    const QString path = files.constFirst();
    if (path == QLatin1String("-")) {
        out() << text;
        return ExitOk;
    }
    if (QFileInfo::exists(path) && !parser.isSet(forceOption)) {
        return usageError(QStringLiteral("new: %1 already exists; use --force to overwrite it").arg(path));
    }
    const QString error = TextFile::write(path, text);
    if (!error.isEmpty()) {
        err() << "specwright-cli: " << error << '\n';
        return ExitUsage;
    }
    out() << "Wrote " << path << " from the " << entry.displayName << " template\n";
    return ExitOk;
}

// Reads a spec for a command; on failure prints why and returns false.
bool readInput(const QString &path, TextFile *file)
{
    *file = TextFile::read(path);
    if (!file->isValid()) {
        err() << "specwright-cli: " << file->errorString() << '\n';
        return false;
    }
    return true;
}

// The bytes of a regular file, or nothing (then TextFile::read says why). On Unix in four system
// calls (open, fstat, one read, close): QFileInfo and QFile together ask the file system eight
// times, and check reads hundreds of files.
std::optional<QByteArray> regularFileBytes(const QString &path)
{
#ifdef Q_OS_UNIX
    // Non-blocking: opening a named pipe would otherwise wait for a writer (regular files ignore it).
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        return std::nullopt;
    }
    struct stat status;
    if (::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode)) {
        ::close(fd);
        return std::nullopt;
    }
    // A byte more than the size: a read that returns less has reached the end (a regular file
    // reads short only there), so a file that grew meanwhile is still read whole.
    QByteArray bytes(qsizetype(status.st_size) + 1, Qt::Uninitialized);
    qsizetype size = 0;
    while (true) {
        const qsizetype wanted = bytes.size() - size;
        const ssize_t got = ::read(fd, bytes.data() + size, size_t(wanted));
        if (got < 0 && errno == EINTR) {
            continue;
        }
        if (got < 0) {
            ::close(fd);
            return std::nullopt;
        }
        size += got;
        if (got < wanted) {
            break;
        }
        bytes.resize(bytes.size() * 2);
    }
    ::close(fd);
    bytes.truncate(size);
    return bytes;
#else
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        return std::nullopt;
    }
    return bytes;
#endif
}

const QByteArray &severityUtf8(Diagnostic::Severity severity)
{
    static const QByteArray info = Diagnostic::severityName(Diagnostic::Severity::Info).toUtf8();
    static const QByteArray warning = Diagnostic::severityName(Diagnostic::Severity::Warning).toUtf8();
    static const QByteArray error = Diagnostic::severityName(Diagnostic::Severity::Error).toUtf8();
    switch (severity) {
    case Diagnostic::Severity::Info:
        return info;
    case Diagnostic::Severity::Warning:
        return warning;
    case Diagnostic::Severity::Error:
        break;
    }
    return error;
}

// One finding in the editors' format, "path:line:column: severity: message [rule]\n", appended to
// \a out: check writes thousands of them, each straight into room made for it at once.
void appendDiagnosticLine(QByteArray &out, const QByteArray &path, const Diagnostic &d)
{
    const QByteArray &severity = severityUtf8(d.severity);
    // UTF-8 takes at most three bytes per UTF-16 unit; two numbers of at most 11 characters.
    const qsizetype most = path.size() + severity.size() + 3 * (d.message.size() + d.ruleId.size()) + 40;
    const qsizetype at = out.size();
    if (out.capacity() < at + most) {
        out.reserve(std::max(at + most, 2 * out.capacity()));
    }
    out.resize(at + most);
    char *p = out.data() + at;
    const auto put = [&p](const char *bytes, qsizetype size) {
        std::memcpy(p, bytes, size_t(size));
        p += size;
    };
    const auto putText = [&p, &put](const QString &text) {
        const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
        if (!ascii) {
            const QByteArray utf8 = text.toUtf8();
            put(utf8.constData(), utf8.size());
            return;
        }
        p = std::transform(text.cbegin(), text.cend(), p, [](QChar c) { return char(c.unicode()); });
    };
    put(path.constData(), path.size());
    *p++ = ':';
    p = std::to_chars(p, p + 11, d.range.startLine + 1).ptr;
    *p++ = ':';
    p = std::to_chars(p, p + 11, d.range.startColumn + 1).ptr;
    put(": ", 2);
    put(severity.constData(), severity.size());
    put(": ", 2);
    putText(d.message);
    put(" [", 2);
    putText(d.ruleId);
    put("]\n", 2);
    out.truncate(p - out.constData());
}

QByteArray diagnosticLine(const QByteArray &path, const Diagnostic &d)
{
    QByteArray line;
    appendDiagnosticLine(line, path, d);
    return line;
}

void printDiagnostic(const QString &path, const Diagnostic &d)
{
    out() << QString::fromUtf8(diagnosticLine(path.toUtf8(), d));
}

int exportForReview(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Normalise a spec, check it as its repository's gate does, and write it to "
                       "specs/<release>/approved/<blueprint-name>.rst."));
    parser.addHelpOption();
    const QCommandLineOption repoOption(QStringLiteral("repo"),
                                        QStringLiteral("The specs repository (default: found above SPEC)."),
                                        QStringLiteral("dir"));
    const QCommandLineOption releaseOption(QStringLiteral("release"),
                                           QStringLiteral("The release folder (default: the newest)."),
                                           QStringLiteral("release"));
    const QCommandLineOption nameOption(QStringLiteral("name"),
                                        QStringLiteral("The blueprint name (default: from the spec's blueprint URL)."),
                                        QStringLiteral("name"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"), QStringLiteral("Show everything, write nothing."));
    const QCommandLineOption gitCommitOption(
        QStringLiteral("git-commit"),
        QStringLiteral("Then create a branch named after the blueprint and commit the spec and the index files it "
                       "changed (nothing else) with the suggested message."));
    const QCommandLineOption messageOption(QStringLiteral("commit-message"),
                                           QStringLiteral("Also write the suggested commit message to <file>."),
                                           QStringLiteral("file"));
    const QCommandLineOption warningsOption(QStringLiteral("accept-warnings"),
                                            QStringLiteral("Export even when warnings remain (errors never)."));
    const QCommandLineOption forceOption(QStringLiteral("force"),
                                         QStringLiteral("Replace an existing file with other text."));
    parser.addOptions({repoOption, releaseOption, nameOption, dryRunOption, messageOption, warningsOption, forceOption,
                       gitCommitOption});
    parser.addPositionalArgument(QStringLiteral("spec"), QStringLiteral("The spec to export."));
    if (!parser.parse(arguments)) {
        return usageError(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1) {
        return usageError(QStringLiteral("export: give exactly one spec"));
    }
    const QString specPath = parser.positionalArguments().constFirst();
    TextFile file;
    if (!readInput(specPath, &file)) {
        return ExitUsage;
    }
    // The text as written, line endings and all: the normalisation reports CRLF too.
    QFile raw(specPath);
    const QString written = raw.open(QIODevice::ReadOnly)
                                ? AnalysisInput::fromFile(raw.readAll(), file, specPath).writtenText
                                : file.text();
    const ReviewExport::Plan plan = ReviewExport::plan(specPath, written, parser.value(repoOption),
                                                       parser.value(releaseOption), parser.value(nameOption));
    for (const QString &warning : plan.warnings) {
        err() << "specwright-cli: warning: " << warning << '\n';
    }
    if (!plan.lineEndings.isEmpty()) {
        out() << plan.lineEndings << '\n';
    }
    if (!plan.diff.isEmpty()) {
        out() << plan.diff << '\n';
    }
    if (plan.newRelease) {
        out() << "release: " << plan.release << " is new; its folder is made like " << plan.followedRelease << "'s\n";
    }
    for (const ToctreeAddition::Edit &edit : plan.repositoryEdits) {
        out() << (edit.created ? "new: " : "index: ") << QDir::toNativeSeparators(edit.path) << ' ' << edit.note
              << '\n';
        if (!edit.diff.isEmpty()) {
            out() << edit.diff << '\n';
        }
    }
    for (const ReviewNormalizer::Fix &fix : plan.normalized.fixes) {
        out() << "fixed: " << fix.description << " (" << fix.where() << ")\n";
    }
    const QString shownPath = plan.targetPath.isEmpty() ? specPath : plan.targetPath;
    for (const Diagnostic &d : plan.diagnostics) {
        printDiagnostic(shownPath, d);
    }
    const int errors = plan.count(Diagnostic::Severity::Error);
    const int warnings = plan.count(Diagnostic::Severity::Warning);
    out() << "check (" << plan.profile.name() << " profile): " << errors << " error(s), " << warnings
          << " warning(s)\n";
    if (!plan.targetPath.isEmpty()) {
        out() << "target: " << QDir::toNativeSeparators(plan.targetPath) << '\n';
    }
    out() << "\nSuggested commit message:\n" << plan.commitMessage;
    if (parser.isSet(messageOption) && !parser.isSet(dryRunOption)) {
        const QString error = TextFile::write(parser.value(messageOption), plan.commitMessage);
        if (!error.isEmpty()) {
            err() << "specwright-cli: " << error << '\n';
            return ExitUsage;
        }
    }
    out().flush();
    const bool onlyErrors = plan.problems.size() == 1 && errors > 0;
    if (!plan.canExport()) {
        for (const QString &problem : plan.problems) {
            err() << "specwright-cli: export refused: " << problem << '\n';
        }
        return onlyErrors ? ExitFindings : ExitUsage;
    }
    if (warnings > 0 && !parser.isSet(warningsOption)) {
        err() << "specwright-cli: export refused: " << warnings
              << " warning(s) remain; pass --accept-warnings to export anyway\n";
        return ExitFindings;
    }
    if (parser.isSet(dryRunOption)) {
        out() << "dry run: nothing written\n";
        return ExitOk;
    }
    const bool commit = parser.isSet(gitCommitOption);
    if (commit) {
        const QString why = ReviewCommit::precheck(plan.repository, ReviewExport::writtenFiles(plan));
        if (!why.isEmpty()) {
            err() << "specwright-cli: " << why << '\n';
            return ExitUsage;
        }
    }
    const QString error = ReviewExport::write(plan, parser.isSet(forceOption));
    if (!error.isEmpty()) {
        err() << "specwright-cli: " << error << '\n';
        return ExitUsage;
    }
    out() << "wrote " << QDir::toNativeSeparators(plan.targetPath) << '\n';
    for (const ToctreeAddition::Edit &edit : plan.repositoryEdits) {
        out() << (edit.created ? "created " : "updated ") << QDir::toNativeSeparators(edit.path) << '\n';
    }
    if (commit) {
        const ReviewCommit::Result committed =
            ReviewCommit::commit(plan.repository, plan.name, ReviewExport::writtenFiles(plan), plan.commitMessage);
        if (!committed.ok) {
            err() << "specwright-cli: exported, not committed: " << committed.message << '\n';
            return ExitUsage;
        }
        out() << committed.message << '\n';
    }
    return ExitOk;
}

int printTree(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Print the document tree of a spec."));
    parser.addHelpOption();
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        QStringLiteral("'debug' (every node with its source range) or 'compare' (block structure in the form "
                       "tests/tools/docutils_tree.py prints for docutils)."),
        QStringLiteral("format"), QStringLiteral("debug"));
    const QCommandLineOption noLinesOption(QStringLiteral("no-lines"), QStringLiteral("Omit @LINE (compare format)."));
    const QCommandLineOption transformsOption(
        QStringLiteral("transform-messages"),
        QStringLiteral("Also list the messages docutils reports after parsing, in its transforms (compare format)."));
    parser.addOptions({formatOption, noLinesOption, transformsOption});
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The spec to parse."));
    if (!parser.parse(arguments)) {
        return usageError(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return ExitOk;
    }
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("debug") && format != QLatin1String("compare")) {
        return usageError(QStringLiteral("tree: unknown format '%1'").arg(format));
    }
    if (parser.positionalArguments().size() != 1) {
        return usageError(QStringLiteral("tree: give exactly one file"));
    }
    const QString path = parser.positionalArguments().constFirst();
    TextFile file;
    if (!readInput(path, &file)) {
        return ExitUsage;
    }
    const auto document = Specwright::Core::RstParser::parse(file.text(), path);
    out() << (format == QLatin1String("compare")
                  ? Specwright::Core::RstTreeDump::compare(*document, !parser.isSet(noLinesOption),
                                                           parser.isSet(transformsOption))
                  : Specwright::Core::RstTreeDump::debug(*document));
    return ExitOk;
}

int renderHtml(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Render a spec to a standalone HTML page."));
    parser.addHelpOption();
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          QStringLiteral("Write the page to <file> (default: standard output)."),
                                          QStringLiteral("file"));
    parser.addOption(outputOption);
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The spec to render."));
    if (!parser.parse(arguments)) {
        return usageError(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1) {
        return usageError(QStringLiteral("render: give exactly one file"));
    }
    const QString path = parser.positionalArguments().constFirst();
    TextFile file;
    if (!readInput(path, &file)) {
        return ExitUsage;
    }
    using Specwright::Core::HtmlRenderer;
    const auto document = Specwright::Core::RstParser::parse(file.text(), path);
    const QString page = HtmlRenderer::renderPage(*document, QFileInfo(path).fileName(), path);
    if (!parser.isSet(outputOption) || parser.value(outputOption) == QLatin1String("-")) {
        out() << page;
        return ExitOk;
    }
    const QString error = TextFile::write(parser.value(outputOption), page);
    if (!error.isEmpty()) {
        err() << "specwright-cli: " << error << '\n';
        return ExitUsage;
    }
    return ExitOk;
}

// Misspelt words as info findings: 'Unknown word "recieve" (suggestions: receive, relieve) [spelling]'.
QList<Diagnostic> spellingFindings(const QList<Specwright::Core::Misspelling> &misspellings,
                                   const SpellChecker &speller)
{
    QList<Diagnostic> findings;
    findings.reserve(misspellings.size());
    for (const Specwright::Core::Misspelling &m : misspellings) {
        Diagnostic d;
        d.ruleId = QStringLiteral("spelling");
        d.severity = Diagnostic::Severity::Info;
        d.range = {m.line, m.column, m.line, m.column + m.length};
        d.subject = m.word;
        d.message = QStringLiteral("Unknown word \"%1\"").arg(m.word);
        const QStringList suggestions = speller.suggestions(m.word, 3);
        if (!suggestions.isEmpty()) {
            d.message += QStringLiteral(" (suggestions: %1)").arg(suggestions.join(QStringLiteral(", ")));
        }
        d.fixHint = QStringLiteral("Correct the word, or add it to your personal dictionary in the editor.");
        findings.append(std::move(d));
    }
    return findings;
}

int checkSpecs(const QStringList &arguments)
{
    using Specwright::Core::SpecTemplate;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Check specs the way the specs repositories' gates do."));
    parser.addHelpOption();
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           QStringLiteral("strict, glance or nova (default: detected from the "
                                                          "repository, else strict)."),
                                           QStringLiteral("profile"));
    const QCommandLineOption templateOption(QStringLiteral("template"),
                                            QStringLiteral("Template .rst to check against (default: the "
                                                           "repository's own, else the built-in Glance template)."),
                                            QStringLiteral("file"));
    const QCommandLineOption formatOption(QStringLiteral("format"), QStringLiteral("text (default) or json."),
                                          QStringLiteral("format"), QStringLiteral("text"));
    const QCommandLineOption pluginRulesOption(
        QStringLiteral("plugin-rules"),
        QStringLiteral("Also run the installed rule plugins (docutils itself, …), as the window does with the ones "
                       "enabled in Help > Plugins."));
    const QCommandLineOption spellingOption(
        QStringLiteral("spelling"),
        QStringLiteral("Also check the spelling of the specs' prose (info findings, rule 'spelling'; off by default: "
                       "the gates do not check it)."));
    const QCommandLineOption languageOption(
        QStringLiteral("spelling-language"),
        QStringLiteral("The dictionary for --spelling (en_US, en_GB …; default: the system's English, else en_US)."),
        QStringLiteral("language"));
    parser.addOptions({profileOption, templateOption, formatOption, pluginRulesOption, spellingOption, languageOption});
    parser.addPositionalArgument(QStringLiteral("path"), QStringLiteral("Spec files or folders (searched for *.rst)."),
                                 QStringLiteral("PATH..."));
    if (!parser.parse(arguments)) {
        return usageError(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return ExitOk;
    }
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        return usageError(QStringLiteral("check: unknown format '%1'").arg(format));
    }
    SpecValidator::Profile forcedProfile = SpecValidator::Profile::Strict;
    if (parser.isSet(profileOption) && !SpecValidator::profileFromName(parser.value(profileOption), &forcedProfile)) {
        return usageError(
            QStringLiteral("check: unknown profile '%1' (strict, glance or nova)").arg(parser.value(profileOption)));
    }
    SpecTemplate forcedTemplate;
    if (parser.isSet(templateOption)) {
        TextFile file;
        if (!readInput(parser.value(templateOption), &file)) {
            return ExitUsage;
        }
        forcedTemplate = SpecTemplate::fromText(file.text(), parser.value(templateOption));
        if (!forcedTemplate.isValid()) {
            return usageError(
                QStringLiteral("check: %1 has no sections to use as a template").arg(parser.value(templateOption)));
        }
    }
    if (parser.positionalArguments().isEmpty()) {
        return usageError(QStringLiteral("check: give at least one file or folder"));
    }
    QStringList files;
    bool ioError = false;
    for (const QString &path : parser.positionalArguments()) {
        if (QFileInfo(path).isDir()) {
            files += SpecFileFinder::onceEach(SpecFileFinder::specsIn(path));
        } else {
            files.append(path);
        }
    }
    bool errors = false;
    QJsonArray json;
    struct Outcome
    {
        QString error;
        bool errors = false;           ///< a finding at error level
        QList<Diagnostic> diagnostics; ///< for the JSON report only
        QByteArray report;             ///< the text format's lines, written by the job itself
        GateProfile profile;
    };
    // Specs of one repository share their template and profile: the jobs look them up once, in parallel.
    CheckRules rules(forcedTemplate, parser.isSet(profileOption) ? std::optional(forcedProfile) : std::nullopt);
    const bool textReport = format != QLatin1String("json");
    QList<const Specwright::Core::RuleProvider *> providers;
    if (parser.isSet(pluginRulesOption)) {
        using Specwright::Core::PluginManager;
        QStringList unavailable;
        providers = PluginManager::ruleProviders(PluginManager::Selection::Installed, &unavailable);
        for (const QString &why : std::as_const(unavailable)) {
            err() << "specwright-cli: note: rule plugin not run: " << why << '\n';
        }
        if (providers.isEmpty() && unavailable.isEmpty()) {
            err() << "specwright-cli: note: no rule plugin is installed\n";
        }
        err().flush();
    }
    Specwright::Core::SpellingOptions spelling;
    SpellChecker::Ptr speller;
    if (parser.isSet(spellingOption)) {
        spelling.enabled = true;
        spelling.language = parser.value(languageOption);
        spelling.personalWords = Specwright::Core::PersonalDictionary().words();
        speller = SpellChecker::forLanguage(spelling.language);
        if (!speller->isAvailable()) {
            err() << "specwright-cli: note: " << speller->notice() << '\n';
            err().flush();
        }
    } else if (parser.isSet(languageOption)) {
        return usageError(QStringLiteral("check: --spelling-language needs --spelling"));
    }
    const auto checkFile = [textReport, &rules, &providers, &spelling, &speller](const QString &path) {
        Outcome outcome;
        const std::optional<QByteArray> read = regularFileBytes(path);
        if (!read) {
            outcome.error = TextFile::read(path).errorString(); // says why: missing, folder, unreadable
            return outcome;
        }
        const QByteArray &bytes = *read;
        const TextFile decoded = TextFile::decode(bytes, path);
        if (!decoded.isValid()) {
            outcome.error = decoded.errorString();
            return outcome;
        }
        AnalysisInput input = AnalysisInput::fromFile(bytes, decoded, path);
        input.spelling = spelling;
        const SpecAnalysis analysis = SpecAnalyzer::analyse(input, rules, providers);
        outcome.profile = analysis.profile;
        QList<Diagnostic> diagnostics = analysis.diagnostics;
        if (!analysis.misspellings.isEmpty()) {
            diagnostics += spellingFindings(analysis.misspellings, *speller);
            std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic &a, const Diagnostic &b) {
                return std::pair(a.range.startLine, a.range.startColumn) <
                       std::pair(b.range.startLine, b.range.startColumn);
            });
        }
        outcome.errors = std::any_of(diagnostics.cbegin(), diagnostics.cend(),
                                     [](const Diagnostic &d) { return d.severity == Diagnostic::Severity::Error; });
        if (textReport) {
            // The lines are all the text report needs: the findings are freed here, by the thread that
            // made them, rather than kept for the whole run.
            const QByteArray utf8Path = path.toUtf8();
            for (const Diagnostic &d : std::as_const(diagnostics)) {
                appendDiagnosticLine(outcome.report, utf8Path, d);
            }
        } else {
            outcome.diagnostics = std::move(diagnostics);
        }
        return outcome;
    };
    const QList<Outcome> outcomes = QtConcurrent::blockingMapped<QList<Outcome>>(files, checkFile);
    // The jobs' lines go to stdout as they are, in one system call (a pipe takes them 4 KB at a time
    // from separate writes).
    GatherWriter report(STDOUT_FILENO);
    const auto writeReport = [&report] {
        out().flush(); // the lines go to stdout directly, after whatever the streams hold
        std::fflush(stdout);
        report.write();
    };
    for (qsizetype i = 0; i < files.size(); ++i) {
        const Outcome &outcome = outcomes.at(i);
        if (!outcome.error.isEmpty()) {
            writeReport(); // keeps the message in its place among the findings
            err() << "specwright-cli: skipped: " << outcome.error << '\n';
            err().flush();
            ioError = true;
            continue;
        }
        report.append(outcome.report);
        errors = errors || outcome.errors;
        if (!textReport) {
            const QString &path = files.at(i);
            for (const Diagnostic &d : outcome.diagnostics) {
                json.append(QJsonObject{{QStringLiteral("path"), path},
                                        {QStringLiteral("line"), d.range.startLine + 1},
                                        {QStringLiteral("column"), d.range.startColumn + 1},
                                        {QStringLiteral("endLine"), d.range.endLine + 1},
                                        {QStringLiteral("endColumn"), d.range.endColumn + 1},
                                        {QStringLiteral("severity"), Diagnostic::severityName(d.severity)},
                                        {QStringLiteral("message"), d.message},
                                        {QStringLiteral("rule"), d.ruleId},
                                        {QStringLiteral("hint"), d.fixHint},
                                        {QStringLiteral("profile"), outcome.profile.name()}});
            }
        }
    }
    writeReport();
    if (!textReport) {
        out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
    }
    out().flush();
    if (ioError) {
        return ExitUsage;
    }
    return errors ? ExitFindings : ExitOk;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("specwright-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SPECWRIGHT_VERSION));

    const QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out() << "specwright-cli " << QCoreApplication::applicationVersion() << '\n';
        return ExitOk;
    }
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        out() << "Usage: specwright-cli COMMAND [OPTIONS]\n\n"
                 "Commands:\n"
                 "  check [--profile P] [--template FILE] [--format text|json] [--plugin-rules]\n"
                 "        [--spelling [--spelling-language L]] PATH...\n"
                 "                                       check specs as the specs gates do\n"
                 "  new [--template ID] [--force] FILE   write a new spec from a built-in template\n"
                 "  templates                            list the built-in templates\n"
                 "  gate [PATH]                          what the repository's gate checks, and from which file\n"
                 "  export [--repo DIR] [--release R] [--name N] [--dry-run] [--git-commit] [--commit-message FILE]\n"
                 "         [--accept-warnings] [--force] SPEC\n"
                 "                                       normalise, check and write a spec for review\n"
                 "  render [-o OUT.html] FILE            render a spec to a standalone HTML page\n"
                 "  tree [--format=debug|compare] FILE   print the parsed document tree\n\n"
                 "Exit status: 0 success, 1 errors found (check), 2 usage or I/O error.\n";
        return command.isEmpty() ? ExitUsage : ExitOk;
    }
    // Subcommand parsers see "specwright-cli new ..." as their argv.
    QStringList subArguments = arguments.mid(2);
    subArguments.prepend(arguments.constFirst() + QLatin1Char(' ') + command);
    int status = ExitUsage;
    if (command == QLatin1String("check")) {
        status = checkSpecs(subArguments);
    } else if (command == QLatin1String("new")) {
        status = newSpec(subArguments);
    } else if (command == QLatin1String("export")) {
        status = exportForReview(subArguments);
    } else if (command == QLatin1String("render")) {
        status = renderHtml(subArguments);
    } else if (command == QLatin1String("tree")) {
        status = printTree(subArguments);
    } else if (command == QLatin1String("gate")) {
        status = showGate(subArguments);
    } else if (command == QLatin1String("templates")) {
        status = listTemplates();
    } else {
        status = usageError(QStringLiteral("unknown command '%1'").arg(command));
    }
    out().flush();
    err().flush();
    return status;
}
