// AriConnection with its parse worker: events come in arrival order, on the
// owning thread, and every frame that arrived before the socket dropped is
// delivered before connectionLost() and the state change.

#include "ari/AriConnection.h"
#include "ari/EventLookahead.h"
#include "tests/support/SimFixture.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using State = Ari::AriConnection::State;

namespace {

AriSim::Json dtmf(int n)
{
    return AriSim::Json::fromQJson(QJsonObject{
        {u"type"_s, u"ChannelDtmfReceived"_s},
        {u"digit"_s, u"5"_s},
        {u"duration_ms"_s, n},
        {u"channel"_s,
         QJsonObject{{u"id"_s, u"lab-1.%1"_s.arg(n)},
                     {u"name"_s, u"Local/300@demo-00000000;1"_s},
                     {u"state"_s, u"Up"_s},
                     {u"protocol_id"_s, u""_s},
                     {u"caller"_s, QJsonObject{{u"name"_s, u"Op"_s}, {u"number"_s, u"1000"_s}}},
                     {u"connected"_s, QJsonObject{{u"name"_s, u""_s}, {u"number"_s, u""_s}}},
                     {u"accountcode"_s, u""_s},
                     {u"dialplan"_s, QJsonObject{{u"context"_s, u"demo"_s},
                                                 {u"exten"_s, u"300"_s},
                                                 {u"priority"_s, 2},
                                                 {u"app_name"_s, u"Stasis"_s},
                                                 {u"app_data"_s, u"console"_s}}},
                     {u"creationtime"_s, u"2026-11-28T17:32:00.001+0000"_s},
                     {u"language"_s, u"en"_s}}}});
}

} // namespace

class TestConnectionPipeline : public QObject
{
    Q_OBJECT

    TestSupport::SimFixture m_fx;

    // Opens `c` on the simulator and waits until its application is there.
    void openOnSim(Ari::AriConnection &c)
    {
        c.setSettings(m_fx.settings());
        QSignalSpy connected(&c, &Ari::AriConnection::connected);
        c.open();
        QVERIFY(connected.wait());
        QTRY_VERIFY(m_fx.sim->connectedApplications().contains(u"console"_s));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_fx.start()); }

    void everythingArrivedIsDeliveredBeforeTheDrop()
    {
        Ari::AriConnection c;
        openOnSim(c);
        if (QTest::currentTestFailed())
            return;

        QStringList order; // "e<n>", "lost", "state"
        int nextExpected = 0;
        bool inOrder = true;
        bool onOwnThread = true;
        connect(&c, &Ari::AriConnection::eventReceived, this, [&](const Ari::Event &e) {
            onOwnThread = onOwnThread && QThread::currentThread() == thread();
            const auto *p = e.as<Ari::ChannelDtmfReceivedEvent>();
            inOrder = inOrder && p && p->durationMs == nextExpected;
            ++nextExpected;
            order.append(u"e"_s);
        });
        connect(&c, &Ari::AriConnection::connectionLost, this, [&] { order.append(u"lost"_s); });
        connect(&c, &Ari::AriConnection::stateChanged, this, [&] { order.append(u"state"_s); });
        QSignalSpy lost(&c, &Ari::AriConnection::connectionLost);

        const quint64 before = c.eventsReceived();
        const int count = 2000;
        for (int n = 0; n < count; ++n)
            QCOMPARE(m_fx.sim->broadcastEvent(dtmf(n)), 1);
        // Let some arrive, not necessarily all parsed or delivered, then drop.
        // (2,000 frames through a sanitizer build on a loaded machine can take longer than QTRY's 5 s.)
        QTRY_VERIFY_WITH_TIMEOUT(c.eventsReceived() > before, 30000);
        m_fx.sim->dropAllSockets();
        QVERIFY(lost.wait());

        const qsizetype arrived = qsizetype(c.eventsReceived() - before);
        QVERIFY(arrived > 0);
        QVERIFY(inOrder);
        QVERIFY(onOwnThread);
        // Every frame that arrived was delivered, and all of them before the drop was told.
        QCOMPARE(order.count(u"e"_s), arrived);
        const qsizetype lostAt = order.indexOf(u"lost"_s);
        QCOMPARE(lostAt, arrived);
        QVERIFY(order.indexOf(u"state"_s) > lostAt - 1);
        QVERIFY(!order.mid(0, lostAt).contains(u"state"_s));
        c.close();
    }

    void lookaheadSeesTheNextEventJustBeforeThisOne()
    {
        Ari::AriConnection c;
        openOnSim(c);
        if (QTest::currentTestFailed())
            return;

        // "a<n>" when the lookahead is shown event n, "e<n>" when event n is delivered.
        QStringList order;
        auto numberOf = [](const Ari::Event &e) {
            const auto *p = e.as<Ari::ChannelDtmfReceivedEvent>();
            return p ? int(p->durationMs) : -1;
        };
        Ari::setEventLookahead(&c, [&](const Ari::Event &e) { order.append(u"a%1"_s.arg(numberOf(e))); });
        const int count = 1000;
        const int removeAt = 600; // the slot removes the lookahead while its batch is delivered
        int delivered = 0;
        connect(&c, &Ari::AriConnection::eventReceived, this, [&](const Ari::Event &e) {
            order.append(u"e%1"_s.arg(numberOf(e)));
            if (numberOf(e) == removeAt)
                Ari::setEventLookahead(&c, {});
            ++delivered;
        });
        for (int n = 0; n < count; ++n)
            QCOMPARE(m_fx.sim->broadcastEvent(dtmf(n)), 1);
        QTRY_COMPARE_WITH_TIMEOUT(delivered, count, 30000);

        int lookaheads = 0;
        for (qsizetype i = 0; i < order.size(); ++i) {
            if (!order.at(i).startsWith(u'a'))
                continue;
            ++lookaheads;
            const int n = order.at(i).mid(1).toInt();
            // Shown event n, then event n - 1 is delivered, then event n.
            QVERIFY2(n > 0 && n <= removeAt + 1, qPrintable(order.at(i)));
            QCOMPARE(order.value(i + 1), u"e%1"_s.arg(n - 1));
            QCOMPARE(order.value(i + 2).startsWith(u"a"_s) ? order.value(i + 3) : order.value(i + 2), u"e%1"_s.arg(n));
        }
        QVERIFY(lookaheads > 0);
        // None after it was removed, though the batch in hand went on.
        QVERIFY(!order.contains(u"a%1"_s.arg(removeAt + 2)));
        QCOMPARE(order.count() - lookaheads, count);
        c.close();
    }

    void closeDeliversWhatArrived()
    {
        Ari::AriConnection c;
        openOnSim(c);
        if (QTest::currentTestFailed())
            return;
        int delivered = 0;
        bool afterDisconnect = false;
        connect(&c, &Ari::AriConnection::eventReceived, this, [&] {
            ++delivered;
            afterDisconnect = afterDisconnect || c.state() == State::Disconnected;
        });
        const quint64 before = c.eventsReceived();
        for (int n = 0; n < 500; ++n)
            QCOMPARE(m_fx.sim->broadcastEvent(dtmf(n)), 1);
        QTRY_VERIFY(c.eventsReceived() - before >= 100);
        c.close();
        QCOMPARE(quint64(delivered), c.eventsReceived() - before);
        QVERIFY(!afterDisconnect);
    }
};

QTEST_GUILESS_MAIN(TestConnectionPipeline)
#include "tst_connectionpipeline.moc"
