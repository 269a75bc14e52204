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

} // namespace SafeText
