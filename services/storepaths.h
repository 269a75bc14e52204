#pragma once

#include <QString>

class QSettings;
struct RedisEndpoint;

// Which ticket store the console uses for a server. One store for every server mixed their
// tickets: switching from production to staging showed production's tickets as staging's.
// Each server (host, port, database) now has its own file. The first server connected after an
// upgrade keeps the old single store (TicketStore::defaultPath()), so its tickets stay where
// they were; every other server gets <AppData>/tickets-<host>-<port>-<db>.sqlite. The mapping
// lives in the settings.
namespace StorePaths {

// The store of this server, assigned (and remembered) on first use; also becomes last().
[[nodiscard]] QString forServer(QSettings &settings, const RedisEndpoint &endpoint);
// The store of the server used last (where feeds write before any connection), else the
// single store of earlier versions.
[[nodiscard]] QString last(const QSettings &settings);

} // namespace StorePaths
