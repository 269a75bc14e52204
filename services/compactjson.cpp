#include "services/compactjson.h"

#include <cmath>

#include <QCborValue>
#include <QJsonArray>
#include <QLocale>

// Byte for byte what QJsonDocument::toJson(Compact) writes, in about half the
// instructions: Qt's writer appends byte by byte and was most of apply()'s cost (measured with
// callgrind on ~2 KB ServiceNow records). Strings are encoded straight into the output buffer.
namespace CompactJson {

void writeValue(QByteArray &out, const QJsonValue &value);

void writeString(QByteArray &out, QStringView text)
{
    static constexpr char Hex[] = "0123456789abcdef";
    const qsizetype start = out.size();
    out.resize(start + text.size() * 6 + 2); // worst case: every unit escaped as \u00XX
    char *d = out.data() + start;
    *d++ = '"';
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    const auto put = [&d](char32_t c) { *d++ = static_cast<char>(c); };
    while (p < end) {
        const char16_t c = *p++;
        if (c < 0x80) {
            if (c >= 0x20 && c != u'"' && c != u'\\') {
                put(c);
                continue;
            }
            put(u'\\');
            switch (c) {
            case u'"':
            case u'\\':
                put(c);
                break;
            case u'\b':
                put(u'b');
                break;
            case u'\f':
                put(u'f');
                break;
            case u'\n':
                put(u'n');
                break;
            case u'\r':
                put(u'r');
                break;
            case u'\t':
                put(u't');
                break;
            default:
                put(u'u');
                put(u'0');
                put(u'0');
                *d++ = Hex[c >> 4];
                *d++ = Hex[c & 0xf];
                break;
            }
        } else if (c < 0x800) {
            put(0xc0 | (c >> 6));
            put(0x80 | (c & 0x3f));
        } else if (QChar::isHighSurrogate(c) && p < end && QChar::isLowSurrogate(*p)) {
            const char32_t u = QChar::surrogateToUcs4(c, *p++);
            put(0xf0 | (u >> 18));
            put(0x80 | ((u >> 12) & 0x3f));
            put(0x80 | ((u >> 6) & 0x3f));
            put(0x80 | (u & 0x3f));
        } else if (QChar::isSurrogate(c)) {
            // A lone surrogate is not text: escaped, as Qt does, so it survives the round trip.
            put(u'\\');
            put(u'u');
            for (int shift = 12; shift >= 0; shift -= 4)
                *d++ = Hex[(c >> shift) & 0xf];
        } else {
            put(0xe0 | (c >> 12));
            put(0x80 | ((c >> 6) & 0x3f));
            put(0x80 | (c & 0x3f));
        }
    }
    *d++ = '"';
    out.truncate(d - out.constData());
}

void writeObject(QByteArray &out, const QJsonObject &object)
{
    out.append('{');
    bool first = true;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!first)
            out.append(',');
        first = false;
        writeString(out, it.key());
        out.append(':');
        writeValue(out, it.value());
    }
    out.append('}');
}

void writeValue(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out.append("null");
        break;
    case QJsonValue::Bool:
        out.append(value.toBool() ? "true" : "false");
        break;
    case QJsonValue::Double: {
        // As Qt's writer: numbers parsed as integers stay exact, others print shortest.
        const QCborValue number = QCborValue::fromJsonValue(value);
        if (number.isInteger())
            out.append(QByteArray::number(number.toInteger()));
        else if (const double d = value.toDouble(); std::isfinite(d))
            out.append(QByteArray::number(d, 'g', QLocale::FloatingPointShortest));
        else
            out.append("null");
        break;
    }
    case QJsonValue::String:
        writeString(out, value.toString());
        break;
    case QJsonValue::Array: {
        out.append('[');
        bool first = true;
        for (const QJsonValue &element : value.toArray()) {
            if (!first)
                out.append(',');
            first = false;
            writeValue(out, element);
        }
        out.append(']');
        break;
    }
    case QJsonValue::Object:
        writeObject(out, value.toObject());
        break;
    }
}

QByteArray toJson(const QJsonObject &object)
{
    QByteArray out;
    out.reserve(4096);
    writeObject(out, object);
    return out;
}

} // namespace CompactJson
