#pragma once

// Internal to ari/: turns a finished AriReply into a typed Result.

#include "ari/AriReply.h"
#include "ari/JsonRead.h"

namespace Ari {

template<typename T>
Result<T> decodeReply(const AriReply *reply)
{
    Result<T> r;
    r.error = reply->error();
    r.httpStatus = reply->httpStatus();
    if constexpr (std::is_same_v<T, Download>) {
        r.value.contentType = reply->contentType();
        r.value.bytes = reply->bytesReceived();
    } else if constexpr (!std::is_void_v<T>) {
        if (!r.error.isError()) {
            QString why;
            if (auto v = Json::parseValue<T>(reply->body(), &why)) {
                r.value = std::move(*v);
            } else {
                r.error.kind = AriError::Kind::Parse;
                r.error.message = why;
                const OperationSpec &op = operation(reply->operation());
                r.error.operation = QString::fromLatin1(op.method) + u' ' + QString::fromLatin1(op.path);
            }
        }
    }
    return r;
}

} // namespace Ari
