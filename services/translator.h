#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

// Loads Streamdesk's and Qt's translations for a language into the application.
// language: "pt_BR", "en", or empty/"system" to follow the system locale.
namespace Translator {

void install(QCoreApplication *app, const QString &language = {});
[[nodiscard]] QStringList availableLanguages(); // e.g. {"en", "pt_BR"}
[[nodiscard]] QString currentLanguage();

} // namespace Translator
