#include "ui/connectionprofile.h"

#include <QSettings>

namespace {
const QString Group = QStringLiteral("connection");
} // namespace

namespace ConnectionProfile {

void save(QSettings &settings, const RedisEndpoint &endpoint)
{
    settings.beginGroup(Group);
    settings.setValue(QStringLiteral("url"), endpoint.toSafeUrl());
    settings.setValue(QStringLiteral("caFile"), endpoint.caFile);
    settings.setValue(QStringLiteral("certFile"), endpoint.certFile);
    settings.setValue(QStringLiteral("keyFile"), endpoint.keyFile);
    settings.setValue(QStringLiteral("serverName"), endpoint.serverName);
    settings.setValue(QStringLiteral("tlsInsecure"), endpoint.tlsInsecure);
    settings.setValue(QStringLiteral("usesPassword"), !endpoint.password.isEmpty());
    settings.endGroup();
}

std::optional<RedisEndpoint> load(QSettings &settings)
{
    settings.beginGroup(Group);
    const QString url = settings.value(QStringLiteral("url")).toString();
    std::optional<RedisEndpoint> result;
    if (!url.isEmpty()) {
        auto parsed = RedisEndpoint::parse(url);
        if (auto *endpoint = std::get_if<RedisEndpoint>(&parsed)) {
            endpoint->password.clear(); // a hand-edited file must not smuggle one in
            endpoint->caFile = settings.value(QStringLiteral("caFile")).toString();
            endpoint->certFile = settings.value(QStringLiteral("certFile")).toString();
            endpoint->keyFile = settings.value(QStringLiteral("keyFile")).toString();
            endpoint->serverName = settings.value(QStringLiteral("serverName")).toString();
            endpoint->tlsInsecure = settings.value(QStringLiteral("tlsInsecure"), false).toBool();
            result = *endpoint;
        }
    }
    settings.endGroup();
    return result;
}

bool usesPassword(QSettings &settings)
{
    return settings.value(Group + QStringLiteral("/usesPassword"), false).toBool();
}

void clear(QSettings &settings)
{
    settings.remove(Group);
}

} // namespace ConnectionProfile
