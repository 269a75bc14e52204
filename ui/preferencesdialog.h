#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// Settings → Preferences: the interface language, applied at the next start (Qt cannot
// re-translate widgets that are already built without a retranslate pass in each of them), and
// the pipeline: stream key, consumer group, consumer name, a state-table override file and the
// processing limits, applied at once (the window re-attaches its consumer).
class PreferencesDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // The saved choice: "system", "en" or "pt_BR". main() hands it to Translator::install().
    [[nodiscard]] static QString savedLanguage();
    static void saveLanguage(const QString &language);

    [[nodiscard]] QString selectedLanguage() const;
    [[nodiscard]] QSpinBox *maxEntryBox() const { return m_maxEntryKiB; }
    [[nodiscard]] QSpinBox *claimMinIdleBox() const { return m_claimMinIdle; }
    [[nodiscard]] QSpinBox *maxDeliveriesBox() const { return m_maxDeliveries; }
    [[nodiscard]] QComboBox *newGroupStartBox() const { return m_newGroupStart; }
    // Whether OK changed any pipeline setting (the window then re-attaches its consumer).
    [[nodiscard]] bool pipelineChanged() const { return m_pipelineChanged; }
    [[nodiscard]] bool languageChanged() const { return m_languageChanged; }

private:
    void save();
    void browseStateTable();
    bool validateStateTable();

    QComboBox *m_language = nullptr;
    QLineEdit *m_stream = nullptr;
    QLineEdit *m_group = nullptr;
    QLineEdit *m_consumer = nullptr;
    QLineEdit *m_stateTable = nullptr;
    QSpinBox *m_maxEntryKiB = nullptr;
    QSpinBox *m_claimMinIdle = nullptr; // seconds
    QSpinBox *m_maxDeliveries = nullptr;
    QComboBox *m_newGroupStart = nullptr;
    QLabel *m_error = nullptr;
    bool m_pipelineChanged = false;
    bool m_languageChanged = false;
};
