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
}

void SqliteStatement::bind(int index, const QString &text)
{
    // Never a null pointer: SQLite binds that as NULL, and an empty field is '' in the store.
    static const char16_t empty = 0;
    const void *data = text.isEmpty() ? static_cast<const void *>(&empty) : static_cast<const void *>(text.utf16());
    sqlite3_bind_text16(m_stmt, index, data, int(text.size() * 2), SQLITE_TRANSIENT);
}

void SqliteStatement::bindBlob(int index, const QByteArray &bytes)
{
    if (bytes.isEmpty())
        sqlite3_bind_null(m_stmt, index);
    else
        sqlite3_bind_blob64(m_stmt, index, bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindId(int index, const QByteArray &id)
{
    if (id.isEmpty())
        sqlite3_bind_null(m_stmt, index);
    else
        sqlite3_bind_text64(m_stmt, index, id.constData(), sqlite3_uint64(id.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
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
