// FeedListModel over a FeedHub: exact row ranges for added and removed feeds (the model tester
// is attached before any row exists), the columns (URL without user info or query), dataChanged
// for a feed's row, and the checkable Name column that enables a feed.
#include <QAbstractItemModelTester>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include "models/feedlistmodel.h"
#include "services/feedhub.h"

using namespace Qt::StringLiterals;

class TestFeedListModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rowsFollowTheHub();
    void columnsAndEnableToggle();
    void resetOnSetHub();
    void closedStateDoesNotRepeatTheError();

private:
    // A hub on a temporary settings file and store, and the model under test over it, with the
    // model tester attached before any row exists.
    struct HubAndModel {
        QTemporaryDir dir;
        QSettings settings {dir.filePath(u"settings.ini"_s), QSettings::IniFormat};
        FeedHub hub {&settings, dir.filePath(u"tickets.sqlite"_s)};
        FeedListModel model;
        QAbstractItemModelTester tester {&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
        HubAndModel() { model.setHub(&hub); }
    };

    static FeedConfig disabledFeed(const QString &name, const QString &url)
    {
        FeedConfig config;
        config.name = name;
        config.url = QUrl(url);
        config.enabled = false; // no network in this test
        return config;
    }
};

void TestFeedListModel::rowsFollowTheHub()
{
    HubAndModel f;
    QVERIFY(f.dir.isValid());
    FeedHub &hub = f.hub;
    FeedListModel &model = f.model;
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(FeedListModel::ColumnCount));

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    hub.setFeed(disabledFeed(u"a"_s, u"http://127.0.0.1:9/a"_s));
    hub.setFeed(disabledFeed(u"b"_s, u"http://127.0.0.1:9/b"_s));
    hub.setFeed(disabledFeed(u"c"_s, u"http://127.0.0.1:9/c"_s));
    QCOMPARE(inserted.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(inserted.at(i).at(1).toInt(), i);
        QCOMPARE(inserted.at(i).at(2).toInt(), i);
    }
    QCOMPARE(model.rowCount(), 3);
    const QStringList ids = hub.feedIds();
    QCOMPARE(model.feedId(1), ids.at(1));
    QCOMPARE(model.index(1, FeedListModel::Name).data(FeedListModel::FeedIdRole).toString(), ids.at(1));

    // Editing the middle feed changes its row only.
    changed.clear();
    FeedConfig b = *hub.feed(ids.at(1));
    b.name = u"bee"_s;
    hub.setFeed(b);
    QVERIFY(!changed.isEmpty());
    for (const QList<QVariant> &args : std::as_const(changed)) {
        QCOMPARE(args.at(0).toModelIndex().row(), 1);
        QCOMPARE(args.at(1).toModelIndex().row(), 1);
        QCOMPARE(args.at(0).toModelIndex().column(), 0);
        QCOMPARE(args.at(1).toModelIndex().column(), int(FeedListModel::ColumnCount) - 1);
    }
    QCOMPARE(model.index(1, FeedListModel::Name).data().toString(), u"bee"_s);

    hub.removeFeed(ids.at(1));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 1);
    QCOMPARE(removed.at(0).at(2).toInt(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, FeedListModel::Name).data().toString(), u"c"_s);
    hub.removeFeed(ids.at(0));
    QCOMPARE(removed.at(1).at(1).toInt(), 0);
    QCOMPARE(model.rowCount(), 1);
}

void TestFeedListModel::columnsAndEnableToggle()
{
    HubAndModel f;
    QVERIFY(f.dir.isValid());
    FeedHub &hub = f.hub;
    FeedListModel &model = f.model;
    hub.setFeed(disabledFeed(u"api"_s, u"https://user:pw@tickets.example.invalid:8443/stream?token=abc"_s));
    QCOMPARE(model.rowCount(), 1);

    const QString url = model.index(0, FeedListModel::Url).data().toString();
    QCOMPARE(url, u"https://tickets.example.invalid:8443/stream"_s);
    QVERIFY(!url.contains(u"pw"_s));
    QCOMPARE(model.index(0, FeedListModel::Name).data().toString(), u"api"_s);
    QCOMPARE(model.index(0, FeedListModel::State).data().toString(), u"disabled"_s);
    QCOMPARE(model.index(0, FeedListModel::Events).data(FeedListModel::SortRole).toLongLong(), 0);
    QCOMPARE(model.index(0, FeedListModel::Reconnects).data().toString(), u"0"_s);
    QVERIFY(!model.index(0, FeedListModel::Bytes).data().toString().isEmpty());
    QCOMPARE(model.index(0, FeedListModel::LastEventId).data().toString(), QString());
    QCOMPARE(model.index(0, FeedListModel::LastError).data().toString(), QString());
    QCOMPARE(model.index(0, FeedListModel::Name).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    QVERIFY(model.flags(model.index(0, FeedListModel::Name)) & Qt::ItemIsUserCheckable);
    QVERIFY(!(model.flags(model.index(0, FeedListModel::Url)) & Qt::ItemIsUserCheckable));
    QCOMPARE(
        model.headerData(FeedListModel::LastEventId, Qt::Horizontal, Qt::DisplayRole).toString(), u"Last event id"_s);

    // Checking the name enables the feed (it starts connecting to a port nobody listens on).
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setData(model.index(0, FeedListModel::Name), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(!changed.isEmpty());
    QVERIFY(hub.stats(hub.feedIds().at(0)).enabled);
    QCOMPARE(model.index(0, FeedListModel::Name).data(FeedListModel::EnabledRole).toBool(), true);
    QVERIFY(model.setData(model.index(0, FeedListModel::Name), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(model.index(0, FeedListModel::State).data().toString(), u"disabled"_s);
    QVERIFY(!model.setData(model.index(0, FeedListModel::Url), Qt::Checked, Qt::CheckStateRole));
}

void TestFeedListModel::resetOnSetHub()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    {
        FeedHub hub(&settings, dir.filePath(u"tickets.sqlite"_s));
        hub.setFeed(disabledFeed(u"a"_s, u"http://127.0.0.1:9/a"_s));
        hub.setFeed(disabledFeed(u"b"_s, u"http://127.0.0.1:9/b"_s));
    }
    FeedListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    {
        FeedHub hub(&settings, dir.filePath(u"tickets.sqlite"_s));
        hub.load();
        model.setHub(&hub);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, FeedListModel::Name).data().toString(), u"b"_s);
    }
    // The hub is gone: the model empties itself rather than pointing at nothing.
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestFeedListModel)
#include "tst_feedlistmodel.moc"

// A feed its server refused: State says "closed", Last error says why. State said "closed: the
// server answered HTTP 404 Not Found" beside the same words, both cut off at the column's width.
void TestFeedListModel::closedStateDoesNotRepeatTheError()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    connect(&server, &QTcpServer::newConnection, this, [&server] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            connect(socket, &QIODevice::readyRead, socket, [socket] {
                if (socket->readAll().contains("\r\n\r\n"))
                    socket->write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n");
            });
        }
    });
    HubAndModel f;
    QVERIFY(f.dir.isValid());
    FeedHub &hub = f.hub;
    FeedListModel &model = f.model;
    FeedConfig config = disabledFeed(u"gone"_s, u"http://127.0.0.1:%1/gone"_s.arg(server.serverPort()));
    config.enabled = true;
    hub.setFeed(config);
    const QString error = u"the server answered HTTP 404 Not Found"_s;
    QTRY_COMPARE_WITH_TIMEOUT(model.index(0, FeedListModel::LastError).data().toString(), error, 10000);
    QTRY_COMPARE(model.index(0, FeedListModel::State).data().toString(), u"closed"_s);
    // The whole text stays in the tooltip.
    QCOMPARE(model.index(0, FeedListModel::State).data(Qt::ToolTipRole).toString(), u"closed: "_s + error);
}
