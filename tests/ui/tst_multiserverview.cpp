// Several servers in one window, through the real widgets: three simulators,
// each with calls and a bridge of its own, in one MainWindow. The channels
// table, the bridges tree and the event log show all three servers with a
// Server column; their "All servers / <server>" choice narrows each to one
// server; a row picked works on its server: a hangup, a bridge member's
// removal and a variable read reach that row's simulator and no other.

#include "models/BridgeModel.h"
#include "models/ChannelFilter.h"
#include "models/ChannelModel.h"
#include "models/ServerSession.h"
#include "models/ServerSet.h"
#include "tests/support/SimFixture.h"
#include "ui/BridgesView.h"
#include "ui/ChannelActions.h"
#include "ui/ChannelsView.h"
#include "ui/EventLogView.h"
#include "ui/MainWindow.h"
#include "ui/Notifier.h"
#include "ui/ServerScope.h"
#include "ui/VariableInspector.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAction>
#include <QDropEvent>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using Console::ChannelAction;

namespace {

const QString s_names[3] = {u"north"_s, u"south"_s, u"west"_s};

// What an operator's pick in a scope combo does: the item becomes current and activated.
void pick(Console::ServerScope *scope, const QString &server)
{
    const int i = server.isEmpty() ? 0 : scope->findData(server);
    QVERIFY2(i >= 0, qPrintable(server));
    scope->setCurrentIndex(i);
    Q_EMIT scope->activated(i);
}

// The requests a simulator served that change or read a call, method and path.
struct Requests
{
    explicit Requests(AriSim::SimServer *sim)
    {
        QObject::connect(sim, &AriSim::SimServer::requestServed, &context,
                         [this](const QByteArray &method, const QByteArray &path, int) {
                             if (path.startsWith("/ari/channels") || path.startsWith("/ari/bridges"))
                                 seen.append(QString::fromLatin1(method + ' ' + path));
                         });
    }
    QStringList matching(const QString &prefix) const
    {
        QStringList out;
        for (const QString &s : seen) {
            if (s.startsWith(prefix))
                out.append(s);
        }
        return out;
    }
    QObject context;
    QStringList seen;
};

// A drag over a view's item and the drop there: whether the view took the move (the
// cursor says "drop here") and whether it took the drop.
struct DragResult
{
    bool moveAccepted = false;
    bool dropAccepted = false;
};
DragResult dragAndDrop(QAbstractItemView *view, const QModelIndex &onto, QMimeData *mime)
{
    view->scrollTo(onto);
    QWidget *viewport = view->viewport();
    const QPoint pos = view->visualRect(onto).center();
    const auto actions = Qt::CopyAction | Qt::MoveAction;
    QDragEnterEvent enter(pos, actions, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &enter);
    QDragMoveEvent move(pos, actions, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &move);
    QDropEvent drop(pos, actions, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &drop);
    return {move.isAccepted(), drop.isAccepted()};
}

} // namespace

class TestMultiServerView : public QObject
{
    Q_OBJECT

    TestSupport::SimFixture m_fx[3];
    std::unique_ptr<Console::ServerSession> m_sessions[3];
    std::unique_ptr<Console::MainWindow> m_window;
    QString m_bridges[3];     //!< each simulator's bridge
    QString m_members[3];     //!< a member of it
    QString m_ringing[3];     //!< a Stasis call outside any bridge

    // Originates on one server straight through its client (a set-up step); the ;2 half is in Stasis.
    QString originate(int server, const QString &endpoint)
    {
        QString id;
        m_sessions[server]->client()->channels().originate({.endpoint = endpoint, .app = u"console"_s})
            .then(this, [&](const Ari::Result<Ari::Channel> &r) {
                if (r.ok())
                    id = r.value.id;
            });
        if (!QTest::qWaitFor([&] { return !id.isEmpty(); }, 5000))
            return {};
        return id;
    }

    int storeChannels() const
    {
        int n = 0;
        for (const auto &s : m_sessions)
            n += int(s->store()->channels().size());
        return n;
    }

    int simChannels(int server) const
    {
        return int(m_fx[server].sim->asterisk().channelsJson().toQJson().toArray().size());
    }

    Console::EventLogView *eventLog() const { return m_window->findChild<Console::EventLogView *>(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_window = std::make_unique<Console::MainWindow>();
        m_window->channelActions()->setConfirmHangup(false);
        for (int i = 0; i < 3; ++i) {
            m_fx[i].sim->asterisk().setSystemName(s_names[i]);
            QVERIFY(m_fx[i].start());
            m_sessions[i] = std::make_unique<Console::ServerSession>(s_names[i]);
            Ari::ConnectionSettings s = m_fx[i].settings();
            s.subscribeAll = true;
            m_sessions[i]->setSettings(s);
            if (i == 0)
                m_window->setSession(m_sessions[i].get(), s_names[i], true);
            else
                m_window->addSession(m_sessions[i].get(), s_names[i], true);
            QSignalSpy synced(m_sessions[i]->sync(), &Console::SyncEngine::synced);
            m_sessions[i]->open();
            QVERIFY(synced.wait(5000));
        }
        m_window->show();
        QCOMPARE(m_window->session(), m_sessions[0].get());
        // On each server: a bridge with a member, and a call in Stasis outside it.
        for (int i = 0; i < 3; ++i) {
            const QString a = originate(i, u"Local/300@demo"_s);
            const QString b = originate(i, u"Local/300@demo"_s);
            QVERIFY(!a.isEmpty() && !b.isEmpty());
            QVERIFY2(a.startsWith(s_names[i] + u'-'), qPrintable(a));
            m_sessions[i]->client()->bridges().create({.type = u"mixing"_s, .name = u"ops-"_s + s_names[i]})
                .then(this, [this, i](const Ari::Result<Ari::Bridge> &r) { m_bridges[i] = r.value.id; });
            QTRY_VERIFY(!m_bridges[i].isEmpty());
            QTRY_VERIFY(m_sessions[i]->store()->channel(a) && m_sessions[i]->store()->channel(a)->inStasis());
            bool added = false;
            m_sessions[i]->client()->bridges().addChannel({.bridgeId = m_bridges[i], .channel = {a}})
                .then(this, [&added](const Ari::Result<void> &r) { added = r.ok(); });
            QTRY_VERIFY(added);
            QTRY_VERIFY(m_sessions[i]->store()->channel(a) && m_sessions[i]->store()->channel(a)->bridgeId == m_bridges[i]);
            m_members[i] = a;
            m_ringing[i] = b;
        }
    }

    void cleanupTestCase()
    {
        m_window.reset();
        for (auto &s : m_sessions)
            s.reset();
    }

    void everyServerWithAServerColumn()
    {
        // The second server switched every view to all servers; the choice lists each one.
        auto *channels = m_window->channelsView();
        for (Console::ServerScope *scope : {channels->serverScope(), m_window->bridgesView()->serverScope(),
                                            eventLog()->serverScope()}) {
            QVERIFY(!scope->isHidden()); // shown wherever its view is (a dock may be tabbed behind another)
            QVERIFY(scope->showsAll());
            QCOMPARE(scope->count(), 4);
            for (int i = 0; i < 3; ++i)
                QCOMPARE(scope->itemData(i + 1).toString(), s_names[i]);
        }

        // Channels: every server's rows, each with its server in the Server column, shown first.
        Console::AllChannelsModel *all = channels->allServersModel();
        QVERIFY(all);
        QAbstractItemModelTester tester(all, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(channels->proxy()->sourceModel(), all);
        QCOMPARE(channels->table()->horizontalHeader()->visualIndex(all->serverColumn()), 0);
        QCOMPARE(all->headerData(all->serverColumn(), Qt::Horizontal).toString(), u"Server"_s);
        QTRY_COMPARE((all->flush(), channels->proxy()->rowCount()), storeChannels());
        QSet<QString> servers;
        for (int row = 0; row < channels->proxy()->rowCount(); ++row) {
            const QModelIndex first = channels->proxy()->index(row, 0);
            const QString server = channels->proxy()->index(row, all->serverColumn()).data().toString();
            QCOMPARE(first.data(Console::ServerRole).toString(), server);
            QVERIFY2(first.data(Console::IdRole).toString().startsWith(server + u'-'), qPrintable(server));
            servers.insert(server);
        }
        QCOMPARE(servers.size(), 3);
        // The quick filter works across servers.
        channels->filterEdit()->setText(m_ringing[1]);
        QTRY_COMPARE(channels->proxy()->rowCount(), 1);
        QCOMPARE(channels->proxy()->index(0, 0).data(Console::IdRole).toString(), m_ringing[1]);
        channels->filterEdit()->clear();

        // Bridges: the three bridges with their members, each tagged with its server.
        auto *bridges = m_window->bridgesView();
        Console::AllBridgesModel *allBridges = bridges->allServersModel();
        QVERIFY(allBridges);
        QAbstractItemModelTester bridgeTester(allBridges, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(bridges->tree()->model(), allBridges);
        QTRY_COMPARE((allBridges->flush(), allBridges->rowCount()), 3);
        for (int i = 0; i < 3; ++i) {
            const QModelIndex b = allBridges->indexOfBridge(m_sessions[i].get(), m_bridges[i]);
            QVERIFY(b.isValid());
            QCOMPARE(b.siblingAtColumn(allBridges->serverColumn()).data().toString(), s_names[i]);
            QCOMPARE(b.data(Console::IdRole).toString(), m_bridges[i]);
            QTRY_COMPARE(allBridges->rowCount(allBridges->indexOfBridge(m_sessions[i].get(), m_bridges[i])), 1);
            const QModelIndex member = allBridges->index(0, 0, allBridges->indexOfBridge(m_sessions[i].get(), m_bridges[i]));
            QCOMPARE(member.data(Console::IdRole).toString(), m_members[i]);
            QCOMPARE(member.data(Console::ServerRole).toString(), s_names[i]);
            QCOMPARE(member.parent(), allBridges->indexOfBridge(m_sessions[i].get(), m_bridges[i]));
            QCOMPARE(allBridges->sessionAt(member), m_sessions[i].get());
        }

        // Events: one log of all three, each row with its server.
        auto *log = eventLog();
        Console::AllEventsModel *allEvents = log->allServersModel();
        QVERIFY(allEvents);
        QAbstractItemModelTester eventTester(allEvents, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Each server's log takes its events in batches of its own: wait for the third's first.
        auto serversLogged = [&] {
            allEvents->flush();
            QSet<QString> servers;
            for (int row = 0; row < allEvents->rowCount(); ++row)
                servers.insert(allEvents->index(row, allEvents->serverColumn()).data().toString());
            return servers.size();
        };
        QTRY_COMPARE(serversLogged(), 3);
        QSet<QString> eventServers;
        int withChannel = 0;
        for (int row = 0; row < allEvents->rowCount(); ++row) {
            const QString server = allEvents->index(row, allEvents->serverColumn()).data().toString();
            QCOMPARE(allEvents->index(row, 0).data(Console::ServerRole).toString(), server);
            const QString channel = allEvents->index(row, Console::EventLogModel::Channel).data().toString();
            if (!channel.isEmpty()) {
                QVERIFY2(channel.startsWith(server + u'-'), qPrintable(server + u' ' + channel));
                ++withChannel;
            }
            eventServers.insert(server);
        }
        QCOMPARE(eventServers.size(), 3);
        QVERIFY(withChannel > 6);
        int own = 0;
        for (const auto &s : m_sessions)
            own += s->eventLog()->rowCount();
        QCOMPARE(allEvents->rowCount(), own);
        QCOMPARE(log->table()->model()->rowCount(), own);

        // New traffic on the third server shows in all three views, with its server, under the testers.
        const QString more = originate(2, u"Local/300@demo"_s);
        QVERIFY(!more.isEmpty());
        QTRY_COMPARE((all->flush(), channels->proxy()->rowCount()), storeChannels());
        QTRY_VERIFY(all->indexOf(m_sessions[2].get(), more).isValid());
        QCOMPARE(all->indexOf(m_sessions[2].get(), more).siblingAtColumn(all->serverColumn()).data().toString(), s_names[2]);
        auto moreLogged = [&] {
            allEvents->flush();
            for (int row = own; row < allEvents->rowCount(); ++row) {
                if (allEvents->index(row, Console::EventLogModel::Channel).data().toString() == more)
                    return allEvents->index(row, allEvents->serverColumn()).data().toString() == s_names[2];
            }
            return false;
        };
        QTRY_VERIFY(moreLogged());
        bool added = false;
        m_sessions[2]->client()->bridges().addChannel({.bridgeId = m_bridges[2], .channel = {more}})
            .then(this, [&added](const Ari::Result<void> &r) { added = r.ok(); });
        QTRY_VERIFY(added);
        QTRY_COMPARE((allBridges->flush(), allBridges->rowCount(allBridges->indexOfBridge(m_sessions[2].get(), m_bridges[2]))), 2);
        bool gone = false;
        m_sessions[2]->client()->channels().hangup({.channelId = more}).then(this, [&gone](const Ari::Result<void> &r) {
            gone = r.ok();
        });
        QTRY_VERIFY(gone);
        QTRY_COMPARE((allBridges->flush(), allBridges->rowCount(allBridges->indexOfBridge(m_sessions[2].get(), m_bridges[2]))), 1);
        QTRY_VERIFY_WITH_TIMEOUT((all->flush(), !all->indexOf(m_sessions[2].get(), more).isValid()), 5000);
    }

    void aServerChosenNarrowsEachView()
    {
        // Channels: south only, as that server's own table (no Server column); the window works on it.
        auto *channels = m_window->channelsView();
        pick(channels->serverScope(), s_names[1]);
        QVERIFY(!channels->serverScope()->showsAll());
        QCOMPARE(m_window->session(), m_sessions[1].get());
        QVERIFY(!channels->allServersModel());
        QCOMPARE(channels->proxy()->sourceModel(), channels->model());
        QCOMPARE(channels->proxy()->columnCount(), int(Console::ChannelModel::ColumnCount));
        QTRY_COMPARE((channels->model()->flush(), channels->proxy()->rowCount()),
                     int(m_sessions[1]->store()->channels().size()));
        QVERIFY(channels->proxy()->rowCount() > 0);
        for (int row = 0; row < channels->proxy()->rowCount(); ++row)
            QVERIFY(channels->proxy()->index(row, 0).data(Console::IdRole).toString().startsWith(s_names[1] + u'-'));
        // The other views still show every server.
        QVERIFY(m_window->bridgesView()->allServersModel());
        QCOMPARE(m_window->bridgesView()->allServersModel()->rowCount(), 3);

        // Bridges: west only; the window follows, so the channel table (one server) shows west too.
        auto *bridges = m_window->bridgesView();
        pick(bridges->serverScope(), s_names[2]);
        QCOMPARE(m_window->session(), m_sessions[2].get());
        QVERIFY(!bridges->allServersModel());
        QTRY_COMPARE((bridges->model()->flush(), bridges->model()->rowCount()), 1);
        QVERIFY(bridges->model()->indexOfBridge(m_bridges[2]).isValid());
        QCOMPARE(channels->serverScope()->currentData().toString(), s_names[2]);
        QTRY_COMPARE((channels->model()->flush(), channels->proxy()->rowCount()),
                     int(m_sessions[2]->store()->channels().size()));

        // Events: north only, that server's own log.
        auto *log = eventLog();
        pick(log->serverScope(), s_names[0]);
        QCOMPARE(m_window->session(), m_sessions[0].get());
        QVERIFY(!log->allServersModel());
        QCOMPARE(log->table()->model()->rowCount(), m_sessions[0]->eventLog()->rowCount());
        for (int row = 0; row < log->table()->model()->rowCount(); ++row) {
            const QString channel = log->table()->model()->index(row, Console::EventLogModel::Channel).data().toString();
            QVERIFY(channel.isEmpty() || channel.startsWith(s_names[0] + u'-'));
        }

        // Back to every server, in each view.
        for (Console::ServerScope *scope : {channels->serverScope(), bridges->serverScope(), log->serverScope()}) {
            pick(scope, QString());
            QVERIFY(scope->showsAll());
        }
        QVERIFY(channels->allServersModel() && bridges->allServersModel() && log->allServersModel());
        QTRY_COMPARE((channels->allServersModel()->flush(), channels->proxy()->rowCount()), storeChannels());
        QCOMPARE(channels->table()->horizontalHeader()->visualIndex(channels->allServersModel()->serverColumn()), 0);
    }

    void actionsGoToTheRowsServer()
    {
        auto *channels = m_window->channelsView();
        QVERIFY(channels->allServersModel());
        Requests north(m_fx[0].sim.get()), south(m_fx[1].sim.get()), west(m_fx[2].sim.get());
        const int before[3] = {simChannels(0), simChannels(1), simChannels(2)};

        // A row of server 2 picked in the table of every server: the window works on south.
        Console::AllChannelsModel *all = channels->allServersModel();
        all->flush();
        const QModelIndex row = channels->proxy()->mapFromSource(all->indexOf(m_sessions[1].get(), m_ringing[1]));
        QVERIFY(row.isValid());
        channels->table()->selectionModel()->setCurrentIndex(row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(m_window->session(), m_sessions[1].get());
        QCOMPARE(m_window->channelActions()->selection(), QStringList{m_ringing[1]});
        QCOMPARE(channels->selectedIds(), QStringList{m_ringing[1]});
        // Every server stays on screen.
        QCOMPARE(channels->allServersModel(), all);

        // The variable inspector follows: its read goes to south.
        auto *inspector = m_window->findChild<Console::VariableInspector *>(u"variableInspector"_s);
        QVERIFY(inspector);
        QTRY_COMPARE(inspector->targetId(), m_ringing[1]);
        inspector->get(u"CHANNEL(name)"_s);
        QTRY_VERIFY2_WITH_TIMEOUT(south.matching(u"GET /ari/channels/"_s + m_ringing[1] + u"/variable"_s).size() == 1,
                                  qPrintable(south.seen.join(u", "_s)), 3000);
        QVERIFY2(north.matching(u"GET /ari/channels/"_s + m_ringing[1]).isEmpty(), qPrintable(north.seen.join(u", "_s)));

        // Hang up: the DELETE reaches south, and no other simulator.
        QAction *hangup = m_window->channelActions()->action(ChannelAction::Hangup);
        QTRY_VERIFY2(hangup->isEnabled(), qPrintable(hangup->toolTip()));
        hangup->trigger();
        QTRY_COMPARE(south.matching(u"DELETE /ari/channels/"_s + m_ringing[1]).size(), 1);
        QTRY_VERIFY(!m_fx[1].sim->asterisk().channelIds().contains(m_ringing[1]));
        QVERIFY(simChannels(1) < before[1]); // with its other Local half
        QCOMPARE(simChannels(0), before[0]);
        QCOMPARE(simChannels(2), before[2]);
        QVERIFY2(north.matching(u"DELETE"_s).isEmpty(), qPrintable(north.seen.join(u", "_s)));
        QVERIFY2(west.matching(u"DELETE"_s).isEmpty(), qPrintable(west.seen.join(u", "_s)));
        QVERIFY(north.matching(u"GET /ari/channels/"_s + m_ringing[1]).isEmpty());

        // A member of west's bridge picked in the tree of every server: its removal goes to west.
        auto *bridges = m_window->bridgesView();
        Console::AllBridgesModel *allBridges = bridges->allServersModel();
        QVERIFY(allBridges);
        allBridges->flush();
        const QModelIndex bridge = allBridges->indexOfBridge(m_sessions[2].get(), m_bridges[2]);
        const QModelIndex member = allBridges->index(0, 0, bridge);
        QCOMPARE(member.data(Console::IdRole).toString(), m_members[2]);
        bridges->tree()->setCurrentIndex(member);
        QCOMPARE(m_window->session(), m_sessions[2].get());
        QCOMPARE(bridges->selectedBridge(), m_bridges[2]);
        QVERIFY(bridges->removeMemberAction()->isEnabled());
        bridges->removeMemberAction()->trigger();
        QTRY_COMPARE(west.matching(u"POST /ari/bridges/"_s + m_bridges[2] + u"/removeChannel"_s).size(), 1);
        QTRY_VERIFY(m_fx[2].sim->asterisk().bridgesJson().toQJson().toArray().first().toObject()
                        .value(u"channels"_s).toArray().isEmpty());
        QVERIFY(north.matching(u"POST /ari/bridges"_s).isEmpty());
        QVERIFY(south.matching(u"POST /ari/bridges"_s).isEmpty());
        // The other servers' bridges keep their members.
        for (int i : {0, 1})
            QCOMPARE(m_fx[i].sim->asterisk().bridgesJson().toQJson().toArray().first().toObject()
                         .value(u"channels"_s).toArray().size(), 1);

        // An event of north picked in the log of every server: the window works on north.
        auto *log = eventLog();
        Console::AllEventsModel *allEvents = log->allServersModel();
        QVERIFY(allEvents);
        allEvents->flush();
        int northRow = -1;
        for (int r = 0; r < log->table()->model()->rowCount() && northRow < 0; ++r) {
            if (log->table()->model()->index(r, 0).data(Console::ServerRole).toString() == s_names[0])
                northRow = r;
        }
        QVERIFY(northRow >= 0);
        log->table()->selectRow(northRow);
        QCOMPARE(m_window->session(), m_sessions[0].get());
        QCOMPARE(log->allServersModel(), allEvents);
    }
    void dropsStayOnTheirServer()
    {
        // A call of north dragged onto west: refused, said in words, nothing sent anywhere.
        Requests north(m_fx[0].sim.get()), south(m_fx[1].sim.get()), west(m_fx[2].sim.get());
        QSignalSpy posted(m_window->notifier(), &Console::Notifier::posted);
        auto *channels = m_window->channelsView();
        Console::AllChannelsModel *all = channels->allServersModel();
        QVERIFY(all);
        all->flush();
        const QModelIndex from = channels->proxy()->mapFromSource(all->indexOf(m_sessions[0].get(), m_ringing[0]));
        const QModelIndex onto = channels->proxy()->mapFromSource(all->indexOf(m_sessions[2].get(), m_ringing[2]));
        QVERIFY(from.isValid() && onto.isValid());
        std::unique_ptr<QMimeData> mime(channels->table()->model()->mimeData({from}));
        QVERIFY(mime);
        QCOMPARE(Console::draggedServer(mime.get()), s_names[0]);
        const DragResult onRow = dragAndDrop(channels->table(), onto, mime.get());
        QVERIFY(!onRow.moveAccepted);
        QVERIFY(!onRow.dropAccepted);
        QTRY_COMPARE(posted.size(), 1);
        QVERIFY2(posted.first().at(1).toString().contains(s_names[2]), qPrintable(posted.first().at(1).toString()));

        // The same call onto west's bridge in the tree: refused too.
        auto *bridges = m_window->bridgesView();
        Console::AllBridgesModel *allBridges = bridges->allServersModel();
        QVERIFY(allBridges);
        allBridges->flush();
        const QModelIndex westBridge = allBridges->indexOfBridge(m_sessions[2].get(), m_bridges[2]);
        QVERIFY(westBridge.isValid());
        const DragResult onWest = dragAndDrop(bridges->tree(), westBridge, mime.get());
        QVERIFY(!onWest.moveAccepted);
        QVERIFY(!onWest.dropAccepted);
        QTRY_COMPARE(posted.size(), 2);
        QVERIFY2(posted.at(1).at(1).toString().contains(s_names[0]), qPrintable(posted.at(1).at(1).toString()));

        // Onto north's own bridge it goes through, to north alone.
        const QModelIndex northBridge = allBridges->indexOfBridge(m_sessions[0].get(), m_bridges[0]);
        QVERIFY(northBridge.isValid());
        const DragResult onNorth = dragAndDrop(bridges->tree(), northBridge, mime.get());
        QVERIFY(onNorth.moveAccepted);
        QVERIFY(onNorth.dropAccepted);
        QTRY_COMPARE(north.matching(u"POST /ari/bridges/"_s + m_bridges[0] + u"/addChannel"_s).size(), 1);
        QTRY_VERIFY(m_sessions[0]->store()->channel(m_ringing[0])
            && m_sessions[0]->store()->channel(m_ringing[0])->bridgeId == m_bridges[0]);
        QVERIFY2(west.matching(u"POST"_s).isEmpty(), qPrintable(west.seen.join(u", "_s)));
        QVERIFY2(south.matching(u"POST"_s).isEmpty(), qPrintable(south.seen.join(u", "_s)));
        QCOMPARE(north.matching(u"POST"_s).size(), 1);
    }
};

QTEST_MAIN(TestMultiServerView)
#include "tst_multiserverview.moc"
