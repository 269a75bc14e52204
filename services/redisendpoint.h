#pragma once

#include <QCoreApplication>
#include <QString>

#include <variant>

// Where and how to reach a Redis server: everything redis-cli -u understands, plus TLS files.
// Parsing and formatting only; no I/O.
struct RedisEndpoint
{
    Q_DECLARE_TR_FUNCTIONS(RedisEndpoint)

public:
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 6379;
    QString user;     // ACL user; empty means "default" / password-only AUTH
    QString password; // never logged, never written to settings
    int database = 0;

    bool tls = false;
    QString caFile;     // PEM bundle to trust; empty = system CAs
    QString certFile;   // client certificate (PEM)
    QString keyFile;    // client private key (PEM)
    QString serverName; // name to verify (and SNI); empty = host
    bool tlsInsecure = false; // skip chain and host-name verification (logs a warning)

    // redis://[user[:password]@]host[:port][/db] or rediss://... Bad input gives one
    // clear, translated line that never contains the password.
    static std::variant<RedisEndpoint, QString> parse(const QString &url);

    // URL for display, settings and logs: the password is never included.
    [[nodiscard]] QString toSafeUrl() const;
    // Full URL with the password percent-encoded (only for handing to a child process).
    [[nodiscard]] QString toUrlWithPassword() const;
    // host:port, with brackets around IPv6 literals.
    [[nodiscard]] QString address() const;
    [[nodiscard]] QString verifyName() const { return serverName.isEmpty() ? host : serverName; }

    bool operator==(const RedisEndpoint &) const = default;
};
