// Supervisor listen without a phone: a Snoop channel, an externalMedia channel and a mixing bridge,
// against the simulator (label sim) over both transports (chan_websocket media, RTP), and the same flow
// against a real Asterisk (label live: tst_listen_live, skipped unless ARI_LIVE_URL, ARI_LIVE_USER and
// ARI_LIVE_PASSWORD are set; there Local/100@demo plays demo-congrats).

#include "ari/JitterBuffer.h"
#include "ari/MediaCodec.h"
#include "ari/RtpTransport.h"
#include "models/ListenSession.h"
#include "models/ServerSession.h"
#include "tests/support/AudioAnalysis.h"
#include "tests/support/SimFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using Console::ListenSession;

namespace {

bool liveMode()
{
    return qEnvironmentVariableIsSet("ARI_LISTEN_LIVE");
}

template<typename T>
Ari::Result<T> wait(const Ari::Pending<T> &pending)
{
    std::optional<Ari::Result<T>> out;
    QObject ctx;
    pending.then(&ctx, [&](const Ari::Result<T> &r) { out = r; });
    (void)QTest::qWaitFor([&] { return out.has_value(); }, 15000);
    return out.value_or(Ari::Result<T>{});
}

} // namespace

class TestListen : public QObject
{
    Q_OBJECT

private:
    TestSupport::SimFixture m_fx;
    Ari::ConnectionSettings m_settings;

    std::unique_ptr<Console::ServerSession> connect()
    {
        auto s = std::make_unique<Console::ServerSession>(u"listen"_s);
        s->setSettings(m_settings);
        s->open();
        if (!QTest::qWaitFor([&] { return s->connection()->state() == Ari::AriConnection::State::Connected; }, 10000))
            return nullptr;
        return s;
    }

    // A call whose ;1 half is in the console app and hears Local/100's prompt (as trace 09's call A).
    QString originateCall(Console::ServerSession &s)
    {
        const auto r = wait(s.client()->channels().originate(
            {.endpoint = u"Local/100@demo"_s, .app = m_settings.apps.value(0)}));
        return r.ok() ? r.value.id : QString();
    }

    // What the console made, as the server lists it.
    QStringList leftovers(Console::ServerSession &s, const QString &prefix)
    {
        QStringList out;
        for (const Ari::Channel &c : wait(s.client()->channels().list()).value)
            if (c.id.startsWith(prefix))
                out.append(u"channel "_s + c.id);
        for (const Ari::Bridge &b : wait(s.client()->bridges().list()).value)
            if (b.id.startsWith(prefix))
                out.append(u"bridge "_s + b.id);
        return out;
    }

    // Listens over one transport for about `ms` and gives the decoded audio.
    QByteArray listenFor(ListenSession &listen, const QString &channel, int ms)
    {
        QByteArray audio;
        QObject ctx;
        QObject::connect(&listen, &ListenSession::audioReceived, &ctx, [&](const QByteArray &pcm) { audio += pcm; });
        QElapsedTimer started;
        started.start();
        if (!listen.start(channel))
            return {};
        QSignalSpy firstAudio(&listen, &ListenSession::audioStarted);
        if (!firstAudio.wait(5000))
            return {};
        qInfo("first audio %lld ms after Listen", qint64(started.elapsed()));
        const qsizetype want = qsizetype(listen.sampleRate()) * 2 * ms / 1000;
        (void)QTest::qWaitFor([&] { return audio.size() >= want; }, ms + 5000);
        return audio;
    }

    void checkTone(const QByteArray &audio, int rate, const char *what)
    {
        const auto x = TestSupport::samplesOf(audio);
        const double share = TestSupport::toneShare(x, 1000, rate);
        const double corr = TestSupport::toneCorrelation(x, 1000, rate);
        qInfo("%s: %zu samples (%.2f s), energy at 1 kHz (Goertzel) %.3f of the total, correlation with a 1 kHz sine %.4f, level %.1f dBFS",
              what, x.size(), double(x.size()) / rate, share, corr, TestSupport::rmsDbfs(x));
        QVERIFY2(share > 0.9, what);
        QVERIFY2(corr > 0.95, what);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (liveMode()) {
            const QString url = qEnvironmentVariable("ARI_LIVE_URL");
            if (url.isEmpty() || qEnvironmentVariable("ARI_LIVE_USER").isEmpty())
                QSKIP("ARI_LIVE_URL, ARI_LIVE_USER and ARI_LIVE_PASSWORD are not set: no real Asterisk to test against");
            m_settings.baseUrl = QUrl(url);
            m_settings.user = qEnvironmentVariable("ARI_LIVE_USER");
            m_settings.password = qEnvironmentVariable("ARI_LIVE_PASSWORD");
            m_settings.apps = {u"console"_s};
            return;
        }
        QVERIFY(m_fx.start());
        m_settings = m_fx.settings();
    }

    void jitterBufferReorders()
    {
        // A stream shuffled in windows of 5, one packet lost and one duplicated.
        QList<Ari::Media::RtpPacket> sent;
        for (int i = 0; i < 200; ++i) {
            Ari::Media::RtpPacket p;
            p.sequence = quint16(65500 + i); // wraps past 65535
            p.timestamp = quint32(i * 160);
            p.payload = QByteArray(160, char(i));
            sent.append(p);
        }
        QList<Ari::Media::RtpPacket> arriving;
        QRandomGenerator rng(7);
        for (qsizetype w = 0; w < sent.size(); w += 5) {
            QList<Ari::Media::RtpPacket> window = sent.mid(w, 5);
            std::shuffle(window.begin(), window.end(), rng);
            arriving += window;
        }
        // Sequence 65500 + 97 never arrives; the packet at position 49 arrives twice.
        arriving.removeIf([](const Ari::Media::RtpPacket &p) { return p.sequence == quint16(65500 + 97); });
        arriving.insert(50, arriving[49]);
        Ari::Media::JitterBuffer jb(5);
        QList<quint16> played;
        int lost = 0;
        for (const auto &p : std::as_const(arriving)) {
            jb.push(p);
            while (auto f = jb.pop()) {
                played.append(f->packet.sequence);
                lost += f->lost;
            }
        }
        while (auto f = jb.flush()) {
            played.append(f->packet.sequence);
            lost += f->lost;
        }
        QCOMPARE(played.size(), 200);
        for (int i = 0; i < played.size(); ++i)
            QCOMPARE(played[i], quint16(65500 + i));
        QCOMPARE(lost, 1);
        // The second copy is dropped: as a duplicate while the first waits, or as late once it has played.
        QCOMPARE(jb.stats().duplicates + jb.stats().late, 1u);
        QVERIFY(jb.stats().reordered > 50);
        qInfo("jitter buffer: %llu pushed, %llu played in order, %llu reordered, %d concealed, %llu duplicate, %llu late",
              jb.stats().received, jb.stats().played, jb.stats().reordered, lost, jb.stats().duplicates, jb.stats().late);
    }

    void listenOverEachTransport_data()
    {
        QTest::addColumn<int>("transport");
        QTest::newRow("websocket") << int(ListenSession::Transport::WebSocket);
        QTest::newRow("rtp") << int(ListenSession::Transport::Rtp);
        QTest::newRow("auto") << int(ListenSession::Transport::Auto);
    }

    void listenOverEachTransport()
    {
        QFETCH(int, transport);
        auto session = connect();
        QVERIFY(session);
        const QString call = originateCall(*session);
        QVERIFY(!call.isEmpty());
        ListenSession listen(session.get());
        listen.setOwnerTag(u"test"_s);
        listen.setPreferredTransport(ListenSession::Transport(transport));
        const QByteArray audio = listenFor(listen, call, 1500);
        QCOMPARE(listen.state(), ListenSession::State::Live);
        const auto expected = transport == int(ListenSession::Transport::Rtp) ? ListenSession::Transport::Rtp
                                                                             : ListenSession::Transport::WebSocket;
        QCOMPARE(listen.transport(), expected);
        QVERIFY(!audio.isEmpty());
        const auto stats = listen.media()->stats();
        qInfo("%s: %llu frames received (%llu concealed), %llu bytes", qPrintable(ListenSession::transportName(listen.transport())),
              stats.framesReceived, stats.framesConcealed, stats.bytesReceived);
        if (liveMode()) {
            const double level = TestSupport::rmsDbfs(TestSupport::samplesOf(audio));
            qInfo("live: %.1f dBFS over %.2f s", level, audio.size() / 2.0 / listen.sampleRate());
            QVERIFY2(level > -50, "the prompt of Local/100 should not be silence");
        } else {
            checkTone(audio, listen.sampleRate(), qPrintable(ListenSession::transportName(listen.transport())));
        }
        // What the console made: a Snoop channel, the media channel and a mixing bridge holding both.
        const QStringList made = leftovers(*session, listen.namePrefix());
        QCOMPARE(made.size(), 3);
        const auto bridge = wait(session->client()->bridges().get({.bridgeId = listen.bridgeId()}));
        QVERIFY(bridge.ok());
        QCOMPARE(bridge.value.bridgeType, u"mixing"_s);
        QCOMPARE(QSet<QString>(bridge.value.channels.begin(), bridge.value.channels.end()),
                 (QSet<QString>{listen.snoopChannel(), listen.mediaChannel()}));

        QSignalSpy stopped(&listen, &ListenSession::stopped);
        listen.stop();
        QVERIFY(stopped.wait(5000));
        QCOMPARE(stopped.first().first().toString(), QString());
        QTRY_COMPARE(leftovers(*session, listen.namePrefix()), QStringList());
        wait(session->client()->channels().hangup({.channelId = call}));
    }

    void rtpShuffledStreamIsReordered()
    {
        if (liveMode())
            QSKIP("the shuffled stream is a simulator fault");
        auto session = connect();
        QVERIFY(session);
        const QString call = originateCall(*session);
        QVERIFY(!call.isEmpty());
        m_fx.sim->asterisk().setRtpImpairment({.shuffleWindow = 4, .dropEvery = 0, .seed = 3});
        ListenSession listen(session.get());
        listen.setOwnerTag(u"test"_s);
        listen.setPreferredTransport(ListenSession::Transport::Rtp);
        QList<quint16> played;
        int lost = 0;
        QObject ctx;
        QObject::connect(&listen, &ListenSession::audioStarted, &ctx, [&] {});
        QVERIFY(listen.start(call));
        QTRY_VERIFY(listen.rtp());
        QObject::connect(listen.rtp(), &Ari::Media::RtpTransport::framePlayed, &ctx, [&](quint16 seq, bool isLost) {
            played.append(seq);
            lost += isLost;
        });
        QByteArray audio;
        QObject::connect(&listen, &ListenSession::audioReceived, &ctx, [&](const QByteArray &pcm) { audio += pcm; });
        QTRY_VERIFY_WITH_TIMEOUT(played.size() >= 60, 10000);
        m_fx.sim->asterisk().setRtpImpairment({});
        const auto &js = listen.rtp()->jitterBuffer().stats();
        qInfo("shuffled RTP (windows of 4): %llu packets in, %llu reordered on arrival, %llu played, %d concealed; "
              "played sequence numbers consecutive: %s",
              js.received, js.reordered, js.played, lost, "checked below");
        QVERIFY(js.reordered > 10);
        for (int i = 1; i < played.size(); ++i)
            QCOMPARE(played[i], quint16(played[i - 1] + 1));
        QCOMPARE(lost, 0);
        checkTone(audio, listen.sampleRate(), "shuffled RTP after the jitter buffer");
        listen.stop();
        QTRY_COMPARE(listen.state(), ListenSession::State::Idle);
        QTRY_COMPARE(leftovers(*session, listen.namePrefix()), QStringList());
        wait(session->client()->channels().hangup({.channelId = call}));
    }

    void switchModesKeepsAudio()
    {
        auto session = connect();
        QVERIFY(session);
        const QString call = originateCall(*session);
        ListenSession listen(session.get());
        listen.setOwnerTag(u"test"_s);
        QVERIFY(!listenFor(listen, call, 200).isEmpty());
        quint64 frames = 0;
        QObject ctx;
        QObject::connect(&listen, &ListenSession::audioReceived, &ctx, [&] { ++frames; });
        const QString firstMedia = listen.mediaChannel();
        for (auto mode : {ListenSession::Mode::Whisper, ListenSession::Mode::Barge, ListenSession::Mode::Listen}) {
            QSignalSpy changed(&listen, &ListenSession::modeChanged);
            const quint64 before = frames;
            listen.setMode(mode);
            QVERIFY(changed.wait(5000));
            QCOMPARE(listen.mode(), mode);
            QTRY_VERIFY(frames > before + 5); // audio goes on through the switch
            // One Snoop channel at a time, and the same media channel throughout.
            QStringList snoops;
            for (const QString &l : leftovers(*session, listen.namePrefix()))
                if (l.contains(u"-snoop"_s))
                    snoops.append(l);
            QTRY_COMPARE(snoops.size(), 1);
            QCOMPARE(listen.mediaChannel(), firstMedia);
        }
        if (!liveMode()) {
            // The simulator's Snoop channel has the direction of the mode (barge: both, then listen: none).
            const QString snoop = listen.snoopChannel();
            QVERIFY(snoop.endsWith(u"-snoop4"_s));
        }
        listen.stop();
        QTRY_COMPARE(leftovers(*session, listen.namePrefix()), QStringList());
        wait(session->client()->channels().hangup({.channelId = call}));
    }

    void spiedCallEnding()
    {
        auto session = connect();
        QVERIFY(session);
        const QString call = originateCall(*session);
        ListenSession listen(session.get());
        listen.setOwnerTag(u"test"_s);
        QVERIFY(!listenFor(listen, call, 200).isEmpty());
        QSignalSpy stopped(&listen, &ListenSession::stopped);
        QVERIFY(wait(session->client()->channels().hangup({.channelId = call})).ok());
        QVERIFY(stopped.wait(5000));
        QCOMPARE(stopped.first().first().toString(), u"The call ended"_s);
        QTRY_COMPARE(leftovers(*session, listen.namePrefix()), QStringList());
    }

    void crashLeftoversAreCleanedAtNextConnect()
    {
        const QString prefix = u"console-listen-crash-"_s;
        {
            auto session = connect();
            QVERIFY(session);
            const QString call = originateCall(*session);
            auto listen = std::make_unique<ListenSession>(session.get());
            listen->setOwnerTag(u"crash"_s);
            // Over RTP nothing on the server notices the console going (a media WebSocket's channel hangs up
            // when its socket closes): the Snoop channel, the RTP channel and the bridge stay behind.
            listen->setPreferredTransport(ListenSession::Transport::Rtp);
            QVERIFY(!listenFor(*listen, call, 200).isEmpty());
            QCOMPARE(leftovers(*session, prefix).size(), 3);
            // A crash: the objects go without a word to the server.
            listen.reset();
            session->close();
        }
        auto other = connect();
        QVERIFY(other);
        QTRY_COMPARE(leftovers(*other, prefix).size(), 3); // still there: nobody cleaned up
        // Another installation's leftovers are not touched.
        ListenSession someoneElse(other.get());
        someoneElse.setOwnerTag(u"other"_s);
        QSignalSpy checked(&someoneElse, &ListenSession::leftoversChecked);
        someoneElse.cleanupLeftovers();
        QVERIFY(checked.wait(5000));
        QCOMPARE(checked.first().at(0).toInt(), 0);
        QCOMPARE(leftovers(*other, prefix).size(), 3);
        // The next connect of the same installation removes them.
        auto again = std::make_unique<Console::ServerSession>(u"again"_s);
        ListenSession listen(again.get());
        listen.setOwnerTag(u"crash"_s);
        QSignalSpy removed(&listen, &ListenSession::leftoversRemoved);
        again->setSettings(m_settings);
        again->open();
        QVERIFY(removed.wait(10000));
        QCOMPARE(removed.first().at(0).toInt(), 2);
        QCOMPARE(removed.first().at(1).toInt(), 1);
        QTRY_COMPARE(leftovers(*again, prefix), QStringList());
        for (const Ari::Channel &c : wait(again->client()->channels().list()).value)
            wait(again->client()->channels().hangup({.channelId = c.id}));
    }
};

QTEST_GUILESS_MAIN(TestListen)
#include "tst_listen.moc"
