#pragma once

#include "ari/AriClient.h"
#include "tests/support/SimFixture.h"

#include <QObject>
#include <QTest>

#include <memory>
#include <optional>

namespace TestSupport {

//! The server a ui test drives: the simulator (the default, as in CI), or a
//! real Asterisk set up as in shared/asterisk-lab for the `live` registration
//! of the same test (ARI_UI_LIVE=1 with ARI_LIVE_URL, ARI_LIVE_USER and
//! ARI_LIVE_PASSWORD). `truth` is a second client of its own that reads the
//! server's state over ARI; against the simulator, tests read its in-process
//! state as well.
//!   TestSupport::LiveTarget target;
//!   if (const QString why = target.start(); !why.isEmpty()) QSKIP(qPrintable(why));
struct LiveTarget
{
    bool live = false;
    std::unique_ptr<SimFixture> fx;
    Ari::ConnectionSettings base;
    std::unique_ptr<Ari::AriClient> truth;

    static bool requested() { return qEnvironmentVariableIsSet("ARI_UI_LIVE"); }

    //! Starts the simulator, or reads the live settings; a reason to skip, or empty.
    QString start()
    {
        live = requested();
        if (live) {
            const QString url = qEnvironmentVariable("ARI_LIVE_URL");
            if (url.isEmpty() || qEnvironmentVariable("ARI_LIVE_USER").isEmpty())
                return QStringLiteral("ARI_LIVE_URL and ARI_LIVE_USER are not set: no real Asterisk to test against");
            base.baseUrl = QUrl(url);
            base.user = qEnvironmentVariable("ARI_LIVE_USER");
            base.password = qEnvironmentVariable("ARI_LIVE_PASSWORD");
            base.apps = {QStringLiteral("console")};
            base.requestTimeoutMs = 10000;
            base.reconnectBaseMs = 50;
            base.reconnectCapMs = 500;
        } else {
            fx = std::make_unique<SimFixture>();
            if (!fx->start())
                return QStringLiteral("the simulator could not listen");
            fx->sim->asterisk().setSystemName(QStringLiteral("lab"));
            base = fx->settings();
        }
        truth = std::make_unique<Ari::AriClient>();
        truth->setSettings(base);
        return {};
    }

    AriSim::SimServer *sim() const { return fx ? fx->sim.get() : nullptr; }
    //! Real timeouts for a real server; the simulator answers at once.
    int timeoutMs() const { return live ? 15000 : 5000; }
};

//! Runs a typed call to completion (or gives an empty result after 15 s).
template<typename T>
Ari::Result<T> await(const Ari::Pending<T> &pending)
{
    std::optional<Ari::Result<T>> out;
    QObject ctx;
    pending.then(&ctx, [&](const Ari::Result<T> &r) { out = r; });
    (void)QTest::qWaitFor([&] { return out.has_value(); }, 15000);
    return out.value_or(Ari::Result<T>{});
}

} // namespace TestSupport
