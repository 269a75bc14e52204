#include "testredis.h"

#include <QObject>
#include <QTcpSocket>
#include <QTest>

#include "services/redisconnection.h"
#include "tlsmaterial.h"

namespace TestRedis {

namespace {

std::unique_ptr<RedisServerProcess> startConfigured(std::unique_ptr<RedisServerProcess> server)
{
    if (!server->startAndWait()) {
        qWarning().noquote() << "redis-server fixture failed:" << server->errorString();
        return nullptr;
    }
    return server;
}

} // namespace

std::unique_ptr<RedisServerProcess> start(const QStringList &extraConfig)
{
    auto server = std::make_unique<RedisServerProcess>();
    server->setExtraConfig(extraConfig);
    return startConfigured(std::move(server));
}

std::unique_ptr<RedisServerProcess> startTls(
    const TlsMaterial &tls, bool requireClientCert, const QStringList &extraConfig)
{
    auto server = std::make_unique<RedisServerProcess>();
    server->setExtraConfig(extraConfig);
    server->setTls(tls.serverCert(), tls.serverKey(), tls.caCert(), requireClientCert);
    return startConfigured(std::move(server));
}

RedisEndpoint endpoint(const RedisServerProcess &server)
{
    RedisEndpoint e;
    e.host = server.host();
    e.port = server.port();
    return e;
}

RedisEndpoint tlsEndpoint(const RedisServerProcess &server, const TlsMaterial &tls)
{
    RedisEndpoint e = endpoint(server);
    e.tls = true;
    e.caFile = tls.caCert();
    e.serverName = QStringLiteral("localhost");
    return e;
}

RedisReply call(RedisConnection &connection, const QList<QByteArray> &args, int timeoutMs)
{
    // The guard bounds the callback's life: if we give up waiting, a late reply finds it gone.
    QObject guard;
    RedisReply result;
    bool done = false;
    connection.command(
        args, &guard,
        [&result, &done](const RedisReply &reply) {
            result = reply;
            done = true;
        },
        timeoutMs);
    // The connection enforces timeoutMs itself; the margin only catches a lost callback.
    if (!QTest::qWaitFor([&done] { return done; }, timeoutMs + 2000))
        return RedisReply::clientError(
            RedisReply::ErrorKind::Timeout, QStringLiteral("TestRedis::call: no callback within %1 ms").arg(timeoutMs));
    return result;
}

bool waitReady(RedisConnection &connection, int timeoutMs)
{
    return QTest::qWaitFor([&connection] { return connection.isReady(); }, timeoutMs);
}

QByteArray rawCommand(quint16 port, const QByteArray &inlineCommand, int timeoutMs)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    QByteArray command = inlineCommand;
    if (!command.endsWith("\r\n"))
        command += "\r\n";
    // Written once connected (Qt buffers it); the reply is read as it arrives.
    socket.write(command);
    QByteArray received;
    const bool gotLine = QTest::qWaitFor(
        [&] {
            if (socket.bytesAvailable() > 0)
                received += socket.readAll();
            return received.contains("\r\n") || socket.state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs);
    socket.abort();
    if (!gotLine)
        return {};
    const qsizetype end = received.indexOf("\r\n");
    return end < 0 ? QByteArray() : received.left(end + 2);
}

} // namespace TestRedis
