// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "docutilscheck.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

#include <cerrno>
#include <csignal>
#include <poll.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace Specwright::Plugins {

namespace {

QByteArray resource(const char *name)
{
    QFile file(QString::fromLatin1(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The helper program: the Sphinx registry, then the request loop (both shipped as resources).
// The registry imports docutils at its top, so it runs only where docutils can be imported: without
// docutils the helper still starts and answers that it is missing, the plugin list's one notice.
QByteArray helperProgram()
{
    // A JSON array of one string is a Python list literal holding that string.
    const QByteArray registry =
        QJsonDocument(QJsonArray{QString::fromUtf8(resource(":/specwright/docutils-check/sphinx_registry.py"))})
            .toJson(QJsonDocument::Compact);
    return "try:\n    import docutils as _docutils_probe\nexcept ImportError:\n    pass\nelse:\n"
           "    exec(compile(" +
           registry + "[0], 'sphinx_registry.py', 'exec'))\n" +
           resource(":/specwright/docutils-check/docutils_helper.py");
}

// python3 from the absolute folders of PATH only: an entry such as "." or "" would find a program
// planted in the folder Specwright was started from.
QByteArray pythonExecutable()
{
    for (const QByteArray &folder : qgetenv("PATH").split(':')) {
        if (folder.startsWith('/')) {
            const QByteArray candidate = folder + "/python3";
            if (::access(candidate.constData(), X_OK) == 0) {
                return candidate;
            }
        }
    }
    return {};
}

} // namespace

DocutilsCheck::~DocutilsCheck()
{
    const QMutexLocker lock(&m_requestMutex);
    stopHelper();
}

void DocutilsCheck::setProblem(const QString &problem) const
{
    const QMutexLocker lock(&m_stateMutex);
    m_problem = problem;
}

bool DocutilsCheck::startHelper() const
{
    const QByteArray python = pythonExecutable();
    if (python.isEmpty()) {
        setProblem(QStringLiteral("python3 cannot be started (%1): install python3-docutils")
                       .arg(QString::fromLocal8Bit(strerror(ENOENT))));
        return false;
    }
    int sockets[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sockets) != 0) {
        setProblem(QStringLiteral("cannot talk to a helper process: %1").arg(QString::fromLocal8Bit(strerror(errno))));
        return false;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, sockets[1], STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&actions, sockets[1], STDOUT_FILENO);
    // Isolated: -I leaves the current folder, PYTHON* variables and the user's site-packages off the
    // import path; it runs in "/" with nothing of Specwright's environment but what Python needs.
    posix_spawn_file_actions_addchdir_np(&actions, "/");
    const QByteArray program = helperProgram();
    const char *argv[] = {"python3", "-I", "-u", "-B", "-c", program.constData(), nullptr};
    const char *environment[] = {"PATH=/usr/local/bin:/usr/bin:/bin", "LC_ALL=C.UTF-8", "PYTHONIOENCODING=utf-8",
                                 nullptr};
    pid_t pid = -1;
    const int spawned = posix_spawn(&pid, python.constData(), &actions, nullptr, const_cast<char *const *>(argv),
                                    const_cast<char *const *>(environment));
    posix_spawn_file_actions_destroy(&actions);
    ::close(sockets[1]);
    if (spawned != 0) {
        ::close(sockets[0]);
        setProblem(QStringLiteral("python3 cannot be started (%1): install python3-docutils")
                       .arg(QString::fromLocal8Bit(strerror(spawned))));
        return false;
    }
    m_pid = pid;
    m_socket = sockets[0];
    m_pending.clear();
    return true;
}

void DocutilsCheck::stopHelper() const
{
    if (m_socket >= 0) {
        ::close(m_socket);
        m_socket = -1;
    }
    if (m_pid > 0) {
        // At once: it holds no state worth a goodbye, and a busy one would keep quitting waiting.
        ::kill(m_pid, SIGKILL);
        ::waitpid(m_pid, nullptr, 0);
        m_pid = -1;
    }
}

qint64 DocutilsCheck::helperProcess() const
{
    return m_pid.load();
}

std::optional<QJsonObject> DocutilsCheck::ask(const QJsonObject &request, int timeoutMs, const std::atomic_bool *cancel,
                                              Failure *failure) const
{
    *failure = Failure::Broken;
    if (m_socket < 0 && !startHelper()) {
        return std::nullopt;
    }
    const QByteArray line = QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n';
    QElapsedTimer timer;
    timer.start();
    // Every wait is short, so that a cancelled check ends within a slice.
    constexpr int Slice = 50;
    auto waitFor = [&](short events) {
        while (true) {
            if (cancel && cancel->load()) {
                *failure = Failure::Cancelled;
                return false;
            }
            const int left = timeoutMs - int(timer.elapsed());
            if (left <= 0) {
                *failure = Failure::TimedOut;
                return false;
            }
            pollfd fd{m_socket, events, 0};
            const int ready = ::poll(&fd, 1, qMin(left, Slice));
            if (ready > 0) {
                return true;
            }
            if (ready < 0 && errno != EINTR) {
                return false;
            }
        }
    };
    for (qsizetype sent = 0; sent < line.size();) {
        if (!waitFor(POLLOUT)) {
            stopHelper();
            return std::nullopt;
        }
        // MSG_NOSIGNAL: a helper that died must not take the editor with it (SIGPIPE).
        const ssize_t n =
            ::send(m_socket, line.constData() + sent, size_t(line.size() - sent), MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n <= 0 && !(n < 0 && (errno == EAGAIN || errno == EINTR))) {
            stopHelper();
            return std::nullopt;
        }
        sent += qMax<ssize_t>(n, 0);
    }
    while (!m_pending.contains('\n')) {
        if (!waitFor(POLLIN)) {
            stopHelper(); // stuck or no longer wanted: start afresh next time
            return std::nullopt;
        }
        char buffer[65536];
        const ssize_t n = ::recv(m_socket, buffer, sizeof buffer, 0);
        if (n <= 0) {
            stopHelper();
            return std::nullopt;
        }
        m_pending.append(buffer, n);
    }
    const qsizetype end = m_pending.indexOf('\n');
    const QJsonObject answer = QJsonDocument::fromJson(m_pending.left(end)).object();
    m_pending.remove(0, end + 1);
    *failure = Failure::None;
    return answer;
}

void DocutilsCheck::probe() const
{
    {
        const QMutexLocker lock(&m_stateMutex);
        if (m_probed) {
            return;
        }
    }
    Failure failure = Failure::None;
    const std::optional<QJsonObject> answer = ask({{QStringLiteral("ping"), true}}, 15000, nullptr, &failure);
    const QString version = answer ? answer->value(QStringLiteral("docutils")).toString() : QString();
    if (answer && version.isEmpty()) {
        stopHelper();
    }
    const QMutexLocker lock(&m_stateMutex);
    m_probed = true;
    m_version = version;
    if (!answer && m_problem.isEmpty()) {
        m_problem = QStringLiteral("the python3 helper did not answer");
    } else if (answer && version.isEmpty()) {
        m_problem = answer->value(QStringLiteral("error")).toString(QStringLiteral("docutils is not available"));
    }
}

bool DocutilsCheck::isAvailable() const
{
    {
        const QMutexLocker lock(&m_stateMutex);
        if (m_probed) {
            return !m_version.isEmpty();
        }
    }
    const QMutexLocker request(&m_requestMutex);
    probe();
    const QMutexLocker lock(&m_stateMutex);
    return !m_version.isEmpty();
}

QString DocutilsCheck::status() const
{
    isAvailable(); // probes once; later calls never wait for a running check
    const QMutexLocker lock(&m_stateMutex);
    return m_version.isEmpty() ? QStringLiteral("Not available: %1.").arg(m_problem)
                               : QStringLiteral("docutils %1 through one python3 helper process.").arg(m_version);
}

QList<Core::Diagnostic> DocutilsCheck::check(const QString &text, const QString &sourcePath,
                                             const std::atomic_bool *cancel) const
{
    const QMutexLocker lock(&m_requestMutex);
    probe();
    {
        const QMutexLocker state(&m_stateMutex);
        if (m_version.isEmpty()) {
            return {};
        }
    }
    const QJsonObject request{{QStringLiteral("path"), sourcePath}, {QStringLiteral("text"), text}};
    Failure failure = Failure::None;
    std::optional<QJsonObject> answer = ask(request, 30000, cancel, &failure);
    if (!answer && failure == Failure::Broken) {
        answer = ask(request, 30000, cancel, &failure); // the helper had died since the last check: once more
    }
    if (!answer) {
        return {};
    }
    const QStringList lines = text.split(QLatin1Char('\n'));
    QList<Core::Diagnostic> diagnostics;
    for (const QJsonValue &value : answer->value(QStringLiteral("messages")).toArray()) {
        const QJsonObject message = value.toObject();
        const int level = message.value(QStringLiteral("level")).toInt();
        if (level < 2) {
            continue; // docutils' INFO messages are not problems
        }
        const int line = qMax(0, message.value(QStringLiteral("line")).toInt() - 1);
        Core::Diagnostic diagnostic;
        diagnostic.ruleId = QStringLiteral("docutils");
        diagnostic.severity = level >= 3 ? Core::Diagnostic::Severity::Error : Core::Diagnostic::Severity::Warning;
        diagnostic.message = QStringLiteral("docutils: %1").arg(message.value(QStringLiteral("text")).toString());
        diagnostic.range = {line, 0, line, int(lines.value(line).size())};
        diagnostics.append(diagnostic);
    }
    return diagnostics;
}

} // namespace Specwright::Plugins
