// Whisper and barge: the supervisor's voice (a test source: a 440 Hz tone, 20 ms at a time) goes back
// to Asterisk over the same transport, and the simulator receives it: over the media WebSocket as
// binary frames, over RTP with payload type 0 and rising sequence numbers and timestamps. In listen mode
// nothing is sent; in whisper mode the simulator's Snoop channel passes it to the spied channel.

#include "ari/MediaCodec.h"
#include "models/ListenSession.h"
#include "models/ServerSession.h"
#include "tests/support/AudioAnalysis.h"
#include "tests/support/SimFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTimer>
#include <QtTest>

#include <cmath>

using namespace Qt::StringLiterals;
using Console::ListenSession;

namespace {

template<typename T>
Ari::Result<T> wait(const Ari::Pending<T> &pending)
{
    std::optional<Ari::Result<T>> out;
    QObject ctx;
    pending.then(&ctx, [&](const Ari::Result<T> &r) { out = r; });
    (void)QTest::qWaitFor([&] { return out.has_value(); }, 15000);
    return out.value_or(Ari::Result<T>{});
}

//! The test microphone: 20 ms of a 440 Hz tone every 20 ms, phase-continuous.
class ToneSource : public QObject
{
public:
    explicit ToneSource(int rate) : m_rate(rate)
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { emitFrame(); });
    }
    std::function<void(const QByteArray &)> sink;
    void start() { m_timer.start(); }
    void stop() { m_timer.stop(); }

private:
    void emitFrame()
    {
        const int n = m_rate / 50;
        QByteArray pcm(n * 2, Qt::Uninitialized);
        auto *s = reinterpret_cast<qint16 *>(pcm.data());
        for (int i = 0; i < n; ++i, ++m_sample)
            s[i] = qint16(std::lround(9000 * std::sin(2 * M_PI * 440.0 * double(m_sample) / m_rate)));
        if (sink)
            sink(pcm);
    }
    QTimer m_timer;
    int m_rate;
    quint64 m_sample = 0;
};

} // namespace

class TestWhisper : public QObject
{
    Q_OBJECT

private:
    TestSupport::SimFixture m_fx;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_fx.start()); }

    void whisperReachesTheSimulator_data()
    {
        QTest::addColumn<int>("transport");
        QTest::newRow("websocket") << int(ListenSession::Transport::WebSocket);
        QTest::newRow("rtp") << int(ListenSession::Transport::Rtp);
    }

    void whisperReachesTheSimulator()
    {
        QFETCH(int, transport);
        const bool rtp = transport == int(ListenSession::Transport::Rtp);
        Console::ServerSession session(u"whisper"_s);
        session.setSettings(m_fx.settings());
        session.open();
        QTRY_COMPARE(session.connection()->state(), Ari::AriConnection::State::Connected);
        const auto call = wait(session.client()->channels().originate({.endpoint = u"Local/100@demo"_s, .app = u"console"_s}));
        QVERIFY(call.ok());
        const QString target = call.value.id;

        ListenSession listen(&session);
        listen.setOwnerTag(u"whisper"_s);
        listen.setPreferredTransport(ListenSession::Transport(transport));
        ToneSource mic(listen.sampleRate());
        mic.sink = [&](const QByteArray &pcm) { listen.sendMicrophone(pcm); };
        mic.start();
        QVERIFY(listen.start(target, ListenSession::Mode::Listen));
        QTRY_COMPARE_WITH_TIMEOUT(listen.state(), ListenSession::State::Live, 5000);
        QSignalSpy audio(&listen, &ListenSession::audioReceived);
        QVERIFY(audio.wait(3000));
        // Listening: the microphone is not sent.
        AriSim::SimAsterisk &a = m_fx.sim->asterisk();
        QCOMPARE(a.mediaReceivedJson(listen.mediaChannel()).value(u"frames").toInt(), 0);

        QSignalSpy changed(&listen, &ListenSession::modeChanged);
        listen.setMode(ListenSession::Mode::Whisper);
        QVERIFY(changed.wait(5000));
        QTRY_VERIFY_WITH_TIMEOUT(a.mediaReceivedJson(listen.mediaChannel()).value(u"frames").toInt() >= 50, 10000);
        mic.stop();

        const AriSim::Json got = a.mediaReceivedJson(listen.mediaChannel());
        const std::vector<AriSim::SimMediaFrame> frames = a.mediaReceived(listen.mediaChannel());
        qInfo("%s whisper: %lld frames, %lld bytes received by the simulator; %llu frames whispered into the spied channel",
              rtp ? "RTP" : "WebSocket", got.value(u"frames").toInt(), got.value(u"bytes").toInt(), a.whisperedFrames(target));
        QByteArray payload;
        for (const auto &f : frames) {
            QCOMPARE(f.payload.size(), 160); // 20 ms of ulaw
            payload += f.payload;
        }
        if (rtp) {
            QCOMPARE(got.value(u"payload_types").toArray().size(), size_t(1));
            QCOMPARE(got.value(u"payload_types").toArray().front().toInt(), 0); // PCMU
            QVERIFY(got.value(u"sequence_increasing").toBool());
            QVERIFY(got.value(u"timestamp_increasing").toBool());
            QVERIFY(frames.front().marker);
            for (size_t i = 1; i < frames.size(); ++i) {
                QCOMPARE(frames[i].sequence, quint16(frames[i - 1].sequence + 1));
                QCOMPARE(frames[i].timestamp, frames[i - 1].timestamp + 160);
                QCOMPARE(frames[i].ssrc, frames[0].ssrc);
            }
            qInfo("RTP: sequence %u..%u, timestamps %u..%u (+160 each), SSRC %08x", frames.front().sequence,
                  frames.back().sequence, frames.front().timestamp, frames.back().timestamp, frames.front().ssrc);
        } else {
            QCOMPARE(frames.front().payloadType, -1); // binary WebSocket messages, no RTP header
        }
        const auto x = TestSupport::samplesOf(Ari::Media::decode(Ari::Media::AudioFormat::Ulaw, payload, false));
        const double share = TestSupport::toneShare(x, 440, 8000);
        qInfo("the simulator heard %.2f s of the test microphone: %.3f of the energy at 440 Hz (Goertzel)",
              double(x.size()) / 8000, share);
        QVERIFY(share > 0.9);
        // whisper=out: the spied channel hears it.
        QVERIFY(a.whisperedFrames(target) >= 40);

        listen.stop();
        QTRY_COMPARE(listen.state(), ListenSession::State::Idle);
        QTRY_VERIFY(a.channelJson(listen.mediaChannel()).isNull());
        const AriSim::Json bridges = a.bridgesJson(); // toArray() refers into it: keep it alive
        for (const AriSim::Json &b : bridges.toArray())
            QVERIFY(!b.value(u"id").toString().startsWith(listen.namePrefix()));
        for (const QString &id : a.channelIds())
            QVERIFY(!id.startsWith(listen.namePrefix()));
        wait(session.client()->channels().hangup({.channelId = target}));
    }
};

QTEST_GUILESS_MAIN(TestWhisper)
#include "tst_whisper.moc"
