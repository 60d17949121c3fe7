// The REST side of the client against the simulator over real loopback
// sockets: typed results, errors as values, encoding on the wire, timeouts,
// size caps and malformed bodies.

#include "ari/AriClient.h"
#include "tests/support/SimFixture.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Ari::AriError;

namespace {

// Runs a typed call to completion and hands back its result.
template<typename T>
Ari::Result<T> wait(const Ari::Pending<T> &pending)
{
    std::optional<Ari::Result<T>> out;
    QObject ctx;
    pending.then(&ctx, [&](const Ari::Result<T> &r) { out = r; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 10000))
        qFatal("a call never finished");
    return *out;
}

} // namespace

class TestRestClient : public QObject
{
    Q_OBJECT

    TestSupport::SimFixture m_fx;
    Ari::AriClient m_client;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_fx.start()); }

    void init()
    {
        m_fx.sim->clearFaults();
        m_client.setSettings(m_fx.settings());
    }

    void typedResults()
    {
        const auto info = wait(m_client.asterisk().getInfo());
        QVERIFY2(info.ok(), qPrintable(info.error.toString()));
        QCOMPARE(info.httpStatus, 200);
        QCOMPARE(info.value.system.entityId, m_fx.sim->asterisk().entityId());
        QVERIFY(!info.value.status.startupTime.isEmpty());
        QVERIFY(!info.value.build.os.isEmpty());

        const auto only = wait(m_client.asterisk().getInfo({.only = QStringList{u"build"_s, u"status"_s}}));
        QVERIFY(only.ok());
        QVERIFY(only.value.system.entityId.isEmpty());
        QVERIFY(!only.value.status.startupTime.isEmpty());

        const auto ping = wait(m_client.asterisk().ping());
        QVERIFY(ping.ok());
        QCOMPARE(ping.value.ping, u"pong"_s);

        const auto channels = wait(m_client.channels().list());
        QVERIFY(channels.ok());
        QVERIFY(channels.value.isEmpty());

        const auto sounds = wait(m_client.sounds().list());
        QVERIFY(sounds.ok());
        QVERIFY(!sounds.value.isEmpty());
        QVERIFY(!sounds.value.first().formats.isEmpty());
    }

    void idsAreEncodedOnTheWire()
    {
        QSignalSpy served(m_fx.sim.get(), &AriSim::SimServer::requestServed);
        // A real channel name, as an id nothing has: the 404 proves the path arrived in one piece.
        const auto r = wait(m_client.sounds().get({.soundId = u"Local/300@demo-00000000;1"_s}));
        QCOMPARE(r.error.kind, AriError::Kind::Http);
        QCOMPARE(r.httpStatus, 404);
        QVERIFY(!served.isEmpty());
        QCOMPARE(served.last().at(1).toByteArray(), QByteArray("/ari/sounds/Local%2F300%40demo-00000000%3B1"));
        QCOMPARE(r.error.message, u"Sound not found"_s);
        const auto digits = wait(m_client.sounds().get({.soundId = u"digits/1"_s}));
        QCOMPARE(served.last().at(1).toByteArray(), QByteArray("/ari/sounds/digits%2F1"));
        Q_UNUSED(digits);
    }

    void documentedMessages_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("op");
        QTest::addColumn<QString>("documented");
        QTest::newRow("400") << 400 << int(Ari::OperationId::ChannelsOriginate)
                             << u"Invalid parameters for originating a channel."_s;
        QTest::newRow("404") << 404 << int(Ari::OperationId::ChannelsAnswer) << u"Channel not found"_s;
        QTest::newRow("409") << 409 << int(Ari::OperationId::ChannelsAnswer)
                             << u"Channel not in a Stasis application"_s;
        QTest::newRow("412") << 412 << int(Ari::OperationId::ChannelsAnswer) << u"Channel in invalid state"_s;
        QTest::newRow("422") << 422 << int(Ari::OperationId::ApplicationsSubscribe)
                             << u"Event source does not exist."_s;
        // No operation documents 500 or 501: the standard meaning stands in.
        QTest::newRow("500") << 500 << int(Ari::OperationId::ChannelsAnswer) << u"Internal Server Error"_s;
        QTest::newRow("501") << 501 << int(Ari::OperationId::ChannelsAnswer) << u"Not Implemented"_s;
    }

    void documentedMessages()
    {
        QFETCH(int, status);
        QFETCH(int, op);
        QFETCH(QString, documented);
        const QString asteriskSays = u"Asterisk says %1"_s.arg(status);
        m_fx.sim->failNext(status, 1, asteriskSays);
        Ari::RequestArgs args;
        const auto id = Ari::OperationId(op);
        if (id == Ari::OperationId::ChannelsOriginate) {
            args.set("endpoint", u"Local/300@demo"_s);
            args.set("app", u"console"_s);
        } else if (id == Ari::OperationId::ApplicationsSubscribe) {
            args.set("applicationName", u"console"_s);
            args.set("eventSource", QStringList{u"channel:nope"_s});
        } else {
            args.set("channelId", u"c1"_s);
        }
        const auto r = wait(Ari::Pending<void>(m_client.call(id, args), [](const Ari::AriReply *reply) {
            Ari::Result<void> out;
            out.error = reply->error();
            out.httpStatus = reply->httpStatus();
            return out;
        }));
        QCOMPARE(r.error.kind, AriError::Kind::Http);
        QCOMPARE(r.error.httpStatus, status);
        QCOMPARE(r.error.message, asteriskSays);
        QCOMPARE(r.error.documented, documented);
        const QString words = r.error.toString();
        QVERIFY2(words.startsWith(QString::number(status)), qPrintable(words));
        QVERIFY2(words.contains(asteriskSays) && words.contains(documented), qPrintable(words));
    }

    void realAsteriskErrorBody()
    {
        // What the simulator answers itself, as Asterisk would: a 404 with {"message": ...}.
        const auto r = wait(m_client.recordings().getStored({.recordingName = u"nope"_s}));
        QCOMPARE(r.error.kind, AriError::Kind::Http);
        QCOMPARE(r.httpStatus, 404);
        QVERIFY(!r.error.message.isEmpty());
    }

    void malformedBody()
    {
        m_fx.sim->setBrokenReplies(1);
        const auto r = wait(m_client.asterisk().getInfo());
        QCOMPARE(r.error.kind, AriError::Kind::Parse);
        QVERIFY(r.error.toString().contains(u"GET /asterisk/info"_s));
        QVERIFY(wait(m_client.asterisk().getInfo()).ok()); // the next one is fine
    }

    void timeout()
    {
        auto s = m_fx.settings();
        s.requestTimeoutMs = 150;
        m_client.setSettings(s);
        m_fx.sim->setReplyDelay(2000);
        QElapsedTimer t;
        t.start();
        const auto r = wait(m_client.asterisk().ping());
        QCOMPARE(r.error.kind, AriError::Kind::Timeout);
        QVERIFY(r.error.toString().contains(u"timeout"_s));
        QVERIFY(t.elapsed() < 1500);
    }

    void oversizedBody()
    {
        auto s = m_fx.settings();
        s.maxResponseBytes = 64 * 1024;
        m_client.setSettings(s);
        m_fx.sim->setOversizeReplies(200 * 1024, 1);
        const auto r = wait(m_client.channels().list());
        QCOMPARE(r.error.kind, AriError::Kind::TooLarge);
        QVERIFY(wait(m_client.channels().list()).ok());
    }

    void connectionRefused()
    {
        auto s = m_fx.settings();
        QUrl url = s.baseUrl;
        url.setPort(1); // nothing listens there
        s.baseUrl = url;
        m_client.setSettings(s);
        const auto r = wait(m_client.asterisk().ping());
        QCOMPARE(r.error.kind, AriError::Kind::Network);
        QVERIFY(!r.error.toString().isEmpty());
    }

    void missingParameterNeverSent()
    {
        QSignalSpy served(m_fx.sim.get(), &AriSim::SimServer::requestServed);
        const auto r = wait(m_client.channels().answer({}));
        QCOMPARE(r.error.kind, AriError::Kind::InvalidRequest);
        QVERIFY(r.error.toString().contains(u"channelId"_s));
        QVERIFY(served.isEmpty());
    }

    void downloadStreamsBinary()
    {
        QByteArray wav("RIFF\x24\x00\x00\x00WAVEfmt ", 16);
        wav += QByteArray(4000, '\x7f');
        m_fx.sim->asterisk().addStoredRecording(u"greeting"_s, u"wav"_s, wav);
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        auto pending = m_client.recordings().getStoredFile({.recordingName = u"greeting"_s}, &sink);
        QSignalSpy progress(pending.reply(), &Ari::AriReply::progress);
        const auto r = wait(pending);
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(r.value.contentType, u"audio/wav"_s);
        QCOMPARE(r.value.bytes, qint64(wav.size()));
        QCOMPARE(sink.data(), wav);
        QVERIFY(!progress.isEmpty());

        QBuffer none;
        none.open(QIODevice::WriteOnly);
        const auto missing = wait(m_client.recordings().getStoredFile({.recordingName = u"nope"_s}, &none));
        QCOMPARE(missing.httpStatus, 404);
        QVERIFY(none.data().isEmpty()); // an error body never lands in the file
    }

    void abortFinishesOnce()
    {
        m_fx.sim->setReplyDelay(1000);
        auto pending = m_client.asterisk().ping();
        int calls = 0;
        QObject ctx;
        pending.then(&ctx, [&](const Ari::Result<Ari::AsteriskPing> &r) {
            ++calls;
            QCOMPARE(r.error.kind, AriError::Kind::Aborted);
        });
        pending.reply()->abort();
        QTRY_COMPARE(calls, 1);
    }

    void tlsSelfSignedRejectedThenPinned()
    {
        TestSupport::SimFixture tls;
        QString why;
        QVERIFY2(tls.sim->setTls(TestSupport::testData(u"sim-cert.pem"_s), TestSupport::testData(u"sim-key.pem"_s), &why),
                 qPrintable(why));
        QVERIFY(tls.start());
        QCOMPARE(tls.sim->baseUrl().scheme(), u"https"_s);

        Ari::AriClient client;
        auto s = tls.settings();
        client.setSettings(s);
        const auto rejected = wait(client.asterisk().ping());
        QCOMPARE(rejected.error.kind, AriError::Kind::Tls);
        QVERIFY(rejected.error.detail.contains(u"SHA-256"_s));

        QFile pem(TestSupport::testData(u"sim-cert.pem"_s));
        QVERIFY(pem.open(QIODevice::ReadOnly));
        const QSslCertificate cert(&pem, QSsl::Pem);
        s.tls.pinnedSha256 = Ari::ConnectionSettings::formatFingerprint(cert.digest(QCryptographicHash::Sha256));
        client.setSettings(s);
        const auto pinned = wait(client.asterisk().ping());
        QVERIFY2(pinned.ok(), qPrintable(pinned.error.toString()));

        // A different certificate under the same pin is refused.
        QFile pem2(TestSupport::testData(u"sim-cert2.pem"_s));
        QVERIFY(pem2.open(QIODevice::ReadOnly));
        s.tls.pinnedSha256 = Ari::ConnectionSettings::formatFingerprint(
            QSslCertificate(&pem2, QSsl::Pem).digest(QCryptographicHash::Sha256));
        client.setSettings(s);
        QCOMPARE(wait(client.asterisk().ping()).error.kind, AriError::Kind::Tls);

        // Trusting it as an extra CA works too, without a pin.
        s.tls.pinnedSha256.clear();
        s.tls.extraCaFile = TestSupport::testData(u"sim-cert.pem"_s);
        client.setSettings(s);
        const auto viaCa = wait(client.asterisk().ping());
        QVERIFY2(viaCa.ok(), qPrintable(viaCa.error.toString()));
    }
};

QTEST_GUILESS_MAIN(TestRestClient)
#include "tst_restclient.moc"
