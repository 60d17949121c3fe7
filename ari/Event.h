#pragma once

#include "ari/EventTypes.h"

#include <QByteArray>

namespace Ari {

//! One event from the WebSocket: the common fields, the typed payload for
//! known types, anything unknown kept in `extra`, and the exact bytes that
//! arrived (for the event log and lossless write-back).
struct Event
{
    EventType type = EventType::Unknown;
    QString typeName;
    QString application;
    QString timestamp;
    QString asteriskId;
    EventPayload payload;
    //! Top-level fields this version does not know (all of them for an unknown type).
    QJsonObject extra;
    QByteArray raw;

    //! The typed payload when the event is of type T (a big one is boxed: this sees through it).
    template<typename T>
    const T *as() const
    {
        using Stored = typename PayloadStorage<T>::type;
        const Stored *p = std::get_if<Stored>(&payload);
        if constexpr (std::is_same_v<Stored, T>)
            return p;
        else
            return p ? p->get() : nullptr;
    }
    bool isKnown() const { return type != EventType::Unknown; }
    //! The event written back out from its typed value.
    QJsonObject toJson() const;
};

} // namespace Ari
