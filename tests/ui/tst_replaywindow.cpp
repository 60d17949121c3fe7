// The replay window (Open capture…): a capture of a simulator session is
// opened in a read-only window; play, pause, step, the speeds and the time
// slider drive the replay; every action is disabled with the reason
// "replay"; and no panel posts a server error (there is no server to ask).

#include "models/CaptureReplayer.h"
#include "models/CaptureWriter.h"
#include "models/ChannelFilter.h"
#include "models/ChannelModel.h"
#include "models/ServerSession.h"
#include "tests/support/SimFixture.h"
#include "ui/BridgesView.h"
#include "ui/ChannelActions.h"
#include "ui/ChannelsView.h"
#include "ui/MainWindow.h"
#include "ui/Notifier.h"
#include "ui/ServerWorkspace.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using Console::ChannelAction;

class TestReplayWindow : public QObject
{
    Q_OBJECT

    TestSupport::SimFixture m_fx;
    QTemporaryDir m_dir;
    QString m_path;
    QJsonObject m_liveAtEnd;
    std::unique_ptr<Console::MainWindow> m_main;
    QPointer<Console::MainWindow> m_replay;

    Console::CaptureReplayer *replayer() const { return m_replay->findChild<Console::CaptureReplayer *>(); }
    template<typename T>
    T *bar(const char *name) const
    {
        return m_replay->findChild<T *>(QString::fromLatin1(name));
    }
    // What the replay window told the operator that is not information.
    QStringList complaints() const
    {
        QStringList out;
        for (const Console::Notifier::Note &n : m_replay->notifier()->history()) {
            if (n.level != Console::Notifier::Level::Info)
                out.append(n.text);
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        QVERIFY(m_fx.start());
        m_fx.sim->asterisk().startDemoTraffic(6.0, 21, u"console"_s);
        // A capture of a live session with traffic.
        m_path = m_dir.filePath(u"incident.jsonl.gz"_s);
        Console::ServerSession live(u"lab"_s);
        Ari::ConnectionSettings s = m_fx.settings();
        s.subscribeAll = true;
        live.setSettings(s);
        Console::CaptureWriter writer;
        QString error;
        QVERIFY2(writer.open(m_path, &error), qPrintable(error));
        writer.addSession(&live);
        QSignalSpy synced(live.sync(), &Console::SyncEngine::synced);
        live.open();
        QVERIFY(synced.wait(5000));
        QTRY_VERIFY_WITH_TIMEOUT(live.store()->eventsApplied() >= 150 && !live.store()->channels().isEmpty(), 20000);
        m_liveAtEnd = live.store()->toJson();
        writer.close();
        live.close();
        m_fx.sim->asterisk().stopDemoTraffic();

        m_main = std::make_unique<Console::MainWindow>();
        m_replay = m_main->workspace()->openCapture(m_path);
        QVERIFY(m_replay);
        QVERIFY(m_replay->isReplay());
        QVERIFY(replayer());
        QVERIFY(m_replay->session());
    }

    void cleanupTestCase()
    {
        delete m_replay.data();
        m_main.reset();
    }

    void everyActionDisabledWithTheReasonReplay()
    {
        Console::MainWindow *w = m_replay;
        QVERIFY2(w->statusText().contains(u"Replay"_s), qPrintable(w->statusText()));
        for (QAction *a : {w->originateAction(), w->connectAction(), w->disconnectAction(), w->resyncAction(),
                           w->workspace()->captureAction()}) {
            QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
            QVERIFY2(a->toolTip().contains(u"replay"_s), qPrintable(a->text() + u": "_s + a->toolTip()));
        }
        // Run to the end: channels on screen; pick one, and every channel action says why not.
        replayer()->runToEnd();
        QCOMPARE(w->session()->store()->toJson(), m_liveAtEnd);
        auto *channels = w->channelsView();
        QTRY_VERIFY((channels->model()->flush(), channels->proxy()->rowCount() > 0));
        channels->table()->selectRow(0);
        QVERIFY(!w->channelActions()->selection().isEmpty());
        w->channelActions()->refresh();
        for (QAction *a : w->channelActions()->actions()) {
            QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
            QVERIFY2(a->toolTip().contains(u"replay"_s), qPrintable(a->text() + u": "_s + a->toolTip()));
        }
        QAction *create = w->bridgesView()->createAction();
        QVERIFY(!create->isEnabled());
        QVERIFY2(create->toolTip().contains(u"replay"_s), qPrintable(create->toolTip()));
    }

    void stepPlayPauseSpeedAndSlider()
    {
        Console::CaptureReplayer *r = replayer();
        auto *play = bar<QToolButton>("replayPlay");
        auto *step = bar<QToolButton>("replayStep");
        auto *speed = bar<QComboBox>("replaySpeed");
        auto *slider = bar<QSlider>("replaySlider");
        QVERIFY(play && step && speed && slider);
        QCOMPARE(slider->maximum(), r->count());
        QVERIFY(r->count() > 150);

        // The slider to the start: a fresh store, nothing applied.
        slider->triggerAction(QAbstractSlider::SliderToMinimum);
        QTRY_COMPARE(r->position(), 0);
        QTRY_VERIFY(m_replay->session() && m_replay->session()->store()->channels().isEmpty());

        // Step: through the next event at a time (what comes before it with it), the slider following.
        QTest::mouseClick(step, Qt::LeftButton);
        const int first = r->position();
        QVERIFY(first > 0);
        QTest::mouseClick(step, Qt::LeftButton);
        const int second = r->position();
        QVERIFY(second > first);
        QCOMPARE(slider->value(), second);
        QVERIFY(!r->isPlaying());

        // Play at 1x (as captured), then pause: it stops where it is.
        QCOMPARE(speed->currentData().toDouble(), 1.0);
        QTest::mouseClick(play, Qt::LeftButton);
        QVERIFY(r->isPlaying());
        QVERIFY2(play->text().contains(u"Pause"_s), qPrintable(play->text()));
        QTRY_VERIFY(r->position() > second);
        QTest::mouseClick(play, Qt::LeftButton);
        QVERIFY(!r->isPlaying());
        QVERIFY2(play->text().contains(u"Play"_s), qPrintable(play->text()));
        const int paused = r->position();
        QSignalSpy moved(r, &Console::CaptureReplayer::positionChanged);
        QVERIFY(!moved.wait(400)); // nothing moves while paused
        QCOMPARE(r->position(), paused);

        // 10x, then as fast as possible: it reaches the end, the store as the live one was.
        speed->setCurrentIndex(speed->findData(10.0));
        QTest::mouseClick(play, Qt::LeftButton);
        QTRY_VERIFY(r->position() > paused);
        speed->setCurrentIndex(speed->findData(0.0));
        QSignalSpy finished(r, &Console::CaptureReplayer::finished);
        if (!r->isPlaying())
            QTest::mouseClick(play, Qt::LeftButton);
        QVERIFY(r->atEnd() || finished.wait(10000));
        QVERIFY(r->atEnd());
        QTRY_COMPARE(slider->value(), r->count());
        QCOMPARE(m_replay->session()->store()->toJson(), m_liveAtEnd);

        // The slider back a page: an earlier state, replayed again from the start.
        slider->triggerAction(QAbstractSlider::SliderPageStepSub);
        const int target = slider->value();
        QVERIFY(target < r->count());
        QTRY_COMPARE(r->position(), target);
    }

    void noPanelPostsServerErrors()
    {
        // Every panel of the replay window followed the replayed sessions; none asked a server, even
        // with every dock in front and a call selected (what a panel would send fails at once here).
        QTRY_VERIFY(m_replay->isVisible());
        QSignalSpy posted(m_replay->notifier(), &Console::Notifier::posted);
        const QList<QDockWidget *> docks = m_replay->findChildren<QDockWidget *>();
        QVERIFY(docks.size() > 5);
        for (QDockWidget *d : docks) {
            d->show();
            d->raise();
        }
        replayer()->runToEnd();
        auto *channels = m_replay->channelsView();
        QTRY_VERIFY((channels->model()->flush(), channels->proxy()->rowCount() > 0));
        channels->table()->selectRow(channels->proxy()->rowCount() - 1);
        QVERIFY(!posted.wait(1500));
        QVERIFY2(complaints().isEmpty(), qPrintable(complaints().join(u"\n"_s)));
    }
};

QTEST_MAIN(TestReplayWindow)
#include "tst_replaywindow.moc"
