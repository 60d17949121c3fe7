// The listen panel and the Quality column against the simulator: the column shows the call quality the
// simulator gives a channel (rtp_statistics, or CHANNEL(rtcp,all) where the route is missing) with colour
// and symbol, and turns "poor" past the threshold; the panel listens with one button, shows a live level
// meter without any audio device, says in words what it lacks, whispers from a test microphone, and
// leaves nothing on the server when stopped.

#include "models/CallQuality.h"
#include "models/ChannelFilter.h"
#include "models/ChannelModel.h"
#include "models/ListenSession.h"
#include "models/ServerSession.h"
#include "tests/support/SimFixture.h"
#include "ui/AudioPlayer.h"
#include "ui/ChannelActions.h"
#include "ui/ChannelDelegate.h"
#include "ui/ChannelsView.h"
#include "ui/LevelMeter.h"
#include "ui/ListenPanel.h"
#include "ui/MicrophoneSource.h"
#include "ui/Notifier.h"

#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMenu>
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

    void phoneFallback()
    {
        // A supervisor phone in the profile: the same buttons ring it instead of playing here.
        Console::Notifier notifier;
        Console::ListenPanel panel(&notifier);
        TestMicrophone mic;
        panel.setMicrophone(&mic);
        panel.setSession(m_session.get());
        panel.listenSession()->setOwnerTag(u"phone"_s);
        const QString phone = u"Local/1000@demo"_s; // answers in the dialplan, as a phone picked up
        panel.setSupervisorEndpoint(phone);
        QCOMPARE(panel.listenSession()->supervisorEndpoint(), phone);
        panel.show();
        const QString call = originate();
        QVERIFY(!call.isEmpty());
        panel.setSelection({call});
        QVERIFY2(panel.statusText().contains(u"(rings %1)"_s.arg(phone)), qPrintable(panel.statusText()));
        QCOMPARE(panel.deviceText(), u"Audio goes to the supervisor's phone %1"_s.arg(phone));
        QTest::mouseClick(panel.listenButton(), Qt::LeftButton);
        QCOMPARE(panel.listenSession()->transport(), Console::ListenSession::Transport::Phone);
        // The phone is rung (a channel of the simulator), answers, and joins the call: live.
        AriSim::SimAsterisk &a = m_fx.sim->asterisk();
        const QString rung = panel.listenSession()->mediaChannel();
        QVERIFY(rung.endsWith(u"-phone"_s));
        QTRY_VERIFY(a.channelIds().contains(rung));
        QTRY_VERIFY2_WITH_TIMEOUT(panel.listenSession()->state() == Console::ListenSession::State::Live,
                                  qPrintable(panel.statusText() + u" | "_s + a.channelIds().join(u", "_s)), 5000);
        const QString bridge = panel.listenSession()->bridgeId();
        QVERIFY(!bridge.isEmpty());
        // The phone and the snoop on the call, in the console's bridge.
        const QString snoop = panel.listenSession()->snoopChannel();
        QVERIFY(!snoop.isEmpty());
        QStringList members;
        QTRY_VERIFY2([&] {
            const Console::LiveBridge *b = m_session->store()->bridge(bridge);
            members = b ? b->bridge.channels : QStringList();
            return members.contains(rung) && members.contains(snoop);
        }(), qPrintable(members.join(u", "_s) + u" / phone "_s + rung + u" snoop "_s + snoop + u" / "_s
                        + QString::fromUtf8(QJsonDocument(a.bridgesJson().toQJson().toArray()).toJson(QJsonDocument::Compact))));
        // Nothing plays here and the computer's microphone stays off, even whispering: the phone does both.
        QVERIFY(!panel.player()->isOpen());
        QTest::mouseClick(panel.whisperButton(), Qt::LeftButton);
        QTRY_COMPARE(panel.listenSession()->mode(), Console::ListenSession::Mode::Whisper);
        QVERIFY(!mic.isActive());
        QVERIFY(notifier.history().isEmpty() || notifier.history().last().level == Console::Notifier::Level::Info);
        // Stop: the phone's channel is hung up with the rest.
        QTest::mouseClick(panel.stopButton(), Qt::LeftButton);
        QTRY_COMPARE(panel.listenSession()->state(), Console::ListenSession::State::Idle);
        QTRY_VERIFY(!a.channelIds().contains(rung));
        wait(m_session->client()->channels().hangup({.channelId = call}));
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
            const AriSim::Json bridges = a.bridgesJson(); // toArray() refers into it: keep it alive
            for (const AriSim::Json &b : bridges.toArray())
                if (b.value(u"id").toString().startsWith(prefix))
                    return false;
            return true;
        }());
        wait(m_session->client()->channels().hangup({.channelId = call}));
    }

    void listenAndWhisperFromTheChannelMenu()
    {
        Console::ActionPolicy policy;
        Console::Notifier notifier;
        Console::ChannelActions actions(nullptr, &policy, &notifier, nullptr);
        Console::ChannelsView view(&actions);
        Console::ListenPanel panel(&notifier);
        TestMicrophone mic;
        panel.setMicrophone(&mic);
        view.setSession(m_session.get());
        actions.setSession(m_session.get());
        panel.setSession(m_session.get());
        panel.listenSession()->setOwnerTag(u"menu"_s);
        connect(&view, &Console::ChannelsView::selectionChanged, &panel, &Console::ListenPanel::setSelection);
        view.addMenuActions({panel.listenAction(), panel.whisperAction()});
        view.resize(1200, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(!panel.listenAction()->isEnabled()); // nothing selected
        QVERIFY2(panel.listenAction()->toolTip().contains(u"Select a call"_s), qPrintable(panel.listenAction()->toolTip()));
        const QString call = originate();
        QVERIFY(!call.isEmpty());
        QTRY_VERIFY((view.model()->flush(), view.model()->indexOf(call).isValid()));
        view.selectChannel(call);
        QCOMPARE(view.selectedIds(), QStringList{call});
        QVERIFY(panel.listenAction()->isEnabled() && panel.whisperAction()->isEnabled());

        // The table's context menu, as an operator opens it: Listen and Whisper at its end.
        auto fromMenu = [&](QAction *wanted) {
            bool listed = false;
            QTimer::singleShot(0, [&listed, wanted] {
                auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
                if (!menu)
                    return;
                listed = menu->actions().contains(wanted) && wanted->isEnabled();
                menu->setActiveAction(wanted);
                QTest::keyClick(menu, Qt::Key_Return);
            });
            const QModelIndex row = view.proxy()->mapFromSource(view.model()->indexOf(call));
            QMetaObject::invokeMethod(view.table(), "customContextMenuRequested",
                                      Q_ARG(QPoint, view.table()->visualRect(row).center()));
            return listed;
        };
        QVERIFY(fromMenu(panel.listenAction()));
        QTRY_COMPARE_WITH_TIMEOUT(panel.listenSession()->state(), Console::ListenSession::State::Live, 5000);
        QCOMPARE(panel.listenSession()->targetChannel(), call);
        QCOMPARE(panel.listenSession()->mode(), Console::ListenSession::Mode::Listen);
        QVERIFY(panel.listenButton()->isChecked());
        QVERIFY(fromMenu(panel.whisperAction()));
        QTRY_COMPARE(panel.listenSession()->mode(), Console::ListenSession::Mode::Whisper);
        QTRY_VERIFY(panel.whisperButton()->isChecked());
        // The microphone reaches the agent's side in the simulator.
        const QString media = panel.listenSession()->mediaChannel();
        QTRY_VERIFY_WITH_TIMEOUT(m_fx.sim->asterisk().mediaReceivedJson(media).value(u"frames").toInt() > 20, 5000);
        QTest::mouseClick(panel.stopButton(), Qt::LeftButton);
        QTRY_COMPARE(panel.listenSession()->state(), Console::ListenSession::State::Idle);
        wait(m_session->client()->channels().hangup({.channelId = call}));
    }

};

QTEST_MAIN(TestListenPanel)
#include "tst_listenpanel.moc"
