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

} // namespace

DocutilsCheck::~DocutilsCheck()
{
    const QMutexLocker lock(&m_mutex);
    stopHelper();
}

bool DocutilsCheck::startHelper() const
{
    int sockets[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sockets) != 0) {
        m_problem = QStringLiteral("cannot talk to a helper process: %1").arg(QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, sockets[1], STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&actions, sockets[1], STDOUT_FILENO);
    const QByteArray program = helperProgram();
    const char *argv[] = {"python3", "-u", "-B", "-c", program.constData(), nullptr};
    pid_t pid = -1;
    const int spawned = posix_spawnp(&pid, "python3", &actions, nullptr, const_cast<char *const *>(argv), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(sockets[1]);
    if (spawned != 0) {
        ::close(sockets[0]);
        m_problem = QStringLiteral("python3 cannot be started (%1): install python3-docutils")
                        .arg(QString::fromLocal8Bit(strerror(spawned)));
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
        ::close(m_socket); // the helper sees end of input and exits
        m_socket = -1;
    }
    if (m_pid > 0) {
        QElapsedTimer timer;
        timer.start();
        while (::waitpid(m_pid, nullptr, WNOHANG) == 0) {
            if (timer.elapsed() > 1000) {
                ::kill(m_pid, SIGKILL);
                ::waitpid(m_pid, nullptr, 0);
                break;
            }
            ::usleep(10000);
        }
        m_pid = -1;
    }
}

std::optional<QJsonObject> DocutilsCheck::ask(const QJsonObject &request, int timeoutMs) const
{
    if (m_socket < 0 && !startHelper()) {
        return std::nullopt;
    }
    const QByteArray line = QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n';
    for (qsizetype sent = 0; sent < line.size();) {
        // MSG_NOSIGNAL: a helper that died must not take the editor with it (SIGPIPE).
        const ssize_t n = ::send(m_socket, line.constData() + sent, size_t(line.size() - sent), MSG_NOSIGNAL);
        if (n <= 0) {
            stopHelper();
            return std::nullopt;
        }
        sent += n;
    }
    QElapsedTimer timer;
    timer.start();
    while (!m_pending.contains('\n')) {
        const int left = timeoutMs - int(timer.elapsed());
        pollfd fd{m_socket, POLLIN, 0};
        if (left <= 0 || ::poll(&fd, 1, left) <= 0) {
            stopHelper(); // stuck: start afresh next time
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
    return answer;
}

void DocutilsCheck::probe() const
{
    if (m_probed) {
        return;
    }
    m_probed = true;
    const std::optional<QJsonObject> answer = ask({{QStringLiteral("ping"), true}}, 15000);
    if (!answer) {
        if (m_problem.isEmpty()) {
            m_problem = QStringLiteral("the python3 helper did not answer");
        }
        return;
    }
    m_version = answer->value(QStringLiteral("docutils")).toString();
    if (m_version.isEmpty()) {
        m_problem = answer->value(QStringLiteral("error")).toString(QStringLiteral("docutils is not available"));
        stopHelper();
    }
}

bool DocutilsCheck::isAvailable() const
{
    const QMutexLocker lock(&m_mutex);
    probe();
    return !m_version.isEmpty();
}

QString DocutilsCheck::status() const
{
    const QMutexLocker lock(&m_mutex);
    probe();
    return m_version.isEmpty() ? QStringLiteral("Not available: %1.").arg(m_problem)
                               : QStringLiteral("docutils %1 through one python3 helper process.").arg(m_version);
}

QList<Core::Diagnostic> DocutilsCheck::check(const QString &text, const QString &sourcePath) const
{
    const QMutexLocker lock(&m_mutex);
    probe();
    if (m_version.isEmpty()) {
        return {};
    }
    std::optional<QJsonObject> answer =
        ask({{QStringLiteral("path"), sourcePath}, {QStringLiteral("text"), text}}, 30000);
    if (!answer) {
        answer = ask({{QStringLiteral("path"), sourcePath}, {QStringLiteral("text"), text}}, 30000); // once more
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
