// Feeds arbitrary stream entries to EventDecoder, arbitrary override files to StateTable and
// arbitrary ids to StreamId, and aborts when a contract promise (docs/event-format.md) breaks:
// a decoded event always has a 32-lower-hex sys_id, a type and a known action; a rejection
// always has a code and a one-line reason; decoding is deterministic; a rejected override
// leaves the table unchanged; id comparison is antisymmetric.
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include <QByteArray>
#include <QList>

#include "services/eventdecoder.h"
#include "services/statetable.h"
#include "services/streamentry.h"

using namespace Qt::StringLiterals;

namespace {

// A one-byte field name stands for a contract field, so the fuzzer reaches the decoder's
// branches instead of spending its time guessing names.
const QList<QByteArray> &knownNames()
{
    static const QList<QByteArray> names {"type", "action", "sys_id", "number", "state", "assignment_group",
        "short_description", "timestamp", "data", "table", "operation", "priority"};
    return names;
}

bool isLowerHex32(const QString &id)
{
    if (id.size() != 32)
        return false;
    for (const QChar c : id) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

void check(bool ok)
{
    if (!ok)
        std::abort();
}

void fuzzDecoder(const QByteArray &input, qsizetype limit)
{
    // Fields are NUL-separated: name, value, name, value, ...
    const QList<QByteArray> parts = input.split('\0');
    StreamEntry entry;
    entry.id = "1-0";
    for (qsizetype i = 0; i + 1 < parts.size(); i += 2) {
        QByteArray name = parts.at(i);
        if (name.size() == 1)
            name = knownNames().at(static_cast<unsigned char>(name.at(0)) % knownNames().size());
        entry.fields.append({name, parts.at(i + 1)});
    }
    EventDecoder::Options options;
    options.maxEntryBytes = limit;
    const EventDecoder::Result result = EventDecoder::decode(entry, options);
    const EventDecoder::Result again = EventDecoder::decode(entry, options);
    check(result.ok() == again.ok() && result.reasonCode == again.reasonCode && result.reason == again.reason);
    if (result.ok()) {
        const TicketEvent &e = *result.event;
        check(result.reasonCode.isEmpty());
        check(isLowerHex32(e.sysId));
        check(!e.type.isEmpty() && e.type == e.type.toLower());
        check(EventDecoder::canonicalAction(e.action) == e.action);
        check(e.sourceId == entry.id);
        check(entry.byteSize() <= limit);
        check(e.sysUpdatedOn.isEmpty() || e.sysUpdatedOn.size() == 19);
        check(!e.timestamp.isValid() || e.timestamp.timeSpec() == Qt::UTC);
    } else {
        check(!result.reasonCode.isEmpty());
        check(!result.reason.isEmpty() && !result.reason.contains(u'\n') && !result.reason.contains(u'\r'));
        check(result.reasonCode != u"too_large" || entry.byteSize() > limit);
    }
}

QStringList dump(const StateTable &table)
{
    QStringList lines;
    for (const QString &type : table.types()) {
        for (const StateTable::State &s : table.states(type))
            lines << (type + u'|' + s.code + u'|' + s.labelPt + u'|' + s.labelEn + (s.closed ? u"|c" : u"|o"));
    }
    return lines;
}

void fuzzStates(const QByteArray &input)
{
    StateTable table = StateTable::defaults();
    const QStringList before = dump(table);
    QString error;
    if (table.applyOverrides(input, &error)) {
        // Labels and codes answer for every type the file named.
        for (const QString &type : table.types()) {
            const QList<StateTable::State> states = table.states(type);
            for (qsizetype i = 0; i < states.size(); ++i) {
                check(table.isKnown(type, states.at(i).code));
                check(table.isClosed(type, states.at(i).code) == states.at(i).closed);
                check(!table.label(type, states.at(i).code, u"en"_s).isEmpty());
                if (i > 0)
                    check(states.at(i - 1).code.toLongLong() < states.at(i).code.toLongLong());
            }
        }
    } else {
        check(!error.isEmpty() && !error.contains(u'\n'));
        check(dump(table) == before);
    }
}

int sign(int v)
{
    return (v > 0) - (v < 0);
}

void fuzzIds(const QByteArray &input)
{
    const qsizetype cut = input.indexOf('\0');
    const QByteArray a = cut < 0 ? input : input.left(cut);
    const QByteArray b = cut < 0 ? QByteArray("0-0") : input.mid(cut + 1);
    check(sign(StreamId::compare(a, b)) == -sign(StreamId::compare(b, a)));
    check(StreamId::compare(a, a) == 0);
    const StreamId::Parts p = StreamId::parse(a);
    if (p.valid)
        check(StreamId::compare(a, QByteArray::number(p.ms) + '-' + QByteArray::number(p.seq)) == 0);
    else
        check(p.ms == 0 && p.seq == 0);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    // Byte 0 picks the target; byte 1 scales the decoder's size limit.
    const QByteArray input(reinterpret_cast<const char *>(data + 2), static_cast<qsizetype>(size - 2));
    switch (data[0] % 3) {
    case 0:
        fuzzDecoder(input, data[1] == 0xff ? 1024 * 1024 : qsizetype(data[1]) * 8);
        break;
    case 1:
        fuzzStates(input);
        break;
    default:
        fuzzIds(input);
        break;
    }
    return 0;
}
