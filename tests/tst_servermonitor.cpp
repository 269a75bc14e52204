// ServerMonitor against a real redis-server: updates while Ready, none while the server is
// down, updates again after it comes back, and never more than one poll in flight.
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include "services/redisconnection.h"
#include "services/redisserverprocess.h"
#include "services/servermonitor.h"
#include "tests/support/testredis.h"

class TestServerMonitor : public QObject {
    Q_OBJECT

private:
    static RedisConnection::Options fastOptions()
    {
        RedisConnection::Options o;
        o.role = QStringLiteral("monitor-test");
        o.connectTimeoutMs = 2000;
        o.commandTimeoutMs = 5000;
        o.initialBackoffMs = 50;
        o.maxBackoffMs = 300;
        return o;
    }

    // What the server says about itself, read independently of the monitor.
    static QHash<QByteArray, QByteArray> infoFields(RedisConnection &connection)
    {
        const RedisReply reply = TestRedis::call(connection, {QByteArrayLiteral("INFO")});
        return reply.isError() ? QHash<QByteArray, QByteArray>() : ServerInfo::parseFields(reply.bytes());
    }

private Q_SLOTS:
    void updatesCarryServerInfoAndLatency()
    {
        auto server = TestRedis::start();
        QVERIFY(server);
        RedisConnection connection(TestRedis::endpoint(*server), fastOptions());
        connection.open();
        QVERIFY(TestRedis::waitReady(connection));
        const QHash<QByteArray, QByteArray> fields = infoFields(connection);
        QVERIFY(fields.contains("redis_version"));

        ServerMonitor monitor(&connection);
        monitor.setInterval(100);
        QSignalSpy updated(&monitor, &ServerMonitor::updated);
        monitor.start();
        QVERIFY(updated.wait(5000));

        const auto info = updated.constFirst().at(0).value<ServerInfo>();
        const double latency = updated.constFirst().at(1).toDouble();
        QVERIFY(!info.version.isEmpty());
        QCOMPARE(info.version, QString::fromLatin1(fields.value("redis_version")));
        QCOMPARE(info.role, QString::fromLatin1(fields.value("role")));
        QVERIFY(latency >= 0);
        QCOMPARE(monitor.info().version, info.version);
        QCOMPARE(monitor.latencyMs(), latency);

        // It keeps polling at the interval.
        QTRY_VERIFY_WITH_TIMEOUT(updated.count() >= 3, 5000);
        monitor.stop();
        const qsizetype afterStop = updated.count();
        // stop() is immediate unless a poll was already on its way: at most that one lands.
        QVERIFY(!QTest::qWaitFor([&] { return updated.count() > afterStop + 1; }, 600));
    }

    void pausesWhileServerIsDownAndResumes()
    {
        auto server = TestRedis::start();
        QVERIFY(server);
        RedisConnection connection(TestRedis::endpoint(*server), fastOptions());
        connection.open();
        QVERIFY(TestRedis::waitReady(connection));

        ServerMonitor monitor(&connection);
        monitor.setInterval(100);
        QSignalSpy updated(&monitor, &ServerMonitor::updated);
        monitor.start();
        QVERIFY(updated.wait(5000));

        server->kill();
        QTRY_VERIFY_WITH_TIMEOUT(connection.state() == RedisConnection::State::Reconnecting, 5000);
        updated.clear();
        // Several intervals and reconnect attempts pass without an update.
        QVERIFY(!updated.wait(1000));
        QVERIFY(!connection.isReady());
        QCOMPARE(updated.count(), 0);

        QVERIFY2(server->restart(), qPrintable(server->errorString()));
        QVERIFY(TestRedis::waitReady(connection, 15000));
        QVERIFY(updated.wait(5000));
        QVERIFY(updated.constLast().at(1).toDouble() >= 0);
        QVERIFY(!updated.constLast().at(0).value<ServerInfo>().version.isEmpty());
    }

    void skipsPollsWhileOneIsInFlight()
    {
        auto server = TestRedis::start();
        QVERIFY(server);
        RedisConnection connection(TestRedis::endpoint(*server), fastOptions());
        RedisConnection control(TestRedis::endpoint(*server), fastOptions());
        connection.open();
        control.open();
        QVERIFY(TestRedis::waitReady(connection));
        QVERIFY(TestRedis::waitReady(control));

        ServerMonitor monitor(&connection);
        monitor.setInterval(20);
        QSignalSpy updated(&monitor, &ServerMonitor::updated);
        monitor.start();
        QVERIFY(updated.wait(5000));

        // The server holds every client's commands for 800 ms: about 40 ticks, one poll.
        const RedisReply paused = TestRedis::call(control,
            {QByteArrayLiteral("CLIENT"), QByteArrayLiteral("PAUSE"), QByteArrayLiteral("800"),
                QByteArrayLiteral("ALL")});
        QVERIFY2(!paused.isError(), qPrintable(paused.errorMessage()));
        updated.clear();

        qsizetype maxPending = 0;
        QTimer sampler;
        sampler.setInterval(5);
        connect(&sampler, &QTimer::timeout, &connection,
            [&] { maxPending = std::max(maxPending, connection.pendingCount()); });
        sampler.start();
        QVERIFY(updated.wait(5000));
        sampler.stop();
        QCOMPARE(maxPending, qsizetype(1));
    }
};

QTEST_GUILESS_MAIN(TestServerMonitor)
#include "tst_servermonitor.moc"
