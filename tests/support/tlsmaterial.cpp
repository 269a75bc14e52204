#include "tlsmaterial.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

namespace {

// Our own config instead of the system openssl.cnf: its default x509 extensions would clash
// with ours, and Qt's verification needs exactly these (CA:TRUE on the CA, serverAuth + SAN on
// servers).
constexpr char OpenSslConfig[] = R"([req]
distinguished_name = dn
prompt = no

[dn]

[ca]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign, digitalSignature
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always

[server]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = DNS:localhost, IP:127.0.0.1
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid, issuer

[other]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = DNS:other.invalid
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid, issuer

[client]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = clientAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid, issuer

[untrusted]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = DNS:localhost, IP:127.0.0.1
subjectKeyIdentifier = hash
)";

} // namespace

TlsMaterial::TlsMaterial()
    : m_dir(QDir::tempPath() + QStringLiteral("/streamdesk-tls-XXXXXX"))
{
}

TlsMaterial::~TlsMaterial() = default;

bool TlsMaterial::openssl(const QStringList &args, QString *error) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_dir.path());
    process.start(m_openssl, args);
    // A blocking wait on a short-lived child, not a sleep: key generation takes milliseconds.
    const bool finished = process.waitForFinished(30000);
    if (finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return true;
    if (!finished)
        process.kill();
    const QStringList output =
        QString::fromLocal8Bit(process.readAll()).trimmed().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QString why = output.isEmpty() ? process.errorString() : output.constLast().trimmed();
    *error = QStringLiteral("openssl %1 failed: %2").arg(args.value(0), why);
    return false;
}

bool TlsMaterial::makeKey(const QString &name, QString *error) const
{
    return openssl(
        {QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"), QStringLiteral("-pkeyopt"),
            QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-out"), file(name + QStringLiteral(".key"))},
        error);
}

bool TlsMaterial::signedCert(
    const QString &name, const QString &subject, const QString &section, int serial, QString *error) const
{
    const QString config = file(QStringLiteral("openssl.cnf"));
    const QString csr = file(name + QStringLiteral(".csr"));
    return makeKey(name, error)
        && openssl(
            {QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-config"), config, QStringLiteral("-key"),
                file(name + QStringLiteral(".key")), QStringLiteral("-subj"), subject, QStringLiteral("-out"), csr},
            error)
        && openssl(
            {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr, QStringLiteral("-CA"),
                caCert(), QStringLiteral("-CAkey"), caKey(), QStringLiteral("-set_serial"), QString::number(serial),
                QStringLiteral("-days"), QStringLiteral("825"), QStringLiteral("-extfile"), config,
                QStringLiteral("-extensions"), section, QStringLiteral("-out"), file(name + QStringLiteral(".crt"))},
            error);
}

bool TlsMaterial::generate(QString *error)
{
    QString dummy;
    if (!error)
        error = &dummy;
    if (!m_dir.isValid()) {
        *error = QStringLiteral("cannot create a temporary directory: %1").arg(m_dir.errorString());
        return false;
    }
    m_openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (m_openssl.isEmpty()) {
        *error = QStringLiteral("openssl was not found on PATH (sudo apt-get install openssl)");
        return false;
    }
    QFile config(file(QStringLiteral("openssl.cnf")));
    if (!config.open(QIODevice::WriteOnly) || config.write(OpenSslConfig) < 0 || !config.flush()) {
        *error = QStringLiteral("cannot write %1: %2").arg(config.fileName(), config.errorString());
        return false;
    }
    config.close();

    const auto selfSigned = [&](const QString &name, const QString &subject, const QString &section) {
        return makeKey(name, error)
            && openssl(
                {QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-x509"), QStringLiteral("-config"),
                    config.fileName(), QStringLiteral("-extensions"), section, QStringLiteral("-key"),
                    file(name + QStringLiteral(".key")), QStringLiteral("-subj"), subject, QStringLiteral("-days"),
                    QStringLiteral("3650"), QStringLiteral("-out"), file(name + QStringLiteral(".crt"))},
                error);
    };

    return selfSigned(QStringLiteral("ca"), QStringLiteral("/CN=Streamdesk Test CA"), QStringLiteral("ca"))
        && signedCert(QStringLiteral("server"), QStringLiteral("/CN=localhost"), QStringLiteral("server"), 2, error)
        && signedCert(QStringLiteral("other"), QStringLiteral("/CN=other.invalid"), QStringLiteral("other"), 3, error)
        && signedCert(
            QStringLiteral("client"), QStringLiteral("/CN=streamdesk-test-client"), QStringLiteral("client"), 4, error)
        && selfSigned(QStringLiteral("untrusted"), QStringLiteral("/CN=localhost"), QStringLiteral("untrusted"));
}
