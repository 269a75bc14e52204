#pragma once

#include <QCoreApplication>
#include <QString>

// One readable reason for a failed TLS handshake. Qt's text repeats itself and carries
// OpenSSL's packed code ("SSL handshake failed: Error during SSL handshake: error:0A00010B:SSL
// routines::wrong version number"); people need the last part, and a hint when the server does
// not speak TLS at all, the usual mistake (https:// or rediss:// to a plain server).
class TlsErrorText final {
    Q_DECLARE_TR_FUNCTIONS(TlsErrorText)

public:
    TlsErrorText() = delete;

    // "wrong version number (the server does not speak TLS)" from Qt's text above.
    [[nodiscard]] static QString reason(const QString &qtText);
};
