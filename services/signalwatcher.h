#pragma once

#include <QObject>

class QSocketNotifier;

// Turns SIGINT and SIGTERM into a Qt signal (self-pipe trick): a signal handler may only write
// to a file descriptor, the event loop does the rest. Used for graceful stops of long CLI
// commands, and by the GUI so Ctrl+C in its terminal still stops the sandbox and removes its data.
class SignalWatcher final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    void onActivated();

    QSocketNotifier *m_notifier = nullptr;
};
