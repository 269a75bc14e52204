#include <csignal>
#include <cstdio>
#include <string_view>

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMetaEnum>
#include <QTimer>

#include "services/redisendpoint.h"
#include "services/signalwatcher.h"
#include "services/translator.h"
#include "ui/mainwindow.h"
#include "ui/preferencesdialog.h"

namespace {

void printError(const QString &message)
{
    std::fprintf(stderr, "streamdesk: %s\n", qUtf8Printable(message));
}

// --help and --version only print: they must work without a display (in a terminal over ssh,
// in a build script), where the default xcb platform would abort. QApplication is still needed
// for the translated text, so it gets the offscreen platform unless one was chosen.
void useOffscreenForHelpOrVersion(int argc, char *argv[])
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        return;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg(argv[i]);
        if (arg == "--")
            return;
        if (arg == "-h" || arg == "--help" || arg == "-?" || arg == "--help-all" || arg == "-v" || arg == "--version") {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            return;
        }
    }
#else
    Q_UNUSED(argc)
    Q_UNUSED(argv)
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    useOffscreenForHelpOrVersion(argc, argv);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Streamdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("streamdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STREAMDESK_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.streamdesk.Streamdesk"));
    Translator::install(&app, PreferencesDialog::savedLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Operations console for a ServiceNow change pipeline on Redis."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(QStringLiteral("sandbox"),
        QCoreApplication::translate("main", "Start a private redis-server with throwaway data and connect to it."));
    const QCommandLineOption redisOption(QStringLiteral("redis"),
        QCoreApplication::translate(
            "main", "Connect to <url> (redis:// or rediss://). A password in the URL is used but never stored."),
        QCoreApplication::translate("main", "url"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save a screenshot of the main window to <file>, then quit."),
        QCoreApplication::translate("main", "file"));
    const QCommandLineOption delayOption(QStringLiteral("screenshot-delay"),
        QCoreApplication::translate("main", "Wait <ms> milliseconds before taking the screenshot (default 2000)."),
        QCoreApplication::translate("main", "ms"), QStringLiteral("2000"));
    const QCommandLineOption pageOption(QStringLiteral("page"),
        QCoreApplication::translate("main", "Open on <page>: dashboard, tickets, streams, feeds, queue or server."),
        QCoreApplication::translate("main", "page"));
    parser.addOptions({sandboxOption, redisOption, screenshotOption, delayOption, pageOption});
    parser.process(app);

    if (parser.isSet(sandboxOption) && parser.isSet(redisOption)) {
        printError(QCoreApplication::translate("main", "--sandbox and --redis cannot be used together."));
        return 2;
    }
    bool delayOk = false;
    const int delayMs = parser.value(delayOption).toInt(&delayOk);
    if (!delayOk || delayMs < 0) {
        printError(QCoreApplication::translate("main", "--screenshot-delay needs a number of milliseconds."));
        return 2;
    }

    std::optional<MainWindow::Page> page;
    if (parser.isSet(pageOption)) {
        const QMetaEnum pages = QMetaEnum::fromType<MainWindow::Page>();
        const QString name = parser.value(pageOption).trimmed();
        for (int i = 0; i < pages.keyCount(); ++i) {
            if (QString::fromLatin1(pages.key(i)).compare(name, Qt::CaseInsensitive) == 0)
                page = MainWindow::Page(pages.value(i));
        }
        if (!page) {
            printError(QCoreApplication::translate(
                "main", "unknown page %1; use dashboard, tickets, streams, feeds, queue or server.")
                           .arg(name));
            return 2;
        }
    }

    MainWindow window;
    // Ctrl+C or SIGTERM: close the window as the user would, so the sandbox's redis-server is
    // stopped and its data directory removed instead of being left behind. Watched before the
    // sandbox starts; a second signal kills at once, should the shutdown hang.
    SignalWatcher stopSignals;
    QObject::connect(&stopSignals, &SignalWatcher::terminationRequested, &window, [&window] {
        ::signal(SIGINT, SIG_DFL);
        ::signal(SIGTERM, SIG_DFL);
        window.close();
        QCoreApplication::quit();
    });
    if (page)
        window.showPage(*page);
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
                printError(QCoreApplication::translate("main", "cannot write the screenshot to %1").arg(file));
            window.close();
            QCoreApplication::exit(saved ? 0 : 1);
        });
    } else if (!parser.isSet(redisOption) && !parser.isSet(sandboxOption)) {
        // After show(), so the dialog opens over the window.
        QTimer::singleShot(0, &window, [&window] { window.restoreLastConnection(); });
    }
    return app.exec();
}
