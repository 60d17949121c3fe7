// The UI thread's event-loop lag while the console shows a loaded Asterisk:
// ari-sim --load CHANNELS,EPS runs as its own process, the real main window
// shows it (offscreen), and a 5 ms timer on the UI thread records how late it
// fires. Prints percentiles; the figure to watch is p99 < 16 ms.
//   bench_uilag [seconds=30] [channels=5000] [eps=1000]

#include "models/ServerSession.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>
#include <cstdio>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    const int seconds = argc > 1 ? std::atoi(argv[1]) : 30;
    const int channels = argc > 2 ? std::atoi(argv[2]) : 5000;
    const int eps = argc > 3 ? std::atoi(argv[3]) : 1000;

    QProcess sim;
    sim.setProgram(QCoreApplication::applicationDirPath() + QStringLiteral("/../sim/ari-sim"));
    sim.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--load"),
                      QStringLiteral("%1,%2").arg(channels).arg(eps)});
    sim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sim.start();
    if (!sim.waitForStarted(5000) || !sim.waitForReadyRead(10000)) {
        std::fprintf(stderr, "ari-sim did not start\n");
        return 1;
    }
    const QString banner = QString::fromUtf8(sim.readLine());
    const auto m = QRegularExpression(QStringLiteral("(https?://\\S+)")).match(banner);
    if (!m.hasMatch()) {
        std::fprintf(stderr, "unexpected ari-sim output: %s\n", qPrintable(banner));
        return 1;
    }

    Console::ServerSession session(QStringLiteral("load"));
    Ari::ConnectionSettings s;
    s.baseUrl = QUrl(m.captured(1));
    s.user = s.password = QStringLiteral("asterisk");
    s.apps = {QStringLiteral("console")};
    s.subscribeAll = true;
    session.setSettings(s);
    Console::MainWindow window;
    window.setSession(&session, QStringLiteral("load"));
    window.resize(1400, 900);
    window.show();
    session.open();

    std::vector<double> lags;
    QElapsedTimer clock;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(5);
    qint64 expected = 0;
    bool measuring = false;
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (measuring)
            lags.push_back(std::max<qint64>(0, now - expected) / 1e6);
        expected = now + 5'000'000;
    });
    quint64 eventsAtStart = 0;
    // Warm up until synced and the stream is flowing, then measure.
    QObject::connect(session.sync(), &Console::SyncEngine::synced, [&] {
        QTimer::singleShot(3000, [&] {
            clock.start();
            expected = 5'000'000;
            measuring = true;
            eventsAtStart = session.connection()->eventsReceived();
            probe.start();
            QTimer::singleShot(seconds * 1000, [&] { QCoreApplication::quit(); });
        });
    });
    QTimer::singleShot((seconds + 60) * 1000, [&] {
        std::fprintf(stderr, "gave up: never synced (%s)\n", qPrintable(session.connection()->stateText()));
        QCoreApplication::exit(1);
    });
    const int rc = app.exec();
    sim.kill();
    sim.waitForFinished();
    if (rc != 0 || lags.empty())
        return rc ? rc : 1;
    std::sort(lags.begin(), lags.end());
    auto pct = [&](double p) { return lags[std::min(lags.size() - 1, size_t(p * double(lags.size())))]; };
    const double got = double(session.connection()->eventsReceived() - eventsAtStart) / seconds;
    std::printf("UI event-loop lag over %d s with %lld channels, %.0f events/s received: p50 %.2f ms, p99 %.2f ms, "
                "max %.2f ms (%zu samples)\n",
                seconds, qlonglong(session.store()->channels().size()), got, pct(0.5), pct(0.99), lags.back(), lags.size());
    return 0;
}
