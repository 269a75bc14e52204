#include "services/safetext.h"

namespace SafeText {

QString oneLine(const QString &text, qsizetype maxChars)
{
    const bool cut = maxChars >= 0 && text.size() > maxChars;
    QString out = cut ? text.left(maxChars) : text;
    for (QChar &c : out) {
        if (c.category() == QChar::Other_Control) // C0 (ESC, CR, LF), DEL and C1
            c = u'?';
    }
    if (cut)
        out += QStringLiteral("…");
    return out;
}

QString clause(QString text)
{
    if (text.size() > 1 && text.at(1).isLower())
        text[0] = text.at(0).toLower();
    return text;
}

} // namespace SafeText
