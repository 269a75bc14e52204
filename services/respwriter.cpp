#include "services/respwriter.h"

#include <charconv>
#include <cstring>

namespace {

int digits(qsizetype n)
{
    int d = 1;
    while (n >= 10) {
        n /= 10;
        ++d;
    }
    return d;
}

// Bytes one command takes: "*<n>\r\n" then "$<len>\r\n<bytes>\r\n" per argument.
qsizetype encodedSize(const RespWriter::Command &args)
{
    qsizetype total = 1 + digits(args.size()) + 2;
    for (const QByteArray &arg : args)
        total += 1 + digits(arg.size()) + 2 + arg.size() + 2;
    return total;
}

char *writeHeader(char *p, char marker, qsizetype n)
{
    *p++ = marker;
    // The buffer was sized with digits(n), so to_chars cannot fail here.
    p = std::to_chars(p, p + 20, n).ptr;
    *p++ = '\r';
    *p++ = '\n';
    return p;
}

} // namespace

namespace RespWriter {

void append(QByteArray &out, const Command &args)
{
    const qsizetype start = out.size();
    const qsizetype needed = start + encodedSize(args);
    // reserve() alone allocates exactly; grow geometrically so a pipeline built by repeated
    // append() stays linear.
    if (out.capacity() < needed)
        out.reserve(qMax(needed, out.capacity() * 2));
    out.resize(needed);

    char *p = out.data() + start;
    p = writeHeader(p, '*', args.size());
    for (const QByteArray &arg : args) {
        p = writeHeader(p, '$', arg.size());
        if (!arg.isEmpty()) {
            std::memcpy(p, arg.constData(), static_cast<size_t>(arg.size()));
            p += arg.size();
        }
        *p++ = '\r';
        *p++ = '\n';
    }
    Q_ASSERT(p == out.constData() + needed);
}

QByteArray encode(const Command &args)
{
    QByteArray out;
    append(out, args);
    return out;
}

QByteArray encode(const QList<Command> &commands)
{
    qsizetype total = 0;
    for (const Command &command : commands)
        total += encodedSize(command);
    QByteArray out;
    out.reserve(total);
    for (const Command &command : commands)
        append(out, command);
    return out;
}

} // namespace RespWriter
