// The store's media against the simulator: a stopped recording joins the
// stored list without a refresh, a cancelled one never does (both end with
// RecordingFinished "done", trace 06 #32 and #48); reads, copies and deletes
// land in the store. And the media models: AudioClip's decoding and
// durations, RecordingCatalog and SoundFilter under QAbstractItemModelTester.

#include "models/AudioClip.h"
#include "models/RecordingCatalog.h"
#include "models/ServerSession.h"
#include "models/SoundFilter.h"
#include "models/ValueListModels.h"
#include "sim/SimAudio.h"
#include "tests/support/SimFixture.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

template<typename T>
Ari::Result<T> await(const Ari::Pending<T> &pending)
{
    std::optional<Ari::Result<T>> out;
    QObject ctx;
    pending.then(&ctx, [&](const Ari::Result<T> &r) { out = r; });
    (void)QTest::qWaitFor([&] { return out.has_value(); }, 5000);
    return out.value_or(Ari::Result<T>{});
}

} // namespace

class TestMediaStore : public QObject
{
    Q_OBJECT

    TestSupport::SimFixture m_fx;
    std::unique_ptr<Console::ServerSession> m_session;
    QString m_channel;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_fx.start()); }

    void init()
    {
        m_session = std::make_unique<Console::ServerSession>(u"sim"_s);
        m_session->setSettings(m_fx.settings());
        QSignalSpy synced(m_session->sync(), &Console::SyncEngine::synced);
        m_session->open();
        QVERIFY(synced.wait(5000));
        const auto r = await(m_session->client()->channels().originate({.endpoint = u"Local/600@demo"_s, .app = u"console"_s}));
        QVERIFY(r.ok());
        m_channel = r.value.id;
        QTRY_VERIFY(m_session->store()->channel(m_channel) && m_session->store()->channel(m_channel)->inStasis());
    }

    void cleanup()
    {
        (void)await(m_session->client()->channels().hangup({.channelId = m_channel}));
        m_session.reset();
    }

    void stoppedJoinsTheStoredListCancelledNever()
    {
        Console::Store *store = m_session->store();
        const int snapshots = m_session->sync()->snapshotsApplied();
        QVERIFY(await(m_session->client()->channels().record({.channelId = m_channel, .name = u"kept"_s, .format = u"wav"_s})).ok());
        QVERIFY(await(m_session->client()->channels().record({.channelId = m_channel, .name = u"dropped"_s, .format = u"wav"_s})).ok());
        QTRY_VERIFY(store->liveRecordings().contains(u"kept"_s) && store->liveRecordings().contains(u"dropped"_s));
        QSignalSpy changes(store, &Console::Store::changed);
        QVERIFY(await(m_session->client()->recordings().stop({.recordingName = u"kept"_s})).ok());
        QVERIFY(await(m_session->client()->recordings().cancel({.recordingName = u"dropped"_s})).ok());
        QTRY_VERIFY(store->storedRecordings().contains(u"kept"_s));
        QTRY_VERIFY(!store->liveRecordings().contains(u"kept"_s) && !store->liveRecordings().contains(u"dropped"_s));
        // Give the check of "dropped" time to answer (it is asked right after "kept"'s).
        QTRY_VERIFY(m_fx.sim->asterisk().storedRecording(u"kept"_s));
        QTest::qWait(100);
        QVERIFY(!store->storedRecordings().contains(u"dropped"_s));
        for (const QList<QVariant> &c : std::as_const(changes))
            QVERIFY2(!(c.at(0).value<Console::Entity>() == Console::Entity::StoredRecording && c.at(1).toString() == u"dropped"),
                     "a cancelled recording was listed");
        QCOMPARE(store->storedRecordings().value(u"kept"_s).format, u"wav"_s);
        QCOMPARE(m_session->sync()->snapshotsApplied(), snapshots); // no refresh was needed

        // A copy and a delete, told to the store by their answers (no event says so).
        const auto copy = await(m_session->client()->recordings().copyStored({.recordingName = u"kept"_s, .destinationRecordingName = u"kept2"_s}));
        QVERIFY(copy.ok());
        store->applyRead(copy.value);
        QVERIFY(store->storedRecordings().contains(u"kept2"_s));
        store->removeStoredRecording(u"kept2"_s);
        QVERIFY(!store->storedRecordings().contains(u"kept2"_s));
        m_fx.sim->asterisk().removeStoredRecording(u"kept"_s);
        m_fx.sim->asterisk().removeStoredRecording(u"kept2"_s);
    }

    void pausedPlaybackIsReadBack()
    {
        Console::Store *store = m_session->store();
        const auto p = await(m_session->client()->channels().play({.channelId = m_channel, .media = {u"sound:demo-congrats"_s}}));
        QVERIFY(p.ok());
        QTRY_COMPARE(store->playbacks().value(p.value.id).state, u"playing"_s);
        QVERIFY(await(m_session->client()->playbacks().control({.playbackId = p.value.id, .operation = u"pause"_s})).ok());
        const auto read = await(m_session->client()->playbacks().get({.playbackId = p.value.id}));
        store->applyRead(read.value);
        QCOMPARE(store->playbacks().value(p.value.id).state, u"paused"_s);
        QVERIFY(await(m_session->client()->playbacks().stop({.playbackId = p.value.id})).ok());
        QTRY_VERIFY(!store->playbacks().contains(p.value.id));
        // A late read never brings an ended playback back.
        store->applyRead(read.value);
        QVERIFY(!store->playbacks().contains(p.value.id));
    }

    void audioClip()
    {
        const QByteArray wav = AriSim::SimAudio::recordingFile(u"wav"_s, 1500, 1000);
        QString error;
        const Console::AudioClip clip = Console::AudioClip::decode(wav, u"wav"_s, &error);
        QVERIFY2(clip.isValid(), qPrintable(error));
        QCOMPARE(clip.durationMs(), 1500);
        QCOMPARE(Console::AudioClip::durationOf(wav, u"wav"_s), 1500);
        QCOMPARE(clip.sampleRate(), 8000);
        const QList<float> peaks = clip.peaks(30);
        QCOMPARE(peaks.size(), 30);
        QVERIFY(peaks.first() > 0.2f);
        QCOMPARE(peaks.last(), 0.0f);
        QVERIFY(clip.levelAt(500) > 0.1f);
        QCOMPARE(clip.levelAt(1400), 0.0f);
        QCOMPARE(clip.pcm(1000).size(), qsizetype(500 * 8 * 2));
        const Console::AudioClip wide = Console::AudioClip::decode(AriSim::SimAudio::recordingFile(u"wav16"_s, 700, 700), u"wav16"_s);
        QCOMPARE(wide.sampleRate(), 16000);
        QCOMPARE(wide.durationMs(), 700);
        const Console::AudioClip ulaw = Console::AudioClip::decode(AriSim::SimAudio::recordingFile(u"ulaw"_s, 400, 400), u"ulaw"_s);
        QCOMPARE(ulaw.durationMs(), 400);
        QVERIFY(ulaw.peaks(4).first() > 0.2f);
        QCOMPARE(Console::AudioClip::durationOf(AriSim::SimAudio::recordingFile(u"gsm"_s, 2000, 2000), u"gsm"_s), 2000);
        QVERIFY(!Console::AudioClip::decode(AriSim::SimAudio::recordingFile(u"gsm"_s, 200, 200), u"gsm"_s, &error).isValid());
        QVERIFY(error.contains(u"GSM"_s));
        QVERIFY(!Console::AudioClip::decode("RIFF....WAVEjunk", u"wav"_s, &error).isValid());
        QVERIFY2(error.contains(u"fmt"_s), qPrintable(error));
        QVERIFY(!Console::AudioClip::decode("garbage", u"wav"_s, &error).isValid());
    }

    void catalogAndSoundFilter()
    {
        Console::Store *store = m_session->store();
        m_fx.sim->asterisk().addStoredRecording(u"b-rec"_s, u"wav"_s, AriSim::SimAudio::recordingFile(u"wav"_s, 1000, 1000));
        m_fx.sim->asterisk().addStoredRecording(u"a-rec"_s, u"gsm"_s, AriSim::SimAudio::recordingFile(u"gsm"_s, 1000, 1000));
        m_fx.sim->asterisk().addSound(u"hello-world"_s, u"Bonjour"_s, u"fr"_s, u"gsm"_s, 1000);
        m_session->sync()->resync();
        QTRY_VERIFY(store->storedRecordings().contains(u"a-rec"_s) && store->storedRecordings().contains(u"b-rec"_s));

        Console::RecordingCatalog catalog(store);
        QAbstractItemModelTester tester(&catalog, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(catalog.rowCount(), 2);
        const int row = catalog.rowOf(u"b-rec"_s);
        QCOMPARE(catalog.index(row, Console::RecordingCatalog::Size).data().toString(), u"—"_s);
        QSignalSpy changed(&catalog, &QAbstractItemModel::dataChanged);
        catalog.setFile(u"b-rec"_s, {16044, 1000, u"/tmp/b-rec.wav"_s, 1});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(catalog.index(row, Console::RecordingCatalog::Duration).data().toString(), u"00:01"_s);
        QCOMPARE(catalog.index(row, Console::RecordingCatalog::Size).data(Console::SortRole).toLongLong(), 16044);
        std::unique_ptr<QMimeData> mime(catalog.mimeData({catalog.index(row, 0)}));
        QCOMPARE(mime->data(QString::fromLatin1(Console::recordingMimeType)), QByteArray("b-rec"));
        QCOMPARE(mime->text(), u"recording:b-rec"_s);
        catalog.forgetFile(u"b-rec"_s);
        QCOMPARE(catalog.index(row, Console::RecordingCatalog::Size).data().toString(), u"—"_s);
        store->removeStoredRecording(u"a-rec"_s);
        catalog.flush();
        QCOMPARE(catalog.rowCount(), 1);

        Console::SoundModel sounds(store);
        Console::SoundFilter filter;
        filter.setSourceModel(&sounds);
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int all = filter.rowCount();
        QVERIFY(all > 10);
        filter.setLanguage(u"fr"_s);
        QCOMPARE(filter.rowCount(), 1);
        filter.setFormat(u"slin"_s);
        QCOMPARE(filter.rowCount(), 0); // French only in gsm: the pair must match, not each half
        filter.setLanguage({});
        QVERIFY(filter.rowCount() > 0 && filter.rowCount() < all + 1);
        filter.setFormat({});
        filter.setText(u"MONKEYS"_s);
        QCOMPARE(filter.rowCount(), 1);
        filter.setText({});
        filter.setServerIds(QSet<QString>{u"beep"_s, u"tt-monkeys"_s});
        QCOMPARE(filter.rowCount(), 2);
        filter.setServerIds(std::nullopt);
        QCOMPARE(filter.rowCount(), all);
    }
};

QTEST_MAIN(TestMediaStore)
#include "tst_mediastore.moc"
