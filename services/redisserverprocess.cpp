#include "services/redisserverprocess.h"

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTimer>

#include "services/logging.h"

// Lookup order of findExecutable(): the environment variable STREAMDESK_REDIS_SERVER when set
// (a path or a program name; if it names nothing executable, no server is found: this is how
// tests simulate a machine without redis-server), then PATH, then /usr/bin and /usr/sbin.

namespace {

// One first attempt plus up to three retries on a new port.
constexpr int MaxLaunchAttempts = 4;
constexpr qsizetype MaxLogChars = 64 * 1024;

const QLatin1StringView ReadyMarker("Ready to accept connections");
const QLatin1StringView PortInUseMarker("Address already in use");
const QLatin1StringView ConfigErrorMarker("FATAL CONFIG FILE ERROR");
// Written into the log before each launch, so a failure is explained from its own attempt's output.
const QLatin1StringView LaunchMarker("--- streamdesk: starting redis-server");

QString quoted(const QString &value)
{
    // redis.conf strings: double quotes with backslash escapes, so paths with spaces survive.
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

// "1234:M 22 Nov 2024 04:42:00.123 # Warning: ..." -> "Warning: ..."
QString stripLogPrefix(const QString &line)
{
    static const QRegularExpression prefix(
        QStringLiteral(R"(^\d+:[A-Z] \d{1,2} \w{3} \d{4} \d{2}:\d{2}:\d{2}\.\d{3} [.\-*#] )"));
    const QRegularExpressionMatch m = prefix.match(line);
    return m.hasMatch() ? line.mid(m.capturedLength()) : line;
}

bool isWarningLine(const QString &line)
{
    static const QRegularExpression warning(QStringLiteral(R"(^\d+:[A-Z] .*\d{2}:\d{2}:\d{2}\.\d{3} # )"));
    return warning.match(line).hasMatch();
}

} // namespace

RedisServerProcess::RedisServerProcess(QObject *parent)
    : QObject(parent)
{
}

RedisServerProcess::~RedisServerProcess()
{
    // No signals from a dying object: listeners may already be gone.
    if (m_process) {
        m_process->disconnect(this);
        if (m_process->state() != QProcess::NotRunning) {
            m_stopping = true;
            m_process->terminate();
            if (!m_process->waitForFinished(5000)) {
                m_process->kill();
                m_process->waitForFinished(5000);
            }
        }
    }
}

void RedisServerProcess::setTls(
    const QString &certFile, const QString &keyFile, const QString &caFile, bool requireClientCert)
{
    m_tlsCert = certFile;
    m_tlsKey = keyFile;
    m_tlsCa = caFile;
    m_tlsRequireClientCert = requireClientCert;
}

QString RedisServerProcess::findExecutable()
{
    const QString name = QStringLiteral("redis-server");
    if (qEnvironmentVariableIsSet("STREAMDESK_REDIS_SERVER")) {
        const QString override = qEnvironmentVariable("STREAMDESK_REDIS_SERVER");
        if (override.isEmpty())
            return {};
        const QFileInfo info(override);
        if (info.isAbsolute())
            return info.isFile() && info.isExecutable() ? info.absoluteFilePath() : QString();
        return QStandardPaths::findExecutable(override);
    }
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(name, {QStringLiteral("/usr/bin"), QStringLiteral("/usr/sbin")});
    return path;
}

QString RedisServerProcess::installHint()
{
    return tr("Install it with: sudo apt-get install redis-server");
}

quint16 RedisServerProcess::freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

QString RedisServerProcess::dataDirectory() const
{
    return m_dir ? m_dir->path() : QString();
}

bool RedisServerProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

void RedisServerProcess::start()
{
    if (isRunning()) {
        qCWarning(lcServer) << "start() ignored: redis-server is already running on port" << m_port;
        return;
    }
    m_error.clear();
    m_ready = false;
    m_stopping = false;
    m_launchAttempts = 0;

    if (findExecutable().isEmpty()) {
        m_error = tr("redis-server was not found on PATH. ") + installHint();
        qCWarning(lcServer).noquote() << m_error;
        Q_EMIT failed(m_error);
        return;
    }
    if (!m_dir) {
        m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/streamdesk-redis-XXXXXX"));
        if (!m_dir->isValid()) {
            m_error = tr("Cannot create a temporary directory for redis-server: %1").arg(m_dir->errorString());
            m_dir.reset();
            qCWarning(lcServer).noquote() << m_error;
            Q_EMIT failed(m_error);
            return;
        }
    }
    m_port = freePort();
    if (m_port == 0) {
        m_error = tr("Cannot find a free TCP port on 127.0.0.1 for redis-server.");
        qCWarning(lcServer).noquote() << m_error;
        Q_EMIT failed(m_error);
        return;
    }
    launch();
}

bool RedisServerProcess::startAndWait(int timeoutMs)
{
    start();
    if (waitForReady(timeoutMs))
        return true;
    // A server that comes up after the caller gave up would be a leak nobody stops.
    if (isRunning()) {
        const QString error = m_error;
        kill();
        m_error = error;
    }
    return false;
}

bool RedisServerProcess::waitForReady(int timeoutMs)
{
    if (m_ready)
        return true;
    if (!m_error.isEmpty())
        return false;
    if (!isRunning()) {
        m_error = tr("redis-server is not being started.");
        return false;
    }

    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(this, &RedisServerProcess::ready, &loop, &QEventLoop::quit);
    connect(this, &RedisServerProcess::failed, &loop, &QEventLoop::quit);
    connect(this, &RedisServerProcess::finished, &loop, &QEventLoop::quit);
    deadline.start(timeoutMs);
    loop.exec(QEventLoop::ExcludeUserInputEvents);

    if (m_ready)
        return true;
    if (m_error.isEmpty()) {
        m_error = isRunning() ? tr("redis-server did not become ready within %n ms.", nullptr, timeoutMs)
                              : tr("redis-server stopped before it was ready.");
    }
    return false;
}

void RedisServerProcess::stop()
{
    if (!isRunning())
        return;
    m_stopping = true;
    m_process->terminate();
    if (!m_process->waitForFinished(5000)) {
        qCWarning(lcServer) << "redis-server on port" << m_port << "ignored SIGTERM; killing it";
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

void RedisServerProcess::kill()
{
    if (!isRunning())
        return;
    m_stopping = true;
    m_process->kill();
    m_process->waitForFinished(5000);
}

bool RedisServerProcess::restart(int timeoutMs)
{
    if (!m_dir || m_port == 0) {
        m_error = tr("redis-server cannot be restarted: it was never started.");
        return false;
    }
    stop();
    m_error.clear();
    m_ready = false;
    m_stopping = false;
    // Clients expect the server on the same port, so a busy port must fail rather than move:
    // the attempt counter is set so this launch is the last one.
    m_launchAttempts = MaxLaunchAttempts - 1;
    if (findExecutable().isEmpty()) {
        m_error = tr("redis-server was not found on PATH. ") + installHint();
        Q_EMIT failed(m_error);
        return false;
    }
    launch();
    return waitForReady(timeoutMs);
}

bool RedisServerProcess::writeConfig()
{
    QStringList lines {
        QStringLiteral("bind 127.0.0.1"),
    };
    if (m_tlsCert.isEmpty()) {
        lines << QStringLiteral("port %1").arg(m_port);
    } else {
        lines << QStringLiteral("port 0") << QStringLiteral("tls-port %1").arg(m_port)
              << QStringLiteral("tls-cert-file ") + quoted(m_tlsCert)
              << QStringLiteral("tls-key-file ") + quoted(m_tlsKey)
              << QStringLiteral("tls-ca-cert-file ") + quoted(m_tlsCa)
              << QStringLiteral("tls-auth-clients ")
                + (m_tlsRequireClientCert ? QStringLiteral("yes") : QStringLiteral("no"));
    }
    lines << QStringLiteral("dir ") + quoted(m_dir->path()) << QStringLiteral("save \"\"")
          << QStringLiteral("appendonly no") << QStringLiteral("daemonize no") << QStringLiteral("logfile \"\"")
          << QStringLiteral("loglevel notice") << QStringLiteral("protected-mode yes");
    lines += m_extraConfig;

    QFile file(m_dir->filePath(QStringLiteral("redis.conf")));
    // Extra lines may hold passwords: owner-only, like the directory itself.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        m_error = tr("Cannot write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    const QByteArray text = lines.join(QLatin1Char('\n')).toUtf8() + '\n';
    if (file.write(text) != text.size() || !file.flush()) {
        m_error = tr("Cannot write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

void RedisServerProcess::launch()
{
    ++m_launchAttempts;
    const QString program = findExecutable();
    if (!writeConfig()) {
        qCWarning(lcServer).noquote() << m_error;
        Q_EMIT failed(m_error);
        return;
    }

    if (m_process) {
        // The previous attempt has exited; its late signals must not reach us.
        m_process->disconnect(this);
        m_process->deleteLater();
    }
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setProgram(program);
    m_process->setArguments({m_dir->filePath(QStringLiteral("redis.conf"))});
    m_process->setWorkingDirectory(m_dir->path());
    // A crashing test or tool must not leave servers behind: the kernel kills the child when
    // the thread that started it dies. The getppid() check closes the race where the parent
    // died before prctl() ran.
    const pid_t parentPid = ::getpid();
    m_process->setChildProcessModifier([parentPid] {
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parentPid)
            ::_exit(1);
    });

    connect(m_process, &QProcess::readyRead, this, &RedisServerProcess::onOutput);
    connect(m_process, &QProcess::finished, this, &RedisServerProcess::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return; // crashes are reported through finished
        m_error = tr("redis-server (%1) could not be run: %2").arg(m_process->program(), m_process->errorString());
        qCWarning(lcServer).noquote() << m_error;
        Q_EMIT failed(m_error);
    });

    m_log += LaunchMarker + QStringLiteral(" on 127.0.0.1:%1 (attempt %2)\n").arg(m_port).arg(m_launchAttempts);
    qCDebug(lcServer) << "starting" << program << "on 127.0.0.1 port" << m_port << "attempt" << m_launchAttempts;
    m_process->start();
}

void RedisServerProcess::onOutput()
{
    const QString text = QString::fromUtf8(m_process->readAll());
    if (text.isEmpty())
        return;
    // The marker may straddle two reads: look at the old tail plus the new text.
    const QString window = m_log.right(ReadyMarker.size()) + text;
    m_log += text;
    if (m_log.size() > MaxLogChars)
        m_log.remove(0, m_log.size() - MaxLogChars);
    qCDebug(lcServer).noquote() << text.trimmed();

    if (m_ready)
        return;
    if (window.contains(ReadyMarker)) {
        m_ready = true;
        qCDebug(lcServer) << "redis-server ready on 127.0.0.1 port" << m_port;
        Q_EMIT ready();
    } else if (window.contains(PortInUseMarker) && !m_stopping) {
        // redis exits by itself here; killing it just saves waiting for that.
        m_process->kill();
    }
}

void RedisServerProcess::onFinished(int exitCode, QProcess::ExitStatus status)
{
    const bool wasReady = m_ready;
    m_ready = false;
    if (m_stopping || wasReady) {
        if (!m_stopping) {
            m_error = tr("redis-server on 127.0.0.1:%1 exited unexpectedly.").arg(m_port);
            qCWarning(lcServer).noquote() << m_error;
        } else {
            qCDebug(lcServer) << "redis-server on port" << m_port << "stopped";
        }
        Q_EMIT finished();
        return;
    }

    // Exited before it was ready: explain from this attempt's output.
    const qsizetype from = m_log.lastIndexOf(LaunchMarker);
    const QStringList lines =
        QStringView(m_log).mid(std::max<qsizetype>(from, 0)).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);

    QString reason;
    bool configError = false;
    for (const QString &line : lines) {
        if (line.contains(ConfigErrorMarker))
            configError = true;
    }
    if (configError) {
        // Shape: "*** FATAL CONFIG FILE ERROR ***", "Reading the configuration file, at line N",
        // ">>> 'the line'", "the message". The echoed line is left out: it may hold a password.
        static const QRegularExpression atLine(QStringLiteral(R"(at line (\d+))"));
        QString lineNumber;
        for (const QString &line : lines) {
            const QRegularExpressionMatch m = atLine.match(line);
            if (m.hasMatch())
                lineNumber = m.captured(1);
        }
        const QString message = lines.isEmpty() ? QString() : lines.constLast().trimmed();
        reason = tr("configuration error at line %1 of redis.conf: %2").arg(lineNumber, message);
    } else {
        QString portInUse, warning, last;
        for (const QString &raw : lines) {
            if (raw.startsWith(LaunchMarker))
                continue;
            const QString line = stripLogPrefix(raw.trimmed());
            if (line.isEmpty())
                continue;
            last = line;
            if (raw.contains(PortInUseMarker))
                portInUse = line;
            else if (isWarningLine(raw))
                warning = line;
        }
        if (!portInUse.isEmpty())
            reason = portInUse;
        else if (!warning.isEmpty())
            reason = warning;
        else if (!last.isEmpty())
            reason = last;
        else if (status == QProcess::CrashExit)
            reason = tr("it crashed without output");
        else
            reason = tr("it exited with code %1 without output").arg(exitCode);
    }

    if (!configError && m_launchAttempts < MaxLaunchAttempts) {
        const quint16 port = freePort();
        qCInfo(lcServer).noquote() << "redis-server failed on port" << m_port << "(" << reason << "), retrying on port"
                                   << port;
        if (port != 0) {
            m_port = port;
            launch();
            return;
        }
    }
    m_error = tr("redis-server could not start on 127.0.0.1:%1: %2").arg(m_port).arg(reason);
    qCWarning(lcServer).noquote() << m_error;
    Q_EMIT failed(m_error);
}
