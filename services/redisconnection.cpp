#include "services/redisconnection.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslKey>
#include <QSslSocket>
#include <QSysInfo>
#include <QTcpSocket>

#include "services/logging.h"
#include "services/tlserrortext.h"

namespace {

// Timeouts are checked on a coarse tick: a per-command timer would cost more than the
// command itself at pipeline rates, and timeouts are seconds long anyway.
constexpr int TimeoutTickMs = 250;

QByteArray sanitizedHostName()
{
    // CLIENT SETNAME rejects spaces and newlines; keep the name readable in CLIENT LIST.
    QByteArray host = QSysInfo::machineHostName().toUtf8();
    for (char &c : host) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
            || c == '.' || c == '_';
        if (!ok)
            c = '-';
    }
    return host.isEmpty() ? QByteArrayLiteral("unknown") : host;
}

bool isPushKind(const QByteArray &kind)
{
    return kind == "message" || kind == "pmessage" || kind == "subscribe" || kind == "unsubscribe"
        || kind == "psubscribe" || kind == "punsubscribe";
}

} // namespace

RedisConnection::RedisConnection(const RedisEndpoint &endpoint, QObject *parent)
    : RedisConnection(endpoint, Options {}, parent)
{
}

RedisConnection::RedisConnection(const RedisEndpoint &endpoint, const Options &options, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_options(options)
{
    // Member timers are parented so moveToThread() takes them along.
    for (QTimer *timer : {&m_connectTimer, &m_reconnectTimer, &m_timeoutTimer})
        timer->setParent(this);
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, &RedisConnection::onConnectTimeout);
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &RedisConnection::startConnect);
    m_timeoutTimer.setInterval(TimeoutTickMs);
    connect(&m_timeoutTimer, &QTimer::timeout, this, &RedisConnection::onTimeoutTick);
    m_clock.start();
}

RedisConnection::~RedisConnection()
{
    // Waiting code gets an answer, but nothing may call back into a half-destroyed object:
    // the state is final before the callbacks run.
    m_userClosed = true;
    m_state = State::Disconnected;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    failAll(RedisReply::ErrorKind::Connection, tr("the connection was closed"));
}

void RedisConnection::open()
{
    m_userClosed = false;
    if (m_state == State::Connecting || m_state == State::Ready)
        return;
    m_attempt = 0;
    startConnect();
}

void RedisConnection::close()
{
    m_userClosed = true;
    m_reconnectTimer.stop();
    m_connectTimer.stop();
    m_timeoutTimer.stop();
    if (m_socket) {
        QAbstractSocket *socket = std::exchange(m_socket, nullptr);
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    m_handshaking = false;
    m_pushExpected = 0;
    m_reader.reset();
    setState(State::Disconnected);
    failAll(RedisReply::ErrorKind::Connection, tr("the connection was closed"));
}

QString RedisConnection::clientName() const
{
    return QStringLiteral("streamdesk-") + m_options.role + QLatin1Char('-') + QString::fromUtf8(sanitizedHostName());
}

int RedisConnection::reconnectDelayMs() const
{
    return m_reconnectTimer.isActive() ? m_reconnectTimer.remainingTime() : -1;
}

QString RedisConnection::stateText() const
{
    switch (m_state) {
    case State::Disconnected:
        return tr("disconnected");
    case State::Connecting:
        return tr("connecting to %1").arg(m_endpoint.address());
    case State::Ready:
        return tr("connected to %1").arg(m_endpoint.address());
    case State::Reconnecting: {
        const int seconds = (std::max(reconnectDelayMs(), 0) + 999) / 1000;
        return tr("reconnecting in %n s: %1", nullptr, seconds).arg(m_lastError);
    }
    case State::Failed:
        return tr("failed: %1").arg(m_lastError);
    }
    return {};
}

qsizetype RedisConnection::pendingCount() const
{
    qsizetype count = qsizetype(m_inFlight.size());
    for (const Queued &queued : m_queued)
        count += qsizetype(queued.pendings.size());
    return count;
}

void RedisConnection::setState(State state, const QString &error)
{
    if (!error.isEmpty())
        m_lastError = error;
    m_state = state;
    const QString text = stateText();
    if (state == State::Failed || state == State::Reconnecting)
        qCWarning(lcRedis).noquote() << m_endpoint.toSafeUrl() << text;
    else
        qCDebug(lcRedis).noquote() << m_endpoint.toSafeUrl() << text;
    Q_EMIT stateChanged(state, text);
    if (state == State::Ready)
        Q_EMIT ready();
}

// --- connecting ---------------------------------------------------------------------------

void RedisConnection::startConnect()
{
    m_reconnectTimer.stop();
    if (m_socket) {
        QAbstractSocket *old = std::exchange(m_socket, nullptr);
        old->disconnect(this);
        old->abort();
        old->deleteLater();
    }
    m_reader.reset();
    m_handshaking = false;
    m_pushExpected = 0;
    m_tlsError.clear();

    if (m_endpoint.tls) {
        auto *ssl = new QSslSocket(this);
        QString error;
        if (!configureTls(ssl, &error)) {
            delete ssl;
            // A bad CA or key file will not fix itself: fail for good.
            setState(State::Failed, error);
            failAll(RedisReply::ErrorKind::Tls, error);
            return;
        }
        connect(ssl, &QSslSocket::encrypted, this, &RedisConnection::onConnected);
        connect(ssl, &QSslSocket::sslErrors, this, &RedisConnection::onSslErrors);
        m_socket = ssl;
    } else {
        m_socket = new QTcpSocket(this);
        connect(m_socket, &QAbstractSocket::connected, this, &RedisConnection::onConnected);
    }
    connect(m_socket, &QIODevice::readyRead, this, &RedisConnection::onReadyRead);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &RedisConnection::onSocketError);
    connect(m_socket, &QAbstractSocket::disconnected, this, &RedisConnection::onDisconnected);

    setState(State::Connecting);
    // The connect timer also covers TLS and the handshake: a server that accepts the TCP
    // connection but never answers AUTH is as unreachable as one that never accepts.
    if (m_options.connectTimeoutMs > 0)
        m_connectTimer.start(m_options.connectTimeoutMs);

    // Last statement: Qt may report some errors synchronously from here.
    if (auto *ssl = qobject_cast<QSslSocket *>(m_socket))
        ssl->connectToHostEncrypted(m_endpoint.host, m_endpoint.port, m_endpoint.verifyName());
    else
        m_socket->connectToHost(m_endpoint.host, m_endpoint.port);
}

bool RedisConnection::configureTls(QSslSocket *socket, QString *error) const
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    if (!m_endpoint.caFile.isEmpty()) {
        const QList<QSslCertificate> cas = QSslCertificate::fromPath(m_endpoint.caFile, QSsl::Pem);
        if (cas.isEmpty()) {
            *error = tr("cannot read a CA certificate from %1").arg(m_endpoint.caFile);
            return false;
        }
        // A private CA replaces the system bundle: the console should trust only what it was told to.
        config.setCaCertificates(cas);
    }
    if (!m_endpoint.certFile.isEmpty() || !m_endpoint.keyFile.isEmpty()) {
        if (m_endpoint.certFile.isEmpty() || m_endpoint.keyFile.isEmpty()) {
            *error = tr("a TLS client certificate needs both the certificate file and the key file");
            return false;
        }
        const QList<QSslCertificate> certs = QSslCertificate::fromPath(m_endpoint.certFile, QSsl::Pem);
        if (certs.isEmpty()) {
            *error = tr("cannot read a client certificate from %1").arg(m_endpoint.certFile);
            return false;
        }
        QFile keyFile(m_endpoint.keyFile);
        if (!keyFile.open(QIODevice::ReadOnly)) {
            *error = tr("cannot read the client key %1: %2").arg(m_endpoint.keyFile, keyFile.errorString());
            return false;
        }
        const QByteArray pem = keyFile.readAll();
        QSslKey key(pem, QSsl::Rsa);
        if (key.isNull())
            key = QSslKey(pem, QSsl::Ec);
        if (key.isNull()) {
            *error = tr("%1 is not an unencrypted RSA or EC private key in PEM format").arg(m_endpoint.keyFile);
            return false;
        }
        config.setLocalCertificate(certs.constFirst());
        config.setPrivateKey(key);
    }
    if (m_endpoint.tlsInsecure) {
        qCWarning(lcRedis).noquote() << tr("TLS certificate verification is turned off for %1: the connection "
                                           "is encrypted but the server is not authenticated")
                                            .arg(m_endpoint.address());
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
    } else {
        config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    }
    socket->setSslConfiguration(config);
    socket->setPeerVerifyName(m_endpoint.verifyName());
    return true;
}

void RedisConnection::onSslErrors(const QList<QSslError> &errors)
{
    bool untrusted = false;
    bool hostMismatch = false;
    for (const QSslError &e : errors) {
        switch (e.error()) {
        case QSslError::HostNameMismatch:
            hostMismatch = true;
            break;
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
            untrusted = true;
            break;
        default:
            break;
        }
    }
    // Qt aborts the handshake after this slot unless errors are ignored; the reason is
    // reported from onSocketError, where the connection is torn down.
    if (untrusted)
        m_tlsError = tr("TLS: the certificate of %1 is not trusted (%2); give the CA file that signed it")
                         .arg(m_endpoint.address(), errors.constFirst().errorString());
    else if (hostMismatch)
        m_tlsError = tr("TLS: the certificate of %1 is not valid for the host name '%2'")
                         .arg(m_endpoint.address(), m_endpoint.verifyName());
    else if (!errors.isEmpty())
        m_tlsError = tr("TLS: %1").arg(errors.constFirst().errorString());
}

void RedisConnection::onConnected()
{
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_socket->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
    sendHandshake();
}

void RedisConnection::sendHandshake()
{
    m_handshaking = true;
    QByteArray bytes;
    const auto add = [&](Step step, const RespWriter::Command &args) {
        RespWriter::append(bytes, args);
        Pending p;
        p.callback = [this, step](const RedisReply &reply) { handshakeReply(step, reply); };
        p.context = this;
        p.hasContext = true;
        m_inFlight.push_back(std::move(p));
    };
    if (!m_endpoint.password.isEmpty()) {
        if (m_endpoint.user.isEmpty())
            add(Step::Auth, {QByteArrayLiteral("AUTH"), m_endpoint.password.toUtf8()});
        else
            add(Step::Auth, {QByteArrayLiteral("AUTH"), m_endpoint.user.toUtf8(), m_endpoint.password.toUtf8()});
    }
    if (m_endpoint.database != 0)
        add(Step::Select, {QByteArrayLiteral("SELECT"), QByteArray::number(m_endpoint.database)});
    add(Step::SetName, {QByteArrayLiteral("CLIENT"), QByteArrayLiteral("SETNAME"), clientName().toUtf8()});
    m_socket->write(bytes);
}

void RedisConnection::handshakeReply(Step step, const RedisReply &reply)
{
    if (reply.isError() && reply.errorKind() != RedisReply::ErrorKind::Server)
        return; // the connection already went down; dropConnection() reported why
    if (reply.isError()) {
        const QByteArray code = reply.errorCode();
        switch (step) {
        case Step::Auth:
            dropConnection(RedisReply::ErrorKind::Auth,
                tr("authentication failed for user '%1': %2")
                    .arg(m_endpoint.user.isEmpty() ? QStringLiteral("default") : m_endpoint.user, reply.errorMessage()),
                false);
            return;
        case Step::Select:
            dropConnection(RedisReply::ErrorKind::Server,
                tr("cannot select database %1: %2").arg(m_endpoint.database).arg(reply.errorMessage()), false);
            return;
        case Step::SetName:
            if (code == "NOAUTH") {
                dropConnection(RedisReply::ErrorKind::Auth,
                    tr("the server requires a password: %1").arg(reply.errorMessage()), false);
                return;
            }
            // A restricted ACL user may not run CLIENT: the console still works without a name.
            qCWarning(lcRedis).noquote() << tr("cannot set the client name: %1").arg(reply.errorMessage());
            break;
        }
    }
    if (step == Step::SetName)
        becomeReady();
}

void RedisConnection::becomeReady()
{
    m_connectTimer.stop();
    m_handshaking = false;
    m_attempt = 0;
    m_lastError.clear();

    QByteArray bytes;
    for (Queued &queued : m_queued) {
        bytes += queued.bytes;
        for (Pending &p : queued.pendings)
            m_inFlight.push_back(std::move(p));
    }
    m_queued.clear();
    if (!bytes.isEmpty())
        m_socket->write(bytes);
    m_state = State::Ready; // subscriptions are written only when ready; listeners hear it below
    restoreSubscriptions();
    m_timeoutTimer.start();
    setState(State::Ready);
}

// --- commands -----------------------------------------------------------------------------

RedisConnection::Pending RedisConnection::makePending(QObject *context, ReplyCallback &&callback, int timeoutMs) const
{
    Pending p;
    p.callback = std::move(callback);
    p.context = context;
    p.hasContext = context != nullptr;
    const int timeout = timeoutMs < 0 ? m_options.commandTimeoutMs : timeoutMs;
    p.deadline = timeout > 0 ? m_clock.elapsed() + timeout : 0;
    return p;
}

void RedisConnection::command(const RespWriter::Command &args, QObject *context, ReplyCallback callback, int timeoutMs)
{
    std::vector<Pending> pendings;
    pendings.push_back(makePending(context, std::move(callback), timeoutMs));
    if (m_state == State::Ready && !m_handshaking) {
        // Hot path: no allocation beyond what the socket's write buffer does.
        m_scratch.clear();
        RespWriter::append(m_scratch, args);
        m_socket->write(m_scratch);
        m_inFlight.push_back(std::move(pendings.front()));
        return;
    }
    submit(RespWriter::encode(args), std::move(pendings));
}

void RedisConnection::batch(
    const QList<RespWriter::Command> &commands, QObject *context, BatchCallback callback, int timeoutMs)
{
    struct BatchState {
        QList<RedisReply> replies;
        qsizetype remaining = 0;
        BatchCallback callback;
        QPointer<QObject> context;
        bool hasContext = false;
    };
    auto state = std::make_shared<BatchState>();
    state->replies.resize(commands.size());
    state->remaining = commands.size();
    state->callback = std::move(callback);
    state->context = context;
    state->hasContext = context != nullptr;

    if (commands.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [state] {
                if (!state->hasContext || state->context)
                    state->callback({});
            },
            Qt::QueuedConnection);
        return;
    }

    QByteArray bytes;
    std::vector<Pending> pendings;
    pendings.reserve(size_t(commands.size()));
    for (qsizetype i = 0; i < commands.size(); ++i) {
        RespWriter::append(bytes, commands.at(i));
        // Each reply lands in its slot; the context is checked once, when the batch is complete.
        pendings.push_back(makePending(
            nullptr,
            [state, i](const RedisReply &reply) {
                state->replies[i] = reply;
                if (--state->remaining == 0 && (!state->hasContext || state->context))
                    state->callback(state->replies);
            },
            timeoutMs));
    }
    submit(bytes, std::move(pendings));
}

void RedisConnection::submit(const QByteArray &bytes, std::vector<Pending> &&pendings)
{
    if (m_state == State::Ready && !m_handshaking) {
        m_socket->write(bytes);
        for (Pending &p : pendings)
            m_inFlight.push_back(std::move(p));
    } else if (m_state == State::Connecting) {
        m_queued.push_back(Queued {bytes, std::move(pendings)});
    } else {
        failLater(std::move(pendings), RedisReply::ErrorKind::NotConnected, notConnectedText());
    }
}

void RedisConnection::failLater(std::vector<Pending> &&pendings, RedisReply::ErrorKind kind, const QString &reason)
{
    // Queued, not synchronous: a caller must never see its callback run inside command().
    const RedisReply error = RedisReply::clientError(kind, reason);
    for (Pending &p : pendings) {
        QMetaObject::invokeMethod(
            this,
            [p = std::move(p), error] {
                if ((!p.hasContext || p.context) && p.callback)
                    p.callback(error);
            },
            Qt::QueuedConnection);
    }
}

QString RedisConnection::notConnectedText() const
{
    switch (m_state) {
    case State::Reconnecting: {
        const int seconds = (std::max(reconnectDelayMs(), 0) + 999) / 1000;
        return tr("not connected to %1 (reconnecting in %n s)", nullptr, seconds).arg(m_endpoint.address());
    }
    case State::Failed:
        return tr("not connected to %1: %2").arg(m_endpoint.address(), m_lastError);
    default:
        return tr("not connected to %1").arg(m_endpoint.address());
    }
}

// --- replies ------------------------------------------------------------------------------

void RedisConnection::onReadyRead()
{
    QAbstractSocket *socket = m_socket;
    if (!socket)
        return;
    const QByteArray data = socket->readAll();
    m_reader.feed(data);
    const QPointer<RedisConnection> self(this);
    while (std::optional<RedisReply> reply = m_reader.next()) {
        dispatch(std::move(*reply));
        // A callback may have closed, reopened or destroyed this connection.
        if (!self || m_socket != socket)
            return;
    }
    if (m_reader.hasError())
        dropConnection(RedisReply::ErrorKind::Protocol,
            tr("invalid reply from %1 (%2); the connection was closed")
                .arg(m_endpoint.address(), m_reader.errorString()),
            true);
}

void RedisConnection::dispatch(RedisReply &&reply)
{
    if ((isSubscriber() || m_pushExpected > 0) && dispatchPush(reply))
        return;
    if (m_inFlight.empty()) {
        dropConnection(RedisReply::ErrorKind::Protocol,
            tr("%1 sent a reply nobody asked for; the connection was closed").arg(m_endpoint.address()), true);
        return;
    }
    Pending p = std::move(m_inFlight.front());
    m_inFlight.pop_front();
    if ((!p.hasContext || p.context) && p.callback)
        p.callback(reply);
}

bool RedisConnection::dispatchPush(const RedisReply &reply)
{
    if (!reply.isArray() || reply.size() < 3 || !reply.at(0).isString())
        return false;
    const QByteArray kind = reply.at(0).bytes();
    if (!isPushKind(kind))
        return false;
    if (kind == "message") {
        Q_EMIT message(reply.at(1).bytes(), reply.at(2).bytes(), {});
    } else if (kind == "pmessage") {
        if (reply.size() < 4)
            return false;
        Q_EMIT message(reply.at(2).bytes(), reply.at(3).bytes(), reply.at(1).bytes());
    } else if (m_pushExpected > 0) {
        --m_pushExpected; // a (un)subscribe confirmation
    }
    return true;
}

// --- pub/sub ------------------------------------------------------------------------------

void RedisConnection::writeSubscription(const QByteArray &verb, const QList<QByteArray> &names)
{
    if (names.isEmpty() || m_state != State::Ready || m_handshaking || !m_socket)
        return; // restoreSubscriptions() sends them once the handshake is done
    RespWriter::Command args {verb};
    args += names;
    m_pushExpected += int(names.size());
    m_socket->write(RespWriter::encode(args));
}

void RedisConnection::subscribe(const QList<QByteArray> &channels)
{
    QList<QByteArray> added;
    for (const QByteArray &c : channels) {
        if (!m_channels.contains(c)) {
            m_channels.insert(c);
            added << c;
        }
    }
    writeSubscription(QByteArrayLiteral("SUBSCRIBE"), added);
}

void RedisConnection::psubscribe(const QList<QByteArray> &patterns)
{
    QList<QByteArray> added;
    for (const QByteArray &p : patterns) {
        if (!m_patterns.contains(p)) {
            m_patterns.insert(p);
            added << p;
        }
    }
    writeSubscription(QByteArrayLiteral("PSUBSCRIBE"), added);
}

void RedisConnection::unsubscribe(const QList<QByteArray> &channels)
{
    QList<QByteArray> removed;
    for (const QByteArray &c : channels) {
        if (m_channels.remove(c))
            removed << c;
    }
    writeSubscription(QByteArrayLiteral("UNSUBSCRIBE"), removed);
}

void RedisConnection::punsubscribe(const QList<QByteArray> &patterns)
{
    QList<QByteArray> removed;
    for (const QByteArray &p : patterns) {
        if (m_patterns.remove(p))
            removed << p;
    }
    writeSubscription(QByteArrayLiteral("PUNSUBSCRIBE"), removed);
}

void RedisConnection::restoreSubscriptions()
{
    writeSubscription(QByteArrayLiteral("SUBSCRIBE"), m_channels.values());
    writeSubscription(QByteArrayLiteral("PSUBSCRIBE"), m_patterns.values());
}

// --- failures -----------------------------------------------------------------------------

void RedisConnection::onSocketError()
{
    if (!m_socket)
        return;
    if (!m_tlsError.isEmpty()) {
        // Certificate problems do not fix themselves with a retry.
        dropConnection(RedisReply::ErrorKind::Tls, m_tlsError, false);
        return;
    }
    const QString address = m_endpoint.address();
    switch (m_socket->error()) {
    case QAbstractSocket::ConnectionRefusedError:
        dropConnection(RedisReply::ErrorKind::Connection, tr("connection refused by %1").arg(address), true);
        break;
    case QAbstractSocket::HostNotFoundError:
        dropConnection(RedisReply::ErrorKind::Connection, tr("host %1 not found").arg(m_endpoint.host), true);
        break;
    case QAbstractSocket::RemoteHostClosedError:
        dropConnection(RedisReply::ErrorKind::Connection, tr("%1 closed the connection").arg(address), true);
        break;
    case QAbstractSocket::SslHandshakeFailedError:
        dropConnection(RedisReply::ErrorKind::Tls,
            tr("TLS handshake with %1 failed: %2").arg(address, TlsErrorText::reason(m_socket->errorString())), false);
        break;
    default:
        dropConnection(RedisReply::ErrorKind::Connection,
            tr("connection to %1 failed: %2").arg(address, m_socket->errorString()), true);
        break;
    }
}

void RedisConnection::onDisconnected()
{
    if (m_socket)
        dropConnection(
            RedisReply::ErrorKind::Connection, tr("%1 closed the connection").arg(m_endpoint.address()), true);
}

void RedisConnection::onConnectTimeout()
{
    const int seconds = (m_options.connectTimeoutMs + 999) / 1000;
    // A plain Redis takes a TLS hello for the start of an inline command and waits for its end:
    // the usual cause of a rediss:// connection that never gets anywhere.
    const auto *ssl = qobject_cast<const QSslSocket *>(m_socket);
    if (ssl && ssl->state() == QAbstractSocket::ConnectedState && !ssl->isEncrypted()) {
        dropConnection(RedisReply::ErrorKind::Timeout,
            tr("no TLS handshake from %1 within %n s; is it a plain redis:// server?", nullptr, seconds)
                .arg(m_endpoint.address()),
            true);
        return;
    }
    dropConnection(RedisReply::ErrorKind::Timeout,
        tr("no answer from %1 within %n s", nullptr, seconds).arg(m_endpoint.address()), true);
}

void RedisConnection::onTimeoutTick()
{
    if (m_inFlight.empty())
        return;
    const Pending &front = m_inFlight.front();
    if (front.deadline == 0 || m_clock.elapsed() < front.deadline)
        return;
    // A late reply would be matched to the wrong command: the only safe recovery is a new connection.
    dropConnection(RedisReply::ErrorKind::Timeout,
        tr("no reply from %1 in time; the connection was reset").arg(m_endpoint.address()), true);
}

int RedisConnection::nextBackoffMs()
{
    // Exponential backoff with "equal jitter": half fixed, half random, so a fleet of consoles
    // does not reconnect in lockstep after a server restart.
    const int shift = std::min(m_attempt, 16);
    const qint64 base = std::min<qint64>(qint64(m_options.initialBackoffMs) << shift, m_options.maxBackoffMs);
    ++m_attempt;
    const qint64 half = std::max<qint64>(base / 2, 1);
    return int(half + QRandomGenerator::global()->bounded(half + 1));
}

void RedisConnection::dropConnection(RedisReply::ErrorKind kind, const QString &reason, bool retry)
{
    m_connectTimer.stop();
    m_timeoutTimer.stop();
    if (m_socket) {
        QAbstractSocket *socket = std::exchange(m_socket, nullptr);
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    m_reader.reset();
    m_handshaking = false;
    m_pushExpected = 0;

    // The new state is set before callbacks run, so a command issued from a callback sees it.
    if (retry && m_options.autoReconnect && !m_userClosed) {
        m_reconnectTimer.start(nextBackoffMs());
        setState(State::Reconnecting, reason);
    } else {
        setState(State::Failed, reason);
    }
    failAll(kind, reason);
}

bool RedisConnection::failAll(RedisReply::ErrorKind kind, const QString &reason)
{
    const RedisReply error = RedisReply::clientError(kind, reason);
    std::deque<Pending> inFlight = std::exchange(m_inFlight, {});
    std::deque<Queued> queued = std::exchange(m_queued, {});
    const QPointer<RedisConnection> self(this);
    const auto fail = [&](Pending &p) {
        if ((!p.hasContext || p.context) && p.callback)
            p.callback(error);
    };
    for (Pending &p : inFlight) {
        fail(p);
        if (!self)
            return false;
    }
    for (Queued &q : queued) {
        for (Pending &p : q.pendings) {
            fail(p);
            if (!self)
                return false;
        }
    }
    return true;
}
