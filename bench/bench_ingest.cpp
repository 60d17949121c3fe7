// The whole ingest pipeline against QtJson's bare parse of the same frames:
// parse -> typed event -> store -> model notifications (channels, bridges,
// event log), with 10,000 channels. Also the snapshot time and the memory
// per channel. Figures only; no assertion.
//   bench_ingest [events=300000] [channels=10000]

#include "ari/EventParser.h"
#include "ari/ParsePipeline.h"
#include "ari/JsonRead.h"
#include "bench/BenchEvents.h"
#include "models/BridgeModel.h"
#include "models/ChannelModel.h"
#include "models/EventLogModel.h"
#include "models/Store.h"
#include "models/StorePrefetch.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>

#include <malloc.h>

#include <cstdio>
#include <ctime>

namespace {

qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

size_t heapInUse()
{
    malloc_trim(0);
    return mallinfo2().uordblks;
}

QByteArray channelListJson(int channels)
{
    // The GET /channels answer for the same channels the stream talks about.
    const QByteArrayList frames = Bench::makeEventStream(channels * 3, channels, 7);
    QByteArray out = "[";
    QSet<QByteArray> seen;
    for (int n = 0; n < channels; ++n) {
        const QByteArray id = "lab-1795885274." + QByteArray::number(n);
        const QByteArray num = QByteArray::number(1000 + n % 9000);
        if (n)
            out += ',';
        out += "{\"id\":\"" + id + "\",\"name\":\"Local/" + num + "@demo-" + QByteArray::number(n, 16).rightJustified(8, '0')
               + ";1\",\"state\":\"Up\",\"protocol_id\":\"\",\"caller\":{\"name\":\"Agent " + num + "\",\"number\":\"" + num
               + "\"},\"connected\":{\"name\":\"\",\"number\":\"\"},\"accountcode\":\"\",\"dialplan\":{\"context\":\"demo\","
                 "\"exten\":\"" + num + "\",\"priority\":2,\"app_name\":\"Stasis\",\"app_data\":\"console\"},"
                 "\"creationtime\":\"2026-11-28T17:32:00.001+0000\",\"language\":\"en\"}";
    }
    Q_UNUSED(frames);
    return out + ']';
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int events = argc > 1 ? std::atoi(argv[1]) : 300000;
    const int channels = argc > 2 ? std::atoi(argv[2]) : 10000;

    // Snapshot: parse the channel list, apply it, and let the models take it.
    const QByteArray list = channelListJson(channels);
    const size_t heapBefore = heapInUse();
    auto *store = new Console::Store;
    auto *channelModel = new Console::ChannelModel(store);
    auto *bridgeModel = new Console::BridgeModel(store);
    QElapsedTimer t;
    t.start();
    QString why;
    Console::Snapshot snap;
    snap.channels = Ari::Json::parseValue<QList<Ari::Channel>>(list, &why);
    store->applySnapshot(snap, 1);
    channelModel->flush();
    const double snapshotMs = t.nsecsElapsed() / 1e6;
    // Only what the store and the models hold counts: the parsed list goes first.
    snap = {};
    const size_t heapAfter = heapInUse();

    // The event stream, fed as it would arrive: frames go to the parse worker,
    // and the typed events come back in order to this thread, which applies
    // them to the store and the log; models flush once per 16 ms frame. The
    // time runs from the first frame in to the last event applied.
    const QByteArrayList frames = Bench::makeEventStream(events, channels);
    auto *log = new Console::EventLogModel;
    double ingestRate = 0;
    double mainCpu = 0, workerCpu = 0; // per event, in the best pass (ns)
    {
        Ari::ParsePipeline pipeline;
        std::vector<Ari::ParsePipeline::Parsed> batch;
        for (int pass = 0; pass < 3; ++pass) {
            QElapsedTimer frame;
            frame.start();
            t.restart();
            const qint64 mainStart = threadCpuNs();
            const qint64 workerStart = pipeline.workerCpuNs();
            int i = 0;
            auto applyBatch = [&] {
                for (size_t k = 0; k < batch.size(); ++k) {
                    const Ari::ParsePipeline::Parsed &p = batch[k];
                    // As AriConnection does: the event after next is fetched from the worker's cache,
                    if (k + 2 < batch.size())
                        Ari::ParsePipeline::prefetch(batch[k + 2]);
                    // and, as AriConnection and SyncEngine do, the next event's channel during this one.
                    if (k + 1 < batch.size() && batch[k + 1].status != Ari::EventParser::Status::Malformed)
                        Console::prefetchForApply(*store, batch[k + 1].event);
                    if (p.status != Ari::EventParser::Status::Ok)
                        continue;
                    store->apply(p.event);
                    log->append(p.event, 0);
                    if ((++i & 63) == 0 && frame.elapsed() >= 16) {
                        channelModel->flush();
                        bridgeModel->flush();
                        log->flush();
                        frame.restart();
                    }
                }
            };
            for (qsizetype next = 0; next < frames.size();) {
                const qsizetype end = std::min(frames.size(), next + 256);
                for (; next < end; ++next)
                    pipeline.push(frames[next]);
                if (pipeline.take(batch))
                    applyBatch();
            }
            while (pipeline.waitAndTake(batch))
                applyBatch();
            channelModel->flush();
            bridgeModel->flush();
            log->flush();
            const double rate = frames.size() / (t.nsecsElapsed() / 1e9);
            if (rate > ingestRate) {
                ingestRate = rate;
                mainCpu = double(threadCpuNs() - mainStart) / double(frames.size());
                workerCpu = double(pipeline.workerCpuNs() - workerStart) / double(frames.size());
            }
        }
    }

    double parseRate = 0;
    double qtJsonCpu = 0;
    volatile qsizetype sink = 0;
    for (int pass = 0; pass < 3; ++pass) {
        t.restart();
        const qint64 cpuStart = threadCpuNs();
        for (const QByteArray &f : frames)
            sink = sink + QJsonDocument::fromJson(f).object().size();
        const double rate = frames.size() / (t.nsecsElapsed() / 1e9);
        if (rate > parseRate) {
            parseRate = rate;
            qtJsonCpu = double(threadCpuNs() - cpuStart) / double(frames.size());
        }
    }

    // The stages apart: the typed parse alone, and the store + models + log alone.
    // This thread parses as the worker does (the same intern cache).
    Ari::Json::ThreadParser::instance().setInternCapacity(Ari::ParsePipeline::internCapacity);
    Ari::EventParser parser;
    std::vector<Ari::Event> parsedEvents(size_t(frames.size()));
    t.restart();
    for (qsizetype i = 0; i < frames.size(); ++i)
        parser.parse(frames[i], parsedEvents[size_t(i)]);
    const double parseStage = frames.size() / (t.nsecsElapsed() / 1e9);
    t.restart();
    for (size_t k = 0; k < parsedEvents.size(); ++k) {
        const Ari::Event &e = parsedEvents[k];
        if (k + 1 < parsedEvents.size())
            Console::prefetchForApply(*store, parsedEvents[k + 1]);
        store->apply(e);
        log->append(e, 0);
    }
    channelModel->flush();
    bridgeModel->flush();
    log->flush();
    const double applyStage = frames.size() / (t.nsecsElapsed() / 1e9);
    std::printf("stages: typed parse %.0f events/s; store + models + log %.0f events/s\n", parseStage, applyStage);

    std::printf("ingest: %.0f events/s; parse-only: %.0f events/s; ratio: %.2f\n", ingestRate, parseRate,
                ingestRate / parseRate);
    // CPU time per event of each thread, so the use of two cores shows: E is
    // bounded by the busier thread, P runs on one.
    std::printf("cpu per event: main thread %.2f us, parse worker %.2f us (ingest); QtJson %.2f us "
                "(main/QtJson %.2f, worker/QtJson %.2f)\n",
                mainCpu / 1000, workerCpu / 1000, qtJsonCpu / 1000, mainCpu / qtJsonCpu, workerCpu / qtJsonCpu);
    std::printf("snapshot: %d channels in %.1f ms\n", channels, snapshotMs);
    std::printf("memory: %.0f bytes/channel\n", double(heapAfter - heapBefore) / channels);
    std::printf("(store holds %lld channels, %lld bridges; event log %d rows)\n", qlonglong(store->channels().size()),
                qlonglong(store->bridges().size()), log->rowCount());
    return 0;
}
