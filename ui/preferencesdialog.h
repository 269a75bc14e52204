#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

// Settings → Preferences: the interface language, applied at the next start (Qt cannot
// re-translate widgets that are already built without a retranslate pass in each of them), and
// the pipeline: stream key, consumer group, consumer name and a state-table override file,
// applied at once (the window re-attaches its consumer).
class PreferencesDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // The saved choice: "system", "en" or "pt_BR". main() hands it to Translator::install().
    [[nodiscard]] static QString savedLanguage();
    static void saveLanguage(const QString &language);

    [[nodiscard]] QString selectedLanguage() const;
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
    QLabel *m_error = nullptr;
    bool m_pipelineChanged = false;
    bool m_languageChanged = false;
};
