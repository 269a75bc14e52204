#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// Throw-away PKI for TLS tests, made with the openssl command line in a temporary directory
// this object owns (removed with it). EC P-256 keys, so generate() takes a fraction of a second.
//
//   caCert()                       CA (CA:TRUE, keyCertSign) that signs everything below
//   serverCert()/serverKey()       "localhost", SAN DNS:localhost, IP:127.0.0.1, serverAuth
//   otherHostCert()/otherHostKey() SAN DNS:other.invalid only (host-name mismatch tests)
//   clientCert()/clientKey()       clientAuth, for tls-auth-clients yes
//   untrustedCa()/untrustedKey()   self-signed "localhost" certificate no one trusts
class TlsMaterial final {
    Q_DISABLE_COPY_MOVE(TlsMaterial)

public:
    TlsMaterial();
    ~TlsMaterial();

    // Creates all files; false with a one-line reason (openssl's last error line) on failure.
    bool generate(QString *error);

    [[nodiscard]] QString directory() const { return m_dir.path(); }
    [[nodiscard]] QString caCert() const { return file(QStringLiteral("ca.crt")); }
    [[nodiscard]] QString caKey() const { return file(QStringLiteral("ca.key")); }
    [[nodiscard]] QString serverCert() const { return file(QStringLiteral("server.crt")); }
    [[nodiscard]] QString serverKey() const { return file(QStringLiteral("server.key")); }
    [[nodiscard]] QString otherHostCert() const { return file(QStringLiteral("other.crt")); }
    [[nodiscard]] QString otherHostKey() const { return file(QStringLiteral("other.key")); }
    [[nodiscard]] QString clientCert() const { return file(QStringLiteral("client.crt")); }
    [[nodiscard]] QString clientKey() const { return file(QStringLiteral("client.key")); }
    [[nodiscard]] QString untrustedCa() const { return file(QStringLiteral("untrusted.crt")); }
    [[nodiscard]] QString untrustedKey() const { return file(QStringLiteral("untrusted.key")); }

private:
    [[nodiscard]] QString file(const QString &name) const { return m_dir.filePath(name); }
    bool openssl(const QStringList &args, QString *error) const;
    bool makeKey(const QString &name, QString *error) const;
    bool signedCert(
        const QString &name, const QString &subject, const QString &section, int serial, QString *error) const;

    QTemporaryDir m_dir;
    QString m_openssl;
};
