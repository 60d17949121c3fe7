// The connection's lifecycle against the simulator over real sockets:
// reconnects, restarts, the ping watchdog, 401s, TLS, garbage frames, and
// no password anywhere it should not be.

#include "ari/AriConnection.h"
#include "tests/support/SimFixture.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using State = Ari::AriConnection::State;

namespace {

AriSim::Json stasisStart(const QString &id)
{
    return AriSim::Json::fromQJson(QJsonObject{
        {u"type"_s, u"StasisStart"_s},
        {u"args"_s, QJsonArray{u"a"_s}},
        {u"channel"_s,
         QJsonObject{{u"id"_s, id},
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

// Everything Qt logs, captured so a test can search it.
QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previous = nullptr;
void captureLog(QtMsgType type, const QMessageLogContext &ctx, const QString &msg)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log.append(msg);
    }
    if (g_previous)
        g_previous(type, ctx, msg);
}

} // namespace

class TestConnection : public QObject
{
    Q_OBJECT

    TestSupport::SimFixture m_fx;

    static bool waitForState(Ari::AriConnection &c, State s, int ms = 5000)
    {
        return QTest::qWaitFor([&] { return c.state() == s; }, ms);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_fx.start()); }
    void init() { m_fx.sim->clearFaults(); }

    void connectsAndDeliversTypedEvents()
    {
        Ari::AriConnection c;
        c.setSettings(m_fx.settings());
        QSignalSpy states(&c, &Ari::AriConnection::stateChanged);
        QSignalSpy connected(&c, &Ari::AriConnection::connected);
        c.open();
        QVERIFY(connected.wait());
        QCOMPARE(c.state(), State::Connected);
        QCOMPARE(states.first().first().value<State>(), State::Connecting);
        QCOMPARE(c.asteriskInfo().system.entityId, m_fx.sim->asterisk().entityId());
        QTRY_VERIFY(m_fx.sim->connectedApplications().contains(u"console"_s));

        QSignalSpy events(&c, &Ari::AriConnection::eventReceived);
        QCOMPARE(m_fx.sim->broadcastEvent(stasisStart(u"lab-1.1"_s)), 1);
        QCOMPARE(m_fx.sim->broadcastEvent(stasisStart(u"lab-1.2"_s)), 1);
        QTRY_COMPARE(events.size(), 2);
        const auto first = events.at(0).first().value<Ari::Event>();
        QCOMPARE(first.type, Ari::EventType::StasisStart);
        QCOMPARE(first.application, u"console"_s);
        QCOMPARE(first.as<Ari::StasisStartEvent>()->channel.id, u"lab-1.1"_s); // arrival order
        QCOMPARE(events.at(1).first().value<Ari::Event>().as<Ari::StasisStartEvent>()->channel.id, u"lab-1.2"_s);
        QVERIFY(!first.timestamp.isEmpty());

        c.close();
        QCOMPARE(c.state(), State::Disconnected);
        QTRY_VERIFY(!m_fx.sim->connectedApplications().contains(u"console"_s));
    }

    void reconnectsAfterDrop()
    {
        Ari::AriConnection c;
        c.setSettings(m_fx.settings());
        QSignalSpy connected(&c, &Ari::AriConnection::connected);
        QSignalSpy lost(&c, &Ari::AriConnection::connectionLost);
        QSignalSpy restarted(&c, &Ari::AriConnection::asteriskRestarted);
        c.open();
        QVERIFY(connected.wait());
        m_fx.sim->dropAllSockets();
        QVERIFY(lost.wait());
        QVERIFY(!lost.first().first().toString().isEmpty());
        QVERIFY(c.state() == State::Reconnecting || c.state() == State::Connecting);
        QTRY_COMPARE(connected.size(), 2);
        QCOMPARE(c.state(), State::Connected);
        QCOMPARE(restarted.size(), 0); // a drop is not a restart
        // Events flow again on the new socket.
        QSignalSpy events(&c, &Ari::AriConnection::eventReceived);
        QTRY_VERIFY(m_fx.sim->broadcastEvent(stasisStart(u"after"_s)) == 1);
        QVERIFY(events.wait());
    }

    void dropInTheMiddleOfAFrame()
    {
        Ari::AriConnection c;
        c.setSettings(m_fx.settings());
        QSignalSpy connected(&c, &Ari::AriConnection::connected);
        QSignalSpy malformed(&c, &Ari::AriConnection::malformedFrame);
        c.open();
        QVERIFY(connected.wait());
        m_fx.sim->dropMidFrame();
        QTRY_COMPARE(connected.size(), 2);
        QCOMPARE(malformed.size(), 0); // half a frame is never parsed as an event
    }

    void restartIsNoticed()
    {
        Ari::AriConnection c;
        c.setSettings(m_fx.settings());
        QSignalSpy connected(&c, &Ari::AriConnection::connected);
        QSignalSpy restarted(&c, &Ari::AriConnection::asteriskRestarted);
        c.open();
        QVERIFY(connected.wait());
        const QString before = c.asteriskInfo().status.startupTime;
        // The real one keeps its entity_id across a restart (trace 13): only startup_time tells.
        m_fx.sim->restart(/*keepEntityId=*/true, /*downMs=*/100);
        QVERIFY(restarted.wait());
        const auto b = restarted.first().at(0).value<Ari::AsteriskInfo>();
        const auto a = restarted.first().at(1).value<Ari::AsteriskInfo>();
        QCOMPARE(b.status.startupTime, before);
        QVERIFY(a.status.startupTime != before);
        QCOMPARE(a.system.entityId, b.system.entityId);
        QCOMPARE(c.state(), State::Connected);
    }

    void pingTimeoutOnSilentSocket()
    {
        Ari::AriConnection c;
        c.setSettings(m_fx.settings());
        QSignalSpy connected(&c, &Ari::AriConnection::connected);
        QSignalSpy lost(&c, &Ari::AriConnection::connectionLost);
        c.open();
        QVERIFY(connected.wait());
        m_fx.sim->setSilent(true);
        QVERIFY(lost.wait(3000));
        QVERIFY2(lost.first().first().toString().contains(u"not answered"_s), qPrintable(lost.first().first().toString()));
        m_fx.sim->setSilent(false);
        QTRY_COMPARE(connected.size(), 2);
    }

    void busyThreadIsNotSilence()
    {
        // The GUI thread held up by a slow slot for longer than the ping
        // timeout: the watchdog's first late tick must not take that for
        // silence and drop a socket whose frames are waiting unread.
        Ari::AriConnection c;
        c.setSettings(m_fx.settings());
        QSignalSpy connected(&c, &Ari::AriConnection::connected);
        QSignalSpy lost(&c, &Ari::AriConnection::connectionLost);
        QSignalSpy events(&c, &Ari::AriConnection::eventReceived);
        c.open();
        QVERIFY(connected.wait());
        QCOMPARE(m_fx.sim->broadcastEvent(stasisStart(u"before-the-stall"_s)), 1);
        const int stallMs = 3 * m_fx.settings().pingTimeoutMs;
        QElapsedTimer stall; // the stall under test, not a wait for something
        stall.start();
        while (stall.elapsed() < stallMs) {
        }
        QTRY_COMPARE(events.size(), 1);
        QCOMPARE(events.first().first().value<Ari::Event>().as<Ari::StasisStartEvent>()->channel.id,
                 u"before-the-stall"_s);
        // Two more ping timeouts with the loop running: the pings are answered again.
        QVERIFY(!lost.wait(2 * m_fx.settings().pingTimeoutMs));
        QCOMPARE(connected.size(), 1);
        QCOMPARE(c.state(), State::Connected);
    }

    void authFailureStopsRetrying()
    {
        Ari::AriConnection c;
        auto s = m_fx.settings();
        s.password = u"wrong"_s;
        c.setSettings(s);
        QSignalSpy served(m_fx.sim.get(), &AriSim::SimServer::requestServed);
        c.open();
        QVERIFY(waitForState(c, State::AuthFailed));
        QVERIFY(c.stateText().contains(u"uthentication failed"_s));
        const auto count = served.size();
        QCOMPARE(served.last().at(2).toInt(), 401);
        // Several reconnect periods pass and nothing more is sent.
        QVERIFY(!served.wait(10 * s.reconnectCapMs));
        QCOMPARE(served.size(), count);
        QCOMPARE(c.state(), State::AuthFailed);
    }

    void tlsRejectedByDefaultAcceptedWhenPinned()
    {
        TestSupport::SimFixture tls;
        QVERIFY(tls.sim->setTls(TestSupport::testData(u"sim-cert.pem"_s), TestSupport::testData(u"sim-key.pem"_s)));
        QVERIFY(tls.start());
        Ari::AriConnection c;
        auto s = tls.settings();
        c.setSettings(s);
        c.open();
        QVERIFY(waitForState(c, State::TlsFailed));
        QVERIFY(!c.seenFingerprint().isEmpty());

        s.tls.pinnedSha256 = c.seenFingerprint(); // accepted on first use, as SSH does
        c.setSettings(s);
        QSignalSpy connected(&c, &Ari::AriConnection::connected);
        c.open();
        QVERIFY(connected.wait());
        QCOMPARE(c.client()->eventsUrl().scheme(), u"wss"_s);
        QSignalSpy events(&c, &Ari::AriConnection::eventReceived);
        QTRY_VERIFY(tls.sim->broadcastEvent(stasisStart(u"tls"_s)) == 1);
        QVERIFY(events.wait());
    }

    void garbageFramesAreCountedAndSurvived_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("unknown");
        QTest::newRow("not JSON") << int(AriSim::GarbageKind::NonJson) << false;
        QTest::newRow("JSON array") << int(AriSim::GarbageKind::JsonArray) << false;
        QTest::newRow("deep nesting") << int(AriSim::GarbageKind::DeepNesting) << false;
        QTest::newRow("missing fields") << int(AriSim::GarbageKind::MissingFields) << false;
        QTest::newRow("wrong types") << int(AriSim::GarbageKind::WrongTypes) << false;
        QTest::newRow("binary") << int(AriSim::GarbageKind::Binary) << false;
        QTest::newRow("unknown type") << int(AriSim::GarbageKind::UnknownType) << true;
    }

    void garbageFramesAreCountedAndSurvived()
    {
        QFETCH(int, kind);
        QFETCH(bool, unknown);
        Ari::AriConnection c;
        c.setSettings(m_fx.settings());
        QSignalSpy connected(&c, &Ari::AriConnection::connected);
        QSignalSpy malformed(&c, &Ari::AriConnection::malformedFrame);
        QSignalSpy events(&c, &Ari::AriConnection::eventReceived);
        QSignalSpy lost(&c, &Ari::AriConnection::connectionLost);
        c.open();
        QVERIFY(connected.wait());
        QVERIFY(m_fx.sim->sendGarbage(AriSim::GarbageKind(kind)) > 0);
        QVERIFY(m_fx.sim->broadcastEvent(stasisStart(u"next"_s)) == 1);
        QTRY_VERIFY(!events.isEmpty()
                    && events.last().first().value<Ari::Event>().as<Ari::StasisStartEvent>() != nullptr);
        if (unknown) {
            QCOMPARE(c.unknownEvents(), 1u);
            QCOMPARE(events.first().first().value<Ari::Event>().type, Ari::EventType::Unknown);
            QCOMPARE(c.malformedFrames(), 0u);
        } else {
            QCOMPARE(c.malformedFrames(), 1u);
            QCOMPARE(malformed.size(), 1);
            QVERIFY(!malformed.first().first().toString().isEmpty());
        }
        QCOMPARE(lost.size(), 0); // the connection stayed up
        QCOMPARE(connected.size(), 1);
    }

    void invalidUtf8ClosesAndRecovers()
    {
        // QWebSocket closes on invalid UTF-8 (RFC 6455 demands it); the connection says so and comes back.
        Ari::AriConnection c;
        c.setSettings(m_fx.settings());
        QSignalSpy connected(&c, &Ari::AriConnection::connected);
        QSignalSpy lost(&c, &Ari::AriConnection::connectionLost);
        c.open();
        QVERIFY(connected.wait());
        QVERIFY(m_fx.sim->sendGarbage(AriSim::GarbageKind::InvalidUtf8) > 0);
        QVERIFY(lost.wait());
        QVERIFY2(lost.first().first().toString().contains(u"UTF-8"_s), qPrintable(lost.first().first().toString()));
        QTRY_COMPARE(connected.size(), 2);
    }

    void backoffGrowsAndIsCapped()
    {
        Ari::AriConnection c;
        auto s = m_fx.settings();
        QUrl url = s.baseUrl;
        url.setPort(1);
        s.baseUrl = url;
        s.reconnectBaseMs = 100;
        s.reconnectCapMs = 400;
        c.setSettings(s);
        c.open();
        QList<qint64> delays;
        QObject ctx;
        connect(&c, &Ari::AriConnection::stateChanged, &ctx, [&](State st) {
            if (st == State::Reconnecting)
                delays.append(c.reconnectDelayMs());
        });
        QTRY_VERIFY_WITH_TIMEOUT(delays.size() >= 5, 10000);
        c.close();
        QVERIFY(c.stateText() == u"Disconnected"_s);
        // Jittered within [cap/2, cap] of 100, 200, 400, 400, ...
        QVERIFY2(delays[0] <= 100 && delays[0] >= 45, qPrintable(QString::number(delays[0])));
        QVERIFY(delays[1] <= 200 && delays[1] >= 95);
        for (int i = 2; i < delays.size(); ++i)
            QVERIFY(delays[i] <= 400 && delays[i] >= 195);
    }

    void passwordNeverLeaks()
    {
        const QString password = u"S3cret-Pa55-%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
        m_fx.sim->setCredentials(u"asterisk"_s, password);
        QLoggingCategory::setFilterRules(u"*.debug=true"_s);
        g_previous = qInstallMessageHandler(captureLog);

        Ari::AriConnection c;
        auto s = m_fx.settings();
        s.password = password;
        c.setSettings(s);
        QVERIFY(!c.client()->eventsUrl().toString().contains(password));
        QVERIFY(!c.client()->eventsUrl().toString().contains(u"api_key"_s));
        QSignalSpy served(m_fx.sim.get(), &AriSim::SimServer::requestServed);
        QSignalSpy connected(&c, &Ari::AriConnection::connected);
        c.open();
        QVERIFY(connected.wait());
        m_fx.sim->failNext(500);
        QSignalSpy done(c.client(), &Ari::AriClient::callFinished);
        c.client()->channels().answer({.channelId = u"x"_s});
        QVERIFY(done.wait());
        m_fx.sim->dropAllSockets();
        QTRY_COMPARE(connected.size(), 2);
        for (const auto &req : served)
            QVERIFY(!req.at(1).toByteArray().contains("api_key"));

        // The opt-in api_key mode puts the credentials in the URL, and only then.
        s.useApiKey = true;
        c.setSettings(s);
        QVERIFY(c.client()->eventsUrl().toString(QUrl::FullyDecoded).contains(password));
        c.open();
        QTRY_COMPARE(connected.size(), 3);
        c.close();
        m_fx.sim->setCredentials(u"asterisk"_s, u"wrong-now"_s);
        s.useApiKey = false;
        c.setSettings(s);
        c.open();
        QVERIFY(waitForState(c, State::AuthFailed));
        c.close();

        qInstallMessageHandler(g_previous);
        QLoggingCategory::setFilterRules(QString());
        m_fx.sim->setCredentials(u"asterisk"_s, u"asterisk"_s);
        const QByteArray basic = (u"asterisk:"_s + password).toUtf8().toBase64();
        QMutexLocker lock(&g_logMutex);
        QVERIFY(g_log.size() > 5); // the session really was logged
        for (const QString &line : std::as_const(g_log)) {
            QVERIFY2(!line.contains(password), qPrintable(line));
            QVERIFY2(!line.contains(QString::fromLatin1(basic)), qPrintable(line));
        }
    }
};

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"
