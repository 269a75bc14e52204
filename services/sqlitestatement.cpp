#include "services/sqlitestatement.h"

#include <sqlite3.h>

SqliteStatement::~SqliteStatement()
{
    finalize();
}

bool SqliteStatement::prepare(sqlite3 *db, const char *sql)
{
    finalize();
    return sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) == SQLITE_OK;
}

void SqliteStatement::finalize()
{
    sqlite3_finalize(m_stmt); // a no-op on nullptr
    m_stmt = nullptr;
    m_keep.clear();
}

void SqliteStatement::bind(int index, const QString &text)
{
    // UTF-8 as the database stores it, kept alive until reset(): sqlite3_bind_text16() copied
    // and converted each value inside SQLite, about four times the instructions.
    m_keep.append(text.toUtf8());
    const QByteArray &utf8 = m_keep.back();
    // Never a null pointer: SQLite binds that as NULL, and an empty field is '' in the store.
    sqlite3_bind_text(m_stmt, index, utf8.isNull() ? "" : utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

void SqliteStatement::bindBlob(int index, const QByteArray &bytes)
{
    if (bytes.isEmpty())
        sqlite3_bind_null(m_stmt, index);
    else
        sqlite3_bind_blob64(m_stmt, index, bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindUtf8(int index, const QByteArray &utf8)
{
    if (utf8.isEmpty())
        sqlite3_bind_null(m_stmt, index);
    else
        sqlite3_bind_text64(
            m_stmt, index, utf8.constData(), sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
}

void SqliteStatement::bindTime(int index, const QDateTime &time)
{
    if (time.isValid())
        sqlite3_bind_int64(m_stmt, index, time.toMSecsSinceEpoch());
    else
        sqlite3_bind_null(m_stmt, index);
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

int SqliteStatement::step()
{
    return sqlite3_step(m_stmt);
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_keep.clear();
}

QString SqliteStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column)) : QString();
}

QByteArray SqliteStatement::bytes(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return data ? QByteArray(data, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QDateTime SqliteStatement::time(int column) const
{
    if (sqlite3_column_type(m_stmt, column) == SQLITE_NULL)
        return {};
    return QDateTime::fromMSecsSinceEpoch(sqlite3_column_int64(m_stmt, column), Qt::UTC);
}
