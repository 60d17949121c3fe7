// The fault matrix: one row per way Asterisk or the network can fail, each
// against the simulator over real sockets, and each checking the same three
// things:
//   1. no crash: the session lives through it and is connected at the end;
//   2. the state recovers to the truth: the Store equals the simulator's
//      channels and bridges field for field (the comparison of tst_resync),
//      after a change made while the fault was on, and follows a change made
//      after it (events flow again);
//   3. the user was told in words: what the console shows (the session's
//      notices, which become toasts; the state text the status bar and the
//      banner show for a connection that stopped; the event log) holds the
//      row's phrase.
//
// Time: the client's timers are shrunk 30 times (SimFixture), so "30 s of
// silence" is one second of wall time against a 400 ms ping timeout (12 s by
// default), the same ratio.

#include "models/ServerSession.h"
#include "tests/support/Await.h"
#include "tests/support/SimFixture.h"
#include "tests/support/StoreTruth.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTest>

using namespace Qt::StringLiterals;
using State = Ari::AriConnection::State;

namespace {

enum class Fault {
    DropMidFrame,
    DropDuringSnapshot,
    RestartDuringSnapshot,
    RestartSameEntityNewStartup,
    Silence30s,
    Frame10MB,
    Frame10MBOverCap,
    DeepNesting,
    InvalidUtf8,
    UnknownType,
    MissingFields,
    WrongTypes,
    NotJson,
    BinaryFrame,
    Http500OnSnapshot,
    BrokenReplyOnSnapshot,
    SlowRepliesPastTimeout,
    Auth401AfterPasswordChange,
    TlsCertificateChangedWhilePinned,
};

QByteArray fingerprintOf(const QString &certFile)
{
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(certFile);
    return certs.isEmpty() ? QByteArray() : certs.first().digest(QCryptographicHash::Sha256).toHex();
}

} // namespace

Q_DECLARE_METATYPE(Fault)

class TestFaultMatrix : public QObject
{
    Q_OBJECT

    // One row's world: the simulator, the session under test, a second client
    // that changes the truth behind the session's back, and what the user was told.
    struct World
    {
        TestSupport::SimFixture fx;
        Ari::ConnectionSettings settings;
        std::unique_ptr<Console::ServerSession> session;
        std::unique_ptr<Ari::AriClient> truth;
        QStringList told;
        QStringList channels; // ids the truth client made, to hang up later
        int serial = 0;
    };

    static QJsonArray simChannels(World &w) { return w.fx.sim->asterisk().channelsJson().toQJson().toArray(); }
    static QJsonArray simBridges(World &w) { return w.fx.sim->asterisk().bridgesJson().toQJson().toArray(); }

    static bool synced(World &w)
    {
        return w.session->connection()->state() == State::Connected
               && w.session->store()->syncState() == Console::SyncState::Synced && !w.session->sync()->isBuffering();
    }

    // The store equals the simulator, field for field, within a few seconds.
    static bool converges(World &w, QString *why)
    {
        TestSupport::StoreTally t;
        const bool ok = QTest::qWaitFor([&] {
            t = TestSupport::compareStore(*w.session->store(), simChannels(w), simBridges(w));
            return t.clean();
        }, 8000);
        if (!ok)
            *why = u"%1 stale, %2 missing, %3 differing: %4"_s.arg(t.stale).arg(t.missing).arg(t.fields).arg(
                t.report.mid(0, 6).join(u"; "_s));
        return ok;
    }

    // A call more and a call less, made by the other client: a change the session must pick up.
    static bool changeTruth(World &w)
    {
        Ari::AriClient *c = w.truth.get();
        const QString endpoint = u"Local/1%1@demo"_s.arg(100 + ++w.serial);
        std::optional<Ari::Result<Ari::Channel>> made;
        // Like an operator, it tries again while the server is down (a restart, a re-listen).
        const bool ok = QTest::qWaitFor([&] {
            made = TestSupport::awaitResult(c->channels().originate({.endpoint = endpoint, .app = u"console"_s}));
            return made && (made->ok() || made->error.kind == Ari::AriError::Kind::Http);
        }, 10000);
        if (!ok || !made->ok()) {
            qWarning().noquote() << "the other client's originate failed:" << (made ? made->error.toString() : u"no answer"_s);
            return false;
        }
        w.channels.append(made->value.id);
        if (w.channels.size() > 3) {
            const QString gone = w.channels.takeFirst();
            const auto hung = TestSupport::awaitResult(c->channels().hangup({.channelId = gone}));
            if (!hung || (!hung->ok() && hung->httpStatus != 404)) {
                qWarning().noquote() << "the other client's hangup failed:" << (hung ? hung->error.toString() : u"no answer"_s);
                return false;
            }
        }
        return true;
    }

    static void setTruthSettings(World &w, const Ari::ConnectionSettings &s)
    {
        Ari::ConnectionSettings t = s;
        t.requestTimeoutMs = 10000;
        w.truth->setSettings(t);
    }

private Q_SLOTS:
    void faultMatrix_data()
    {
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<QString>("phrase"); // what the user must have been told

        QTest::newRow("drop in the middle of a frame") << Fault::DropMidFrame << u"Lost the connection"_s;
        QTest::newRow("drop during the snapshot") << Fault::DropDuringSnapshot << u"Lost the connection"_s;
        QTest::newRow("restart during the snapshot") << Fault::RestartDuringSnapshot << u"Asterisk restarted"_s;
        QTest::newRow("restart, same entity_id, new startup_time")
            << Fault::RestartSameEntityNewStartup << u"Asterisk restarted"_s;
        QTest::newRow("30 s of silence, then data") << Fault::Silence30s << u"has not answered"_s;
        QTest::newRow("10 MB frame") << Fault::Frame10MB << u"ARI_SIM_HUGE"_s;
        QTest::newRow("10 MB frame over a 4 MB cap") << Fault::Frame10MBOverCap << u"over the size cap"_s;
        QTest::newRow("deeply nested JSON") << Fault::DeepNesting << u"unreadable"_s;
        QTest::newRow("invalid UTF-8") << Fault::InvalidUtf8 << u"not valid UTF-8"_s;
        QTest::newRow("unknown event type") << Fault::UnknownType << u"AriSimUnknownEvent"_s;
        QTest::newRow("known type, missing fields") << Fault::MissingFields << u"is missing"_s;
        QTest::newRow("known type, wrong-typed fields") << Fault::WrongTypes << u"has the wrong type"_s;
        QTest::newRow("not JSON") << Fault::NotJson << u"malformed JSON"_s;
        QTest::newRow("binary frame") << Fault::BinaryFrame << u"binary frame"_s;
        QTest::newRow("HTTP 500 on the snapshot") << Fault::Http500OnSnapshot << u"500 Internal Server Error"_s;
        QTest::newRow("half a JSON answer on the snapshot") << Fault::BrokenReplyOnSnapshot
                                                            << u"Could not read the current state"_s;
        QTest::newRow("slow replies past the timeout") << Fault::SlowRepliesPastTimeout << u"no answer within"_s;
        QTest::newRow("401 after a password change") << Fault::Auth401AfterPasswordChange
                                                     << u"Authentication failed"_s;
        QTest::newRow("TLS certificate changed while pinned")
            << Fault::TlsCertificateChangedWhilePinned << u"not the pinned one"_s;
    }

    void faultMatrix()
    {
        QFETCH(Fault, fault);
        QFETCH(QString, phrase);

        World w;
        const QString cert1 = TestSupport::testData(u"sim-cert.pem"_s);
        const QString cert2 = TestSupport::testData(u"sim-cert2.pem"_s);
        const bool tls = fault == Fault::TlsCertificateChangedWhilePinned;
        if (tls)
            QVERIFY(w.fx.sim->setTls(cert1, TestSupport::testData(u"sim-key.pem"_s)));
        w.fx.sim->asterisk().setSystemName(u"lab"_s);
        QVERIFY(w.fx.start());

        w.settings = w.fx.settings();
        w.settings.subscribeAll = true;
        // Only the silence row relies on the ping watchdog; elsewhere a busy machine must not trip it.
        if (fault != Fault::Silence30s)
            w.settings.pingTimeoutMs = 3000;
        if (fault == Fault::Frame10MBOverCap)
            w.settings.maxResponseBytes = 4 * 1024 * 1024;
        if (fault == Fault::SlowRepliesPastTimeout)
            w.settings.requestTimeoutMs = 300;
        if (tls)
            w.settings.tls.pinnedSha256 = QString::fromLatin1(fingerprintOf(cert1));

        w.session = std::make_unique<Console::ServerSession>(u"matrix"_s);
        w.session->setSettings(w.settings);
        w.session->sync()->setSnapshotRetryMs(50);
        Ari::AriConnection *conn = w.session->connection();
        connect(w.session.get(), &Console::ServerSession::notice, this, [&w](const QString &t) { w.told.append(t); });
        connect(conn, &Ari::AriConnection::stateChanged, this, [&w, conn](State s) {
            if (s == State::AuthFailed || s == State::TlsFailed)
                w.told.append(conn->stateText()); // the status bar and the banner say so
        });
        w.truth = std::make_unique<Ari::AriClient>();
        setTruthSettings(w, w.settings);

        // Before: a synced session that matches a few calls and a bridge with a member.
        QSignalSpy syncedSpy(w.session->sync(), &Console::SyncEngine::synced);
        w.session->open();
        QVERIFY(syncedSpy.wait(10000));
        for (int i = 0; i < 3; ++i)
            QVERIFY(changeTruth(w));
        const auto bridge = TestSupport::awaitResult(w.truth->bridges().create({.type = u"mixing"_s}));
        QVERIFY(bridge && bridge->ok());
        const auto added = TestSupport::awaitResult(w.truth->bridges().addChannel({.bridgeId = bridge->value.id, .channel = {w.channels.first()}}));
        QVERIFY(added && added->ok());
        QString why;
        QVERIFY2(converges(w, &why), qPrintable(u"before the fault: "_s + why));
        const Ari::AsteriskInfo infoBefore = conn->asteriskInfo();
        const quint64 malformedBefore = conn->malformedFrames();
        QSignalSpy lost(conn, &Ari::AriConnection::connectionLost);

        // Waits until the session has reconnected and is reading its snapshot.
        auto reconnectedAndReading = [&] {
            return QTest::qWaitFor([&] {
                return conn->state() == State::Connected && w.session->sync()->isBuffering();
            }, 10000);
        };

        bool changed = false; // the truth changed during the fault
        const int snapshotsBefore = w.session->sync()->snapshotsApplied();
        // The faults that cost the connection (or the snapshot) must end in a new snapshot;
        // the bad frames must not.
        bool resyncs = true;
        switch (fault) {
        case Fault::DropMidFrame:
            w.fx.sim->dropMidFrame();
            break;
        case Fault::DropDuringSnapshot:
        case Fault::RestartDuringSnapshot:
            w.fx.sim->setReplyDelay(300); // the snapshot's requests stay in flight for a while
            w.fx.sim->dropAllSockets();
            QVERIFY(reconnectedAndReading());
            if (fault == Fault::DropDuringSnapshot)
                w.fx.sim->dropAllSockets();
            else
                w.fx.sim->restart(/*keepEntityId=*/false, 0);
            w.fx.sim->setReplyDelay(0);
            break;
        case Fault::RestartSameEntityNewStartup:
            w.fx.sim->restart(/*keepEntityId=*/true, /*downMs=*/100);
            break;
        case Fault::Silence30s: {
            w.fx.sim->setSilent(true);
            QVERIFY(changeTruth(w)); // its events go nowhere
            changed = true;
            QElapsedTimer silence;
            silence.start();
            QVERIFY(lost.wait(5000)); // the watchdog noticed
            // 30 s in the client's timescale: keep quiet until the second is up.
            (void)QTest::qWaitFor([&] { return silence.elapsed() >= 1000; }, 2000);
            w.fx.sim->setSilent(false);
            break;
        }
        case Fault::Frame10MB:
        case Fault::Frame10MBOverCap:
            resyncs = fault == Fault::Frame10MBOverCap;
            QVERIFY(w.fx.sim->sendGarbage(AriSim::GarbageKind::Huge) > 0);
            break;
        case Fault::DeepNesting:
            resyncs = false;
            QVERIFY(w.fx.sim->sendGarbage(AriSim::GarbageKind::DeepNesting) > 0);
            break;
        case Fault::InvalidUtf8:
            QVERIFY(w.fx.sim->sendGarbage(AriSim::GarbageKind::InvalidUtf8) > 0);
            break;
        case Fault::UnknownType:
            resyncs = false;
            QVERIFY(w.fx.sim->sendGarbage(AriSim::GarbageKind::UnknownType) > 0);
            break;
        case Fault::MissingFields:
            resyncs = false;
            QVERIFY(w.fx.sim->sendGarbage(AriSim::GarbageKind::MissingFields) > 0);
            break;
        case Fault::WrongTypes:
            resyncs = false;
            QVERIFY(w.fx.sim->sendGarbage(AriSim::GarbageKind::WrongTypes) > 0);
            break;
        case Fault::NotJson:
            resyncs = false;
            QVERIFY(w.fx.sim->sendGarbage(AriSim::GarbageKind::NonJson) > 0);
            break;
        case Fault::BinaryFrame:
            resyncs = false;
            QVERIFY(w.fx.sim->sendGarbage(AriSim::GarbageKind::Binary) > 0);
            break;
        case Fault::Http500OnSnapshot: {
            QVERIFY(changeTruth(w)); // before the rule: the other client's originate is under /channels too
            changed = true;
            AriSim::FailRule rule;
            rule.status = 500;
            rule.count = 2;
            rule.pathPrefix = u"/channels"_s;
            w.fx.sim->addFailRule(rule);
            w.fx.sim->dropAllSockets();
            break;
        }
        case Fault::BrokenReplyOnSnapshot:
            w.fx.sim->setBrokenReplies(1);
            w.session->sync()->resync(); // F5
            // The truth's next change waits: its request must not be the one that gets half an answer.
            QTRY_VERIFY_WITH_TIMEOUT(w.told.join(u'\n').contains(phrase), 5000);
            break;
        case Fault::SlowRepliesPastTimeout: {
            w.fx.sim->setReplyDelay(900); // three times the client's timeout
            w.session->sync()->resync();
            QTRY_VERIFY_WITH_TIMEOUT(w.told.join(u'\n').contains(phrase), 5000);
            w.fx.sim->setReplyDelay(0);
            break;
        }
        case Fault::Auth401AfterPasswordChange: {
            w.fx.sim->setCredentials(u"asterisk"_s, u"changed-on-the-server"_s);
            w.fx.sim->dropAllSockets();
            QTRY_COMPARE_WITH_TIMEOUT(conn->state(), State::AuthFailed, 10000);
            Ari::ConnectionSettings s = w.settings;
            s.password = u"changed-on-the-server"_s;
            setTruthSettings(w, s);
            QVERIFY(changeTruth(w));
            changed = true;
            QCOMPARE(conn->state(), State::AuthFailed); // it stopped: retrying cannot help
            w.session->setSettings(s);                   // the operator types the new password
            w.session->open();
            break;
        }
        case Fault::TlsCertificateChangedWhilePinned: {
            const quint16 port = w.fx.sim->serverPort();
            w.fx.sim->close();
            QVERIFY(w.fx.sim->setTls(cert2, TestSupport::testData(u"sim-key2.pem"_s)));
            QVERIFY(w.fx.sim->listen(QHostAddress::LocalHost, port));
            QTRY_COMPARE_WITH_TIMEOUT(conn->state(), State::TlsFailed, 10000);
            // The operator is shown the new fingerprint, checks it and accepts it.
            const QByteArray seen = Ari::ConnectionSettings::normalizeFingerprint(conn->seenFingerprint());
            QCOMPARE(seen, fingerprintOf(cert2));
            Ari::ConnectionSettings s = w.settings;
            s.tls.pinnedSha256 = conn->seenFingerprint();
            setTruthSettings(w, s);
            QVERIFY(changeTruth(w));
            changed = true;
            QCOMPARE(conn->state(), State::TlsFailed);
            w.session->setSettings(s);
            w.session->open();
            break;
        }
        }
        if (!changed)
            QVERIFY(changeTruth(w)); // while the session recovers

        // 1. No crash, and connected again (after a new snapshot where the fault demands one).
        if (resyncs)
            QTRY_VERIFY_WITH_TIMEOUT(w.session->sync()->snapshotsApplied() > snapshotsBefore, 15000);
        else
            QCOMPARE(w.session->sync()->snapshotsApplied(), snapshotsBefore);
        QTRY_VERIFY_WITH_TIMEOUT(synced(w), 15000);
        // 2. The state is the truth, and it follows what happens next.
        QVERIFY2(converges(w, &why), qPrintable(u"after the fault: "_s + why));
        QVERIFY(changeTruth(w));
        QVERIFY2(converges(w, &why), qPrintable(u"after the next change: "_s + why));
        // 3. The user was told, in words.
        w.session->eventLog()->flush();
        QStringList logged;
        for (int row = 0; row < w.session->eventLog()->rowCount(); ++row) {
            const auto &entry = w.session->eventLog()->entry(row);
            logged.append(entry.typeName + u' ' + Console::EventLogModel::summary(entry));
        }
        const QString words = (w.told + logged).join(u'\n');
        QVERIFY2(words.contains(phrase), qPrintable(u"nothing said \"%1\"; told: %2"_s.arg(phrase, w.told.join(u" | "_s))));

        // What each row must also show.
        switch (fault) {
        case Fault::RestartDuringSnapshot:
        case Fault::RestartSameEntityNewStartup:
            QVERIFY(conn->asteriskInfo().status.startupTime != infoBefore.status.startupTime);
            if (fault == Fault::RestartSameEntityNewStartup)
                QCOMPARE(conn->asteriskInfo().system.entityId, infoBefore.system.entityId);
            break;
        case Fault::Frame10MB:
        case Fault::UnknownType:
            QCOMPARE(conn->malformedFrames(), malformedBefore); // nothing wrong with these
            QCOMPARE(lost.size(), 0);                           // and the connection stayed up
            break;
        case Fault::DeepNesting:
        case Fault::MissingFields:
        case Fault::WrongTypes:
        case Fault::NotJson:
        case Fault::BinaryFrame:
            QCOMPARE(conn->malformedFrames(), malformedBefore + 1);
            QCOMPARE(lost.size(), 0);
            break;
        default:
            QVERIFY(!lost.isEmpty() || fault == Fault::BrokenReplyOnSnapshot || fault == Fault::SlowRepliesPastTimeout);
            break;
        }
        if (fault == Fault::UnknownType)
            QCOMPARE(conn->unknownEvents(), 1u);
        w.session->close();
    }
};

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
