#pragma once

#include <QLoggingCategory>

// One logging category per area (Ruqola's habit). Enable with e.g.
// QT_LOGGING_RULES="streamdesk.redis.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcRedis)
Q_DECLARE_LOGGING_CATEGORY(lcServer)
Q_DECLARE_LOGGING_CATEGORY(lcStream)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcSse)
Q_DECLARE_LOGGING_CATEGORY(lcQueue)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
