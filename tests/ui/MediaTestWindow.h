#pragma once

#include "models/ServerSession.h"
#include "ari/AriClient.h"
#include "tests/support/SimFixture.h"
#include "ui/MainWindow.h"
#include "ui/MediaPanels.h"

#include <QSignalSpy>
#include <QTest>

namespace TestSupport {

//! The server a media test drives: the simulator (as in CI), or with ARI_UI_LIVE=1 and
//! ARI_LIVE_URL/ARI_LIVE_USER/ARI_LIVE_PASSWORD a real Asterisk set up as in shared/asterisk-lab.
//! `truth` is a client of its own that reads the server's state over ARI.
struct MediaTarget
{
    bool live = false;
    std::unique_ptr<SimFixture> fx;
    Ari::ConnectionSettings base;
    std::unique_ptr<Ari::AriClient> truth;

    static bool requested() { return qEnvironmentVariableIsSet("ARI_UI_LIVE"); }
    QString start()
    {
        live = requested();
        if (live) {
            if (qEnvironmentVariable("ARI_LIVE_URL").isEmpty() || qEnvironmentVariable("ARI_LIVE_USER").isEmpty())
                return QStringLiteral("ARI_LIVE_URL and ARI_LIVE_USER are not set: no real Asterisk to test against");
            base.baseUrl = QUrl(qEnvironmentVariable("ARI_LIVE_URL"));
            base.user = qEnvironmentVariable("ARI_LIVE_USER");
            base.password = qEnvironmentVariable("ARI_LIVE_PASSWORD");
            base.apps = {QStringLiteral("console")};
            base.requestTimeoutMs = 10000;
        } else {
            fx = std::make_unique<SimFixture>();
            if (!fx->start())
                return QStringLiteral("FAIL: the simulator could not listen");
            fx->sim->asterisk().setSystemName(QStringLiteral("lab"));
            base = fx->settings();
        }
        truth = std::make_unique<Ari::AriClient>();
        truth->setSettings(base);
        return {};
    }
    AriSim::SimServer *sim() const { return fx ? fx->sim.get() : nullptr; }
    int timeoutMs() const { return live ? 15000 : 5000; }
};

//! Runs a typed call to completion (or gives an empty result after 15 s).
template<typename T>
Ari::Result<T> awaitCall(const Ari::Pending<T> &pending)
{
    std::optional<Ari::Result<T>> out;
    QObject ctx;
    pending.then(&ctx, [&](const Ari::Result<T> &r) { out = r; });
    (void)QTest::qWaitFor([&] { return out.has_value(); }, 15000);
    return out.value_or(Ari::Result<T>{});
}

//! The main window with its media panels on a MediaTarget (the simulator, or a
//! real Asterisk for the `live` registrations), and the steps the media
//! tests share: a Stasis call to play to or record, and the truth of a
//! playback or recording as the server itself reports it.
struct MediaTestWindow
{
    MediaTarget target;
    std::unique_ptr<Console::ServerSession> session;
    std::unique_ptr<Console::MainWindow> window;

    //! Opens the window and syncs it; a reason to skip, or empty.
    QString open()
    {
        if (QString why = target.start(); !why.isEmpty())
            return why;
        session = std::make_unique<Console::ServerSession>(QStringLiteral("media"));
        Ari::ConnectionSettings s = target.base;
        s.subscribeAll = true;
        session->setSettings(s);
        window = std::make_unique<Console::MainWindow>();
        window->setSession(session.get(), QStringLiteral("media"), !target.live);
        window->resize(1300, 860);
        window->show();
        QSignalSpy synced(session->sync(), &Console::SyncEngine::synced);
        session->open();
        if (!synced.wait(target.timeoutMs()))
            return QStringLiteral("FAIL: the window did not sync");
        return {};
    }

    void close()
    {
        window.reset();
        session.reset();
    }

    Console::MediaPanels *panels() const { return window->findChild<Console::MediaPanels *>(); }

    //! Originates Local/600@demo into `console`: its ;1 half is an answered Stasis channel
    //! that stays up in silence (trace 05). Returns that channel's id once the store has it in Stasis.
    QString stasisCall()
    {
        const auto r = awaitCall(target.truth->channels().originate(
            {.endpoint = QStringLiteral("Local/600@demo"), .app = QStringLiteral("console")}));
        if (!r.ok())
            return {};
        const QString id = r.value.id;
        (void)QTest::qWaitFor([&] {
            const Console::LiveChannel *lc = session->store()->channel(id);
            return lc && lc->inStasis() && lc->channel.state == u"Up";
        }, target.timeoutMs());
        return session->store()->channel(id) && session->store()->channel(id)->inStasis() ? id : QString();
    }

    void hangup(const QString &id)
    {
        if (!id.isEmpty())
            (void)awaitCall(target.truth->channels().hangup({.channelId = id}));
    }

    //! The playback's state as the server reports it ("" when it has none by that id).
    QString playbackState(const QString &id)
    {
        if (AriSim::SimServer *sim = target.sim())
            return sim->asterisk().playbackJson(id).toQJson().toObject().value(u"state").toString();
        const auto r = awaitCall(target.truth->playbacks().get({.playbackId = id}));
        return r.ok() ? r.value.state : QString();
    }

    //! The live recording's state as the server reports it ("" when none).
    QString liveRecordingState(const QString &name)
    {
        if (AriSim::SimServer *sim = target.sim())
            return sim->asterisk().liveRecordingJson(name).toQJson().toObject().value(u"state").toString();
        const auto r = awaitCall(target.truth->recordings().getLive({.recordingName = name}));
        return r.ok() ? r.value.state : QString();
    }

    //! Whether the server holds a stored recording of that name.
    bool hasStored(const QString &name)
    {
        if (AriSim::SimServer *sim = target.sim())
            return sim->asterisk().storedRecording(name) != nullptr;
        return awaitCall(target.truth->recordings().getStored({.recordingName = name})).ok();
    }

    void deleteStored(const QString &name)
    {
        if (AriSim::SimServer *sim = target.sim())
            sim->asterisk().removeStoredRecording(name);
        else
            (void)awaitCall(target.truth->recordings().deleteStored({.recordingName = name}));
    }
};

} // namespace TestSupport
