#pragma once

#include <functional>

namespace Ari {

class AriConnection;
struct Event;

//! Sets what `connection` calls with the next event of the batch in hand just
//! before the current one goes out through eventReceived(), so that a consumer
//! can fetch into the cache what it will touch for it (the store's channel
//! record: Console::prefetchForApply()). A hint only: it must change nothing.
//! An empty function removes it; it also goes with the connection.
void setEventLookahead(AriConnection *connection, std::function<void(const Event &)> lookahead);

} // namespace Ari
