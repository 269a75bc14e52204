#pragma once

#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// A private redis-server on a free 127.0.0.1 port with its data in a temporary directory
// removed on destruction. Used by the sandbox, the test fixture and the benchmarks, so all
// three start servers the same way. Never binds anything but loopback.
class RedisServerProcess final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RedisServerProcess)

public:
    explicit RedisServerProcess(QObject *parent = nullptr);
    ~RedisServerProcess() override; // stops the server

    // Extra redis.conf lines (e.g. "user alice on >secret ~* +@all", "requirepass x").
    void setExtraConfig(const QStringList &lines) { m_extraConfig = lines; }
    // Serve TLS only (tls-port, port 0) with these PEM files; clients are not asked for a certificate
    // unless requireClientCert is set.
    void setTls(const QString &certFile, const QString &keyFile, const QString &caFile, bool requireClientCert = false);

    // Starts asynchronously; emits ready() once the server accepts connections, or failed(reason).
    void start();
    // Convenience for tests and command-line tools: start() and wait. Returns false with errorString().
    bool startAndWait(int timeoutMs = 10000);
    // Waits for a start() under way.
    bool waitForReady(int timeoutMs = 10000);

    void stop();                  // graceful (SIGTERM), waits for exit
    void kill();                  // SIGKILL, for crash tests
    bool restart(int timeoutMs = 10000); // again on the same port and data dir

    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QString host() const { return QStringLiteral("127.0.0.1"); }
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] QString dataDirectory() const;
    [[nodiscard]] QString logText() const { return m_log; }

    // redis-server on PATH (and the Debian locations /usr/bin, /usr/sbin), or empty.
    [[nodiscard]] static QString findExecutable();
    // Translated one-line hint: how to install redis-server on Debian.
    [[nodiscard]] static QString installHint();
    // A port on 127.0.0.1 that was free a moment ago.
    [[nodiscard]] static quint16 freePort();

Q_SIGNALS:
    void ready();
    void failed(const QString &reason);
    void finished(); // the server exited (after stop(), kill() or by itself)

private:
    // implementation owned by the helper that writes redisserverprocess.cpp
    bool writeConfig();
    void launch();
    void onOutput();
    void onFinished(int exitCode, QProcess::ExitStatus status);

    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess *m_process = nullptr;
    QStringList m_extraConfig;
    QString m_tlsCert, m_tlsKey, m_tlsCa;
    bool m_tlsRequireClientCert = false;
    quint16 m_port = 0;
    int m_launchAttempts = 0;
    bool m_ready = false;
    bool m_stopping = false;
    QString m_error;
    QString m_log;
};
