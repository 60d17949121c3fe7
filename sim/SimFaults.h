#pragma once

#include <QByteArray>
#include <QString>

namespace AriSim {

// Answer matching requests with a chosen status instead of running the operation.
// A rule matches a request under /ari whose path (without /ari) starts with pathPrefix, then fires
// with probability share; count > 0 limits how many times it fires, -1 is unlimited.
// The event WebSocket upgrade is matched only when pathPrefix starts with "/events".
struct FailRule
{
    int status = 500;
    QString message;  // {"message": ...}; empty: a default message for the status
    QByteArray body;  // raw JSON body instead of the message, when not empty
    double share = 1.0;
    int count = 1;
    QString pathPrefix;
};

// What sendGarbage() puts on the event sockets.
enum class GarbageKind {
    NonJson,      // text frame that is not JSON
    InvalidUtf8,  // text frame with invalid UTF-8
    Huge,         // a valid event padded to `size` bytes (default 10 MB)
    DeepNesting,  // an event holding `size` nested arrays (default 100000)
    JsonArray,    // a JSON array instead of an object
    UnknownType,  // a well-formed event of a type ARI does not have
    MissingFields,// a StasisStart without channel or args
    WrongTypes,   // a StasisStart whose fields have the wrong JSON types
    Binary,       // a binary frame
};

// What happens to events while the stream is paused.
enum class PauseMode { Queue, Drop };

} // namespace AriSim
