#include <cstdio>

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QTimer>

#include "services/redisendpoint.h"
#include "services/translator.h"
#include "ui/mainwindow.h"
#include "ui/preferencesdialog.h"

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("main", text);
}

void printError(const QString &message)
{
    std::fprintf(stderr, "streamdesk: %s\n", qUtf8Printable(message));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Streamdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("streamdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STREAMDESK_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.streamdesk.Streamdesk"));
    Translator::install(&app, PreferencesDialog::savedLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Operations console for a ServiceNow change pipeline on Redis."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"), tr("Start a private redis-server with throwaway data and connect to it."));
    const QCommandLineOption redisOption(QStringLiteral("redis"),
        tr("Connect to <url> (redis:// or rediss://). A password in the URL is used but never stored."), tr("url"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"), tr("Save a screenshot of the main window to <file>, then quit."), tr("file"));
    const QCommandLineOption delayOption(QStringLiteral("screenshot-delay"),
        tr("Wait <ms> milliseconds before taking the screenshot (default 2000)."), tr("ms"), QStringLiteral("2000"));
    parser.addOptions({sandboxOption, redisOption, screenshotOption, delayOption});
    parser.process(app);

    if (parser.isSet(sandboxOption) && parser.isSet(redisOption)) {
        printError(tr("--sandbox and --redis cannot be used together."));
        return 2;
    }
    bool delayOk = false;
    const int delayMs = parser.value(delayOption).toInt(&delayOk);
    if (!delayOk || delayMs < 0) {
        printError(tr("--screenshot-delay needs a number of milliseconds."));
        return 2;
    }

    MainWindow window;
    if (parser.isSet(redisOption)) {
        auto parsed = RedisEndpoint::parse(parser.value(redisOption));
        if (const auto *error = std::get_if<QString>(&parsed)) {
            printError(*error); // parse() masks the password
            return 2;
        }
        window.connectTo(std::get<RedisEndpoint>(parsed), MainWindow::Remember::Nothing);
    } else if (parser.isSet(sandboxOption)) {
        window.startSandbox();
    }
    window.show();

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        QTimer::singleShot(delayMs, &window, [&window, file] {
            const bool saved = window.grab().save(file);
            if (!saved)
                printError(tr("cannot write the screenshot to %1").arg(file));
            window.close();
            QCoreApplication::exit(saved ? 0 : 1);
        });
    } else if (!parser.isSet(redisOption) && !parser.isSet(sandboxOption)) {
        // After show(), so the dialog opens over the window.
        QTimer::singleShot(0, &window, [&window] { window.restoreLastConnection(); });
    }
    return app.exec();
}
