// libFuzzer target: the response parsers of every model. The first byte of
// an input picks the parser (a model, alone or as a list, see
// ReplyDecoders.cpp), the rest is the REST answer's body.
//
// Besides crashes and sanitizer reports it checks that a failed parse says
// why in words, and that a value written back out (as the console does for
// logs, exports and captures) reads back to the same value.

#include "tests/fuzz/ReplyDecoders.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void require(bool ok, const char *decoder, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "fuzz_replies: %s: contract broken: %s\n", decoder, what);
        std::abort();
    }
}

QByteArray serialise(const QJsonValue &v)
{
    return v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                       : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const auto decoders = FuzzSupport::replyDecoders();
    const FuzzSupport::ReplyDecoder &decoder = decoders[data[0] % decoders.size()];
    const QByteArrayView body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    QString error;
    int problems = 0;
    const std::optional<QJsonValue> value = decoder.decode(body, &error, &problems);
    if (!value) {
        require(!error.isEmpty(), decoder.name, "a failed parse says why");
        return 0;
    }
    const QByteArray written = serialise(*value);
    QString againError;
    const std::optional<QJsonValue> again = decoder.decode(written, &againError, &problems);
    // A known limit, not a bug of ours: Qt writes a double of 2^64 or more (from an integer
    // beyond 64 bits) as plain digits, "18446744073709552000", which simdjson refuses.
    static const QRegularExpression beyond64Bits(QStringLiteral("(^|[^0-9.eE+-])-?[0-9]{20,}([^0-9.eE]|$)"));
    if (!again && beyond64Bits.match(QString::fromUtf8(written)).hasMatch())
        return 0;
    require(again.has_value(), decoder.name, "what was written back out parses again");
    // Compared as written text: a whole double beyond 2^53 is written as digits and read back
    // as an integer, the same number in another JSON type (QJsonValue's == tells them apart).
    require(serialise(*again) == written, decoder.name, "what was written back out reads back the same");
    return 0;
}
