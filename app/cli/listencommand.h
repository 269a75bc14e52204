#pragma once

#include <utility>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include "clicommand.h"

class SignalWatcher;
class SseClient;

// `streamdesk-cli listen URL [--header 'Name: value']... [--last-event-id ID] [--read-timeout S]
// [--count N]`: subscribes to a server-sent events feed with SseClient and prints each event as
// one JSON line {"id", "event", "data"} on stdout, each connection change as one line on stderr.
// Exits 0 after --count events, on SIGINT/SIGTERM or when the server ends the feed (HTTP 204);
// 1 when the client stops for good on an error (4xx, wrong Content-Type, redirect refused), or
// when the first connection fails (refused, TLS, ...) unless --keep-trying; once connected,
// outages are waited out with EventSource's reconnection.
class ListenCommand final : public CliCommand {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListenCommand)

public:
    using Header = std::pair<QByteArray, QByteArray>;

    explicit ListenCommand(QObject *parent = nullptr);
    ~ListenCommand() override;

    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] QString syntax() const override;
    void addOptions(QCommandLineParser &parser) override;
    void start(const QCommandLineParser &parser) override;

    // "Name: value" (RFC 9110 token name, no CR/LF/NUL in the value). On error a message that
    // never quotes the value (it may be a credential) and an empty pair.
    [[nodiscard]] static Header parseHeader(const QString &text, QString *error);
    // One JSON object per event, keys in the order id, event, data; no trailing newline.
    [[nodiscard]] static QByteArray eventLine(const QString &id, const QString &type, const QString &data);

private:
    void onEvent(const QString &type, const QString &data, const QString &id);
    void onStateChanged(int state, const QString &text);
    void stop();

    SseClient *m_client = nullptr;
    SignalWatcher *m_signals = nullptr;
    QUrl m_url;
    qint64 m_count = 0; // 0: no limit
    qint64 m_received = 0;
    bool m_keepTrying = false;
    bool m_opened = false; // connected at least once
};
