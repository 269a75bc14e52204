// Feeds arbitrary bytes to SseParser: once whole and once in pseudo-random pieces chosen by
// the input itself, and aborts if the two disagree (the WHATWG parse must not depend on how
// reads are split, CR at a piece's end included), if a decoded string is not valid UTF-16,
// or if anything crashes or trips a sanitizer.
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include <QByteArray>
#include <QList>

#include "services/sseparser.h"

namespace {

struct Outcome {
    QList<SseItem> items;
    QString lastEventId;
    qint64 retryMs = -1;
};

bool validUtf16(const QString &text)
{
    // The decoder emits surrogates only in pairs.
    return text.isValidUtf16();
}

void checkItems(const QList<SseItem> &items)
{
    for (const SseItem &item : items) {
        if (!validUtf16(item.event.type) || !validUtf16(item.event.data) || !validUtf16(item.event.id)
            || !validUtf16(item.comment))
            std::abort();
        if (item.kind == SseItem::Kind::Event && item.event.type.isEmpty())
            std::abort(); // an empty type buffer means "message"
        if (item.kind == SseItem::Kind::Event && item.event.id.contains(QChar(u'\0')))
            std::abort(); // an id with NUL is ignored
        if (item.kind == SseItem::Kind::Retry && item.retryMs < 0)
            std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 4)
        return 0;
    // The first 4 bytes seed the split sizes; the rest is the stream.
    uint32_t seed = (uint32_t(data[0]) << 24 | uint32_t(data[1]) << 16 | uint32_t(data[2]) << 8 | data[3]) | 1u;
    const QByteArray input(reinterpret_cast<const char *>(data + 4), static_cast<qsizetype>(size - 4));

    Outcome whole;
    {
        SseParser parser;
        parser.feed(input, whole.items);
        whole.lastEventId = parser.lastEventId();
        whole.retryMs = parser.reconnectionTimeMs();
    }
    checkItems(whole.items);

    Outcome split;
    {
        SseParser parser;
        qsizetype pos = 0;
        while (pos < input.size()) {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            // Mostly tiny pieces, sometimes large ones.
            const qsizetype piece = (seed & 0x80) ? qsizetype(seed >> 22) : qsizetype(seed % 4);
            const qsizetype n = qMin<qsizetype>(piece + 1, input.size() - pos);
            parser.feed(QByteArrayView(input).sliced(pos, n), split.items);
            pos += n;
        }
        split.lastEventId = parser.lastEventId();
        split.retryMs = parser.reconnectionTimeMs();

        // After endOfStream() a fresh stream parses normally and keeps the last event ID.
        parser.endOfStream();
        const QList<SseItem> after = parser.feed("data: x\n\n");
        if (after.size() != 1 || after.first().event.data != QStringLiteral("x")
            || after.first().event.id != split.lastEventId)
            std::abort();
    }

    if (whole.items != split.items || whole.lastEventId != split.lastEventId || whole.retryMs != split.retryMs)
        std::abort();
    return 0;
}
