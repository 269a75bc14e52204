#include "services/tlserrortext.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

QString TlsErrorText::reason(const QString &qtText)
{
    // Qt's prefixes (QNetworkReply's, then QSslSocket's), then OpenSSL's "error:<hex>:<lib>:<func>:".
    static const QRegularExpression noise(
        u"^(?:SSL handshake failed:\\s*)?(?:Error during SSL handshake:\\s*)?(?:error:[0-9A-Fa-f]+:[^:]*:[^:]*:)?"_s);
    // Qt's prefixes are translated where qtbase has the user's language: OpenSSL's code, which
    // is not, marks where the reason starts.
    static const QRegularExpression openSslCode(u"\\berror:[0-9A-Fa-f]{6,}:[^:]*:[^:]*:"_s);
    QString text = qtText.trimmed();
    if (const QRegularExpressionMatch code = openSslCode.match(text); code.hasMatch())
        text = text.mid(code.capturedEnd());
    text.remove(noise);
    text = text.trimmed();
    if (text.isEmpty())
        return tr("the handshake failed");
    // What OpenSSL says when the first bytes back are not a TLS record: plain Redis or HTTP.
    static const QRegularExpression plainPeer(
        u"wrong version number|packet length too long|http request"_s, QRegularExpression::CaseInsensitiveOption);
    if (plainPeer.match(text).hasMatch())
        return tr("%1 (the server does not speak TLS)").arg(text);
    return text;
}
