// The parse worker: order, malformed frames in their place, nothing lost on
// a drain, bounded output, one queued ready() per batch.

#include "ari/ParsePipeline.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray dtmf(int n)
{
    return R"({"type":"ChannelDtmfReceived","application":"a","timestamp":"2026-11-28T17:32:01.123+0000","digit":")"
           + QByteArray::number(n % 10) + R"(","duration_ms":)" + QByteArray::number(n)
           + R"(,"channel":{"id":"c)" + QByteArray::number(n)
           + R"(","name":"n","state":"Up","protocol_id":"","caller":{"name":"","number":""},)"
             R"("connected":{"name":"","number":""},"accountcode":"","dialplan":{"context":"d","exten":"s",)"
             R"("priority":1,"app_name":"","app_data":""},"creationtime":"2026-11-28T17:32:00.001+0000","language":"en"}})";
}

// Frame n is malformed when n % 97 == 5, else a DTMF event whose duration is n.
QByteArray frameAt(int n)
{
    return n % 97 == 5 ? QByteArray("{not json ") + QByteArray::number(n) : dtmf(n);
}

// Checks that `got` continues the sequence at `next`, and advances it.
void checkInOrder(const std::vector<Ari::ParsePipeline::Parsed> &got, int &next)
{
    for (const Ari::ParsePipeline::Parsed &p : got) {
        QCOMPARE(p.event.raw, frameAt(next));
        if (next % 97 == 5) {
            QCOMPARE(p.status, Ari::EventParser::Status::Malformed);
            QVERIFY(!p.error.isEmpty());
        } else {
            QCOMPARE(p.status, Ari::EventParser::Status::Ok);
            const auto *e = p.event.as<Ari::ChannelDtmfReceivedEvent>();
            QVERIFY(e);
            QCOMPARE(e->durationMs, next);
            QCOMPARE(e->channel.id, u"c"_s + QString::number(next));
        }
        ++next;
    }
}

} // namespace

class TestParsePipeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deliversInOrderThroughTheEventLoop()
    {
        Ari::ParsePipeline pipeline;
        QSignalSpy ready(&pipeline, &Ari::ParsePipeline::ready);
        std::vector<Ari::ParsePipeline::Parsed> batch;
        const int count = 5000;
        int next = 0;
        connect(&pipeline, &Ari::ParsePipeline::ready, this, [&] {
            if (pipeline.take(batch))
                checkInOrder(batch, next);
        });
        for (int n = 0; n < count; ++n)
            pipeline.push(frameAt(n));
        QTRY_COMPARE(next, count);
        QCOMPARE(pipeline.backlog(), 0);
        // Batches, not a signal per frame.
        QVERIFY(ready.size() < count / 4);
    }

    void waitAndTakeLosesNothing()
    {
        Ari::ParsePipeline pipeline;
        pipeline.setMaxReady(16); // the worker must stop and wait for room many times
        std::vector<Ari::ParsePipeline::Parsed> batch;
        const int count = 3000;
        for (int n = 0; n < count; ++n)
            pipeline.push(frameAt(n));
        int next = 0;
        while (pipeline.waitAndTake(batch)) {
            QVERIFY(batch.size() <= 16 + 64); // bounded: one publish past the limit at most
            checkInOrder(batch, next);
        }
        QCOMPARE(next, count);
        QCOMPARE(pipeline.backlog(), 0);
        QVERIFY(!pipeline.take(batch));
        QVERIFY(batch.empty());
    }

    void interleavedPushAndTake()
    {
        Ari::ParsePipeline pipeline;
        std::vector<Ari::ParsePipeline::Parsed> batch;
        int next = 0;
        for (int n = 0; n < 4000; ++n) {
            pipeline.push(frameAt(n));
            if (n % 7 == 0 && pipeline.take(batch))
                checkInOrder(batch, next);
        }
        while (pipeline.waitAndTake(batch))
            checkInOrder(batch, next);
        QCOMPARE(next, 4000);
    }

    void nothingPushedNothingTaken()
    {
        Ari::ParsePipeline pipeline;
        std::vector<Ari::ParsePipeline::Parsed> batch;
        QVERIFY(!pipeline.waitAndTake(batch));
        QVERIFY(!pipeline.take(batch));
    }

    void unchangedStringsComeBackShared()
    {
        // Thousands of channels, each seen twice: the second event brings the
        // very storage of the first one's name and caller (the worker's intern
        // cache grows to hold them), which lets the store compare by pointer.
        const int channels = 6000;
        auto frame = [](int n, const char *state) {
            // dtmf()'s frame with a state change and a channel of its own.
            const QByteArray id = QByteArray::number(n);
            QByteArray f = dtmf(n);
            f.replace("\"type\":\"ChannelDtmfReceived\"", "\"type\":\"ChannelStateChange\"");
            f.replace("\"name\":\"n\"", QByteArray("\"name\":\"PJSIP/agent-" + id + "-0000001\""));
            f.replace("\"state\":\"Up\"", QByteArray("\"state\":\"" + QByteArray(state) + '"'));
            f.replace("\"caller\":{\"name\":\"\",\"number\":\"\"}",
                      QByteArray("\"caller\":{\"name\":\"Agent " + id + "\",\"number\":\"" + id + "\"}"));
            return f;
        };
        Ari::ParsePipeline pipeline;
        std::vector<Ari::ParsePipeline::Parsed> first, second, batch;
        for (int n = 0; n < channels; ++n)
            pipeline.push(frame(n, "Ring"));
        while (pipeline.waitAndTake(batch))
            std::move(batch.begin(), batch.end(), std::back_inserter(first));
        for (int n = 0; n < channels; ++n)
            pipeline.push(frame(n, "Up"));
        while (pipeline.waitAndTake(batch))
            std::move(batch.begin(), batch.end(), std::back_inserter(second));
        QCOMPARE(int(first.size()), channels);
        QCOMPARE(int(second.size()), channels);
        int shared = 0;
        for (int n = 0; n < channels; ++n) {
            const auto *ea = first[size_t(n)].event.as<Ari::ChannelStateChangeEvent>();
            const auto *eb = second[size_t(n)].event.as<Ari::ChannelStateChangeEvent>();
            QVERIFY(ea && eb);
            const Ari::Channel &a = ea->channel;
            const Ari::Channel &b = eb->channel;
            QCOMPARE(b.name, a.name);
            QCOMPARE(b.caller.name, a.caller.name);
            QCOMPARE(b.state, u"Up"_s);
            if (b.id.constData() == a.id.constData() && b.name.constData() == a.name.constData()
                && b.caller.name.constData() == a.caller.name.constData())
                ++shared;
        }
        // The cache starts small and grows while most lookups miss, so the
        // first few hundred channels may have been let go of.
        QVERIFY2(shared > channels * 8 / 10, qPrintable(u"%1 of %2 shared"_s.arg(shared).arg(channels)));
        QVERIFY(pipeline.workerCpuNs() > 0);
    }

    void destroyedWithWorkPending()
    {
        // Must neither hang nor crash, and no ready() may arrive afterwards.
        auto *pipeline = new Ari::ParsePipeline;
        for (int n = 0; n < 2000; ++n)
            pipeline->push(frameAt(n));
        delete pipeline;
        QCoreApplication::processEvents();
    }
};

QTEST_GUILESS_MAIN(TestParsePipeline)
#include "tst_parsepipeline.moc"
