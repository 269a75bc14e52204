#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QStringList>

struct StreamEntry;

// One entry of the dead-letter stream `<stream>:dlq` (docs/event-format.md, section 4): the
// original entry's fields, byte for byte, and the dlq_* fields the consumer added.
struct DeadLetter {
    Q_DECLARE_TR_FUNCTIONS(DeadLetter)

public:
    QByteArray id; // in the dead-letter stream
    QList<QPair<QByteArray, QByteArray>> original; // every field but dlq_*, in their order
    // When the values were cut for display (cutValues()): each value's full size, in the order
    // of `original`. Empty when nothing was cut.
    QList<qsizetype> originalSizes;
    QString reason; // dlq_reason
    QString reasonCode; // dlq_reason_code
    QString sourceStream; // dlq_source_stream
    QByteArray sourceId; // dlq_source_id
    QString consumer; // dlq_consumer
    QDateTime time; // dlq_time, UTC; invalid if absent or unreadable
    int deliveries = -1; // dlq_deliveries, -1 when not recorded

    // The fields the consumer adds start with this; an original field never should.
    static constexpr char FieldPrefix[] = "dlq_";

    // The reason codes Streamdesk writes (docs/event-format.md, sections 3 and 4), so a filter
    // can offer them before any entry with one is seen.
    [[nodiscard]] static QStringList knownReasonCodes();
    // A reason code in a few words of the user's language ("Data not JSON"); an unknown code (a
    // newer version's) as it is. The code itself stays what filters and the CLI use.
    [[nodiscard]] static QString reasonLabel(const QString &code);

    [[nodiscard]] static DeadLetter fromEntry(const StreamEntry &entry);
    [[nodiscard]] static QList<DeadLetter> fromEntries(const QList<StreamEntry> &entries);

    // An original field's value, or null. For what a person scans first: type, number.
    [[nodiscard]] QByteArray originalValue(const QByteArray &field) const;
    // "type:action", or "table:operation" for incomplete entries; empty when neither is there.
    [[nodiscard]] QString eventText() const;
    // Keeps at most `maxBytes` of each original value (never splitting a UTF-8 sequence) and
    // records the full sizes: a list of 1 MiB entries must not hold them whole.
    void cutValues(qsizetype maxBytes);
    [[nodiscard]] qsizetype fullSize(qsizetype field) const;
    // The original fields' names and full values, in bytes: what a consumer's size limit
    // measures once the entry is replayed (StreamEntry::byteSize()).
    [[nodiscard]] qsizetype originalBytes() const;

    // False for an entry that was deleted while pending: it has nothing to put back.
    [[nodiscard]] bool isReplayable() const { return !original.isEmpty(); }
};

Q_DECLARE_METATYPE(DeadLetter)
