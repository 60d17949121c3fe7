// The recordings browser's player: Listen downloads a recording to the cache
// and loads it; the duration is the file's (exactly, for a WAV the simulator
// made of a known length), the waveform shows the tone and the silence, the
// seek slider moves the playhead. With no audio output (CI), it loads and says
// so in words; with one, it plays. Against the simulator, and a real Asterisk
// (tst_recordingplayer_live) with a recording made for the test.

#include "models/ChannelModel.h"
#include "models/RecordingCatalog.h"
#include "sim/SimAudio.h"
#include "tests/ui/MediaTestWindow.h"
#include "ui/RecordingPlayer.h"
#include "ui/RecordingsBrowser.h"
#include "ui/WaveformView.h"

#include <QAction>
#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMediaDevices>
#include <QPushButton>
#include <QSettings>
#include <QSlider>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

class TestRecordingPlayer : public QObject
{
    Q_OBJECT

    TestSupport::MediaTestWindow m_w;
    QString m_name;
    qint64 m_expectedMs = 0;
    QByteArray m_expectedBytes;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        const QString why = m_w.open();
        if (why.startsWith(u"FAIL"))
            QFAIL(qPrintable(why));
        if (!why.isEmpty())
            QSKIP(qPrintable(why));
        m_name = u"ui-player-%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
        if (AriSim::SimServer *sim = m_w.target.sim()) {
            // 2.5 s of the test tone, then 1.5 s of silence: 4000 ms exactly.
            m_expectedBytes = AriSim::SimAudio::recordingFile(u"wav"_s, 4000, 2500);
            sim->asterisk().addStoredRecording(m_name, u"wav"_s, m_expectedBytes);
            m_expectedMs = 4000;
            m_w.window->resyncAction()->trigger();
        } else {
            // A real Asterisk: record a call for about two seconds; its file's header says how long.
            const QString call = m_w.stasisCall();
            QVERIFY(!call.isEmpty());
            QVERIFY(TestSupport::awaitCall(m_w.target.truth->channels().record(
                        {.channelId = call, .name = m_name, .format = u"wav"_s, .ifExists = u"overwrite"_s})).ok());
            QTest::qWait(2000);
            QVERIFY(TestSupport::awaitCall(m_w.target.truth->recordings().stop({.recordingName = m_name})).ok());
            m_w.hangup(call);
            QBuffer truth;
            truth.open(QIODevice::WriteOnly);
            QTRY_VERIFY_WITH_TIMEOUT(TestSupport::awaitCall(m_w.target.truth->recordings().getStoredFile({.recordingName = m_name}, &truth)).ok(), 10000);
            m_expectedBytes = truth.data();
            m_expectedMs = Console::AudioClip::durationOf(m_expectedBytes, u"wav"_s);
        }
        QTRY_VERIFY_WITH_TIMEOUT(m_w.session->store()->storedRecordings().contains(m_name), m_w.target.timeoutMs());
    }

    void cleanupTestCase()
    {
        if (m_w.session)
            m_w.deleteStored(m_name);
        m_w.close();
    }

    void listenLoadsTheWavWithItsDuration()
    {
        Console::RecordingsBrowser *browser = m_w.panels()->recordings();
        Console::RecordingPlayer *player = browser->player();
        QVERIFY(!player->isLoaded());
        browser->selectRecording(m_name);
        QVERIFY2(browser->listenAction()->isEnabled(), qPrintable(browser->listenAction()->toolTip()));
        QSignalSpy loaded(player, &Console::RecordingPlayer::loaded);
        browser->listenAction()->trigger();
        QVERIFY(loaded.wait(m_w.target.timeoutMs()));

        // Downloaded to the cache, byte for byte the server's file.
        const QString cached = browser->cachePath(m_name);
        QVERIFY2(cached.startsWith(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)), qPrintable(cached));
        QFile f(cached);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), m_expectedBytes);

        // The duration is the file's, in the player and in the browser's row.
        QVERIFY(player->isLoaded());
        QCOMPARE(player->durationMs(), m_expectedMs);
        QCOMPARE(player->clip().sampleRate(), 8000);
        QVERIFY2(player->timeText().endsWith(Console::ChannelModel::formatDuration(m_expectedMs)), qPrintable(player->timeText()));
        QVERIFY2(player->titleText().contains(m_name), qPrintable(player->titleText()));
        const int row = browser->catalog()->rowOf(m_name);
        QCOMPARE(browser->catalog()->index(row, Console::RecordingCatalog::Duration).data(Console::SortRole).toLongLong(), m_expectedMs);
        QCOMPARE(browser->catalog()->index(row, Console::RecordingCatalog::Duration).data().toString(),
                 Console::ChannelModel::formatDuration(m_expectedMs));

        // The waveform: the tone where there is audio, flat where there is silence.
        const QList<float> peaks = player->waveform()->peaks();
        QVERIFY(peaks.size() > 100);
        QCOMPARE(player->waveform()->durationMs(), m_expectedMs);
        if (m_w.target.sim()) {
            QVERIFY2(peaks.at(peaks.size() / 4) > 0.2f, qPrintable(QString::number(peaks.at(peaks.size() / 4))));
            QCOMPARE(peaks.last(), 0.0f);
        }
        float loudest = 0;
        for (float p : peaks)
            loudest = std::max(loudest, p);
        QVERIFY(loudest > 0.0f);

        // The seek slider moves the playhead.
        player->seekSlider()->setValue(int(m_expectedMs / 2));
        player->seek(m_expectedMs / 2);
        QCOMPARE(player->positionMs(), m_expectedMs / 2);
        QCOMPARE(player->waveform()->position(), m_expectedMs / 2);

        if (!player->hasAudioOutput()) {
            // No audio device: said in words, Play greyed, nothing crashes.
            QVERIFY2(player->statusText().contains(u"No audio output is available"_s), qPrintable(player->statusText()));
            QVERIFY(!player->playButton()->isEnabled());
            player->play();
            QVERIFY(!player->isPlaying());
        } else {
            // A real output (a desktop, or a PulseAudio null sink): it plays and the playhead moves on.
            QSignalSpy playing(player, &Console::RecordingPlayer::playingChanged);
            QTest::mouseClick(player->playButton(), Qt::LeftButton);
            QVERIFY(player->isPlaying());
            QTRY_VERIFY_WITH_TIMEOUT(player->positionMs() > m_expectedMs / 2 + 200, 5000);
            player->pause();
            QVERIFY(!player->isPlaying());
        }

        // Listening again uses the cached copy (no second download).
        QSignalSpy downloads(browser, &Console::RecordingsBrowser::downloadFinished);
        browser->listenAction()->trigger();
        QVERIFY(player->isLoaded());
        QCOMPARE(downloads.size(), 0);
    }

    void gsmIsNotPlayedButItsDurationIsKnown()
    {
        AriSim::SimServer *sim = m_w.target.sim();
        if (!sim)
            QSKIP("the simulator makes the GSM file");
        sim->asterisk().addStoredRecording(u"ui-player-gsm"_s, u"gsm"_s, AriSim::SimAudio::recordingFile(u"gsm"_s, 2000, 2000));
        m_w.window->resyncAction()->trigger();
        Console::RecordingsBrowser *browser = m_w.panels()->recordings();
        QTRY_VERIFY(m_w.session->store()->storedRecordings().contains(u"ui-player-gsm"_s));
        QSignalSpy done(browser, &Console::RecordingsBrowser::downloadFinished);
        browser->listen(u"ui-player-gsm"_s);
        QVERIFY(done.wait(5000));
        QVERIFY(!browser->player()->isLoaded());
        QVERIFY2(browser->player()->statusText().contains(u"GSM"_s), qPrintable(browser->player()->statusText()));
        QVERIFY2(browser->player()->titleText().contains(u"00:02"_s), qPrintable(browser->player()->titleText()));
        QCOMPARE(browser->catalog()->index(browser->catalog()->rowOf(u"ui-player-gsm"_s), Console::RecordingCatalog::Duration)
                     .data(Console::SortRole).toLongLong(),
                 2000);
    }
};

QTEST_MAIN(TestRecordingPlayer)
#include "tst_recordingplayer.moc"
