#pragma once

#include <QDialog>
#include <QPointer>

#include "services/redisconnection.h"
#include "services/redisendpoint.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QWidget;
#include "ui/passwordstore.h"

// File → Connect…: a redis:// or rediss:// URL, or the same as separate fields (kept in
// sync both ways), plus the TLS files a URL cannot carry. The URL line never shows a
// password: one typed into the URL moves to the (masked) password field. "Test" connects
// once without retrying and reports the outcome in the dialog.
class ConnectionDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionDialog)

public:
    // passwords: reads the saved password of the profile shown, and tells whether a keychain
    // is available (the dialog says so when it is not). May be null.
    explicit ConnectionDialog(PasswordStore *passwords, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    // Fills every field. Without a password in endpoint, the saved one is looked up.
    void setEndpoint(const RedisEndpoint &endpoint);
    // Puts the sandbox offer first (first start, nothing to reconnect to).
    void setOfferSandbox(bool offer);

    // The endpoint as entered, password included. Valid only if isValid().
    [[nodiscard]] RedisEndpoint endpoint() const { return m_endpoint; }
    [[nodiscard]] bool isValid() const { return m_error.isEmpty(); }
    [[nodiscard]] QString errorText() const { return m_error; }
    [[nodiscard]] bool rememberPassword() const;
    [[nodiscard]] bool sandboxRequested() const { return m_sandboxRequested; }
    [[nodiscard]] QString urlText() const;
    [[nodiscard]] QString testResultText() const;

    // Connects once with the current settings; the result shows in the dialog and in testFinished().
    void test();
    // Shows why the last connection failed (whole, wrapped, where the test result goes); for a
    // rejected password the password field gets the focus, its text selected.
    void showConnectionError(const QString &message);
    // Whether a connection error means the credentials were rejected (WRONGPASS, NOAUTH, ...).
    [[nodiscard]] static bool isAuthenticationError(const QString &message);

Q_SIGNALS:
    void testFinished(bool ok, const QString &message);

private:
    void onUrlEdited(const QString &text);
    void onUrlEditingFinished();
    void onFieldsEdited();
    void onTlsToggled();
    void updateTlsWidgets();
    void growToFit();
    void updateKeychainNotice();
    void validate();
    void fillFields(const RedisEndpoint &endpoint, bool includePassword);
    [[nodiscard]] RedisEndpoint endpointFromFields() const;
    void finishTest(bool ok, const QString &message);
    QWidget *fileRow(QLineEdit *edit, const QString &dialogTitle);

    QPointer<PasswordStore> m_passwords;
    QPointer<RedisConnection> m_test;
    RedisEndpoint m_endpoint;
    QString m_error;
    QString m_urlError; // the URL line does not parse; the fields keep the last good value
    QString m_awaitedPasswordKey;
    bool m_sandboxRequested = false;
    bool m_syncing = false;

    QLabel *m_intro = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QSpinBox *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_keychainNotice = nullptr;
    QCheckBox *m_tls = nullptr;
    QWidget *m_tlsFields = nullptr;
    QLineEdit *m_caFile = nullptr;
    QLineEdit *m_certFile = nullptr;
    QLineEdit *m_keyFile = nullptr;
    QLineEdit *m_serverName = nullptr;
    QCheckBox *m_insecure = nullptr;
    QWidget *m_insecureWarning = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_testResult = nullptr;
    QPushButton *m_connectButton = nullptr;
    QPushButton *m_testButton = nullptr;
    QPushButton *m_sandboxButton = nullptr;
};
