#pragma once

#include <QHash>
#include <QObject>
#include <QString>

namespace QKeychain {
class Job;
}

// Connection passwords in the OS keychain (Secret Service, KWallet, macOS Keychain, Windows
// Credential Store) through QtKeychain, keyed by the endpoint's safe URL. When no keychain
// service is reachable the password is kept in memory for this session only: it is never
// written to a file (QtKeychain's plaintext fallback stays off).
class PasswordStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordStore)

public:
    enum class Backend { Unknown, Keychain, SessionMemory };
    Q_ENUM(Backend)

    // service: the keychain service name; tests pass their own so they never touch real entries.
    explicit PasswordStore(QObject *parent = nullptr);
    explicit PasswordStore(const QString &service, QObject *parent = nullptr);
    ~PasswordStore() override;

    // Answers come asynchronously: write() with written() or failed(); read() always with
    // readFinished() (preceded by failed() on a keychain error); remove() always with removed().
    void write(const QString &key, const QString &password);
    void read(const QString &key);
    void remove(const QString &key);
    // Finds out whether the keychain answers (a read of a key that does not exist).
    void probe();

    [[nodiscard]] Backend backend() const { return m_backend; }
    [[nodiscard]] bool isSessionOnly() const { return m_backend == Backend::SessionMemory; }
    [[nodiscard]] QString service() const { return m_service; }
    // The sentence the connection dialog shows while isSessionOnly().
    [[nodiscard]] static QString sessionOnlyText();

Q_SIGNALS:
    // persistent: false when the password only lives in this session's memory.
    void written(const QString &key, bool persistent);
    void readFinished(const QString &key, const QString &password, bool found);
    void removed(const QString &key);
    // A keychain error that is not "no keychain": access denied, locked and not unlocked, ...
    void failed(const QString &key, const QString &message);
    void backendChanged(PasswordStore::Backend backend);

private:
    void configure(QKeychain::Job *job, const QString &key) const;
    [[nodiscard]] static bool isNoBackend(QKeychain::Job *job);
    void setBackend(Backend backend);
    void onWriteFinished(QKeychain::Job *job);
    void onReadFinished(QKeychain::Job *job);
    void onDeleteFinished(QKeychain::Job *job);

    QString m_service;
    Backend m_backend = Backend::Unknown;
    QHash<QString, QString> m_session; // key -> password, used only while SessionMemory
    QHash<QKeychain::Job *, QString> m_pendingWrites; // job -> password, for the fallback
};
