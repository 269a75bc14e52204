#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// The head of one HTTP/1.x request (request line and header fields), as the SSE gateway reads
// it. Parsing only, no I/O, so every malformed input is a unit test.
struct HttpRequest {
    enum class Status : quint8 {
        Incomplete, // the blank line ending the head has not arrived yet
        Complete,
        Invalid, // not an HTTP/1.x request head
        TooLarge, // the head exceeds the limit before its end
    };

    QByteArray method; // "GET", case-sensitive as HTTP says
    QByteArray target; // "/events?from=0"
    QByteArray path; // "/events" (percent-decoded)
    QByteArray query; // "from=0" (raw)
    QByteArray version; // "HTTP/1.1"
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased, values trimmed

    // The first header with this (lower-case) name; null if absent.
    [[nodiscard]] QByteArray header(const QByteArray &lowerCaseName) const;
    [[nodiscard]] bool hasHeader(const QByteArray &lowerCaseName) const;
    // The first query parameter with this name, percent-decoded; null if absent.
    [[nodiscard]] QString queryValue(const QString &name) const;
    [[nodiscard]] bool hasQueryValue(const QString &name) const;

    // Parses the head at the start of buffer. On Complete, *headSize is the number of bytes
    // the head took (a body or pipelined bytes may follow). Line ends may be CRLF or LF.
    [[nodiscard]] static Status parse(
        const QByteArray &buffer, qsizetype maxHeadBytes, HttpRequest *out, qsizetype *headSize = nullptr);
};
