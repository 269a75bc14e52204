#include "ui/passwordstore.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

#include "services/logging.h"

namespace {
const QString DefaultService = QStringLiteral("streamdesk");
// Never a real endpoint's safe URL, so a probe cannot read a stored password.
const QString ProbeKey = QStringLiteral("streamdesk-probe");
} // namespace

PasswordStore::PasswordStore(QObject *parent)
    : PasswordStore(DefaultService, parent)
{
}

PasswordStore::PasswordStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
}

PasswordStore::~PasswordStore()
{
    // Wipe the session copies rather than leave them in freed memory.
    for (QString &password : m_session)
        password.fill(QLatin1Char('\0'));
}

QString PasswordStore::sessionOnlyText()
{
    return tr("No keychain service is running: the password is kept in memory for this session only.");
}

void PasswordStore::configure(QKeychain::Job *job, const QString &key) const
{
    job->setKey(key);
    job->setAutoDelete(true);
    // The plaintext fallback would put the password into a settings file: never.
    job->setInsecureFallback(false);
}

bool PasswordStore::isNoBackend(QKeychain::Job *job)
{
    // On Linux, a missing Secret Service / KWallet shows up as NoBackendAvailable or, when
    // D-Bus itself is missing or the call fails, as OtherError.
    return job->error() == QKeychain::NoBackendAvailable || job->error() == QKeychain::OtherError
        || job->error() == QKeychain::NotImplemented;
}

void PasswordStore::setBackend(Backend backend)
{
    if (m_backend == backend)
        return;
    m_backend = backend;
    if (backend == Backend::SessionMemory)
        qCInfo(lcUi).noquote() << "no keychain service; passwords are kept in memory for this session";
    Q_EMIT backendChanged(backend);
}

void PasswordStore::write(const QString &key, const QString &password)
{
    if (m_backend == Backend::SessionMemory) {
        m_session.insert(key, password);
        QTimer::singleShot(0, this, [this, key] { Q_EMIT written(key, false); });
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    configure(job, key);
    job->setTextData(password);
    m_pendingWrites.insert(job, password);
    connect(job, &QKeychain::Job::finished, this, &PasswordStore::onWriteFinished);
    job->start();
}

void PasswordStore::onWriteFinished(QKeychain::Job *job)
{
    const QString key = job->key();
    QString password = m_pendingWrites.take(job);
    if (job->error() == QKeychain::NoError) {
        setBackend(Backend::Keychain);
        m_session.remove(key);
        Q_EMIT written(key, true);
    } else if (isNoBackend(job)) {
        qCDebug(lcUi).noquote() << "keychain write failed:" << job->errorString();
        setBackend(Backend::SessionMemory);
        m_session.insert(key, password);
        Q_EMIT written(key, false);
    } else {
        qCWarning(lcUi).noquote() << "keychain write failed:" << job->errorString();
        Q_EMIT failed(key, job->errorString());
    }
    password.fill(QLatin1Char('\0'));
}

void PasswordStore::read(const QString &key)
{
    if (m_backend == Backend::SessionMemory) {
        QTimer::singleShot(0, this, [this, key] {
            const auto it = m_session.constFind(key);
            Q_EMIT readFinished(key, it == m_session.constEnd() ? QString() : *it, it != m_session.constEnd());
        });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    configure(job, key);
    connect(job, &QKeychain::Job::finished, this, &PasswordStore::onReadFinished);
    job->start();
}

void PasswordStore::probe()
{
    read(ProbeKey);
}

void PasswordStore::onReadFinished(QKeychain::Job *job)
{
    const QString key = job->key();
    if (job->error() == QKeychain::NoError) {
        setBackend(Backend::Keychain);
        const auto *readJob = qobject_cast<QKeychain::ReadPasswordJob *>(job);
        Q_EMIT readFinished(key, readJob ? readJob->textData() : QString(), readJob != nullptr);
        return;
    }
    if (job->error() == QKeychain::EntryNotFound) {
        setBackend(Backend::Keychain);
    } else if (isNoBackend(job)) {
        qCDebug(lcUi).noquote() << "keychain read failed:" << job->errorString();
        setBackend(Backend::SessionMemory);
    } else {
        qCWarning(lcUi).noquote() << "keychain read failed:" << job->errorString();
        Q_EMIT failed(key, job->errorString());
    }
    // A password kept in memory earlier in this session still counts.
    const auto it = m_session.constFind(key);
    Q_EMIT readFinished(key, it == m_session.constEnd() ? QString() : *it, it != m_session.constEnd());
}

void PasswordStore::remove(const QString &key)
{
    m_session.remove(key);
    if (m_backend == Backend::SessionMemory) {
        QTimer::singleShot(0, this, [this, key] { Q_EMIT removed(key); });
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    configure(job, key);
    connect(job, &QKeychain::Job::finished, this, &PasswordStore::onDeleteFinished);
    job->start();
}

void PasswordStore::onDeleteFinished(QKeychain::Job *job)
{
    const QString key = job->key();
    if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound) {
        setBackend(Backend::Keychain);
    } else if (isNoBackend(job)) {
        setBackend(Backend::SessionMemory);
    } else {
        qCWarning(lcUi).noquote() << "keychain delete failed:" << job->errorString();
        Q_EMIT failed(key, job->errorString());
    }
    Q_EMIT removed(key);
}
