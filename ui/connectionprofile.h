#pragma once

#include <optional>

#include "services/redisendpoint.h"

class QSettings;

// The last connection, as kept in QSettings: the safe URL (never the password) plus the TLS
// file paths, which a URL cannot carry. The password lives in PasswordStore.
namespace ConnectionProfile {

void save(QSettings &settings, const RedisEndpoint &endpoint);
[[nodiscard]] std::optional<RedisEndpoint> load(QSettings &settings);
void clear(QSettings &settings);
// Whether the saved connection was made with a password (only the fact, never the password):
// restoring it without one would only collect NOAUTH errors.
[[nodiscard]] bool usesPassword(QSettings &settings);

} // namespace ConnectionProfile
