// The soak: the console's store and models (a ServerSession with its channel,
// bridge and event-log models) against `ari-sim --load` plus call traffic,
// for a given time, reconnecting every few minutes (alternately the console
// closing and reopening, and the simulator dropping every socket).
//
// At each quiet point (load and new calls paused) it checks the store
// against the server's own GET /channels and GET /bridges, field for field
// (tests/support/StoreTruth, the comparison tst_resync uses), and records the
// process's RSS and heap in use. At the end it prints the memory slope in KB
// per minute over the quiet points once warm (after --warmup seconds, and
// once the event log's ring is full). It exits 1 when a state check fails,
// or when --max-slope is given and the slope is above it.
//
//   soak [--seconds 60] [--channels 2000] [--eps 500] [--calls 2]
//        [--reconnect-every 180] [--log-capacity 100000] [--retention 5] [--warmup S] [--max-slope KB]
// CI runs 60 s (.ci/run); by hand: soak --seconds 3600.

#include "models/BridgeModel.h"
#include "models/ChannelModel.h"
#include "models/ServerSession.h"
#include "tests/support/Await.h"
#include "tests/support/StoreTruth.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointF>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>

#include <malloc.h>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

bool waitUntil(const std::function<bool()> &done, qint64 ms)
{
    QElapsedTimer t;
    t.start();
    // The loop sleeps until something happens, as the console's does; the
    // tick bounds each sleep so the time limit is seen. (processEvents() with
    // only a time limit returns at once when nothing is queued: the soak spun
    // a whole core.)
    QTimer tick;
    tick.start(20);
    while (!done()) {
        if (t.elapsed() >= ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return true;
}

void runFor(qint64 ms)
{
    (void)waitUntil([] { return false; }, ms);
}

qint64 rssKb()
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

qint64 heapKb()
{
    malloc_trim(0);
    return qint64(mallinfo2().uordblks / 1024);
}

// Least squares slope of y over x.
double slope(const QList<QPointF> &pts)
{
    if (pts.size() < 2)
        return 0;
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (const QPointF &p : pts) {
        sx += p.x();
        sy += p.y();
        sxx += p.x() * p.x();
        sxy += p.x() * p.y();
    }
    const double n = double(pts.size());
    const double d = n * sxx - sx * sx;
    return d == 0 ? 0 : (n * sxy - sx * sy) / d;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addOptions({{u"seconds"_s, u"how long to run"_s, u"S"_s, u"60"_s},
                  {u"channels"_s, u"channels of the steady load"_s, u"N"_s, u"2000"_s},
                  {u"eps"_s, u"events per second of the steady load"_s, u"N"_s, u"500"_s},
                  {u"calls"_s, u"new calls per second (they ring, answer, bridge, end)"_s, u"R"_s, u"2"_s},
                  {u"reconnect-every"_s, u"seconds between reconnects (and quiet points)"_s, u"S"_s, u"180"_s},
                  {u"log-capacity"_s, u"event log ring size"_s, u"N"_s, u"100000"_s},
                  {u"retention"_s, u"minutes the store keeps ended calls (the timeline's default)"_s, u"M"_s, u"5"_s},
                  {u"warmup"_s, u"seconds before the memory slope counts (default: a quarter of the run)"_s, u"S"_s},
                  {u"max-slope"_s, u"fail when the warm RSS slope is above this many KB/min"_s, u"KB"_s}});
    p.addHelpOption();
    p.process(app);
    const qint64 seconds = p.value(u"seconds"_s).toLongLong();
    const int channels = p.value(u"channels"_s).toInt();
    const int eps = p.value(u"eps"_s).toInt();
    const QString calls = p.value(u"calls"_s);
    const qint64 period = std::max<qint64>(5, p.value(u"reconnect-every"_s).toLongLong());
    const qint64 warmup = p.isSet(u"warmup"_s) ? p.value(u"warmup"_s).toLongLong() : seconds / 4;

    QProcess sim;
    sim.setProgram(QCoreApplication::applicationDirPath() + u"/../sim/ari-sim"_s);
    sim.setArguments({u"--port"_s, u"0"_s, u"--load"_s, u"%1,%2"_s.arg(channels).arg(eps), u"--demo-traffic"_s, calls});
    sim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sim.start();
    if (!sim.waitForStarted(5000) || !sim.waitForReadyRead(30000)) {
        std::fprintf(stderr, "soak: ari-sim did not start\n");
        return 1;
    }
    const auto m = QRegularExpression(u"(https?://\\S+)"_s).match(QString::fromUtf8(sim.readLine()));
    if (!m.hasMatch()) {
        std::fprintf(stderr, "soak: unexpected ari-sim output\n");
        return 1;
    }
    const QUrl base(m.captured(1));

    Ari::ConnectionSettings s;
    s.baseUrl = base;
    s.user = s.password = u"asterisk"_s;
    s.apps = {u"console"_s};
    s.subscribeAll = true;
    Console::ServerSession session(u"soak"_s);
    session.setSettings(s);
    session.eventLog()->setCapacity(p.value(u"log-capacity"_s).toInt());
    session.store()->setEndedRetentionMs(p.value(u"retention"_s).toLongLong() * 60 * 1000);
    Console::ChannelModel channelModel(session.store());
    Console::BridgeModel bridgeModel(session.store());
    int notices = 0;
    QObject::connect(&session, &Console::ServerSession::notice, &app, [&notices](const QString &) { ++notices; });
    Ari::AriClient truth;
    truth.setSettings(s);

    QNetworkAccessManager nam;
    auto control = [&](const QString &pathAndQuery) {
        QNetworkRequest req(QUrl(base.toString() + u"/_sim/"_s + pathAndQuery));
        req.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
        req.setRawHeader("Authorization", "Basic " + QByteArray("asterisk:asterisk").toBase64());
        QNetworkReply *reply = nam.post(req, QByteArray());
        (void)waitUntil([reply] { return reply->isFinished(); }, 10000);
        const bool ok = reply->error() == QNetworkReply::NoError;
        reply->deleteLater();
        return ok;
    };
    auto synced = [&] {
        return session.connection()->state() == Ari::AriConnection::State::Connected
               && session.store()->syncState() == Console::SyncState::Synced;
    };

    QElapsedTimer clock;
    clock.start();
    session.open();
    if (!waitUntil(synced, 30000)) {
        std::fprintf(stderr, "soak: never synced: %s\n", qPrintable(session.connection()->stateText()));
        return 1;
    }
    std::printf("soak: %lld s against ari-sim --load %d,%d --demo-traffic %s; reconnect and check every %lld s\n",
                qlonglong(seconds), channels, eps, qPrintable(calls), qlonglong(period));
    std::printf("%8s %10s %10s %9s %8s %8s  %s\n", "t (s)", "RSS (KB)", "heap (KB)", "channels", "bridges", "log",
                "state check");

    QList<QPointF> rssWarm, heapWarm;
    int checks = 0, failures = 0, reconnects = 0;
    qint64 firstRss = 0, lastRss = 0;
    while (clock.elapsed() < seconds * 1000) {
        runFor(std::min<qint64>(period * 1000, seconds * 1000 - clock.elapsed()));

        // A quiet point: no load events, no new calls; calls in progress go on.
        control(u"load?channels=%1&eps=0"_s.arg(channels));
        control(u"traffic?rate=0"_s);
        TestSupport::StoreTally tally;
        int tries = 0;
        QString notCompared; // why the last try compared nothing
        const bool clean = waitUntil([&] {
            ++tries;
            const auto ch = TestSupport::awaitResult(truth.channels().list());
            const auto br = TestSupport::awaitResult(truth.bridges().list());
            if (!ch || !br || !ch->ok() || !br->ok()) {
                notCompared = u"the truth could not be read: %1"_s.arg(
                    !ch || !br ? u"no answer"_s : (!ch->ok() ? ch->error : br->error).toString());
                return false;
            }
            QJsonArray c, b;
            for (const auto &x : ch->value)
                c.append(x.toJson());
            for (const auto &x : br->value)
                b.append(x.toJson());
            if (!synced()) {
                notCompared = u"the session is not synced: %1, sync state %2"_s.arg(session.connection()->stateText())
                                  .arg(int(session.store()->syncState()));
                return false;
            }
            notCompared.clear();
            tally = TestSupport::compareStore(*session.store(), c, b);
            return tally.clean();
        }, 15000);
        ++checks;
        failures += clean ? 0 : 1;
        session.eventLog()->flush();
        const double t = clock.elapsed() / 1000.0;
        const qint64 rss = rssKb();
        const qint64 heap = heapKb();
        if (!firstRss)
            firstRss = rss;
        lastRss = rss;
        const bool logFull = session.eventLog()->rowCount() >= session.eventLog()->capacity();
        const bool warm = t >= double(warmup) && logFull;
        if (warm) {
            rssWarm.append({t / 60.0, double(rss)});
            heapWarm.append({t / 60.0, double(heap)});
        }
        const QString check = clean ? u"equal (%1 tries)"_s.arg(tries)
                                    : u"DIFFERS: %1 stale, %2 missing, %3 fields: %4"_s.arg(tally.stale)
                                          .arg(tally.missing)
                                          .arg(tally.fields)
                                          .arg(tally.report.mid(0, 3).join(u"; "_s));
        std::printf("%8.0f %10lld %10lld %9lld %8lld %8d  %s%s\n", t, qlonglong(rss), qlonglong(heap),
                    qlonglong(session.store()->channels().size()), qlonglong(session.store()->bridges().size()),
                    session.eventLog()->rowCount(), qPrintable(check), warm ? "" : "  (warming up)");
        if (!clean) {
            if (!notCompared.isEmpty())
                std::printf("           never compared: %s\n", qPrintable(notCompared));
            for (const QString &line : tally.report.mid(0, 20)) {
                std::printf("           %s\n", qPrintable(line));
                // What the store knew of a missing channel: ended when, after which events.
                if (!line.startsWith(u"missing channel "_s))
                    continue;
                const Console::LiveChannel *lc = session.store()->anyChannel(line.mid(16));
                if (!lc) {
                    std::printf("             never seen by the store\n");
                    continue;
                }
                QStringList last;
                for (const auto &h : lc->history.mid(std::max<qsizetype>(0, lc->history.size() - 4)))
                    last.append(u"%1@%2"_s.arg(int(h.type)).arg(Console::formatAriTime(h.atMs)));
                std::printf("             created %s, ended %s, last events %s\n",
                            qPrintable(Console::formatAriTime(lc->createdAtMs)),
                            qPrintable(Console::formatAriTime(lc->endedAtMs)), qPrintable(last.join(u", "_s)));
            }
        }
        std::fflush(stdout);

        // Reconnect: the console's side and the server's side in turn.
        if (clock.elapsed() < seconds * 1000) {
            if (reconnects++ % 2 == 0) {
                session.close();
                session.open();
            } else {
                control(u"drop"_s);
            }
            if (!waitUntil(synced, 30000)) {
                std::printf("soak: did not sync again after reconnect %d: %s\n", reconnects,
                            qPrintable(session.connection()->stateText()));
                ++failures;
            }
            control(u"load?channels=%1&eps=%2"_s.arg(channels).arg(eps));
            control(u"traffic?rate=%1"_s.arg(calls));
        }
    }
    session.close();
    sim.kill();
    sim.waitForFinished(5000);

    std::printf("soak: %d state checks, %d failed; %d reconnects; %d notices; %llu events received\n", checks,
                failures, reconnects, notices, qulonglong(session.connection()->eventsReceived()));
    std::printf("soak: RSS %lld KB -> %lld KB (%+lld KB)\n", qlonglong(firstRss), qlonglong(lastRss),
                qlonglong(lastRss - firstRss));
    int rc = failures ? 1 : 0;
    if (rssWarm.size() >= 2) {
        const double kbPerMin = slope(rssWarm);
        std::printf("soak: memory slope once warm: RSS %+.1f KB/min, heap %+.1f KB/min (%lld quiet points from %.0f s)\n",
                    kbPerMin, slope(heapWarm), qlonglong(rssWarm.size()), rssWarm.first().x() * 60);
        if (p.isSet(u"max-slope"_s) && kbPerMin > p.value(u"max-slope"_s).toDouble()) {
            std::printf("soak: the slope is above --max-slope %s KB/min\n", qPrintable(p.value(u"max-slope"_s)));
            rc = 1;
        }
    } else {
        std::printf("soak: memory slope: too few warm quiet points (%lld) for a slope; run longer\n",
                    qlonglong(rssWarm.size()));
    }
    return rc;
}
