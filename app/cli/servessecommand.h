#pragma once

#include <QHostAddress>

#include "clicommand.h"

class SignalWatcher;
class SseGateway;

// `streamdesk-cli serve-sse --listen 127.0.0.1:PORT [--stream KEY] [--token T] [--max-clients N]
// [--heartbeat S]`: serves the change stream to EventSource clients (SseGateway) until SIGINT or
// SIGTERM. Status lines on stderr, a one-line summary on exit.
class ServeSseCommand final : public CliCommand {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServeSseCommand)

public:
    explicit ServeSseCommand(QObject *parent = nullptr);
    ~ServeSseCommand() override;

    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    void start(const QCommandLineParser &parser) override;

    struct ListenAddress {
        QHostAddress address;
        quint16 port = 0;
    };
    // "127.0.0.1:8080", "[::1]:8080", "localhost:8080", ":8080" or "8080" (loopback); empty
    // error on success.
    [[nodiscard]] static ListenAddress parseListen(const QString &text, QString *error);

private:
    void requestStop();

    SseGateway *m_gateway = nullptr;
    SignalWatcher *m_signals = nullptr;
    QString m_lastRedisState;
    bool m_serving = false; // Redis answered and the tail is pinned: "listening on" was printed
};
