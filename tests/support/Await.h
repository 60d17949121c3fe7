#pragma once

#include "ari/AriReply.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

#include <optional>

namespace TestSupport {

//! Runs the event loop until a typed call finishes (or `ms` pass) and returns
//! its result; nothing when it did not finish in time.
template<typename T>
std::optional<Ari::Result<T>> awaitResult(const Ari::Pending<T> &pending, int ms = 15000)
{
    std::optional<Ari::Result<T>> out;
    QObject ctx;
    pending.then(&ctx, [&](const Ari::Result<T> &r) { out = r; });
    const QDeadlineTimer deadline(ms);
    while (!out && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return out;
}

} // namespace TestSupport
