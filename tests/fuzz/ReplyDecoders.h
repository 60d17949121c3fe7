#pragma once

// The fuzz targets' view of the response parsers: one decoder per model of
// the ARI spec, as a single value and as a list, each the parse that
// Ari::decodeReply<T> (ari/ReplyDecode.h) runs on a REST answer's body.

#include <QByteArrayView>
#include <QJsonValue>
#include <QString>

#include <optional>
#include <span>

namespace FuzzSupport {

//! One response parser: `decode` parses bytes as the type named `name`
//! ("Channel" or "List[Channel]", as the operation table spells it) and
//! returns the value written back out, or nothing when the parse failed (with
//! the reason in `error`).
struct ReplyDecoder
{
    const char *name;
    std::optional<QJsonValue> (*decode)(QByteArrayView json, QString *error, int *problems);
};

std::span<const ReplyDecoder> replyDecoders();
//! The index of the decoder for an operation's responseClass, or -1.
int replyDecoderIndex(const char *responseClass);

} // namespace FuzzSupport
