#pragma once

#include <QDialog>

class QComboBox;

// Settings → Preferences: the interface language, applied at the next start (Qt cannot
// re-translate widgets that are already built without a retranslate pass in each of them).
class PreferencesDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // The saved choice: "system", "en" or "pt_BR". main() hands it to Translator::install().
    [[nodiscard]] static QString savedLanguage();
    static void saveLanguage(const QString &language);

    [[nodiscard]] QString selectedLanguage() const;

private:
    void save();

    QComboBox *m_language = nullptr;
};
