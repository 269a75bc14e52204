#include "ui/connectiondialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include "services/redisconnection.h"
#include "services/serverinfo.h"
#include "ui/displayformat.h"
#include "ui/passwordstore.h"

namespace {

constexpr int TestConnectTimeoutMs = 5000;
constexpr int MaxDatabase = 9999;

QLabel *makeMessageLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setVisible(false);
    return label;
}

} // namespace

ConnectionDialog::ConnectionDialog(PasswordStore *passwords, QWidget *parent)
    : QDialog(parent)
    , m_passwords(passwords)
{
    setWindowTitle(tr("Connect to Redis"));

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);

    m_intro = new QLabel(tr("Connect to a Redis server, or start a <b>sandbox</b>: a private redis-server on this "
                            "computer whose data is thrown away when Streamdesk exits."),
        this);
    m_intro->setWordWrap(true);
    m_intro->setVisible(false);
    layout->addWidget(m_intro);

    // URL line: the quick way, and what a colleague pastes into chat.
    auto *urlForm = new QFormLayout;
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("url"));
    m_url->setPlaceholderText(tr("redis://user@host:6379/0 or rediss://host:6380"));
    m_url->setClearButtonEnabled(true);
    urlForm->addRow(tr("&URL:"), m_url);
    layout->addLayout(urlForm);

    auto *serverBox = new QGroupBox(tr("Server"), this);
    auto *serverForm = new QFormLayout(serverBox);
    m_host = new QLineEdit(serverBox);
    m_host->setObjectName(QStringLiteral("host"));
    m_port = new QSpinBox(serverBox);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_database = new QSpinBox(serverBox);
    m_database->setObjectName(QStringLiteral("database"));
    m_database->setRange(0, MaxDatabase);
    auto *hostRow = new QHBoxLayout;
    hostRow->addWidget(m_host, 1);
    auto *portLabel = new QLabel(tr("Po&rt:"), serverBox);
    portLabel->setBuddy(m_port);
    hostRow->addWidget(portLabel);
    hostRow->addWidget(m_port);
    auto *databaseLabel = new QLabel(tr("&Database:"), serverBox);
    databaseLabel->setBuddy(m_database);
    hostRow->addWidget(databaseLabel);
    hostRow->addWidget(m_database);
    // addRow(QString, QLayout *) makes a label without a buddy, which would show the '&'.
    auto *hostLabel = new QLabel(tr("&Host:"), serverBox);
    hostLabel->setBuddy(m_host);
    serverForm->addRow(hostLabel, hostRow);

    m_user = new QLineEdit(serverBox);
    m_user->setObjectName(QStringLiteral("user"));
    m_user->setPlaceholderText(tr("default"));
    serverForm->addRow(tr("ACL us&er:"), m_user);
    m_password = new QLineEdit(serverBox);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    serverForm->addRow(tr("&Password:"), m_password);
    m_remember = new QCheckBox(tr("Re&member the password in the system keychain"), serverBox);
    m_remember->setChecked(true);
    serverForm->addRow(QString(), m_remember);
    m_keychainNotice = makeMessageLabel(serverBox, QStringLiteral("keychainNotice"));
    serverForm->addRow(QString(), m_keychainNotice);
    layout->addWidget(serverBox);

    auto *tlsBox = new QGroupBox(tr("Security"), this);
    auto *tlsLayout = new QVBoxLayout(tlsBox);
    m_tls = new QCheckBox(tr("Use T&LS (rediss://)"), tlsBox);
    m_tls->setObjectName(QStringLiteral("tls"));
    tlsLayout->addWidget(m_tls);
    m_tlsFields = new QWidget(tlsBox);
    auto *tlsForm = new QFormLayout(m_tlsFields);
    tlsForm->setContentsMargins(0, 0, 0, 0);
    m_caFile = new QLineEdit(m_tlsFields);
    m_caFile->setPlaceholderText(tr("system certificate authorities"));
    tlsForm->addRow(tr("&CA file:"), fileRow(m_caFile, tr("Certificate authority (PEM)")));
    m_certFile = new QLineEdit(m_tlsFields);
    m_certFile->setPlaceholderText(tr("none"));
    tlsForm->addRow(tr("Client certi&ficate:"), fileRow(m_certFile, tr("Client certificate (PEM)")));
    m_keyFile = new QLineEdit(m_tlsFields);
    m_keyFile->setPlaceholderText(tr("none"));
    tlsForm->addRow(tr("Client &key:"), fileRow(m_keyFile, tr("Client private key (PEM)")));
    m_serverName = new QLineEdit(m_tlsFields);
    m_serverName->setPlaceholderText(tr("the host name"));
    tlsForm->addRow(tr("Server &name:"), m_serverName);
    m_insecure = new QCheckBox(tr("Skip certificate &verification (insecure)"), m_tlsFields);
    m_insecure->setObjectName(QStringLiteral("insecure"));
    tlsForm->addRow(QString(), m_insecure);

    m_insecureWarning = new QWidget(m_tlsFields);
    m_insecureWarning->setObjectName(QStringLiteral("insecureWarning"));
    auto *warningLayout = new QHBoxLayout(m_insecureWarning);
    warningLayout->setContentsMargins(0, 0, 0, 0);
    auto *warningIcon = new QLabel(m_insecureWarning);
    warningIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(20, 20));
    warningLayout->addWidget(warningIcon, 0, Qt::AlignTop);
    auto *warningText = new QLabel(tr("The server is not authenticated: anyone between you and it can read and change "
                                      "the traffic, your password included. Use this only for a test server."),
        m_insecureWarning);
    warningText->setWordWrap(true);
    QPalette warningPalette = warningText->palette();
    warningPalette.setColor(QPalette::WindowText, QColor(0xb4, 0x53, 0x09));
    warningText->setPalette(warningPalette);
    warningLayout->addWidget(warningText, 1);
    m_insecureWarning->setVisible(false);
    tlsForm->addRow(QString(), m_insecureWarning);
    tlsLayout->addWidget(m_tlsFields);
    layout->addWidget(tlsBox);

    m_errorLabel = makeMessageLabel(this, QStringLiteral("error"));
    QPalette errorPalette = m_errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb9, 0x1c, 0x1c));
    m_errorLabel->setPalette(errorPalette);
    layout->addWidget(m_errorLabel);
    m_testResult = makeMessageLabel(this, QStringLiteral("testResult"));
    layout->addWidget(m_testResult);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(this);
    m_connectButton = buttons->addButton(tr("C&onnect"), QDialogButtonBox::AcceptRole);
    m_connectButton->setDefault(true);
    m_testButton = buttons->addButton(tr("&Test"), QDialogButtonBox::ActionRole);
    m_sandboxButton = buttons->addButton(tr("Start &Sandbox"), QDialogButtonBox::ActionRole);
    m_sandboxButton->setIcon(QIcon(QStringLiteral(":/icons/sandbox.svg")));
    m_sandboxButton->setToolTip(tr("Start a private redis-server with throwaway data and connect to it"));
    // Enter means the default button, whichever button has focus: with Qt's auto-default, Test
    // (disabled while it runs) passed focus, and Enter, to Start Sandbox.
    m_testButton->setAutoDefault(false);
    m_sandboxButton->setAutoDefault(false);
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionDialog::test);
    connect(m_sandboxButton, &QPushButton::clicked, this, [this] {
        m_sandboxRequested = true;
        accept();
    });

    connect(m_url, &QLineEdit::textEdited, this, &ConnectionDialog::onUrlEdited);
    connect(m_url, &QLineEdit::editingFinished, this, &ConnectionDialog::onUrlEditingFinished);
    for (QLineEdit *edit : {m_host, m_user, m_password, m_caFile, m_certFile, m_keyFile, m_serverName})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::onFieldsEdited);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectionDialog::onFieldsEdited);
    connect(m_database, &QSpinBox::valueChanged, this, &ConnectionDialog::onFieldsEdited);
    connect(m_tls, &QCheckBox::toggled, this, &ConnectionDialog::onTlsToggled);
    connect(m_insecure, &QCheckBox::toggled, this, &ConnectionDialog::onTlsToggled);
    connect(m_password, &QLineEdit::textEdited, this, [this] { m_awaitedPasswordKey.clear(); });

    if (m_passwords) {
        connect(m_passwords, &PasswordStore::backendChanged, this, &ConnectionDialog::updateKeychainNotice);
        connect(m_passwords, &PasswordStore::readFinished, this,
            [this](const QString &key, const QString &password, bool found) {
                // Only the answer for the profile on show, and only if nobody typed meanwhile.
                if (key != m_awaitedPasswordKey)
                    return;
                m_awaitedPasswordKey.clear();
                if (found && m_password->text().isEmpty())
                    m_password->setText(password);
            });
        if (m_passwords->backend() == PasswordStore::Backend::Unknown)
            m_passwords->probe();
    }

    setEndpoint(RedisEndpoint {});
    updateKeychainNotice();
    // Room for a message of a few lines above the buttons: validation and test results appear
    // there without growing the dialog, so the buttons never move under the mouse.
    resize(560, sizeHint().height() + 3 * fontMetrics().lineSpacing() + layout->spacing());
}

ConnectionDialog::~ConnectionDialog()
{
    // Not left to the parent: the test connection must not call back into a half-destroyed dialog.
    delete m_test;
    // Children are destroyed after this body; a line edit losing focus then would emit
    // editingFinished into slots of a dialog that is no longer a ConnectionDialog.
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        child->disconnect(this);
}

QWidget *ConnectionDialog::fileRow(QLineEdit *edit, const QString &dialogTitle)
{
    auto *row = new QWidget(m_tlsFields);
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    edit->setParent(row);
    rowLayout->addWidget(edit, 1);
    auto *browse = new QToolButton(row);
    browse->setText(tr("Browse…"));
    browse->setToolTip(dialogTitle);
    rowLayout->addWidget(browse);
    connect(browse, &QToolButton::clicked, edit, [this, edit, dialogTitle] {
        const QString start = edit->text().isEmpty() ? QString() : QFileInfo(edit->text()).absolutePath();
        const QString file = QFileDialog::getOpenFileName(
            this, dialogTitle, start, tr("PEM files (*.pem *.crt *.key *.cer);;All files (*)"));
        if (!file.isEmpty())
            edit->setText(file);
    });
    return row;
}

void ConnectionDialog::setEndpoint(const RedisEndpoint &endpoint)
{
    fillFields(endpoint, true);
    m_syncing = true;
    m_url->setText(endpoint.toSafeUrl());
    m_syncing = false;
    m_urlError.clear();
    updateTlsWidgets();
    validate();
    if (endpoint.password.isEmpty() && m_passwords) {
        m_awaitedPasswordKey = endpoint.toSafeUrl();
        m_passwords->read(m_awaitedPasswordKey);
    }
}

void ConnectionDialog::setOfferSandbox(bool offer)
{
    m_intro->setVisible(offer);
    if (offer)
        m_sandboxButton->setDefault(true);
    else
        m_connectButton->setDefault(true);
}

bool ConnectionDialog::rememberPassword() const
{
    return m_remember->isChecked();
}

QString ConnectionDialog::urlText() const
{
    return m_url->text();
}

QString ConnectionDialog::testResultText() const
{
    return m_testResult->text();
}

void ConnectionDialog::fillFields(const RedisEndpoint &endpoint, bool includePassword)
{
    m_syncing = true;
    m_host->setText(endpoint.host);
    m_port->setValue(endpoint.port);
    m_database->setValue(std::min(endpoint.database, MaxDatabase));
    m_user->setText(endpoint.user);
    if (includePassword)
        m_password->setText(endpoint.password);
    m_tls->setChecked(endpoint.tls);
    m_caFile->setText(endpoint.caFile);
    m_certFile->setText(endpoint.certFile);
    m_keyFile->setText(endpoint.keyFile);
    m_serverName->setText(endpoint.serverName);
    m_insecure->setChecked(endpoint.tlsInsecure);
    m_syncing = false;
}

RedisEndpoint ConnectionDialog::endpointFromFields() const
{
    RedisEndpoint endpoint;
    endpoint.host = m_host->text().trimmed();
    endpoint.port = quint16(m_port->value());
    endpoint.database = m_database->value();
    endpoint.user = m_user->text();
    endpoint.password = m_password->text();
    endpoint.tls = m_tls->isChecked();
    if (endpoint.tls) {
        endpoint.caFile = m_caFile->text().trimmed();
        endpoint.certFile = m_certFile->text().trimmed();
        endpoint.keyFile = m_keyFile->text().trimmed();
        endpoint.serverName = m_serverName->text().trimmed();
        endpoint.tlsInsecure = m_insecure->isChecked();
    }
    return endpoint;
}

void ConnectionDialog::onUrlEdited(const QString &text)
{
    m_connectButton->setDefault(true); // a server is being typed in: Enter connects to it
    auto parsed = RedisEndpoint::parse(text);
    if (const auto *error = std::get_if<QString>(&parsed)) {
        m_urlError = *error;
        validate();
        return;
    }
    m_urlError.clear();
    const RedisEndpoint &fromUrl = std::get<RedisEndpoint>(parsed);
    // The URL only knows the scheme, not the TLS files: keep those; a URL without a
    // password does not erase one typed into the field.
    RedisEndpoint merged = endpointFromFields();
    merged.host = fromUrl.host;
    merged.port = fromUrl.port;
    merged.database = fromUrl.database;
    merged.user = fromUrl.user;
    merged.tls = fromUrl.tls;
    if (!fromUrl.password.isEmpty())
        merged.password = fromUrl.password;
    merged.caFile = m_caFile->text();
    merged.certFile = m_certFile->text();
    merged.keyFile = m_keyFile->text();
    merged.serverName = m_serverName->text();
    merged.tlsInsecure = m_insecure->isChecked();
    fillFields(merged, true);
    updateTlsWidgets();
    validate();
}

void ConnectionDialog::onUrlEditingFinished()
{
    // A password typed into the URL moves to the masked field, out of sight.
    if (m_urlError.isEmpty() && m_url->text() != m_endpoint.toSafeUrl()) {
        m_syncing = true;
        m_url->setText(m_endpoint.toSafeUrl());
        m_syncing = false;
    }
}

void ConnectionDialog::onFieldsEdited()
{
    if (m_syncing)
        return;
    m_connectButton->setDefault(true);
    m_urlError.clear();
    validate();
    m_syncing = true;
    m_url->setText(endpointFromFields().toSafeUrl());
    m_syncing = false;
}

void ConnectionDialog::onTlsToggled()
{
    updateTlsWidgets();
    onFieldsEdited();
}

void ConnectionDialog::updateTlsWidgets()
{
    m_tlsFields->setEnabled(m_tls->isChecked());
    m_insecureWarning->setVisible(m_tls->isChecked() && m_insecure->isChecked());
    growToFit();
}

void ConnectionDialog::growToFit()
{
    // Messages appear and disappear; a top-level window does not follow the height its
    // word-wrapped labels need, so grow it (never shrink: that would jump under the mouse).
    // Upwards: the buttons at the bottom stay where the mouse is.
    QTimer::singleShot(0, this, [this] {
        const int needed =
            layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : layout()->totalSizeHint().height();
        if (height() >= needed)
            return;
        const QRect frame = geometry();
        if (isVisible())
            setGeometry(frame.x(), frame.y() - (needed - frame.height()), frame.width(), needed);
        else
            resize(width(), needed);
    });
}

void ConnectionDialog::updateKeychainNotice()
{
    const bool sessionOnly = m_passwords && m_passwords->isSessionOnly();
    m_keychainNotice->setText(sessionOnly ? PasswordStore::sessionOnlyText() : QString());
    m_keychainNotice->setVisible(sessionOnly);
    growToFit();
    m_remember->setText(sessionOnly ? tr("Re&member the password for this session")
                                    : tr("Re&member the password in the system keychain"));
}

void ConnectionDialog::validate()
{
    m_endpoint = endpointFromFields();
    m_error.clear();
    if (!m_urlError.isEmpty()) {
        m_error = m_urlError;
    } else {
        // The fields go through the same parser as a typed URL, so both paths accept the same input.
        auto parsed = RedisEndpoint::parse(m_endpoint.toUrlWithPassword());
        if (const auto *error = std::get_if<QString>(&parsed)) {
            m_error = *error;
        } else if (m_endpoint.tls) {
            const auto missing = [](const QString &path) { return !path.isEmpty() && !QFileInfo(path).isFile(); };
            if (missing(m_endpoint.caFile))
                m_error = tr("The CA file %1 does not exist.").arg(m_endpoint.caFile);
            else if (missing(m_endpoint.certFile))
                m_error = tr("The client certificate %1 does not exist.").arg(m_endpoint.certFile);
            else if (missing(m_endpoint.keyFile))
                m_error = tr("The client key %1 does not exist.").arg(m_endpoint.keyFile);
            else if (m_endpoint.certFile.isEmpty() != m_endpoint.keyFile.isEmpty())
                m_error = tr("A client certificate needs both the certificate and the key file.");
        }
    }
    m_errorLabel->setText(m_error);
    if (m_errorLabel->isVisibleTo(this) != !m_error.isEmpty()) {
        m_errorLabel->setVisible(!m_error.isEmpty());
        growToFit();
    }
    m_connectButton->setEnabled(m_error.isEmpty());
    m_testButton->setEnabled(m_error.isEmpty() && !m_test);
}

void ConnectionDialog::test()
{
    validate();
    if (!m_error.isEmpty() || m_test)
        return;
    RedisConnection::Options options;
    options.role = QStringLiteral("test");
    options.autoReconnect = false;
    options.connectTimeoutMs = TestConnectTimeoutMs;
    options.commandTimeoutMs = TestConnectTimeoutMs;
    m_test = new RedisConnection(m_endpoint, options, this);
    m_connectButton->setDefault(true); // tested this server: Enter connects to it
    if (m_testButton->hasFocus())
        m_connectButton->setFocus(); // a disabled button's focus would go to the next one
    m_testButton->setEnabled(false);
    m_testResult->setText(tr("Connecting to %1…").arg(m_endpoint.toSafeUrl()));
    m_testResult->setVisible(true);
    growToFit();

    connect(m_test, &RedisConnection::stateChanged, this, [this](RedisConnection::State state) {
        if (state == RedisConnection::State::Failed && m_test)
            finishTest(false, tr("Connection failed: %1").arg(m_test->lastError()));
    });
    connect(m_test, &RedisConnection::ready, this, [this] {
        QElapsedTimer clock;
        clock.start();
        m_test->command(
            {QByteArrayLiteral("INFO"), QByteArrayLiteral("server")}, this, [this, clock](const RedisReply &reply) {
                const double ms = double(clock.nsecsElapsed()) / 1e6;
                if (reply.isError()) {
                    finishTest(false, tr("Connected, but INFO failed: %1").arg(reply.errorMessage()));
                    return;
                }
                const ServerInfo info = ServerInfo::fromInfo(reply.bytes());
                finishTest(true,
                    tr("The connection works: Redis %1, round trip %2.").arg(info.version, DisplayFormat::latency(ms)));
            });
    });
    m_test->open();
}

bool ConnectionDialog::isAuthenticationError(const QString &message)
{
    // Redis's own error codes and messages, which are never translated.
    for (const char *marker : {"WRONGPASS", "NOAUTH", "invalid password", "invalid username-password"}) {
        if (message.contains(QLatin1String(marker), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void ConnectionDialog::showConnectionError(const QString &message)
{
    finishTest(false, tr("Could not connect: %1").arg(message));
    if (isAuthenticationError(message)) {
        m_password->setFocus(Qt::OtherFocusReason);
        m_password->selectAll();
    }
}

void ConnectionDialog::finishTest(bool ok, const QString &message)
{
    if (RedisConnection *connection = m_test) {
        m_test = nullptr;
        connection->disconnect(this);
        connection->deleteLater();
    }
    QPalette palette = m_testResult->palette();
    palette.setColor(QPalette::WindowText, ok ? QColor(0x15, 0x80, 0x3d) : QColor(0xb9, 0x1c, 0x1c));
    m_testResult->setPalette(palette);
    m_testResult->setText(message);
    m_testResult->setVisible(true);
    growToFit();
    m_testButton->setEnabled(m_error.isEmpty());
    Q_EMIT testFinished(ok, message);
}
