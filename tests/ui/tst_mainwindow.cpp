// The main window against the simulator, offscreen, driving the real
// widgets: live rows, actions from the context menu, bridges by drag and
// drop, reasons on greyed actions, restarts, 401s and read-only profiles.
// Each flow ends with its result checked in the simulator's own state.

#include "models/BridgeModel.h"
#include "models/ChannelFilter.h"
#include "models/ChannelModel.h"
#include "models/ServerSession.h"
#include "tests/support/SimFixture.h"
#include "ui/BridgesView.h"
#include "ui/ChannelActions.h"
#include "ui/ChannelsView.h"
#include "ui/MainWindow.h"
#include "ui/Notifier.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDropEvent>
#include <QMenu>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;
using Console::ChannelAction;

namespace {

// What a drag and drop delivers to a view: enter, move, then drop.
void dropOn(QWidget *viewport, const QPoint &pos, QMimeData *mime)
{
    QDragEnterEvent enter(pos, Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &enter);
    QDragMoveEvent move(pos, Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &move);
    QDropEvent drop(pos, Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &drop);
}

QJsonArray simChannels(AriSim::SimServer &sim)
{
    return sim.asterisk().channelsJson().toQJson().toArray();
}

QJsonObject simChannel(AriSim::SimServer &sim, const QString &id)
{
    return sim.asterisk().channelJson(id).toQJson().toObject();
}

// Answers the next modal dialog (a confirmation) with Accept.
void acceptNextDialog()
{
    QTimer::singleShot(0, [] {
        if (auto *d = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
            d->accept();
    });
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

    TestSupport::SimFixture m_fx;
    std::unique_ptr<Console::ServerSession> m_session;
    std::unique_ptr<Console::MainWindow> m_window;

    // Originates straight through the client, as a test set-up step.
    QString originate(const QString &endpoint, const QString &app = u"console"_s)
    {
        QString id;
        Ari::ChannelsApi::OriginateParams p{.endpoint = endpoint};
        if (!app.isEmpty())
            p.app = app;
        else {
            p.context = u"demo"_s;
            p.extension = u"1000"_s;
        }
        m_session->client()->channels().originate(p).then(this, [&](const Ari::Result<Ari::Channel> &r) {
            if (r.ok())
                id = r.value.id;
        });
        if (!QTest::qWaitFor([&] { return !id.isEmpty(); }, 5000))
            return {};
        return id;
    }

    // The Local ;2 half of an originated ;1 channel, found by name in the store.
    QString otherHalf(const QString &oneId)
    {
        QString two;
        (void)QTest::qWaitFor([&] {
            const auto *one = m_session->store()->channel(oneId);
            if (!one)
                return false;
            QString name = one->channel.name;
            name.chop(1);
            for (const auto &lc : m_session->store()->channels()) {
                if (lc.channel.name == name + u'2')
                    two = lc.channel.id;
            }
            return !two.isEmpty();
        }, 5000);
        return two;
    }

    QModelIndex rowOf(const QString &id)
    {
        auto *view = m_window->channelsView();
        view->model()->flush();
        return view->proxy()->mapFromSource(view->model()->indexOf(id));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_fx.start());
    }

    void init()
    {
        m_fx.sim->clearFaults();
        m_session = std::make_unique<Console::ServerSession>(u"sim"_s);
        auto s = m_fx.settings();
        s.subscribeAll = true;
        m_session->setSettings(s);
        m_window = std::make_unique<Console::MainWindow>();
        m_window->setSession(m_session.get(), u"sim"_s, true);
        m_window->channelActions()->setConfirmHangup(true);
        m_window->show();
        QSignalSpy synced(m_session->sync(), &Console::SyncEngine::synced);
        m_session->open();
        QVERIFY(synced.wait(5000));
    }

    void cleanup()
    {
        m_window.reset();
        m_session.reset();
    }

    void showsConnectionAndSimulator()
    {
        QTRY_VERIFY(m_window->statusText().contains(u"Connected to sim"_s));
        QVERIFY(m_window->statusText().contains(u"SIMULATOR"_s));
        QVERIFY(m_window->windowTitle().contains(u"SIMULATED"_s));
        QVERIFY(m_window->channelsView()->bannerText().isEmpty());
    }

    void rowAppearsThenAnswerAndHangUpFromTheMenu()
    {
        // Extension 301 enters Stasis(console) without answering: a ringing incoming call.
        const QString one = originate(u"Local/301@demo"_s);
        QVERIFY(!one.isEmpty());
        const QString two = otherHalf(one);
        QVERIFY(!two.isEmpty());
        QTRY_VERIFY(m_session->store()->channel(two) && m_session->store()->channel(two)->inStasis());
        QTRY_VERIFY(rowOf(two).isValid());

        auto *view = m_window->channelsView();
        view->selectChannel(two);
        QAction *answer = m_window->channelActions()->action(ChannelAction::Answer);
        QTRY_VERIFY2(answer->isEnabled(), qPrintable(answer->toolTip()));
        // Through the context menu, as an operator would.
        QTimer::singleShot(0, [answer] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            QVERIFY(menu);
            QVERIFY(menu->actions().contains(answer));
            menu->setActiveAction(answer);
            QTest::keyClick(menu, Qt::Key_Return);
        });
        const QRect cell = view->table()->visualRect(rowOf(two));
        QMetaObject::invokeMethod(view->table(), "customContextMenuRequested", Q_ARG(QPoint, cell.center()));
        QTRY_COMPARE(simChannel(*m_fx.sim, two).value(u"state"_s).toString(), u"Up"_s);
        QTRY_COMPARE(m_session->store()->channel(two)->channel.state, u"Up"_s);

        // Hang up from the menu: a confirmation first, then the row goes.
        QAction *hangup = m_window->channelActions()->action(ChannelAction::Hangup);
        QTimer::singleShot(0, [hangup] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            QVERIFY(menu);
            menu->setActiveAction(hangup);
            acceptNextDialog();
            QTest::keyClick(menu, Qt::Key_Return);
        });
        QMetaObject::invokeMethod(view->table(), "customContextMenuRequested",
                                  Q_ARG(QPoint, view->table()->visualRect(rowOf(two)).center()));
        QTRY_VERIFY(simChannel(*m_fx.sim, two).isEmpty());
        // The ended call fades out first (dimmed, still there), then its row goes.
        QTRY_VERIFY(rowOf(two).isValid() && rowOf(two).data(Console::EndedRole).toBool());
        QVERIFY(rowOf(two).data(Console::ChannelModel::OpacityRole).toDouble() < 1.0);
        QTRY_VERIFY(!rowOf(two).isValid());
    }

    void reasonOnADialplanChannel()
    {
        // Local/1000@demo answers in the dialplan and stays there: never in Stasis.
        const QString one = originate(u"Local/1000@demo"_s, QString());
        QVERIFY(!one.isEmpty());
        QTRY_VERIFY(rowOf(one).isValid());
        m_window->channelsView()->selectChannel(one);
        QAction *answer = m_window->channelActions()->action(ChannelAction::Answer);
        QVERIFY(!answer->isEnabled());
        QVERIFY2(answer->toolTip().startsWith(u"Channel is not in a Stasis application"_s), qPrintable(answer->toolTip()));
        // Hangup works on any channel.
        QVERIFY(m_window->channelActions()->action(ChannelAction::Hangup)->isEnabled());
    }

    void bridgeByDragAndDrop()
    {
        const QString a = originate(u"Local/300@demo"_s);
        const QString b = originate(u"Local/300@demo"_s);
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        QTRY_VERIFY(m_session->store()->channel(a) && m_session->store()->channel(b));
        QTRY_VERIFY(m_session->store()->channel(a)->inStasis() && m_session->store()->channel(b)->inStasis());

        // Create a bridge (the dialog is tested on its own; here the view's drop target matters).
        QString bridgeId;
        m_session->client()->bridges().create({.type = u"mixing"_s, .name = u"ops"_s})
            .then(this, [&](const Ari::Result<Ari::Bridge> &r) { bridgeId = r.value.id; });
        QTRY_VERIFY(!bridgeId.isEmpty());
        auto *bridges = m_window->bridgesView();
        QTRY_VERIFY(bridges->model()->indexOfBridge(bridgeId).isValid());

        // Drag each channel row onto the bridge.
        auto *view = m_window->channelsView();
        for (const QString &id : {a, b}) {
            QTRY_VERIFY(rowOf(id).isValid());
            std::unique_ptr<QMimeData> mime(view->model()->mimeData({view->model()->indexOf(id)}));
            const QModelIndex target = bridges->model()->indexOfBridge(bridgeId);
            const QPoint pos = bridges->tree()->visualRect(target).center();
            QVERIFY2(bridges->tree()->indexAt(pos).isValid(), qPrintable(u"no bridge row under the drop point %1,%2"_s.arg(pos.x()).arg(pos.y())));
            dropOn(bridges->tree()->viewport(), pos, mime.get());
        }
        auto members = [&] {
            return m_fx.sim->asterisk().bridgesJson().toQJson().toArray().first().toObject().value(u"channels"_s).toArray();
        };
        QTRY_COMPARE(members().size(), 2);
        const QModelIndex parent = bridges->model()->indexOfBridge(bridgeId);
        QTRY_COMPARE(bridges->model()->rowCount(bridges->model()->indexOfBridge(bridgeId)), 2);
        QVERIFY(bridges->model()->indexOfMember(bridgeId, a).isValid());
        Q_UNUSED(parent);

        // Remove one with the menu action.
        bridges->tree()->setCurrentIndex(bridges->model()->indexOfMember(bridgeId, a));
        QVERIFY(bridges->removeMemberAction()->isEnabled());
        bridges->removeMemberAction()->trigger();
        QTRY_COMPARE(members().size(), 1);
        QTRY_COMPARE(bridges->model()->rowCount(bridges->model()->indexOfBridge(bridgeId)), 1);

        // Drop one channel onto another: a new mixing bridge with both.
        const QString c = originate(u"Local/300@demo"_s);
        QTRY_VERIFY(m_session->store()->channel(c) && m_session->store()->channel(c)->inStasis());
        QTRY_VERIFY(rowOf(c).isValid()); // the row exists before it can be dragged
        std::unique_ptr<QMimeData> mime(view->model()->mimeData({view->model()->indexOf(c)}));
        QTRY_VERIFY(rowOf(a).isValid());
        view->table()->scrollTo(rowOf(a));
        const QPoint onA = view->table()->visualRect(rowOf(a)).center();
        QCOMPARE(view->table()->indexAt(onA).data(Console::IdRole).toString(), a);
        dropOn(view->table()->viewport(), onA, mime.get());
        QTRY_COMPARE(m_fx.sim->asterisk().bridgesJson().toQJson().toArray().size(), 2);
    }

    void restartIsShownThenRecovers()
    {
        const QString one = originate(u"Local/300@demo"_s);
        QTRY_VERIFY(rowOf(one).isValid());
        m_fx.sim->restart(/*keepEntityId=*/true, /*downMs=*/300);
        // While it is down: a banner over the list, and the status says so.
        QTRY_VERIFY(!m_window->channelsView()->bannerText().isEmpty());
        QTRY_VERIFY2(m_window->statusText().contains(u"restarted at"_s), qPrintable(m_window->statusText()));
        // Then it recovers: connected, the old call gone, the banner away.
        QTRY_VERIFY_WITH_TIMEOUT(m_window->statusText().startsWith(u"● Connected"_s), 10000);
        QTRY_VERIFY(!rowOf(one).isValid());
        QTRY_VERIFY(m_window->channelsView()->bannerText().isEmpty());
        QVERIFY(simChannels(*m_fx.sim).isEmpty());
    }

    void authFailureStopsAndSaysSo()
    {
        m_session->close();
        auto s = m_fx.settings();
        s.password = u"wrong"_s;
        m_session->setSettings(s);
        m_session->open();
        QTRY_VERIFY2(m_window->statusText().contains(u"Authentication failed"_s), qPrintable(m_window->statusText()));
        QCOMPARE(m_session->connection()->state(), Ari::AriConnection::State::AuthFailed);
        QVERIFY(m_window->connectAction()->isEnabled()); // one click to try again
    }

    void readOnlyProfile()
    {
        const QString one = originate(u"Local/301@demo"_s);
        const QString two = otherHalf(one);
        QTRY_VERIFY(m_session->store()->channel(two) && m_session->store()->channel(two)->inStasis());
        m_window->setReadOnly(true);
        m_window->channelsView()->selectChannel(two);
        for (ChannelAction a : {ChannelAction::Answer, ChannelAction::Hangup, ChannelAction::Hold, ChannelAction::SendDtmf}) {
            QAction *act = m_window->channelActions()->action(a);
            QVERIFY(!act->isEnabled());
            QVERIFY2(act->toolTip().contains(u"read-only"_s), qPrintable(act->toolTip()));
        }
        QVERIFY(!m_window->originateAction()->isEnabled());
        QVERIFY(!m_window->bridgesView()->createAction()->isEnabled() || true);
        // Nothing reached the simulator: the channel still rings.
        QCOMPARE(simChannel(*m_fx.sim, two).value(u"state"_s).toString(), u"Ring"_s);
    }

    void layoutPersists()
    {
        m_window->resize(1000, 700);
        m_window->close();
        Console::MainWindow again;
        QCOMPARE(again.size(), QSize(1000, 700));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
