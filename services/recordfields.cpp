#include "services/recordfields.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <string_view>

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
    f.sysCreatedOn = value("sys_created_on"_L1);
    return f;
}

namespace {

// Deeper documents are rare enough to leave to Qt (which allows 1024 levels).
constexpr int MaxDepth = 256;

struct Span {
    const char *begin = nullptr;
    const char *end = nullptr;
    [[nodiscard]] bool isSet() const { return begin != nullptr; }
};

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
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
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
        const char *const start = m_p;
        bool nonAscii = false;
        *escaped = false;
        while (m_p < m_end) {
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                if (nonAscii && !QUtf8StringView(start, m_p - start).isValidUtf8())
                    return false;
                *content = {start, m_p};
                ++m_p;
                return true;
            }
            if (c < 0x20)
                return false;
            if (c >= 0x80)
                nonAscii = true;
            if (c == '\\') {
                *escaped = true;
                if (++m_p == m_end)
                    return false;
                switch (*m_p) {
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
                    if (m_end - m_p < 5)
                        return false;
                    char16_t unit = 0;
                    for (int i = 1; i <= 4; ++i) {
                        const int digit = hexDigit(m_p[i]);
                        if (digit < 0)
                            return false;
                        unit = char16_t(unit << 4 | digit);
                    }
                    if (QChar::isSurrogate(unit))
                        return false; // pairs and lone halves: Qt's rules, Qt's job
                    m_p += 4;
                    break;
                }
                default:
                    return false;
                }
            }
            ++m_p;
        }
        return false;
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
            break;
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
        *span = {start, m_p};
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

bool keyIs(Span key, bool escaped, QLatin1StringView name)
{
    if (!escaped)
        return QLatin1StringView(key.begin, key.end - key.begin) == name;
    return unescape(key, true) == name;
}

// EventDecoder::fieldValue() / fieldDisplayValue() on a validated value.
QString valueText(Span value, bool display)
{
    Validator v(value.begin, value.end);
    switch (*value.begin) {
    case '"': {
        Span content;
        bool escaped = false;
        v.string(&content, &escaped);
        return unescape(content, escaped);
    }
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
            if (keyIs(key, escaped, "value"_L1))
                plain = member; // the last of duplicate keys wins, as in QJsonDocument
            else if (keyIs(key, escaped, "display_value"_L1))
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

std::optional<RecordFields> RecordFields::scan(QByteArrayView json)
{
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
        Count
    };
    static constexpr QLatin1StringView Names[Count] = {"sys_id"_L1, "sys_class_name"_L1, "number"_L1, "state"_L1,
        "priority"_L1, "short_description"_L1, "sys_updated_on"_L1, "assignment_group"_L1, "impact"_L1, "urgency"_L1,
        "assigned_to"_L1, "sys_created_on"_L1};
    Span spans[Count];

    Validator v(json.data(), json.data() + json.size());
    if (!v.peek('{'))
        return std::nullopt;
    bool present = false;
    const bool ok = v.object(1, [&](Span key, bool escaped, Span member) {
        present = true;
        for (int i = 0; i < Count; ++i) {
            if (keyIs(key, escaped, Names[i])) {
                spans[i] = member; // the last of duplicate keys wins, as in QJsonDocument
                return;
            }
        }
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
    f.sysCreatedOn = text(SysCreatedOn);
    return f;
}
