#pragma once

#include "clicommand.h"
#include "clioptions.h"

class StreamMonitor;
struct StreamInfo;

// `streamdesk-cli info`: XINFO STREAM, GROUPS and CONSUMERS of the change stream, as text or JSON.
class InfoCommand final : public CliCommand {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InfoCommand)

public:
    explicit InfoCommand(QObject *parent = nullptr);
    ~InfoCommand() override;

    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    void start(const QCommandLineParser &parser) override;

private:
    void onSampled(const StreamInfo &info);

    StreamMonitor *m_monitor = nullptr;
    bool m_json = false;
};
