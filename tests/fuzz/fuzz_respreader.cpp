// Feeds arbitrary bytes to RespReader: once whole and once in pseudo-random pieces chosen by
// the input itself, and aborts if the two disagree (the parse must not depend on how reads
// are split) or if anything crashes, leaks or trips a sanitizer.
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include <QByteArray>

#include "services/redisreply.h"
#include "services/respreader.h"

namespace {

struct Outcome {
    QList<RedisReply> replies;
    bool failed = false;
};

void drain(RespReader &reader, Outcome &outcome)
{
    while (std::optional<RedisReply> reply = reader.next()) {
        // Exercise the accessors a caller would use.
        (void)reply->errorCode();
        (void)reply->toDisplayString();
        outcome.replies.append(std::move(*reply));
    }
    outcome.failed = reader.hasError();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 4)
        return 0;
    // The first 4 bytes seed the split sizes; the rest is the stream.
    uint32_t seed = (uint32_t(data[0]) << 24 | uint32_t(data[1]) << 16 | uint32_t(data[2]) << 8 | data[3]) | 1u;
    const QByteArray input(reinterpret_cast<const char *>(data + 4), static_cast<qsizetype>(size - 4));

    Outcome whole;
    {
        RespReader reader;
        reader.feed(input);
        drain(reader, whole);
    }

    Outcome split;
    {
        RespReader reader;
        qsizetype pos = 0;
        while (pos < input.size()) {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            // Mostly tiny pieces, sometimes large ones, to cross hiredis' and our buffering.
            const qsizetype piece = (seed & 0x80) ? qsizetype(seed >> 20) : qsizetype(seed % 8);
            const qsizetype n = qMin<qsizetype>(piece + 1, input.size() - pos);
            reader.feed(input.constData() + pos, n);
            pos += n;
            drain(reader, split);
        }
        // reset() must bring a failed or half-fed reader back to a clean state.
        reader.reset();
        if (reader.hasError() || !reader.feed(QByteArrayLiteral("+OK\r\n")) || !reader.next())
            std::abort();
    }

    if (whole.failed != split.failed || whole.replies != split.replies)
        std::abort();
    return 0;
}
