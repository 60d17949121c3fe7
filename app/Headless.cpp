#include "app/Headless.h"

#include "models/CaptureReplayer.h"
#include "models/ServerSession.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// --replay FILE --headless: the capture applied to fresh stores, printed like a live dump.
int runReplay(const CommandLine &options)
{
    QFile file(options.replayFile);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "ari-console: cannot open the capture %s: %s\n", qPrintable(options.replayFile),
                     qPrintable(file.errorString()));
        return 2;
    }
    Console::Capture capture = Console::CaptureReader::read(&file);
    for (const QString &error : std::as_const(capture.errors))
        std::fprintf(stderr, "ari-console: %s: %s\n", qPrintable(options.replayFile), qPrintable(error));
    if (capture.unreadable)
        return 2;
    Console::CaptureReplayer replay(std::move(capture));
    // --dump-after S: the state S seconds after the capture's first snapshot; 0 (or none): its end.
    qint64 until = -1;
    if (options.dumpAfterSeconds > 0) {
        for (const Console::CaptureRecord &r : replay.capture().records) {
            if (r.kind == Console::CaptureRecord::Kind::Snapshot) {
                until = r.atMs + qint64(options.dumpAfterSeconds * 1000);
                break;
            }
        }
    }
    if (until >= 0)
        replay.seekToMs(until);
    else
        replay.runToEnd();
    const QList<Console::ServerSession *> sessions = replay.sessions();
    QJsonObject out;
    if (sessions.size() == 1) {
        out = sessions.first()->store()->toJson();
    } else {
        QJsonArray servers;
        for (Console::ServerSession *s : sessions)
            servers.append(QJsonObject{{u"name"_s, s->name()}, {u"store"_s, s->store()->toJson()}});
        out.insert(u"servers"_s, servers);
    }
    const QByteArray json = QJsonDocument(out).toJson(QJsonDocument::Indented);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    std::fflush(stdout);
    return 0;
}

} // namespace

int runHeadless(const CommandLine &options)
{
    if (!options.replayFile.isEmpty())
        return runReplay(options);
    if (!options.haveUrl) {
        std::fprintf(stderr, "ari-console: --headless needs --url (and --user, --app)\n");
        return 2;
    }
    Console::ServerSession session(options.settings.baseUrl.host());
    session.setSettings(options.settings);
    int exitCode = -1;
    QObject ctx;
    auto fail = [&](const QString &why, int code) {
        if (exitCode >= 0)
            return;
        exitCode = code;
        std::fprintf(stderr, "ari-console: %s\n", qPrintable(why));
        QCoreApplication::exit(code);
    };
    QObject::connect(session.connection(), &Ari::AriConnection::stateChanged, &ctx, [&](Ari::AriConnection::State s) {
        if (s == Ari::AriConnection::State::AuthFailed)
            fail(session.connection()->stateText(), 3);
        else if (s == Ari::AriConnection::State::TlsFailed)
            fail(session.connection()->stateText(), 4);
    });
    QObject::connect(&session, &Console::ServerSession::notice, &ctx,
                     [](const QString &text) { std::fprintf(stderr, "ari-console: %s\n", qPrintable(text)); });
    // After the first sync, apply events for the requested time, then print.
    QObject::connect(session.sync(), &Console::SyncEngine::synced, &ctx, [&] {
        static bool started = false;
        if (started)
            return;
        started = true;
        QTimer::singleShot(int(std::max(0.0, options.dumpAfterSeconds) * 1000), &ctx, [&] {
            const QByteArray json = QJsonDocument(session.store()->toJson()).toJson(QJsonDocument::Indented);
            std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
            std::fflush(stdout);
            exitCode = 0;
            QCoreApplication::exit(0);
        });
    });
    // Give up when nothing syncs within the request timeout plus a margin.
    QTimer::singleShot(options.settings.requestTimeoutMs * 3, &ctx, [&] {
        if (session.store()->syncState() != Console::SyncState::Synced && session.sync()->snapshotsApplied() == 0)
            fail(u"could not sync with Asterisk: "_s + session.connection()->stateText(), 5);
    });
    session.open();
    const int rc = QCoreApplication::exec();
    return exitCode >= 0 ? exitCode : rc;
}
