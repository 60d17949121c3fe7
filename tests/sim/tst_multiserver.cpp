// Several servers in one window: three simulators at once, each with its own
// call-centre traffic, three sessions in one ServerSet. A socket drop on one
// never disturbs the other two (they stay synced throughout), every store
// ends equal to its own simulator, and the all-servers table holds every
// server's channels, each row tagged with its server.

#include "models/ServerSession.h"
#include "models/ServerSet.h"
#include "tests/support/SimFixture.h"
#include "tests/support/StoreTruth.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMultiServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void threeServersOneDrop()
    {
        TestSupport::SimFixture fx[3];
        std::unique_ptr<Console::ServerSession> sessions[3];
        const QString names[3] = {u"north"_s, u"south"_s, u"west"_s};
        Console::ServerSet set;
        Console::AllChannelsModel all(&set);
        QAbstractItemModelTester tester(&all, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 0; i < 3; ++i) {
            fx[i].sim->asterisk().setSystemName(names[i]);
            QVERIFY(fx[i].start());
            fx[i].sim->asterisk().startDemoTraffic(3.0, quint32(7 + i), u"console"_s);
            sessions[i] = std::make_unique<Console::ServerSession>(names[i]);
            Ari::ConnectionSettings s = fx[i].settings();
            s.subscribeAll = true;
            sessions[i]->setSettings(s);
            set.add(sessions[i].get());
            sessions[i]->open();
        }
        QCOMPARE(set.size(), 3);
        QCOMPARE(set.current(), sessions[0].get());
        for (auto &s : sessions)
            QTRY_COMPARE_WITH_TIMEOUT(s->store()->syncState(), Console::SyncState::Synced, 10000);
        // Each has traffic of its own.
        for (auto &s : sessions)
            QTRY_VERIFY_WITH_TIMEOUT(s->store()->eventsApplied() > 100, 20000);

        // A drop on the second: it goes stale and comes back; the others never leave Synced.
        QSignalSpy first(sessions[0]->store(), &Console::Store::syncStateChanged);
        QSignalSpy third(sessions[2]->store(), &Console::Store::syncStateChanged);
        QSignalSpy firstLost(sessions[0]->connection(), &Ari::AriConnection::connectionLost);
        QSignalSpy thirdLost(sessions[2]->connection(), &Ari::AriConnection::connectionLost);
        QSignalSpy dropped(sessions[1]->sync(), &Console::SyncEngine::synced);
        const quint64 before[3] = {sessions[0]->store()->eventsApplied(), sessions[1]->store()->eventsApplied(),
                                   sessions[2]->store()->eventsApplied()};
        fx[1].sim->dropAllSockets();
        QVERIFY(dropped.wait(5000));
        QCOMPARE(sessions[1]->store()->syncState(), Console::SyncState::Synced);
        for (int i = 0; i < 3; ++i)
            QTRY_VERIFY_WITH_TIMEOUT(sessions[i]->store()->eventsApplied() > before[i] + 50, 20000);
        QCOMPARE(first.size(), 0);
        QCOMPARE(third.size(), 0);
        QCOMPARE(firstLost.size(), 0);
        QCOMPARE(thirdLost.size(), 0);
        QCOMPARE(sessions[0]->store()->syncState(), Console::SyncState::Synced);
        QCOMPARE(sessions[2]->store()->syncState(), Console::SyncState::Synced);

        // Every store equals its own simulator, field for field (traffic goes on: compare until equal).
        for (int i = 0; i < 3; ++i) {
            TestSupport::StoreTally t;
            const bool equal = QTest::qWaitFor([&] {
                // Named exclusion: a bridge's technology turns softmix while a recorder is in it and back
                // afterwards with no event at all, so a store whose snapshot fell inside a recording keeps
                // "softmix" until the bridge changes again. Everything else is compared.
                QJsonArray bridges = fx[i].sim->asterisk().bridgesJson().toQJson().toArray();
                for (auto it = bridges.begin(); it != bridges.end(); ++it) {
                    QJsonObject b = it->toObject();
                    if (const Console::LiveBridge *mine = sessions[i]->store()->bridge(b.value(u"id"_s).toString()))
                        b.insert(u"technology"_s, mine->bridge.technology);
                    *it = b;
                }
                t = TestSupport::compareStore(*sessions[i]->store(), fx[i].sim->asterisk().channelsJson().toQJson().toArray(),
                                              bridges);
                return t.clean() && !sessions[i]->store()->channels().isEmpty();
            }, 10000);
            QVERIFY2(equal, qPrintable(names[i] + u": "_s + t.report.mid(0, 5).join(u"; "_s)));
            // No channel of another server leaked into this store.
            for (const auto &lc : sessions[i]->store()->channels())
                QVERIFY2(lc.channel.id.startsWith(names[i] + u'-'), qPrintable(lc.channel.id));
        }

        // The all-servers table: every server's channels, each row with its server's name.
        all.flush();
        int total = 0;
        for (auto &s : sessions)
            total += int(s->store()->channels().size());
        QTRY_COMPARE_WITH_TIMEOUT((all.flush(), all.rowCount()),
                                  int(sessions[0]->store()->channels().size() + sessions[1]->store()->channels().size()
                                      + sessions[2]->store()->channels().size()),
                                  5000);
        QVERIFY(total > 0);
        for (int row = 0; row < all.rowCount(); ++row) {
            const QString server = all.index(row, all.serverColumn()).data().toString();
            const QString id = all.index(row, 0).data(Console::IdRole).toString();
            QVERIFY2(id.startsWith(server + u'-'), qPrintable(server + u" " + id));
            QCOMPARE(all.index(row, 0).data(Console::ServerRole).toString(), server);
            QCOMPARE(all.sessionAt(row)->name(), server);
        }
        QCOMPARE(all.headerData(all.serverColumn(), Qt::Horizontal).toString(), u"Server"_s);

        // One server leaves (the operator disconnects it): the others stay, and so do their rows.
        sessions[1]->close();
        set.remove(sessions[1].get());
        QCOMPARE(set.size(), 2);
        all.flush();
        for (int row = 0; row < all.rowCount(); ++row)
            QVERIFY(all.index(row, all.serverColumn()).data().toString() != names[1]);
        QCOMPARE(sessions[0]->store()->syncState(), Console::SyncState::Synced);
        QCOMPARE(sessions[2]->store()->syncState(), Console::SyncState::Synced);
    }
};

QTEST_GUILESS_MAIN(TestMultiServer)
#include "tst_multiserver.moc"
