#include <cstdio>
#include <cstdlib>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "services/redisserverprocess.h"
#include "tests/support/testredis.h"
#include "tests/support/tlsmaterial.h"

namespace {

// Restores an environment variable when the test function ends, pass or fail.
class EnvGuard final {
    Q_DISABLE_COPY_MOVE(EnvGuard)

public:
    explicit EnvGuard(const char *name)
        : m_name(name)
        , m_wasSet(qEnvironmentVariableIsSet(name))
        , m_value(qgetenv(name))
    {
    }
    ~EnvGuard()
    {
        if (m_wasSet)
            qputenv(m_name, m_value);
        else
            qunsetenv(m_name);
    }

private:
    const char *m_name;
    bool m_wasSet;
    QByteArray m_value;
};

QSslKey readKey(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QSslKey(f.readAll(), QSsl::Ec);
}

struct TlsProbe {
    bool encrypted = false;
    QList<QSslError> errors;
    QByteArray reply; // first reply line to PING, if any
};

// Connects to 127.0.0.1:port with TLS, verifying `peerName` against `caFile`, and sends PING.
TlsProbe probeTls(quint16 port, const QString &caFile, const QString &peerName, const QString &certFile = {},
    const QString &keyFile = {})
{
    TlsProbe probe;
    QSslSocket socket;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setCaCertificates(QSslCertificate::fromPath(caFile));
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!certFile.isEmpty()) {
        config.setLocalCertificate(QSslCertificate::fromPath(certFile).value(0));
        config.setPrivateKey(readKey(keyFile));
    }
    socket.setSslConfiguration(config);
    QObject::connect(
        &socket, &QSslSocket::sslErrors, &socket, [&probe](const QList<QSslError> &errors) { probe.errors += errors; });
    // Address 127.0.0.1, name checked against the certificate: never resolve "localhost" (could be ::1).
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port, peerName);
    const bool settled = QTest::qWaitFor(
        [&socket] { return socket.isEncrypted() || socket.state() == QAbstractSocket::UnconnectedState; }, 5000);
    probe.encrypted = settled && socket.isEncrypted();
    if (!probe.encrypted)
        return probe;
    socket.write("PING\r\n");
    QByteArray received;
    (void)QTest::qWaitFor(
        [&] {
            if (socket.bytesAvailable() > 0)
                received += socket.readAll();
            return received.contains("\r\n") || socket.state() == QAbstractSocket::UnconnectedState;
        },
        5000);
    const qsizetype end = received.indexOf("\r\n");
    probe.reply = end < 0 ? QByteArray() : received.left(end + 2);
    return probe;
}

} // namespace

class TestRedisServerProcess final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void freePortIsBindable();
    void startsOnFreeLoopbackPort();
    void waitForReadyAfterAsyncStart();
    void twoServersGetDifferentPorts();
    void extraConfigIsApplied();
    void killThenRestartOnSamePort();
    void restartFailsWhenPortIsTaken();
    void startRetriesThenReportsBusyPort();
    void serverDiesWithCrashedParent();
    void stopEmitsFinishedAndClosesPort();
    void destructorStopsServerAndRemovesData();
    void badConfigFailsWithoutEchoingSecrets();
    void findExecutableHonoursPath();
    void missingExecutableIsReportedClearly();
    void tlsHandshakeWithTestCa();
    void tlsRejectsWrongHostAndUntrustedCa();
    void tlsRequiresClientCertificateWhenAsked();

private:
    TlsMaterial m_tls;
    bool m_tlsReady = false;
    QString m_tlsError;
};

void TestRedisServerProcess::initTestCase()
{
    if (qEnvironmentVariableIsSet("STREAMDESK_FIXTURE_CRASH_CHILD")) {
        // Child of serverDiesWithCrashedParent() (initTestCase runs before the named function):
        // start a server, report its port, then die without running any destructor, as a
        // crashing test would.
        QDir(m_tls.directory()).removeRecursively(); // not generated here; nothing else would remove it
        auto *server = new RedisServerProcess;
        if (server->startAndWait()) {
            std::printf("port=%u\n", unsigned(server->port()));
            std::printf("dir=%s\n", QFile::encodeName(server->dataDirectory()).constData());
        }
        std::fflush(stdout);
        std::_Exit(3);
    }
    if (RedisServerProcess::findExecutable().isEmpty())
        QSKIP("redis-server is not installed (sudo apt-get install redis-server)");
    m_tlsReady = m_tls.generate(&m_tlsError);
}

void TestRedisServerProcess::freePortIsBindable()
{
    const quint16 port = RedisServerProcess::freePort();
    QVERIFY(port > 0);
    QTcpServer server;
    QVERIFY2(server.listen(QHostAddress::LocalHost, port), qPrintable(server.errorString()));
}

void TestRedisServerProcess::startsOnFreeLoopbackPort()
{
    RedisServerProcess server;
    QSignalSpy readySpy(&server, &RedisServerProcess::ready);
    QSignalSpy failedSpy(&server, &RedisServerProcess::failed);
    QVERIFY2(server.startAndWait(), qPrintable(server.errorString()));
    QCOMPARE(readySpy.count(), 1);
    QCOMPARE(failedSpy.count(), 0);
    QVERIFY(server.isRunning());
    QVERIFY(server.port() > 0);
    QCOMPARE(server.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(server.errorString().isEmpty());
    QVERIFY(server.logText().contains(QLatin1String("Ready to accept connections")));

    QCOMPARE(TestRedis::rawCommand(server.port(), "PING"), QByteArray("+PONG\r\n"));

    // The config binds loopback only and keeps data in the private directory.
    QFile conf(QDir(server.dataDirectory()).filePath(QStringLiteral("redis.conf")));
    QVERIFY(conf.open(QIODevice::ReadOnly));
    const QByteArray text = conf.readAll();
    QVERIFY(text.contains("bind 127.0.0.1\n"));
    QVERIFY(text.contains(QByteArray("port " + QByteArray::number(server.port()) + "\n")));
    QVERIFY(text.contains("save \"\"\n"));
}

void TestRedisServerProcess::waitForReadyAfterAsyncStart()
{
    RedisServerProcess server;
    QSignalSpy readySpy(&server, &RedisServerProcess::ready);
    server.start();
    QVERIFY2(server.waitForReady(), qPrintable(server.errorString()));
    QCOMPARE(readySpy.count(), 1);
    QVERIFY(server.waitForReady()); // already ready: returns at once
    QCOMPARE(TestRedis::rawCommand(server.port(), "PING"), QByteArray("+PONG\r\n"));
}

void TestRedisServerProcess::twoServersGetDifferentPorts()
{
    const auto a = TestRedis::start();
    const auto b = TestRedis::start();
    QVERIFY(a);
    QVERIFY(b);
    QVERIFY(a->port() != b->port());
    QVERIFY(a->dataDirectory() != b->dataDirectory());
    // Each is its own server: a key set on one is absent on the other.
    QCOMPARE(TestRedis::rawCommand(a->port(), "SET fixture-key a"), QByteArray("+OK\r\n"));
    QCOMPARE(TestRedis::rawCommand(a->port(), "EXISTS fixture-key"), QByteArray(":1\r\n"));
    QCOMPARE(TestRedis::rawCommand(b->port(), "EXISTS fixture-key"), QByteArray(":0\r\n"));
}

void TestRedisServerProcess::extraConfigIsApplied()
{
    const QString secret = QStringLiteral("fixture-s3cret");
    const auto server = TestRedis::start({QStringLiteral("requirepass ") + secret});
    QVERIFY(server);
    QVERIFY(TestRedis::rawCommand(server->port(), "PING").startsWith("-NOAUTH"));
    QCOMPARE(TestRedis::rawCommand(server->port(), "AUTH " + secret.toUtf8()), QByteArray("+OK\r\n"));
    QVERIFY(!server->logText().contains(secret));
}

void TestRedisServerProcess::killThenRestartOnSamePort()
{
    const auto server = TestRedis::start();
    QVERIFY(server);
    const quint16 port = server->port();
    const QString dir = server->dataDirectory();
    QSignalSpy finishedSpy(server.get(), &RedisServerProcess::finished);

    server->kill();
    QCOMPARE(finishedSpy.count(), 1);
    QVERIFY(!server->isRunning());
    QCOMPARE(TestRedis::rawCommand(port, "PING"), QByteArray());

    QSignalSpy readySpy(server.get(), &RedisServerProcess::ready);
    QVERIFY2(server->restart(), qPrintable(server->errorString()));
    QCOMPARE(readySpy.count(), 1);
    QCOMPARE(server->port(), port);
    QCOMPARE(server->dataDirectory(), dir);
    QCOMPARE(TestRedis::rawCommand(port, "PING"), QByteArray("+PONG\r\n"));
}

void TestRedisServerProcess::restartFailsWhenPortIsTaken()
{
    const auto server = TestRedis::start();
    QVERIFY(server);
    const quint16 port = server->port();
    server->kill();

    QTcpServer squatter;
    QVERIFY2(squatter.listen(QHostAddress::LocalHost, port), qPrintable(squatter.errorString()));
    QSignalSpy failedSpy(server.get(), &RedisServerProcess::failed);
    QVERIFY(!server->restart());
    QCOMPARE(failedSpy.count(), 1);
    QCOMPARE(server->port(), port); // it did not wander off to another port
    const QString error = server->errorString();
    QVERIFY2(error.contains(QLatin1String("Address already in use")), qPrintable(error));
    QVERIFY2(error.contains(QString::number(port)), qPrintable(error));
    QVERIFY(!error.contains(QLatin1Char('\n')));
    QCOMPARE(failedSpy.at(0).at(0).toString(), error);
    QVERIFY(!server->isRunning());
}

void TestRedisServerProcess::startRetriesThenReportsBusyPort()
{
    // An extra "port" line overrides the fixture's, so every attempt meets the same busy port:
    // the first launch and three retries, then a clear failure.
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    RedisServerProcess server;
    server.setExtraConfig({QStringLiteral("port %1").arg(squatter.serverPort())});
    QSignalSpy failedSpy(&server, &RedisServerProcess::failed);
    QSignalSpy readySpy(&server, &RedisServerProcess::ready);
    QVERIFY(!server.startAndWait());
    QCOMPARE(failedSpy.count(), 1);
    QCOMPARE(readySpy.count(), 0);
    QCOMPARE(server.logText().count(QLatin1String("starting redis-server on 127.0.0.1:")), 4);
    QCOMPARE(server.logText().count(QLatin1String("Address already in use")), 4);
    const QString error = server.errorString();
    QVERIFY2(error.contains(QLatin1String("Address already in use")), qPrintable(error));
    QVERIFY(!error.contains(QLatin1Char('\n')));
    QVERIFY(!server.isRunning());
}

void TestRedisServerProcess::serverDiesWithCrashedParent()
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("STREAMDESK_FIXTURE_CRASH_CHILD"), QStringLiteral("1"));
    child.setProcessEnvironment(env);
    QSignalSpy finishedSpy(&child, &QProcess::finished);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("freePortIsBindable")});
    QVERIFY(finishedSpy.wait(20000));
    QCOMPARE(child.exitCode(), 3);
    const QByteArray out = child.readAllStandardOutput();
    const auto value = [&out](const QByteArray &key) {
        const qsizetype at = out.indexOf(QByteArray(key + '='));
        return at < 0 ? QByteArray() : out.mid(at + key.size() + 1, out.indexOf('\n', at) - at - key.size() - 1);
    };
    const quint16 port = value("port").toUShort();
    const QString dir = QFile::decodeName(value("dir"));
    QVERIFY2(port > 0, out.constData());
    QVERIFY(dir.startsWith(QDir::tempPath()));
    // PR_SET_PDEATHSIG takes the orphaned redis-server down with its parent.
    QTRY_COMPARE_WITH_TIMEOUT(TestRedis::rawCommand(port, "PING", 1000), QByteArray(), 10000);
    // The child never ran its destructors: clean up its data directory.
    QVERIFY(QDir(dir).removeRecursively());
}

void TestRedisServerProcess::stopEmitsFinishedAndClosesPort()
{
    const auto server = TestRedis::start();
    QVERIFY(server);
    const quint16 port = server->port();
    QSignalSpy finishedSpy(server.get(), &RedisServerProcess::finished);
    server->stop();
    QCOMPARE(finishedSpy.count(), 1);
    QVERIFY(!server->isRunning());
    QVERIFY(server->errorString().isEmpty()); // a requested stop is no error
    QCOMPARE(TestRedis::rawCommand(port, "PING"), QByteArray());
}

void TestRedisServerProcess::destructorStopsServerAndRemovesData()
{
    quint16 port = 0;
    QString dir;
    {
        const auto server = TestRedis::start();
        QVERIFY(server);
        port = server->port();
        dir = server->dataDirectory();
        QVERIFY(QFileInfo::exists(dir));
    }
    QVERIFY(!QFileInfo::exists(dir));
    QCOMPARE(TestRedis::rawCommand(port, "PING"), QByteArray());
}

void TestRedisServerProcess::badConfigFailsWithoutEchoingSecrets()
{
    // A wrong number of arguments makes redis echo the offending line; it must not reach us.
    RedisServerProcess server;
    server.setExtraConfig({QStringLiteral("requirepass hunter2-secret extra-argument")});
    QSignalSpy failedSpy(&server, &RedisServerProcess::failed);
    QVERIFY(!server.startAndWait());
    QCOMPARE(failedSpy.count(), 1);
    const QString error = server.errorString();
    QVERIFY2(error.contains(QLatin1String("configuration error")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("wrong number of arguments")), qPrintable(error));
    QVERIFY(!error.contains(QLatin1String("hunter2")));
    QVERIFY(!error.contains(QLatin1Char('\n')));
    QVERIFY(!server.isRunning());
}

void TestRedisServerProcess::findExecutableHonoursPath()
{
    const EnvGuard pathGuard("PATH");
    const EnvGuard overrideGuard("STREAMDESK_REDIS_SERVER");
    qunsetenv("STREAMDESK_REDIS_SERVER");
    const QString real = RedisServerProcess::findExecutable();
    QVERIFY(!real.isEmpty());

    QTemporaryDir bin;
    QVERIFY(bin.isValid());
    const QString link = bin.filePath(QStringLiteral("redis-server"));
    QVERIFY(QFile::link(real, link));
    qputenv("PATH", QFile::encodeName(bin.path()));
    QCOMPARE(RedisServerProcess::findExecutable(), link);

    // With an empty PATH the Debian locations are still tried.
    QTemporaryDir empty;
    qputenv("PATH", QFile::encodeName(empty.path()));
    const QString fallback = RedisServerProcess::findExecutable();
    QCOMPARE(fallback.isEmpty(),
        !QFileInfo::exists(QStringLiteral("/usr/bin/redis-server"))
            && !QFileInfo::exists(QStringLiteral("/usr/sbin/redis-server")));
}

void TestRedisServerProcess::missingExecutableIsReportedClearly()
{
    const EnvGuard guard("STREAMDESK_REDIS_SERVER");
    QTemporaryDir empty;
    qputenv("STREAMDESK_REDIS_SERVER", QFile::encodeName(empty.filePath(QStringLiteral("redis-server"))));
    QVERIFY(RedisServerProcess::findExecutable().isEmpty());

    RedisServerProcess server;
    QSignalSpy failedSpy(&server, &RedisServerProcess::failed);
    QVERIFY(!server.startAndWait());
    QCOMPARE(failedSpy.count(), 1);
    const QString reason = failedSpy.at(0).at(0).toString();
    QCOMPARE(server.errorString(), reason);
    QVERIFY2(reason.contains(QLatin1String("redis-server was not found")), qPrintable(reason));
    QVERIFY(reason.endsWith(RedisServerProcess::installHint()));
    QVERIFY(RedisServerProcess::installHint().contains(QLatin1String("apt-get install redis-server")));
    QVERIFY(!server.isRunning());
}

void TestRedisServerProcess::tlsHandshakeWithTestCa()
{
    QVERIFY2(m_tlsReady, qPrintable(m_tlsError));
    if (!QSslSocket::supportsSsl())
        QSKIP("Qt has no TLS backend here");
    const auto server = TestRedis::startTls(m_tls);
    QVERIFY(server);
    QVERIFY(server->logText().contains(QLatin1String("Ready to accept connections")));

    const TlsProbe probe = probeTls(server->port(), m_tls.caCert(), QStringLiteral("localhost"));
    QVERIFY2(probe.errors.isEmpty(), qPrintable(probe.errors.value(0).errorString()));
    QVERIFY(probe.encrypted);
    QCOMPARE(probe.reply, QByteArray("+PONG\r\n"));
    // TLS only: plain text on the same port gets no RESP answer.
    QVERIFY(!TestRedis::rawCommand(server->port(), "PING").startsWith("+PONG"));
}

void TestRedisServerProcess::tlsRejectsWrongHostAndUntrustedCa()
{
    QVERIFY2(m_tlsReady, qPrintable(m_tlsError));
    if (!QSslSocket::supportsSsl())
        QSKIP("Qt has no TLS backend here");
    const auto server = TestRedis::startTls(m_tls);
    QVERIFY(server);

    // Trusting an unrelated self-signed certificate: the chain does not verify.
    const TlsProbe untrusted = probeTls(server->port(), m_tls.untrustedCa(), QStringLiteral("localhost"));
    QVERIFY(!untrusted.encrypted);
    QVERIFY(!untrusted.errors.isEmpty());

    // A server whose certificate names another host only.
    RedisServerProcess other;
    other.setTls(m_tls.otherHostCert(), m_tls.otherHostKey(), m_tls.caCert());
    QVERIFY2(other.startAndWait(), qPrintable(other.errorString()));
    const TlsProbe mismatch = probeTls(other.port(), m_tls.caCert(), QStringLiteral("localhost"));
    QVERIFY(!mismatch.encrypted);
    bool hostMismatch = false;
    for (const QSslError &e : mismatch.errors)
        hostMismatch = hostMismatch || e.error() == QSslError::HostNameMismatch;
    QVERIFY(hostMismatch);
    // The same certificate is fine for the name it carries.
    const TlsProbe matching = probeTls(other.port(), m_tls.caCert(), QStringLiteral("other.invalid"));
    QVERIFY(matching.encrypted);
    QCOMPARE(matching.reply, QByteArray("+PONG\r\n"));
}

void TestRedisServerProcess::tlsRequiresClientCertificateWhenAsked()
{
    QVERIFY2(m_tlsReady, qPrintable(m_tlsError));
    if (!QSslSocket::supportsSsl())
        QSKIP("Qt has no TLS backend here");
    const auto server = TestRedis::startTls(m_tls, true);
    QVERIFY(server);
    const QByteArray conf = [&] {
        QFile f(QDir(server->dataDirectory()).filePath(QStringLiteral("redis.conf")));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    QVERIFY(conf.contains("tls-auth-clients yes\n"));
    QVERIFY(conf.contains("port 0\n"));

    const TlsProbe withCert =
        probeTls(server->port(), m_tls.caCert(), QStringLiteral("localhost"), m_tls.clientCert(), m_tls.clientKey());
    QVERIFY(withCert.encrypted);
    QCOMPARE(withCert.reply, QByteArray("+PONG\r\n"));

    // Without one the server refuses (with TLS 1.3 possibly only after the client's handshake ends).
    const TlsProbe withoutCert = probeTls(server->port(), m_tls.caCert(), QStringLiteral("localhost"));
    QCOMPARE(withoutCert.reply, QByteArray());
}

QTEST_GUILESS_MAIN(TestRedisServerProcess)
#include "tst_redisserverprocess.moc"
