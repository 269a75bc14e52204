#include <algorithm>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "services/deadletter.h"
#include "services/redisconnection.h"
#include "services/streamentry.h"
#include "services/ticketevent.h"
#include "services/ticketstore.h"
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
// `launcher`: another program and its arguments, ending with the CLI to run (runuser ... cli).
CliRun runCli(const QStringList &arguments, const QProcessEnvironment &env = cliEnvironment(),
    int timeoutMs = kRunTimeoutMs, const QStringList &launcher = {})
{
    QProcess process;
    process.setProcessEnvironment(env);
    if (launcher.isEmpty())
        process.start(QStringLiteral(STREAMDESK_CLI_PATH), arguments);
    else
        process.start(launcher.first(), launcher.mid(1) + arguments);
    CliRun run;
    if (!process.waitForStarted(kRunTimeoutMs)) {
        run.err = process.errorString();
        return run;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
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

// Running the CLI as nobody (the tests run as root in CI): a copy of it nobody can run, wherever
// the build tree is (CI's may be under /root). Empty launcher on failure.
struct AsNobody {
    QStringList launcher;
    QProcessEnvironment env;

    static AsNobody prepare(const QTemporaryDir &bin)
    {
        AsNobody nobody;
        const QString cli = bin.filePath(u"streamdesk-cli"_s);
        const auto everyone = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
            | QFileDevice::ReadOther | QFileDevice::ExeOther;
        if (!bin.isValid() || !QFile::copy(QStringLiteral(STREAMDESK_CLI_PATH), cli)
            || !QFile::setPermissions(cli, everyone) || !QFile::setPermissions(bin.path(), everyone))
            return nobody;
        // Under the sanitizer build, nobody can neither read root's suppressions file nor write
        // its log directory: these runs are about file access, not leaks.
        nobody.env = cliEnvironment();
        for (const QString &name : {u"ASAN_OPTIONS"_s, u"LSAN_OPTIONS"_s, u"UBSAN_OPTIONS"_s})
            nobody.env.remove(name);
        nobody.env.insert(u"ASAN_OPTIONS"_s, u"detect_leaks=0"_s);
        nobody.launcher = QStringList {u"runuser"_s, u"-u"_s, u"nobody"_s, u"--"_s, cli};
        return nobody;
    }
};

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
    void tlsToAPlainServer();

    void consumeUsageErrors_data();
    void consumeUsageErrors();
    void observeFromEntryId();
    void consumeConnectionRefused_data();
    void consumeConnectionRefused();
    void consumeWrongPasswordLikeInfo_data();
    void consumeWrongPasswordLikeInfo();
    void consumeKeepsRetryingWhenTheServerGoesAwayMidRun();
    void finalLineShowsTheSummaryRate();
    void progressRateFallsToZeroWhenTheStreamGoesQuiet();
    void emptyRunReportsARateOfZero();
    void processSaysWhatItCreated();
    void storeThatIsNotADatabase_data();
    void storeThatIsNotADatabase();
    void ticketsDoesNotTurnAnEmptyFileIntoAStore();
    void ticketsReadsAStoreItCannotWrite();
    void consumeHonoursTimeout_data();
    void consumeHonoursTimeout();
    void simulateExpectCheckedBeforePublishing();
    void simulateExpectWritesIntoAFifo();
    void serveSseFailsWhenRedisRefuses();
    void serveSseFailsWhenTheStreamIsForbidden();
    void keyThatIsNotAStreamFails();
    void processFailsWhenDeadLettersAreForbidden();
    void processFailsWhenTheDeadLetterKeyIsNotAStream();
    void storeItCannotWriteFailsBeforeRedis();
    void processSaysWhatOtherConsumersStillHold();
    void simulateSaysWhatWasPublishedWhenTheServerGoes();
    void failedRunLeavesNoNewStore();
    void infoCountsAndNamesTheKey();
    void deadLettersListReplayDelete();
    void deadLettersUsageErrors_data();
    void deadLettersUsageErrors();
    void emptyNamesAreUsageErrors_data();
    void emptyNamesAreUsageErrors();
    void pendingListsAGroupsEntries();
    void textOutputCannotDriveTheTerminal();

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
    // An unknown option names the help to read (it was Qt's "Unknown option 'frob'.").
    QTest::newRow("unknown global option")
        << QStringList {u"--frob"_s} << u"unknown option --frob; run 'streamdesk-cli --help' for the options"_s;
    QTest::newRow("unknown ping option") << QStringList {u"ping"_s,
        u"--frob"_s} << u"unknown option --frob for ping; run 'streamdesk-cli ping --help' for its options"_s;
    QTest::newRow("unknown short option") << QStringList {
        u"info"_s, u"-x"_s} << u"unknown option -x for info; run 'streamdesk-cli info --help' for its options"_s;
    QTest::newRow("missing option value")
        << QStringList {u"ping"_s, u"--redis"_s} << u"streamdesk-cli: missing value after '--redis'\n"_s;
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
    // Sent as a header, a line break would add one of its own.
    QTest::newRow("last event id line break")
        << QStringList {u"listen"_s, u"http://127.0.0.1:1/events"_s, u"--last-event-id"_s, u"1\r\nX-Evil: 1"_s}
        << u"--last-event-id must not contain line breaks"_s;
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
    // A clause, like every error line here (the GUI's sentence starts "Invalid").
    QVERIFY2(run.err.startsWith(u"streamdesk-cli: invalid Redis URL 'redis://alice:***@127.0.0.1:70000'"_s),
        qPrintable(run.describe()));
    QVERIFY2(run.err.contains(u"port must be between 1 and 65535"_s), qPrintable(run.describe()));
    QVERIFY2(!run.err.contains(password), qPrintable(run.describe()));

    // Not an acronym made lower-case: Portuguese starts with "URL" ("uRL do Redis").
    QProcessEnvironment portuguese = cliEnvironment();
    portuguese.insert(u"LANGUAGE"_s, u"pt_BR"_s);
    portuguese.insert(u"LANG"_s, u"pt_BR.UTF-8"_s);
    portuguese.remove(u"LC_ALL"_s);
    const CliRun pt =
        runCli({u"ping"_s, u"--redis"_s, u"redis://alice:"_s + password + u"@127.0.0.1:70000"_s}, portuguese);
    VERIFY_ONE_ERROR_LINE(pt, 2);
    QVERIFY2(pt.err.startsWith(u"streamdesk-cli: URL do Redis inválida"_s), qPrintable(pt.describe()));
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

void TestCli::tlsToAPlainServer()
{
    // A plain Redis never answers a TLS hello: the timeout says why it is likely.
    const auto server = TestRedis::start();
    QVERIFY(server);
    const CliRun run =
        runCli({u"ping"_s, u"--redis"_s, u"rediss://127.0.0.1:%1"_s.arg(server->port()), u"--timeout"_s, u"1"_s});
    VERIFY_ONE_ERROR_LINE(run, 1);
    QVERIFY2(run.err.contains(u"no TLS handshake from 127.0.0.1:%1 within 1 s; is it a plain redis:// server?"_s.arg(
                 server->port())),
        qPrintable(run.describe()));
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

// Every bad value of a process/observe option is a usage error found before Redis is touched.
void TestCli::consumeUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");

    const QString from = u"--from must be a stream entry id (like 1700000000000-0), 0 or $"_s;
    // An empty id used to make the consumer spin at 100 % CPU before its first read.
    QTest::newRow("from empty") << QStringList {u"observe"_s, u"--from"_s, QString()} << from;
    QTest::newRow("from bogus") << QStringList {u"observe"_s, u"--from"_s, u"bogus"_s} << from;
    QTest::newRow("from 1-2-3") << QStringList {u"observe"_s, u"--from"_s, u"1-2-3"_s} << from;
    QTest::newRow("from 1-") << QStringList {u"observe"_s, u"--from"_s, u"1-"_s} << from;
    QTest::newRow("from -1") << QStringList {u"observe"_s, u"--from=-1"_s} << from;
    QTest::newRow("from +") << QStringList {u"observe"_s, u"--from"_s, u"+"_s} << from;
    QTest::newRow("from overflow") << QStringList {u"observe"_s, u"--from"_s, u"99999999999999999999999"_s} << from;
    QTest::newRow("group empty") << QStringList {u"process"_s, u"--group"_s, QString()}
                                 << u"--group must not be empty"_s;
    QTest::newRow("consumer empty") << QStringList {u"process"_s, u"--consumer"_s, QString()}
                                    << u"--consumer must not be empty"_s;
    QTest::newRow("process stream empty")
        << QStringList {u"process"_s, u"--stream"_s, QString()} << u"--stream must not be empty"_s;
    QTest::newRow("observe stream empty")
        << QStringList {u"observe"_s, u"--stream"_s, QString()} << u"--stream must not be empty"_s;
    QTest::newRow("process store empty") << QStringList {u"process"_s, u"--store"_s, QString()}
                                         << u"--store must not be empty"_s;
    QTest::newRow("tickets store empty") << QStringList {u"tickets"_s, u"--store"_s, QString()}
                                         << u"--store must not be empty"_s;
}

void TestCli::consumeUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const auto server = TestRedis::start();
    QVERIFY(server);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString store = dir.filePath(u"store.sqlite"_s);
    // The option under test comes last: it wins over the valid --store given first.
    QStringList all {arguments.constFirst()};
    if (arguments.constFirst() != u"tickets"_s)
        all << u"--redis"_s << plainUrl(*server) << u"--until-idle"_s << u"1"_s;
    all << u"--store"_s << store << arguments.mid(1);
    const CliRun run = runCli(all, cliEnvironment(), 20000);
    VERIFY_ONE_ERROR_LINE(run, 2);
    QCOMPARE(run.err, u"streamdesk-cli: "_s + expected + u'\n');

    // Nothing was created on the server (no group with an empty name, no stream "").
    RedisConnection redis(TestRedis::endpoint(*server));
    redis.open();
    QVERIFY(TestRedis::waitReady(redis));
    QCOMPARE(TestRedis::call(redis, {"DBSIZE"}).toInteger(), 0);
}

// --from takes 0, $, ms or ms-seq, and reads what comes after that id.
void TestCli::observeFromEntryId()
{
    const auto server = TestRedis::start();
    QVERIFY(server);
    RedisConnection redis(TestRedis::endpoint(*server));
    redis.open();
    QVERIFY(TestRedis::waitReady(redis));
    for (const QByteArray id : {"5-1", "5-2", "7-0", "9-3"})
        QCOMPARE(TestRedis::call(redis, {"XADD", "servicenow:changes", id, "junk", "x"}).bytes(), id);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    // A bare millisecond time is that time's sequence 0, as Redis reads it.
    const QList<std::pair<QString, int>> cases {
        {u"0"_s, 4}, {u"5"_s, 4}, {u"6"_s, 2}, {u"5-1"_s, 3}, {u"7-0"_s, 1}, {u"9-3"_s, 0}, {u"$"_s, 0}};
    for (const auto &[from, expected] : cases) {
        const CliRun run = runCli({u"observe"_s, u"--redis"_s, plainUrl(*server), u"--store"_s,
                                      dir.filePath(u"s.sqlite"_s), u"--until-idle"_s, u"1"_s, u"--from"_s, from},
            cliEnvironment(), 20000);
        QVERIFY2(run.exitCode == 0, qPrintable(from + u": "_s + run.describe()));
        const QJsonObject summary = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QVERIFY2(summary.value(u"read"_s).toInt(-1) == expected, qPrintable(from + u": "_s + run.describe()));
    }
}

// An unreachable server at the start fails at once, as it does for info and simulate.
void TestCli::consumeConnectionRefused_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("observe") << u"observe"_s;
    QTest::newRow("process") << u"process"_s;
}

void TestCli::consumeConnectionRefused()
{
    QFETCH(QString, command);
    const quint16 port = RedisServerProcess::freePort();
    QVERIFY(port != 0);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString url = u"redis://127.0.0.1:%1"_s.arg(port);
    const CliRun run =
        runCli({command, u"--redis"_s, url, u"--store"_s, dir.filePath(u"s.sqlite"_s), u"--until-idle"_s, u"1"_s},
            cliEnvironment(), 20000);
    VERIFY_ONE_ERROR_LINE(run, 1);
    QCOMPARE(run.err, u"streamdesk-cli: connection refused by 127.0.0.1:%1\n"_s.arg(port));

    const CliRun info = runCli({u"info"_s, u"--redis"_s, url}, cliEnvironment(), 20000);
    VERIFY_ONE_ERROR_LINE(info, 1);
    QCOMPARE(run.err, info.err);
}

// A wrong password: exit 1 and the same line as info prints, without the password.
void TestCli::consumeWrongPasswordLikeInfo_data()
{
    consumeConnectionRefused_data();
}

void TestCli::consumeWrongPasswordLikeInfo()
{
    QFETCH(QString, command);
    const auto server = TestRedis::start({u"requirepass Right-Pw-123"_s});
    QVERIFY(server);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString wrong = u"Wr0ng-Guess-77"_s;
    const QString url = plainUrl(*server, u":"_s + wrong);
    const CliRun run =
        runCli({command, u"--redis"_s, url, u"--store"_s, dir.filePath(u"s.sqlite"_s), u"--until-idle"_s, u"1"_s},
            cliEnvironment(), 20000);
    VERIFY_ONE_ERROR_LINE(run, 1);
    QVERIFY2(run.err.startsWith(u"streamdesk-cli: authentication failed for user 'default': "_s),
        qPrintable(run.describe()));
    QVERIFY2(!run.err.contains(wrong) && !run.err.contains(u"Right-Pw-123"_s), qPrintable(run.describe()));

    const CliRun info = runCli({u"info"_s, u"--redis"_s, url}, cliEnvironment(), 20000);
    VERIFY_ONE_ERROR_LINE(info, 1);
    QCOMPARE(run.err, info.err);
}

// Once running, a server that goes away is waited for (the consumer reconnects), and said so
// once on stderr, without --verbose: a service's log must tell "no traffic" from "Redis is
// down". SIGTERM still ends the run gracefully with the summary.
void TestCli::consumeKeepsRetryingWhenTheServerGoesAwayMidRun()
{
    auto server = TestRedis::start();
    QVERIFY(server);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess process;
    process.setProcessEnvironment(cliEnvironment());
    process.start(QStringLiteral(STREAMDESK_CLI_PATH),
        {u"observe"_s, u"--redis"_s, plainUrl(*server), u"--store"_s, dir.filePath(u"s.sqlite"_s)});
    QVERIFY(process.waitForStarted(kRunTimeoutMs));
    QString err;
    const auto progressLines = [&] {
        err += QString::fromUtf8(process.readAllStandardError());
        return err.count(u"events/s"_s);
    };
    QTRY_VERIFY_WITH_TIMEOUT(progressLines() >= 1, 15000);
    server->stop();
    QTRY_VERIFY_WITH_TIMEOUT((progressLines(), err.contains(u"connection lost: "_s)), 15000);
    QVERIFY2(err.contains(u"; retrying\n"_s), qPrintable(err));
    QCOMPARE(process.state(), QProcess::Running);
    QVERIFY2(server->restart(), qPrintable(server->errorString()));
    QTRY_VERIFY_WITH_TIMEOUT((progressLines(), err.contains(u"connection back\n"_s)), 20000);
    // Between the two, no "read 0, ..." lines (the reconnect takes a few of the CLI's 1 s
    // ticks): they would read as a quiet stream.
    const qsizetype lost = err.indexOf(u"connection lost: "_s);
    const QString outage = err.mid(lost, err.indexOf(u"connection back\n"_s) - lost);
    QVERIFY2(!outage.contains(u"events/s"_s), qPrintable(err));
    QCOMPARE(err.count(u"connection lost: "_s), 1);
    const qsizetype after = progressLines();
    QTRY_VERIFY_WITH_TIMEOUT(progressLines() > after, 15000); // and progress resumes
    process.terminate();
    QVERIFY(process.waitForFinished(15000));
    err += QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 0, qPrintable(err));
    const QJsonObject summary = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    QCOMPARE(summary.value(u"mode"_s).toString(), u"observe"_s);
}

// The closing "done:" line and the JSON summary give the same rate.
void TestCli::finalLineShowsTheSummaryRate()
{
    const auto server = TestRedis::start();
    QVERIFY(server);
    const QString url = plainUrl(*server);
    const CliRun simulate = runCli({u"simulate"_s, u"--redis"_s, url, u"--tickets"_s, u"200"_s, u"--events"_s,
        u"3000"_s, u"--malformed"_s, u"0.02"_s, u"--seed"_s, u"7"_s});
    QVERIFY2(simulate.exitCode == 0, qPrintable(simulate.describe()));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString store = dir.filePath(u"s.sqlite"_s);
    const CliRun run = runCli({u"process"_s, u"--redis"_s, url, u"--store"_s, store, u"--from-start"_s, u"--count"_s,
        u"50"_s, u"--until-idle"_s, u"1"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonObject summary = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(summary.value(u"read"_s).toInt(), 3000);
    QVERIFY2(summary.value(u"events_per_second"_s).isDouble(), qPrintable(run.describe()));
    const double rate = summary.value(u"events_per_second"_s).toDouble();
    QVERIFY2(rate > 0, qPrintable(run.describe()));

    static const QRegularExpression done(u"^done: read (\\d+), .*, (\\d+) events/s$"_s);
    const auto match = done.match(run.errLines().constLast());
    QVERIFY2(match.hasMatch(), qPrintable(run.describe()));
    QCOMPARE(match.captured(1).toInt(), 3000);
    QCOMPARE(match.captured(2).toLongLong(), qRound64(rate));

    const CliRun all = runCli({u"tickets"_s, u"--store"_s, store});
    QVERIFY2(all.exitCode == 0 && all.err.isEmpty(), qPrintable(all.describe()));
    const QJsonObject tickets = QJsonDocument::fromJson(all.out.toUtf8()).object();
    QCOMPARE(tickets.size(), 200);
    QMap<int, bool> stateSet; // ordered by code
    QMap<int, bool> incidentStates;
    QMap<QString, bool> typeSet;
    for (const QJsonValue &t : tickets) {
        const QString state = t[u"state"_s].toString();
        stateSet.insert(state.toInt(), true);
        typeSet.insert(t[u"type"_s].toString(), true);
        if (t[u"type"_s].toString() == u"incident"_s)
            incidentStates.insert(state.toInt(), true);
    }
    const auto codes = [](const QMap<int, bool> &set) {
        QStringList list;
        for (const int code : set.keys())
            list << QString::number(code);
        return list;
    };
    const QStringList states = codes(stateSet);
    QVERIFY(states.size() > 1);
    QVERIFY(!incidentStates.isEmpty());
    const QString incidentState = QString::number(incidentStates.firstKey());

    // Any state code is legal (docs/event-format.md, "States"): one nobody is in gives an empty
    // export (exit 0), with a warning naming what the store has, so that a typo does not pass for
    // "none right now".
    const CliRun none = runCli({u"tickets"_s, u"--store"_s, store, u"--state"_s, u"abc"_s});
    QVERIFY2(none.exitCode == 0, qPrintable(none.describe()));
    QCOMPARE(QJsonDocument::fromJson(none.out.toUtf8()).object().size(), 0);
    QCOMPARE(none.err,
        u"streamdesk-cli: warning: no ticket in state abc; the store's states: %1\n"_s.arg(states.join(u", "_s)));
    const CliRun noneCsv = runCli({u"tickets"_s, u"--store"_s, store, u"--state"_s, u"abc"_s, u"--format"_s, u"csv"_s});
    QVERIFY2(noneCsv.exitCode == 0 && noneCsv.errLines().size() == 1, qPrintable(noneCsv.describe()));
    QCOMPARE(noneCsv.outLines().size(), 1); // the header
    // "07" is not 7: codes are compared as the producer wrote them.
    const QString padded = u"0"_s + incidentState;
    const CliRun zero = runCli({u"tickets"_s, u"--store"_s, store, u"--type"_s, u"incident"_s, u"--state"_s, padded});
    QVERIFY2(zero.exitCode == 0, qPrintable(zero.describe()));
    QCOMPARE(zero.err,
        u"streamdesk-cli: warning: no incident ticket in state %1; its states in the store: %2\n"_s.arg(
            padded, codes(incidentStates).join(u", "_s)));
    const CliRun typo = runCli({u"tickets"_s, u"--store"_s, store, u"--type"_s, u"incidnet"_s});
    QVERIFY2(typo.exitCode == 0, qPrintable(typo.describe()));
    QCOMPARE(typo.err,
        u"streamdesk-cli: warning: no ticket of type incidnet; the store's types: %1\n"_s.arg(
            QStringList(typeSet.keys()).join(u", "_s)));
    // A filter that matches says nothing.
    const CliRun some =
        runCli({u"tickets"_s, u"--store"_s, store, u"--type"_s, u"incident"_s, u"--state"_s, incidentState});
    QVERIFY2(some.exitCode == 0 && some.err.isEmpty(), qPrintable(some.describe()));
    QVERIFY(!QJsonDocument::fromJson(some.out.toUtf8()).object().isEmpty());
}

// A service's progress lines say what is happening now: once the stream goes quiet, the rate
// reads 0 (it kept the last burst's rate until the next entry, which could be hours).
void TestCli::progressRateFallsToZeroWhenTheStreamGoesQuiet()
{
    const auto server = TestRedis::start();
    QVERIFY(server);
    const QString url = plainUrl(*server);
    // A paced producer: batches keep coming for about two seconds, then nothing.
    QProcess producer;
    producer.setProcessEnvironment(cliEnvironment());
    producer.start(QStringLiteral(STREAMDESK_CLI_PATH),
        {u"simulate"_s, u"--redis"_s, url, u"--tickets"_s, u"50"_s, u"--events"_s, u"400"_s, u"--rate"_s, u"200"_s,
            u"--seed"_s, u"3"_s});
    QVERIFY(producer.waitForStarted());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const CliRun run = runCli({u"process"_s, u"--redis"_s, url, u"--store"_s, dir.filePath(u"s.sqlite"_s),
        u"--from-start"_s, u"--until-idle"_s, u"3"_s});
    QVERIFY(producer.waitForFinished());
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"read"_s).toInt(), 400);
    static const QRegularExpression line(u"^read (\\d+), .*, (\\d+) events/s$"_s);
    QList<QPair<int, int>> progress; // read, rate
    for (const QString &l : run.errLines()) {
        const auto m = line.match(l);
        if (m.hasMatch())
            progress << qMakePair(m.captured(1).toInt(), m.captured(2).toInt());
    }
    // While entries flow, a rate; three idle seconds later, 0.
    QVERIFY2(std::any_of(progress.cbegin(), progress.cend(), [](const auto &p) { return p.second > 0; }),
        qPrintable(run.describe()));
    QVERIFY2(progress.size() >= 3, qPrintable(run.describe()));
    QCOMPARE(progress.constLast().first, 400);
    QVERIFY2(progress.constLast().second == 0, qPrintable(run.describe()));
    // The final summary keeps the rate of the run, not 0.
    static const QRegularExpression done(u"^done: read 400, .*, (\\d+) events/s$"_s);
    const auto match = done.match(run.errLines().constLast());
    QVERIFY2(match.hasMatch() && match.captured(1).toInt() > 0, qPrintable(run.describe()));
}

// Nothing read: a rate of 0 in both places (the JSON used to say null, from 0/0).
void TestCli::emptyRunReportsARateOfZero()
{
    const auto server = TestRedis::start();
    QVERIFY(server);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const CliRun run = runCli({u"observe"_s, u"--redis"_s, plainUrl(*server), u"--store"_s, dir.filePath(u"s.sqlite"_s),
        u"--until-idle"_s, u"1"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonObject summary = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QVERIFY2(summary.value(u"events_per_second"_s).isDouble(), qPrintable(run.describe()));
    QCOMPARE(summary.value(u"events_per_second"_s).toDouble(), 0.0);
    QVERIFY2(run.errLines().constLast().startsWith(u"done: read 0, "_s), qPrintable(run.describe()));
    QVERIFY2(run.errLines().constLast().endsWith(u", 0 events/s"_s), qPrintable(run.describe()));

    // One entry, read in one batch: the rate is over the whole run, below 1, and the done: line
    // says the JSON's figure ("0.3"), not "0".
    RedisConnection redis(TestRedis::endpoint(*server));
    redis.open();
    QVERIFY(TestRedis::waitReady(redis));
    QVERIFY(!TestRedis::call(
        redis, {"XADD", "servicenow:changes", "*", "type", "incident", "sys_id", "0123456789abcdef0123456789abcdef"})
                 .isError());
    const CliRun one = runCli({u"observe"_s, u"--redis"_s, plainUrl(*server), u"--store"_s, dir.filePath(u"s.sqlite"_s),
        u"--from"_s, u"0"_s, u"--until-idle"_s, u"1"_s});
    QVERIFY2(one.exitCode == 0, qPrintable(one.describe()));
    const double rate = QJsonDocument::fromJson(one.out.toUtf8()).object().value(u"events_per_second"_s).toDouble();
    QVERIFY2(rate > 0 && rate < 1, qPrintable(one.describe()));
    QVERIFY2(one.errLines().constLast().endsWith(u", %1 events/s"_s.arg(rate, 0, 'f', 1)), qPrintable(one.describe()));
}

// A --store that is no SQLite database: one plain line, for tickets as for process/observe.
void TestCli::storeThatIsNotADatabase_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("kind");
    QTest::newRow("tickets, CSV file") << u"tickets"_s << u"csv"_s;
    QTest::newRow("tickets, directory") << u"tickets"_s << u"directory"_s;
    QTest::newRow("observe, CSV file") << u"observe"_s << u"csv"_s;
    QTest::newRow("process, directory") << u"process"_s << u"directory"_s;
    // Someone's own SQLite database given by mistake: it was switched to WAL and given our
    // tables, and tickets printed {}.
    QTest::newRow("tickets, another database") << u"tickets"_s << u"sqlite"_s;
    QTest::newRow("process, another database") << u"process"_s << u"sqlite"_s;
}

void TestCli::storeThatIsNotADatabase()
{
    QFETCH(QString, command);
    QFETCH(QString, kind);
    const auto server = TestRedis::start();
    QVERIFY(server);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString path;
    QString reason;
    if (kind == u"directory") {
        path = dir.filePath(u"a-directory"_s);
        QVERIFY(QDir().mkpath(path));
        reason = u"it is a directory"_s;
    } else if (kind == u"csv") {
        path = dir.filePath(u"x.csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("sys_id,number\n1,INC0001\n");
        reason = u"file is not a database"_s;
    } else {
        path = dir.filePath(u"inventory.db"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"CREATE TABLE foo (a TEXT)"_s));
            QVERIFY(q.exec(u"INSERT INTO foo VALUES ('kept')"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"other"_s);
        reason = u"it is an SQLite database with tables of its own, not a ticket store."_s;
    }
    QByteArray before;
    if (kind != u"directory") {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        before = file.readAll();
    }
    QStringList arguments {command, u"--store"_s, path};
    if (command != u"tickets"_s)
        arguments << u"--redis"_s << plainUrl(*server) << u"--until-idle"_s << u"1"_s;
    const CliRun run = runCli(arguments, cliEnvironment(), 20000);
    VERIFY_ONE_ERROR_LINE(run, 1);
    QCOMPARE(run.err, u"streamdesk-cli: cannot open the ticket store %1: %2\n"_s.arg(path, reason));
    if (kind != u"directory") {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before); // untouched
        QVERIFY(!QFileInfo::exists(path + u"-wal"_s));
    }
    RedisConnection redis(TestRedis::endpoint(*server));
    redis.open();
    QVERIFY(TestRedis::waitReady(redis));
    QCOMPARE(TestRedis::call(redis, {"DBSIZE"}).toInteger(), 0);
}

// process joins its group with XGROUP CREATE ... MKSTREAM: a mistyped --stream used to make an
// empty stream and wait on it for ever, with nothing said. Creating the group is said too, and
// so is a new store file; an existing group and store are used silently.
void TestCli::processSaysWhatItCreated()
{
    const auto server = TestRedis::start();
    QVERIFY(server);
    RedisConnection redis(TestRedis::endpoint(*server));
    redis.open();
    QVERIFY(TestRedis::waitReady(redis));
    QVERIFY(!TestRedis::call(redis, {"XADD", "changes", "*", "type", "incident"}).isError());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto process = [&](const QString &stream, const QString &store) {
        return runCli({u"process"_s, u"--redis"_s, plainUrl(*server), u"--stream"_s, stream, u"--group"_s, u"g"_s,
                          u"--store"_s, store, u"--from-start"_s, u"--until-idle"_s, u"1"_s},
            cliEnvironment(), 20000);
    };
    // A new store file is said too (a mistyped --store starts an empty one), with its new directory.
    const QString nested = dir.filePath(u"new/sub/t.sqlite"_s);
    const CliRun typo = process(u"chnages"_s, nested);
    QVERIFY2(typo.exitCode == 0, qPrintable(typo.describe()));
    QVERIFY2(typo.errLines().contains(u"created the ticket store %1, and its directory %2"_s.arg(
                 nested, QDir::toNativeSeparators(QFileInfo(nested).absolutePath()))),
        qPrintable(typo.describe()));
    QVERIFY2(typo.errLines().contains(u"chnages did not exist: created it, empty, with the consumer group g; check the "
                                      "stream's name if entries were expected"_s),
        qPrintable(typo.describe()));

    const QString store = dir.filePath(u"s.sqlite"_s);
    const CliRun first = process(u"changes"_s, store);
    QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
    QVERIFY2(first.errLines().contains(u"created the ticket store %1"_s.arg(store)), qPrintable(first.describe()));
    QVERIFY2(first.errLines().contains(u"created the consumer group g on changes, reading from 0"_s),
        qPrintable(first.describe()));
    const CliRun again = process(u"changes"_s, store);
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    QVERIFY2(!again.err.contains(u"created"_s), qPrintable(again.describe()));
}

// A 0-byte file is what SQLite would make a new database of: an export must leave it alone.
void TestCli::ticketsDoesNotTurnAnEmptyFileIntoAStore()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"empty.sqlite"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const CliRun run = runCli({u"tickets"_s, u"--store"_s, path});
    VERIFY_ONE_ERROR_LINE(run, 1);
    QCOMPARE(run.err, u"streamdesk-cli: no ticket store at %1 (the file is empty)\n"_s.arg(path));
    QCOMPARE(QFileInfo(path).size(), 0);
}

// An on-call engineer exports a service account's store: the file is read-only to them and its
// directory takes no new file (SQLite's -shm index). It failed with "attempt to write a readonly
// database". Run as nobody, which needs root; CI runs as root.
void TestCli::ticketsReadsAStoreItCannotWrite()
{
    if (::geteuid() != 0 || QStandardPaths::findExecutable(u"runuser"_s).isEmpty())
        QSKIP("needs root and runuser to run the CLI as another user");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"tickets.sqlite"_s);
    {
        TicketStore store;
        QVERIFY(store.open(path, nullptr));
        TicketEvent e;
        e.sourceId = "1-0";
        e.sysId = u"0123456789abcdef0123456789abcdef"_s;
        e.type = e.rawType = u"incident"_s;
        e.action = e.rawAction = u"created"_s;
        e.number = u"INC0000042"_s;
        e.state = u"2"_s;
        QVERIFY(store.apply({e}).ok);
    }
    QVERIFY(!QFileInfo::exists(path + u"-wal"_s)); // closed cleanly
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QVERIFY(QFile::setPermissions(dir.path(),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
            | QFileDevice::ExeOther));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    QTemporaryDir bin;
    const AsNobody nobody = AsNobody::prepare(bin);
    QVERIFY(!nobody.launcher.isEmpty());
    const CliRun run =
        runCli({u"tickets"_s, u"--store"_s, path, u"--format"_s, u"csv"_s}, nobody.env, kRunTimeoutMs, nobody.launcher);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(run.outLines().size(), 2);
    QVERIFY2(run.outLines().at(1).startsWith(u"0123456789abcdef0123456789abcdef,INC0000042,incident,2,"_s),
        qPrintable(run.describe()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {u"tickets.sqlite"_s});
}

// A server that accepts the connection and never answers: process and observe give up after
// --timeout, like info, instead of a fixed 5 s. The listening socket is never served (the
// kernel completes the handshake), which is exactly "no answer".
void TestCli::consumeHonoursTimeout_data()
{
    consumeConnectionRefused_data();
}

void TestCli::consumeHonoursTimeout()
{
    QFETCH(QString, command);
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString url = u"redis://127.0.0.1:%1"_s.arg(silent.serverPort());
    // 2 s: longer than the progress interval, so a progress line would show before the error.
    const CliRun run = runCli({command, u"--redis"_s, url, u"--timeout"_s, u"2"_s, u"--store"_s,
                                  dir.filePath(u"s.sqlite"_s), u"--until-idle"_s, u"1"_s},
        cliEnvironment(), 20000);
    VERIFY_ONE_ERROR_LINE(run, 1);
    QCOMPARE(run.err, u"streamdesk-cli: no answer from 127.0.0.1:%1 within 2 s\n"_s.arg(silent.serverPort()));

    const CliRun info = runCli({u"info"_s, u"--redis"_s, url, u"--timeout"_s, u"2"_s}, cliEnvironment(), 20000);
    QCOMPARE(run.err, info.err);
}

// A --expect that cannot be written fails before a single entry is published.
void TestCli::simulateExpectCheckedBeforePublishing()
{
    const auto server = TestRedis::start();
    QVERIFY(server);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const CliRun run = runCli({u"simulate"_s, u"--redis"_s, plainUrl(*server), u"--stream"_s, u"qa"_s, u"--events"_s,
        u"5"_s, u"--expect"_s, dir.path()});
    VERIFY_ONE_ERROR_LINE(run, 1);
    QCOMPARE(run.err, u"streamdesk-cli: cannot write %1: it is a directory\n"_s.arg(dir.path()));
    RedisConnection redis(TestRedis::endpoint(*server));
    redis.open();
    QVERIFY(TestRedis::waitReady(redis));
    QCOMPARE(TestRedis::call(redis, {"EXISTS", "qa"}).toInteger(), 0);

    // A file that opens for appending (as root, even /proc's) but cannot be replaced: its
    // directory takes no new file. It failed after everything was published.
    const QString procFile = u"/proc/version"_s;
    QVERIFY(QFileInfo(procFile).isFile());
    const CliRun proc = runCli({u"simulate"_s, u"--redis"_s, plainUrl(*server), u"--stream"_s, u"qa"_s, u"--events"_s,
        u"5"_s, u"--expect"_s, procFile});
    VERIFY_ONE_ERROR_LINE(proc, 1);
    QVERIFY2(proc.err.startsWith(u"streamdesk-cli: cannot write /proc/version: "_s), qPrintable(proc.describe()));
    QCOMPARE(TestRedis::call(redis, {"EXISTS", "qa"}).toInteger(), 0);

    const CliRun empty = runCli({u"simulate"_s, u"--redis"_s, plainUrl(*server), u"--stream"_s, u"qa"_s, u"--events"_s,
        u"5"_s, u"--expect"_s, QString()});
    VERIFY_ONE_ERROR_LINE(empty, 2);
    QVERIFY2(empty.err.contains(u"--expect must not be empty"_s), qPrintable(empty.describe()));
    QCOMPARE(TestRedis::call(redis, {"EXISTS", "qa"}).toInteger(), 0);
}

// A FIFO (or /dev/stdout) is written into. It used to be replaced by a regular file through
// QSaveFile's rename; as root that turned /dev/full into a JSON file.
void TestCli::simulateExpectWritesIntoAFifo()
{
    const auto server = TestRedis::start();
    QVERIFY(server);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"expect.fifo"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    // The read end is open (non-blocking) before the command runs, so its write end opens at
    // once; the expectations of 4 tickets fit the pipe's buffer.
    const int readEnd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK);
    QVERIFY(readEnd >= 0);
    const CliRun run = runCli({u"simulate"_s, u"--redis"_s, plainUrl(*server), u"--stream"_s, u"qa"_s, u"--tickets"_s,
        u"4"_s, u"--events"_s, u"12"_s, u"--expect"_s, path});
    QByteArray received;
    char buffer[4096];
    for (ssize_t n = 0; (n = ::read(readEnd, buffer, sizeof buffer)) > 0;)
        received.append(buffer, n);
    ::close(readEnd);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QFileInfo info(path);
    QVERIFY(info.exists());
    QVERIFY2(!info.isFile(), "the FIFO was replaced by a regular file");
    QJsonParseError error;
    const QJsonDocument expected = QJsonDocument::fromJson(received, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(expected.object().size(), 4);
}

// serve-sse against a server that rejects the password, or refuses the connection, at the
// start: exit 1 with the connection's message as its one line, like process and observe. It
// used to listen for ever, sending clients nothing, and exit 0 on SIGTERM; then it printed the
// message after "connecting to", "listening on" and "reconnecting in 1 s".
void TestCli::serveSseFailsWhenRedisRefuses()
{
    const auto server = TestRedis::start({u"requirepass Right-Pw-123"_s});
    QVERIFY(server);
    const CliRun wrong = runCli(
        {u"serve-sse"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--redis"_s, plainUrl(*server, u"u:Wr0ng-Guess-77"_s)},
        cliEnvironment(), 20000);
    VERIFY_ONE_ERROR_LINE(wrong, 1);
    QVERIFY2(
        wrong.err.startsWith(u"streamdesk-cli: authentication failed for user 'u': "_s), qPrintable(wrong.describe()));
    QVERIFY2(!wrong.err.contains(u"Wr0ng-Guess-77"_s), qPrintable(wrong.describe()));

    const quint16 port = RedisServerProcess::freePort();
    QVERIFY(port != 0);
    const CliRun refused =
        runCli({u"serve-sse"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--redis"_s, u"redis://127.0.0.1:%1"_s.arg(port)},
            cliEnvironment(), 20000);
    VERIFY_ONE_ERROR_LINE(refused, 1);
    QCOMPARE(refused.errLines().constLast(), u"streamdesk-cli: connection refused by 127.0.0.1:%1"_s.arg(port));
}

// A user the server lets in but not at the stream (NOPERM): one error line, as for a refused
// password. serve-sse used to retry the read in silence for ever, serving nothing.
void TestCli::serveSseFailsWhenTheStreamIsForbidden()
{
    const auto server = TestRedis::start({u"user reader on >s3cret-pass ~other:* &* +@all"_s});
    QVERIFY(server);
    const CliRun run = runCli({u"serve-sse"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--redis"_s,
                                  plainUrl(*server, u"reader:s3cret-pass"_s), u"--stream"_s, u"changes"_s},
        cliEnvironment(), 20000);
    VERIFY_ONE_ERROR_LINE(run, 1);
    QVERIFY2(run.err.startsWith(u"streamdesk-cli: cannot read changes: NOPERM"_s), qPrintable(run.describe()));
    QVERIFY(!run.err.contains(u"s3cret"_s));
}

// A --stream naming another kind of key is an error, not something to wait out: observe
// retried for ever (exit 0, "read 0" with --until-idle) and serve-sse served nothing.
void TestCli::keyThatIsNotAStreamFails()
{
    const auto server = TestRedis::start();
    QVERIFY(server);
    RedisConnection redis(TestRedis::endpoint(*server));
    redis.open();
    QVERIFY(TestRedis::waitReady(redis));
    QVERIFY(!TestRedis::call(redis, {"SET", "plainkey", "x"}).isError());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString expected = u"streamdesk-cli: plainkey is not a stream: WRONGTYPE"_s;
    for (const QString &from : {u"0"_s, u"$"_s}) { // a read, and the read pinning "$"
        const CliRun observe =
            runCli({u"observe"_s, u"--redis"_s, plainUrl(*server), u"--stream"_s, u"plainkey"_s, u"--store"_s,
                       dir.filePath(u"s.sqlite"_s), u"--from"_s, from, u"--until-idle"_s, u"30"_s},
                cliEnvironment(), 20000);
        VERIFY_ONE_ERROR_LINE(observe, 1);
        QVERIFY2(observe.err.startsWith(expected), qPrintable(observe.describe()));
    }
    const CliRun serve = runCli({u"serve-sse"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--redis"_s, plainUrl(*server),
                                    u"--stream"_s, u"plainkey"_s},
        cliEnvironment(), 20000);
    VERIFY_ONE_ERROR_LINE(serve, 1);
    QVERIFY2(serve.err.startsWith(expected), qPrintable(serve.describe()));
    QCOMPARE(TestRedis::call(redis, {"GET", "plainkey"}).bytes(), QByteArray("x"));
}

// A processor whose user may not write <stream>:dlq: one error line and exit 1. It retried the
// batch's MULTI for ever, acknowledging nothing (not even the entries it applied), said so only
// with --verbose, and ended "done" with exit 0.
void TestCli::processFailsWhenDeadLettersAreForbidden()
{
    const auto server = TestRedis::start({u"user narrow on >n4rrow-pass ~changes &* +@all"_s});
    QVERIFY(server);
    const CliRun simulate = runCli({u"simulate"_s, u"--redis"_s, plainUrl(*server), u"--stream"_s, u"changes"_s,
        u"--tickets"_s, u"10"_s, u"--events"_s, u"60"_s, u"--malformed"_s, u"0.2"_s, u"--seed"_s, u"7"_s});
    QVERIFY2(simulate.exitCode == 0, qPrintable(simulate.describe()));
    RedisConnection redis(TestRedis::endpoint(*server));
    redis.open();
    QVERIFY(TestRedis::waitReady(redis));
    QVERIFY(!TestRedis::call(redis, {"XGROUP", "CREATE", "changes", "g", "0"}).isError());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const CliRun run =
        runCli({u"process"_s, u"--redis"_s, plainUrl(*server, u"narrow:n4rrow-pass"_s), u"--stream"_s, u"changes"_s,
                   u"--group"_s, u"g"_s, u"--store"_s, dir.filePath(u"s.sqlite"_s), u"--until-idle"_s, u"30"_s},
            cliEnvironment(), 20000);
    VERIFY_ONE_ERROR_LINE(run, 1);
    QVERIFY2(run.err.startsWith(u"streamdesk-cli: cannot write dead letters to changes:dlq: NOPERM"_s),
        qPrintable(run.describe()));
    QVERIFY(!run.err.contains(u"n4rrow-pass"_s));
    // Nothing dead-lettered and nothing lost: the refused batch is still pending.
    QCOMPARE(TestRedis::call(redis, {"EXISTS", "changes:dlq"}).toInteger(), 0);
    QVERIFY(TestRedis::call(redis, {"XPENDING", "changes", "g"}).at(0).toInteger() > 0);
}

// Another kind of key at <stream>:dlq is said before the group is created or anything read: the
// first dead letter would fail inside EXEC, after its batch's XACK.
void TestCli::processFailsWhenTheDeadLetterKeyIsNotAStream()
{
    const auto server = TestRedis::start();
    QVERIFY(server);
    RedisConnection redis(TestRedis::endpoint(*server));
    redis.open();
    QVERIFY(TestRedis::waitReady(redis));
    QVERIFY(!TestRedis::call(redis, {"XADD", "changes", "*", "type", "incident"}).isError());
    QVERIFY(!TestRedis::call(redis, {"SET", "changes:dlq", "x"}).isError());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const CliRun run = runCli({u"process"_s, u"--redis"_s, plainUrl(*server), u"--stream"_s, u"changes"_s, u"--store"_s,
                                  dir.filePath(u"s.sqlite"_s), u"--from-start"_s, u"--until-idle"_s, u"30"_s},
        cliEnvironment(), 20000);
    VERIFY_ONE_ERROR_LINE(run, 1);
    QCOMPARE(run.err, u"streamdesk-cli: cannot write dead letters to changes:dlq: it holds a string, not a stream\n"_s);
    QCOMPARE(TestRedis::call(redis, {"XINFO", "GROUPS", "changes"}).size(), 0); // no group left behind
}

// A store this user cannot write, or cannot create, fails before Redis is touched. SQLite opened
// a read-only file read-only without a word: process joined the group and read entries, then
// its first batch failed ("attempt to write a readonly database"), leaving them pending under a
// new consumer; a directory it could not write said only "unable to open database file".
void TestCli::storeItCannotWriteFailsBeforeRedis()
{
    if (::geteuid() != 0 || QStandardPaths::findExecutable(u"runuser"_s).isEmpty())
        QSKIP("needs root and runuser to run the CLI as another user");
    const auto server = TestRedis::start();
    QVERIFY(server);
    RedisConnection redis(TestRedis::endpoint(*server));
    redis.open();
    QVERIFY(TestRedis::waitReady(redis));
    QVERIFY(!TestRedis::call(redis, {"XADD", "changes", "*", "type", "incident"}).isError());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"tickets.sqlite"_s);
    {
        TicketStore store;
        QVERIFY(store.open(path, nullptr));
    }
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
    QVERIFY(QFile::setPermissions(dir.path(),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
            | QFileDevice::ExeOther));
    QTemporaryDir bin;
    const AsNobody nobody = AsNobody::prepare(bin);
    QVERIFY(!nobody.launcher.isEmpty());

    const CliRun run = runCli({u"process"_s, u"--redis"_s, plainUrl(*server), u"--stream"_s, u"changes"_s, u"--store"_s,
                                  path, u"--from-start"_s, u"--until-idle"_s, u"30"_s},
        nobody.env, kRunTimeoutMs, nobody.launcher);
    VERIFY_ONE_ERROR_LINE(run, 1);
    QCOMPARE(
        run.err, u"streamdesk-cli: cannot open the ticket store %1: this user cannot write the file\n"_s.arg(path));

    const QString elsewhere = dir.filePath(u"new.sqlite"_s);
    const CliRun create = runCli({u"process"_s, u"--redis"_s, plainUrl(*server), u"--stream"_s, u"changes"_s,
                                     u"--store"_s, elsewhere, u"--from-start"_s, u"--until-idle"_s, u"30"_s},
        nobody.env, kRunTimeoutMs, nobody.launcher);
    VERIFY_ONE_ERROR_LINE(create, 1);
    QCOMPARE(create.err,
        u"streamdesk-cli: cannot open the ticket store %1: this user cannot create files in its directory %2\n"_s.arg(
            elsewhere, dir.path()));
    QCOMPARE(TestRedis::call(redis, {"XINFO", "GROUPS", "changes"}).size(), 0); // Redis untouched
}

// A crashed processor's entries wait --claim-min-idle before anyone claims them: a run that
// ends meanwhile says so. It ended "done" with thousands still pending, unsaid.
void TestCli::processSaysWhatOtherConsumersStillHold()
{
    const auto server = TestRedis::start();
    QVERIFY(server);
    const CliRun simulate = runCli({u"simulate"_s, u"--redis"_s, plainUrl(*server), u"--stream"_s, u"changes"_s,
        u"--tickets"_s, u"5"_s, u"--events"_s, u"12"_s});
    QVERIFY2(simulate.exitCode == 0, qPrintable(simulate.describe()));
    RedisConnection redis(TestRedis::endpoint(*server));
    redis.open();
    QVERIFY(TestRedis::waitReady(redis));
    QVERIFY(!TestRedis::call(redis, {"XGROUP", "CREATE", "changes", "g", "0"}).isError());
    // The crashed one: read 5 and never acknowledged them.
    QVERIFY(TestRedis::call(redis, {"XREADGROUP", "GROUP", "g", "ghost", "COUNT", "5", "STREAMS", "changes", ">"})
                .isArray());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const CliRun run = runCli({u"process"_s, u"--redis"_s, plainUrl(*server), u"--stream"_s, u"changes"_s, u"--group"_s,
        u"g"_s, u"--consumer"_s, u"c2"_s, u"--store"_s, dir.filePath(u"s.sqlite"_s), u"--until-idle"_s, u"1"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.err.contains(u"\n5 entries of group g are still pending with other consumers (ghost: 5); a process "
                              u"run claims those idle for 1 min 00 s or more (--claim-min-idle)\ndone: read 7,"_s),
        qPrintable(run.describe()));
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"acked"_s).toInt(), 7);

    // Nothing held elsewhere: nothing said.
    const CliRun claimed = runCli({u"process"_s, u"--redis"_s, plainUrl(*server), u"--stream"_s, u"changes"_s,
        u"--group"_s, u"g"_s, u"--consumer"_s, u"c2"_s, u"--store"_s, dir.filePath(u"s.sqlite"_s), u"--until-idle"_s,
        u"1"_s, u"--claim-min-idle"_s, u"0"_s});
    QVERIFY2(claimed.exitCode == 0, qPrintable(claimed.describe()));
    QVERIFY2(!claimed.err.contains(u"still pending"_s), qPrintable(claimed.describe()));
    QCOMPARE(TestRedis::call(redis, {"XPENDING", "changes", "g"}).at(0).toInteger(), 0);
}

// The server going away midway: the error says how much reached the stream and that --expect
// was not written. It said only "127.0.0.1:port closed the connection".
void TestCli::simulateSaysWhatWasPublishedWhenTheServerGoes()
{
    const auto server = TestRedis::start();
    QVERIFY(server);
    RedisConnection redis(TestRedis::endpoint(*server));
    redis.open();
    QVERIFY(TestRedis::waitReady(redis));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString expect = dir.filePath(u"expect.json"_s);
    QProcess simulate;
    simulate.setProcessEnvironment(cliEnvironment());
    simulate.start(QStringLiteral(STREAMDESK_CLI_PATH),
        {u"simulate"_s, u"--redis"_s, plainUrl(*server), u"--stream"_s, u"s"_s, u"--events"_s, u"5000"_s, u"--rate"_s,
            u"500"_s, u"--expect"_s, expect});
    QVERIFY(simulate.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(TestRedis::call(redis, {"XLEN", "s"}).toInteger() >= 100, 15000);
    server->stop();
    QVERIFY(simulate.waitForFinished(kRunTimeoutMs));
    const QString err = QString::fromUtf8(simulate.readAllStandardError());
    QCOMPARE(simulate.exitCode(), 1);
    static const QRegularExpression line(
        u"(^|\n)streamdesk-cli: .+ \\(after at least [0-9,]+ of 5,000 entries were published\\); %1 was not written\n$"_s.arg(
            QRegularExpression::escape(expect)));
    QVERIFY2(line.match(err).hasMatch(), qPrintable(err));
    QVERIFY(!QFileInfo::exists(expect));
}

// A run that fails before its first batch takes back the store (and directory) it created: a
// mistyped --store or a wrong password left an empty file behind. A store that was there stays.
void TestCli::failedRunLeavesNoNewStore()
{
    const auto server = TestRedis::start({u"requirepass Right-Pw-42"_s});
    QVERIFY(server);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString directory = dir.filePath(u"new/dir"_s);
    const QString path = directory + u"/tickets.sqlite"_s;
    const CliRun run = runCli({u"process"_s, u"--redis"_s, plainUrl(*server, u":Wr0ng-Pw"_s), u"--store"_s, path,
        u"--until-idle"_s, u"30"_s});
    VERIFY_ONE_ERROR_LINE(run, 1);
    QVERIFY2(run.err.contains(u"WRONGPASS"_s), qPrintable(run.describe()));
    QVERIFY(!QFileInfo::exists(dir.filePath(u"new"_s))); // the directories made for it too
    QVERIFY(QFileInfo::exists(dir.path()));

    const QString existing = dir.filePath(u"kept.sqlite"_s);
    {
        TicketStore store;
        QVERIFY(store.open(existing, nullptr));
    }
    const CliRun again = runCli({u"observe"_s, u"--redis"_s, plainUrl(*server, u":Wr0ng-Pw"_s), u"--store"_s, existing,
        u"--until-idle"_s, u"30"_s});
    VERIFY_ONE_ERROR_LINE(again, 1);
    QVERIFY(QFileInfo::exists(existing));
}

// info says "1 consumer" (not "1 consumers"), and an error about the key names it.
void TestCli::infoCountsAndNamesTheKey()
{
    const auto server = TestRedis::start();
    QVERIFY(server);
    RedisConnection redis(TestRedis::endpoint(*server));
    redis.open();
    QVERIFY(TestRedis::waitReady(redis));
    QVERIFY(!TestRedis::call(redis, {"XADD", "s", "*", "f", "v"}).isError());
    QVERIFY(!TestRedis::call(redis, {"XGROUP", "CREATE", "s", "g1", "0"}).isError());
    QVERIFY(!TestRedis::call(redis, {"XGROUP", "CREATECONSUMER", "s", "g1", "c1"}).isError());
    QVERIFY(!TestRedis::call(redis, {"XGROUP", "CREATE", "s", "g2", "0"}).isError());
    QVERIFY(!TestRedis::call(redis, {"SET", "plain", "x"}).isError());
    QVERIFY(!TestRedis::call(redis, {"XADD", "s:dlq", "*", "dlq_reason", "not JSON"}).isError());
    QVERIFY(!TestRedis::call(redis, {"XADD", "s:dlq", "*", "dlq_reason", "no sys_id"}).isError());

    // A group set to an arbitrary id: Redis answers nil for its entries read and lag.
    const QByteArray first = TestRedis::call(redis, {"XADD", "s", "*", "f", "v2"}).bytes();
    QVERIFY(!TestRedis::call(redis, {"XADD", "s", "*", "f", "v3"}).isError());
    QVERIFY(!TestRedis::call(redis, {"XGROUP", "CREATE", "s", "g3", first}).isError());

    const CliRun info = runCli({u"info"_s, u"--redis"_s, plainUrl(*server), u"--stream"_s, u"s"_s});
    QVERIFY2(info.exitCode == 0, qPrintable(info.describe()));
    QVERIFY2(info.out.contains(u"group g1: 1 consumer, 0 pending"_s), qPrintable(info.describe()));
    // Said in words, with the reason ("lag ?" before).
    QVERIFY2(info.out.contains(u"group g3: 0 consumers, 0 pending, last delivered %1, entries read unknown, lag "
                               "unknown\n  (Redis cannot compute this group's lag: entries were deleted, or the group "
                               "was set to an arbitrary id)\n"_s.arg(QString::fromLatin1(first))),
        qPrintable(info.describe()));
    QVERIFY2(!info.out.contains(u'?'), qPrintable(info.describe()));
    QVERIFY2(info.out.contains(u"group g2: 0 consumers, 0 pending"_s), qPrintable(info.describe()));
    // Dead letters outlive the processor's counters: info says where they are.
    QVERIFY2(info.out.contains(u"  dead letters: 2 in s:dlq (list, replay or delete them: streamdesk-cli dead-letters "
                               "--stream s)\n"_s),
        qPrintable(info.describe()));
    // Redis 7.0 does not report "inactive" (7.2 does): "n/a", as the GUI says, not "?".
    static const QRegularExpression consumer(u"  consumer c1: 0 pending, idle [0-9.]+ s, inactive (n/a|[0-9.]+ s)\n"_s);
    QVERIFY2(consumer.match(info.out).hasMatch(), qPrintable(info.describe()));

    // A key is anyone's text: a newline in it would split the line (an escape drive the terminal).
    const CliRun twoLines = runCli({u"info"_s, u"--redis"_s, plainUrl(*server), u"--stream"_s, u"line\nbreak"_s});
    QCOMPARE(twoLines.out, u"stream line?break does not exist\n"_s);

    const CliRun wrongType = runCli({u"info"_s, u"--redis"_s, plainUrl(*server), u"--stream"_s, u"plain"_s});
    VERIFY_ONE_ERROR_LINE(wrongType, 1);
    QVERIFY2(wrongType.err.startsWith(u"streamdesk-cli: plain: WRONGTYPE "_s), qPrintable(wrongType.describe()));
}

void TestCli::deadLettersListReplayDelete()
{
    const auto server = TestRedis::start();
    QVERIFY(server);
    RedisConnection redis(TestRedis::endpoint(*server));
    redis.open();
    QVERIFY(TestRedis::waitReady(redis));
    const auto deadLetter = [&](const QByteArray &number, const QByteArray &code) {
        return TestRedis::call(redis,
            {"XADD", "s:dlq", "*", "type", "incident", "action", "updated", "number", number, "dlq_reason",
                "because " + code, "dlq_reason_code", code, "dlq_source_stream", "s", "dlq_source_id", "1-0",
                "dlq_consumer", "c1", "dlq_time", "2025-01-15T10:30:01.234Z"})
            .bytes();
    };
    const QByteArray a = deadLetter("INC1", "bad_json");
    const QByteArray b = deadLetter("INC2", "too_large");
    const QByteArray c = deadLetter("INC3", "bad_json");
    const QString url = plainUrl(*server);

    const CliRun list = runCli({u"dead-letters"_s, u"--redis"_s, url, u"--stream"_s, u"s"_s, u"--count"_s, u"2"_s});
    QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
    QCOMPARE(list.outLines().value(0), u"s:dlq: 3 dead letters, showing the newest 2"_s);
    QVERIFY2(list.outLines().value(1).startsWith(QString::fromLatin1(c)
                 + u"  2025-01-15 10:30:01Z  bad_json  "
                   "incident:updated INC3  from 1-0"_s),
        qPrintable(list.describe()));
    QCOMPARE(list.outLines().value(2), u"    because bad_json"_s);
    QVERIFY2(list.outLines().value(3).startsWith(QString::fromLatin1(b)), qPrintable(list.describe()));
    QCOMPARE(list.outLines().size(), 5);

    const CliRun json = runCli(
        {u"dead-letters"_s, u"--redis"_s, url, u"--stream"_s, u"s"_s, u"--reason"_s, u"bad_json"_s, u"--json"_s});
    QVERIFY2(json.exitCode == 0, qPrintable(json.describe()));
    const QJsonObject listed = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(listed.value(u"length"_s).toInt(), 3);
    const QJsonArray entries = listed.value(u"entries"_s).toArray();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).toObject().value(u"id"_s).toString(), QString::fromLatin1(c));
    // Fields as [name, value] pairs, in the entry's order.
    QCOMPARE(
        entries.at(1).toObject().value(u"fields"_s).toArray().at(2).toArray(), (QJsonArray {u"number"_s, u"INC1"_s}));

    // Replay one by id: its original fields, and only those, go back into the stream.
    const CliRun replay =
        runCli({u"dead-letters"_s, u"--redis"_s, url, u"--stream"_s, u"s"_s, u"--replay"_s, QString::fromLatin1(a)});
    QVERIFY2(replay.exitCode == 0, qPrintable(replay.describe()));
    QCOMPARE(replay.outLines().value(0), u"replayed 1 entry to s"_s);
    const QList<StreamEntry> stream = StreamEntry::listFromReply(TestRedis::call(redis, {"XRANGE", "s", "-", "+"}));
    QCOMPARE(stream.size(), 1);
    QCOMPARE(stream.constFirst().fields,
        (QList<QPair<QByteArray, QByteArray>> {{"type", "incident"}, {"action", "updated"}, {"number", "INC1"}}));
    QCOMPARE(replay.outLines().value(1),
        u"  "_s + QString::fromLatin1(a) + u" -> "_s + QString::fromLatin1(stream.constFirst().id));

    // An id that is not there (a typo, or replayed already) is a failure a script can see.
    const CliRun again =
        runCli({u"dead-letters"_s, u"--redis"_s, url, u"--stream"_s, u"s"_s, u"--replay"_s, QString::fromLatin1(a)});
    QCOMPARE(again.exitCode, 1);
    QCOMPARE(again.outLines().value(0), u"replayed 0 entries to s; 1 not found (%1)"_s.arg(QString::fromLatin1(a)));
    QCOMPARE(again.err, u"streamdesk-cli: 1 of the given ids was not done\n"_s);

    const CliRun drop = runCli({u"dead-letters"_s, u"--redis"_s, url, u"--stream"_s, u"s"_s, u"--delete-all"_s,
        u"--reason"_s, u"too_large"_s});
    QVERIFY2(drop.exitCode == 0 && drop.err.isEmpty(), qPrintable(drop.describe()));
    QCOMPARE(drop.outLines().value(0), u"deleted 1 entry from s:dlq"_s);
    // A code Streamdesk does not write is still matched (another producer's), with a warning
    // that names the real ones: "bad-json" deleted nothing, silently.
    const CliRun typo = runCli(
        {u"dead-letters"_s, u"--redis"_s, url, u"--stream"_s, u"s"_s, u"--delete-all"_s, u"--reason"_s, u"bad-json"_s});
    QVERIFY2(typo.exitCode == 0, qPrintable(typo.describe()));
    QCOMPARE(typo.err,
        u"streamdesk-cli: warning: bad-json is not a reason code Streamdesk writes (%1); matching it as given\n"_s.arg(
            DeadLetter::knownReasonCodes().join(u", "_s)));
    QCOMPARE(typo.outLines().value(0), u"deleted 0 entries from s:dlq"_s);
    QCOMPARE(TestRedis::call(redis, {"XLEN", "s:dlq"}).toInteger(), 1);
    QCOMPARE(TestRedis::call(redis, {"XLEN", "s"}).toInteger(), 1);

    const CliRun rest = runCli({u"dead-letters"_s, u"--redis"_s, url, u"--stream"_s, u"s"_s, u"--replay-all"_s});
    QVERIFY2(rest.exitCode == 0, qPrintable(rest.describe()));
    QCOMPARE(TestRedis::call(redis, {"XLEN", "s:dlq"}).toInteger(), 0);
    QCOMPARE(TestRedis::call(redis, {"XLEN", "s"}).toInteger(), 2);
    const CliRun empty = runCli({u"dead-letters"_s, u"--redis"_s, url, u"--stream"_s, u"s"_s});
    QCOMPARE(empty.out, u"no dead letters (s:dlq is empty)\n"_s);

    // A long run says what it is doing, not a bare "102 of 797 entries".
    for (int i = 0; i < 250; ++i)
        deadLetter("INC" + QByteArray::number(100 + i), "bad_json");
    const CliRun many = runCli({u"dead-letters"_s, u"--redis"_s, url, u"--stream"_s, u"s"_s, u"--replay-all"_s});
    QVERIFY2(many.exitCode == 0, qPrintable(many.describe()));
    QVERIFY2(many.errLines().size() >= 1, qPrintable(many.describe()));
    for (const QString &line : many.errLines())
        QVERIFY2(QRegularExpression(u"^replaying: \\d+ of 250 dead letters done$"_s).match(line).hasMatch(),
            qPrintable(many.describe()));
    QCOMPARE(TestRedis::call(redis, {"XLEN", "s:dlq"}).toInteger(), 0);
}

void TestCli::deadLettersUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("two actions") << QStringList {u"--replay-all"_s, u"--delete"_s, u"1-0"_s}
                                 << u"choose one of --replay, --replay-all, --delete and --delete-all"_s;
    QTest::newRow("reason with ids") << QStringList {u"--replay"_s, u"1-0"_s, u"--reason"_s,
        u"bad_json"_s} << u"--reason goes with listing, --replay-all or --delete-all, not with given ids"_s;
    QTest::newRow("not an id") << QStringList {u"--delete"_s, u"INC0012345"_s}
                               << u"'INC0012345' is not a whole entry id, ms-seq (like 1736937000000-0)"_s;
    // XRANGE would take every entry of that millisecond, XDEL only ms-0.
    QTest::newRow("bare ms") << QStringList {u"--replay"_s, u"1736937000000"_s}
                             << u"'1736937000000' is not a whole entry id, ms-seq (like 1736937000000-0)"_s;
    QTest::newRow("count with an action")
        << QStringList {u"--replay-all"_s, u"--count"_s, u"5"_s} << u"--count goes with listing only"_s;
    QTest::newRow("count") << QStringList {u"--count"_s, u"0"_s} << QString();
    QTest::newRow("empty reason") << QStringList {u"--reason"_s, QString()} << QString();
}

void TestCli::deadLettersUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    // No server: usage errors come before any connection.
    const CliRun run = runCli(QStringList {u"dead-letters"_s, u"--redis"_s, u"redis://127.0.0.1:1"_s} + arguments);
    VERIFY_ONE_ERROR_LINE(run, 2);
    if (!message.isEmpty())
        QCOMPARE(run.err, u"streamdesk-cli: "_s + message + u'\n');
}

// An empty key or name is refused by every command, as process and observe did: info said
// "stream  does not exist" and pending --consumer '' listed every consumer's entries.
void TestCli::emptyNamesAreUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("option");
    QTest::newRow("info stream") << QStringList {u"info"_s, u"--stream"_s, QString()} << u"stream"_s;
    QTest::newRow("pending stream") << QStringList {u"pending"_s, u"--stream"_s, QString()} << u"stream"_s;
    QTest::newRow("pending group") << QStringList {u"pending"_s, u"--group"_s, QString()} << u"group"_s;
    QTest::newRow("pending consumer") << QStringList {u"pending"_s, u"--consumer"_s, QString()} << u"consumer"_s;
    QTest::newRow("dead-letters stream") << QStringList {u"dead-letters"_s, u"--stream"_s, QString()} << u"stream"_s;
}

void TestCli::emptyNamesAreUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, option);
    // No server: usage errors come before any connection.
    const CliRun run = runCli(arguments + QStringList {u"--redis"_s, u"redis://127.0.0.1:1"_s});
    VERIFY_ONE_ERROR_LINE(run, 2);
    QCOMPARE(run.err, u"streamdesk-cli: --%1 must not be empty\n"_s.arg(option));
}

void TestCli::pendingListsAGroupsEntries()
{
    const auto server = TestRedis::start();
    QVERIFY(server);
    RedisConnection redis(TestRedis::endpoint(*server));
    redis.open();
    QVERIFY(TestRedis::waitReady(redis));
    QList<QByteArray> ids;
    for (int i = 0; i < 3; ++i)
        ids << TestRedis::call(
            redis, {"XADD", "s", "*", "type", "incident", "action", "created", "number", "INC" + QByteArray::number(i)})
                   .bytes();
    QVERIFY(!TestRedis::call(redis, {"XGROUP", "CREATE", "s", "g", "0"}).isError());
    TestRedis::call(redis, {"XREADGROUP", "GROUP", "g", "ana", "COUNT", "2", "STREAMS", "s", ">"});
    TestRedis::call(redis, {"XREADGROUP", "GROUP", "g", "bia", "COUNT", "1", "STREAMS", "s", ">"});
    const QString url = plainUrl(*server);

    const CliRun text = runCli({u"pending"_s, u"--redis"_s, url, u"--stream"_s, u"s"_s, u"--group"_s, u"g"_s});
    QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
    QCOMPARE(text.outLines().value(0), u"group g: 3 pending"_s);
    static const QRegularExpression line(
        u"^(\\S+)  (ana|bia)  idle \\S+ (ms|s)  1 delivery  incident:created (INC\\d)$"_s);
    for (int i = 0; i < 3; ++i) {
        const auto m = line.match(text.outLines().value(i + 1));
        QVERIFY2(m.hasMatch(), qPrintable(text.describe()));
        QCOMPARE(m.captured(1).toLatin1(), ids.at(i));
        QCOMPARE(m.captured(4), u"INC%1"_s.arg(i));
    }

    const CliRun json = runCli({u"pending"_s, u"--redis"_s, url, u"--stream"_s, u"s"_s, u"--group"_s, u"g"_s,
        u"--consumer"_s, u"ana"_s, u"--count"_s, u"1"_s, u"--json"_s});
    QVERIFY2(json.exitCode == 0, qPrintable(json.describe()));
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(o.value(u"total"_s).toInt(), 2); // ana's, though one is listed
    QCOMPARE(o.value(u"entries"_s).toArray().size(), 1);
    QCOMPARE(
        o.value(u"entries"_s).toArray().at(0).toObject().value(u"id"_s).toString(), QString::fromLatin1(ids.at(0)));
    QCOMPARE(o.value(u"entries"_s).toArray().at(0).toObject().value(u"deliveries"_s).toInt(), 1);

    // --min-idle: bia's entry made idle for 10 minutes is the only one idle for 5.
    QVERIFY(!TestRedis::call(redis, {"XCLAIM", "s", "g", "bia", "0", ids.at(2), "IDLE", "600000", "JUSTID"}).isError());
    const CliRun stuck = runCli(
        {u"pending"_s, u"--redis"_s, url, u"--stream"_s, u"s"_s, u"--group"_s, u"g"_s, u"--min-idle"_s, u"300000"_s});
    QVERIFY2(stuck.exitCode == 0, qPrintable(stuck.describe()));
    QCOMPARE(stuck.outLines().value(0), u"group g: 3 pending, 1 idle for at least 5 min 00 s"_s);
    QVERIFY2(stuck.outLines().value(1).startsWith(QString::fromLatin1(ids.at(2)) + u"  bia  idle 10 min"_s),
        qPrintable(stuck.describe()));
    QCOMPARE(stuck.outLines().size(), 2);
    // Two stuck, one listed: the line says more match.
    QVERIFY(!TestRedis::call(redis, {"XCLAIM", "s", "g", "ana", "0", ids.at(0), "IDLE", "600000", "JUSTID"}).isError());
    const CliRun more = runCli({u"pending"_s, u"--redis"_s, url, u"--stream"_s, u"s"_s, u"--group"_s, u"g"_s,
        u"--min-idle"_s, u"300000"_s, u"--count"_s, u"1"_s});
    QVERIFY2(more.exitCode == 0, qPrintable(more.describe()));
    QCOMPARE(more.outLines().value(0),
        u"group g: 3 pending, more than 1 idle for at least 5 min 00 s, the oldest 1 listed"_s);
    QVERIFY(more.outLines().value(1).startsWith(QString::fromLatin1(ids.at(0))));
    const CliRun moreJson = runCli({u"pending"_s, u"--redis"_s, url, u"--stream"_s, u"s"_s, u"--group"_s, u"g"_s,
        u"--min-idle"_s, u"300000"_s, u"--count"_s, u"2"_s, u"--json"_s});
    QVERIFY2(moreJson.exitCode == 0, qPrintable(moreJson.describe()));
    const QJsonObject stuckTwo = QJsonDocument::fromJson(moreJson.out.toUtf8()).object();
    QCOMPARE(stuckTwo.value(u"entries"_s).toArray().size(), 2);
    QCOMPARE(stuckTwo.value(u"more_not_listed"_s).toBool(true), false);
    const CliRun negative = runCli(
        {u"pending"_s, u"--redis"_s, url, u"--stream"_s, u"s"_s, u"--group"_s, u"g"_s, u"--min-idle"_s, u"-1"_s});
    VERIFY_ONE_ERROR_LINE(negative, 2);

    const CliRun missing = runCli({u"pending"_s, u"--redis"_s, url, u"--stream"_s, u"s"_s, u"--group"_s, u"nope"_s});
    VERIFY_ONE_ERROR_LINE(missing, 1);
    QCOMPARE(missing.err, u"streamdesk-cli: s has no consumer group nope\n"_s);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

// Producer values and names reach the text output as one line each, with control characters
// as '?': a number carrying "ESC[2J" cleared the screen, "ESC]0;...BEL" retitled the terminal,
// and a newline split an entry over two lines.
void TestCli::textOutputCannotDriveTheTerminal()
{
    const auto server = TestRedis::start();
    QVERIFY(server);
    RedisConnection redis(TestRedis::endpoint(*server));
    redis.open();
    QVERIFY(TestRedis::waitReady(redis));
    const QByteArray hostile = "INC\x1b[2J\x1b]0;pwned\x07\nX";
    QVERIFY(!TestRedis::call(redis, {"XADD", "s", "*", "type", "incident", "action", "created", "number", hostile})
                 .isError());
    QVERIFY(!TestRedis::call(redis, {"XGROUP", "CREATE", "s", "g", "0"}).isError());
    TestRedis::call(redis, {"XREADGROUP", "GROUP", "g", "ana\x1b[31m", "STREAMS", "s", ">"});
    QVERIFY(!TestRedis::call(redis,
        {"XADD", "s:dlq", "*", "type", "incident", "number", hostile, "dlq_reason", "bad\x1b[2J\nreason",
            "dlq_reason_code", "bad_json\x1b[0m", "dlq_source_stream", "s", "dlq_source_id", "1-0"})
                 .isError());
    const QString url = plainUrl(*server);
    const QList<QStringList> commands {
        {u"pending"_s, u"--redis"_s, url, u"--stream"_s, u"s"_s, u"--group"_s, u"g"_s},
        {u"dead-letters"_s, u"--redis"_s, url, u"--stream"_s, u"s"_s},
        {u"info"_s, u"--redis"_s, url, u"--stream"_s, u"s"_s},
    };
    for (const QStringList &args : commands) {
        const CliRun run = runCli(args);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        for (const QChar c : run.out)
            QVERIFY2(c == u'\n' || c.category() != QChar::Other_Control, qPrintable(run.describe()));
        if (args.first() != u"info")
            QVERIFY2(run.out.contains(u"INC?[2J?]0;pwned??X"_s), qPrintable(run.describe()));
    }
    // One entry, one line (and the reason on the next): no line starts with the number's tail.
    const CliRun pending = runCli(commands.at(0));
    QCOMPARE(pending.outLines().size(), 2);
    QVERIFY(pending.outLines().value(1).contains(u"ana?[31m"_s));
    const CliRun dead = runCli(commands.at(1));
    QCOMPARE(dead.outLines().size(), 3);
    QCOMPARE(dead.outLines().value(2).trimmed(), u"bad?[2J?reason"_s);
}
