#include "services/storepaths.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

#include "services/redisendpoint.h"
#include "services/ticketstore.h"

using namespace Qt::StringLiterals;

namespace {

const QString Group = u"ticketStores"_s;
const QString LastKey = u"ticketStores/last"_s;
const QString LegacyClaimedKey = u"ticketStores/legacyClaimed"_s;

// A settings key and a file name part: letters, digits, dots and dashes only.
QString sanitized(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (!(c.isLetterOrNumber() && c.unicode() < 0x80) && c != u'.' && c != u'-')
            c = u'_';
    }
    return out;
}

} // namespace

namespace StorePaths {

QString forServer(QSettings &settings, const RedisEndpoint &endpoint)
{
    const QString server =
        u"%1-%2-%3"_s.arg(sanitized(endpoint.host.toLower())).arg(endpoint.port).arg(endpoint.database);
    const QString key = Group + u"/server_"_s + server;
    QString path = settings.value(key).toString();
    if (path.isEmpty()) {
        const QString legacy = TicketStore::defaultPath();
        if (!settings.value(LegacyClaimedKey).toBool()) {
            settings.setValue(LegacyClaimedKey, true);
            path = legacy; // existing or not: the first server keeps the usual file
        } else {
            path = QFileInfo(legacy).absolutePath() + u"/tickets-"_s + server + u".sqlite"_s;
        }
        settings.setValue(key, path);
    }
    settings.setValue(LastKey, path);
    return path;
}

QString last(const QSettings &settings)
{
    const QString path = settings.value(LastKey).toString();
    return path.isEmpty() ? TicketStore::defaultPath() : path;
}

} // namespace StorePaths
