// sse-contract-service: the test service for github.com/launchdarkly/sse-contract-tests,
// wrapping SseClient. Listens on 127.0.0.1 only; --port 0 picks a free port. Prints
// "listening on http://127.0.0.1:<port>" once ready.
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>

#include "contractservice.h"

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"sse-contract-service"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"sse-contract-tests test service for Streamdesk's SseClient"_s);
    parser.addHelpOption();
    const QCommandLineOption portOption(u"port"_s, u"TCP port on 127.0.0.1 (0: any free port)."_s, u"port"_s);
    parser.addOption(portOption);
    parser.process(app);

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!parser.isSet(portOption) || !ok || port > 65535) {
        std::fprintf(stderr, "sse-contract-service: --port P (0-65535) is required\n");
        return 2;
    }

    SseContract::ContractService service;
    QObject::connect(&service, &SseContract::ContractService::quitRequested, &app, &QCoreApplication::quit);
    if (!service.listen(quint16(port))) {
        std::fprintf(stderr, "sse-contract-service: cannot listen on 127.0.0.1:%u: %s\n", port,
            qPrintable(service.errorString()));
        return 1;
    }
    std::printf("listening on http://127.0.0.1:%u\n", unsigned(service.port()));
    std::fflush(stdout);
    return app.exec();
}
