// Pipelined throughput of RedisConnection, compared with redis-benchmark against the same
// private redis-server in the same run. Not a test: it prints a table and, with --check,
// exits 3 when a ratio is below the goal.

#include <cstdio>
#include <functional>
#include <optional>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextStream>

#include "services/redisconnection.h"
#include "services/redisendpoint.h"
#include "services/redisserverprocess.h"

using namespace Qt::StringLiterals;

namespace {

constexpr double kGoalRatio = 0.5;
constexpr quint32 kKeySpace = 100000; // random-ish keys for SET, as redis-benchmark -r

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

struct RunResult {
    qint64 replies = 0;
    qint64 errors = 0;
    QString firstError;
    qint64 elapsedNs = 0;

    [[nodiscard]] double perSecond() const { return elapsedNs > 0 ? replies * 1e9 / double(elapsedNs) : 0.0; }
};

// Keeps up to `window` commands in flight on one connection: every reply is counted, and
// once fewer than window/2 are outstanding the window is topped up again.
class PipelineRun final : public QObject {
    Q_DISABLE_COPY_MOVE(PipelineRun)

public:
    using Maker = std::function<RespWriter::Command(qint64)>;

    PipelineRun(RedisConnection *connection, qint64 total, qint64 window, Maker maker)
        : m_connection(connection)
        , m_total(total)
        , m_window(window)
        , m_lowWater(qMax<qint64>(1, window / 2))
        , m_maker(std::move(maker))
    {
    }

    RunResult run()
    {
        QElapsedTimer timer;
        timer.start();
        refill();
        if (!finished())
            m_loop.exec();
        m_result.elapsedNs = timer.nsecsElapsed();
        return m_result;
    }

private:
    [[nodiscard]] bool finished() const { return m_result.replies == m_sent && (m_sent == m_total || m_stop); }

    void refill()
    {
        while (!m_stop && m_sent < m_total && m_sent - m_result.replies < m_window) {
            m_connection->command(m_maker(m_sent), this, [this](const RedisReply &reply) { onReply(reply); });
            ++m_sent;
        }
    }

    void onReply(const RedisReply &reply)
    {
        ++m_result.replies;
        if (reply.isError()) {
            if (m_result.errors++ == 0)
                m_result.firstError = reply.errorMessage();
            // A client-side error (lost connection, timeout) ends the run; server errors are just counted.
            if (reply.errorKind() != RedisReply::ErrorKind::Server)
                m_stop = true;
        }
        if (finished()) {
            m_loop.quit();
            return;
        }
        if (m_sent - m_result.replies < m_lowWater)
            refill();
    }

    RedisConnection *m_connection;
    qint64 m_total;
    qint64 m_window;
    qint64 m_lowWater;
    Maker m_maker;
    qint64 m_sent = 0;
    bool m_stop = false;
    RunResult m_result;
    QEventLoop m_loop;
};

// Waits for one reply; returns nullopt if it does not come.
std::optional<RedisReply> commandAndWait(RedisConnection *connection, const RespWriter::Command &command)
{
    QObject context;
    QEventLoop loop;
    std::optional<RedisReply> result;
    connection->command(command, &context, [&result, &loop](const RedisReply &reply) {
        result = reply;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return result;
}

bool waitReady(RedisConnection *connection)
{
    if (connection->isReady())
        return true;
    QEventLoop loop;
    QObject::connect(connection, &RedisConnection::stateChanged, &loop, [&loop](RedisConnection::State state) {
        if (state != RedisConnection::State::Connecting && state != RedisConnection::State::Disconnected)
            loop.quit();
    });
    connection->open();
    if (!connection->isReady() && connection->state() != RedisConnection::State::Failed)
        loop.exec();
    return connection->isReady();
}

// redis-benchmark -q prints "NAME: 123456.79 requests per second, p50=..." per test,
// after progress lines separated by carriage returns.
QHash<QString, double> parseRedisBenchmark(const QString &output)
{
    QHash<QString, double> figures;
    static const QRegularExpression line(u"^\\s*([A-Z_]+): ([0-9]+(?:\\.[0-9]+)?) requests per second"_s);
    static const QRegularExpression separators(u"[\\r\\n]"_s);
    const QStringList pieces = output.split(separators, Qt::SkipEmptyParts);
    for (const QString &piece : pieces) {
        const QRegularExpressionMatch match = line.match(piece);
        if (match.hasMatch())
            figures.insert(match.captured(1), match.captured(2).toDouble());
    }
    return figures;
}

QString fixed(double value, int width, int decimals = 0)
{
    return QString::number(value, 'f', decimals).rightJustified(width);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"redis_pipeline"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Pipelined PING and SET throughput of RedisConnection against redis-benchmark on a private redis-server."_s);
    parser.addHelpOption();
    const QCommandLineOption requestsOption(
        u"requests"_s, u"Commands per test (default 1000000)."_s, u"N"_s, u"1000000"_s);
    const QCommandLineOption windowOption(u"window"_s, u"Commands kept in flight (default 5000)."_s, u"N"_s, u"5000"_s);
    const QCommandLineOption checkOption(u"check"_s, u"Exit with status 3 when a ratio is below the goal."_s);
    parser.addOptions({requestsOption, windowOption, checkOption});
    parser.process(app);

    bool ok = false;
    const qint64 requests = parser.value(requestsOption).toLongLong(&ok);
    if (!ok || requests <= 0) {
        err() << "redis_pipeline: --requests needs a positive number" << Qt::endl;
        return 2;
    }
    const qint64 window = parser.value(windowOption).toLongLong(&ok);
    if (!ok || window <= 0) {
        err() << "redis_pipeline: --window needs a positive number" << Qt::endl;
        return 2;
    }

    RedisServerProcess server;
    if (!server.startAndWait()) {
        err() << "redis_pipeline: could not start redis-server: " << server.errorString() << Qt::endl;
        return 1;
    }

    RedisEndpoint endpoint;
    endpoint.host = server.host();
    endpoint.port = server.port();
    RedisConnection::Options options;
    options.role = u"bench"_s;
    options.autoReconnect = false;
    RedisConnection connection(endpoint, options);
    if (!waitReady(&connection)) {
        err() << "redis_pipeline: could not connect to " << endpoint.address() << ": " << connection.lastError()
              << Qt::endl;
        return 1;
    }

    QString version = u"?"_s;
    if (const auto info = commandAndWait(&connection, {QByteArrayLiteral("INFO"), QByteArrayLiteral("server")});
        info && info->isString()) {
        static const QRegularExpression versionLine(u"redis_version:([^\\r\\n]+)"_s);
        const QRegularExpressionMatch match = versionLine.match(QString::fromUtf8(info->bytes()));
        if (match.hasMatch())
            version = match.captured(1);
    }

    const RespWriter::Command ping {QByteArrayLiteral("PING")};
    const QByteArray setName = QByteArrayLiteral("SET");
    const QByteArray value = QByteArrayLiteral("xyz");
    const QByteArray keyPrefix = QByteArrayLiteral("bench:key:");
    const auto makePing = [&ping](qint64) { return ping; };
    // Knuth's multiplicative hash spreads consecutive indexes over the key space.
    const auto makeSet = [&](qint64 i) {
        const quint32 key = (quint32(i) * 2654435761u) % kKeySpace;
        return RespWriter::Command {setName, keyPrefix + QByteArray::number(key), value};
    };

    // Warm-up: first allocations, socket buffers, the server's key space.
    PipelineRun(&connection, qMin<qint64>(requests, 20000), window, makePing).run();

    struct Row {
        QString name;
        QString baselineName;
        RunResult ours;
        double baseline = 0.0;
    };
    QList<Row> rows {{u"PING"_s, u"PING_MBULK"_s, {}, 0.0}, {u"SET"_s, u"SET"_s, {}, 0.0}};
    rows[0].ours = PipelineRun(&connection, requests, window, makePing).run();
    rows[1].ours = PipelineRun(&connection, requests, window, makeSet).run();

    bool failed = false;
    for (const Row &row : std::as_const(rows)) {
        if (row.ours.errors > 0) {
            err() << "redis_pipeline: " << row.name << ": " << row.ours.errors
                  << " error replies, first: " << row.ours.firstError << Qt::endl;
            failed = true;
        }
    }

    // Baseline: redis-benchmark, 16 commands per pipeline on its default 50 connections.
    const QString redisBenchmark = QStandardPaths::findExecutable(u"redis-benchmark"_s);
    const QStringList benchmarkArgs {u"-h"_s, server.host(), u"-p"_s, QString::number(server.port()), u"-P"_s, u"16"_s,
        u"-q"_s, u"-t"_s, u"ping,set"_s, u"-n"_s, QString::number(requests), u"-r"_s, QString::number(kKeySpace)};
    bool haveBaseline = false;
    if (redisBenchmark.isEmpty()) {
        err() << "redis_pipeline: redis-benchmark not found (Debian package redis-tools); no baseline" << Qt::endl;
    } else {
        QProcess process;
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start(redisBenchmark, benchmarkArgs);
        // Bounded: generous for any sane --requests, and the tool ends by itself.
        if (!process.waitForFinished(600000) || process.exitStatus() != QProcess::NormalExit
            || process.exitCode() != 0) {
            err() << "redis_pipeline: redis-benchmark failed: " << process.errorString() << '\n'
                  << QString::fromLocal8Bit(process.readAllStandardError()) << Qt::endl;
            process.kill();
            process.waitForFinished();
            failed = true;
        } else {
            const QHash<QString, double> figures = parseRedisBenchmark(QString::fromLocal8Bit(process.readAll()));
            for (Row &row : rows)
                row.baseline = figures.value(row.baselineName);
            haveBaseline = true;
        }
    }

    out() << "Streamdesk Redis pipeline benchmark\n"
          << "  server:     redis-server " << version << " on " << server.host() << ':' << server.port()
          << " (private, started for this run)\n"
          << "  streamdesk: RedisConnection, one connection, " << window << " commands in flight, refilled below "
          << qMax<qint64>(1, window / 2) << '\n'
          << "  baseline:   redis-benchmark " << benchmarkArgs.join(u' ') << '\n'
          << "  requests:   " << requests << " per command; SET writes 3-byte values to " << kKeySpace
          << " random-ish keys\n\n";
    out() << u"command"_s.leftJustified(9) << u"streamdesk req/s"_s.rightJustified(18)
          << u"redis-benchmark req/s"_s.rightJustified(23) << u"  (test)     "_s << u"ratio"_s.rightJustified(7)
          << u"  goal"_s << '\n';
    bool belowGoal = false;
    for (const Row &row : std::as_const(rows)) {
        out() << row.name.leftJustified(9) << fixed(row.ours.perSecond(), 18);
        if (haveBaseline && row.baseline > 0) {
            const double ratio = row.ours.perSecond() / row.baseline;
            const bool ok = ratio >= kGoalRatio;
            belowGoal = belowGoal || !ok;
            out() << fixed(row.baseline, 23) << u"  ("_s << QString(row.baselineName + u')').leftJustified(11)
                  << fixed(ratio, 7, 2) << u"  >= "_s << QString::number(kGoalRatio, 'f', 2)
                  << (ok ? u"  ok"_s : u"  BELOW GOAL"_s);
        } else {
            out() << u"n/a"_s.rightJustified(23);
        }
        out() << '\n';
    }
    out() << "\nratio = streamdesk / redis-benchmark; PING_MBULK is the PING sent as a command array, as "
             "RedisConnection sends it.\n"
          << Qt::flush;

    if (failed)
        return 1;
    if (parser.isSet(checkOption) && belowGoal)
        return 3;
    return 0;
}
