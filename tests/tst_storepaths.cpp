// Each server its own ticket store: the first one connected after an upgrade keeps the single
// store of earlier versions, the others get files of their own, and "last" follows.
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "services/redisendpoint.h"
#include "services/storepaths.h"
#include "services/ticketstore.h"

using namespace Qt::StringLiterals;

class TestStorePaths final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void eachServerItsOwnStore()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        QCOMPARE(StorePaths::last(settings), TicketStore::defaultPath()); // nothing connected yet

        RedisEndpoint production;
        production.host = u"redis.prod.example"_s;
        RedisEndpoint staging = production;
        staging.host = u"127.0.0.1"_s;
        staging.port = 46698;
        staging.database = 2;

        // The first server keeps the existing store: its tickets stay where they were.
        QCOMPARE(StorePaths::forServer(settings, production), TicketStore::defaultPath());
        const QString stagingPath = StorePaths::forServer(settings, staging);
        QVERIFY(stagingPath != TicketStore::defaultPath());
        QCOMPARE(QFileInfo(stagingPath).fileName(), u"tickets-127.0.0.1-46698-2.sqlite"_s);
        QCOMPARE(QFileInfo(stagingPath).absolutePath(), QFileInfo(TicketStore::defaultPath()).absolutePath());
        QCOMPARE(StorePaths::last(settings), stagingPath);

        // The same server, even spelled in capitals, finds its store again; another database
        // of it is another store.
        RedisEndpoint shouted = production;
        shouted.host = u"REDIS.PROD.EXAMPLE"_s;
        QCOMPARE(StorePaths::forServer(settings, shouted), TicketStore::defaultPath());
        QCOMPARE(StorePaths::last(settings), TicketStore::defaultPath());
        RedisEndpoint otherDb = production;
        otherDb.database = 1;
        QVERIFY(StorePaths::forServer(settings, otherDb) != TicketStore::defaultPath());

        // Remembered across runs (a new QSettings on the same file).
        settings.sync();
        QSettings again(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        QCOMPARE(StorePaths::forServer(again, staging), stagingPath);

        // A host name cannot escape the directory.
        RedisEndpoint odd = production;
        odd.host = u"../../etc/x"_s;
        QCOMPARE(QFileInfo(StorePaths::forServer(again, odd)).absolutePath(),
            QFileInfo(TicketStore::defaultPath()).absolutePath());
    }
};

QTEST_GUILESS_MAIN(TestStorePaths)
#include "tst_storepaths.moc"
