#include "ui/preferencesdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace {
const QString LanguageKey = QStringLiteral("general/language");
const QString SystemLanguage = QStringLiteral("system");
} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
{
    setWindowTitle(tr("Preferences"));

    // Language names are written in their own language, so anyone can find theirs.
    m_language->addItem(tr("System"), SystemLanguage);
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Português (Brasil)"), QStringLiteral("pt_BR"));
    const int index = m_language->findData(savedLanguage());
    m_language->setCurrentIndex(index < 0 ? 0 : index);

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    layout->addLayout(form);
    auto *note = new QLabel(tr("A new language takes effect after Streamdesk is restarted."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(note);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(420, sizeHint().height());
}

QString PreferencesDialog::savedLanguage()
{
    return QSettings().value(LanguageKey, SystemLanguage).toString();
}

void PreferencesDialog::saveLanguage(const QString &language)
{
    QSettings().setValue(LanguageKey, language.isEmpty() ? SystemLanguage : language);
}

QString PreferencesDialog::selectedLanguage() const
{
    return m_language->currentData().toString();
}

void PreferencesDialog::save()
{
    saveLanguage(selectedLanguage());
    accept();
}
