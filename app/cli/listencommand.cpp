#include "listencommand.h"

#include <chrono>
#include <limits>

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>
#include <QTextStream>

#include "cliconsole.h"
#include "clioptions.h"
#include "services/safetext.h"
#include "services/signalwatcher.h"
#include "services/sseclient.h"

using namespace Qt::StringLiterals;

namespace {

const QString kHeader = u"header"_s;
const QString kLastEventId = u"last-event-id"_s;
const QString kReadTimeout = u"read-timeout"_s;
const QString kCount = u"count"_s;
const QString kKeepTrying = u"keep-trying"_s;

constexpr double kMaxReadTimeoutSeconds = 86400;
// Shorter header values are not worth masking: "***" in place of "1" would garble every
// diagnostic that contains the digit (HTTP 401, ...).
constexpr qsizetype kMinSecretLength = 4;

// RFC 9110 tchar.
bool isTokenChar(QChar c)
{
    if (c.unicode() > 0x7e || c.unicode() <= 0x20)
        return false;
    return c.isLetterOrNumber() || u"!#$%&'*+-.^_`|~"_s.contains(c);
}

QByteArray jsonString(const QString &text)
{
    // QJsonDocument only serialises arrays and objects: ["..."] minus the brackets.
    const QByteArray array = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

// Userinfo, query and fragment may carry a token: never shown.
QString displayUrl(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

void statusLine(const QString &text)
{
    CliConsole::out().flush(); // keep stdout and stderr in order on a shared terminal
    // Server-supplied text (a reason phrase, a Content-Type) may echo a secret header back.
    QTextStream(stderr) << CliConsole::mask(text) << Qt::endl;
}

} // namespace

ListenCommand::ListenCommand(QObject *parent)
    : CliCommand(parent)
{
}

ListenCommand::~ListenCommand() = default;

QString ListenCommand::name() const
{
    return u"listen"_s;
}

QString ListenCommand::description() const
{
    return tr("Subscribe to a Server-Sent Events feed and print each event as one JSON line.");
}

QString ListenCommand::syntax() const
{
    return tr("URL [options]");
}

void ListenCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"URL"_s, tr("The feed, an http:// or https:// URL."), tr("URL"));
    parser.addOption({kHeader,
        tr("Extra request header, e.g. 'Authorization: Bearer TOKEN' (repeatable; values are never printed). "
           "@FILE reads one header per line from FILE, out of sight of ps."),
        tr("'NAME: VALUE'")});
    parser.addOption({kLastEventId, tr("Resume after this event id (sent as Last-Event-ID)."), tr("ID")});
    parser.addOption({kReadTimeout,
        tr("Reconnect when no byte arrives for this long (default: %1; 0 disables).")
            .arg(std::chrono::duration_cast<std::chrono::seconds>(SseClient::DefaultReadTimeout).count()),
        tr("SECONDS")});
    parser.addOption({kCount, tr("Exit after this many events (default: run until stopped)."), tr("N")});
    parser.addOption({kKeepTrying,
        tr("Keep retrying when the feed cannot be reached at the start (default: exit 1; once connected, "
           "outages are always waited out).")});
}

ListenCommand::Header ListenCommand::parseHeader(const QString &text, QString *error)
{
    const qsizetype colon = text.indexOf(u':');
    const QString name = colon < 0 ? QString() : text.left(colon);
    bool nameOk = !name.isEmpty();
    for (const QChar c : name)
        nameOk = nameOk && isTokenChar(c);
    if (!nameOk) {
        *error = tr("--header must be 'Name: value' with a name made of letters, digits and !#$%&'*+-.^_`|~");
        return {};
    }
    const QString value = text.mid(colon + 1).trimmed();
    if (value.contains(u'\r') || value.contains(u'\n') || value.contains(QChar(0))) {
        *error = tr("--header %1: the value must not contain line breaks").arg(name);
        return {};
    }
    error->clear();
    return {name.toLatin1(), value.toUtf8()};
}

QByteArray ListenCommand::eventLine(const QString &id, const QString &type, const QString &data)
{
    return "{\"id\":" + jsonString(id) + ",\"event\":" + jsonString(type) + ",\"data\":" + jsonString(data) + '}';
}

void ListenCommand::start(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        fail(ExitUsage, tr("'listen' takes exactly one URL, e.g. streamdesk-cli listen http://127.0.0.1:8080/events"));
        return;
    }
    m_url = QUrl(positional.constFirst(), QUrl::StrictMode);
    if (!m_url.password().isEmpty())
        addSecret(m_url.password());
    const QString scheme = m_url.scheme().toLower();
    // QUrl only says "invalid" (and its own message quotes the URL, secrets included): a port
    // out of range is the usual reason worth naming.
    static const QRegularExpression portPattern(
        u"^[A-Za-z][A-Za-z0-9+.-]*://(?:[^@/?#]*@)?(?:\\[[^\\]]*\\]|[^:/?#]*):(\\d+)(?:[/?#]|$)"_s);
    if (const QRegularExpressionMatch port = portPattern.match(positional.constFirst()); port.hasMatch()
        && (port.captured(1).size() > 5 || port.captured(1).toInt() > 65535 || port.captured(1).toInt() == 0)) {
        fail(ExitUsage, tr("the feed's port must be from 1 to 65535, not %1").arg(port.captured(1)));
        return;
    }
    if (!m_url.isValid() || (scheme != "http"_L1 && scheme != "https"_L1) || m_url.host().isEmpty()) {
        // Not echoed: it might hold a token in its query or userinfo.
        fail(ExitUsage, tr("the feed must be an http:// or https:// URL with a host"));
        return;
    }

    // EventSource sends no credentials from the URL (fetch refuses such URLs): say so rather
    // than connect without them.
    if (!m_url.userInfo().isEmpty())
        CliConsole::warning(tr("the user and password in the URL are not sent; pass them with --header "
                               "\"Authorization: ...\" instead"));
    // Each --header, or each line of an @FILE (blank lines and # comments skipped), with where
    // it came from for an error.
    QList<std::pair<QString, QString>> headerTexts;
    for (const QString &text : parser.values(kHeader)) {
        if (!text.startsWith(u'@')) {
            headerTexts.append({text, QString()});
            continue;
        }
        const QString path = text.mid(1);
        QFile file(path);
        if (path.isEmpty() || !file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            fail(ExitUsage,
                tr("cannot read the --header file '%1': %2")
                    .arg(path, path.isEmpty() ? tr("no file name after @") : file.errorString()));
            return;
        }
        // Not UTF-8 (a token saved in another encoding): sent with U+FFFD in place of its bytes,
        // it would be a wrong credential with nothing said.
        const QByteArray bytes = file.readAll();
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = utf8(bytes);
        if (utf8.hasError()) {
            fail(ExitUsage, tr("the --header file '%1' is not UTF-8 text").arg(path));
            return;
        }
        const QStringList lines = decoded.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString line = lines.at(i).trimmed();
            if (!line.isEmpty() && !line.startsWith(u'#'))
                headerTexts.append({line, tr("%1, line %2: ").arg(path).arg(i + 1)});
        }
    }
    QList<SseClient::Header> headers;
    for (const auto &[text, where] : std::as_const(headerTexts)) {
        QString error;
        const Header header = parseHeader(text, &error);
        if (!error.isEmpty()) {
            fail(ExitUsage, where + error);
            return;
        }
        // Masked in any diagnostic, whichever layer writes it; credentials also on their own.
        const QString value = QString::fromUtf8(header.second);
        const QString credentials = value.section(u' ', 1).trimmed();
        for (const QString &secret : {value, credentials}) {
            if (secret.size() >= kMinSecretLength)
                addSecret(secret);
        }
        headers.append(header);
    }

    auto readTimeout = std::chrono::milliseconds(SseClient::DefaultReadTimeout);
    if (parser.isSet(kReadTimeout)) {
        bool ok = false;
        const double seconds = parser.value(kReadTimeout).toDouble(&ok);
        if (!ok || !(seconds >= 0 && seconds <= kMaxReadTimeoutSeconds)) {
            fail(ExitUsage,
                tr("--read-timeout must be a number of seconds from 0 to %1, not '%2'")
                    .arg(kMaxReadTimeoutSeconds)
                    .arg(parser.value(kReadTimeout)));
            return;
        }
        readTimeout = std::chrono::milliseconds(qint64(seconds * 1000));
    }
    if (parser.isSet(kCount)) {
        const auto count = CliOptions::integer(parser, kCount, 1, std::numeric_limits<int>::max());
        if (const auto *e = std::get_if<CliOptions::Error>(&count)) {
            fail(e->exitCode, e->message);
            return;
        }
        m_count = std::get<int>(count);
    }

    m_keepTrying = parser.isSet(kKeepTrying);
    m_client = new SseClient(this);
    m_client->setUrl(m_url);
    m_client->setHeaders(headers);
    m_client->setReadTimeout(readTimeout);
    // Refused by the client when it would break the request's header into two.
    if (parser.isSet(kLastEventId) && !m_client->setLastEventId(parser.value(kLastEventId))) {
        fail(ExitUsage, tr("--last-event-id must not contain line breaks or NUL characters"));
        return;
    }
    connect(m_client, &SseClient::eventReceived, this, &ListenCommand::onEvent);
    connect(m_client, &SseClient::stateChanged, this,
        [this](SseClient::State state, const QString &text) { onStateChanged(int(state), text); });
    m_signals = new SignalWatcher(this);
    connect(m_signals, &SignalWatcher::terminationRequested, this, &ListenCommand::stop);
    m_client->start();
}

void ListenCommand::onEvent(const QString &type, const QString &data, const QString &id)
{
    if (isFinished())
        return;
    CliConsole::out() << eventLine(id, type, data) << '\n' << Qt::flush;
    ++m_received;
    if (m_count > 0 && m_received >= m_count) {
        succeed(); // first: the Closed state that close() reports is then not a failure
        m_client->close();
    }
}

void ListenCommand::onStateChanged(int state, const QString &text)
{
    if (isFinished())
        return;
    switch (SseClient::State(state)) {
    case SseClient::State::Connecting: {
        // A hop to another origin, where the headers are not sent: said, or a 401 there reads as
        // a bad token.
        if (!m_client->headersWithheldFrom().isEmpty()) {
            statusLine(text);
            break;
        }
        const QString lastId = m_client->lastEventId();
        statusLine(lastId.isEmpty() ? tr("connecting to %1").arg(displayUrl(m_url))
                                    : tr("connecting to %1 (Last-Event-ID: %2)")
                                          .arg(displayUrl(m_url), SafeText::oneLine(lastId))); // the server's text
        break;
    }
    case SseClient::State::Open:
        m_opened = true;
        statusLine(text);
        break;
    case SseClient::State::Reconnecting:
        // As `process` and `serve-sse`: a feed that was never reached is most likely a wrong URL,
        // port or token, which waiting will not fix.
        if (!m_opened && !m_keepTrying) {
            // Waiting cures a server that is not up yet, not a TLS mismatch: no hint then.
            fail(ExitFailure,
                m_client->lastErrorIsTls() ? tr("cannot reach %1: %2").arg(displayUrl(m_url), m_client->lastError())
                                           : tr("cannot reach %1: %2; pass --keep-trying to wait for it")
                                                 .arg(displayUrl(m_url), m_client->lastError()));
            m_client->close();
            return;
        }
        statusLine(tr("%1; %2").arg(m_client->lastError(), text));
        break;
    case SseClient::State::Closed: {
        // Only the client closes here (stop() and --count finish first). The text is the one
        // SseClient::acceptResponse() writes for HTTP 204, the server's "stop for good".
        const QString ended =
            QCoreApplication::translate("SseClient", "the server asked the client to stop (HTTP 204)");
        if (m_client->lastError() == ended) {
            statusLine(tr("the server ended the feed (HTTP 204) after %n event(s)", nullptr, int(m_received)));
            succeed();
            return;
        }
        // Named like "cannot reach": the feed's URL, then what its server said.
        fail(ExitFailure, tr("cannot listen to %1: %2").arg(displayUrl(m_url), m_client->lastError()));
        break;
    }
    case SseClient::State::Idle:
        break;
    }
}

void ListenCommand::stop()
{
    if (isFinished() || !m_client)
        return;
    statusLine(tr("stopped: %n event(s) received", nullptr, int(m_received)));
    succeed();
    m_client->close();
}
