// The System panel in the main window, offscreen, against the simulator (or,
// registered as tst_systemview_live, a real Asterisk set up as in
// shared/asterisk-lab): module reload after a confirmation (Asterisk's last
// reload time moves, and the panel shows it), module filters, device states
// (set and delete a Stasis: device, refuse any other before sending),
// mailboxes, log channels, and ping with its round-trip time. Each flow is
// checked in the widgets and in the server's own state.

#include "models/ServerSession.h"
#include "tests/ui/LiveTarget.h"
#include "tests/ui/Screenshots.h"
#include "ui/DeviceStatesPanel.h"
#include "ui/EndpointsPanel.h"
#include "ui/InlineMessage.h"
#include "ui/LogChannelsPanel.h"
#include "ui/MailboxesPanel.h"
#include "ui/MainWindow.h"
#include "ui/ModulesPanel.h"
#include "ui/SystemView.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Answers the next confirmation with its accept button (the one that is not Cancel).
void acceptNextConfirmation()
{
    QTimer::singleShot(0, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == QMessageBox::AcceptRole) {
                b->click();
                return;
            }
        }
    });
}

// Whether a table shows a row whose first column is `name`, and the text of `column` there.
std::optional<QString> cell(QTableView *table, const QString &name, int column)
{
    const QAbstractItemModel *m = table->model();
    for (int row = 0; row < m->rowCount(); ++row) {
        if (m->index(row, 0).data().toString() == name)
            return m->index(row, column).data().toString();
    }
    return std::nullopt;
}

} // namespace

class TestSystemView : public QObject
{
    Q_OBJECT

    TestSupport::LiveTarget m_target;
    std::unique_ptr<Console::ServerSession> m_session;
    std::unique_ptr<Console::MainWindow> m_window;
    QString m_tag;

    Console::SystemView *system() const { return m_window->findChild<Console::SystemView *>(); }
    template<typename T>
    T *child(QWidget *w, const char *name) const
    {
        return w->findChild<T *>(QString::fromLatin1(name));
    }
    Ari::AsteriskInfo serverInfo() { return TestSupport::await(m_target.truth->asterisk().getInfo()).value; }
    QString serverDeviceState(const QString &name)
    {
        if (auto *sim = m_target.sim())
            return sim->asterisk().deviceStateJson(name).toQJson().toObject().value(u"state"_s).toString();
        return TestSupport::await(m_target.truth->deviceStates().get({.deviceName = name})).value.state;
    }
    bool serverListsDevice(const QString &name)
    {
        QJsonArray list;
        if (auto *sim = m_target.sim()) {
            list = sim->asterisk().deviceStatesJson().toQJson().toArray();
        } else {
            for (const auto &d : TestSupport::await(m_target.truth->deviceStates().list()).value)
                list.append(d.toJson());
        }
        for (const QJsonValue v : list) {
            if (v.toObject().value(u"name"_s).toString() == name)
                return true;
        }
        return false;
    }
    void showTab(QWidget *page)
    {
        system()->tabs()->setCurrentWidget(page);
        QCoreApplication::processEvents();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        if (const QString why = m_target.start(); !why.isEmpty())
            QSKIP(qPrintable(why));
        m_tag = QString::number(QRandomGenerator::global()->bounded(100000, 999999));
    }

    void init()
    {
        m_session = std::make_unique<Console::ServerSession>(u"lab"_s);
        auto s = m_target.base;
        s.subscribeAll = true;
        m_session->setSettings(s);
        m_window = std::make_unique<Console::MainWindow>();
        m_window->resize(1400, 860);
        m_window->setSession(m_session.get(), u"lab"_s, !m_target.live);
        m_window->show();
        QSignalSpy synced(m_session->sync(), &Console::SyncEngine::synced);
        m_session->open();
        QVERIFY(synced.wait(m_target.timeoutMs()));
        QVERIFY(system());
    }

    void cleanup()
    {
        m_window.reset();
        m_session.reset();
    }

    void showsAsteriskInfo()
    {
        Console::SystemView *sys = system();
        QTRY_VERIFY(!sys->info().system.version.isEmpty());
        const Ari::AsteriskInfo truth = serverInfo();
        QCOMPARE(sys->shownInfo(u"version"_s), truth.system.version);
        QCOMPARE(sys->shownInfo(u"entityId"_s), truth.system.entityId);
        QCOMPARE(sys->shownInfo(u"name"_s), truth.config.name);
        QCOMPARE(sys->shownInfo(u"startup"_s),
                 QDateTime::fromMSecsSinceEpoch(Console::parseAriTime(truth.status.startupTime))
                     .toString(u"yyyy-MM-dd HH:mm:ss"_s));
        QVERIFY(!sys->shownInfo(u"uptime"_s).isEmpty());
        QCOMPARE(Console::SystemView::formatSpan(3 * 3600 * 1000 + 4 * 60 * 1000), u"3 h 04 min"_s);
        QCOMPARE(Console::SystemView::formatSpan(65 * 1000), u"1 min 05 s"_s);
    }

    void reloadsAModuleAfterConfirming()
    {
        Console::SystemView *sys = system();
        Console::ModulesPanel *modules = sys->modules();
        showTab(modules);
        const QString module = u"res_musiconhold.so"_s;
        QTRY_VERIFY(cell(modules->table(), module, 0).has_value());
        const Ari::AsteriskInfo before = serverInfo();
        QTRY_COMPARE(sys->info().status.lastReloadTime, before.status.lastReloadTime);
        modules->selectModule(module);
        QCOMPARE(modules->selectedModule(), module);
        auto *reload = child<QPushButton>(modules, "reload");
        QVERIFY(reload->isEnabled());

        // Cancelled: nothing is sent.
        QTimer::singleShot(0, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Cancel)->click();
        });
        QTest::mouseClick(reload, Qt::LeftButton);
        QCOMPARE(serverInfo().status.lastReloadTime, before.status.lastReloadTime);

        // Confirmed: reloaded, and Asterisk's last reload time moves, in the server and in the panel.
        QTest::qWait(5); // the reload must be at least a millisecond after the last one to be told apart
        QSignalSpy changed(modules, &Console::ModulesPanel::moduleChanged);
        QSignalSpy infoRead(sys, &Console::SystemView::infoRead);
        acceptNextConfirmation();
        QTest::mouseClick(reload, Qt::LeftButton);
        QVERIFY(changed.wait(m_target.timeoutMs()));
        QCOMPARE(changed.at(0).at(0).toString(), module);
        auto *message = child<Console::InlineMessage>(modules, "message");
        QCOMPARE(message->kind(), Console::InlineMessage::Kind::Success);
        QVERIFY(message->text().contains(module));
        const Ari::AsteriskInfo after = serverInfo();
        QVERIFY(Console::parseAriTime(after.status.lastReloadTime) > Console::parseAriTime(before.status.lastReloadTime));
        if (auto *sim = m_target.sim())
            QVERIFY(sim->asterisk().lastReloadTime() > sim->asterisk().startupTime());
        QVERIFY(infoRead.wait(m_target.timeoutMs()) || infoRead.count() > 0);
        QCOMPARE(sys->info().status.lastReloadTime, after.status.lastReloadTime);
        QVERIFY(sys->shownInfo(u"sinceReload"_s).contains(u"ago"_s));
        // Still listed and running.
        QTRY_COMPARE(cell(modules->table(), module, 2), std::optional<QString>(u"Running"_s));
    }

    void filtersModulesByStatusAndSupportLevel()
    {
        Console::ModulesPanel *modules = system()->modules();
        showTab(modules);
        QTRY_VERIFY(modules->table()->model()->rowCount() > 5);
        const int all = modules->table()->model()->rowCount();
        QCOMPARE(all, int(m_session->store()->modules().size()));
        modules->setSupportFilter(u"core"_s);
        int core = 0;
        for (const Ari::Module &m : m_session->store()->modules())
            core += m.supportLevel == u"core";
        QCOMPARE(modules->table()->model()->rowCount(), core);
        for (int row = 0; row < modules->table()->model()->rowCount(); ++row)
            QCOMPARE(modules->table()->model()->index(row, 3).data().toString(), u"core"_s);
        modules->setSupportFilter(QString());
        modules->setStatusFilter(u"Running"_s);
        int running = 0;
        for (const Ari::Module &m : m_session->store()->modules())
            running += m.status == u"Running";
        QCOMPARE(modules->table()->model()->rowCount(), running);
        child<QLineEdit>(modules, "filter")->setText(u"musiconhold"_s);
        QCOMPARE(modules->table()->model()->rowCount(), 1);
        child<QLineEdit>(modules, "filter")->clear();
        modules->setStatusFilter(QString());
        QCOMPARE(modules->table()->model()->rowCount(), all);
    }

    void setsAndDeletesADeviceState()
    {
        Console::DeviceStatesPanel *states = system()->deviceStates();
        showTab(states);
        const QString device = u"Stasis:console-"_s + m_tag;
        auto *name = child<QLineEdit>(states, "device");
        auto *state = child<QComboBox>(states, "state");
        auto *set = child<QPushButton>(states, "setState");
        name->setText(device);
        state->setCurrentText(u"INUSE"_s);
        QVERIFY(set->isEnabled());
        QSignalSpy changed(states, &Console::DeviceStatesPanel::changed);
        QTest::mouseClick(set, Qt::LeftButton);
        QVERIFY(changed.wait(m_target.timeoutMs()));
        QCOMPARE(serverDeviceState(device), u"INUSE"_s);
        QTRY_COMPARE_WITH_TIMEOUT(cell(states->table(), device, 1), std::optional<QString>(u"INUSE"_s), m_target.timeoutMs());
        QCOMPARE(m_session->store()->deviceStates().value(device).state, u"INUSE"_s);

        // Again, to another state.
        state->setCurrentText(u"RINGING"_s);
        QTest::mouseClick(set, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(cell(states->table(), device, 1), std::optional<QString>(u"RINGING"_s), m_target.timeoutMs());
        QCOMPARE(serverDeviceState(device), u"RINGING"_s);
        TestSupport::snap(m_window.get(), u"system-devicestates"_s);

        // Delete it, after confirming.
        QTRY_VERIFY(cell(states->table(), device, 0).has_value());
        for (int row = 0; row < states->table()->model()->rowCount(); ++row) {
            if (states->table()->model()->index(row, 0).data().toString() == device)
                states->table()->selectRow(row);
        }
        auto *remove = child<QPushButton>(states, "deleteState");
        QVERIFY(remove->isEnabled());
        changed.clear();
        acceptNextConfirmation();
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(changed.wait(m_target.timeoutMs()));
        QVERIFY(!serverListsDevice(device));
        QTRY_VERIFY_WITH_TIMEOUT(!cell(states->table(), device, 0).has_value(), m_target.timeoutMs());
    }

    void refusesADeviceThatIsNotStasis()
    {
        Console::DeviceStatesPanel *states = system()->deviceStates();
        showTab(states);
        child<QLineEdit>(states, "device")->setText(u"Local/100@demo"_s);
        auto *set = child<QPushButton>(states, "setState");
        QVERIFY(!set->isEnabled());
        QVERIFY(set->toolTip().contains(u"Stasis:"_s));
        QStringList puts;
        QMetaObject::Connection served;
        if (auto *sim = m_target.sim()) {
            served = connect(sim, &AriSim::SimServer::requestServed, this, [&puts](const QByteArray &method, const QByteArray &path, int) {
                if (method == "PUT")
                    puts.append(QString::fromUtf8(path));
            });
        }
        states->setState(u"Local/100@demo"_s, u"INUSE"_s);
        auto *message = child<Console::InlineMessage>(states, "message");
        QCOMPARE(message->kind(), Console::InlineMessage::Kind::Error);
        QVERIFY(message->text().contains(u"not a Stasis: device"_s));
        QVERIFY(TestSupport::await(m_session->client()->asterisk().ping()).ok());
        disconnect(served);
        QVERIFY(puts.isEmpty());
    }

    void setsAndDeletesAMailbox()
    {
        Console::MailboxesPanel *boxes = system()->mailboxes();
        showTab(boxes);
        const QString mailbox = m_tag + u"@console"_s;
        child<QLineEdit>(boxes, "mailbox")->setText(mailbox);
        child<QSpinBox>(boxes, "newMessages")->setValue(2);
        child<QSpinBox>(boxes, "oldMessages")->setValue(1);
        QSignalSpy changed(boxes, &Console::MailboxesPanel::changed);
        QTest::mouseClick(child<QPushButton>(boxes, "setMailbox"), Qt::LeftButton);
        QVERIFY(changed.wait(m_target.timeoutMs()));
        const auto truth = TestSupport::await(m_target.truth->mailboxes().get({.mailboxName = mailbox}));
        QVERIFY(truth.ok());
        QCOMPARE(truth.value.newMessages, 2);
        QCOMPARE(truth.value.oldMessages, 1);
        QTRY_COMPARE_WITH_TIMEOUT(cell(boxes->table(), mailbox, 1), std::optional<QString>(u"2"_s), m_target.timeoutMs());
        QCOMPARE(cell(boxes->table(), mailbox, 2), std::optional<QString>(u"1"_s));
        for (int row = 0; row < boxes->table()->model()->rowCount(); ++row) {
            if (boxes->table()->model()->index(row, 0).data().toString() == mailbox)
                boxes->table()->selectRow(row);
        }
        changed.clear();
        acceptNextConfirmation();
        QTest::mouseClick(child<QPushButton>(boxes, "deleteMailbox"), Qt::LeftButton);
        QVERIFY(changed.wait(m_target.timeoutMs()));
        QCOMPARE(TestSupport::await(m_target.truth->mailboxes().get({.mailboxName = mailbox})).httpStatus, 404);
        QTRY_VERIFY_WITH_TIMEOUT(!cell(boxes->table(), mailbox, 0).has_value(), m_target.timeoutMs());
    }

    void addsRotatesAndDeletesALogChannel()
    {
        Console::LogChannelsPanel *logs = system()->logChannels();
        showTab(logs);
        QTRY_VERIFY_WITH_TIMEOUT(!logs->channels().isEmpty(), m_target.timeoutMs());
        const QString name = u"console-"_s + m_tag + u".log"_s;
        child<QLineEdit>(logs, "logName")->setText(name);
        child<QLineEdit>(logs, "logLevels")->setText(u"notice,warning"_s);
        QSignalSpy changed(logs, &Console::LogChannelsPanel::changed);
        QTest::mouseClick(child<QPushButton>(logs, "addLog"), Qt::LeftButton);
        QVERIFY(changed.wait(m_target.timeoutMs()));
        const auto listed = [&] {
            for (const Ari::LogChannel &c : TestSupport::await(m_target.truth->asterisk().listLogChannels()).value) {
                if (c.channel.endsWith(u'/' + name))
                    return true;
            }
            return false;
        };
        QVERIFY(listed());
        QTRY_VERIFY_WITH_TIMEOUT(
            std::any_of(logs->channels().cbegin(), logs->channels().cend(), [&](const QString &c) { return c.endsWith(name); }),
            m_target.timeoutMs());
        logs->selectChannel(name);
        changed.clear();
        QTest::mouseClick(child<QPushButton>(logs, "rotateLog"), Qt::LeftButton);
        QVERIFY(changed.wait(m_target.timeoutMs()));
        QCOMPARE(child<Console::InlineMessage>(logs, "message")->kind(), Console::InlineMessage::Kind::Success);
        changed.clear();
        acceptNextConfirmation();
        QTest::mouseClick(child<QPushButton>(logs, "deleteLog"), Qt::LeftButton);
        QVERIFY(changed.wait(m_target.timeoutMs()));
        QVERIFY(!listed());
    }

    void pingsWithTheRoundTrip()
    {
        Console::SystemView *sys = system();
        showTab(sys->tabs()->widget(0));
        int pings = 0;
        QMetaObject::Connection served;
        if (auto *sim = m_target.sim()) {
            served = connect(sim, &AriSim::SimServer::requestServed, this, [&pings](const QByteArray &method, const QByteArray &path, int) {
                if (method == "GET" && path.endsWith("/asterisk/ping"))
                    ++pings;
            });
        }
        QSignalSpy pinged(sys, &Console::SystemView::pinged);
        QTest::mouseClick(child<QPushButton>(sys, "ping"), Qt::LeftButton);
        QVERIFY(pinged.wait(m_target.timeoutMs()));
        disconnect(served);
        const qint64 rtt = pinged.at(0).at(0).toLongLong();
        QVERIFY(rtt >= 0);
        const QString shown = child<QLabel>(sys, "pingResult")->text();
        QVERIFY2(shown.contains(u"pong in %1 ms"_s.arg(rtt)), qPrintable(shown));
        if (m_target.sim())
            QCOMPARE(pings, 1);
    }

    void endpointsSayWhenThereAreNone()
    {
        Console::EndpointsPanel *endpoints = system()->endpoints();
        showTab(endpoints);
        const int truth = int(TestSupport::await(m_target.truth->endpoints().list()).value.size());
        QCOMPARE(endpoints->table()->model()->rowCount(), truth);
        QCOMPARE(child<QLabel>(endpoints, "endpointsEmpty")->isVisible(), truth == 0);
    }
};

QTEST_MAIN(TestSystemView)
#include "tst_systemview.moc"
