#include "clistore.h"

#include <QFile>
#include <QFileInfo>

#include "services/ticketstore.h"

using namespace Qt::StringLiterals;

namespace {

// Every SQLite database file starts with these 16 bytes; an empty file is a new database.
constexpr char kSqliteHeader[] = "SQLite format 3";

bool looksLikeSqlite(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return true; // let SQLite say what is wrong
    if (file.size() == 0)
        return true;
    return file.read(sizeof kSqliteHeader) == QByteArray(kSqliteHeader, sizeof kSqliteHeader);
}

// TicketStore's messages read "<what failed> the ticket store <path>: <SQLite's text> <driver's
// text>"; the caller already names the store, and the Qt driver's part adds nothing.
QString reasonOnly(const QString &path, QString message)
{
    const QString marker = path + u": "_s;
    const qsizetype at = message.indexOf(marker);
    if (at >= 0)
        message = message.mid(at + marker.size());
    for (const QString &noise : {u"Unable to execute statement"_s, u"Error opening database"_s,
             u"Unable to fetch row"_s, u"Unable to begin transaction"_s, u"Unable to commit transaction"_s}) {
        if (message.endsWith(noise) && message.size() > noise.size()) {
            message.chop(noise.size());
            break;
        }
    }
    return message.trimmed();
}

} // namespace

bool CliStore::open(TicketStore &store, const QString &path, QString *error, bool readOnly)
{
    const QFileInfo info(path);
    QString reason;
    if (info.isDir())
        reason = tr("it is a directory");
    else if (info.exists() && !looksLikeSqlite(path))
        reason = tr("file is not a database"); // what SQLite says, before Qt's driver text
    else if (store.open(path, &reason, readOnly ? TicketStore::OpenMode::ReadOnly : TicketStore::OpenMode::Writer))
        return true;
    else
        reason = reasonOnly(path, reason);
    if (error)
        *error = tr("cannot open the ticket store %1: %2").arg(path, reason);
    return false;
}
