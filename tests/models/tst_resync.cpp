// The store stays equal to the server's own state through thousands of
// random operations, socket drops and restarts. Against the simulator by
// default; against a real Asterisk set up as in shared/asterisk-lab when
// ARI_LIVE_URL, ARI_LIVE_USER and ARI_LIVE_PASSWORD are set (the `live`
// registration of this test), where drops are made on the client side and
// restarts are left out.
//
// ARI_RESYNC_SEED sets the seed (it is printed); ARI_RESYNC_ROUNDS the rounds.

#include "models/ServerSession.h"
#include "sim/ManualClock.h"
#include "tests/support/Await.h"
#include "tests/support/SimFixture.h"
#include "tests/support/StoreTruth.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <algorithm>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

bool liveMode()
{
    return qEnvironmentVariableIsSet("ARI_RESYNC_LIVE");
}

// Runs a typed call to completion.
template<typename T>
Ari::Result<T> wait(const Ari::Pending<T> &pending)
{
    return TestSupport::awaitResult(pending).value_or(Ari::Result<T>{});
}

} // namespace

class TestResync : public QObject
{
    Q_OBJECT

    std::unique_ptr<AriSim::ManualClock> m_clock;
    std::unique_ptr<AriSim::SimServer> m_sim;
    Ari::ConnectionSettings m_settings;
    std::unique_ptr<Ari::AriClient> m_truthClient; // live mode: reads the real Asterisk's state

    QJsonArray truthChannels()
    {
        if (m_sim)
            return m_sim->asterisk().channelsJson().toQJson().toArray();
        QJsonArray out;
        for (const auto &c : wait(m_truthClient->channels().list()).value)
            out.append(c.toJson());
        return out;
    }
    QJsonArray truthBridges()
    {
        if (m_sim)
            return m_sim->asterisk().bridgesJson().toQJson().toArray();
        QJsonArray out;
        for (const auto &b : wait(m_truthClient->bridges().list()).value)
            out.append(b.toJson());
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (liveMode()) {
            const QString url = qEnvironmentVariable("ARI_LIVE_URL");
            if (url.isEmpty())
                QSKIP("ARI_LIVE_URL is not set: no real Asterisk to test against");
            m_settings.baseUrl = QUrl(url);
            m_settings.user = qEnvironmentVariable("ARI_LIVE_USER");
            m_settings.password = qEnvironmentVariable("ARI_LIVE_PASSWORD");
            m_truthClient = std::make_unique<Ari::AriClient>();
            m_truthClient->setSettings(m_settings);
        } else {
            m_clock = std::make_unique<AriSim::ManualClock>();
            m_sim = std::make_unique<AriSim::SimServer>(m_clock.get());
            m_sim->asterisk().setSystemName(u"lab"_s);
            QVERIFY(m_sim->listen());
            m_settings.baseUrl = m_sim->baseUrl();
            m_settings.user = m_settings.password = u"asterisk"_s;
        }
        m_settings.apps = {u"console"_s};
        m_settings.subscribeAll = true;
        m_settings.reconnectBaseMs = 20;
        m_settings.reconnectCapMs = 200;
    }

    void randomOperationsWithDropsAndRestarts()
    {
        const quint32 seed = qEnvironmentVariableIsSet("ARI_RESYNC_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("ARI_RESYNC_SEED"))
                                 : quint32(QDateTime::currentMSecsSinceEpoch() & 0xffffff);
        const int rounds = qEnvironmentVariableIsSet("ARI_RESYNC_ROUNDS") ? qEnvironmentVariableIntValue("ARI_RESYNC_ROUNDS")
                                                                          : (liveMode() ? 10 : 50);
        const int opsPerRound = 100;
        std::printf("resync seed: %u (set ARI_RESYNC_SEED=%u to repeat)\n", seed, seed);
        QRandomGenerator rng(seed);

        Console::ServerSession session(u"resync"_s);
        session.setSettings(m_settings);
        QSignalSpy synced(session.sync(), &Console::SyncEngine::synced);
        session.open();
        QVERIFY(synced.wait(10000));
        Ari::AriClient *client = session.client();

        int ops = 0, drops = 0, restarts = 0, dirtyRounds = 0;
        TestSupport::StoreTally total;
        static const QStringList endpoints = {u"Local/300@demo"_s, u"Local/301@demo"_s, u"Local/1%1@demo"_s,
                                              u"Local/2%1@demo"_s, u"Local/600@demo"_s};
        for (int round = 0; round < rounds; ++round) {
            int pending = 0;
            auto done = [&pending](const auto &) { --pending; };
            for (int i = 0; i < opsPerRound; ++i, ++ops) {
                const QList<Console::LiveChannel> live = session.store()->channels().values();
                const QList<Console::LiveBridge> bridges = session.store()->bridges().values();
                auto anyChannel = [&]() -> QString {
                    return live.isEmpty() ? QString() : live.at(int(rng.bounded(qsizetype(live.size())))).channel.id;
                };
                const int op = int(rng.bounded(100));
                ++pending;
                if (op < 20) {
                    QString ep = endpoints.at(int(rng.bounded(endpoints.size())));
                    if (ep.contains(u"%1"_s))
                        ep = ep.arg(rng.bounded(100, 999));
                    client->channels().originate({.endpoint = ep, .app = u"console"_s}).then(this, done);
                } else if (op < 30 && !live.isEmpty()) {
                    client->channels().answer({.channelId = anyChannel()}).then(this, done);
                } else if (op < 45 && !live.isEmpty()) {
                    client->channels().hangup({.channelId = anyChannel()}).then(this, done);
                } else if (op < 52) {
                    client->bridges().create({.type = u"mixing"_s}).then(this, done);
                } else if (op < 65 && !bridges.isEmpty() && !live.isEmpty()) {
                    const QString b = bridges.at(int(rng.bounded(qsizetype(bridges.size())))).bridge.id;
                    client->bridges().addChannel({.bridgeId = b, .channel = QStringList{anyChannel()}}).then(this, done);
                } else if (op < 72 && !bridges.isEmpty() && !live.isEmpty()) {
                    const QString b = bridges.at(int(rng.bounded(qsizetype(bridges.size())))).bridge.id;
                    client->bridges().removeChannel({.bridgeId = b, .channel = QStringList{anyChannel()}}).then(this, done);
                } else if (op < 76 && !bridges.isEmpty()) {
                    const QString b = bridges.at(int(rng.bounded(qsizetype(bridges.size())))).bridge.id;
                    client->bridges().destroy({.bridgeId = b}).then(this, done);
                } else if (op < 86 && !live.isEmpty()) {
                    client->channels().play({.channelId = anyChannel(), .media = QStringList{u"sound:hello-world"_s}})
                        .then(this, done);
                } else if (op < 92 && !live.isEmpty()) {
                    client->channels()
                        .record({.channelId = anyChannel(), .name = u"rs-%1-%2"_s.arg(seed).arg(ops), .format = u"wav"_s,
                                 .maxDurationSeconds = 5})
                        .then(this, done);
                } else if (op < 97) {
                    --pending;
                    if (m_clock)
                        m_clock->advance(qint64(rng.bounded(200, 5000))); // time passes: rings, playbacks end
                } else if (op < 99 || liveMode()) {
                    --pending;
                    ++drops;
                    if (m_sim)
                        m_sim->dropAllSockets();
                    else {
                        session.close(); // the socket drops on our side
                        session.open();
                    }
                } else {
                    --pending;
                    ++restarts;
                    m_sim->restart(/*keepEntityId=*/rng.bounded(2) == 0, 0);
                }
                if (rng.bounded(8) == 0)
                    QCoreApplication::processEvents(); // let events and replies interleave with requests
            }
            // A quiet point: every reply is in, time settles, the connection is synced.
            QTRY_VERIFY_WITH_TIMEOUT(pending == 0, 20000);
            if (m_clock)
                m_clock->advance(100);
            QTRY_VERIFY_WITH_TIMEOUT(session.connection()->state() == Ari::AriConnection::State::Connected
                                         && session.store()->syncState() == Console::SyncState::Synced,
                                     10000);
            TestSupport::StoreTally t;
            const bool converged = QTest::qWaitFor([&] {
                t = TestSupport::compareStore(*session.store(), truthChannels(), truthBridges());
                return t.clean();
            }, 5000);
            if (!converged) {
                ++dirtyRounds;
                total.stale += t.stale;
                total.missing += t.missing;
                total.fields += t.fields;
                qWarning().noquote() << "round" << round << "differs:" << t.report.mid(0, 10).join(u"\n  "_s);
            }
        }
        std::printf("resync: %d rounds, %d operations, %d drops, %d restarts, %d stale, %d missing, %d field mismatches\n",
                    rounds, ops, drops, restarts, total.stale, total.missing, total.fields);
        std::printf("resync: %d rounds, %d stale, %d missing, %d field mismatches\n", rounds, total.stale, total.missing,
                    total.fields);
        QVERIFY(ops >= (liveMode() ? 1000 : 5000));
        QCOMPARE(dirtyRounds, 0);
    }

    // A recorder in a bridge turns it from simple_bridge into softmix, and back when it leaves,
    // with no event but the members' BRIDGEPEER varsets (trace 04 #66-80, the README's "Bridge
    // playbacks and recordings"): the store reads the bridge again and shows what Asterisk shows.
    void bridgeTechnologyFollowsARecorder()
    {
        Console::ServerSession session(u"bridge-technology"_s);
        session.setSettings(m_settings);
        QSignalSpy synced(session.sync(), &Console::SyncEngine::synced);
        session.open();
        QVERIFY(synced.wait(10000));
        Ari::AriClient *client = session.client();
        Console::Store *store = session.store();
        auto passTime = [this] {
            if (m_clock)
                m_clock->advance(100);
        };

        QStringList members;
        for (int i = 0; i < 2; ++i) {
            const auto made = wait(client->channels().originate({.endpoint = u"Local/300@demo"_s, .app = u"console"_s}));
            QVERIFY2(made.ok(), qPrintable(made.error.toString()));
            members.append(made.value.id);
        }
        QVERIFY(QTest::qWaitFor([&] {
            passTime();
            for (const QString &id : members) {
                if (!store->channel(id) || !store->channel(id)->inStasis())
                    return false;
            }
            return true;
        }, 10000));
        const auto made = wait(client->bridges().create({.type = u"mixing"_s}));
        QVERIFY2(made.ok(), qPrintable(made.error.toString()));
        const QString bridge = made.value.id;
        QVERIFY(wait(client->bridges().addChannel({.bridgeId = bridge, .channel = members})).ok());

        QString truthTechnology, storeTechnology;
        auto shows = [&](const QString &technology) {
            return QTest::qWaitFor([&] {
                passTime();
                truthTechnology.clear();
                for (const QJsonValue b : truthBridges()) {
                    if (b[u"id"_s].toString() == bridge)
                        truthTechnology = b[u"technology"_s].toString();
                }
                const Console::LiveBridge *mine = store->bridge(bridge);
                storeTechnology = mine ? mine->bridge.technology : u"(none)"_s;
                return truthTechnology == technology && storeTechnology == technology;
            }, 5000);
        };
        auto why = [&] { return qPrintable(u"Asterisk: %1, the store: %2"_s.arg(truthTechnology, storeTechnology)); };
        QVERIFY2(shows(u"simple_bridge"_s), why());

        const QString name = u"bridge-technology-%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
        const auto recording = wait(client->bridges().record({.bridgeId = bridge, .name = name, .format = u"wav"_s}));
        QVERIFY2(recording.ok(), qPrintable(recording.error.toString()));
        QVERIFY2(shows(u"softmix"_s), why());
        passTime();
        QVERIFY(wait(client->recordings().stop({.recordingName = name})).ok());
        QVERIFY2(shows(u"simple_bridge"_s), why());

        // The Local halves go on through the dialplan (Answer, then Stasis) meanwhile: the store
        // must catch up with Asterisk, not be equal at one instant.
        TestSupport::StoreTally t;
        const bool converged = QTest::qWaitFor([&] {
            passTime();
            t = TestSupport::compareStore(*store, truthChannels(), truthBridges());
            return t.clean();
        }, 5000);
        QVERIFY2(converged, qPrintable(t.report.join(u"; "_s)));

        // That read races the members' own events: Asterisk answers it, a member leaves, and the
        // leave event can reach the console before the answer. The simulator's slow answer (its
        // manual clock) makes that order certain: the late answer must not put the member back.
        QString late;
        if (m_sim) {
            late = name + u"-late"_s;
            QVERIFY(wait(client->bridges().record({.bridgeId = bridge, .name = late, .format = u"wav"_s})).ok());
            QVERIFY2(shows(u"softmix"_s), why());
            QSignalSpy served(m_sim.get(), &AriSim::SimServer::requestServed);
            QSignalSpy reads(session.sync(), &Console::SyncEngine::bridgeRead);
            m_sim->setReplyDelay(1000);
            client->recordings().stop({.recordingName = late}); // answered late too; the members' varsets come now
            const QByteArray path = "/ari/bridges/" + bridge.toUtf8();
            QTRY_VERIFY(std::any_of(served.cbegin(), served.cend(), [&](const QList<QVariant> &s) {
                return s.at(0).toByteArray() == "GET" && s.at(1).toByteArray().startsWith(path);
            })); // the read after the recorder left, answered (with both members) but not yet sent
            m_sim->setReplyDelay(0);
            QVERIFY(wait(client->bridges().removeChannel({.bridgeId = bridge, .channel = QStringList{members[0]}})).ok());
            QTRY_VERIFY(store->channel(members[0]) && store->channel(members[0])->bridgeId.isEmpty());
            // The late answer goes out; the first read the store applies without the recorder is a true one.
            auto readWithoutRecorder = [&]() -> const QList<QVariant> * {
                for (const auto &r : std::as_const(reads)) {
                    if (r.at(0).value<Ari::Bridge>().technology == u"simple_bridge")
                        return &r;
                }
                return nullptr;
            };
            QVERIFY(QTest::qWaitFor([&] {
                passTime();
                return readWithoutRecorder() != nullptr;
            }, 5000));
            QCOMPARE(readWithoutRecorder()->at(0).value<Ari::Bridge>().channels, QStringList{members[1]});
            QVERIFY(store->channel(members[0])->bridgeId.isEmpty());
            QCOMPARE(store->bridge(bridge)->bridge.channels, QStringList{members[1]});
            const bool same = QTest::qWaitFor([&] {
                passTime();
                t = TestSupport::compareStore(*store, truthChannels(), truthBridges());
                return t.clean();
            }, 5000);
            QVERIFY2(same, qPrintable(t.report.join(u"; "_s)));
        }

        for (const QString &id : members)
            (void)wait(client->channels().hangup({.channelId = id}));
        (void)wait(client->bridges().destroy({.bridgeId = bridge}));
        (void)wait(client->recordings().deleteStored({.recordingName = name}));
        if (!late.isEmpty())
            (void)wait(client->recordings().deleteStored({.recordingName = late}));
        session.close();
    }
};

QTEST_GUILESS_MAIN(TestResync)
#include "tst_resync.moc"
