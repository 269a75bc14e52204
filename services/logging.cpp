#include "services/logging.h"

Q_LOGGING_CATEGORY(lcRedis, "streamdesk.redis", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServer, "streamdesk.server", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStream, "streamdesk.stream", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "streamdesk.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSse, "streamdesk.sse", QtInfoMsg)
Q_LOGGING_CATEGORY(lcQueue, "streamdesk.queue", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "streamdesk.ui", QtInfoMsg)
