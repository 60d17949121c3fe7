#pragma once

#include <QByteArrayList>

namespace Bench {

//! A realistic mixed stream of ARI event frames (about 600 bytes each), shaped
//! like the ones recorded from a real Asterisk: channel state changes, varsets,
//! dialplan steps, dials, bridge entries, DTMF. `channels` distinct channel ids.
QByteArrayList makeEventStream(int count, int channels, quint32 seed = 1);

} // namespace Bench
