#include "services/sseparser.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <utility>

namespace {

constexpr char Bom[] = {'\xEF', '\xBB', '\xBF'};
constexpr qsizetype BomSize = 3;
constexpr char16_t ReplacementChar = 0xFFFD;

bool isAscii(const char *data, qsizetype size)
{
    qsizetype i = 0;
    // Eight bytes at a time: no byte has its high bit set.
    for (; i + 8 <= size; i += 8) {
        quint64 word;
        std::memcpy(&word, data + i, 8);
        if (word & 0x8080808080808080ULL)
            return false;
    }
    for (; i < size; ++i) {
        if (static_cast<unsigned char>(data[i]) & 0x80)
            return false;
    }
    return true;
}

bool equals(const char *data, qsizetype size, const char *literal, qsizetype literalSize)
{
    return size == literalSize && std::memcmp(data, literal, static_cast<size_t>(size)) == 0;
}

} // namespace

SseParser::SseParser(const QString &lastEventId)
    : m_idBuffer(lastEventId)
    , m_lastEventId(lastEventId)
{
}

QString SseParser::decodeUtf8(const char *data, qsizetype size)
{
    if (size == 0)
        return QString();
    // Latin-1 is ASCII for bytes below 0x80 and its conversion is vectorised.
    if (isAscii(data, size))
        return QString::fromLatin1(data, size);

    // Every byte yields at most one UTF-16 unit (a 4-byte sequence yields two).
    QString out(size, Qt::Uninitialized);
    char16_t *dst = reinterpret_cast<char16_t *>(out.data());
    const auto *src = reinterpret_cast<const unsigned char *>(data);
    qsizetype n = 0;
    char32_t codePoint = 0;
    int needed = 0;
    int seen = 0;
    unsigned char lower = 0x80;
    unsigned char upper = 0xBF;
    qsizetype i = 0;
    while (i < size) {
        const unsigned char byte = src[i];
        if (needed == 0) {
            ++i;
            if (byte < 0x80) {
                dst[n++] = byte;
            } else if (byte >= 0xC2 && byte <= 0xDF) {
                needed = 1;
                codePoint = byte & 0x1F;
            } else if (byte >= 0xE0 && byte <= 0xEF) {
                if (byte == 0xE0)
                    lower = 0xA0;
                else if (byte == 0xED)
                    upper = 0x9F;
                needed = 2;
                codePoint = byte & 0x0F;
            } else if (byte >= 0xF0 && byte <= 0xF4) {
                if (byte == 0xF0)
                    lower = 0x90;
                else if (byte == 0xF4)
                    upper = 0x8F;
                needed = 3;
                codePoint = byte & 0x07;
            } else {
                dst[n++] = ReplacementChar;
            }
            continue;
        }
        if (byte < lower || byte > upper) {
            // The sequence so far is one error; the byte is processed again as a fresh start.
            codePoint = 0;
            needed = 0;
            seen = 0;
            lower = 0x80;
            upper = 0xBF;
            dst[n++] = ReplacementChar;
            continue;
        }
        ++i;
        lower = 0x80;
        upper = 0xBF;
        codePoint = (codePoint << 6) | (byte & 0x3F);
        if (++seen < needed)
            continue;
        if (codePoint > 0xFFFF) {
            dst[n++] = char16_t(0xD800 + ((codePoint - 0x10000) >> 10));
            dst[n++] = char16_t(0xDC00 + ((codePoint - 0x10000) & 0x3FF));
        } else {
            dst[n++] = char16_t(codePoint);
        }
        codePoint = 0;
        needed = 0;
        seen = 0;
    }
    if (needed != 0)
        dst[n++] = ReplacementChar;
    out.truncate(n);
    return out;
}

QList<SseItem> SseParser::feed(QByteArrayView chunk)
{
    QList<SseItem> out;
    feed(chunk, out);
    return out;
}

void SseParser::feed(QByteArrayView chunk, QList<SseItem> &out)
{
    const char *p = chunk.data();
    const char *const end = p + chunk.size();
    if (p == end || m_overflowed)
        return;

    if (m_skipLf) {
        m_skipLf = false;
        if (*p == '\n')
            ++p;
    }

    if (!m_bomChecked) {
        // m_pending holds the BOM prefix seen so far; the stream may split the BOM anywhere.
        while (p < end && m_pending.size() < BomSize && *p == Bom[m_pending.size()])
            m_pending.append(*p++);
        if (m_pending.size() == BomSize) {
            m_pending.truncate(0);
            m_bomChecked = true;
        } else if (p < end) {
            // Not a BOM: the bytes taken so far are the start of the first line.
            m_bomChecked = true;
        } else {
            return;
        }
    }

    // Next LF and next CR at or after p, or end. Each is searched again only once p has
    // passed it, so a chunk is scanned in linear time whatever mix of line ends it uses.
    auto find = [end](const char *from, char c) {
        const void *hit = std::memchr(from, c, static_cast<size_t>(end - from));
        return hit ? static_cast<const char *>(hit) : end;
    };
    const char *lf = find(p, '\n');
    const char *cr = find(p, '\r');
    while (p < end) {
        if (lf < p)
            lf = find(p, '\n');
        if (cr < p)
            cr = find(p, '\r');
        const char *eol = std::min(lf, cr);
        if (eol == end) {
            m_pending.append(p, end - p);
            if (m_pending.size() + m_data.size() > m_maxEventBytes)
                m_overflowed = true;
            return;
        }
        if (m_pending.isEmpty()) {
            processLine(p, eol - p, out);
        } else {
            m_pending.append(p, eol - p);
            processLine(m_pending.constData(), m_pending.size(), out);
            m_pending.truncate(0);
        }
        if (m_data.size() > m_maxEventBytes) {
            m_overflowed = true;
            return;
        }
        p = eol + 1;
        if (*eol == '\r') {
            if (p == end)
                m_skipLf = true;
            else if (*p == '\n')
                ++p;
        }
    }
}

void SseParser::processLine(const char *line, qsizetype size, QList<SseItem> &out)
{
    if (size == 0) {
        dispatch(out);
        return;
    }
    if (line[0] == ':') {
        SseItem item;
        item.kind = SseItem::Kind::Comment;
        item.comment = decodeUtf8(line + 1, size - 1);
        out.append(std::move(item));
        return;
    }

    const auto *colon = static_cast<const char *>(std::memchr(line, ':', static_cast<size_t>(size)));
    const qsizetype nameSize = colon ? colon - line : size;
    const char *value = colon ? colon + 1 : line + size;
    qsizetype valueSize = colon ? size - nameSize - 1 : 0;
    if (valueSize > 0 && *value == ' ') {
        ++value;
        --valueSize;
    }

    if (equals(line, nameSize, "data", 4)) {
        m_data.append(value, valueSize);
        m_data.append('\n');
    } else if (equals(line, nameSize, "event", 5)) {
        m_type.truncate(0);
        m_type.append(value, valueSize);
    } else if (equals(line, nameSize, "id", 2)) {
        if (!std::memchr(value, '\0', static_cast<size_t>(valueSize))) {
            m_idBuffer = decodeUtf8(value, valueSize);
            m_idField = true;
        }
    } else if (equals(line, nameSize, "retry", 5)) {
        if (valueSize == 0)
            return;
        qint64 ms = 0;
        constexpr qint64 Limit = std::numeric_limits<qint64>::max() / 10 - 10;
        for (qsizetype i = 0; i < valueSize; ++i) {
            const char c = value[i];
            if (c < '0' || c > '9')
                return;
            // Absurdly long values saturate rather than overflow.
            ms = ms < Limit ? ms * 10 + (c - '0') : Limit;
        }
        m_reconnectionTimeMs = ms;
        SseItem item;
        item.kind = SseItem::Kind::Retry;
        item.retryMs = ms;
        out.append(std::move(item));
    }
    // Any other field is ignored.
}

void SseParser::dispatch(QList<SseItem> &out)
{
    // The ID buffer is committed even when nothing is dispatched ("id: 5" + blank line).
    m_lastEventId = m_idBuffer;
    const bool idField = std::exchange(m_idField, false);
    if (m_data.isEmpty()) {
        m_type.truncate(0);
        return;
    }
    SseItem item;
    item.kind = SseItem::Kind::Event;
    // Drop the LF that follows the last data value.
    item.event.data = decodeUtf8(m_data.constData(), m_data.size() - 1);
    item.event.type = eventType();
    item.event.id = m_lastEventId;
    item.event.hasOwnId = idField;
    m_data.truncate(0);
    m_type.truncate(0);
    out.append(std::move(item));
}

QString SseParser::eventType()
{
    if (m_type.isEmpty()) {
        static const QString message = QStringLiteral("message");
        return message;
    }
    if (m_type != m_cachedTypeRaw) {
        // A deep copy: sharing m_type would make its next truncate() reallocate.
        m_cachedTypeRaw = QByteArray(m_type.constData(), m_type.size());
        m_cachedType = decodeUtf8(m_type.constData(), m_type.size());
    }
    return m_cachedType;
}

void SseParser::endOfStream()
{
    m_pending.truncate(0);
    m_data.truncate(0);
    m_type.truncate(0);
    m_idBuffer = m_lastEventId;
    m_idField = false;
    m_skipLf = false;
    m_bomChecked = false;
    m_overflowed = false;
}

void SseParser::reset(const QString &lastEventId)
{
    endOfStream();
    m_lastEventId = lastEventId;
    m_idBuffer = lastEventId;
    m_reconnectionTimeMs = -1;
}
