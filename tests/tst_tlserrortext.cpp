#include <QTest>

#include "services/tlserrortext.h"

using namespace Qt::StringLiterals;

class TestTlsErrorText final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void reason_data();
    void reason();
};

void TestTlsErrorText::reason_data()
{
    QTest::addColumn<QString>("qtText");
    QTest::addColumn<QString>("expected");
    // As QNetworkReply and QSslSocket write them with OpenSSL 3 (Debian 12).
    QTest::newRow("reply, plain peer")
        << u"SSL handshake failed: Error during SSL handshake: error:0A00010B:SSL routines::wrong version number"_s
        << u"wrong version number (the server does not speak TLS)"_s;
    QTest::newRow("socket, plain peer")
        << u"Error during SSL handshake: error:0A00010B:SSL routines::wrong version number"_s
        << u"wrong version number (the server does not speak TLS)"_s;
    QTest::newRow("OpenSSL 1.1 form")
        << u"Error during SSL handshake: error:1408F10B:SSL routines:ssl3_get_record:wrong version number"_s
        << u"wrong version number (the server does not speak TLS)"_s;
    // Qt's prefixes in the user's language (qtbase's pt_BR translation): OpenSSL's code marks
    // where the reason starts, whatever came before it.
    QTest::newRow("translated prefixes")
        << u"A negociação de SSL falhou: Erro na negociação de SSL: error:0A00010B:SSL routines::wrong version number"_s
        << u"wrong version number (the server does not speak TLS)"_s;
    QTest::newRow("alert from the server")
        << u"Error during SSL handshake: error:0A000410:SSL routines::sslv3 alert handshake failure"_s
        << u"sslv3 alert handshake failure"_s;
    QTest::newRow("certificate, kept whole") << u"The certificate has expired"_s << u"The certificate has expired"_s;
    QTest::newRow("nothing left") << u"SSL handshake failed: "_s << u"the handshake failed"_s;
}

void TestTlsErrorText::reason()
{
    QFETCH(QString, qtText);
    QFETCH(QString, expected);
    QCOMPARE(TlsErrorText::reason(qtText), expected);
}

QTEST_GUILESS_MAIN(TestTlsErrorText)
#include "tst_tlserrortext.moc"
