#include <QCoreApplication>

#include "cliconsole.h"
#include "clidispatcher.h"
#include "consumecommand.h"
#include "deadletterscommand.h"
#include "infocommand.h"
#include "listencommand.h"
#include "pendingcommand.h"
#include "pingcommand.h"
#include "servessecommand.h"
#include "services/translator.h"
#include "simulatecommand.h"
#include "ticketscommand.h"

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"streamdesk-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(STREAMDESK_VERSION));
    CliConsole::installMessageHandler();
    Translator::install(&app);

    CliDispatcher dispatcher;
    dispatcher.addCommand(new PingCommand);
    dispatcher.addCommand(new InfoCommand);
    dispatcher.addCommand(new ConsumeCommand(StreamConsumer::Mode::Process));
    dispatcher.addCommand(new ConsumeCommand(StreamConsumer::Mode::Observe));
    dispatcher.addCommand(new PendingCommand);
    dispatcher.addCommand(new DeadLettersCommand);
    dispatcher.addCommand(new TicketsCommand);
    dispatcher.addCommand(new SimulateCommand);
    dispatcher.addCommand(new ServeSseCommand);
    dispatcher.addCommand(new ListenCommand);

    // Queued: a command may finish inside start(), before exec() runs.
    QObject::connect(
        &dispatcher, &CliDispatcher::finished, &app, [](int exitCode) { QCoreApplication::exit(exitCode); },
        Qt::QueuedConnection);
    dispatcher.start(QCoreApplication::arguments());
    return QCoreApplication::exec();
}
