#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QPointer>

#include "clicommand.h"
#include "clioptions.h"
#include "services/serverinfo.h"

class RedisConnection;
class RedisReply;

// `streamdesk-cli ping [--count N]`: connects, reads INFO server/replication, sends N PINGs one
// after the other and prints the server and the round-trip latency (min/median/max).
class PingCommand final : public CliCommand {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PingCommand)

public:
    explicit PingCommand(QObject *parent = nullptr);
    ~PingCommand() override;

    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    void start(const QCommandLineParser &parser) override;

private:
    void onStateChanged();
    void onReady();
    void onInfo(const QList<RedisReply> &replies);
    void sendPing();
    void onPong(const RedisReply &reply);
    void report();
    void stop(int exitCode, const QString &error = {});

    CliOptions::Redis m_settings;
    int m_count = 4;
    QPointer<RedisConnection> m_connection;
    ServerInfo m_info;
    QString m_infoUnavailable; // why INFO gave nothing (e.g. NOPERM); empty if it worked
    QElapsedTimer m_roundTrip;
    QList<qint64> m_latenciesNs;
    bool m_gotReady = false;
};
