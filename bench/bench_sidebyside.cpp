// Side by side: the same recorded event stream, served over a loopback
// WebSocket by a simulator in its own process, to four clients in turn:
//   1. a bare QWebSocket that counts frames        (the transport limit)
//   2. the same, parsing each with QJsonDocument   (the parse limit)
//   3. the console: AriConnection (its parse worker), SyncEngine and Store,
//      the channel, bridge and event-log models   (what the console does)
//   4. node-ari-client (npm ari-client), one handler per event type
// Each run gets a fresh server; a run is timed from the event socket's open
// to the last event handled (for 3: applied to the store, models flushed).
// Prints events/s per client (best and range over the runs) and the ratios
// 3/1, 3/2 and 3/4. Figures only; no assertion.
//
//   bench_sidebyside [--events N] [--channels C] [--runs R] [--stream FILE]
//                    [--node SCRIPT] [--api-docs DIR]
// bench/sidebyside installs ari-client and passes --node and --api-docs.
// --stream replays a file of frames (one JSON event per line) instead of the
// generated stream (bench/BenchEvents.cpp, shaped like a real Asterisk's).
//
// Internally, `bench_sidebyside --serve FILE [--api-docs DIR]` is the server.

#include "bench/BenchEvents.h"
#include "models/BridgeModel.h"
#include "models/ChannelModel.h"
#include "models/ServerSession.h"
#include "sim/ManualClock.h"
#include "sim/SimServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

// ---- the server -------------------------------------------------------------

int serve(const QString &streamFile, const QString &apiDocs)
{
    QFile f(streamFile);
    if (!f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(streamFile));
        return 1;
    }
    QByteArrayList frames;
    while (!f.atEnd()) {
        QByteArray line = f.readLine();
        if (line.endsWith('\n'))
            line.chop(1);
        if (!line.isEmpty())
            frames.append(line);
    }
    // The server's clock stands before the stream's timestamps (2026-11-28T17:32),
    // so the console's sync engine applies every event instead of counting it
    // as already in its snapshot.
    AriSim::ManualClock clock(QDateTime(QDate(2026, 11, 28), QTime(17, 0), Qt::UTC));
    AriSim::SimServer sim(&clock);
    if (!sim.listen()) {
        std::fprintf(stderr, "cannot listen: %s\n", qPrintable(sim.errorString()));
        return 1;
    }
    if (!apiDocs.isEmpty()) {
        // node-ari-client builds its API from the Swagger documents, as Asterisk serves
        // them: with basePath pointing at the server that answered.
        const QByteArray base = (sim.baseUrl().toString() + u"/ari"_s).toUtf8();
        sim.router().add("GET", u"/api-docs/{file}"_s, u"apiDocs"_s, [apiDocs, base](const AriSim::AriRequest &r) {
            QFile doc(apiDocs + u'/' + r.pathParams.value(u"file"_s));
            if (!doc.open(QIODevice::ReadOnly))
                return AriSim::HttpResponse::message(404, u"Resource not found"_s);
            return AriSim::HttpResponse::raw(200, "application/json",
                                             doc.readAll().replace("http://localhost:8088/ari", base));
        });
    }
    // Stream in chunks, so the REST answers a client asks for meanwhile are not held back.
    QObject::connect(&sim, &AriSim::SimServer::eventSocketOpened, &sim, [&](const QStringList &apps) {
        const QString app = apps.value(0);
        auto next = std::make_shared<qsizetype>(0);
        auto *timer = new QTimer(&sim);
        QObject::connect(timer, &QTimer::timeout, &sim, [&sim, &frames, app, next, timer] {
            const qsizetype end = std::min<qsizetype>(*next + 2000, frames.size());
            for (; *next < end; ++*next)
                sim.sendRawText(app, frames.at(*next));
            if (*next >= frames.size())
                timer->deleteLater();
        });
        timer->start(0);
    });
    std::printf("listening on %s\n", qPrintable(sim.baseUrl().toString()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}

// ---- the clients ------------------------------------------------------------

struct Server
{
    QProcess process;
    QUrl base;

    bool start(const QString &streamFile, const QString &apiDocs)
    {
        QStringList args{u"--serve"_s, streamFile};
        if (!apiDocs.isEmpty())
            args << u"--api-docs"_s << apiDocs;
        process.setProgram(QCoreApplication::applicationFilePath());
        process.setArguments(args);
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start();
        if (!process.waitForStarted(5000) || !process.waitForReadyRead(30000))
            return false;
        const auto m = QRegularExpression(u"(https?://\\S+)"_s).match(QString::fromUtf8(process.readLine()));
        base = QUrl(m.captured(1));
        return m.hasMatch();
    }
    ~Server()
    {
        process.kill();
        process.waitForFinished(5000);
    }
};

QNetworkRequest eventsRequest(const QUrl &base, const QString &app)
{
    QUrl url = base;
    url.setScheme(base.scheme() == u"https"_s ? u"wss"_s : u"ws"_s);
    url.setPath(u"/ari/events"_s);
    url.setQuery(u"app="_s + app);
    QNetworkRequest req(url);
    req.setRawHeader("Authorization", "Basic " + QByteArray("asterisk:asterisk").toBase64());
    return req;
}

// Clients 1 and 2: a bare QWebSocket; `parse` turns on QJsonDocument per frame.
double bareClient(const QUrl &base, qsizetype expected, bool parse)
{
    QWebSocket ws;
    ws.setMaxAllowedIncomingMessageSize(64 * 1024 * 1024);
    QElapsedTimer clock;
    qsizetype seen = 0;
    qsizetype fields = 0; // keeps the parse from being optimised away
    QEventLoop loop;
    QObject::connect(&ws, &QWebSocket::connected, &loop, [&] { clock.start(); });
    QObject::connect(&ws, &QWebSocket::textMessageReceived, &loop, [&](const QString &text) {
        if (parse)
            fields += QJsonDocument::fromJson(text.toUtf8()).object().size();
        if (++seen == expected)
            loop.quit();
    });
    QObject::connect(&ws, &QWebSocket::disconnected, &loop, [&] { loop.quit(); });
    ws.open(eventsRequest(base, parse ? u"benchparse"_s : u"benchcount"_s));
    QTimer::singleShot(600000, &loop, &QEventLoop::quit);
    loop.exec();
    const double s = clock.nsecsElapsed() / 1e9;
    if (seen != expected || (parse && fields == 0)) {
        std::fprintf(stderr, "client %d: %lld of %lld frames\n", parse ? 2 : 1, qlonglong(seen), qlonglong(expected));
        return 0;
    }
    return double(expected) / s;
}

// Client 3: the console's own path.
double consoleClient(const QUrl &base, qsizetype expected, int channels)
{
    Console::ServerSession session(u"bench"_s);
    Console::ChannelModel channelModel(session.store());
    Console::BridgeModel bridgeModel(session.store());
    Ari::ConnectionSettings s;
    s.baseUrl = base;
    s.user = s.password = u"asterisk"_s;
    s.apps = {u"benchconsole"_s};
    s.pingIntervalMs = 60000;
    s.pingTimeoutMs = 120000;
    session.setSettings(s);
    QElapsedTimer clock;
    qsizetype seen = 0;
    QEventLoop loop;
    bool done = false;
    auto finishIfDone = [&] {
        if (done || seen < expected || session.sync()->isBuffering())
            return;
        channelModel.flush();
        bridgeModel.flush();
        session.eventLog()->flush();
        done = true;
        loop.quit();
    };
    QObject::connect(session.connection(), &Ari::AriConnection::stateChanged, &loop,
                     [&](Ari::AriConnection::State st) {
                         if (st == Ari::AriConnection::State::Connected)
                             clock.start();
                     });
    // After the sync engine's own slot: by then the event is applied or buffered.
    QObject::connect(session.connection(), &Ari::AriConnection::eventReceived, &loop, [&] {
        ++seen;
        finishIfDone();
    });
    QObject::connect(session.sync(), &Console::SyncEngine::synced, &loop, finishIfDone);
    session.open();
    QTimer::singleShot(600000, &loop, &QEventLoop::quit);
    loop.exec();
    const double sec = clock.nsecsElapsed() / 1e9;
    const qsizetype inStore = session.store()->channels().size();
    const quint64 skipped = session.sync()->eventsSkipped();
    session.close();
    if (!done || inStore != channels || skipped != 0) {
        std::fprintf(stderr, "client 3: %lld of %lld events, %lld of %d channels in the store, %llu skipped\n",
                     qlonglong(seen), qlonglong(expected), qlonglong(inStore), channels, qulonglong(skipped));
        return 0;
    }
    return double(expected) / sec;
}

// Client 4: node-ari-client, in its own process.
double nodeClient(const QUrl &base, qsizetype expected, const QString &script, const QStringList &types)
{
    QProcess node;
    node.setProgram(u"node"_s);
    node.setArguments({script, base.toString(), QString::number(expected), types.join(u',')});
    node.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    node.start();
    if (!node.waitForStarted(10000) || !node.waitForFinished(600000) || node.exitCode() != 0) {
        std::fprintf(stderr, "client 4: node failed (exit %d)\n", node.exitCode());
        return 0;
    }
    // The last line: swagger-client prints its own warnings on stdout first.
    const QByteArrayList lines = node.readAllStandardOutput().trimmed().split('\n');
    const QJsonObject r = QJsonDocument::fromJson(lines.last()).object();
    const double sec = r.value(u"seconds"_s).toDouble();
    if (r.value(u"events"_s).toInteger() != expected || sec <= 0) {
        std::fprintf(stderr, "client 4: unexpected output: %s\n", lines.last().constData());
        return 0;
    }
    return double(expected) / sec;
}

struct Figures
{
    QList<double> runs;
    double best() const { return runs.isEmpty() ? 0 : *std::max_element(runs.begin(), runs.end()); }
    double worst() const { return runs.isEmpty() ? 0 : *std::min_element(runs.begin(), runs.end()); }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addOptions({{u"serve"_s, u"(internal) serve the frames in FILE"_s, u"FILE"_s},
                  {u"events"_s, u"events in the generated stream"_s, u"N"_s, u"200000"_s},
                  {u"channels"_s, u"distinct channels in the generated stream"_s, u"C"_s, u"1000"_s},
                  {u"runs"_s, u"runs per client"_s, u"R"_s, u"3"_s},
                  {u"stream"_s, u"replay this file of frames (one per line)"_s, u"FILE"_s},
                  {u"node"_s, u"the node-ari-client script (bench/sidebyside-node.js)"_s, u"SCRIPT"_s},
                  {u"api-docs"_s, u"the ARI Swagger documents, for node-ari-client"_s, u"DIR"_s}});
    p.addHelpOption();
    p.process(app);
    if (p.isSet(u"serve"_s))
        return serve(p.value(u"serve"_s), p.value(u"api-docs"_s));

    const int runs = std::max(1, p.value(u"runs"_s).toInt());
    int channels = p.value(u"channels"_s).toInt();
    QTemporaryDir tmp;
    QString streamFile = p.value(u"stream"_s);
    QByteArrayList frames;
    if (streamFile.isEmpty()) {
        frames = Bench::makeEventStream(p.value(u"events"_s).toInt(), channels);
        streamFile = tmp.filePath(u"stream.jsonl"_s);
        QFile out(streamFile);
        if (!out.open(QIODevice::WriteOnly) || out.write(frames.join('\n') + '\n') < 0)
            return 1;
    } else {
        QFile in(streamFile);
        if (!in.open(QIODevice::ReadOnly))
            return 1;
        for (const QByteArray &l : in.readAll().split('\n'))
            if (!l.trimmed().isEmpty())
                frames.append(l);
    }
    // The event types in the stream (node gets one handler each) and the channels it names.
    QStringList types;
    QSet<QString> ids;
    qsizetype bytes = 0;
    for (const QByteArray &f : std::as_const(frames)) {
        const QJsonObject o = QJsonDocument::fromJson(f).object();
        if (!types.contains(o.value(u"type"_s).toString()))
            types.append(o.value(u"type"_s).toString());
        ids.insert(o.value(u"channel"_s).toObject().value(u"id"_s).toString());
        bytes += f.size();
    }
    ids.remove(QString());
    channels = int(ids.size());
    const qsizetype n = frames.size();
    std::printf("stream: %lld events, %d channels, %lld bytes a frame on average, %lld types (%s)\n", qlonglong(n),
                channels, qlonglong(n ? bytes / n : 0), qlonglong(types.size()), qPrintable(types.join(u", "_s)));

    const QString nodeScript = p.value(u"node"_s);
    const QString apiDocs = p.value(u"api-docs"_s);
    const bool withNode = !nodeScript.isEmpty() && !apiDocs.isEmpty();
    const char *names[] = {"1 transport: QWebSocket, frames counted",
                           "2 parse: QWebSocket + QJsonDocument",
                           "3 console: AriConnection + ParsePipeline + Store + models",
                           "4 node-ari-client 2.2.0, one handler per type"};
    Figures fig[4];
    for (int run = 0; run < runs; ++run) {
        for (int c = 0; c < (withNode ? 4 : 3); ++c) {
            Server server;
            if (!server.start(streamFile, c == 3 ? apiDocs : QString())) {
                std::fprintf(stderr, "the server did not start\n");
                return 1;
            }
            double eps = 0;
            switch (c) {
            case 0: eps = bareClient(server.base, n, false); break;
            case 1: eps = bareClient(server.base, n, true); break;
            case 2: eps = consoleClient(server.base, n, channels); break;
            case 3: eps = nodeClient(server.base, n, nodeScript, types); break;
            }
            if (eps <= 0)
                return 1;
            fig[c].runs.append(eps);
            std::printf("  run %d, %s: %.0f events/s\n", run + 1, names[c], eps);
            std::fflush(stdout);
        }
    }
    std::printf("\n");
    for (int c = 0; c < (withNode ? 4 : 3); ++c)
        std::printf("%-58s best %8.0f events/s  (range %.0f - %.0f)\n", names[c], fig[c].best(), fig[c].worst(),
                    fig[c].best());
    if (!withNode)
        std::printf("4 node-ari-client: not run (use bench/sidebyside, which installs it)\n");
    std::printf("ratios (best runs): 3/1 = %.2f, 3/2 = %.2f", fig[2].best() / fig[0].best(),
                fig[2].best() / fig[1].best());
    if (withNode)
        std::printf(", 3/4 = %.1f", fig[2].best() / fig[3].best());
    std::printf("\n");
    return 0;
}
