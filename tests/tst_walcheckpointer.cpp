// WalCheckpointer keeps a busy writer's WAL bounded without checkpointing on the writer's
// thread in the common case. A real SQLite file with 512-byte pages, so its page thresholds are
// reached with a few MB.
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include "services/walcheckpointer.h"

namespace {

bool exec(sqlite3 *db, const char *sql)
{
    char *error = nullptr;
    const bool ok = sqlite3_exec(db, sql, nullptr, nullptr, &error) == SQLITE_OK;
    if (!ok)
        qWarning() << sql << error;
    sqlite3_free(error);
    return ok;
}

// Limits of a few MB, reached quickly with 512-byte pages (the store's are 32 and 96 MiB).
constexpr int PageSize = 512;
constexpr int ForegroundPages = 24000;
constexpr qint64 BackgroundBytes = qint64(8000) * PageSize;
constexpr qint64 ForegroundBytes = qint64(ForegroundPages) * PageSize;

qint64 scalar(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    qint64 value = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
        value = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    return value;
}

} // namespace

class TstWalCheckpointer final : public QObject {
    Q_OBJECT

private slots:
    void keepsTheLogBounded()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray path = dir.filePath(QStringLiteral("wal.sqlite")).toUtf8();
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(path.constData(), &db), SQLITE_OK);
        QVERIFY(exec(db, "PRAGMA page_size = 512"));
        QVERIFY(exec(db, "PRAGMA journal_mode = WAL"));
        QVERIFY(exec(db, "PRAGMA synchronous = NORMAL"));
        QVERIFY(exec(db, "CREATE TABLE t (id INTEGER PRIMARY KEY, payload BLOB)"));

        constexpr int Transactions = 120;
        constexpr int RowsPerTransaction = 100;
        qint64 framesWritten = 0;
        {
            WalCheckpointer checkpointer(QString::fromUtf8(path), BackgroundBytes, ForegroundBytes);
            sqlite3_wal_autocheckpoint(db, 0); // only the checkpointer keeps the log bounded
            checkpointer.install(db);
            QCOMPARE(checkpointer.foregroundPages(), ForegroundPages);
            sqlite3_stmt *insert = nullptr;
            QCOMPARE(sqlite3_prepare_v2(db, "INSERT INTO t (payload) VALUES (randomblob(1500))", -1, &insert, nullptr),
                SQLITE_OK);
            for (int t = 0; t < Transactions; ++t) {
                QVERIFY(exec(db, "BEGIN IMMEDIATE"));
                for (int r = 0; r < RowsPerTransaction; ++r) {
                    QCOMPARE(sqlite3_step(insert), SQLITE_DONE);
                    sqlite3_reset(insert);
                }
                QVERIFY(exec(db, "COMMIT"));
            }
            sqlite3_finalize(insert);
            // Each 1,500-byte row takes ~4 pages: ~400 frames per transaction.
            framesWritten = qint64(Transactions) * RowsPerTransaction * 1500 / 512;
            QVERIFY(framesWritten > ForegroundPages); // unbounded, the log would pass it
            QTRY_VERIFY(checkpointer.backgroundCheckpoints() > 0);
            sqlite3_wal_hook(db, nullptr, nullptr); // before the checkpointer goes
        }
        // The log restarted instead of growing: never much past the foreground threshold.
        const qint64 walBytes = QFileInfo(QString::fromUtf8(path + "-wal")).size();
        QVERIFY2(walBytes < qint64(ForegroundPages + 1000) * (512 + 24), QByteArray::number(walBytes).constData());
        QVERIFY(walBytes > 0);

        // Everything committed is there, for this connection and a new one.
        QCOMPARE(scalar(db, "SELECT COUNT(*) FROM t"), qint64(Transactions) * RowsPerTransaction);
        QCOMPARE(sqlite3_close(db), SQLITE_OK);
        QCOMPARE(sqlite3_open(path.constData(), &db), SQLITE_OK);
        QCOMPARE(scalar(db, "SELECT COUNT(*) FROM t"), qint64(Transactions) * RowsPerTransaction);
        sqlite3_stmt *check = nullptr;
        QCOMPARE(sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &check, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_step(check), SQLITE_ROW);
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(check, 0))), QByteArray("ok"));
        sqlite3_finalize(check);
        sqlite3_close(db);
    }

    // The background thread really copies the log (a new connection's checkpoint is a silent
    // no-op until it has read the database), so the writer's next commit starts the log over
    // without ever checkpointing on its own thread.
    void backgroundCopiesTheLogSoItStartsOver()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray path = dir.filePath(QStringLiteral("bg.sqlite")).toUtf8();
        const QString walPath = QString::fromUtf8(path + "-wal");
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(path.constData(), &db), SQLITE_OK);
        QVERIFY(exec(db, "PRAGMA page_size = 512"));
        QVERIFY(exec(db, "PRAGMA journal_mode = WAL"));
        QVERIFY(exec(db, "CREATE TABLE t (id INTEGER PRIMARY KEY, payload BLOB)"));
        WalCheckpointer checkpointer(QString::fromUtf8(path), BackgroundBytes, ForegroundBytes);
        sqlite3_wal_autocheckpoint(db, 0);
        checkpointer.install(db);

        constexpr qint64 FrameBytes = 512 + 24;
        const auto logFrames = [&] { return (QFileInfo(walPath).size() - 32) / FrameBytes; };
        int rows = 0;
        while (logFrames() < checkpointer.backgroundPages() + 500) {
            QVERIFY(exec(db, "BEGIN IMMEDIATE"));
            for (int r = 0; r < 50; ++r, ++rows)
                QVERIFY(exec(db, "INSERT INTO t (payload) VALUES (randomblob(1500))"));
            QVERIFY(exec(db, "COMMIT"));
        }
        const qint64 frames = logFrames();
        QVERIFY(frames < ForegroundPages);
        QTRY_COMPARE(qint64(checkpointer.copiedFrames()), frames);
        QCOMPARE(checkpointer.foregroundCheckpoints(), 0);

        // Everything is in the database file: the next transaction writes the log from its start.
        QVERIFY(exec(db, "INSERT INTO t (payload) VALUES (randomblob(1500))"));
        ++rows;
        QCOMPARE(logFrames(), frames);
        QCOMPARE(scalar(db, "SELECT COUNT(*) FROM t"), qint64(rows));
        sqlite3_wal_hook(db, nullptr, nullptr);
        QCOMPARE(sqlite3_close(db), SQLITE_OK);
    }

    void destroyedWhileIdle()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("idle.sqlite"));
        // A file that does not exist yet: the checkpoint connection fails, the owner still
        // destroys it cleanly and nothing is requested.
        WalCheckpointer checkpointer(path);
        QCOMPARE(checkpointer.backgroundCheckpoints(), 0);
        QCOMPARE(checkpointer.foregroundCheckpoints(), 0);
    }
};

QTEST_GUILESS_MAIN(TstWalCheckpointer)
#include "tst_walcheckpointer.moc"
