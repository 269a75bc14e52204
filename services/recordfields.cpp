#include "services/recordfields.h"

#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
#include <cmath>
#include <limits>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <QUtf8StringView>

#include "services/eventdecoder.h"

using namespace Qt::StringLiterals;

RecordFields RecordFields::fromObject(const QJsonObject &record)
{
    RecordFields f;
    f.present = !record.isEmpty();
    if (!f.present)
        return f;
    const auto value = [&record](QLatin1StringView key) { return EventDecoder::fieldValue(record.value(key)); };
    const auto display = [&record](
                             QLatin1StringView key) { return EventDecoder::fieldDisplayValue(record.value(key)); };
    f.sysId = value("sys_id"_L1);
    f.sysClassName = value("sys_class_name"_L1);
    f.number = value("number"_L1);
    f.state = value("state"_L1);
    f.priority = value("priority"_L1);
    f.shortDescription = value("short_description"_L1);
    f.sysUpdatedOn = value("sys_updated_on"_L1);
    f.assignmentGroup = display("assignment_group"_L1);
    f.impact = value("impact"_L1);
    f.urgency = value("urgency"_L1);
    f.assignedTo = display("assigned_to"_L1);
    f.hasAssignedTo = record.contains("assigned_to"_L1);
    f.sysCreatedOn = value("sys_created_on"_L1);
    return f;
}

namespace {

// Deeper documents are rare enough to leave to Qt (which allows 1024 levels).
constexpr int MaxDepth = 256;

struct Span {
    const char *begin = nullptr;
    const char *end = nullptr;
    // For a string value: its content between the quotes, so it is not scanned twice.
    const char *contentBegin = nullptr;
    const char *contentEnd = nullptr;
    bool escaped = false;
    [[nodiscard]] bool isSet() const { return begin != nullptr; }
};

// Bytes a string's content cannot simply pass over: the closing quote, escapes, control
// characters and the start of multi-byte UTF-8 (validated separately).
constexpr auto kSpecialInString = [] {
    std::array<bool, 256> table {};
    for (int c = 0; c < 0x20; ++c)
        table[c] = true;
    for (int c = 0x80; c < 0x100; ++c)
        table[c] = true;
    table['"'] = true;
    table['\\'] = true;
    return table;
}();

// The first byte in [p, end) that kSpecialInString marks. Most of a record is plain string
// content, so this loop is most of the scan: 16 bytes per step where SSE2 is there (always on
// x86-64); as signed bytes, both control characters and UTF-8 lead bytes are below 0x20.
const char *skipPlain(const char *p, const char *end)
{
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i space = _mm_set1_epi8(0x20);
    while (end - p >= 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i special = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)), _mm_cmplt_epi8(v, space));
        if (const int mask = _mm_movemask_epi8(special))
            return p + std::countr_zero(unsigned(mask));
        p += 16;
    }
#endif
    while (p < end && !kSpecialInString[static_cast<unsigned char>(*p)])
        ++p;
    return p;
}

// Validates RFC 8259 JSON strictly, a subset of what QJsonDocument accepts.
class Validator {
public:
    Validator(const char *begin, const char *end)
        : m_p(begin)
        , m_end(end)
    {
    }

    [[nodiscard]] const char *position() const { return m_p; }
    [[nodiscard]] bool atEnd() const { return m_p == m_end; }

    void skipSpace()
    {
        const char *p = m_p;
        while (p < m_end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
            ++p;
        m_p = p;
    }

    bool consume(char c)
    {
        skipSpace();
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }

    [[nodiscard]] bool peek(char c)
    {
        skipSpace();
        return m_p < m_end && *m_p == c;
    }

    // At '"': the string's content (between the quotes) and whether it has escapes.
    bool string(Span *content, bool *escaped)
    {
        if (!consume('"'))
            return false;
        // A local cursor: through the member, every byte read (a char may alias anything) made
        // the compiler store and reload it, twice the instructions per byte.
        const char *p = m_p;
        const char *const end = m_end;
        const char *const start = p;
        bool nonAscii = false;
        *escaped = false;
        for (;;) {
            p = skipPlain(p, end);
            if (p == end)
                return false;
            const auto c = static_cast<unsigned char>(*p);
            if (c == '"')
                break;
            if (c < 0x20)
                return false;
            if (c >= 0x80) {
                nonAscii = true;
                ++p;
                continue;
            }
            // A backslash.
            *escaped = true;
            if (++p == end)
                return false;
            switch (*p) {
            case '"':
            case '\\':
            case '/':
            case 'b':
            case 'f':
            case 'n':
            case 'r':
            case 't':
                break;
            case 'u': {
                if (end - p < 5)
                    return false;
                char16_t unit = 0;
                for (int i = 1; i <= 4; ++i) {
                    const int digit = hexDigit(p[i]);
                    if (digit < 0)
                        return false;
                    unit = char16_t(unit << 4 | digit);
                }
                if (QChar::isSurrogate(unit))
                    return false; // pairs and lone halves: Qt's rules, Qt's job
                p += 4;
                break;
            }
            default:
                return false;
            }
            ++p;
        }
        // A byte order mark is dropped by QString::fromUtf8() at the start of a piece of text,
        // which is where Qt's parser and ours would cut a string differently: Qt's call.
        static constexpr std::string_view Bom = "\xEF\xBB\xBF";
        if (nonAscii
            && (!QUtf8StringView(start, p - start).isValidUtf8()
                || std::string_view(start, size_t(p - start)).find(Bom) != std::string_view::npos))
            return false;
        *content = {start, p};
        m_p = p + 1;
        return true;
    }

    // Also refuses numbers QJsonDocument might not take as they are: out of range (Qt calls
    // 1e999 and 1e-999 illegal) or subnormal.
    bool number()
    {
        const char *p = m_p;
        bool plainInteger = true;
        if (p < m_end && *p == '-')
            ++p;
        if (p == m_end || !isDigit(*p))
            return false;
        if (*p == '0')
            ++p;
        else
            while (p < m_end && isDigit(*p))
                ++p;
        if (p < m_end && *p == '.') {
            plainInteger = false;
            if (++p == m_end || !isDigit(*p))
                return false;
            while (p < m_end && isDigit(*p))
                ++p;
        }
        if (p < m_end && (*p == 'e' || *p == 'E')) {
            plainInteger = false;
            ++p;
            if (p < m_end && (*p == '+' || *p == '-'))
                ++p;
            if (p == m_end || !isDigit(*p))
                return false;
            while (p < m_end && isDigit(*p))
                ++p;
        }
        if (!plainInteger || p - m_p > 15) {
            double d = 0;
            const auto [end, error] = std::from_chars(m_p, p, d);
            if (error != std::errc() || end != p || (d != 0 && std::fabs(d) < std::numeric_limits<double>::min()))
                return false;
            if (d == 0 && std::find_if(m_p, p, [](char c) { return c >= '1' && c <= '9'; }) < exponent(m_p, p))
                return false; // underflowed to zero
        }
        m_p = p;
        return true;
    }

    bool literal(std::string_view word)
    {
        if (size_t(m_end - m_p) < word.size() || std::string_view(m_p, word.size()) != word)
            return false;
        m_p += word.size();
        return true;
    }

    // Any value; its bytes in *span.
    bool value(int depth, Span *span)
    {
        skipSpace();
        if (m_p == m_end)
            return false;
        const char *const start = m_p;
        bool ok = false;
        switch (*m_p) {
        case '"': {
            Span content;
            bool escaped = false;
            ok = string(&content, &escaped);
            *span = {start, m_p, content.begin, content.end, escaped};
            return ok;
        }
        case '{':
            ok = object(depth + 1, nullptr);
            break;
        case '[':
            ok = array(depth + 1);
            break;
        case 't':
            ok = literal("true");
            break;
        case 'f':
            ok = literal("false");
            break;
        case 'n':
            ok = literal("null");
            break;
        default:
            ok = number();
            break;
        }
        *span = {start, m_p, nullptr, nullptr, false};
        return ok;
    }

    // At '{'. For each member, onMember(key content, key escaped, value span).
    template<typename OnMember> bool object(int depth, OnMember onMember)
    {
        if (depth > MaxDepth || !consume('{'))
            return false;
        if (consume('}'))
            return true;
        do {
            skipSpace();
            Span key;
            bool escaped = false;
            if (!string(&key, &escaped) || !consume(':'))
                return false;
            Span member;
            if (!value(depth, &member))
                return false;
            if constexpr (!std::is_same_v<OnMember, std::nullptr_t>)
                onMember(key, escaped, member);
        } while (consume(','));
        return consume('}');
    }

    bool array(int depth)
    {
        if (depth > MaxDepth || !consume('['))
            return false;
        if (consume(']'))
            return true;
        do {
            Span element;
            if (!value(depth, &element))
                return false;
        } while (consume(','));
        return consume(']');
    }

private:
    static bool isDigit(char c) { return c >= '0' && c <= '9'; }
    static const char *exponent(const char *begin, const char *end)
    {
        return std::find_if(begin, end, [](char c) { return c == 'e' || c == 'E'; });
    }
    static int hexDigit(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    const char *m_p;
    const char *const m_end;
};

// The text of a validated string's content, escapes resolved (never surrogate escapes).
QString unescape(Span content, bool escaped)
{
    if (!escaped)
        return QString::fromUtf8(content.begin, content.end - content.begin);
    QString out;
    out.reserve(content.end - content.begin);
    const char *run = content.begin;
    const char *p = content.begin;
    const auto flush = [&out, &run](const char *upTo) {
        if (upTo > run)
            out.append(QString::fromUtf8(run, upTo - run));
    };
    while (p < content.end) {
        if (*p != '\\') {
            ++p;
            continue;
        }
        flush(p);
        const char e = p[1];
        p += 2;
        switch (e) {
        case 'b':
            out.append(u'\b');
            break;
        case 'f':
            out.append(u'\f');
            break;
        case 'n':
            out.append(u'\n');
            break;
        case 'r':
            out.append(u'\r');
            break;
        case 't':
            out.append(u'\t');
            break;
        case 'u': {
            char16_t unit = 0;
            for (int i = 0; i < 4; ++i) {
                const char c = p[i];
                const int digit = c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
                unit = char16_t(unit << 4 | digit);
            }
            out.append(QChar(unit));
            p += 4;
            break;
        }
        default: // " \ /
            out.append(QLatin1Char(e));
            break;
        }
        run = p;
    }
    flush(p);
    return out;
}

bool keyIs(Span key, bool escaped, std::string_view name)
{
    if (!escaped)
        return std::string_view(key.begin, size_t(key.end - key.begin)) == name;
    return unescape(key, true) == QLatin1StringView(name.data(), qsizetype(name.size()));
}

// EventDecoder::fieldValue() / fieldDisplayValue() on a validated value.
QString valueText(Span value, bool display)
{
    Validator v(value.begin, value.end);
    switch (*value.begin) {
    case '"':
        return unescape({value.contentBegin, value.contentEnd}, value.escaped);
    case 't':
        return u"true"_s;
    case 'f':
        return u"false"_s;
    case 'n':
    case '[':
        return {};
    case '{': {
        Span plain;
        Span shown;
        v.object(1, [&](Span key, bool escaped, Span member) {
            if (keyIs(key, escaped, "value"))
                plain = member; // the last of duplicate keys wins, as in QJsonDocument
            else if (keyIs(key, escaped, "display_value"))
                shown = member;
        });
        if (display && shown.isSet()) {
            const QString text = valueText(shown, false);
            if (!text.isEmpty())
                return text;
        }
        return plain.isSet() ? valueText(plain, false) : QString();
    }
    default: {
        double d = 0;
        std::from_chars(value.begin, value.end, d); // validated: in range
        return EventDecoder::numberText(d);
    }
    }
}

} // namespace

namespace {

enum Key {
    SysId,
    SysClassName,
    Number,
    State,
    Priority,
    ShortDescription,
    SysUpdatedOn,
    AssignmentGroup,
    Impact,
    Urgency,
    AssignedTo,
    SysCreatedOn,
    KeyCount,
    Other = KeyCount
};

// Which wanted key a member's (unescaped) name is: by length first, since a record has ~20
// members and this runs for each.
Key wantedKey(std::string_view name)
{
    const auto is = [&name](std::string_view candidate) { return name == candidate; };
    switch (name.size()) {
    case 5:
        return is("state") ? State : Other;
    case 6:
        return is("sys_id") ? SysId : is("number") ? Number : is("impact") ? Impact : Other;
    case 7:
        return is("urgency") ? Urgency : Other;
    case 8:
        return is("priority") ? Priority : Other;
    case 11:
        return is("assigned_to") ? AssignedTo : Other;
    case 14:
        return is("sys_class_name") ? SysClassName
            : is("sys_updated_on")  ? SysUpdatedOn
            : is("sys_created_on")  ? SysCreatedOn
                                    : Other;
    case 16:
        return is("assignment_group") ? AssignmentGroup : Other;
    case 17:
        return is("short_description") ? ShortDescription : Other;
    default:
        return Other;
    }
}

} // namespace

std::optional<RecordFields> RecordFields::scan(QByteArrayView json)
{
    Span spans[KeyCount];

    Validator v(json.data(), json.data() + json.size());
    if (!v.peek('{'))
        return std::nullopt;
    bool present = false;
    const bool ok = v.object(1, [&](Span key, bool escaped, Span member) {
        present = true;
        const Key wanted = escaped ? wantedKey(unescape(key, true).toStdString())
                                   : wantedKey(std::string_view(key.begin, size_t(key.end - key.begin)));
        if (wanted != Other)
            spans[wanted] = member; // the last of duplicate keys wins, as in QJsonDocument
    });
    v.skipSpace();
    if (!ok || !v.atEnd())
        return std::nullopt;

    const auto text = [&spans](Key key, bool display = false) {
        return spans[key].isSet() ? valueText(spans[key], display) : QString();
    };
    RecordFields f;
    f.present = present;
    f.sysId = text(SysId);
    f.sysClassName = text(SysClassName);
    f.number = text(Number);
    f.state = text(State);
    f.priority = text(Priority);
    f.shortDescription = text(ShortDescription);
    f.sysUpdatedOn = text(SysUpdatedOn);
    f.assignmentGroup = text(AssignmentGroup, true);
    f.impact = text(Impact);
    f.urgency = text(Urgency);
    f.assignedTo = text(AssignedTo, true);
    f.hasAssignedTo = spans[AssignedTo].isSet();
    f.sysCreatedOn = text(SysCreatedOn);
    return f;
}
