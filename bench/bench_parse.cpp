// Event parsing on the hot path: QtJson against simdjson, and our whole typed
// parse against QtJson's bare parse. Prints events/s and ratios from one run.
//   bench_parse [events=200000]

#include "ari/EventParser.h"
#include "bench/BenchEvents.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>

#include <simdjson.h>

#include <cstdio>

namespace {

template<typename F>
double rate(const QByteArrayList &frames, F &&f)
{
    // Best of three passes, so a scheduler hiccup does not decide the figure.
    double best = 0;
    for (int pass = 0; pass < 3; ++pass) {
        QElapsedTimer t;
        t.start();
        for (const QByteArray &frame : frames)
            f(frame);
        best = std::max(best, frames.size() / (double(t.nsecsElapsed()) / 1e9));
    }
    return best;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::atoi(argv[1]) : 200000;
    const QByteArrayList frames = Bench::makeEventStream(count, 10000);
    qint64 bytes = 0;
    for (const QByteArray &f : frames)
        bytes += f.size();
    std::printf("frames: %d, mean size %lld bytes\n", count, bytes / count);

    volatile qsizetype sink = 0;
    const double qt = rate(frames, [&](const QByteArray &f) { sink = sink + QJsonDocument::fromJson(f).object().size(); });
    simdjson::dom::parser sp;
    const double simd = rate(frames, [&](const QByteArray &f) {
        simdjson::dom::element e;
        if (sp.parse(f.constData(), size_t(f.size())).get(e) == simdjson::SUCCESS)
            sink = sink + 1;
    });
    Ari::EventParser parser;
    Ari::Event ev;
    const double typed = rate(frames, [&](const QByteArray &f) {
        if (parser.parse(f, ev) == Ari::EventParser::Status::Ok)
            sink = sink + 1;
    });
    std::printf("QJsonDocument::fromJson (parse only): %.0f events/s\n", qt);
    std::printf("simdjson DOM (parse only):            %.0f events/s  (%.2fx QtJson)\n", simd, simd / qt);
    std::printf("Ari::EventParser (parse + typed):     %.0f events/s  (%.2fx QtJson parse only)\n", typed, typed / qt);
    return 0;
}
