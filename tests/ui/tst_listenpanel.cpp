// The listen panel and the Quality column against the simulator: the column shows the call quality the
// simulator gives a channel (rtp_statistics, or CHANNEL(rtcp,all) where the route is missing) with colour
// and symbol, and turns "poor" past the threshold; the panel listens with one button, shows a live level
// meter without any audio device, says in words what it lacks, whispers from a test microphone, and
// leaves nothing on the server when stopped.

#include "models/CallQuality.h"
#include "models/ChannelModel.h"
#include "models/ListenSession.h"
#include "models/ServerSession.h"
#include "tests/support/SimFixture.h"
#include "ui/ChannelActions.h"
#include "ui/ChannelDelegate.h"
#include "ui/ChannelsView.h"
#include "ui/LevelMeter.h"
#include "ui/ListenPanel.h"
#include "ui/MicrophoneSource.h"
#include "ui/Notifier.h"

#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QtTest>

#include <cmath>

using namespace Qt::StringLiterals;
using Console::QualityGrade;

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

//! A microphone for tests: 20 ms of a 440 Hz tone every 20 ms.
class TestMicrophone : public Console::MicrophoneSource
{
public:
    TestMicrophone()
    {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const int n = m_rate / 50;
            QByteArray pcm(n * 2, Qt::Uninitialized);
            auto *s = reinterpret_cast<qint16 *>(pcm.data());
            for (int i = 0; i < n; ++i, ++m_sample)
                s[i] = qint16(std::lround(9000 * std::sin(2 * M_PI * 440.0 * double(m_sample) / m_rate)));
            Q_EMIT pcmReady(pcm);
        });
    }
    bool start(int sampleRate) override
    {
        m_rate = sampleRate;
        m_timer.start();
        return true;
    }
    void stop() override { m_timer.stop(); }
    bool isActive() const override { return m_timer.isActive(); }
    QString name() const override { return u"test tone"_s; }

private:
    QTimer m_timer;
    int m_rate = 8000;
    quint64 m_sample = 0;
};

} // namespace

class TestListenPanel : public QObject
{
    Q_OBJECT

private:
    TestSupport::SimFixture m_fx;
    std::unique_ptr<Console::ServerSession> m_session;

    QString originate()
    {
        const auto r = wait(m_session->client()->channels().originate({.endpoint = u"Local/100@demo"_s, .app = u"console"_s}));
        return r.ok() ? r.value.id : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_fx.start());
        m_session = std::make_unique<Console::ServerSession>(u"sim"_s);
        Ari::ConnectionSettings s = m_fx.settings();
        s.subscribeAll = true;
        m_session->setSettings(s);
        m_session->open();
        QTRY_COMPARE(m_session->connection()->state(), Ari::AriConnection::State::Connected);
    }

    void qualityColumn()
    {
        Console::ActionPolicy policy;
        Console::Notifier notifier;
        Console::ChannelActions actions(nullptr, &policy, &notifier, nullptr);
        Console::ChannelsView view(&actions);
        view.setSession(m_session.get());
        view.qualityPoller()->setIntervalMs(100);
        view.resize(1400, 500);
        const QString call = originate();
        QVERIFY(!call.isEmpty());
        AriSim::SimAsterisk &a = m_fx.sim->asterisk();
        // Good: 5 ms jitter, 0.2 % loss, 40 ms round trip (Asterisk reports seconds).
        QCOMPARE(a.setRtpStatistics(call, AriSim::Json::object({{u"rxjitter"_s, 0.005}, {u"txjitter"_s, 0.004},
                                                                 {u"rxcount"_s, 998}, {u"rxploss"_s, 2},
                                                                 {u"txcount"_s, 1000}, {u"rtt"_s, 0.040}}))
                     .status,
                 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto cell = [&] {
            view.model()->flush();
            return view.model()->indexOf(call, Console::ChannelModel::Quality);
        };
        QTRY_VERIFY(cell().isValid());
        QTRY_COMPARE_WITH_TIMEOUT(cell().data().toString(), u"good · 5 ms"_s, 5000);
        QCOMPARE(cell().data(Console::ChannelModel::QualityGradeRole).toInt(), int(QualityGrade::Good));
        const QString tip = cell().data(Qt::ToolTipRole).toString();
        qInfo("good: %s | tooltip: %s", qPrintable(cell().data().toString()), qPrintable(QString(tip).replace(u'\n', u" / "_s)));
        QVERIFY(tip.contains(u"Jitter: 5.0 ms"_s));
        QVERIFY(tip.contains(u"Packet loss: 0.2 %"_s));
        QVERIFY(tip.contains(u"Round trip: 40 ms"_s));
        QVERIFY(tip.contains(u"rtp_statistics"_s));
        // Colour and symbol both.
        const Console::StateStyle good = Console::ChannelDelegate::qualityStyle(int(QualityGrade::Good));
        QCOMPARE(good.symbol, u"●"_s);

        // Past the threshold: 80 ms of jitter is poor.
        a.setRtpStatistics(call, AriSim::Json::object({{u"rxjitter"_s, 0.080}}));
        QTRY_COMPARE_WITH_TIMEOUT(cell().data(Console::ChannelModel::QualityGradeRole).toInt(), int(QualityGrade::Poor), 5000);
        QCOMPARE(cell().data().toString(), u"poor · 80 ms"_s);
        QCOMPARE(Console::ChannelDelegate::qualityStyle(int(QualityGrade::Poor)).symbol, u"✕"_s);
        qInfo("poor: %s", qPrintable(cell().data().toString()));
        // Between: 30 ms jitter is fair; 6 % loss alone is poor.
        a.setRtpStatistics(call, AriSim::Json::object({{u"rxjitter"_s, 0.030}}));
        QTRY_COMPARE_WITH_TIMEOUT(cell().data(Console::ChannelModel::QualityGradeRole).toInt(), int(QualityGrade::Fair), 5000);
        a.setRtpStatistics(call, AriSim::Json::object({{u"rxjitter"_s, 0.005}, {u"rxploss"_s, 64}, {u"rxcount"_s, 1000}}));
        QTRY_COMPARE_WITH_TIMEOUT(cell().data(Console::ChannelModel::QualityGradeRole).toInt(), int(QualityGrade::Poor), 5000);
        QVERIFY(cell().data(Qt::ToolTipRole).toString().contains(u"Packet loss: 6.0 %"_s));

        // A channel without RTP (the ;2 half) is asked once and shows nothing.
        const QString other = a.peerOf(call);
        QTRY_VERIFY(view.model()->indexOf(other, Console::ChannelModel::Quality).isValid());
        QCOMPARE(view.model()->indexOf(other, Console::ChannelModel::Quality).data().toString(), QString());

        // Where the server has no rtp_statistics route, CHANNEL(rtcp,all) gives the same numbers.
        AriSim::FailRule noRoute;
        noRoute.status = 404;
        noRoute.message = u"Resource not found"_s;
        noRoute.count = 1000;
        noRoute.pathPrefix = u"/channels/"_s + call + u"/rtp_statistics"_s;
        m_fx.sim->addFailRule(noRoute);
        a.setRtpStatistics(call, AriSim::Json::object({{u"rxjitter"_s, 0.012}, {u"rxploss"_s, 0}, {u"rtt"_s, 0.020}}));
        QTRY_VERIFY_WITH_TIMEOUT(view.qualityPoller()->usingChannelFunction(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(cell().data().toString(), u"good · 12 ms"_s, 5000);
        QVERIFY(cell().data(Qt::ToolTipRole).toString().contains(u"CHANNEL(rtcp,all)"_s));
        m_fx.sim->clearFaults();
        wait(m_session->client()->channels().hangup({.channelId = call}));
    }

    void listenPanelWithoutDevices()
    {
        Console::Notifier notifier;
        Console::ListenPanel panel(&notifier);
        TestMicrophone mic;
        panel.setMicrophone(&mic);
        panel.setSession(m_session.get());
        panel.listenSession()->setOwnerTag(u"panel"_s);
        panel.show();
        QVERIFY(!panel.listenButton()->isEnabled()); // nothing selected
        const QString call = originate();
        panel.setSelection({call});
        QVERIFY(panel.listenButton()->isEnabled());
        QTest::mouseClick(panel.listenButton(), Qt::LeftButton);
        // Audio within a second, and the meter shows it is live whether or not there are speakers.
        QTRY_VERIFY_WITH_TIMEOUT(panel.levelMeter()->fraction() > 0.5, 1000);
        QTRY_VERIFY(panel.statusText().startsWith(u"Listening to "_s));
        qInfo("status: %s | device: %s | meter %.1f dB", qPrintable(panel.statusText()), qPrintable(panel.deviceText()),
              panel.levelMeter()->level());
        QVERIFY(panel.deviceText().startsWith(u"Playing through"_s) || panel.deviceText().startsWith(u"No audio output device"_s)
                || panel.deviceText().startsWith(u"The audio output"_s));
        QVERIFY(panel.listenButton()->isChecked());
        // One click to whisper: the test microphone reaches the simulator.
        QTest::mouseClick(panel.whisperButton(), Qt::LeftButton);
        QTRY_VERIFY(panel.whisperButton()->isChecked() && !panel.listenButton()->isChecked());
        AriSim::SimAsterisk &a = m_fx.sim->asterisk();
        const QString media = panel.listenSession()->mediaChannel();
        QTRY_VERIFY_WITH_TIMEOUT(a.mediaReceivedJson(media).value(u"frames").toInt() > 20, 5000);
        QTRY_VERIFY(panel.microphoneMeter()->fraction() > 0.5);
        QTest::mouseClick(panel.bargeButton(), Qt::LeftButton);
        QTRY_COMPARE(panel.listenSession()->mode(), Console::ListenSession::Mode::Barge);
        QTest::mouseClick(panel.stopButton(), Qt::LeftButton);
        QTRY_COMPARE(panel.listenSession()->state(), Console::ListenSession::State::Idle);
        QTRY_VERIFY(!mic.isActive());
        const QString prefix = panel.listenSession()->namePrefix();
        QTRY_VERIFY([&] {
            for (const QString &id : a.channelIds())
                if (id.startsWith(prefix))
                    return false;
            for (const AriSim::Json &b : a.bridgesJson().toArray())
                if (b.value(u"id").toString().startsWith(prefix))
                    return false;
            return true;
        }());
        wait(m_session->client()->channels().hangup({.channelId = call}));
    }
};

QTEST_MAIN(TestListenPanel)
#include "tst_listenpanel.moc"
