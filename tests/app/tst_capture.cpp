// Capture and replay: a session against the simulator with a call centre's
// traffic and a socket drop is captured; `ari-console --replay FILE
// --headless --dump-after 0` prints the same store as the live session's at
// the end of the capture, field for field. The capture holds neither the
// password nor its Basic form. Plain and gzipped files.

#include "models/CaptureReader.h"
#include "models/CaptureReplayer.h"
#include "models/CaptureWriter.h"
#include "models/ServerSession.h"
#include "tests/support/SimFixture.h"
#include "tests/support/TestSupport.h"

#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString password = u"Capture-S3cret-pw!"_s;
}

class TestCapture : public QObject
{
    Q_OBJECT

    TestSupport::SimFixture m_fx;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_fx.sim->setCredentials(u"asterisk"_s, password);
        QVERIFY(m_fx.start());
        m_fx.sim->asterisk().startDemoTraffic(6.0, 11, u"console"_s);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("plain") << u"session.jsonl"_s;
        QTest::newRow("gzip") << u"session.jsonl.gz"_s;
    }

    void roundTrip()
    {
        QFETCH(QString, name);
        const QString path = m_dir.filePath(name);
        Ari::ConnectionSettings settings = m_fx.settings();
        settings.password = password;
        settings.subscribeAll = true;
        Console::ServerSession session(u"lab"_s);
        session.setSettings(settings);
        Console::CaptureWriter writer;
        QString error;
        QVERIFY2(writer.open(path, &error), qPrintable(error));
        writer.addSession(&session);
        QSignalSpy synced(session.sync(), &Console::SyncEngine::synced);
        session.open();
        QVERIFY(synced.wait(5000));
        // Traffic for a while, a drop, and traffic again.
        const quint64 before = session.store()->eventsApplied();
        QTRY_VERIFY_WITH_TIMEOUT(session.store()->eventsApplied() >= before + 150, 20000);
        m_fx.sim->dropAllSockets();
        QVERIFY(synced.wait(5000));
        const quint64 after = session.store()->eventsApplied();
        QTRY_VERIFY_WITH_TIMEOUT(session.store()->eventsApplied() >= after + 150, 20000);
        QVERIFY(!session.store()->channels().isEmpty());

        // The end of the capture: the live store, then the file closed, with nothing in between.
        const QJsonObject live = session.store()->toJson();
        writer.close();
        session.close();
        QVERIFY(writer.recordsWritten() > 300);

        // What the file holds: one server, two snapshots, the drop, every event; no line unreadable.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QCOMPARE(Console::CaptureReader::isGzip(bytes), name.endsWith(u".gz"_s));
        const Console::Capture capture = Console::CaptureReader::read(bytes);
        QVERIFY2(capture.errors.isEmpty(), qPrintable(capture.errors.join(u"; "_s)));
        QCOMPARE(capture.servers.size(), 1);
        QCOMPARE(capture.servers.first().name, u"lab"_s);
        QCOMPARE(capture.servers.first().apps, QStringList{u"console"_s});
        QVERIFY(capture.servers.first().subscribeAll);
        int snapshots = 0, events = 0, lost = 0, reads = 0;
        for (const Console::CaptureRecord &r : capture.records) {
            snapshots += r.kind == Console::CaptureRecord::Kind::Snapshot;
            events += r.kind == Console::CaptureRecord::Kind::Event;
            lost += r.kind == Console::CaptureRecord::Kind::Lost;
            // The reads the sync engine makes besides the snapshots (a bridge whose technology
            // changed with no event...) are received too: the replay applies them where they came.
            reads += r.kind == Console::CaptureRecord::Kind::BridgeRead || r.kind == Console::CaptureRecord::Kind::BridgeGone
                     || r.kind == Console::CaptureRecord::Kind::RecordingRead
                     || r.kind == Console::CaptureRecord::Kind::RecordingGone
                     || r.kind == Console::CaptureRecord::Kind::ChannelGone;
        }
        QCOMPARE(snapshots, 2);
        QCOMPARE(lost, 1);
        QVERIFY(events >= 300);

        // No credentials: not the password, nor the Basic header's base64 of user:password.
        QString why;
        const QByteArray text = Console::CaptureReader::isGzip(bytes) ? Console::CaptureReader::gunzip(bytes, 1 << 30, &why) : bytes;
        QVERIFY(why.isEmpty());
        QVERIFY(!text.contains(password.toUtf8()));
        QVERIFY(!text.contains(QByteArray("asterisk:" + password.toUtf8()).toBase64()));
        QVERIFY(!text.contains(password.toUtf8().toBase64()));
        QVERIFY(!text.contains("Authorization"));

        // Replayed headless, by the program itself: the same store, field for field.
        QProcess p;
        p.start(QStringLiteral(ARI_CONSOLE_BINARY), {u"--replay"_s, path, u"--headless"_s, u"--dump-after"_s, u"0"_s});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(p.readAllStandardError().isEmpty(), "the replay reported problems");
        const QJsonDocument replayed = QJsonDocument::fromJson(p.readAllStandardOutput());
        QVERIFY(replayed.isObject());
        TestSupport::Diff diff;
        TestSupport::diffJson(live, replayed.object(), u"store"_s, diff);
        QVERIFY2(diff.lost == 0 && diff.added == 0, qPrintable(diff.report.join(u"\n"_s)));
        QCOMPARE(replayed.object(), live);
        std::printf("capture %s: %lld records, %lld bytes, %d events, %d reads, %d channels and %d bridges at the end\n",
                    qPrintable(name), qlonglong(writer.recordsWritten()), qlonglong(bytes.size()), events, reads,
                    int(live.value(u"channels"_s).toArray().size()), int(live.value(u"bridges"_s).toArray().size()));
    }

    void replayStepsAndSeeks()
    {
        // In process: stepping one event at a time, then back to the start and to the end.
        const QString path = m_dir.filePath(u"session.jsonl"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        Console::CaptureReplayer replay(Console::CaptureReader::read(&f));
        QVERIFY(replay.count() > 300);
        QSignalSpy replaced(&replay, &Console::CaptureReplayer::sessionsReplaced);
        replay.step();
        const int first = replay.position();
        QCOMPARE(replay.capture().records.at(first - 1).kind, Console::CaptureRecord::Kind::Event);
        replay.step();
        QVERIFY(replay.position() > first);
        QCOMPARE(replay.capture().records.at(replay.position() - 1).kind, Console::CaptureRecord::Kind::Event);
        replay.runToEnd();
        const QJsonObject end = replay.sessions().first()->store()->toJson();
        replay.seek(0);
        QCOMPARE(replaced.size(), 1);
        QVERIFY(replay.sessions().first()->store()->channels().isEmpty());
        replay.seekToMs(replay.endMs());
        QCOMPARE(replay.sessions().first()->store()->toJson(), end);
        // Played at the fastest speed, it ends where a seek ends.
        replay.seek(0);
        QSignalSpy finished(&replay, &Console::CaptureReplayer::finished);
        replay.setSpeed(0);
        replay.play();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QVERIFY(!replay.isPlaying());
        QCOMPARE(replay.sessions().first()->store()->toJson(), end);
    }

    void badFilesSayWhy()
    {
        const Console::Capture none = Console::CaptureReader::read(QByteArray("hello\n"));
        QVERIFY(none.unreadable);
        QVERIFY(none.errors.first().contains(u"not an ARI console capture"_s));
        const Console::Capture cut = Console::CaptureReader::read(QByteArray("\x1f\x8b\x08\x00", 4));
        QVERIFY(cut.unreadable);
        QVERIFY(cut.errors.join(u' ').contains(u"ends early"_s));
        const QByteArray mixed = "{\"k\":\"capture\",\"format\":\"ari-console-capture\",\"version\":1,\"started\":1}\n"
                                 "{\"k\":\"server\",\"server\":0,\"name\":\"a\",\"url\":\"\",\"apps\":[],\"subscribe_all\":false}\n"
                                 "{\"k\":\"event\",\"at\":5,\"server\":0}\n"
                                 "{\"k\":\"event\",\"at\":6,\"server\":3,\"raw\":\"{}\"}\n"
                                 "not json\n"
                                 "{\"k\":\"event\",\"at\":7,\"server\":0,\"raw\":\"{\\\"type\\\":\\\"Dial\\\"}\"}\n";
        const Console::Capture c = Console::CaptureReader::read(mixed);
        QVERIFY(!c.unreadable);
        QCOMPARE(c.records.size(), 1);
        QCOMPARE(c.errors.size(), 3);
        QVERIFY(c.errors.at(0).startsWith(u"line 3:"_s));
        QVERIFY(c.errors.at(1).contains(u"unknown server 3"_s));
        QVERIFY(c.errors.at(2).contains(u"not JSON"_s));

        QProcess p;
        p.start(QStringLiteral(ARI_CONSOLE_BINARY), {u"--replay"_s, m_dir.filePath(u"absent.jsonl"_s), u"--headless"_s});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("cannot open the capture"));
    }
};

QTEST_GUILESS_MAIN(TestCapture)
#include "tst_capture.moc"
