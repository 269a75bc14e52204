#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVarLengthArray>

struct sqlite3;
struct sqlite3_stmt;

// One prepared statement on SQLite's C API, for the ticket store's hot path. QSqlQuery boxes
// every bound and read value in a QVariant; on a batch of thousands of tickets that was a
// measurable part of the store's cost. The connection itself stays QtSql's (the handle comes
// from QSqlDriver::handle()), so both share one transaction and one set of pragmas.
class SqliteStatement final {
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool prepare(sqlite3 *db, const char *sql);
    void finalize();

    // Parameters count from 1, as in SQL. Values are copied or kept until reset().
    void bind(int index, const QString &text); // an empty string binds '' (never NULL)
    void bindBlob(int index, const QByteArray &bytes); // empty binds NULL
    // UTF-8 text (JSON must be text: newer SQLite reads a BLOB given to its JSON functions as
    // its binary JSONB format), stream ids. Empty binds NULL.
    void bindUtf8(int index, const QByteArray &utf8);
    void bindTime(int index, const QDateTime &time); // ms since the epoch; invalid binds NULL
    void bind(int index, qint64 value);

    // SQLITE_ROW, SQLITE_DONE or an error code.
    int step();
    // Ready to run again, parameters cleared.
    void reset();

    // Columns count from 0.
    [[nodiscard]] QString text(int column) const;
    [[nodiscard]] QByteArray bytes(int column) const;
    [[nodiscard]] qint64 integer(int column) const;
    [[nodiscard]] QDateTime time(int column) const; // invalid when NULL

private:
    sqlite3_stmt *m_stmt = nullptr;
    QVarLengthArray<QByteArray, 20> m_keep; // bound text, until reset()
};
