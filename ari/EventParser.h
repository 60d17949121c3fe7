#pragma once

#include "ari/Event.h"

#include <memory>

namespace Ari {

//! Parses WebSocket frames into typed events, once, straight from the bytes.
//! Keep one per thread and reuse it: it keeps its buffers warm.
class EventParser
{
public:
    enum class Status {
        Ok,         //!< a typed event (or an Unknown one with its raw JSON)
        Incomplete, //!< a known type with missing or wrong-typed fields; delivered as Unknown
        Malformed,  //!< not JSON, not an object, or no "type"
    };

    EventParser();
    ~EventParser();

    //! Parses `frame` into `out`; `out.raw` always holds the frame.
    //! `error` says in words what was wrong when the status is not Ok.
    Status parse(const QByteArray &frame, Event &out, QString *error = nullptr);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Ari
