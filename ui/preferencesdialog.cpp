#include "ui/preferencesdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

#include "services/statetable.h"
#include "services/streamconsumer.h"
#include "ui/pipelinecontroller.h"

namespace {
// Not "general/...": Qt's INI files keep top-level keys in [General] and write a group of that
// name as [%General], which reads back as "General/..."; the language saved under
// "general/language" was never found again. LegacyLanguageKey is where such files have it.
const QString LanguageKey = QStringLiteral("interface/language");
const QString LegacyLanguageKey = QStringLiteral("General/language");
const QString SystemLanguage = QStringLiteral("system");
const QString &StreamKey = PipelineController::StreamSetting;
const QString &GroupKey = PipelineController::GroupSetting;
const QString &ConsumerKey = PipelineController::ConsumerSetting;
const QString &StateTableKey = PipelineController::StateTableSetting;
const QString &MaxEntryBytesKey = PipelineController::MaxEntryBytesSetting;
const QString &ClaimMinIdleKey = PipelineController::ClaimMinIdleSetting;
const QString &MaxDeliveriesKey = PipelineController::MaxDeliveriesSetting;
const QString &NewGroupStartKey = PipelineController::NewGroupStartSetting;

// A default is not written either.
void saveNumber(QSettings &settings, const QString &key, qint64 value, qint64 byDefault, bool *changed)
{
    const qint64 old = settings.value(key, byDefault).toLongLong();
    if (old == value)
        return;
    *changed = true;
    if (value == byDefault)
        settings.remove(key);
    else
        settings.setValue(key, value);
}

// Empty fields mean "the default"; defaults are not written, so a later release can change them.
void saveOrRemove(QSettings &settings, const QString &key, const QString &value, bool *changed)
{
    const QString old = settings.value(key).toString();
    if (old == value)
        return;
    *changed = true;
    if (value.isEmpty())
        settings.remove(key);
    else
        settings.setValue(key, value);
}
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

    const QSettings settings;
    auto *pipeline = new QGroupBox(tr("Pipeline"), this);
    auto *pipelineForm = new QFormLayout(pipeline);
    m_stream = new QLineEdit(settings.value(StreamKey).toString(), pipeline);
    const StreamConsumer::Config defaults;
    m_stream->setPlaceholderText(defaults.stream);
    m_group = new QLineEdit(settings.value(GroupKey).toString(), pipeline);
    m_group->setPlaceholderText(defaults.group);
    m_consumer = new QLineEdit(settings.value(ConsumerKey).toString(), pipeline);
    m_consumer->setPlaceholderText(StreamConsumer::defaultConsumerName());
    m_consumer->setToolTip(
        tr("Keep the same name across restarts, so this console finds its own pending entries again."));
    m_stateTable = new QLineEdit(settings.value(StateTableKey).toString(), pipeline);
    m_stateTable->setPlaceholderText(tr("Built-in state table"));
    m_stateTable->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("&Browse…"), pipeline);
    connect(browse, &QPushButton::clicked, this, &PreferencesDialog::browseStateTable);
    auto *stateRow = new QHBoxLayout;
    stateRow->addWidget(m_stateTable, 1);
    stateRow->addWidget(browse);
    pipelineForm->addRow(tr("&Stream:"), m_stream);
    pipelineForm->addRow(tr("Consumer &group:"), m_group);
    pipelineForm->addRow(tr("Consumer &name:"), m_consumer);
    // A row whose field is a layout gets no buddy from addRow(): the mnemonic needs one.
    auto *stateLabel = new QLabel(tr("S&tate table:"), pipeline);
    stateLabel->setBuddy(m_stateTable);
    pipelineForm->addRow(stateLabel, stateRow);

    // Processing limits, in the units a person thinks in (the settings keep bytes and ms).
    m_maxEntryKiB = new QSpinBox(pipeline);
    m_maxEntryKiB->setRange(1, 512 * 1024);
    m_maxEntryKiB->setSuffix(tr(" KiB"));
    m_maxEntryKiB->setValue(
        int(settings.value(MaxEntryBytesKey, qlonglong(defaults.maxEntryBytes)).toLongLong() / 1024));
    m_maxEntryKiB->setToolTip(tr("Larger entries are malformed and go to the dead-letter stream (too_large); raise it "
                                 "before replaying such entries. Default %1 KiB.")
                                  .arg(defaults.maxEntryBytes / 1024));
    m_claimMinIdle = new QSpinBox(pipeline);
    // Not 0: with claims every 200 ms the console would take live processors' entries until
    // too_many_deliveries dead-lettered good ones (the CLI allows 0, for tests).
    m_claimMinIdle->setRange(1, 86400);
    m_claimMinIdle->setSuffix(tr(" s"));
    m_claimMinIdle->setValue(settings.value(ClaimMinIdleKey, defaults.claimMinIdleMs).toInt() / 1000);
    m_claimMinIdle->setToolTip(tr("Processing claims entries another consumer of the group has left pending this long "
                                  "(XAUTOCLAIM). Default %1 s.")
                                   .arg(defaults.claimMinIdleMs / 1000));
    m_maxDeliveries = new QSpinBox(pipeline);
    m_maxDeliveries->setRange(1, 1000);
    m_maxDeliveries->setValue(settings.value(MaxDeliveriesKey, defaults.maxDeliveries).toInt());
    m_maxDeliveries->setToolTip(tr("An entry delivered more often than this goes to the dead-letter stream "
                                   "(too_many_deliveries). Default %1.")
                                    .arg(defaults.maxDeliveries));
    // Process mode always created a missing group at "$": on a stream holding a backlog the
    // console then processed nothing of it, with nothing on screen saying why.
    m_newGroupStart = new QComboBox(pipeline);
    m_newGroupStart->addItem(tr("New entries only"), QString());
    m_newGroupStart->addItem(tr("The whole stream, from its first entry"), QStringLiteral("0"));
    m_newGroupStart->setCurrentIndex(qMax(0, m_newGroupStart->findData(settings.value(NewGroupStartKey).toString())));
    m_newGroupStart->setToolTip(tr("Where processing starts when Start creates the consumer group; an existing group "
                                   "goes on from where it left off."));
    pipelineForm->addRow(tr("A new group &reads:"), m_newGroupStart);
    pipelineForm->addRow(tr("Largest &entry:"), m_maxEntryKiB);
    pipelineForm->addRow(tr("&Claim pending entries idle for:"), m_claimMinIdle);
    pipelineForm->addRow(tr("&Dead-letter after deliveries:"), m_maxDeliveries);
    layout->addWidget(pipeline);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("preferencesError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(highlight);"));
    m_error->hide();
    layout->addWidget(m_error);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    // Room for the error line above the buttons, so they do not move when it appears.
    resize(520, sizeHint().height() + 2 * fontMetrics().lineSpacing() + layout->spacing());
}

QString PreferencesDialog::savedLanguage()
{
    const QSettings settings;
    return settings.value(LanguageKey, settings.value(LegacyLanguageKey, SystemLanguage)).toString();
}

void PreferencesDialog::saveLanguage(const QString &language)
{
    QSettings().setValue(LanguageKey, language.isEmpty() ? SystemLanguage : language);
}

QString PreferencesDialog::selectedLanguage() const
{
    return m_language->currentData().toString();
}

void PreferencesDialog::browseStateTable()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("State Table"), m_stateTable->text(), tr("JSON files (*.json);;All files (*)"));
    if (!file.isEmpty()) {
        m_stateTable->setText(file);
        validateStateTable();
    }
}

bool PreferencesDialog::validateStateTable()
{
    const QString file = m_stateTable->text().trimmed();
    QString error;
    StateTable table = StateTable::defaults();
    if (!file.isEmpty() && !table.loadOverrides(file, &error)) {
        m_error->setText(tr("State table: %1").arg(error));
        m_error->show();
        return false;
    }
    m_error->hide();
    return true;
}

void PreferencesDialog::save()
{
    // A state table that does not load is refused here, with its reason, rather than at the
    // next start.
    if (!validateStateTable())
        return;
    m_languageChanged = selectedLanguage() != savedLanguage();
    saveLanguage(selectedLanguage());
    QSettings settings;
    saveOrRemove(settings, StreamKey, m_stream->text().trimmed(), &m_pipelineChanged);
    saveOrRemove(settings, GroupKey, m_group->text().trimmed(), &m_pipelineChanged);
    saveOrRemove(settings, ConsumerKey, m_consumer->text().trimmed(), &m_pipelineChanged);
    saveOrRemove(settings, StateTableKey, m_stateTable->text().trimmed(), &m_pipelineChanged);
    const StreamConsumer::Config defaults;
    saveNumber(
        settings, MaxEntryBytesKey, qint64(m_maxEntryKiB->value()) * 1024, defaults.maxEntryBytes, &m_pipelineChanged);
    saveNumber(
        settings, ClaimMinIdleKey, qint64(m_claimMinIdle->value()) * 1000, defaults.claimMinIdleMs, &m_pipelineChanged);
    saveNumber(settings, MaxDeliveriesKey, m_maxDeliveries->value(), defaults.maxDeliveries, &m_pipelineChanged);
    saveOrRemove(settings, NewGroupStartKey, m_newGroupStart->currentData().toString(), &m_pipelineChanged);
    accept();
}
