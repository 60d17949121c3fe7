// The timeline panel: lanes painted for a call, a click on a step shows the
// event Asterisk sent, the keyboard moves through the steps, and an ended
// call stays on screen and in the "Ended" list.

#include "models/ServerSession.h"
#include "tests/support/EventFactory.h"
#include "ui/TimelineView.h"

#include <QComboBox>
#include <QPlainTextEdit>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

class TestTimelineView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clickShowsTheRawEvent()
    {
        Console::ServerSession session(u"t"_s);
        Console::Store *store = session.store();
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - 5000;
        QJsonObject c = channelJson(u"c1"_s, u"Ring"_s);
        store->apply(parseEvent(eventJson(u"ChannelCreated"_s, {{u"channel"_s, c}}, t0)));
        c.insert(u"state"_s, u"Up"_s);
        store->apply(parseEvent(eventJson(u"ChannelStateChange"_s, {{u"channel"_s, c}}, t0 + 1000)));
        store->apply(parseEvent(eventJson(u"ChannelDtmfReceived"_s,
                                          {{u"channel"_s, c}, {u"digit"_s, u"7"_s}, {u"duration_ms"_s, 100}}, t0 + 2000)));
        store->apply(parseEvent(eventJson(u"ChannelDestroyed"_s,
                                          {{u"channel"_s, c}, {u"cause"_s, 17}, {u"cause_txt"_s, u"User busy"_s}}, t0 + 3000)));
        QVERIFY(!store->channel(u"c1"_s));

        Console::TimelineView view;
        view.resize(900, 500);
        view.setSession(&session);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setChannels({u"c1"_s});
        Console::TimelineModel *model = view.model();
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(model->index(3, Console::TimelineModel::Step).data().toString(), u"Hung up: User busy (17)"_s);
        QCOMPARE(model->index(2, Console::TimelineModel::Step).data().toString(), u"DTMF 7 (100 ms)"_s);

        // A click on the hangup's row shows its raw event.
        Console::TimelineCanvas *canvas = view.canvas();
        QTest::mouseClick(canvas, Qt::LeftButton, {}, canvas->rowRect(3).center());
        QCOMPARE(canvas->selectedRow(), 3);
        QVERIFY(view.rawView()->toPlainText().contains(u"\"ChannelDestroyed\""_s));
        QVERIFY(view.rawView()->toPlainText().contains(u"\"cause\": 17"_s));
        // Up goes to the DTMF.
        QTest::keyClick(canvas, Qt::Key_Up);
        QCOMPARE(canvas->selectedRow(), 2);
        QVERIFY(view.rawView()->toPlainText().contains(u"ChannelDtmfReceived"_s));

        // The selection going empty (the row left the table) keeps the call; the ended list offers it.
        view.setChannels({});
        QCOMPARE(model->channelId(), u"c1"_s);
        QComboBox *ended = view.endedCalls();
        QTRY_VERIFY_WITH_TIMEOUT(ended->findData(u"c1"_s) > 0, 7000);
        // The retention applies to the session's store.
        view.setRetentionMinutes(5);
        QCOMPARE(store->endedRetentionMs(), 5 * 60 * 1000);
        view.setRetentionMinutes(15);
    }
};

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
