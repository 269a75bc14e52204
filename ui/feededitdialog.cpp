#include "ui/feededitdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QUrlQuery>
#include <QVBoxLayout>

#include "ui/viewstyle.h"

using namespace Qt::StringLiterals;

namespace {

// Marks a secret value cell: the value typed in this dialog is the item's EditRole; a stored
// secret the dialog does not know shows this role's placeholder instead.
constexpr int StoredSecretRole = Qt::UserRole + 1;
// On the name item: the lower-case name the stored secret is filed under (empty: none).
constexpr int StoredNameRole = Qt::UserRole + 2;
// On a secret value cell: the keychain was asked for it and has nothing (no keychain running
// when it was saved, or the entry was deleted): it must be typed again.
constexpr int MissingSecretRole = Qt::UserRole + 4;
// On the secret item, who set the checkbox (SecretSource): the header name only decides while
// the user has not. Only a tick the dialog made itself is taken back when the name changes.
constexpr int SecretSourceRole = Qt::UserRole + 3;
enum SecretSource { SecretByDefault, SecretByName, SecretByUser };

// Masks the value column of secret rows, in the cell and in its editor.
class HeaderValueDelegate final : public QStyledItemDelegate {
public:
    explicit HeaderValueDelegate(QTableWidget *table)
        : QStyledItemDelegate(table)
        , m_table(table)
    {
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *edit = qobject_cast<QLineEdit *>(editor); edit && isSecret(index.row()))
            edit->setEchoMode(QLineEdit::Password);
        return editor;
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (!isSecret(index.row()))
            return;
        if (!option->text.isEmpty()) {
            // A fixed number of dots: one per character would tell the secret's length.
            option->text = QString(8, QChar(0x2022));
        } else if (index.data(StoredSecretRole).toBool()) {
            option->text = FeedEditDialog::tr("(kept in the keychain)");
            option->palette.setColor(QPalette::Text, ViewStyle::dimmed(option->palette));
        } else if (index.data(MissingSecretRole).toBool()) {
            option->text = FeedEditDialog::tr("(not in the keychain: type it again)");
            option->palette.setColor(QPalette::Text, ViewStyle::textColor(ViewStyle::critical(), option->palette));
        }
    }

private:
    [[nodiscard]] bool isSecret(int row) const
    {
        const QTableWidgetItem *item = m_table->item(row, FeedEditDialog::HeaderSecret);
        return item && item->checkState() == Qt::Checked;
    }

    QTableWidget *m_table;
};

// RFC 9110 token characters: what a header name may consist of.
bool isToken(const QString &name)
{
    if (name.isEmpty())
        return false;
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
            || QStringView(u"!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

FeedEditDialog::FeedEditDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_enabled(new QCheckBox(tr("&Connect to this feed"), this))
    , m_readTimeout(new QSpinBox(this))
    , m_headers(new QTableWidget(0, HeaderColumnCount, this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Feed"));
    m_name->setPlaceholderText(tr("e.g. tickets-api"));
    m_url->setPlaceholderText(u"https://tickets.example.com/events"_s);
    m_url->setClearButtonEnabled(true);
    m_readTimeout->setRange(0, 3600);
    m_readTimeout->setSuffix(tr(" s"));
    m_readTimeout->setSpecialValueText(tr("off"));
    m_readTimeout->setToolTip(tr("Without a byte for this long the connection counts as dead and is replaced."));

    m_headers->setHorizontalHeaderLabels({tr("Header"), tr("Value"), tr("Secret")});
    m_headers->horizontalHeader()->setSectionResizeMode(HeaderValue, QHeaderView::Stretch);
    m_headers->horizontalHeader()->setSectionResizeMode(HeaderSecret, QHeaderView::ResizeToContents);
    m_headers->verticalHeader()->hide();
    m_headers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_headers->setItemDelegateForColumn(HeaderValue, new HeaderValueDelegate(m_headers));
    m_headers->setToolTip(tr("Secret values are kept in the system keychain, never in the settings file."));

    auto *addHeader = new QPushButton(tr("&Add header"), this);
    auto *removeHeader = new QPushButton(tr("&Remove header"), this);
    auto *headerButtons = new QHBoxLayout;
    headerButtons->addWidget(addHeader);
    headerButtons->addWidget(removeHeader);
    headerButtons->addStretch(1);

    m_error->setWordWrap(false);
    // Hidden, it keeps its line: "Add header" above it must not move when the message goes.
    QSizePolicy errorPolicy = m_error->sizePolicy();
    errorPolicy.setRetainSizeWhenHidden(true);
    m_error->setSizePolicy(errorPolicy);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, ViewStyle::textColor(ViewStyle::critical(), errorPalette));
    m_error->setPalette(errorPalette);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(QString(), m_enabled);
    form->addRow(tr("Read &timeout:"), m_readTimeout);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *headersLabel = new QLabel(tr("Request &headers"), this);
    headersLabel->setBuddy(m_headers);
    layout->addWidget(headersLabel);
    layout->addWidget(m_headers, 1);
    layout->addLayout(headerButtons);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &FeedEditDialog::validate);
    connect(m_url, &QLineEdit::textChanged, this, &FeedEditDialog::validate);
    connect(m_headers, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        // Typing a value over a stored secret replaces it: the placeholder goes.
        if (item->column() == HeaderValue && !item->text().isEmpty())
            item->setData(StoredSecretRole, false);
        // A renamed header has no stored value under its new name (keychain keys are lower
        // case, so a change of case keeps it; renaming it back restores it).
        if (item->column() == HeaderName) {
            const QString stored = item->data(StoredNameRole).toString();
            QTableWidgetItem *value = m_headers->item(item->row(), HeaderValue);
            if (value && !stored.isEmpty() && value->text().isEmpty())
                value->setData(StoredSecretRole, item->text().trimmed().toLower() == stored);
        }
        if (item->column() == HeaderName)
            applyAutomaticSecret(item->row());
        if (item->column() == HeaderSecret) {
            if (!m_settingSecret)
                item->setData(SecretSourceRole, SecretByUser);
            m_headers->viewport()->update();
        }
        validate();
    });
    connect(addHeader, &QPushButton::clicked, this, [this] {
        addHeaderRow();
        m_headers->setCurrentCell(m_headers->rowCount() - 1, HeaderName);
        m_headers->editItem(m_headers->item(m_headers->rowCount() - 1, HeaderName));
    });
    connect(removeHeader, &QPushButton::clicked, this, &FeedEditDialog::removeSelectedHeader);

    setConfig(FeedConfig {});
    resize(600, 420);
}

void FeedEditDialog::setConfig(const FeedConfig &config)
{
    m_original = config;
    setWindowTitle(config.id.isEmpty() ? tr("Add feed") : tr("Edit feed"));
    m_name->setText(config.name);
    m_url->setText(config.url.toString());
    m_enabled->setChecked(config.enabled);
    m_readTimeout->setValue(int(config.readTimeout.count() / 1000));
    m_headers->setRowCount(0);
    for (const FeedConfig::Header &header : config.headers)
        addHeaderRow(header.name, header.secret ? QString() : header.value, header.secret);
    validate();
}

void FeedEditDialog::addHeaderRow(const QString &name, const QString &value, bool secret)
{
    const QSignalBlocker blocker(m_headers);
    const int row = m_headers->rowCount();
    m_headers->insertRow(row);
    auto *nameItem = new QTableWidgetItem(name);
    auto *valueItem = new QTableWidgetItem(value);
    // A secret loaded from a config: its value is in the keychain, not here.
    const bool stored = secret && value.isEmpty() && !name.isEmpty();
    valueItem->setData(StoredSecretRole, stored);
    if (stored)
        nameItem->setData(StoredNameRole, name.trimmed().toLower());
    m_headers->setItem(row, HeaderName, nameItem);
    m_headers->setItem(row, HeaderValue, valueItem);
    auto *secretItem = new QTableWidgetItem;
    secretItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    secretItem->setCheckState(secret ? Qt::Checked : Qt::Unchecked);
    // A saved credential-like header that is not secret was unticked consciously: keep it so.
    const bool unticked = !secret && isSensitiveHeaderName(name);
    secretItem->setData(SecretSourceRole, unticked ? SecretByUser : SecretByDefault);
    secretItem->setToolTip(tr("Keep the value in the system keychain and never show it"));
    m_headers->setItem(row, HeaderSecret, secretItem);
    validate();
}

void FeedEditDialog::removeSelectedHeader()
{
    const int row = m_headers->currentRow();
    if (row >= 0)
        m_headers->removeRow(row);
    validate();
}

void FeedEditDialog::applyAutomaticSecret(int row)
{
    QTableWidgetItem *secretItem = m_headers->item(row, HeaderSecret);
    const QTableWidgetItem *nameItem = m_headers->item(row, HeaderName);
    if (!secretItem || !nameItem)
        return;
    const int source = secretItem->data(SecretSourceRole).toInt();
    const bool sensitive = isSensitiveHeaderName(nameItem->text());
    // Tick for a credential-like name; untick only a tick made here, never a saved secret or
    // the user's choice.
    if (source == SecretByUser || (!sensitive && source != SecretByName) || (sensitive && isSecretRow(row)))
        return;
    m_settingSecret = true;
    secretItem->setCheckState(sensitive ? Qt::Checked : Qt::Unchecked);
    secretItem->setData(SecretSourceRole, sensitive ? SecretByName : SecretByDefault);
    m_settingSecret = false;
}

bool FeedEditDialog::isSensitiveHeaderName(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == u"authorization"_s || lower == u"proxy-authorization"_s || lower == u"cookie"_s)
        return true;
    return lower.contains(u"token"_s) || lower.contains(u"secret"_s) || lower.contains(u"key"_s)
        || lower.contains(u"password"_s);
}

bool FeedEditDialog::isSecretRow(int row) const
{
    const QTableWidgetItem *item = m_headers->item(row, HeaderSecret);
    return item && item->checkState() == Qt::Checked;
}

FeedConfig FeedEditDialog::config() const
{
    FeedConfig config = m_original;
    if (config.id.isEmpty())
        config.id = FeedConfig::newId();
    config.url = QUrl(m_url->text().trimmed());
    config.name = m_name->text().trimmed();
    if (config.name.isEmpty())
        config.name = config.url.host();
    config.enabled = m_enabled->isChecked();
    config.readTimeout = std::chrono::seconds(m_readTimeout->value());
    config.headers.clear();
    for (int row = 0; row < m_headers->rowCount(); ++row) {
        FeedConfig::Header header;
        header.name = m_headers->item(row, HeaderName)->text().trimmed();
        header.secret = isSecretRow(row);
        if (!header.secret)
            header.value = m_headers->item(row, HeaderValue)->text();
        if (!header.name.isEmpty())
            config.headers.append(header);
    }
    return config;
}

QHash<QString, QString> FeedEditDialog::secretValues() const
{
    QHash<QString, QString> values;
    for (int row = 0; row < m_headers->rowCount(); ++row) {
        const QString name = m_headers->item(row, HeaderName)->text().trimmed();
        const QString value = m_headers->item(row, HeaderValue)->text();
        if (isSecretRow(row) && !name.isEmpty() && !value.isEmpty())
            values.insert(name, value);
    }
    return values;
}

void FeedEditDialog::setMissingSecrets(const QSet<QString> &lowerCaseNames)
{
    const QSignalBlocker blocker(m_headers);
    for (int row = 0; row < m_headers->rowCount(); ++row) {
        QTableWidgetItem *value = m_headers->item(row, HeaderValue);
        const QString name = m_headers->item(row, HeaderName)->text().trimmed().toLower();
        if (value->data(StoredSecretRole).toBool() && lowerCaseNames.contains(name)) {
            value->setData(StoredSecretRole, false);
            value->setData(MissingSecretRole, true);
        }
    }
    m_headers->viewport()->update();
}

QStringList FeedEditDialog::unsetSecrets() const
{
    QStringList unset;
    for (int row = 0; row < m_headers->rowCount(); ++row) {
        const QString name = m_headers->item(row, HeaderName)->text().trimmed();
        const QTableWidgetItem *value = m_headers->item(row, HeaderValue);
        if (isSecretRow(row) && !name.isEmpty() && value->text().isEmpty() && !value->data(StoredSecretRole).toBool())
            unset.append(name);
    }
    return unset;
}

QStringList FeedEditDialog::removedSecrets() const
{
    QSet<QString> stillSecret;
    for (int row = 0; row < m_headers->rowCount(); ++row) {
        if (isSecretRow(row))
            stillSecret.insert(m_headers->item(row, HeaderName)->text().trimmed().toLower());
    }
    QStringList removed;
    for (const FeedConfig::Header &header : m_original.headers) {
        if (header.secret && !stillSecret.contains(header.name.toLower()))
            removed.append(header.name);
    }
    return removed;
}

QString FeedEditDialog::urlProblem(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter the feed's URL.");
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return tr("This is not a valid URL.");
    const QString scheme = url.scheme().toLower();
    if (scheme != u"http"_s && scheme != u"https"_s)
        return tr("The URL must start with http:// or https://.");
    if (url.host().isEmpty())
        return tr("The URL has no host name.");
    // The URL is saved in the settings file: credentials belong in a secret header.
    if (!url.userInfo().isEmpty())
        return tr("Put credentials in a secret header, not in the URL.");
    // The same for the usual credential parameters (?token=, ?access_token=, ?apiKey=, ?sig=):
    // names compared without case, '-' and '_'. Deliberately narrow: ?key=ops or ?page_token=
    // are left alone.
    static const QSet<QString> credentialKeys {u"token"_s, u"accesstoken"_s, u"authtoken"_s, u"apikey"_s, u"apitoken"_s,
        u"password"_s, u"passwd"_s, u"secret"_s, u"clientsecret"_s, u"sig"_s, u"signature"_s, u"jwt"_s, u"auth"_s,
        u"authorization"_s, u"sessionid"_s};
    const QList<QPair<QString, QString>> items = QUrlQuery(url).queryItems();
    for (const auto &[key, value] : items) {
        QString normalized = key.toLower();
        normalized.remove(u'-').remove(u'_');
        if (credentialKeys.contains(normalized))
            return tr("Put credentials in a secret header, not in the URL (query parameter \"%1\").").arg(key);
    }
    return {};
}

QString FeedEditDialog::errorText() const
{
    if (const QString problem = urlProblem(m_url->text()); !problem.isEmpty())
        return problem;
    QSet<QString> seen;
    for (int row = 0; row < m_headers->rowCount(); ++row) {
        const QString name = m_headers->item(row, HeaderName)->text().trimmed();
        const QString value = m_headers->item(row, HeaderValue)->text();
        if (name.isEmpty()) {
            if (!value.isEmpty() || m_headers->item(row, HeaderValue)->data(StoredSecretRole).toBool())
                return tr("Header %1 has a value but no name.").arg(row + 1);
            continue;
        }
        if (!isToken(name))
            return tr("\"%1\" is not a valid header name.").arg(name);
        if (seen.contains(name.toLower()))
            return tr("The header \"%1\" is listed twice.").arg(name);
        seen.insert(name.toLower());
        if (value.contains(u'\n') || value.contains(u'\r'))
            return tr("The value of \"%1\" must be one line.").arg(name);
    }
    return {};
}

void FeedEditDialog::validate()
{
    const QString error = errorText();
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    if (QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok))
        ok->setEnabled(error.isEmpty());
}
