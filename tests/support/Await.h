#pragma once

#include "ari/AriReply.h"

#include <QTest>

#include <optional>

namespace TestSupport {

//! Runs a typed call to completion (at most `timeoutMs`) and gives its result;
//! a call that never finishes gives an empty result whose ok() is false.
template<typename T>
Ari::Result<T> await(const Ari::Pending<T> &pending, int timeoutMs = 10000)
{
    std::optional<Ari::Result<T>> out;
    QObject ctx;
    pending.then(&ctx, [&](const Ari::Result<T> &r) { out = r; });
    (void)QTest::qWaitFor([&] { return out.has_value(); }, timeoutMs);
    if (!out) {
        Ari::Result<T> none;
        none.error.kind = Ari::AriError::Kind::Timeout;
        return none;
    }
    return *out;
}

} // namespace TestSupport
