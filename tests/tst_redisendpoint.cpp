#include <QTest>

#include "services/redisendpoint.h"

using namespace Qt::StringLiterals;

namespace {

struct BadUrl {
    const char *name;
    QString url;
    QString fragment; // expected in the error
    QString password; // must never appear in the error; empty if none
};

// Bad URLs; those with a password use "TopSecret" + a number, so a leak of any part is visible.
QList<BadUrl> badUrls()
{
    return {
        {"empty", QString(), u"empty"_s, QString()},
        {"blank", u"   "_s, u"empty"_s, QString()},
        {"no scheme", u"localhost:6379"_s, u"redis:// or rediss://"_s, QString()},
        {"unknown scheme", u"http://localhost"_s, u"redis:// or rediss://"_s, QString()},
        {"unix scheme", u"unix:///tmp/redis.sock"_s, u"redis:// or rediss://"_s, QString()},
        {"single slash", u"redis:/localhost"_s, u"redis:// or rediss://"_s, QString()},
        {"empty host", u"redis://"_s, u"host is empty"_s, QString()},
        {"empty host with port", u"redis://:6379"_s, u"host is empty"_s, QString()},
        {"empty host with user", u"redis://alice:pw@/1"_s, u"host is empty"_s, QString()},
        {"port 0", u"redis://h:0"_s, u"port must be between 1 and 65535"_s, QString()},
        {"port too large", u"redis://host:99999"_s, u"port must be between 1 and 65535"_s, QString()},
        {"port overflow", u"redis://h:99999999999999999999"_s, u"between 1 and 65535"_s, QString()},
        {"port not numeric", u"redis://h:abc"_s, u"port must be a number"_s, QString()},
        {"port empty", u"redis://h:"_s, u"port must be a number"_s, QString()},
        {"port negative", u"redis://h:-1"_s, u"port must be a number"_s, QString()},
        {"port trailing garbage", u"redis://h:6379x"_s, u"port must be a number"_s, QString()},
        {"db negative", u"redis://h/-1"_s, u"non-negative integer"_s, QString()},
        {"db not numeric", u"redis://h/abc"_s, u"non-negative integer"_s, QString()},
        {"db trailing garbage", u"redis://h/1/2"_s, u"non-negative integer"_s, QString()},
        {"db fragment", u"redis://h/1#x"_s, u"a fragment ('#…') is not part of a Redis URL"_s, QString()},
        {"port fragment", u"redis://:pw@h:6379#frag"_s, u"a fragment ('#…') is not part of a Redis URL"_s, QString()},
        {"db too large", u"redis://h/99999999999"_s, u"too large"_s, QString()},
        {"query", u"redis://h:6379?db=2"_s, u"query parameters are not supported"_s, QString()},
        {"query after db", u"redis://h/1?timeout=3"_s, u"query parameters are not supported"_s, QString()},
        {"bad host chars", u"redis://ho st"_s, u"not a valid host name"_s, QString()},
        {"host garbage", u"redis://h#frag"_s, u"a fragment ('#…') is not part of a Redis URL"_s, QString()},
        {"host punctuation", u"redis://h!x"_s, u"not a valid host name"_s, QString()},
        {"ipv6 without brackets", u"redis://::1:6379"_s, u"enclosed in brackets"_s, QString()},
        {"ipv6 unterminated", u"redis://[::1:6379"_s, u"missing ']'"_s, QString()},
        {"ipv6 invalid", u"redis://[::zz]"_s, u"not a valid IPv6 address"_s, QString()},
        {"ipv4 in brackets", u"redis://[127.0.0.1]"_s, u"not a valid IPv6 address"_s, QString()},
        {"ipv6 empty", u"redis://[]:6379"_s, u"host is empty"_s, QString()},
        {"ipv6 trailing garbage", u"redis://[::1]x"_s, u"unexpected text after the IPv6 address"_s, QString()},
        {"ipv6 bad port", u"redis://[::1]:0"_s, u"between 1 and 65535"_s, QString()},
        {"user with slash", u"redis://a/b@h"_s, u"percent-encode"_s, QString()},
        {"password, bad port", u"redis://alice:TopSecret1@h:70000"_s, u"between 1 and 65535"_s, u"TopSecret1"_s},
        {"password, bad scheme", u"http://alice:TopSecret2@h"_s, u"redis:// or rediss://"_s, u"TopSecret2"_s},
        {"password, no scheme", u"alice:TopSecret3@h"_s, u"redis:// or rediss://"_s, u"TopSecret3"_s},
        {"password, single slash", u"redis:/:TopSecret4@h"_s, u"redis:// or rediss://"_s, u"TopSecret4"_s},
        {"password, bad db", u"redis://:TopSecret5@h/x"_s, u"non-negative integer"_s, u"TopSecret5"_s},
        {"password, query", u"rediss://u:TopSecret6@h?db=1"_s, u"query parameters"_s, u"TopSecret6"_s},
        {"password, empty host", u"redis://:TopSecret7@"_s, u"host is empty"_s, u"TopSecret7"_s},
        {"password, bad host", u"redis://:TopSecret8@bad host"_s, u"not a valid host name"_s, u"TopSecret8"_s},
        {"password with raw @, bad port", u"redis://u:Top@Secret9@h:0"_s, u"between 1 and 65535"_s, u"Top@Secret9"_s},
        {"password, ipv6", u"redis://u:TopSecret10@[nope]"_s, u"not a valid IPv6 address"_s, u"TopSecret10"_s},
        {"password, user slash", u"redis://a/b:TopSecret11@h"_s, u"percent-encode"_s, u"TopSecret11"_s},
        {"encoded password, bad port", u"redis://u:%54op%53ecret12@h:0"_s, u"between 1 and 65535"_s, u"TopSecret12"_s},
    };
}

// For failure messages: QVERIFY2 evaluates its message even when the check passes.
QString errorOf(const std::variant<RedisEndpoint, QString> &result)
{
    return std::holds_alternative<QString>(result) ? std::get<QString>(result) : QString();
}

} // namespace

class TestRedisEndpoint final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parseGood_data();
    void parseGood();
    void parseBad_data();
    void parseBad();
    void errorsNeverContainThePassword_data();
    void errorsNeverContainThePassword();
    void roundTripWithPassword_data();
    void roundTripWithPassword();
    void safeUrlOmitsPassword();
    void address_data();
    void address();
    void verifyName();
};

void TestRedisEndpoint::parseGood_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("database");
    QTest::addColumn<bool>("tls");

    const QString none;
    QTest::newRow("plain") << u"redis://localhost"_s << u"localhost"_s << 6379 << none << none << 0 << false;
    QTest::newRow("port") << u"redis://127.0.0.1:6380"_s << u"127.0.0.1"_s << 6380 << none << none << 0 << false;
    QTest::newRow("port 1") << u"redis://h:1"_s << u"h"_s << 1 << none << none << 0 << false;
    QTest::newRow("port 65535") << u"redis://h:65535"_s << u"h"_s << 65535 << none << none << 0 << false;
    QTest::newRow("db") << u"redis://h:6379/3"_s << u"h"_s << 6379 << none << none << 3 << false;
    QTest::newRow("db without port") << u"redis://h/15"_s << u"h"_s << 6379 << none << none << 15 << false;
    QTest::newRow("large db") << u"redis://h/2147483647"_s << u"h"_s << 6379 << none << none << 2147483647 << false;
    QTest::newRow("trailing slash") << u"redis://h:7000/"_s << u"h"_s << 7000 << none << none << 0 << false;
    QTest::newRow("user+pass") << u"redis://alice:s3cret@db.example.com:6390/2"_s << u"db.example.com"_s << 6390
                               << u"alice"_s << u"s3cret"_s << 2 << false;
    QTest::newRow("pass only") << u"redis://:hunter2@h"_s << u"h"_s << 6379 << none << u"hunter2"_s << 0 << false;
    QTest::newRow("user only") << u"redis://bob@h"_s << u"h"_s << 6379 << u"bob"_s << none << 0 << false;
    QTest::newRow("percent-encoded @ and :")
        << u"redis://alice:p%40ss%3Aw%2Frd@h"_s << u"h"_s << 6379 << u"alice"_s << u"p@ss:w/rd"_s << 0 << false;
    QTest::newRow("percent-encoded user")
        << u"redis://al%20ice:x@h"_s << u"h"_s << 6379 << u"al ice"_s << u"x"_s << 0 << false;
    QTest::newRow("utf-8 password") << u"redis://:p%C3%A4ss@h"_s << u"h"_s << 6379 << none << u"p\u00e4ss"_s << 0
                                    << false;
    // Lenient like redis-cli: unencoded '@', ':', '/', '#', '?' in a password still work (last '@' wins).
    QTest::newRow("raw specials in password")
        << u"redis://alice:a:b@c/d#e?f@h:6379/1"_s << u"h"_s << 6379 << u"alice"_s << u"a:b@c/d#e?f"_s << 1 << false;
    QTest::newRow("plus is literal") << u"redis://:a+b@h"_s << u"h"_s << 6379 << none << u"a+b"_s << 0 << false;
    QTest::newRow("ipv6") << u"redis://[::1]:6380/1"_s << u"::1"_s << 6380 << none << none << 1 << false;
    QTest::newRow("ipv6 default port") << u"redis://[2001:DB8::1]"_s << u"2001:db8::1"_s << 6379 << none << none << 0
                                       << false;
    QTest::newRow("ipv6 with user") << u"rediss://u:p@[::1]:7"_s << u"::1"_s << 7 << u"u"_s << u"p"_s << 0 << true;
    QTest::newRow("rediss") << u"rediss://cache.internal:6380"_s << u"cache.internal"_s << 6380 << none << none << 0
                            << true;
    QTest::newRow("scheme case") << u"REDISS://H"_s << u"h"_s << 6379 << none << none << 0 << true;
    QTest::newRow("host lower-cased") << u"redis://My-Host_1.Example.COM"_s << u"my-host_1.example.com"_s << 6379
                                      << none << none << 0 << false;
    QTest::newRow("surrounding whitespace") << u"  redis://h:1234 \n"_s << u"h"_s << 1234 << none << none << 0 << false;
}

void TestRedisEndpoint::parseGood()
{
    QFETCH(QString, url);
    const auto result = RedisEndpoint::parse(url);
    QVERIFY2(std::holds_alternative<RedisEndpoint>(result), qPrintable(errorOf(result)));
    const auto &endpoint = std::get<RedisEndpoint>(result);
    QTEST(endpoint.host, "host");
    QTEST(int(endpoint.port), "port");
    QTEST(endpoint.user, "user");
    QTEST(endpoint.password, "password");
    QTEST(endpoint.database, "database");
    QTEST(endpoint.tls, "tls");
    QVERIFY(!endpoint.tlsInsecure);
    QVERIFY(endpoint.caFile.isEmpty());
}

void TestRedisEndpoint::parseBad_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("fragment");
    for (const BadUrl &bad : badUrls())
        QTest::newRow(bad.name) << bad.url << bad.fragment;
}

void TestRedisEndpoint::parseBad()
{
    QFETCH(QString, url);
    QFETCH(QString, fragment);
    const auto result = RedisEndpoint::parse(url);
    QVERIFY2(std::holds_alternative<QString>(result), qPrintable(url));
    const QString error = std::get<QString>(result);
    QVERIFY2(error.contains(fragment), qPrintable(error));
    QVERIFY2(error.startsWith(u"Invalid Redis URL"_s), qPrintable(error));
    QVERIFY2(!error.contains(u'\n'), qPrintable(error)); // one line
}

void TestRedisEndpoint::errorsNeverContainThePassword_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("password");
    int withPassword = 0;
    for (const BadUrl &bad : badUrls()) {
        if (bad.password.isEmpty())
            continue;
        QTest::newRow(bad.name) << bad.url << bad.password;
        ++withPassword;
    }
    QVERIFY(withPassword >= 10);
}

void TestRedisEndpoint::errorsNeverContainThePassword()
{
    QFETCH(QString, url);
    QFETCH(QString, password);
    const auto result = RedisEndpoint::parse(url);
    QVERIFY2(std::holds_alternative<QString>(result), qPrintable(url));
    const QString error = std::get<QString>(result);
    QVERIFY(!error.isEmpty());
    QVERIFY2(!error.contains(password), qPrintable(error));
    // Neither the decoded nor any distinctive part of it ("Secret" + number).
    QVERIFY2(!error.contains(password.mid(3)), qPrintable(error));
    QVERIFY2(!error.contains(u"Secret"_s), qPrintable(error));
}

void TestRedisEndpoint::roundTripWithPassword_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("plain") << u"redis://h"_s;
    QTest::newRow("all") << u"rediss://alice:s3cret@h:6380/4"_s;
    QTest::newRow("pass only") << u"redis://:pw@h"_s;
    QTest::newRow("user only") << u"redis://bob@h:1"_s;
    QTest::newRow("specials") << u"redis://a%3Ab%40c:p%40ss%3Aw%2F%23%3F%25rd@h"_s;
    QTest::newRow("ipv6") << u"redis://u:p@[fe80::1]:7000/9"_s;
    QTest::newRow("ipv6 zone") << u"redis://[fe80::1%25lo]:7000"_s;
}

void TestRedisEndpoint::roundTripWithPassword()
{
    QFETCH(QString, url);
    const auto first = RedisEndpoint::parse(url);
    QVERIFY2(std::holds_alternative<RedisEndpoint>(first), qPrintable(errorOf(first)));
    const auto &endpoint = std::get<RedisEndpoint>(first);
    const QString again = endpoint.toUrlWithPassword();
    const auto second = RedisEndpoint::parse(again);
    QVERIFY2(std::holds_alternative<RedisEndpoint>(second), qPrintable(again));
    QCOMPARE(std::get<RedisEndpoint>(second), endpoint);
}

void TestRedisEndpoint::safeUrlOmitsPassword()
{
    const auto result = RedisEndpoint::parse(u"rediss://alice:p%40ss@Example.org:6380/2"_s);
    QVERIFY(std::holds_alternative<RedisEndpoint>(result));
    const auto &endpoint = std::get<RedisEndpoint>(result);
    QCOMPARE(endpoint.toSafeUrl(), u"rediss://alice@example.org:6380/2"_s);
    QCOMPARE(endpoint.toUrlWithPassword(), u"rediss://alice:p%40ss@example.org:6380/2"_s);

    const auto passOnly = RedisEndpoint::parse(u"redis://:pw@[::1]"_s);
    QVERIFY(std::holds_alternative<RedisEndpoint>(passOnly));
    QCOMPARE(std::get<RedisEndpoint>(passOnly).toSafeUrl(), u"redis://[::1]:6379"_s);
    QCOMPARE(std::get<RedisEndpoint>(passOnly).toUrlWithPassword(), u"redis://:pw@[::1]:6379"_s);

    // The safe URL parses back to the same place, without credentials.
    const auto safe = RedisEndpoint::parse(endpoint.toSafeUrl());
    QVERIFY(std::holds_alternative<RedisEndpoint>(safe));
    RedisEndpoint expected = endpoint;
    expected.password.clear();
    QCOMPARE(std::get<RedisEndpoint>(safe), expected);
}

void TestRedisEndpoint::address_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("address");
    QTest::newRow("ipv4") << u"redis://127.0.0.1"_s << u"127.0.0.1:6379"_s;
    QTest::newRow("name") << u"redis://:x@cache:7000/1"_s << u"cache:7000"_s;
    QTest::newRow("ipv6") << u"redis://[::1]:7001"_s << u"[::1]:7001"_s;
}

void TestRedisEndpoint::address()
{
    QFETCH(QString, url);
    const auto result = RedisEndpoint::parse(url);
    QVERIFY(std::holds_alternative<RedisEndpoint>(result));
    QTEST(std::get<RedisEndpoint>(result).address(), "address");
}

void TestRedisEndpoint::verifyName()
{
    RedisEndpoint endpoint;
    endpoint.host = u"10.0.0.5"_s;
    QCOMPARE(endpoint.verifyName(), u"10.0.0.5"_s);
    endpoint.serverName = u"redis.internal"_s;
    QCOMPARE(endpoint.verifyName(), u"redis.internal"_s);
}

QTEST_APPLESS_MAIN(TestRedisEndpoint)
#include "tst_redisendpoint.moc"
