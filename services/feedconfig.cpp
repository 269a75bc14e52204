#include "services/feedconfig.h"

#include <QSettings>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

const QString Group = u"feeds"_s;
const QString OrderKey = u"order"_s;
const QString LastEventIdKey = u"lastEventId"_s;

// Feed ids are UUIDs we generate; anything else (a hand-edited file) must not escape the group.
bool isSafeId(const QString &id)
{
    if (id.isEmpty())
        return false;
    for (const QChar c : id) {
        if (!(c.isLetterOrNumber() || c == u'-'))
            return false;
    }
    return true;
}

} // namespace

QString FeedConfig::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString FeedConfig::safeUrl(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

QString FeedConfig::secretKey(const QString &feedId, const QString &headerName)
{
    // Header names are case-insensitive: one key per header whatever its spelling.
    return u"feed/"_s + feedId + u'/' + headerName.toLower();
}

QList<FeedConfig> FeedConfig::load(QSettings &settings)
{
    QList<FeedConfig> feeds;
    settings.beginGroup(Group);
    const QStringList order = settings.value(OrderKey).toStringList();
    for (const QString &id : order) {
        if (!isSafeId(id))
            continue;
        settings.beginGroup(id);
        FeedConfig feed;
        feed.id = id;
        feed.name = settings.value(u"name"_s).toString();
        feed.url = QUrl(settings.value(u"url"_s).toString());
        feed.enabled = settings.value(u"enabled"_s, true).toBool();
        feed.readTimeout = std::chrono::milliseconds(
            settings.value(u"readTimeoutMs"_s, qlonglong(DefaultReadTimeout.count())).toLongLong());
        const int count = settings.beginReadArray(u"headers"_s);
        for (int i = 0; i < count; ++i) {
            settings.setArrayIndex(i);
            Header header;
            header.name = settings.value(u"name"_s).toString();
            header.secret = settings.value(u"secret"_s, false).toBool();
            if (!header.secret)
                header.value = settings.value(u"value"_s).toString();
            if (!header.name.isEmpty())
                feed.headers.append(header);
        }
        settings.endArray();
        settings.endGroup();
        feeds.append(feed);
    }
    settings.endGroup();
    return feeds;
}

void FeedConfig::save(QSettings &settings, const QList<FeedConfig> &feeds)
{
    settings.beginGroup(Group);
    QStringList order;
    for (const FeedConfig &feed : feeds) {
        if (!isSafeId(feed.id))
            continue;
        order.append(feed.id);
        settings.beginGroup(feed.id);
        settings.setValue(u"name"_s, feed.name);
        settings.setValue(u"url"_s, feed.url.toString());
        settings.setValue(u"enabled"_s, feed.enabled);
        settings.setValue(u"readTimeoutMs"_s, qlonglong(feed.readTimeout.count()));
        settings.remove(u"headers"_s); // a shorter list must not leave old entries behind
        settings.beginWriteArray(u"headers"_s, int(feed.headers.size()));
        for (int i = 0; i < feed.headers.size(); ++i) {
            const Header &header = feed.headers.at(i);
            settings.setArrayIndex(i);
            settings.setValue(u"name"_s, header.name);
            settings.setValue(u"secret"_s, header.secret);
            if (!header.secret)
                settings.setValue(u"value"_s, header.value);
        }
        settings.endArray();
        settings.endGroup();
    }
    // Groups of removed feeds go, their last event id with them.
    for (const QString &group : settings.childGroups()) {
        if (!order.contains(group))
            settings.remove(group);
    }
    settings.setValue(OrderKey, order);
    settings.endGroup();
}

QString FeedConfig::lastEventId(QSettings &settings, const QString &feedId)
{
    if (!isSafeId(feedId))
        return {};
    return settings.value(Group + u'/' + feedId + u'/' + LastEventIdKey).toString();
}

void FeedConfig::setLastEventId(QSettings &settings, const QString &feedId, const QString &lastEventId)
{
    if (!isSafeId(feedId))
        return;
    settings.setValue(Group + u'/' + feedId + u'/' + LastEventIdKey, lastEventId);
}
