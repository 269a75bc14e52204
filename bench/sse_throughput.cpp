// Server-sent events throughput. Not a test: it prints a table.
//
// 1. In memory: SseParser over ~300-byte events fed in 16 KiB chunks, against two baselines over
//    the same buffer in the same run: a memchr line scan that only finds line ends and blank
//    lines (the floor of any parser), and a naive Qt parser (QByteArray::split on LF per chunk,
//    QString::fromUtf8 per field) such as one would write first. Best of --rounds.
// 2. End to end (unless --no-e2e): `streamdesk-cli serve-sse` on a private redis-server serving
//    --e2e-events stream entries from the start, read by SseClient, against a raw QTcpSocket that
//    only counts the events of the same stream (the client's ceiling on this machine).
//
// With --check it exits 3 when the parser is below the goal (1,000,000 events/s).

#include <cstdio>
#include <cstring>
#include <memory>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTextStream>
#include <QTimer>

#include "services/redisconnection.h"
#include "services/redisendpoint.h"
#include "services/redisserverprocess.h"
#include "services/sseclient.h"
#include "services/sseparser.h"

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kChunk = 16 * 1024;
constexpr double kGoalEventsPerSecond = 1e6;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// `count` events shaped like the gateway's: id, type:action, one line of JSON data; ~300 bytes.
QByteArray makeStream(qint64 count)
{
    QByteArray buffer = "retry: 3000\n\n";
    buffer.reserve(count * 310);
    for (qint64 i = 0; i < count; ++i) {
        const QByteArray n = QByteArray::number(i);
        buffer += "id: 1736937000000-" + n
            + "\nevent: incident:updated\ndata: {\"action\":\"updated\",\"data\":{"
              "\"number\":\"INC"
            + n.rightJustified(7, '0')
            + "\",\"state\":\"2\",\"assignment_group\":\"Service Desk\",\"short_description\":\"Caf\xc3\xa9 "
              "printer on floor 3 jams again, paper tray 2\"},\"number\":\"INC"
            + n.rightJustified(7, '0')
            + "\",\"sys_id\":\"9d385017c611228701d22104cc95c371\",\"type\":\"incident\"}\n\n";
    }
    return buffer;
}

struct Result {
    qint64 events = 0;
    qint64 ns = 0;

    [[nodiscard]] double eventsPerSecond() const { return ns > 0 ? double(events) * 1e9 / double(ns) : 0; }
    [[nodiscard]] double mbPerSecond(qint64 bytes) const
    {
        return ns > 0 ? double(bytes) / double(1 << 20) * 1e9 / double(ns) : 0;
    }
};

template<typename Run> Result bestOf(int rounds, Run run)
{
    Result best;
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer timer;
        timer.start();
        const qint64 events = run();
        const qint64 ns = timer.nsecsElapsed();
        if (best.ns == 0 || ns < best.ns)
            best = {events, ns};
    }
    return best;
}

qint64 runParser(const QByteArray &buffer)
{
    SseParser parser;
    QList<SseItem> items;
    qint64 events = 0;
    for (qsizetype at = 0; at < buffer.size(); at += kChunk) {
        items.clear();
        parser.feed(QByteArrayView(buffer).sliced(at, std::min(kChunk, buffer.size() - at)), items);
        for (const SseItem &item : std::as_const(items))
            events += item.kind == SseItem::Kind::Event ? 1 : 0;
    }
    return events;
}

// Line ends and blank lines only: no field parsing, no decoding, no allocation per line. An
// event is a blank line after a line starting with 'd' (data).
qint64 runMemchr(const QByteArray &buffer)
{
    qint64 events = 0;
    bool atLineStart = true;
    bool hasData = false;
    for (qsizetype at = 0; at < buffer.size(); at += kChunk) {
        const char *p = buffer.constData() + at;
        const char *end = p + std::min(kChunk, buffer.size() - at);
        while (p < end) {
            if (atLineStart && *p == '\n') {
                events += hasData ? 1 : 0;
                hasData = false;
                ++p;
                continue;
            }
            hasData = hasData || (atLineStart && *p == 'd');
            const auto *lf = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
            atLineStart = lf != nullptr;
            if (!lf)
                break;
            p = lf + 1;
        }
    }
    return events;
}

// What a first attempt looks like: split each chunk on LF, carry the tail, decode each field.
qint64 runNaiveQt(const QByteArray &buffer)
{
    qint64 events = 0;
    QByteArray pending;
    QString data;
    QString type;
    QString id;
    for (qsizetype at = 0; at < buffer.size(); at += kChunk) {
        pending += buffer.mid(at, kChunk);
        QList<QByteArray> lines = pending.split('\n');
        pending = lines.takeLast();
        for (const QByteArray &line : std::as_const(lines)) {
            if (line.isEmpty()) {
                if (!data.isEmpty())
                    ++events;
                data.clear();
                type.clear();
                continue;
            }
            const qsizetype colon = line.indexOf(':');
            const QByteArray field = colon < 0 ? line : line.left(colon);
            QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
            if (value.startsWith(' '))
                value.remove(0, 1);
            if (field == "data")
                data += QString::fromUtf8(value) + u'\n';
            else if (field == "event")
                type = QString::fromUtf8(value);
            else if (field == "id")
                id = QString::fromUtf8(value);
        }
    }
    return events;
}

// Runs the event loop until `done` or the timeout; no busy loop, no sleep.
template<typename Predicate> bool waitFor(Predicate done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    QTimer wake; // so that a silent peer cannot block the check of the timeout
    wake.start(50);
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

QString fixed(double value, int width, int precision = 0)
{
    return QString::number(value, 'f', precision).rightJustified(width);
}

struct E2eResult {
    Result client;
    Result raw;
    qint64 bytes = 0;
    QString error;
};

// Fills a private server's stream, starts serve-sse on it and reads the whole stream twice.
E2eResult runEndToEnd(qint64 count, int timeoutMs)
{
    E2eResult result;
    RedisServerProcess server;
    if (!server.startAndWait()) {
        result.error = server.errorString();
        return result;
    }
    RedisEndpoint endpoint;
    endpoint.host = server.host();
    endpoint.port = server.port();
    RedisConnection redis(endpoint);
    redis.open();
    if (!waitFor([&redis]() { return redis.isReady(); }, 10000)) {
        result.error = u"no connection to redis-server"_s;
        return result;
    }
    qint64 added = 0;
    for (qint64 i = 0; i < count; i += 1000) {
        QList<RespWriter::Command> batch;
        for (qint64 j = i; j < std::min(count, i + 1000); ++j) {
            const QByteArray n = QByteArray::number(j).rightJustified(7, '0');
            batch.append({"XADD", "changes", "*", "type", "incident", "action", "updated", "sys_id",
                QByteArray::number(j, 16).rightJustified(32, '0'), "number", "INC" + n, "state", "2",
                "assignment_group", "Service Desk", "short_description",
                "Printer on floor 3 jams again, paper tray 2, ticket " + n});
        }
        redis.batch(batch, &redis, [&added, n = batch.size()](const QList<RedisReply> &) { added += n; });
    }
    if (!waitFor([&]() { return added == count; }, 120000)) {
        result.error = u"XADD did not finish"_s;
        return result;
    }

    QProcess gateway;
    gateway.start(QStringLiteral(STREAMDESK_CLI_PATH),
        {u"serve-sse"_s, u"--redis"_s, endpoint.toSafeUrl(), u"--stream"_s, u"changes"_s, u"--listen"_s,
            u"127.0.0.1:0"_s});
    QByteArray err;
    const QRegularExpression listening(u"listening on http://127\\.0\\.0\\.1:(\\d+)/"_s);
    waitFor(
        [&]() {
            err += gateway.readAllStandardError();
            return listening.match(QString::fromUtf8(err)).hasMatch() || gateway.state() == QProcess::NotRunning;
        },
        10000);
    const auto port = quint16(listening.match(QString::fromUtf8(err)).captured(1).toUInt());
    if (port == 0) {
        result.error = u"serve-sse did not start: "_s + QString::fromUtf8(err);
        return result;
    }

    {
        SseClient client;
        client.setUrl(QUrl(u"http://127.0.0.1:%1/events?from=0"_s.arg(port)));
        qint64 events = 0;
        QObject::connect(&client, &SseClient::eventReceived, &client, [&events]() { ++events; });
        QElapsedTimer timer;
        timer.start();
        client.start();
        waitFor([&]() { return events >= count; }, timeoutMs);
        result.client = {events, timer.nsecsElapsed()};
        result.bytes = client.bytesReceived();
    }
    {
        // Counts "\nid:" (every event of the gateway has an id line, none before the first).
        QTcpSocket socket;
        qint64 events = 0;
        QByteArray tail;
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&]() {
            const QByteArray bytes = tail + socket.readAll();
            for (qsizetype at = bytes.indexOf("\nid:"); at >= 0; at = bytes.indexOf("\nid:", at + 1))
                ++events;
            tail = bytes.right(3);
        });
        QElapsedTimer timer;
        timer.start();
        socket.connectToHost(QHostAddress::LocalHost, port);
        socket.write("GET /events?from=0 HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n");
        waitFor([&]() { return events >= count; }, timeoutMs);
        result.raw = {events, timer.nsecsElapsed()};
    }
    gateway.terminate();
    if (!gateway.waitForFinished(10000))
        gateway.kill();
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"SSE parser and end-to-end throughput."_s);
    parser.addHelpOption();
    const QCommandLineOption eventsOption(
        u"events"_s, u"Events in the in-memory buffer (default 200000)."_s, u"N"_s, u"200000"_s);
    const QCommandLineOption roundsOption(u"rounds"_s, u"Rounds; the best counts (default 5)."_s, u"N"_s, u"5"_s);
    const QCommandLineOption e2eOption(
        u"e2e-events"_s, u"Stream entries served end to end (default 100000)."_s, u"N"_s, u"100000"_s);
    const QCommandLineOption noE2eOption(u"no-e2e"_s, u"Skip the end-to-end part."_s);
    const QCommandLineOption checkOption(u"check"_s, u"Exit with status 3 below the parser goal."_s);
    parser.addOptions({eventsOption, roundsOption, e2eOption, noE2eOption, checkOption});
    parser.process(app);
    const qint64 count = std::max(1LL, parser.value(eventsOption).toLongLong());
    const int rounds = std::max(1, parser.value(roundsOption).toInt());

    const QByteArray buffer = makeStream(count);
    const double eventBytes = double(buffer.size()) / double(count);
    out() << "Streamdesk SSE throughput benchmark\n"
          << count << " events of " << fixed(eventBytes, 0, 1) << " bytes (" << fixed(buffer.size() / 1048576.0, 0, 1)
          << " MiB), fed in " << kChunk / 1024 << " KiB chunks, best of " << rounds << " rounds\n\n";

    struct Row {
        QString name;
        Result result;
    };
    const QList<Row> rows = {
        {u"SseParser"_s, bestOf(rounds, [&buffer]() { return runParser(buffer); })},
        {u"memchr line scan"_s, bestOf(rounds, [&buffer]() { return runMemchr(buffer); })},
        {u"naive Qt split"_s, bestOf(rounds, [&buffer]() { return runNaiveQt(buffer); })},
    };
    out() << u"in memory"_s.leftJustified(20) << u"events/s"_s.rightJustified(14) << u"MB/s"_s.rightJustified(10)
          << u"SseParser / this"_s.rightJustified(20) << '\n';
    bool ok = true;
    for (const Row &row : rows) {
        if (row.result.events != count) {
            out() << row.name << ": counted " << row.result.events << " events, expected " << count << '\n';
            ok = false;
        }
        out() << row.name.leftJustified(20) << fixed(row.result.eventsPerSecond(), 14)
              << fixed(row.result.mbPerSecond(buffer.size()), 10, 1)
              << fixed(rows[0].result.eventsPerSecond() / row.result.eventsPerSecond(), 20, 2) << '\n';
    }
    const bool goalMet = rows[0].result.eventsPerSecond() >= kGoalEventsPerSecond;
    out() << "goal: SseParser >= " << fixed(kGoalEventsPerSecond, 0) << " events/s: " << (goalMet ? "met" : "NOT met")
          << "\n\n"
          << Qt::flush;

    if (!parser.isSet(noE2eOption)) {
        const qint64 e2eCount = std::max(1LL, parser.value(e2eOption).toLongLong());
        const E2eResult e2e = runEndToEnd(e2eCount, 300000);
        if (!e2e.error.isEmpty()) {
            out() << "end to end: skipped: " << e2e.error << '\n';
        } else {
            out() << "end to end: serve-sse (redis-server, " << e2eCount << " entries from the start) on loopback, "
                  << fixed(double(e2e.bytes) / double(std::max<qint64>(1, e2e.client.events)), 0, 1) << " bytes/event\n"
                  << u"reader"_s.leftJustified(20) << u"events/s"_s.rightJustified(14) << u"MB/s"_s.rightJustified(10)
                  << u"events"_s.rightJustified(10) << '\n';
            for (const auto &[name, result] :
                {std::pair {u"SseClient"_s, e2e.client}, std::pair {u"raw QTcpSocket"_s, e2e.raw}}) {
                out() << name.leftJustified(20) << fixed(result.eventsPerSecond(), 14)
                      << fixed(result.mbPerSecond(e2e.bytes), 10, 1) << fixed(double(result.events), 10) << '\n';
                ok = ok && result.events == e2eCount;
            }
            out() << "ratio SseClient / raw socket: "
                  << fixed(e2e.client.eventsPerSecond() / e2e.raw.eventsPerSecond(), 0, 2)
                  << " (the raw reader only counts id lines; both are paced by the gateway)\n";
        }
    }
    out() << Qt::flush;
    if (!ok)
        return 1;
    return parser.isSet(checkOption) && !goalMet ? 3 : 0;
}
