#include <QTest>

#include "services/serverinfo.h"

namespace {

// Abridged INFO output of a Redis 7.0 standalone master, in the server's own layout
// (LF-joined here; the rows below send it with CRLF as the server does, and with LF only).
const char *const kRedis7Info = "# Server\n"
                                "redis_version:7.0.15\n"
                                "redis_git_sha1:00000000\n"
                                "redis_git_dirty:0\n"
                                "redis_build_id:ae4d7c971a948f0\n"
                                "redis_mode:standalone\n"
                                "os:Linux 6.1.0-18-amd64 x86_64\n"
                                "arch_bits:64\n"
                                "monotonic_clock:POSIX clock_gettime\n"
                                "multiplexing_api:epoll\n"
                                "gcc_version:12.2.0\n"
                                "process_id:4242\n"
                                "run_id:9b0cd51b3c1f8a4f3ab2bd4e3d1a5d7d2c0f6e11\n"
                                "tcp_port:6379\n"
                                "server_time_usec:1718000000123456\n"
                                "uptime_in_seconds:86523\n"
                                "uptime_in_days:1\n"
                                "hz:10\n"
                                "executable:/usr/bin/redis-server\n"
                                "config_file:/etc/redis/redis.conf\n"
                                "io_threads_active:0\n"
                                "\n"
                                "# Clients\n"
                                "connected_clients:12\n"
                                "cluster_connections:0\n"
                                "maxclients:10000\n"
                                "blocked_clients:1\n"
                                "\n"
                                "# Memory\n"
                                "used_memory:1482064\n"
                                "used_memory_human:1.41M\n"
                                "used_memory_rss:12189696\n"
                                "maxmemory_policy:noeviction\n"
                                "mem_allocator:jemalloc-5.3.0\n"
                                "\n"
                                "# Replication\n"
                                "role:master\n"
                                "connected_slaves:0\n"
                                "master_replid:5b4f2e0a5c1d3e7f9a8b6c4d2e0f1a3b5c7d9e1f\n"
                                "master_repl_offset:0\n"
                                "\n"
                                "# Keyspace\n"
                                "db0:keys=3,expires=0,avg_ttl=0\n";

QByteArray withLineEnding(const char *text, const QByteArray &ending)
{
    QByteArray out(text);
    out.replace("\n", ending);
    return out;
}

} // namespace

class TestServerInfo final : public QObject {
    Q_OBJECT

private slots:
    void fromInfo_data();
    void fromInfo();
    void parseFields_data();
    void parseFields();
    void missingKeys();
    void replicaAndCluster();
};

void TestServerInfo::fromInfo_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("CRLF") << withLineEnding(kRedis7Info, "\r\n");
    QTest::newRow("LF only") << withLineEnding(kRedis7Info, "\n");
    QTest::newRow("no final newline") << withLineEnding(kRedis7Info, "\r\n").chopped(2);
}

void TestServerInfo::fromInfo()
{
    QFETCH(QByteArray, text);
    const ServerInfo info = ServerInfo::fromInfo(text);
    QCOMPARE(info.version, QStringLiteral("7.0.15"));
    QCOMPARE(info.role, QStringLiteral("master"));
    QCOMPARE(info.mode, QStringLiteral("standalone"));
    QCOMPARE(info.uptimeSeconds, qint64(86523));
    QCOMPARE(info.connectedClients, qint64(12));
    QCOMPARE(info.usedMemory, qint64(1482064));
}

void TestServerInfo::parseFields_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("CRLF") << withLineEnding(kRedis7Info, "\r\n");
    QTest::newRow("LF only") << withLineEnding(kRedis7Info, "\n");
}

void TestServerInfo::parseFields()
{
    QFETCH(QByteArray, text);
    const QHash<QByteArray, QByteArray> fields = ServerInfo::parseFields(text);

    // One field per "key:value" line; headers and blank lines are not fields.
    QCOMPARE(fields.size(), 34);
    QVERIFY(!fields.contains("# Server"));
    QVERIFY(!fields.contains(""));
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        QVERIFY2(!it.key().contains('\r') && !it.value().contains('\r'), it.key().constData());
        QVERIFY(!it.key().startsWith('#'));
    }
    // Values keep everything after the first colon, spaces and further colons included.
    QCOMPARE(fields.value("executable"), QByteArray("/usr/bin/redis-server"));
    QCOMPARE(fields.value("os"), QByteArray("Linux 6.1.0-18-amd64 x86_64"));
    QCOMPARE(fields.value("db0"), QByteArray("keys=3,expires=0,avg_ttl=0"));
    QCOMPARE(fields.value("used_memory_human"), QByteArray("1.41M"));
    QCOMPARE(fields.value("redis_git_sha1"), QByteArray("00000000"));
}

void TestServerInfo::missingKeys()
{
    // A section alone (INFO clients) fills only what it has.
    const ServerInfo clientsOnly = ServerInfo::fromInfo("# Clients\r\nconnected_clients:3\r\nblocked_clients:0\r\n");
    QCOMPARE(clientsOnly.connectedClients, qint64(3));
    QVERIFY(clientsOnly.version.isEmpty());
    QVERIFY(clientsOnly.role.isEmpty());
    QVERIFY(clientsOnly.mode.isEmpty());
    QCOMPARE(clientsOnly.uptimeSeconds, qint64(0));
    QCOMPARE(clientsOnly.usedMemory, qint64(0));

    const ServerInfo empty = ServerInfo::fromInfo(QByteArray());
    QVERIFY(empty.version.isEmpty());
    QCOMPARE(empty.connectedClients, qint64(0));
    QVERIFY(ServerInfo::parseFields(QByteArray()).isEmpty());

    // Lines without a key are ignored rather than becoming fields.
    const QHash<QByteArray, QByteArray> odd = ServerInfo::parseFields("no colon here\n:no key\n\n\r\nkey:\n");
    QCOMPARE(odd.size(), 1);
    QVERIFY(odd.contains("key"));
    QVERIFY(odd.value("key").isEmpty());

    // A malformed number reads as 0, not as garbage.
    QCOMPARE(ServerInfo::fromInfo("used_memory:lots\n").usedMemory, qint64(0));
}

void TestServerInfo::replicaAndCluster()
{
    const ServerInfo info = ServerInfo::fromInfo("# Server\r\nredis_version:6.2.14\r\nredis_mode:cluster\r\n"
                                                 "uptime_in_seconds:5\r\n# Replication\r\nrole:slave\r\n"
                                                 "master_host:127.0.0.1\r\nmaster_port:7000\r\n");
    QCOMPARE(info.version, QStringLiteral("6.2.14"));
    QCOMPARE(info.mode, QStringLiteral("cluster"));
    QCOMPARE(info.role, QStringLiteral("slave"));
    QCOMPARE(info.uptimeSeconds, qint64(5));
    QCOMPARE(ServerInfo::parseFields("master_host:127.0.0.1\r\n").value("master_host"), QByteArray("127.0.0.1"));
}

QTEST_GUILESS_MAIN(TestServerInfo)
#include "tst_serverinfo.moc"
