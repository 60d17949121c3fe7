// The call timeline against the simulator over real sockets: originate, ring,
// answer, bridge, play, record, unbridge, hang up. The timeline of the call
// holds exactly the expected steps, in order, on the expected lanes, and a
// socket drop in the middle shows as a gap on every lane that was live.

#include "models/CallTimeline.h"
#include "models/ServerSession.h"
#include "tests/support/Await.h"
#include "tests/support/SimFixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Console::TimelineKind;

namespace {

// Runs a call to completion: its result, or an empty (failed) one when it did not finish.
template<typename T>
Ari::Result<T> call(const Ari::Pending<T> &pending)
{
    if (auto r = TestSupport::awaitResult(pending))
        return *r;
    Ari::Result<T> none;
    none.error.kind = Ari::AriError::Kind::Timeout;
    return none;
}

QString idByName(const Console::Store &store, const QString &prefix, const QString &suffix)
{
    for (const auto &lc : store.channels()) {
        if (lc.channel.name.startsWith(prefix) && lc.channel.name.endsWith(suffix))
            return lc.channel.id;
    }
    return {};
}

// "kind: text" for each step on one lane, in order (a gap's length varies: just "gap").
QStringList laneSteps(const Console::Timeline &t, int lane)
{
    QStringList out;
    for (const Console::TimelineEntry &e : t.entries) {
        if (e.lane == lane)
            out.append(e.kind == TimelineKind::Gap ? u"gap"_s : Console::Timeline::kindName(e.kind) + u": "_s + e.text);
    }
    return out;
}

int rowOf(const Console::Timeline &t, int lane, const QString &text)
{
    for (int i = 0; i < t.entries.size(); ++i) {
        if (t.entries.at(i).lane == lane && t.entries.at(i).text == text)
            return i;
    }
    return -1;
}

} // namespace

class TestTimeline : public QObject
{
    Q_OBJECT

    TestSupport::SimFixture m_fx;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_fx.start()); }

    void localHalves()
    {
        QCOMPARE(Console::Timeline::otherLocalHalf(u"Local/300@demo-00000001;1"_s), u"Local/300@demo-00000001;2"_s);
        QCOMPARE(Console::Timeline::otherLocalHalf(u"Local/300@demo-00000001;2"_s), u"Local/300@demo-00000001;1"_s);
        QCOMPARE(Console::Timeline::otherLocalHalf(u"PJSIP/alice-00000001"_s), QString());
    }

    void wholeCallWithADrop()
    {
        Console::ServerSession session(u"timeline"_s);
        // Every frame of this short call is kept (where the store bounds its history's bytes).
        auto keepFrames = [](auto *store) {
            if constexpr (requires { store->setHistoryRawBudget(qsizetype(1)); })
                store->setHistoryRawBudget(1 << 20);
        };
        keepFrames(session.store());
        Ari::ConnectionSettings settings = m_fx.settings();
        settings.subscribeAll = true; // as the demo: every channel's events, whatever the subscriptions after a drop
        session.setSettings(settings);
        QSignalSpy synced(session.sync(), &Console::SyncEngine::synced);
        session.open();
        QVERIFY(synced.wait(5000));
        Ari::AriClient *client = session.client();
        Console::Store *store = session.store();

        // Originate: an inbound call that waits in Stasis, unanswered (301), then ring and answer it.
        QVERIFY(call(client->channels().originate({.endpoint = u"Local/301@demo"_s, .app = u"console"_s})).ok());
        QString a2;
        QTRY_VERIFY((a2 = idByName(*store, u"Local/301@demo"_s, u";2"_s), !a2.isEmpty() && store->channel(a2)->inStasis()));
        const QString a1 = idByName(*store, u"Local/301@demo"_s, u";1"_s);
        QVERIFY(!a1.isEmpty());
        QCOMPARE(store->channel(a2)->channel.state, u"Ring"_s);
        // Ringing is indicated to the caller; Asterisk sends no event for it (trace 02 #39).
        QVERIFY(call(client->channels().ring({.channelId = a2})).ok());
        QVERIFY(call(client->channels().answer({.channelId = a2})).ok());
        QTRY_VERIFY(store->channel(a1) && store->channel(a1)->inStasis());

        // An agent to bridge with: Local/600 answers and waits; its ;1 half comes into Stasis.
        QVERIFY(call(client->channels().originate({.endpoint = u"Local/600@demo"_s, .app = u"console"_s})).ok());
        QString c1;
        QTRY_VERIFY((c1 = idByName(*store, u"Local/600@demo"_s, u";1"_s), !c1.isEmpty() && store->channel(c1)->inStasis()));
        const QString c2 = idByName(*store, u"Local/600@demo"_s, u";2"_s);
        QTRY_COMPARE(store->channel(c2)->channel.dialplan.appName, u"Wait"_s);

        const auto bridge = call(client->bridges().create({.type = u"mixing"_s, .name = u"support"_s}));
        QVERIFY(bridge.ok());
        QVERIFY(call(client->bridges().addChannel({.bridgeId = bridge.value.id, .channel = QStringList{c1}})).ok());
        QTRY_COMPARE(store->channel(c1)->bridgeId, bridge.value.id);
        QVERIFY(call(client->bridges().addChannel({.bridgeId = bridge.value.id, .channel = QStringList{a2}})).ok());
        QTRY_COMPARE(store->channel(a2)->bridgeId, bridge.value.id);
        QTRY_COMPARE(store->channel(c1)->variables.value(u"BRIDGEPEER"_s).value, store->channel(a2)->channel.name);

        // The socket drops; the console reconnects and resyncs.
        synced.clear();
        m_fx.sim->dropAllSockets();
        QVERIFY(synced.wait(5000));

        QVERIFY(call(client->channels().play({.channelId = a2, .media = QStringList{u"sound:hello-world"_s}})).ok());
        auto finished = [&] {
            for (const auto &h : store->channel(a2)->history)
                if (h.type == Ari::EventType::PlaybackFinished)
                    return true;
            return false;
        };
        const bool ok = QTest::qWaitFor([&] { return store->playbacks().isEmpty() && finished(); }, 5000);
        if (!ok) {
            for (const auto &h : store->channel(a2)->history)
                qInfo() << h.raw.left(200);
            qInfo() << store->playbacks().keys();
        }
        QVERIFY(ok);
        // The conversation is recorded (a bridged channel cannot be recorded on its own: the bridge is).
        QVERIFY(call(client->bridges().record({.bridgeId = bridge.value.id, .name = u"tl-call"_s, .format = u"wav"_s})).ok());
        QTRY_VERIFY(store->liveRecordings().contains(u"tl-call"_s));
        QVERIFY(call(client->recordings().stop({.recordingName = u"tl-call"_s})).ok());
        QTRY_VERIFY(!store->liveRecordings().contains(u"tl-call"_s));
        QVERIFY(call(client->bridges().removeChannel({.bridgeId = bridge.value.id, .channel = QStringList{a2}})).ok());
        QTRY_VERIFY(store->channel(a2)->bridgeId.isEmpty());
        QVERIFY(call(client->channels().hangup({.channelId = a2})).ok());
        QTRY_VERIFY(!store->channel(a1) && !store->channel(a2));

        // The call ended, and its timeline is still there.
        QVERIFY(store->endedChannels().contains(a2));
        Console::TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(store);
        model.setChannel(a2);
        const Console::Timeline &t = model.timeline();
        QCOMPARE(model.rowCount(), int(t.entries.size()));

        // Lanes: the two Local halves of the call, then the agent's two, in creation order.
        QCOMPARE(t.lanes.size(), 4);
        QCOMPARE(t.lanes.at(0).channelId, a1);
        QCOMPARE(t.lanes.at(1).channelId, a2);
        QCOMPARE(t.lanes.at(2).channelId, c1);
        QCOMPARE(t.lanes.at(3).channelId, c2);
        QCOMPARE(t.lanes.at(1).relation, u"selected"_s);
        QCOMPARE(t.lanes.at(0).relation, u"other Local half"_s);
        QCOMPARE(t.lanes.at(2).relation, u"bridge peer"_s);
        QCOMPARE(t.lanes.at(3).relation, u"other Local half"_s);
        QVERIFY(t.lanes.at(1).endedAtMs > 0);

        if (qEnvironmentVariableIsSet("TIMELINE_VERBOSE")) {
            for (int lane = 0; lane < t.lanes.size(); ++lane)
                qInfo().noquote() << "lane" << lane << t.lanes.at(lane).name << "\n  " << laneSteps(t, lane).join(u"\n   "_s);
        }
        const QString agent = t.lanes.at(2).name;
        const QString caller = t.lanes.at(1).name;
        // The caller's Local/301 ;1 half: dialled by the originate, answered, into the application.
        QCOMPARE(laneSteps(t, 0), QStringList({
            u"created: Created (Down)"_s,
            u"dialplan: Dialplan demo,301,1: AppDial2((Outgoing Line))"_s,
            u"dial: Dial 301@demo: dialling"_s,
            u"state: State: Up (answered)"_s,
            u"dial: Dial 301@demo: ANSWER"_s,
            u"variable: Set STASISSTATUS = "_s,
            u"Stasis start: Stasis start: console"_s,
            u"gap"_s,
            u"hangup request: Hangup requested: Normal clearing (16)"_s,
            u"Stasis end: Stasis end: console"_s,
            u"variable: Set STASISSTATUS = SUCCESS"_s,
            u"hangup: Hung up: Normal clearing (16)"_s,
        }));
        // The selected ;2 half: rings in Stasis, is answered, bridged, played to, recorded, unbridged, hung up.
        QCOMPARE(laneSteps(t, 1), QStringList({
            u"created: Created (Ring)"_s,
            u"dialplan: Dialplan demo,301,1: Stasis(console,inbound,301)"_s,
            u"variable: Set STASISSTATUS = "_s,
            u"Stasis start: Stasis start: console (inbound, 301)"_s,
            u"state: State: Up (answered)"_s,
            u"bridge enter: Entered bridge support (mixing) with "_s + agent,
            u"variable: Set BRIDGEPEER = "_s + agent,
            u"gap"_s,
            u"playback: Playback started: sound:hello-world"_s,
            u"playback: Playback finished: sound:hello-world (done)"_s,
            u"variable: Set BRIDGEPEER = Recorder/ARI-00000002;2,"_s + agent,
            u"recording: Recording started: tl-call (wav), of the bridge"_s,
            u"recording: Recording finished: tl-call (0 s), of the bridge"_s,
            u"variable: Set BRIDGEPEER = "_s + agent,
            u"variable: Set BRIDGEPEER = "_s,
            u"bridge leave: Left bridge support (mixing), leaving "_s + agent,
            u"hangup request: Hangup requested (soft)"_s,
            u"Stasis end: Stasis end: console"_s,
            u"variable: Set STASISSTATUS = SUCCESS"_s,
            u"hangup request: Hangup requested (soft)"_s,
            u"hangup: Hung up: Normal clearing (16)"_s,
        }));
        // The agent's ;1 half, the bridge peer (still up), and its ;2 half in the dialplan.
        QCOMPARE(laneSteps(t, 2), QStringList({
            u"created: Created (Down)"_s,
            u"dialplan: Dialplan demo,600,1: AppDial2((Outgoing Line))"_s,
            u"dial: Dial 600@demo: dialling"_s,
            u"state: State: Up (answered)"_s,
            u"dial: Dial 600@demo: ANSWER"_s,
            u"variable: Set STASISSTATUS = "_s,
            u"Stasis start: Stasis start: console"_s,
            u"bridge enter: Entered bridge support (mixing)"_s,
            u"variable: Set BRIDGEPEER = "_s + caller,
            u"gap"_s,
            u"variable: Set BRIDGEPEER = Recorder/ARI-00000002;2,"_s + caller,
            u"variable: Set BRIDGEPEER = "_s + caller,
        }));
        QCOMPARE(laneSteps(t, 3), QStringList({
            u"created: Created (Ring)"_s,
            u"dialplan: Dialplan demo,600,1: Answer()"_s,
            u"state: State: Up (answered)"_s,
            u"dialplan: Dialplan demo,600,2: Wait(3600)"_s,
            u"gap"_s,
        }));
        QCOMPARE(model.rowCount(), 12 + 21 + 12 + 5);

        // In time order across lanes; the drop sits between the bridging and the playback.
        for (int i = 1; i < t.entries.size(); ++i)
            QVERIFY(t.entries.at(i - 1).atMs <= t.entries.at(i).atMs);
        int gapRow = -1;
        for (int i = 0; i < t.entries.size(); ++i) {
            if (t.entries.at(i).kind == TimelineKind::Gap && t.entries.at(i).lane == 1)
                gapRow = i;
        }
        const int enter = rowOf(t, 1, u"Entered bridge support (mixing) with "_s + agent);
        const int play = rowOf(t, 1, u"Playback started: sound:hello-world"_s);
        QVERIFY(enter >= 0 && play >= 0 && gapRow >= 0);
        QVERIFY2(enter < gapRow && gapRow < play, qPrintable(u"%1 %2 %3"_s.arg(enter).arg(gapRow).arg(play)));
        const Console::TimelineEntry &gap = t.entries.at(gapRow);
        QVERIFY(gap.endMs >= gap.atMs && gap.raw.isEmpty());

        // Links: the bridge entry and exit point at the agent's lane; each step keeps its raw event.
        QCOMPARE(t.entries.at(enter).peers, QList<int>{2});
        QCOMPARE(t.entries.at(rowOf(t, 1, u"Left bridge support (mixing), leaving "_s + agent)).peers, QList<int>{2});
        const QModelIndex hangup = model.index(rowOf(t, 1, u"Hung up: Normal clearing (16)"_s), 0);
        QVERIFY(hangup.data(Console::TimelineModel::RawRole).toByteArray().contains("\"ChannelDestroyed\""));
        QCOMPARE(hangup.data(Console::TimelineModel::LaneRole).toInt(), 1);

        // An ended call stays for the retention, then goes.
        store->expireEnded(t.lanes.at(1).endedAtMs + store->endedRetentionMs() - 1);
        QVERIFY(store->anyChannel(a2));
        store->expireEnded(t.lanes.at(1).endedAtMs + store->endedRetentionMs() + 1);
        QVERIFY(!store->anyChannel(a2));
        model.rebuild();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(store->endedRetentionMs(), 15 * 60 * 1000);
    }
};

QTEST_GUILESS_MAIN(TestTimeline)
#include "tst_timeline.moc"
