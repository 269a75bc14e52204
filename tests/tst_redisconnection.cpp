// Integration tests of RedisConnection against real redis-server processes on loopback.
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include "services/redisconnection.h"
#include "services/redisserverprocess.h"
#include "tests/support/testredis.h"
#include "tests/support/tlsmaterial.h"

using Kind = RedisReply::ErrorKind;

class TestRedisConnection : public QObject
{
    Q_OBJECT

private:
    static RedisConnection::Options fastOptions(bool autoReconnect = true)
    {
        RedisConnection::Options o;
        o.role = QStringLiteral("test");
        o.connectTimeoutMs = 3000;
        o.commandTimeoutMs = 5000;
        o.initialBackoffMs = 50;
        o.maxBackoffMs = 400;
        o.autoReconnect = autoReconnect;
        return o;
    }

private Q_SLOTS:
    void pingAndReplyTypes()
    {
        auto server = TestRedis::start();
        QVERIFY(server);
        RedisConnection c(TestRedis::endpoint(*server), fastOptions());
        QSignalSpy ready(&c, &RedisConnection::ready);
        c.open();
        QVERIFY(ready.wait(5000));
        QCOMPARE(c.state(), RedisConnection::State::Ready);

        const RedisReply pong = TestRedis::call(c, {"PING"});
        QVERIFY(pong.isStatus());
        QCOMPARE(pong.bytes(), QByteArray("PONG"));

        QVERIFY(TestRedis::call(c, {"SET", "k", QByteArray("a\r\nb\0c", 6)}).isStatus());
        const RedisReply bulk = TestRedis::call(c, {"GET", "k"});
        QVERIFY(bulk.isString());
        QCOMPARE(bulk.bytes(), QByteArray("a\r\nb\0c", 6));
        QVERIFY(TestRedis::call(c, {"GET", "missing"}).isNil());
        const RedisReply n = TestRedis::call(c, {"INCRBY", "n", "-7"});
        QVERIFY(n.isInteger());
        QCOMPARE(n.toInteger(), -7);
        TestRedis::call(c, {"RPUSH", "l", "x", "y"});
        const RedisReply list = TestRedis::call(c, {"LRANGE", "l", "0", "-1"});
        QVERIFY(list.isArray());
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(1).bytes(), QByteArray("y"));

        const RedisReply wrongType = TestRedis::call(c, {"INCR", "l"});
        QVERIFY(wrongType.isError());
        QCOMPARE(wrongType.errorKind(), Kind::Server);
        QCOMPARE(wrongType.errorCode(), QByteArray("WRONGTYPE"));
        const RedisReply noGroup = TestRedis::call(c, {"XREADGROUP", "GROUP", "g", "c", "STREAMS", "nostream", ">"});
        QCOMPARE(noGroup.errorCode(), QByteArray("NOGROUP"));
        TestRedis::call(c, {"XGROUP", "CREATE", "s", "g", "$", "MKSTREAM"});
        QCOMPARE(TestRedis::call(c, {"XGROUP", "CREATE", "s", "g", "$", "MKSTREAM"}).errorCode(),
                 QByteArray("BUSYGROUP"));

        // Operators find the console in CLIENT LIST by name.
        const RedisReply name = TestRedis::call(c, {"CLIENT", "GETNAME"});
        QCOMPARE(QString::fromUtf8(name.bytes()), c.clientName());
        QVERIFY(c.clientName().startsWith(QLatin1String("streamdesk-test-")));
    }

    void pipelineOfTenThousand()
    {
        auto server = TestRedis::start();
        QVERIFY(server);
        RedisConnection c(TestRedis::endpoint(*server), fastOptions());
        c.open();
        QVERIFY(TestRedis::waitReady(c));

        constexpr int N = 10000;
        QList<qint64> seen;
        seen.reserve(N);
        for (int i = 0; i < N; ++i)
            c.command({"INCR", "counter"}, this, [&seen](const RedisReply &r) { seen << r.toInteger(); });
        // All written before any reply is read: pipelined, matched in order.
        QCOMPARE(c.pendingCount(), N);
        QTRY_COMPARE_WITH_TIMEOUT(seen.size(), N, 20000);
        for (int i = 0; i < N; ++i)
            QCOMPARE(seen.at(i), qint64(i + 1));
        QCOMPARE(c.pendingCount(), 0);
    }

    void batchHandsBackAllReplies()
    {
        auto server = TestRedis::start();
        QVERIFY(server);
        RedisConnection c(TestRedis::endpoint(*server), fastOptions());
        c.open();
        QVERIFY(TestRedis::waitReady(c));

        QList<RespWriter::Command> commands;
        for (int i = 0; i < 500; ++i)
            commands << RespWriter::Command {"SET", "key:" + QByteArray::number(i), QByteArray::number(i * 2)};
        commands << RespWriter::Command {"HGET", "key:1", "f"}; // WRONGTYPE in the middle of a batch
        for (int i = 0; i < 500; ++i)
            commands << RespWriter::Command {"GET", "key:" + QByteArray::number(i)};

        QList<RedisReply> replies;
        int calls = 0;
        c.batch(commands, this, [&](const QList<RedisReply> &r) {
            replies = r;
            ++calls;
        });
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 10000);
        QCOMPARE(replies.size(), commands.size());
        QCOMPARE(replies.at(500).errorCode(), QByteArray("WRONGTYPE"));
        for (int i = 0; i < 500; ++i) {
            QVERIFY(replies.at(i).isStatus());
            QCOMPARE(replies.at(501 + i).bytes(), QByteArray::number(i * 2));
        }

        // An empty batch still answers, with no replies.
        bool emptyAnswered = false;
        c.batch({}, this, [&](const QList<RedisReply> &r) { emptyAnswered = r.isEmpty(); });
        QTRY_VERIFY(emptyAnswered);
    }

    void aclUserAndWrongPassword()
    {
        const QString secret = QStringLiteral("s3cret-Pass-42");
        auto server = TestRedis::start({QStringLiteral("user alice on >%1 ~* &* +@all").arg(secret),
                                        QStringLiteral("user default off")});
        QVERIFY(server);

        RedisEndpoint good = TestRedis::endpoint(*server);
        good.user = QStringLiteral("alice");
        good.password = secret;
        RedisConnection ok(good, fastOptions(false));
        ok.open();
        QVERIFY(TestRedis::waitReady(ok));
        QCOMPARE(TestRedis::call(ok, {"ACL", "WHOAMI"}).bytes(), QByteArray("alice"));

        RedisEndpoint bad = good;
        bad.password = QStringLiteral("not-the-%1").arg(secret);
        RedisConnection wrong(bad, fastOptions(true));
        QSignalSpy states(&wrong, &RedisConnection::stateChanged);
        std::optional<RedisReply> queued;
        wrong.open();
        // Issued while connecting: queued, then failed by the handshake's verdict.
        wrong.command({"PING"}, this, [&](const RedisReply &r) { queued = r; });
        QTRY_COMPARE(wrong.state(), RedisConnection::State::Failed);
        QTRY_VERIFY(queued.has_value());
        QCOMPARE(queued->errorKind(), Kind::Auth);
        // Authentication errors are final even with auto-reconnect: retrying cannot fix a password.
        QCOMPARE(wrong.reconnectDelayMs(), -1);
        QVERIFY(wrong.lastError().contains(QLatin1String("WRONGPASS")));
        QVERIFY(wrong.lastError().contains(QLatin1String("alice")));
        QVERIFY(!wrong.lastError().contains(secret));
        QVERIFY(!wrong.stateText().contains(secret));
        QVERIFY(!queued->errorMessage().contains(secret));
        for (const QList<QVariant> &args : states)
            QVERIFY(!args.at(1).toString().contains(secret));
    }

    void passwordOnlyAndNoAuth()
    {
        auto server = TestRedis::start({QStringLiteral("requirepass pw-only-123")});
        QVERIFY(server);
        RedisEndpoint ep = TestRedis::endpoint(*server);
        ep.password = QStringLiteral("pw-only-123");
        ep.database = 3;
        RedisConnection c(ep, fastOptions(false));
        c.open();
        QVERIFY(TestRedis::waitReady(c));
        TestRedis::call(c, {"SET", "in-db-3", "1"});
        QCOMPARE(TestRedis::call(c, {"CLIENT", "INFO"}).bytes().contains("db=3"), true);

        RedisConnection anonymous(TestRedis::endpoint(*server), fastOptions(false));
        anonymous.open();
        QTRY_COMPARE(anonymous.state(), RedisConnection::State::Failed);
        QVERIFY2(anonymous.lastError().contains(QLatin1String("NOAUTH")), qPrintable(anonymous.lastError()));
    }

    void tls_data()
    {
        QTest::addColumn<QString>("certKind");
        QTest::addColumn<bool>("giveCa");
        QTest::addColumn<bool>("insecure");
        QTest::addColumn<bool>("expectReady");
        QTest::addColumn<QString>("errorFragment");
        QTest::newRow("trusted") << "localhost" << true << false << true << QString();
        QTest::newRow("untrusted CA") << "localhost" << false << false << false << QStringLiteral("not trusted");
        QTest::newRow("other host name") << "other" << true << false << false << QStringLiteral("host name");
        QTest::newRow("insecure accepts other host") << "other" << false << true << true << QString();
    }

    void tls()
    {
        QFETCH(QString, certKind);
        QFETCH(bool, giveCa);
        QFETCH(bool, insecure);
        QFETCH(bool, expectReady);
        QFETCH(QString, errorFragment);

        TlsMaterial tls;
        QString error;
        QVERIFY2(tls.generate(&error), qPrintable(error));
        RedisServerProcess server;
        if (certKind == QLatin1String("localhost"))
            server.setTls(tls.serverCert(), tls.serverKey(), tls.caCert());
        else
            server.setTls(tls.otherHostCert(), tls.otherHostKey(), tls.caCert());
        QVERIFY2(server.startAndWait(), qPrintable(server.errorString()));

        RedisEndpoint ep = TestRedis::endpoint(server);
        ep.tls = true;
        ep.serverName = QStringLiteral("localhost");
        ep.tlsInsecure = insecure;
        if (giveCa)
            ep.caFile = tls.caCert();
        RedisConnection c(ep, fastOptions(true));
        c.open();
        if (expectReady) {
            QVERIFY2(TestRedis::waitReady(c), qPrintable(c.lastError()));
            QCOMPARE(TestRedis::call(c, {"PING"}).bytes(), QByteArray("PONG"));
        } else {
            // Certificate problems are final: no reconnect loop against a server we cannot trust.
            QTRY_COMPARE_WITH_TIMEOUT(c.state(), RedisConnection::State::Failed, 5000);
            QVERIFY2(c.lastError().contains(errorFragment), qPrintable(c.lastError()));
        }
    }

    void tlsClientCertificate()
    {
        TlsMaterial tls;
        QString error;
        QVERIFY2(tls.generate(&error), qPrintable(error));
        RedisServerProcess server;
        server.setTls(tls.serverCert(), tls.serverKey(), tls.caCert(), true);
        QVERIFY2(server.startAndWait(), qPrintable(server.errorString()));

        RedisEndpoint ep = TestRedis::endpoint(server);
        ep.tls = true;
        ep.serverName = QStringLiteral("localhost");
        ep.caFile = tls.caCert();
        ep.certFile = tls.clientCert();
        ep.keyFile = tls.clientKey();
        RedisConnection withCert(ep, fastOptions(false));
        withCert.open();
        QVERIFY2(TestRedis::waitReady(withCert), qPrintable(withCert.lastError()));

        ep.keyFile.clear();
        RedisConnection halfConfigured(ep, fastOptions(false));
        halfConfigured.open();
        QTRY_COMPARE(halfConfigured.state(), RedisConnection::State::Failed);
        QVERIFY(halfConfigured.lastError().contains(QLatin1String("key")));
    }

    void serverKilledAndRestarted()
    {
        auto server = TestRedis::start();
        QVERIFY(server);
        RedisConnection c(TestRedis::endpoint(*server), fastOptions(true));
        RedisConnection subscriber(TestRedis::endpoint(*server), fastOptions(true));
        QSignalSpy messages(&subscriber, &RedisConnection::message);
        c.open();
        subscriber.open();
        subscriber.subscribe({"alerts"});
        QVERIFY(TestRedis::waitReady(c));
        QVERIFY(TestRedis::waitReady(subscriber));
        const auto subscribers = [&c] { return TestRedis::call(c, {"PUBSUB", "NUMSUB", "alerts"}).at(1).toInteger(); };
        QTRY_COMPARE(subscribers(), 1);
        QCOMPARE(TestRedis::call(c, {"PUBLISH", "alerts", "before"}).toInteger(), 1);
        QTRY_COMPARE(messages.size(), 1);

        // In-flight commands fail when the server dies; the client goes to Reconnecting.
        std::optional<RedisReply> blocked;
        RedisConnection blocker(TestRedis::endpoint(*server), fastOptions(true));
        blocker.open();
        QVERIFY(TestRedis::waitReady(blocker));
        blocker.command({"BLPOP", "never", "0"}, this, [&](const RedisReply &r) { blocked = r; }, 0);
        QTRY_COMPARE(TestRedis::call(c, {"CLIENT", "LIST"}).bytes().count("cmd=blpop"), 1);

        server->kill();
        QTRY_COMPARE_WITH_TIMEOUT(c.state(), RedisConnection::State::Reconnecting, 5000);
        QTRY_VERIFY(blocked.has_value());
        QCOMPARE(blocked->errorKind(), Kind::Connection);

        // Disconnected policy: commands fail at once, with the state in the message.
        std::optional<RedisReply> early;
        if (c.state() == RedisConnection::State::Reconnecting) {
            c.command({"PING"}, this, [&](const RedisReply &r) { early = r; });
            QTRY_VERIFY(early.has_value());
            QVERIFY(early->isError());
            QVERIFY(early->errorKind() == Kind::NotConnected || early->errorKind() == Kind::Connection);
        }

        QVERIFY2(server->restart(), qPrintable(server->errorString()));
        QTRY_COMPARE_WITH_TIMEOUT(c.state(), RedisConnection::State::Ready, 10000);
        QCOMPARE(TestRedis::call(c, {"PING"}).bytes(), QByteArray("PONG"));
        QCOMPARE(QString::fromUtf8(TestRedis::call(c, {"CLIENT", "GETNAME"}).bytes()), c.clientName());

        // Subscriptions are restored after the reconnect.
        QTRY_COMPARE_WITH_TIMEOUT(subscriber.state(), RedisConnection::State::Ready, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(subscribers(), 1, 5000);
        QCOMPARE(TestRedis::call(c, {"PUBLISH", "alerts", "after"}).toInteger(), 1);
        QTRY_COMPARE(messages.size(), 2);
        QCOMPARE(messages.last().at(0).toByteArray(), QByteArray("alerts"));
        QCOMPARE(messages.last().at(1).toByteArray(), QByteArray("after"));
    }

    void blockingReadOnItsOwnConnection()
    {
        auto server = TestRedis::start();
        QVERIFY(server);
        RedisConnection commands(TestRedis::endpoint(*server), fastOptions());
        RedisConnection::Options blockingOptions = fastOptions();
        blockingOptions.role = QStringLiteral("block");
        RedisConnection blocking(TestRedis::endpoint(*server), blockingOptions);
        commands.open();
        blocking.open();
        QVERIFY(TestRedis::waitReady(commands));
        QVERIFY(TestRedis::waitReady(blocking));

        std::optional<RedisReply> entry;
        blocking.command({"XREAD", "BLOCK", "0", "STREAMS", "changes", "$"}, this,
                         [&](const RedisReply &r) { entry = r; }, 0);
        QTRY_COMPARE(TestRedis::call(commands, {"CLIENT", "LIST"}).bytes().count("cmd=xread"), 1);

        // The command connection keeps answering while the read blocks.
        int pongs = 0;
        for (int i = 0; i < 200; ++i)
            commands.command({"PING"}, this, [&](const RedisReply &r) { pongs += r.bytes() == "PONG"; });
        QTRY_COMPARE(pongs, 200);
        QVERIFY(!entry.has_value());

        const RedisReply id = TestRedis::call(commands, {"XADD", "changes", "*", "type", "incident"});
        QVERIFY(id.isString());
        QTRY_VERIFY(entry.has_value());
        QVERIFY(entry->isArray());
        const RedisReply &stream = entry->at(0);
        QCOMPARE(stream.at(0).bytes(), QByteArray("changes"));
        QCOMPARE(stream.at(1).at(0).at(0).bytes(), id.bytes());
    }

    void commandTimeoutResetsConnection()
    {
        auto server = TestRedis::start();
        QVERIFY(server);
        RedisConnection::Options o = fastOptions(true);
        o.commandTimeoutMs = 300;
        RedisConnection c(TestRedis::endpoint(*server), o);
        RedisConnection admin(TestRedis::endpoint(*server), fastOptions());
        c.open();
        admin.open();
        QVERIFY(TestRedis::waitReady(c));
        QVERIFY(TestRedis::waitReady(admin));

        // CLIENT PAUSE stalls every other client's commands: a server that stops answering.
        QVERIFY(TestRedis::call(admin, {"CLIENT", "PAUSE", "1500", "ALL"}).isStatus());
        std::optional<RedisReply> late;
        c.command({"PING"}, this, [&](const RedisReply &r) { late = r; });
        QTRY_VERIFY_WITH_TIMEOUT(late.has_value(), 3000);
        QCOMPARE(late->errorKind(), Kind::Timeout);
        // A late reply must not be matched to a later command: the connection was replaced.
        QTRY_COMPARE_WITH_TIMEOUT(c.state(), RedisConnection::State::Ready, 10000);
        QCOMPARE(TestRedis::call(c, {"ECHO", "fresh"}).bytes(), QByteArray("fresh"));
    }

    void notConnectedFailsAtOnce()
    {
        RedisEndpoint ep;
        ep.port = RedisServerProcess::freePort();
        RedisConnection c(ep, fastOptions(false));
        std::optional<RedisReply> reply;
        c.command({"PING"}, this, [&](const RedisReply &r) { reply = r; });
        QVERIFY(!reply.has_value()); // never synchronously inside command()
        QTRY_VERIFY(reply.has_value());
        QCOMPARE(reply->errorKind(), Kind::NotConnected);
        QVERIFY(reply->errorMessage().contains(ep.address()));
    }

    void refusedConnectionBacksOff()
    {
        RedisEndpoint ep;
        ep.port = RedisServerProcess::freePort();
        RedisConnection failing(ep, fastOptions(false));
        failing.open();
        QTRY_COMPARE(failing.state(), RedisConnection::State::Failed);
        QVERIFY2(failing.lastError().contains(QLatin1String("refused")), qPrintable(failing.lastError()));

        RedisConnection retrying(ep, fastOptions(true));
        QSignalSpy states(&retrying, &RedisConnection::stateChanged);
        retrying.open();
        QTRY_COMPARE(retrying.state(), RedisConnection::State::Reconnecting);
        QVERIFY(retrying.reconnectDelayMs() > 0);
        QVERIFY(retrying.reconnectDelayMs() <= 400);
        QVERIFY(retrying.stateText().contains(QLatin1String("reconnecting")));
        // It keeps trying: several attempts, each reported.
        QTRY_VERIFY_WITH_TIMEOUT(states.count() >= 6, 5000);
        retrying.close();
        QCOMPARE(retrying.state(), RedisConnection::State::Disconnected);
    }

    void destroyedContextIsNeverCalled()
    {
        auto server = TestRedis::start();
        QVERIFY(server);
        RedisConnection c(TestRedis::endpoint(*server), fastOptions());
        c.open();
        QVERIFY(TestRedis::waitReady(c));
        bool calledDead = false;
        auto *context = new QObject;
        c.command({"PING"}, context, [&calledDead](const RedisReply &) { calledDead = true; });
        delete context;
        QCOMPARE(TestRedis::call(c, {"ECHO", "after"}).bytes(), QByteArray("after"));
        QVERIFY(!calledDead);
    }

    void protocolErrorClosesWithClearMessage()
    {
        // Something that is not Redis answers on the port.
        QTcpServer fake;
        QVERIFY(fake.listen(QHostAddress::LocalHost));
        connect(&fake, &QTcpServer::newConnection, this, [&fake] {
            QTcpSocket *s = fake.nextPendingConnection();
            connect(s, &QTcpSocket::readyRead, s, [s] { s->write("HTTP/1.1 400 Bad Request\r\n\r\n"); });
        });
        RedisEndpoint ep;
        ep.port = fake.serverPort();
        RedisConnection c(ep, fastOptions(false));
        c.open();
        QTRY_COMPARE(c.state(), RedisConnection::State::Failed);
        QVERIFY2(c.lastError().contains(QLatin1String("invalid reply")), qPrintable(c.lastError()));
    }

    void silentServerHitsConnectTimeout()
    {
        QTcpServer silent; // accepts, never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        RedisEndpoint ep;
        ep.port = silent.serverPort();
        RedisConnection::Options o = fastOptions(false);
        o.connectTimeoutMs = 300;
        RedisConnection c(ep, o);
        c.open();
        QTRY_COMPARE_WITH_TIMEOUT(c.state(), RedisConnection::State::Failed, 3000);
        QVERIFY2(c.lastError().contains(QLatin1String("no answer")), qPrintable(c.lastError()));
    }
};

QTEST_GUILESS_MAIN(TestRedisConnection)
#include "tst_redisconnection.moc"
