// Record a channel from its Record… dialog, stop it from the live recordings
// list, find it in the recordings browser without a refresh, download it (the
// bytes equal the server's file), copy it and delete the copy; each step
// checked in the server's own state (the simulator's, or a real Asterisk's
// through ARI for tst_mediarecording_live) and in the widgets. Also: pause and
// mute on a live recording, a cancelled recording never listed, 404 and 409 in words.

#include "models/RecordingCatalog.h"
#include "tests/ui/MediaTestWindow.h"
#include "ui/ChannelActions.h"
#include "ui/ChannelsView.h"
#include "ui/LiveRecordingsView.h"
#include "ui/MediaController.h"
#include "ui/Notifier.h"
#include "ui/RecordDialog.h"
#include "ui/RecordingsBrowser.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;
using Console::ChannelAction;

namespace {

// Answers the next modal dialog: an input dialog gets `text` first; a message box gets Yes.
void answerNextDialog(const QString &text = {})
{
    QTimer::singleShot(0, [text] {
        QWidget *w = QApplication::activeModalWidget();
        if (auto *input = qobject_cast<QInputDialog *>(w)) {
            input->setTextValue(text);
            input->accept();
        } else if (auto *box = qobject_cast<QMessageBox *>(w)) {
            box->button(QMessageBox::Yes)->click();
        }
    });
}

} // namespace

class TestMediaRecording : public QObject
{
    Q_OBJECT

    TestSupport::MediaTestWindow m_w;
    QString m_channel;
    QStringList m_made; // stored recordings to remove at the end
    QTemporaryDir m_dir;

    Console::RecordingsBrowser *browser() const { return m_w.panels()->recordings(); }
    Console::LiveRecordingsView *live() const { return m_w.panels()->liveRecordings(); }

    bool browserHas(const QString &name)
    {
        browser()->catalog()->flush();
        return browser()->catalog()->rowOf(name) >= 0;
    }
    bool liveHas(const QString &name)
    {
        live()->model()->flush();
        return live()->model()->rowOf(name) >= 0;
    }
    QString uniqueName(const QString &what) const
    {
        return u"ui-%1-%2"_s.arg(what).arg(QDateTime::currentMSecsSinceEpoch());
    }

    // Record… on the selected channel through the dialog; returns the name it was given.
    QString recordFromDialog(const QString &name)
    {
        m_w.window->channelsView()->selectChannel(m_channel);
        QAction *record = m_w.window->channelActions()->action(ChannelAction::Record);
        if (!QTest::qWaitFor([&] { return record->isEnabled(); }, 3000))
            return {};
        record->trigger();
        Console::RecordDialog *dialog = m_w.panels()->controller()->recordDialog();
        if (!dialog)
            return {};
        dialog->nameEdit()->setText(name);
        dialog->formatBox()->setCurrentText(u"wav"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"recordButton"_s), Qt::LeftButton);
        m_made.append(name);
        return name;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        const QString why = m_w.open();
        if (why.startsWith(u"FAIL"))
            QFAIL(qPrintable(why));
        if (!why.isEmpty())
            QSKIP(qPrintable(why));
        m_channel = m_w.stasisCall();
        QVERIFY2(!m_channel.isEmpty(), "no Stasis channel to record");
        live()->setConfirmCancel(false);
    }

    void cleanup()
    {
        if (m_w.session) {
            m_w.hangup(m_channel);
            for (const QString &n : std::as_const(m_made))
                m_w.deleteStored(n);
        }
        m_made.clear();
        m_w.close();
    }

    void recordStopBrowseDownloadCopyDelete()
    {
        // The dialog's defaults: a unique name that sorts by time, the server's formats.
        m_w.window->channelsView()->selectChannel(m_channel);
        QTRY_VERIFY(m_w.window->channelActions()->action(ChannelAction::Record)->isEnabled());
        m_w.window->channelActions()->action(ChannelAction::Record)->trigger();
        Console::RecordDialog *dialog = m_w.panels()->controller()->recordDialog();
        QVERIFY(dialog);
        QVERIFY2(dialog->nameEdit()->text().startsWith(u"call-"_s + QDate::currentDate().toString(u"yyyyMMdd"_s)),
                 qPrintable(dialog->nameEdit()->text()));
        QStringList formats;
        for (int i = 0; i < dialog->formatBox()->count(); ++i)
            formats.append(dialog->formatBox()->itemText(i));
        QVERIFY2(formats.mid(0, 2) == (QStringList{u"wav"_s, u"gsm"_s}), qPrintable(formats.join(u',')));
        QVERIFY(formats.contains(u"ulaw"_s) && formats.contains(u"sln16"_s));
        QCOMPARE(dialog->ifExistsBox()->count(), 3);
        dialog->close();

        const QString name = recordFromDialog(uniqueName(u"rec"_s));
        QVERIFY(!name.isEmpty());
        QTRY_COMPARE(m_w.liveRecordingState(name), u"recording"_s);
        QTRY_VERIFY(liveHas(name));
        QTest::qWait(1200); // record a little more than a second of audio

        // Stop from the live list; it leaves it and appears in the browser with no refresh.
        live()->selectRecording(name);
        QAction *stop = live()->action(u"stop"_s);
        QVERIFY2(stop->isEnabled(), qPrintable(stop->toolTip()));
        stop->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(m_w.hasStored(name), m_w.target.timeoutMs());
        QTRY_VERIFY(!liveHas(name));
        QTRY_VERIFY(browserHas(name));
        QCOMPARE(browser()->catalog()->index(browser()->catalog()->rowOf(name), Console::RecordingCatalog::Format).data().toString(),
                 u"wav"_s);
        QCOMPARE(browser()->catalog()->index(browser()->catalog()->rowOf(name), Console::RecordingCatalog::Size).data().toString(),
                 u"—"_s); // not known until downloaded

        // Download… asks where, then streams there with a progress bar.
        browser()->selectRecording(name);
        QVERIFY(browser()->downloadAction()->isEnabled());
        browser()->downloadAction()->trigger();
        QFileDialog *save = browser()->saveDialog();
        QVERIFY(save);
        const QString path = m_dir.filePath(name + u".wav"_s);
        QSignalSpy finished(browser(), &Console::RecordingsBrowser::downloadFinished);
        save->selectFile(path);
        QMetaObject::invokeMethod(save, "accept");
        QVERIFY(finished.wait(m_w.target.timeoutMs()));
        QCOMPARE(finished.first().at(2).toBool(), true);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("RIFF") && bytes.size() > 44 + 16000);
        if (AriSim::SimServer *sim = m_w.target.sim()) {
            QCOMPARE(bytes, sim->asterisk().storedRecording(name)->bytes);
        } else {
            QBuffer truth;
            truth.open(QIODevice::WriteOnly);
            QVERIFY(TestSupport::awaitCall(m_w.target.truth->recordings().getStoredFile({.recordingName = name}, &truth)).ok());
            QCOMPARE(bytes, truth.data());
        }
        // Now the browser knows its size and duration.
        const int row = browser()->catalog()->rowOf(name);
        QCOMPARE(browser()->catalog()->index(row, Console::RecordingCatalog::Size).data(Console::SortRole).toLongLong(),
                 qint64(bytes.size()));
        QCOMPARE(browser()->catalog()->index(row, Console::RecordingCatalog::Duration).data(Console::SortRole).toLongLong(),
                 qint64(bytes.size() - 44) * 1000 / 16000);
        QVERIFY(!browser()->progressBar()->isVisibleTo(browser())); // the progress row goes when done

        // Copy… to a new name: on the server and in the browser.
        const QString copy = name + u"-copy"_s;
        m_made.append(copy);
        answerNextDialog(copy);
        browser()->copyAction()->trigger();
        QTRY_VERIFY(m_w.hasStored(copy));
        QTRY_VERIFY(browserHas(copy));
        // Copying onto a name that exists: 409, said in words.
        const int before = int(m_w.window->notifier()->history().size());
        browser()->copyTo(name, copy);
        QTRY_VERIFY(m_w.window->notifier()->history().size() > before);
        QVERIFY2(m_w.window->notifier()->history().last().text.contains(u"already exists (409"_s),
                 qPrintable(m_w.window->notifier()->history().last().text));

        // Delete… the copy, confirmed: gone from the server and the browser; the original stays.
        browser()->selectRecording(copy);
        answerNextDialog();
        browser()->deleteAction()->trigger();
        QTRY_VERIFY(!m_w.hasStored(copy));
        QTRY_VERIFY(!browserHas(copy));
        QVERIFY(browserHas(name) && m_w.hasStored(name));
    }

    void pauseMuteAndCancel()
    {
        const QString name = recordFromDialog(uniqueName(u"cancel"_s));
        QTRY_COMPARE(m_w.liveRecordingState(name), u"recording"_s);
        QTRY_VERIFY(liveHas(name));
        live()->selectRecording(name);
        live()->action(u"pause"_s)->trigger();
        QTRY_COMPARE(m_w.liveRecordingState(name), u"paused"_s);
        QTRY_COMPARE(live()->model()->index(live()->model()->rowOf(name), 3).data(Console::StateRole).toString(), u"paused"_s);
        QTRY_VERIFY(live()->action(u"unpause"_s)->isEnabled());
        live()->action(u"unpause"_s)->trigger();
        QTRY_COMPARE(m_w.liveRecordingState(name), u"recording"_s);
        QTRY_VERIFY(live()->action(u"mute"_s)->isEnabled());
        live()->action(u"mute"_s)->trigger();
        QTRY_VERIFY(m_w.panels()->controller()->isMuted(name));
        const QModelIndex state = live()->table()->model()->index(0, 3);
        QTRY_VERIFY2(state.data().toString().contains(u"muted"_s), qPrintable(state.data().toString()));
        // Cancel: Asterisk still says RecordingFinished, but keeps nothing, and the browser never lists it.
        QSignalSpy stored(m_w.session->store(), &Console::Store::changed);
        live()->action(u"cancel"_s)->trigger();
        QTRY_VERIFY(!liveHas(name));
        QTRY_COMPARE(m_w.liveRecordingState(name), QString());
        QVERIFY(!m_w.hasStored(name));
        QTest::qWait(300); // the store's check of the finished recording has had its answer
        QVERIFY(!browserHas(name));
        for (const QList<QVariant> &args : std::as_const(stored))
            QVERIFY(!(args.at(0).value<Console::Entity>() == Console::Entity::StoredRecording && args.at(1).toString() == name));
    }

    void goneRecordingSaysSo()
    {
        // The list still shows a recording another client deleted: downloading it says 404 in words.
        const QString name = recordFromDialog(uniqueName(u"gone"_s));
        QTRY_VERIFY(liveHas(name));
        live()->selectRecording(name);
        live()->action(u"stop"_s)->trigger();
        QTRY_VERIFY(browserHas(name));
        m_w.deleteStored(name);
        QSignalSpy finished(browser(), &Console::RecordingsBrowser::downloadFinished);
        browser()->downloadTo(name, m_dir.filePath(u"gone.wav"_s));
        QVERIFY(finished.wait(m_w.target.timeoutMs()));
        QCOMPARE(finished.first().at(2).toBool(), false);
        QVERIFY(!QFile::exists(m_dir.filePath(u"gone.wav"_s))); // nothing half-written is left
        QVERIFY2(m_w.window->notifier()->history().last().text.contains(u"404"_s),
                 qPrintable(m_w.window->notifier()->history().last().text));
        QTRY_VERIFY(!browserHas(name));
    }
};

QTEST_MAIN(TestMediaRecording)
#include "tst_mediarecording.moc"
