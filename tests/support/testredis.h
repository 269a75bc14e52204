#pragma once

#include <memory>

#include <QByteArray>
#include <QList>
#include <QStringList>

#include "services/redisendpoint.h"
#include "services/redisreply.h"
#include "services/redisserverprocess.h"

class RedisConnection;
class TlsMaterial;

// Helpers for integration tests: a private redis-server per test and a few synchronous
// wrappers that keep test bodies readable. Waits process events (QTest::qWaitFor), they never sleep.
namespace TestRedis {

// Starts a server on a free 127.0.0.1 port. On failure returns nullptr and qWarning()s the
// reason, so a test does QVERIFY(server).
std::unique_ptr<RedisServerProcess> start(const QStringList &extraConfig = {});
// Same, serving TLS only with the material's localhost certificate and CA.
std::unique_ptr<RedisServerProcess> startTls(
    const TlsMaterial &tls, bool requireClientCert = false, const QStringList &extraConfig = {});

// Plain endpoint for the server (host 127.0.0.1, its port, no password).
RedisEndpoint endpoint(const RedisServerProcess &server);
// rediss:// endpoint trusting the material's CA, verifying the name "localhost".
RedisEndpoint tlsEndpoint(const RedisServerProcess &server, const TlsMaterial &tls);

// Sends one command and waits for its reply. A missing reply comes back as a client-side
// Timeout error, so the caller's QCOMPARE shows what happened.
RedisReply call(RedisConnection &connection, const QList<QByteArray> &args, int timeoutMs = 5000);
// Waits until the connection is Ready (it does not call open()).
bool waitReady(RedisConnection &connection, int timeoutMs = 5000);

// One RESP command over a fresh plain QTcpSocket to 127.0.0.1:port; returns the first reply
// line including "\r\n", or an empty array if there was none in time. Independent of RedisConnection.
QByteArray rawCommand(quint16 port, const QByteArray &inlineCommand, int timeoutMs = 5000);

} // namespace TestRedis
