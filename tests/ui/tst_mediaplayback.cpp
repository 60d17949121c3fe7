// Play a sound on a channel from the channel table's Play… dialog, pause it and
// stop it from the playbacks list; each step checked in the server's own state
// (the simulator's, or a real Asterisk's through ARI for tst_mediaplayback_live)
// and in the widgets. Also: a media list, the tone and number URIs the dialog
// builds, a recording dropped on a call, and the greyed Play with its reason.

#include "models/ChannelModel.h"
#include "models/ChannelFilter.h"
#include "models/RecordingCatalog.h"
#include "tests/ui/MediaTestWindow.h"
#include "ui/ChannelActions.h"
#include "ui/ChannelsView.h"
#include "ui/MediaController.h"
#include "ui/PlayDialog.h"
#include "ui/PlaybacksView.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>

using namespace Qt::StringLiterals;
using Console::ChannelAction;

class TestMediaPlayback : public QObject
{
    Q_OBJECT

    TestSupport::MediaTestWindow m_w;
    QString m_channel;

    Console::PlaybacksView *playbacks() const { return m_w.panels()->playbacks(); }

    // The one playback the store has on the channel, once it has it.
    QString playbackOn(const QString &channelId)
    {
        QString id;
        (void)QTest::qWaitFor([&] {
            for (const Ari::Playback &p : m_w.session->store()->playbacks()) {
                if (p.targetUri == u"channel:"_s + channelId)
                    id = p.id;
            }
            return !id.isEmpty();
        }, m_w.target.timeoutMs());
        return id;
    }

    // The state column's raw state of the playback's row in the list, or "" when no row.
    QString rowState(const QString &id)
    {
        auto *table = playbacks()->table();
        playbacks()->model()->flush();
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            const QModelIndex i = table->model()->index(r, 0);
            if (i.data(Console::IdRole).toString() == id)
                return i.data(Console::StateRole).toString();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void init()
    {
        const QString why = m_w.open();
        if (why.startsWith(u"FAIL"))
            QFAIL(qPrintable(why));
        if (!why.isEmpty())
            QSKIP(qPrintable(why));
        m_channel = m_w.stasisCall();
        QVERIFY2(!m_channel.isEmpty(), "no Stasis channel to play to");
    }

    void cleanup()
    {
        m_w.hangup(m_channel);
        m_w.close();
    }

    void playPauseStop()
    {
        // Select the call and open Play… from its actions, as the operator would (Ctrl+Shift+P).
        m_w.window->channelsView()->selectChannel(m_channel);
        QAction *play = m_w.window->channelActions()->action(ChannelAction::Play);
        QVERIFY(play);
        QTRY_VERIFY2(play->isEnabled(), qPrintable(play->toolTip()));
        play->trigger();
        Console::PlayDialog *dialog = m_w.panels()->controller()->playDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());

        // Search the sound picker and pick the sound.
        QTest::keyClicks(dialog->soundSearch(), u"congrats"_s);
        QTRY_VERIFY(dialog->soundList()->model()->rowCount() >= 1);
        QCOMPARE(dialog->soundList()->model()->index(0, 0).data(Console::IdRole).toString(), u"demo-congrats"_s);
        dialog->soundList()->setCurrentIndex(dialog->soundList()->model()->index(0, 0));
        QCOMPARE(dialog->media(), QStringList{u"sound:demo-congrats"_s});
        auto *ok = dialog->findChild<QPushButton *>(u"playButton"_s);
        QVERIFY(ok && ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);

        // Playing: on the server, in the store, in the list, and on the call's row.
        const QString id = playbackOn(m_channel);
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE(m_w.playbackState(id), u"playing"_s);
        QTRY_COMPARE(rowState(id), u"playing"_s);
        const QModelIndex row = m_w.window->channelsView()->proxy()->mapFromSource(
            m_w.window->channelsView()->model()->indexOf(m_channel));
        QTRY_VERIFY2(row.data(Console::ChannelModel::MediaRole).toString().contains(u"demo-congrats"_s),
                     qPrintable(row.data(Console::ChannelModel::MediaRole).toString()));

        // Pause from the playbacks list: Asterisk sends no event for it, the list still shows it.
        playbacks()->selectPlayback(id);
        QAction *pause = playbacks()->action(u"pause"_s);
        QVERIFY2(pause->isEnabled(), qPrintable(pause->toolTip()));
        QVERIFY(!playbacks()->action(u"unpause"_s)->isEnabled());
        pause->trigger();
        QTRY_COMPARE(m_w.playbackState(id), u"paused"_s);
        QTRY_COMPARE(rowState(id), u"paused"_s);
        QTRY_VERIFY(playbacks()->action(u"unpause"_s)->isEnabled());
        QVERIFY(!pause->isEnabled());
        QVERIFY2(pause->toolTip().contains(u"paused"_s), qPrintable(pause->toolTip()));

        // Stop: gone from the server and from the list.
        QAction *stop = playbacks()->action(u"stop"_s);
        QVERIFY(stop->isEnabled());
        stop->trigger();
        QTRY_COMPARE(m_w.playbackState(id), QString());
        QTRY_COMPARE(rowState(id), QString());
        QTRY_VERIFY(m_w.window->channelsView()->model()->indexOf(m_channel).data(Console::ChannelModel::MediaRole).toString().isEmpty());
    }

    void mediaListAndUris()
    {
        QCOMPARE(Console::PlayDialog::uriFor(Console::PlayDialog::Kind::Tone, u"ring"_s, u"us"_s), u"tone:ring;tonezone=us"_s);
        QCOMPARE(Console::PlayDialog::uriFor(Console::PlayDialog::Kind::Digits, u"12a"_s), QString());
        QCOMPARE(Console::PlayDialog::uriFor(Console::PlayDialog::Kind::Number, u"1234"_s), u"number:1234"_s);

        m_w.window->channelsView()->selectChannel(m_channel);
        QTRY_VERIFY(m_w.window->channelActions()->action(ChannelAction::Play)->isEnabled());
        m_w.window->channelActions()->action(ChannelAction::Play)->trigger();
        Console::PlayDialog *dialog = m_w.panels()->controller()->playDialog();
        QVERIFY(dialog);
        // Two items, in order, and a chosen playback id.
        QVERIFY(dialog->setPending(Console::PlayDialog::Kind::Digits, u"5678"_s));
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"addMedia"_s), Qt::LeftButton);
        QVERIFY(dialog->setPending(Console::PlayDialog::Kind::Tone, u"ring"_s, u"us"_s));
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"addMedia"_s), Qt::LeftButton);
        QCOMPARE(dialog->media(), (QStringList{u"digits:5678"_s, u"tone:ring;tonezone=us"_s}));
        dialog->findChild<QLineEdit *>(u"playbackId"_s)->setText(u"pb-media-list"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"playButton"_s), Qt::LeftButton);
        QTRY_COMPARE(m_w.playbackState(u"pb-media-list"_s), u"playing"_s);
        if (AriSim::SimServer *sim = m_w.target.sim()) {
            const QJsonObject p = sim->asterisk().playbackJson(u"pb-media-list"_s).toQJson().toObject();
            QCOMPARE(p.value(u"media_uri").toString(), u"digits:5678"_s);
            QCOMPARE(p.value(u"next_media_uri").toString(), u"tone:ring;tonezone=us"_s);
        }
        QTRY_VERIFY(!rowState(u"pb-media-list"_s).isEmpty());
        playbacks()->selectPlayback(u"pb-media-list"_s);
        playbacks()->action(u"stop"_s)->trigger();
        QTRY_COMPARE(m_w.playbackState(u"pb-media-list"_s), QString());
    }

    void recordingDroppedOnACall()
    {
        // A stored recording dragged from the browser onto the call's row plays there.
        if (AriSim::SimServer *sim = m_w.target.sim())
            sim->asterisk().addLabLeftovers(); // snooprec and test1, as the lab has
        else
            QSKIP("needs a stored recording of a known name");
        m_w.window->resyncAction()->trigger();
        QTRY_VERIFY(m_w.session->store()->storedRecordings().contains(u"test1"_s));
        auto *view = m_w.window->channelsView();
        view->model()->flush();
        const QModelIndex row = view->proxy()->mapFromSource(view->model()->indexOf(m_channel));
        QVERIFY(row.isValid());
        auto mime = std::make_unique<QMimeData>();
        mime->setData(QString::fromLatin1(Console::recordingMimeType), "test1");
        const QPoint pos = view->table()->visualRect(row).center();
        QDragEnterEvent enter(pos, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view->table()->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(pos, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view->table()->viewport(), &drop);
        const QString id = playbackOn(m_channel);
        QVERIFY(!id.isEmpty());
        QCOMPARE(m_w.session->store()->playbacks().value(id).mediaUri, u"recording:test1"_s);
    }

    void greyedWithTheReason()
    {
        // A dialplan-only channel: Play is greyed, and says why.
        const auto r = TestSupport::awaitCall(m_w.target.truth->channels().originate(
            {.endpoint = u"Local/1000@demo"_s, .extension = u"1000"_s, .context = u"demo"_s}));
        QVERIFY(r.ok());
        QTRY_VERIFY(m_w.session->store()->channel(r.value.id));
        m_w.window->channelsView()->selectChannel(r.value.id);
        QAction *play = m_w.window->channelActions()->action(ChannelAction::Play);
        QTRY_VERIFY(!play->isEnabled());
        QVERIFY2(play->toolTip().startsWith(u"Channel is not in a Stasis application"_s), qPrintable(play->toolTip()));
        QVERIFY(!m_w.window->channelActions()->action(ChannelAction::Record)->isEnabled());
        m_w.hangup(r.value.id);
    }
};

QTEST_MAIN(TestMediaPlayback)
#include "tst_mediaplayback.moc"
