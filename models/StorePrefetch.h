#pragma once

#include "ari/Event.h"

namespace Console {

class Store;

//! A hint, for whoever holds a batch of events: fetches into the cache what
//! Store::apply() will touch for `event` (the channel it names: its record and
//! the end of its history), so that calling this for the next event before
//! applying the current one overlaps the two. Changes nothing; one lookup.
void prefetchForApply(const Store &store, const Ari::Event &event);

} // namespace Console
