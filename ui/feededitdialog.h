#pragma once

#include <QDialog>
#include <QHash>
#include <QSet>

#include "services/feedconfig.h"

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

// Adds or edits one SSE feed: name, URL (checked as you type, one line of error), enabled,
// read timeout and the extra request headers. A header marked secret has its value masked;
// the dialog never shows a stored secret: an untouched secret keeps the keychain's value,
// a typed one replaces it (secretValues()). The caller stores secrets with PasswordStore.
// Typing a credential-like header name (isSensitiveHeaderName()) ticks Secret by itself, until
// the user sets that row's checkbox by hand.
class FeedEditDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedEditDialog)

public:
    enum Column { HeaderName, HeaderValue, HeaderSecret, HeaderColumnCount };

    explicit FeedEditDialog(QWidget *parent = nullptr);

    // Fills the fields; an empty id means a new feed (config() then gets a fresh id).
    void setConfig(const FeedConfig &config);
    // The feed as edited. Secret header values are left empty.
    [[nodiscard]] FeedConfig config() const;
    // Secret values typed in this dialog, by header name as written.
    [[nodiscard]] QHash<QString, QString> secretValues() const;
    // Secret headers of the original config that are gone or no longer secret (their keychain
    // entries should be removed).
    [[nodiscard]] QStringList removedSecrets() const;
    // Secret headers with neither a typed value nor one kept in the keychain (new, or renamed):
    // the feed must not wait for them.
    [[nodiscard]] QStringList unsetSecrets() const;
    // Secret headers (lower-case names) the keychain had no value for: shown as to be typed
    // again, not as "kept in the keychain". Call after setConfig().
    void setMissingSecrets(const QSet<QString> &lowerCaseNames);

    // The one-line validation error, empty when the input is acceptable.
    [[nodiscard]] QString errorText() const;
    // Why a URL cannot be a feed URL, or empty. Also used by tests.
    [[nodiscard]] static QString urlProblem(const QString &text);
    // Whether a header name usually carries a credential: Authorization, Proxy-Authorization,
    // Cookie, or a name containing token, secret, key or password (without case).
    [[nodiscard]] static bool isSensitiveHeaderName(const QString &name);

    // For tests.
    [[nodiscard]] QLineEdit *nameEdit() const { return m_name; }
    [[nodiscard]] QLineEdit *urlEdit() const { return m_url; }
    [[nodiscard]] QTableWidget *headerTable() const { return m_headers; }
    [[nodiscard]] QDialogButtonBox *buttons() const { return m_buttons; }
    void addHeaderRow(const QString &name = {}, const QString &value = {}, bool secret = false);

private:
    void removeSelectedHeader();
    void validate();
    [[nodiscard]] bool isSecretRow(int row) const;
    // Ticks or unticks Secret from the row's name, unless the user chose it by hand.
    void applyAutomaticSecret(int row);

    // Set while the dialog itself changes a Secret checkbox (not the user's choice).
    bool m_settingSecret = false;

    FeedConfig m_original;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_url = nullptr;
    QCheckBox *m_enabled = nullptr;
    QSpinBox *m_readTimeout = nullptr;
    QTableWidget *m_headers = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
