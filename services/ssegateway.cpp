#include "services/ssegateway.h"

#include <algorithm>

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QTcpServer>
#include <QTcpSocket>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

#include "services/eventdecoder.h"
#include "services/httprequest.h"
#include "services/logging.h"
#include "services/redisreply.h"

using namespace Qt::StringLiterals;

namespace {

// XREAD BLOCK replies may take the whole block time; the command must not time out before.
constexpr int BlockTimeoutMarginMs = 5000;
constexpr int RetryDelayMs = 500;
constexpr int ClosingGraceMs = 5000; // to flush an error response

const QByteArray SseHeaders = "HTTP/1.1 200 OK\r\n"
                              "Content-Type: text/event-stream\r\n"
                              "Cache-Control: no-cache\r\n"
                              "Connection: keep-alive\r\n"
                              "X-Accel-Buffering: no\r\n"
                              "\r\n"_ba;
const QByteArray Heartbeat = ": heartbeat\n\n"_ba;

// A stream id in canonical "ms-seq" form, or null if the text is not one. "0" means "0-0",
// the position before the first entry.
QByteArray canonicalStreamId(const QByteArray &text)
{
    const StreamId::Parts parts = StreamId::parse(text.trimmed());
    if (!parts.valid)
        return {};
    return QByteArray::number(parts.ms) + '-' + QByteArray::number(parts.seq);
}

// An SSE field value must not contain a line end: a producer's type with a newline would
// otherwise inject fields into the stream.
QByteArray sseSafe(QByteArray value)
{
    for (char &c : value) {
        if (c == '\n' || c == '\r' || c == '\0')
            c = ' ';
    }
    return value;
}

// Closes with a reset: a plain close would leave the unsent backlog in the kernel, waiting for a
// reader that does not read, and that reader would never see the end of the stream.
void resetConnection(QTcpSocket *socket)
{
#ifdef Q_OS_UNIX
    const qintptr fd = socket->socketDescriptor();
    if (fd >= 0) {
        const linger option {1, 0};
        ::setsockopt(static_cast<int>(fd), SOL_SOCKET, SO_LINGER, &option, sizeof option);
    }
#endif
    socket->abort();
}

QString peerText(const QTcpSocket *socket)
{
    return socket->peerAddress().toString() + u':' + QString::number(socket->peerPort());
}

} // namespace

SseGateway::SseGateway(const Config &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
{
    m_heartbeat.setInterval(std::max(1, m_config.heartbeatMs));
    connect(&m_heartbeat, &QTimer::timeout, this, &SseGateway::sendHeartbeat);
    m_tailRetry.setSingleShot(true);
    m_tailRetry.setInterval(RetryDelayMs);
    connect(&m_tailRetry, &QTimer::timeout, this, [this]() {
        if (m_tailId.isEmpty())
            pinTail();
        else
            readTail();
    });
}

SseGateway::~SseGateway()
{
    stop();
}

bool SseGateway::start(QString *error)
{
    if (m_running)
        return true;
    m_server = new QTcpServer(this);
    // Connections wait in the kernel's backlog until onNewConnection() takes them.
    m_server->setMaxPendingConnections(std::max(30, std::min(m_config.maxClients, 1024)));
    m_server->setListenBacklogSize(std::max(50, std::min(m_config.maxClients, 4096))); // bursts of reconnects
    connect(m_server, &QTcpServer::newConnection, this, &SseGateway::onNewConnection);
    if (!m_server->listen(m_config.address, m_config.port)) {
        const QString text =
            tr("cannot listen on %1:%2: %3")
                .arg(m_config.address.toString(), QString::number(m_config.port), m_server->errorString());
        delete m_server;
        m_server = nullptr;
        if (error)
            *error = text;
        return false;
    }

    RedisConnection::Options options;
    options.connectTimeoutMs = m_config.redisTimeoutMs;
    options.commandTimeoutMs = m_config.redisTimeoutMs;
    options.autoReconnect = true; // a server outlives Redis restarts; clients just wait
    options.role = u"sse"_s;
    m_commands = new RedisConnection(m_config.endpoint, options, this);
    options.role = u"sse-tail"_s;
    m_blocking = new RedisConnection(m_config.endpoint, options, this);
    connect(m_commands, &RedisConnection::stateChanged, this,
        [this](RedisConnection::State, const QString &text) { Q_EMIT redisStateChanged(text); });
    for (RedisConnection *connection : {m_commands, m_blocking}) {
        connect(connection, &RedisConnection::stateChanged, this, [this, connection](RedisConnection::State state) {
            if (state == RedisConnection::State::Ready)
                m_redisWasReady = true;
            // Reconnecting before it was ever ready: the first attempt failed.
            const bool unreachable =
                m_config.failIfUnreachable && !m_redisWasReady && state == RedisConnection::State::Reconnecting;
            if ((state == RedisConnection::State::Failed || unreachable) && !m_failed && m_running) {
                m_failed = true;
                Q_EMIT failed(connection->lastError());
            }
        });
    }
    connect(m_commands, &RedisConnection::ready, this, [this]() {
        if (m_tailId.isEmpty() && !m_tailBusy)
            pinTail();
        // Clients whose page failed while Redis was away resume here.
        for (auto &[socket, client] : m_clients) {
            if (client->phase == Phase::CatchUp && !client->pageInFlight)
                continueCatchUp(*client);
        }
    });
    connect(m_blocking, &RedisConnection::ready, this, [this]() {
        if (!m_tailId.isEmpty() && !m_tailBusy && !m_tailRetry.isActive())
            readTail();
    });
    m_running = true;
    m_redisWasReady = false;
    m_failed = false;
    m_stats = {};
    m_commands->open();
    m_blocking->open();
    m_heartbeat.start();
    qCInfo(lcSse).noquote() << "SSE gateway on" << m_config.address.toString() << serverPort() << "for stream"
                            << m_config.stream;
    return true;
}

void SseGateway::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_heartbeat.stop();
    m_tailRetry.stop();
    if (m_server) {
        m_server->close();
        delete m_server;
        m_server = nullptr;
    }
    // Take the clients out first: aborting a socket emits disconnected().
    auto clients = std::move(m_clients);
    m_clients.clear();
    m_streaming = 0;
    for (auto &[socket, client] : clients) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    for (RedisConnection *connection : {m_commands, m_blocking}) {
        if (connection) {
            connection->disconnect(this);
            connection->close();
            connection->deleteLater();
        }
    }
    m_commands = nullptr;
    m_blocking = nullptr;
    m_tailId.clear();
    m_tailBusy = false;
    updateClientCount();
}

bool SseGateway::isListening() const
{
    return m_server && m_server->isListening();
}

QHostAddress SseGateway::serverAddress() const
{
    return m_server ? m_server->serverAddress() : QHostAddress();
}

quint16 SseGateway::serverPort() const
{
    return m_server ? m_server->serverPort() : 0;
}

SseGateway::Stats SseGateway::stats() const
{
    Stats stats = m_stats;
    stats.clients = m_streaming;
    stats.catchingUp = 0;
    for (const auto &[socket, client] : m_clients) {
        if (client->phase == Phase::CatchUp || client->phase == Phase::WaitingForTail)
            ++stats.catchingUp;
    }
    return stats;
}

// --- formatting --------------------------------------------------------------------------------

QByteArray SseGateway::entryJson(const StreamEntry &entry)
{
    QJsonObject object;
    for (const auto &[name, value] : entry.fields) {
        const QString key = QString::fromUtf8(name);
        if (object.contains(key))
            continue; // the first one counts, as for the decoder
        if (name == "data") {
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(value, &error);
            if (error.error == QJsonParseError::NoError && document.isObject()) {
                object.insert(key, document.object());
                continue;
            }
        }
        object.insert(key, QString::fromUtf8(value));
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray SseGateway::formatEvent(const StreamEntry &entry)
{
    const EventDecoder::Result decoded = EventDecoder::decode(entry);
    const QByteArray name = decoded.ok() ? sseSafe(decoded.event->eventName().toUtf8()) : "malformed"_ba;
    // Compact JSON escapes every control character: the data is always one line.
    return "id: "_ba + sseSafe(entry.id) + "\nevent: "_ba + name + "\ndata: "_ba + entryJson(entry) + "\n\n"_ba;
}

bool SseGateway::tokenMatches(const QByteArray &presented, const QByteArray &expected)
{
    // Digests have a fixed length, so neither the comparison time nor an early exit on length
    // tells an attacker anything about the token.
    const QByteArray a = QCryptographicHash::hash(presented, QCryptographicHash::Sha256);
    const QByteArray b = QCryptographicHash::hash(expected, QCryptographicHash::Sha256);
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

// --- connections and requests ----------------------------------------------------------------

SseGateway::Client *SseGateway::clientFor(QTcpSocket *socket)
{
    const auto it = m_clients.find(socket);
    return it == m_clients.end() ? nullptr : it->second.get();
}

void SseGateway::onNewConnection()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        if (!socket)
            break;
        // Connections still sending their request count too: a flood of idle sockets must not
        // exhaust descriptors. The margin leaves room to answer 503 to well-behaved clients.
        if (std::ssize(m_clients) >= qsizetype(m_config.maxClients) + 64) {
            ++m_stats.rejected;
            socket->abort();
            socket->deleteLater();
            continue;
        }
        socket->setParent(this);
        auto client = std::make_unique<Client>();
        client->socket = socket;
        client->peer = peerText(socket);
        m_clients.emplace(socket, std::move(client));
        connect(socket, &QTcpSocket::readyRead, this, [this, socket]() { onReadyRead(socket); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket]() { onBytesWritten(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket]() { onDisconnected(socket); });
        // A client that never finishes its request (slowloris) is closed.
        QTimer::singleShot(m_config.requestTimeoutMs, socket, [this, socket]() {
            Client *c = clientFor(socket);
            if (c && c->phase == Phase::Request)
                respondError(*c, 408, "Request Timeout"_ba, tr("The request head did not arrive in time."));
        });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void SseGateway::onReadyRead(QTcpSocket *socket)
{
    Client *client = clientFor(socket);
    if (!client)
        return;
    if (client->phase != Phase::Request) {
        socket->readAll(); // nothing more is expected from an EventSource client
        return;
    }
    client->head += socket->read(m_config.maxRequestBytes + 1 - client->head.size());
    HttpRequest request;
    switch (HttpRequest::parse(client->head, m_config.maxRequestBytes, &request)) {
    case HttpRequest::Status::Incomplete:
        if (client->head.size() > m_config.maxRequestBytes)
            respondError(*client, 431, "Request Header Fields Too Large"_ba, tr("The request head is too large."));
        return;
    case HttpRequest::Status::TooLarge:
        respondError(*client, 431, "Request Header Fields Too Large"_ba, tr("The request head is too large."));
        return;
    case HttpRequest::Status::Invalid:
        respondError(*client, 400, "Bad Request"_ba, tr("This is not an HTTP/1.1 request."));
        return;
    case HttpRequest::Status::Complete:
        client->head.clear();
        handleRequest(*client, request);
        return;
    }
}

void SseGateway::handleRequest(Client &client, const HttpRequest &request)
{
    if (request.path != "/" && request.path != "/events") {
        respondError(client, 404, "Not Found"_ba, tr("Not found: the event stream is at / and /events."));
        return;
    }
    if (request.method != "GET") {
        respondError(client, 405, "Method Not Allowed"_ba, tr("Only GET is allowed here."), {{"Allow"_ba, "GET"_ba}});
        return;
    }
    if (!m_config.token.isEmpty()) {
        const QByteArray authorization = request.header("authorization");
        // The scheme is case-insensitive (RFC 9110 11.1); the token itself is not.
        const bool bearer = authorization.size() > 7 && authorization.first(7).toLower() == "bearer ";
        if (!bearer || !tokenMatches(authorization.sliced(7).trimmed(), m_config.token.toUtf8())) {
            respondError(client, 401, "Unauthorized"_ba, tr("A valid bearer token is required."),
                {{"WWW-Authenticate"_ba, "Bearer"_ba}});
            return;
        }
    }
    if (m_streaming >= m_config.maxClients) {
        const int retrySeconds = std::max(1, (m_config.retryMs + 999) / 1000);
        respondError(client, 503, "Service Unavailable"_ba, tr("Too many clients; try again later."),
            {{"Retry-After"_ba, QByteArray::number(retrySeconds)}});
        return;
    }

    // Where to start. Last-Event-ID wins: a browser reconnects to the same URL (which may say
    // ?from=0) and adds the header, and resuming must not silently restart from the beginning.
    QByteArray resume;
    QByteArray given = request.header("last-event-id").trimmed();
    if (given.isEmpty())
        given = request.queryValue(u"lastEventId"_s).trimmed().toUtf8();
    if (!given.isEmpty()) {
        resume = canonicalStreamId(given);
        if (resume.isEmpty()) {
            respondError(client, 400, "Bad Request"_ba,
                tr("Last-Event-ID is not a stream id of the form milliseconds-sequence."));
            return;
        }
    } else {
        const QByteArray from = request.queryValue(u"from"_s).trimmed().toUtf8();
        if (!from.isEmpty() && from != "$") {
            resume = canonicalStreamId(from);
            if (resume.isEmpty()) {
                respondError(client, 400, "Bad Request"_ba, tr("from must be 0, $ or a stream id."));
                return;
            }
        }
    }
    startStream(client, resume);
}

void SseGateway::respondError(Client &client, int status, const QByteArray &reason, const QString &body,
    const QList<QPair<QByteArray, QByteArray>> &extraHeaders)
{
    ++m_stats.rejected;
    client.phase = Phase::Closing;
    const QByteArray text = body.toUtf8() + '\n';
    QByteArray response = "HTTP/1.1 "_ba + QByteArray::number(status) + ' ' + reason
        + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: "_ba + QByteArray::number(text.size())
        + "\r\nConnection: close\r\nCache-Control: no-cache\r\n"_ba;
    for (const auto &[name, value] : extraHeaders)
        response += name + ": "_ba + value + "\r\n"_ba;
    response += "\r\n"_ba + text;
    qCDebug(lcSse).noquote() << "refused" << client.peer << "with" << status;
    QTcpSocket *socket = client.socket;
    socket->write(response);
    // Closes once the response is flushed; onDisconnected() cleans up. A peer that never reads
    // it would hold the socket forever, so it is cut off after a while.
    QTimer::singleShot(ClosingGraceMs, socket, [socket]() { socket->abort(); });
    socket->disconnectFromHost();
}

void SseGateway::startStream(Client &client, const QByteArray &resumeAfter)
{
    ++m_stats.accepted;
    ++m_streaming;
    client.covered = resumeAfter; // empty: "from now on", resolved once the tail is known
    client.phase = Phase::WaitingForTail;
    qCDebug(lcSse).noquote() << "stream for" << client.peer << "after"
                             << (resumeAfter.isEmpty() ? "$"_ba : resumeAfter);
    updateClientCount();
    if (!m_tailId.isEmpty())
        beginStream(client);
}

void SseGateway::beginStream(Client &client)
{
    // The response starts only once the position is known, so "from now on" means every entry
    // added after the client saw the headers.
    client.socket->write(SseHeaders + "retry: "_ba + QByteArray::number(m_config.retryMs) + "\n\n"_ba);
    client.phase = Phase::CatchUp;
    if (client.covered.isEmpty())
        client.covered = m_tailId;
    continueCatchUp(client);
}

void SseGateway::continueCatchUp(Client &client)
{
    if (client.phase != Phase::CatchUp || client.pageInFlight)
        return;
    if (StreamId::compare(client.covered, m_tailId) >= 0) {
        goLive(client);
        return;
    }
    // Pace history by the client's drain rate: the next page waits for the previous one to be
    // mostly written (onBytesWritten() resumes), so a slow reader never piles up a backlog.
    if (client.socket->bytesToWrite() > m_config.maxBufferedBytes / 2)
        return;
    if (!m_commands || !m_commands->isReady())
        return; // the ready() handler resumes
    client.pageInFlight = true;
    const QByteArray end = m_tailId;
    QTcpSocket *socket = client.socket;
    // The range ends at the tail position as it is now: every entry up to it is already in the
    // stream, so a short page proves there is nothing more up to `end`.
    m_commands->command({"XRANGE"_ba, m_config.stream.toUtf8(), '(' + client.covered, end, "COUNT"_ba,
                            QByteArray::number(m_config.pageSize)},
        socket, [this, socket, end](const RedisReply &reply) { onPage(socket, end, reply); });
}

void SseGateway::onPage(QTcpSocket *socket, const QByteArray &end, const RedisReply &reply)
{
    Client *client = clientFor(socket);
    if (!client || client->phase != Phase::CatchUp)
        return;
    client->pageInFlight = false;
    if (reply.isError()) {
        qCWarning(lcSse).noquote() << "catch-up read for" << client->peer << "failed:" << reply.errorMessage();
        QTimer::singleShot(RetryDelayMs, socket, [this, socket]() {
            if (Client *c = clientFor(socket))
                continueCatchUp(*c);
        });
        return;
    }
    const QList<StreamEntry> entries = StreamEntry::listFromReply(reply);
    QByteArray bytes;
    for (const StreamEntry &entry : entries)
        bytes += formatEvent(entry);
    m_stats.eventsSent += entries.size();
    client->covered = entries.size() >= m_config.pageSize ? entries.constLast().id : end;
    if (!bytes.isEmpty() && !writeTo(*client, bytes)) {
        drop(socket);
        return;
    }
    continueCatchUp(*client);
}

void SseGateway::goLive(Client &client)
{
    // From here the fan-out delivers every entry after m_tailId, and covered >= m_tailId.
    client.phase = Phase::Live;
    qCDebug(lcSse).noquote() << client.peer << "caught up at" << client.covered;
}

void SseGateway::onBytesWritten(QTcpSocket *socket)
{
    Client *client = clientFor(socket);
    if (client && client->phase == Phase::CatchUp && !client->pageInFlight)
        continueCatchUp(*client);
}

void SseGateway::onDisconnected(QTcpSocket *socket)
{
    const auto it = m_clients.find(socket);
    if (it == m_clients.end())
        return;
    if (isStreaming(it->second->phase))
        --m_streaming;
    m_clients.erase(it);
    socket->deleteLater();
    updateClientCount();
}

bool SseGateway::writeTo(Client &client, const QByteArray &bytes)
{
    // The backlog it still has is what the client failed to read; the bytes about to be added
    // say nothing about its speed (one tail batch may be larger than the cap). So at most
    // cap + one write is ever buffered for a client.
    if (client.socket->bytesToWrite() > m_config.maxBufferedBytes)
        return false;
    client.socket->write(bytes);
    m_stats.peakBufferedBytes = std::max(m_stats.peakBufferedBytes, client.socket->bytesToWrite());
    return true;
}

void SseGateway::drop(QTcpSocket *socket)
{
    const auto it = m_clients.find(socket);
    if (it == m_clients.end())
        return;
    const qint64 buffered = socket->bytesToWrite();
    const QString peer = it->second->peer;
    ++m_stats.drops;
    if (isStreaming(it->second->phase))
        --m_streaming;
    qCWarning(lcSse).noquote() << "dropped" << peer << "- too slow:" << buffered << "bytes unsent";
    m_clients.erase(it);
    socket->disconnect(this);
    resetConnection(socket);
    socket->deleteLater();
    updateClientCount();
    Q_EMIT clientDropped(peer, buffered);
}

void SseGateway::updateClientCount()
{
    const int clients = m_streaming;
    if (clients == m_lastReportedClients)
        return;
    m_lastReportedClients = clients;
    Q_EMIT clientsChanged(clients);
}

void SseGateway::sendHeartbeat()
{
    QList<QTcpSocket *> slow;
    for (auto &[socket, client] : m_clients) {
        if (client->phase != Phase::CatchUp && client->phase != Phase::Live)
            continue; // no response headers yet, or not a stream
        if (!writeTo(*client, Heartbeat))
            slow.append(socket);
    }
    for (QTcpSocket *socket : std::as_const(slow))
        drop(socket);
}

// --- the shared tail -------------------------------------------------------------------------

void SseGateway::pinTail()
{
    if (!m_running || !m_commands)
        return;
    m_tailBusy = true;
    // "$" would skip entries added between two reads: pin it to the current last id once.
    m_commands->command({"XREVRANGE"_ba, m_config.stream.toUtf8(), "+"_ba, "-"_ba, "COUNT"_ba, "1"_ba}, this,
        [this](const RedisReply &reply) {
            m_tailBusy = false;
            if (reply.isError()) {
                retryTailLater(reply);
                return;
            }
            const QList<StreamEntry> last = StreamEntry::listFromReply(reply);
            m_tailId = last.isEmpty() ? "0-0"_ba : last.constFirst().id;
            qCDebug(lcSse).noquote() << "tail pinned at" << m_tailId;
            QList<QTcpSocket *> waiting;
            for (const auto &[socket, client] : m_clients) {
                if (client->phase == Phase::WaitingForTail)
                    waiting.append(socket);
            }
            for (QTcpSocket *socket : std::as_const(waiting)) {
                if (Client *c = clientFor(socket))
                    beginStream(*c);
            }
            Q_EMIT ready();
            readTail();
        });
}

void SseGateway::readTail()
{
    if (!m_running || !m_blocking || m_tailBusy || m_tailId.isEmpty())
        return;
    if (!m_blocking->isReady())
        return; // its ready() handler resumes
    m_tailBusy = true;
    m_blocking->command(
        {"XREAD"_ba, "COUNT"_ba, QByteArray::number(m_config.tailCount), "BLOCK"_ba,
            QByteArray::number(m_config.blockMs), "STREAMS"_ba, m_config.stream.toUtf8(), m_tailId},
        this, [this](const RedisReply &reply) { onTail(reply); }, m_config.blockMs + BlockTimeoutMarginMs);
}

void SseGateway::onTail(const RedisReply &reply)
{
    m_tailBusy = false;
    if (reply.isError()) {
        retryTailLater(reply);
        return;
    }
    const QList<StreamEntry> entries = StreamEntry::fromReadReply(reply);
    if (!entries.isEmpty()) {
        fanOut(entries);
        m_tailId = entries.constLast().id;
    }
    readTail();
}

void SseGateway::retryTailLater(const RedisReply &reply)
{
    if (!m_running)
        return;
    if (reply.errorCode() == "WRONGTYPE") {
        // Another kind of key never becomes a stream by waiting: clients would wait for ever.
        if (!m_failed) {
            m_failed = true;
            Q_EMIT failed(tr("%1 is not a stream: %2").arg(m_config.stream, reply.errorMessage()));
        }
        return;
    }
    // A command-line gateway whose first read is refused (NOPERM, NOAUTH) would serve nothing,
    // silently, for ever: it fails as an unreachable server does. A server still loading or busy
    // is waited for.
    static const QList<QByteArray> transient {"LOADING", "BUSY", "TRYAGAIN", "MASTERDOWN"};
    if (m_config.failIfUnreachable && m_tailId.isEmpty() && reply.errorKind() == RedisReply::ErrorKind::Server
        && !transient.contains(reply.errorCode())) {
        if (!m_failed) {
            m_failed = true;
            Q_EMIT failed(tr("cannot read %1: %2").arg(m_config.stream, reply.errorMessage()));
        }
        return;
    }
    qCWarning(lcSse).noquote() << "tail read failed, retrying:" << reply.errorMessage();
    m_tailRetry.start();
}

void SseGateway::fanOut(const QList<StreamEntry> &entries)
{
    // Each event is formatted once, and one concatenation serves every client that needs the
    // whole batch (all of them, except one that joined with a position inside it).
    QList<QByteArray> events;
    events.reserve(entries.size());
    QByteArray all;
    for (const StreamEntry &entry : entries) {
        events.append(formatEvent(entry));
        all += events.constLast();
    }
    const QByteArray &first = entries.constFirst().id;
    QList<QTcpSocket *> slow;
    for (auto &[socket, client] : m_clients) {
        if (client->phase != Phase::Live)
            continue;
        qsizetype sent = 0;
        if (StreamId::compare(client->covered, first) < 0) {
            if (!writeTo(*client, all))
                slow.append(socket);
            sent = entries.size();
        } else {
            QByteArray part;
            for (qsizetype i = 0; i < entries.size(); ++i) {
                if (StreamId::compare(entries.at(i).id, client->covered) > 0) {
                    part += events.at(i);
                    ++sent;
                }
            }
            if (!part.isEmpty() && !writeTo(*client, part))
                slow.append(socket);
        }
        m_stats.eventsSent += sent;
        if (sent > 0)
            client->covered = entries.constLast().id;
    }
    for (QTcpSocket *socket : std::as_const(slow))
        drop(socket);
}
