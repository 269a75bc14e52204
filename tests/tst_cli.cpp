#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include "support/testredis.h"
#include "support/tlsmaterial.h"

using namespace Qt::StringLiterals;

namespace {

constexpr int kRunTimeoutMs = 60000;

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;

    [[nodiscard]] QStringList errLines() const { return err.split(u'\n', Qt::SkipEmptyParts); }
    [[nodiscard]] QStringList outLines() const { return out.split(u'\n', Qt::SkipEmptyParts); }
    [[nodiscard]] QString describe() const
    {
        return u"exit %1\n--- stdout:\n%2--- stderr:\n%3"_s.arg(QString::number(exitCode), out, err);
    }
};

// A clean environment: no REDIS_URL from the developer's shell, English messages.
QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"REDIS_URL"_s);
    env.remove(u"LANGUAGE"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.remove(u"QT_LOGGING_RULES"_s);
    return env;
}

// Blocking on a child process is fine here: the redis-server under test is another process.
CliRun runCli(const QStringList &arguments, const QProcessEnvironment &env = cliEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(STREAMDESK_CLI_PATH), arguments);
    CliRun run;
    if (!process.waitForStarted(kRunTimeoutMs)) {
        run.err = process.errorString();
        return run;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(kRunTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = u"timed out: "_s + QString::fromUtf8(process.readAllStandardError());
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString plainUrl(const RedisServerProcess &server, const QString &userInfo = {})
{
    return u"redis://"_s + (userInfo.isEmpty() ? QString() : userInfo + u'@') + server.host() + u':'
        + QString::number(server.port());
}

// The version the server under test reports about itself, independently of the CLI.
QString serverVersion()
{
    QProcess process;
    process.start(RedisServerProcess::findExecutable(), {u"--version"_s});
    if (!process.waitForFinished(kRunTimeoutMs))
        return {};
    const auto match = QRegularExpression(u"v=(\\S+)"_s).match(QString::fromUtf8(process.readAllStandardOutput()));
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace

// Every failure: exit code, nothing on stdout, exactly one "streamdesk-cli: " line on stderr.
#define VERIFY_ONE_ERROR_LINE(run, code)                                                                               \
    do {                                                                                                               \
        QVERIFY2((run).exitCode == (code), qPrintable((run).describe()));                                              \
        QVERIFY2((run).out.isEmpty(), qPrintable((run).describe()));                                                   \
        QVERIFY2((run).errLines().size() == 1, qPrintable((run).describe()));                                          \
        QVERIFY2((run).err.startsWith(u"streamdesk-cli: "_s), qPrintable((run).describe()));                           \
        QVERIFY2((run).err.endsWith(u'\n'), qPrintable((run).describe()));                                             \
    } while (false)

class TestCli final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void version();
    void help();
    void commandHelp();
    void usageErrors_data();
    void usageErrors();
    void badUrlDoesNotLeakPassword();
    void badRedisUrlEnvironment();

    void pingPlain();
    void pingWithRedisUrlEnvironment();
    void pingAclUser();
    void pingAclWrongPassword();
    void pingPasswordOnly();
    void pingWithoutPasswordFails();
    void connectionRefused();

    void tlsWithCa();
    void tlsUntrusted();
    void tlsHostNameMismatch();
    void tlsInsecure();

private:
    QString m_serverVersion;
    std::unique_ptr<TlsMaterial> m_tls;
};

void TestCli::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(STREAMDESK_CLI_PATH)), STREAMDESK_CLI_PATH);
    QVERIFY2(!RedisServerProcess::findExecutable().isEmpty(), qPrintable(RedisServerProcess::installHint()));
    m_serverVersion = serverVersion();
    QVERIFY(!m_serverVersion.isEmpty());
    m_tls = std::make_unique<TlsMaterial>();
    QString error;
    QVERIFY2(m_tls->generate(&error), qPrintable(error));
}

void TestCli::version()
{
    const CliRun run = runCli({u"--version"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(run.out, u"streamdesk-cli "_s + QStringLiteral(STREAMDESK_VERSION) + u'\n');
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
}

void TestCli::help()
{
    const CliRun run = runCli({u"--help"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.out.startsWith(u"Usage: streamdesk-cli [options] <command>"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"--version"_s), qPrintable(run.out));
    // The command list names every subcommand with its description.
    QVERIFY2(run.out.contains(QRegularExpression(u"Commands:\\n\\s+ping\\s+\\S+"_s)), qPrintable(run.out));
    QVERIFY2(!run.out.contains(u"--count"_s), qPrintable(run.out)); // that is ping's
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
}

void TestCli::commandHelp()
{
    const CliRun run = runCli({u"ping"_s, u"--help"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.out.startsWith(u"Usage: streamdesk-cli ping"_s), qPrintable(run.out));
    for (const QString &option : {u"--count"_s, u"--redis"_s, u"--tls-ca"_s, u"--tls-cert"_s, u"--tls-key"_s,
             u"--tls-server-name"_s, u"--tls-insecure"_s, u"--timeout"_s, u"--verbose"_s}) {
        QVERIFY2(run.out.contains(option), qPrintable(option));
    }
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("no command") << QStringList() << u"no command"_s;
    QTest::newRow("unknown command") << QStringList {u"frobnicate"_s} << u"unknown command 'frobnicate'"_s;
    QTest::newRow("unknown global option") << QStringList {u"--frob"_s} << u"frob"_s;
    QTest::newRow("unknown ping option") << QStringList {u"ping"_s, u"--frob"_s} << u"frob"_s;
    QTest::newRow("missing option value") << QStringList {u"ping"_s, u"--redis"_s} << u"redis"_s;
    QTest::newRow("stray argument") << QStringList {u"ping"_s, u"extra"_s} << u"takes no arguments"_s;
    QTest::newRow("count 0") << QStringList {u"ping"_s, u"--count"_s, u"0"_s} << u"--count"_s;
    QTest::newRow("count not a number") << QStringList {u"ping"_s, u"-c"_s, u"many"_s} << u"--count"_s;
    QTest::newRow("timeout not a number") << QStringList {u"ping"_s, u"--timeout"_s, u"soon"_s} << u"--timeout"_s;
    QTest::newRow("timeout 0") << QStringList {u"ping"_s, u"--timeout"_s, u"0"_s} << u"--timeout"_s;
    QTest::newRow("key without cert") << QStringList {u"ping"_s, u"--tls-key"_s, u"/nonexistent.key"_s}
                                      << u"--tls-cert and --tls-key"_s;
    QTest::newRow("bad URL scheme") << QStringList {u"ping"_s, u"--redis"_s, u"http://127.0.0.1"_s}
                                    << u"redis:// or rediss://"_s;
    QTest::newRow("bad URL port") << QStringList {u"ping"_s, u"--redis"_s, u"redis://127.0.0.1:99999"_s}
                                  << u"port must be between 1 and 65535"_s;
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, fragment);
    const CliRun run = runCli(arguments);
    VERIFY_ONE_ERROR_LINE(run, 2);
    QVERIFY2(run.err.contains(fragment), qPrintable(run.describe()));
}

void TestCli::badUrlDoesNotLeakPassword()
{
    const QString password = u"Sup3r-Secret-Pw"_s;
    const CliRun run = runCli({u"ping"_s, u"--redis"_s, u"redis://alice:"_s + password + u"@127.0.0.1:70000"_s});
    VERIFY_ONE_ERROR_LINE(run, 2);
    QVERIFY2(run.err.contains(u"port must be between 1 and 65535"_s), qPrintable(run.describe()));
    QVERIFY2(!run.err.contains(password), qPrintable(run.describe()));
}

void TestCli::badRedisUrlEnvironment()
{
    QProcessEnvironment env = cliEnvironment();
    env.insert(u"REDIS_URL"_s, u"redis://:Env-Secret-Pw@127.0.0.1:0"_s);
    const CliRun run = runCli({u"ping"_s}, env);
    VERIFY_ONE_ERROR_LINE(run, 2);
    QVERIFY2(run.err.contains(u"REDIS_URL"_s), qPrintable(run.describe()));
    QVERIFY2(!run.err.contains(u"Env-Secret-Pw"_s), qPrintable(run.describe()));
}

void TestCli::pingPlain()
{
    const auto server = TestRedis::start();
    QVERIFY(server);
    const CliRun run = runCli({u"ping"_s, u"--redis"_s, plainUrl(*server), u"--count"_s, u"5"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.describe()));
    const QStringList lines = run.outLines();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0),
        u"PONG from 127.0.0.1:%1 (redis %2, role master)"_s.arg(QString::number(server->port()), m_serverVersion));

    // "ping(s)" until the English plural forms are in the translation.
    static const QRegularExpression latency(
        u"^latency over 5 ping(?:s|\\(s\\)): min (\\d+\\.\\d{3}) ms, median (\\d+\\.\\d{3}) ms, max (\\d+\\.\\d{3}) ms$"_s);
    const auto match = latency.match(lines.at(1));
    QVERIFY2(match.hasMatch(), qPrintable(lines.at(1)));
    const double min = match.captured(1).toDouble();
    const double median = match.captured(2).toDouble();
    const double max = match.captured(3).toDouble();
    QVERIFY(min > 0);
    QVERIFY(min <= median);
    QVERIFY(median <= max);
}

void TestCli::pingWithRedisUrlEnvironment()
{
    const auto server = TestRedis::start();
    QVERIFY(server);
    QProcessEnvironment env = cliEnvironment();
    env.insert(u"REDIS_URL"_s, plainUrl(*server));
    const CliRun run = runCli({u"ping"_s, u"--count"_s, u"1"_s}, env);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.out.startsWith(u"PONG from 127.0.0.1:%1 "_s.arg(server->port())), qPrintable(run.describe()));

    // --redis wins over the environment.
    env.insert(u"REDIS_URL"_s, u"redis://127.0.0.1:1"_s);
    const CliRun overridden = runCli({u"ping"_s, u"--count"_s, u"1"_s, u"--redis"_s, plainUrl(*server)}, env);
    QVERIFY2(overridden.exitCode == 0, qPrintable(overridden.describe()));
    QVERIFY2(
        overridden.out.startsWith(u"PONG from 127.0.0.1:%1 "_s.arg(server->port())), qPrintable(overridden.describe()));
}

void TestCli::pingAclUser()
{
    const auto server = TestRedis::start({u"user alice on >s3cret-pass ~* &* +@all"_s, u"user default off"_s});
    QVERIFY(server);
    const CliRun run =
        runCli({u"ping"_s, u"--count"_s, u"2"_s, u"--redis"_s, plainUrl(*server, u"alice:s3cret-pass"_s)});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.out.startsWith(u"PONG from "_s), qPrintable(run.describe()));
    QVERIFY2(!run.out.contains(u"s3cret-pass"_s) && !run.err.contains(u"s3cret-pass"_s), qPrintable(run.describe()));
}

void TestCli::pingAclWrongPassword()
{
    const auto server = TestRedis::start({u"user alice on >s3cret-pass ~* &* +@all"_s, u"user default off"_s});
    QVERIFY(server);
    const QString wrong = u"Wr0ng-Guess-77"_s;
    const CliRun run = runCli({u"ping"_s, u"--redis"_s, plainUrl(*server, u"alice:"_s + wrong)});
    VERIFY_ONE_ERROR_LINE(run, 1);
    QVERIFY2(run.err.contains(u"WRONGPASS"_s) || run.err.contains(u"authentication"_s, Qt::CaseInsensitive),
        qPrintable(run.describe()));
    QVERIFY2(!run.err.contains(wrong), qPrintable(run.describe()));
    QVERIFY2(!run.err.contains(u"s3cret-pass"_s), qPrintable(run.describe()));

    // --verbose lets log messages through; the password stays masked there too.
    const CliRun verbose = runCli({u"ping"_s, u"--verbose"_s, u"--redis"_s, plainUrl(*server, u"alice:"_s + wrong)});
    QVERIFY2(verbose.exitCode == 1, qPrintable(verbose.describe()));
    QVERIFY2(verbose.err.contains(u"WRONGPASS"_s), qPrintable(verbose.describe()));
    QVERIFY2(!verbose.err.contains(wrong) && !verbose.out.contains(wrong), qPrintable(verbose.describe()));
}

void TestCli::pingPasswordOnly()
{
    const auto server = TestRedis::start({u"requirepass Only-Pw-123"_s});
    QVERIFY(server);
    const CliRun run = runCli({u"ping"_s, u"--count"_s, u"2"_s, u"--redis"_s, plainUrl(*server, u":Only-Pw-123"_s)});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.out.startsWith(u"PONG from "_s), qPrintable(run.describe()));
    QVERIFY2(!run.out.contains(u"Only-Pw-123"_s) && !run.err.contains(u"Only-Pw-123"_s), qPrintable(run.describe()));
}

void TestCli::pingWithoutPasswordFails()
{
    const auto server = TestRedis::start({u"requirepass Only-Pw-123"_s});
    QVERIFY(server);
    const CliRun run = runCli({u"ping"_s, u"--redis"_s, plainUrl(*server)});
    VERIFY_ONE_ERROR_LINE(run, 1);
    QVERIFY2(run.err.contains(u"NOAUTH"_s), qPrintable(run.describe()));
}

void TestCli::connectionRefused()
{
    const quint16 port = RedisServerProcess::freePort();
    QVERIFY(port != 0);
    const CliRun run = runCli({u"ping"_s, u"--redis"_s, u"redis://127.0.0.1:%1"_s.arg(port)});
    VERIFY_ONE_ERROR_LINE(run, 1);
    QVERIFY2(run.err.contains(u"refused"_s), qPrintable(run.describe()));
    QVERIFY2(run.err.contains(u"127.0.0.1:%1"_s.arg(port)), qPrintable(run.describe()));
}

void TestCli::tlsWithCa()
{
    const auto server = TestRedis::startTls(*m_tls);
    QVERIFY(server);
    const QString port = QString::number(server->port());

    // rediss:// with the CA; the certificate carries IP:127.0.0.1.
    const CliRun run = runCli({u"ping"_s, u"--count"_s, u"2"_s, u"--redis"_s, u"rediss://127.0.0.1:"_s + port,
        u"--tls-ca"_s, m_tls->caCert()});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.out.startsWith(u"PONG from 127.0.0.1:"_s + port), qPrintable(run.describe()));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.describe()));

    // redis:// plus a --tls-* option switches TLS on; the name to verify can be given separately.
    const CliRun switched = runCli({u"ping"_s, u"--count"_s, u"1"_s, u"--redis"_s, u"redis://127.0.0.1:"_s + port,
        u"--tls-ca"_s, m_tls->caCert(), u"--tls-server-name"_s, u"localhost"_s});
    QVERIFY2(switched.exitCode == 0, qPrintable(switched.describe()));
    QVERIFY2(switched.out.startsWith(u"PONG from "_s), qPrintable(switched.describe()));
}

void TestCli::tlsUntrusted()
{
    const auto server = TestRedis::startTls(*m_tls);
    QVERIFY(server);
    const CliRun run = runCli({u"ping"_s, u"--redis"_s, u"rediss://127.0.0.1:%1"_s.arg(server->port())});
    VERIFY_ONE_ERROR_LINE(run, 1);
    QVERIFY2(run.err.contains(u"certificate"_s), qPrintable(run.describe()));
}

void TestCli::tlsHostNameMismatch()
{
    RedisServerProcess server;
    server.setTls(m_tls->otherHostCert(), m_tls->otherHostKey(), m_tls->caCert());
    QVERIFY2(server.startAndWait(), qPrintable(server.errorString()));
    const QString port = QString::number(server.port());

    for (const QString &host : {u"127.0.0.1"_s, u"localhost"_s}) {
        const CliRun run = runCli({u"ping"_s, u"--redis"_s, u"rediss://127.0.0.1:"_s + port, u"--tls-ca"_s,
            m_tls->caCert(), u"--tls-server-name"_s, host});
        VERIFY_ONE_ERROR_LINE(run, 1);
        QVERIFY2(run.err.contains(u"host name"_s), qPrintable(run.describe()));
    }
}

void TestCli::tlsInsecure()
{
    RedisServerProcess server;
    server.setTls(m_tls->otherHostCert(), m_tls->otherHostKey(), m_tls->caCert());
    QVERIFY2(server.startAndWait(), qPrintable(server.errorString()));
    const CliRun run = runCli({u"ping"_s, u"--count"_s, u"1"_s, u"--redis"_s,
        u"rediss://127.0.0.1:%1"_s.arg(server.port()), u"--tls-insecure"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.out.startsWith(u"PONG from "_s), qPrintable(run.describe()));
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.startsWith(u"streamdesk-cli: warning: "_s), qPrintable(run.describe()));
    QVERIFY2(run.err.contains(u"--tls-insecure"_s), qPrintable(run.describe()));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
