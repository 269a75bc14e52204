#pragma once

#include <chrono>

#include <QList>
#include <QString>
#include <QUrl>

class QSettings;

// One SSE feed the console subscribes to, as the user configured it. Kept in QSettings under
// the group "feeds"; a secret header's value is never written there (only its name and the
// flag), the UI keeps it in the keychain under secretKey(). The feed's last event id lives
// beside it (feeds/<id>/lastEventId) so a restarted app resumes where it stopped.
struct FeedConfig {
    struct Header {
        QString name;
        QString value; // empty for a secret header as loaded: the value comes from the keychain
        bool secret = false;

        friend bool operator==(const Header &, const Header &) = default;
    };

    static constexpr std::chrono::milliseconds DefaultReadTimeout {45'000};

    QString id; // stable UUID without braces
    QString name;
    QUrl url;
    QList<Header> headers;
    bool enabled = true;
    std::chrono::milliseconds readTimeout = DefaultReadTimeout; // zero: no watchdog

    friend bool operator==(const FeedConfig &, const FeedConfig &) = default;

    [[nodiscard]] static QString newId();
    // The URL as views and logs may show it: no user info, no query (it may hold a token).
    [[nodiscard]] static QString safeUrl(const QUrl &url);
    // The keychain key of a secret header value: "feed/<id>/<header name>".
    [[nodiscard]] static QString secretKey(const QString &feedId, const QString &headerName);

    // All feeds in their saved order. Secret values come back empty.
    [[nodiscard]] static QList<FeedConfig> load(QSettings &settings);
    // Replaces the saved list; feeds no longer listed lose their group (and last event id).
    // Secret header values are dropped, never written.
    static void save(QSettings &settings, const QList<FeedConfig> &feeds);

    [[nodiscard]] static QString lastEventId(QSettings &settings, const QString &feedId);
    static void setLastEventId(QSettings &settings, const QString &feedId, const QString &lastEventId);
};
