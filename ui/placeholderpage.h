#pragma once

#include <QWidget>

class ConnectionSummaryWidget;
class RedisConnection;
class ServerMonitor;

// Stands in for a view a later release adds: says what it will show and, meanwhile, the
// connection summary, so the page is useful rather than blank.
class PlaceholderPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceholderPage)

public:
    // planned: short lines, each one thing the page will offer.
    PlaceholderPage(const QIcon &icon, const QString &title, const QString &description, const QStringList &planned,
        QWidget *parent = nullptr);

    void setConnection(RedisConnection *connection, ServerMonitor *monitor, const QString &displayName);

    [[nodiscard]] QString title() const { return m_title; }
    [[nodiscard]] ConnectionSummaryWidget *summary() const { return m_summary; }

private:
    QString m_title;
    ConnectionSummaryWidget *m_summary = nullptr;
};
