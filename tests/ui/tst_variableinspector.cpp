// The variable inspector in the main window, offscreen, against the simulator
// (or, registered as tst_variableinspector_live, a real Asterisk set up as in
// shared/asterisk-lab). It follows the channel selection, reads CHANNEL(state)
// of a dialplan channel, refuses a set outside Stasis with the policy's reason
// before sending anything, sets, multi-gets and multi-sets on a Stasis
// channel, watches a variable change, and reads and sets a global variable.
// Each flow is checked in the widgets and in the server's own state.

#include "models/ActionPolicy.h"
#include "models/ServerSession.h"
#include "tests/ui/LiveTarget.h"
#include "tests/ui/Screenshots.h"
#include "ui/ChannelsView.h"
#include "ui/InlineMessage.h"
#include "ui/MainWindow.h"
#include "ui/SystemView.h"
#include "ui/VariableInspector.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using Console::VariableInspector;
using Console::VariableReading;

class TestVariableInspector : public QObject
{
    Q_OBJECT

    TestSupport::LiveTarget m_target;
    std::unique_ptr<Console::ServerSession> m_session;
    std::unique_ptr<Console::MainWindow> m_window;
    QStringList m_channels; // hung up in cleanup()
    QString m_tag;          // makes names unique on a shared real Asterisk

    VariableInspector *inspector() const
    {
        // The window's own panel (the System panel has a second one, for global variables).
        for (auto *v : m_window->findChildren<VariableInspector *>()) {
            if (v->objectName() == u"variableInspector")
                return v;
        }
        return nullptr;
    }
    template<typename T>
    T *child(QWidget *w, const char *name) const
    {
        return w->findChild<T *>(QString::fromLatin1(name));
    }

    QString originate(const QString &endpoint, bool dialplan)
    {
        Ari::ChannelsApi::OriginateParams p{.endpoint = endpoint};
        if (dialplan) {
            p.context = u"demo"_s;
            p.extension = endpoint.section(u'/', 1).section(u'@', 0, 0);
        } else {
            p.app = u"console"_s;
        }
        const auto r = TestSupport::await(m_session->client()->channels().originate(p));
        if (!r.ok()) {
            qWarning() << "originate failed:" << r.error.toString();
            return {};
        }
        m_channels.append(r.value.id);
        return r.value.id;
    }

    // The value the server itself gives (its in-process state for the simulator).
    std::optional<QString> serverVar(const QString &channelId, const QString &name)
    {
        if (auto *sim = m_target.sim()) {
            const AriSim::HttpResponse r = sim->asterisk().getChannelVar(channelId, name);
            if (r.status != 200)
                return std::nullopt;
            return QJsonDocument::fromJson(r.body).object().value(u"value"_s).toString();
        }
        const auto r = TestSupport::await(
            m_target.truth->channels().getChannelVar({.channelId = channelId, .variable = name}));
        if (!r.ok())
            return std::nullopt;
        return r.value.value;
    }
    QString serverState(const QString &channelId)
    {
        if (auto *sim = m_target.sim())
            return sim->asterisk().channelJson(channelId).toQJson().toObject().value(u"state"_s).toString();
        return TestSupport::await(m_target.truth->channels().get({.channelId = channelId})).value.state;
    }

    void pick(VariableInspector *v, const QString &variable)
    {
        auto *box = child<QComboBox>(v, "variable");
        const int index = box->findText(variable);
        if (index >= 0)
            box->setCurrentIndex(index);
        else
            box->setEditText(variable);
    }
    int historyRows(VariableInspector *v) { return v->history()->rowCount(); }
    const VariableReading &lastReading(VariableInspector *v) { return v->history()->at(v->history()->rowCount() - 1); }

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
        s.subscribeAll = true; // dialplan channels show too
        m_session->setSettings(s);
        m_window = std::make_unique<Console::MainWindow>();
        m_window->resize(1400, 860);
        m_window->setSession(m_session.get(), u"lab"_s, !m_target.live);
        m_window->show();
        QSignalSpy synced(m_session->sync(), &Console::SyncEngine::synced);
        m_session->open();
        QVERIFY(synced.wait(m_target.timeoutMs()));
        QVERIFY(inspector());
    }

    void cleanup()
    {
        for (const QString &id : std::as_const(m_channels))
            (void)TestSupport::await(m_target.truth->channels().hangup({.channelId = id}));
        m_channels.clear();
        m_window.reset();
        m_session.reset();
    }

    void getsChannelStateOfADialplanChannel()
    {
        const QString id = originate(u"Local/100@demo"_s, true);
        QVERIFY(!id.isEmpty());
        Console::Store *store = m_session->store();
        QTRY_VERIFY_WITH_TIMEOUT(store->channel(id) && store->channel(id)->channel.state == u"Up", m_target.timeoutMs());
        QVERIFY(!store->channel(id)->inStasis());

        // Selecting the channel in the table makes it the inspector's target.
        m_window->channelsView()->selectChannel(id);
        VariableInspector *v = inspector();
        QTRY_COMPARE(v->targetId(), id);
        QVERIFY(child<QLabel>(v, "targetInfo")->text().contains(u"dialplan"_s));
        QVERIFY(v->presets(VariableInspector::Scope::Channel).contains(u"CHANNEL(state)"_s));

        pick(v, u"CHANNEL(state)"_s);
        auto *get = child<QPushButton>(v, "get");
        QVERIFY(get->isEnabled());
        QTest::mouseClick(get, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(historyRows(v), 1, m_target.timeoutMs());
        const VariableReading r = lastReading(v);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.variable, u"CHANNEL(state)"_s);
        QCOMPARE(r.target, u"channel:"_s + id);
        // The widget shows what the server says.
        QCOMPARE(r.value, serverState(id));
        QCOMPARE(r.value, u"Up"_s);
        auto *history = child<QTableView>(v, "history");
        QCOMPARE(history->model()->rowCount(), 1);
        QCOMPARE(history->model()->index(0, Console::VariableHistoryModel::Value).data().toString(), u"Up"_s);
        QCOMPARE(history->model()->index(0, Console::VariableHistoryModel::Variable).data().toString(),
                 u"CHANNEL(state)"_s);

        // CHANNEL(name) too, read outside Stasis as well.
        pick(v, u"CHANNEL(name)"_s);
        QTest::mouseClick(get, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(historyRows(v), 2, m_target.timeoutMs());
        QCOMPARE(lastReading(v).value, store->channel(id)->channel.name);
    }

    void refusesASetOutsideStasisWithTheReason()
    {
        const QString id = originate(u"Local/100@demo"_s, true);
        QVERIFY(!id.isEmpty());
        Console::Store *store = m_session->store();
        QTRY_VERIFY_WITH_TIMEOUT(store->channel(id), m_target.timeoutMs());
        m_window->channelsView()->selectChannel(id);
        VariableInspector *v = inspector();
        QTRY_COMPARE(v->targetId(), id);

        const QString expected = m_window->policy()->channel(*store->channel(id), Console::ChannelAction::SetVariable).reason;
        QVERIFY(expected.contains(u"not in a Stasis application"_s));
        // Greyed out, with the policy's reason in the tooltip and in words in the panel.
        pick(v, u"WATCHED"_s);
        auto *set = child<QPushButton>(v, "set");
        QVERIFY(!set->isEnabled());
        QCOMPARE(set->toolTip(), expected);
        auto *reason = child<QLabel>(v, "setReason");
        QVERIFY(reason->isVisible());
        QVERIFY2(reason->text().contains(expected), qPrintable(reason->text()));
        QCOMPARE(v->setRefusal(), expected);

        // Asked anyway (as Enter in the value field would): refused before anything is sent.
        QStringList posts;
        QMetaObject::Connection served;
        if (auto *sim = m_target.sim()) {
            served = connect(sim, &AriSim::SimServer::requestServed, this,
                             [&posts](const QByteArray &method, const QByteArray &path, int) {
                                 if (method == "POST" && path.contains("/variable"))
                                     posts.append(QString::fromUtf8(path));
                             });
        }
        QSignalSpy finished(v, &VariableInspector::setFinished);
        v->set(u"WATCHED"_s, u"yes"_s);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        auto *message = child<Console::InlineMessage>(v, "message");
        QVERIFY(message->isVisible());
        QCOMPARE(message->kind(), Console::InlineMessage::Kind::Error);
        QVERIFY2(message->text().contains(expected), qPrintable(message->text()));
        // A round trip later, still nothing was sent and the variable is not set on the server.
        QVERIFY(TestSupport::await(m_session->client()->asterisk().ping()).ok());
        disconnect(served);
        QVERIFY2(posts.isEmpty(), qPrintable(posts.join(u", "_s)));
        QVERIFY(!serverVar(id, u"WATCHED"_s).has_value());
        QCOMPARE(historyRows(v), 0);
        TestSupport::snap(m_window.get(), u"inspector-refused"_s);
    }

    void setsMultiGetsAndMultiSetsOnAStasisChannel()
    {
        const QString id = originate(u"Local/300@demo"_s, false);
        QVERIFY(!id.isEmpty());
        Console::Store *store = m_session->store();
        QTRY_VERIFY_WITH_TIMEOUT(store->channel(id) && store->channel(id)->inStasis(), m_target.timeoutMs());
        m_window->channelsView()->selectChannel(id);
        VariableInspector *v = inspector();
        QTRY_COMPARE(v->targetId(), id);

        const QString name = u"OPNOTE"_s;
        pick(v, name);
        auto *set = child<QPushButton>(v, "set");
        QTRY_VERIFY(set->isEnabled());
        QVERIFY(!child<QLabel>(v, "setReason")->isVisible());
        auto *value = child<QLineEdit>(v, "value");
        value->setText(u"vip"_s);
        QSignalSpy finished(v, &VariableInspector::setFinished);
        QTest::keyClick(value, Qt::Key_Return);
        QVERIFY(finished.wait(m_target.timeoutMs()));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QCOMPARE(serverVar(id, name), std::optional<QString>(u"vip"_s));
        QCOMPARE(lastReading(v).origin, VariableReading::Origin::Set);
        // The ChannelVarset it raised shows among the variables reported.
        auto *seen = child<QTableWidget>(v, "seen");
        QTRY_VERIFY_WITH_TIMEOUT(!seen->findItems(name, Qt::MatchExactly).isEmpty(), m_target.timeoutMs());
        const int seenRow = seen->findItems(name, Qt::MatchExactly).first()->row();
        QCOMPARE(seen->item(seenRow, 1)->text(), u"vip"_s);
        QVERIFY(!seen->item(seenRow, 2)->text().isEmpty());
        QCOMPARE(store->channel(id)->variables.value(name).value, u"vip"_s);

        // Several at once (one multi-set where the server has it), then read back in one multi-get.
        finished.clear();
        v->setSeveral({{u"A_"_s + m_tag, u"1"_s}, {u"B_"_s + m_tag, u"two"_s}});
        QVERIFY(finished.wait(m_target.timeoutMs()));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QCOMPARE(serverVar(id, u"A_"_s + m_tag), std::optional<QString>(u"1"_s));
        QCOMPARE(serverVar(id, u"B_"_s + m_tag), std::optional<QString>(u"two"_s));
        const int before = historyRows(v);
        v->getSeveral({u"A_"_s + m_tag, u"B_"_s + m_tag, u"CHANNEL(state)"_s, u"CALLERID(all)"_s});
        QTRY_COMPARE_WITH_TIMEOUT(historyRows(v), before + 4, m_target.timeoutMs());
        QHash<QString, QString> got;
        for (int row = before; row < historyRows(v); ++row) {
            const VariableReading &r = v->history()->at(row);
            QVERIFY2(r.ok(), qPrintable(r.variable + u": "_s + r.error));
            got.insert(r.variable, r.value);
        }
        QCOMPARE(got.value(u"A_"_s + m_tag), u"1"_s);
        QCOMPARE(got.value(u"B_"_s + m_tag), u"two"_s);
        QCOMPARE(got.value(u"CHANNEL(state)"_s), serverState(id));
        QCOMPARE(got.value(u"CALLERID(all)"_s), serverVar(id, u"CALLERID(all)"_s).value_or(u"?"_s));

        // A missing variable says so, in the history, in words.
        pick(v, u"NOSUCHVAR_"_s + m_tag);
        QTest::mouseClick(child<QPushButton>(v, "get"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(historyRows(v), before + 5, m_target.timeoutMs());
        QVERIFY(!lastReading(v).ok());
        QVERIFY2(lastReading(v).error.contains(u"404"_s), qPrintable(lastReading(v).error));
    }

    void watchShowsChangesOverTime()
    {
        const QString id = originate(u"Local/300@demo"_s, false);
        QVERIFY(!id.isEmpty());
        Console::Store *store = m_session->store();
        QTRY_VERIFY_WITH_TIMEOUT(store->channel(id) && store->channel(id)->inStasis(), m_target.timeoutMs());
        const QString name = u"WATCHME_"_s + m_tag;
        QVERIFY(TestSupport::await(m_session->client()->channels().setChannelVar(
                                       {.channelId = id, .variable = name, .value = u"first"_s}))
                    .ok());
        m_window->channelsView()->selectChannel(id);
        VariableInspector *v = inspector();
        QTRY_COMPARE(v->targetId(), id);

        v->watch(name, 1);
        auto *watches = child<QTableWidget>(v, "watches");
        QCOMPARE(watches->rowCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(watches->item(0, 3)->text(), u"first"_s, m_target.timeoutMs());
        // The server's value changes; the next read marks it.
        QVERIFY(TestSupport::await(m_session->client()->channels().setChannelVar(
                                       {.channelId = id, .variable = name, .value = u"second"_s}))
                    .ok());
        QCOMPARE(serverVar(id, name), std::optional<QString>(u"second"_s));
        QTRY_COMPARE_WITH_TIMEOUT(watches->item(0, 3)->text(), u"second"_s, 4000);
        QVERIFY(watches->item(0, 4)->text().contains(u"1"_s));
        int changed = 0;
        for (int row = 0; row < historyRows(v); ++row) {
            const VariableReading &r = v->history()->at(row);
            if (r.variable == name && r.changed) {
                ++changed;
                QCOMPARE(r.value, u"second"_s);
                QCOMPARE(r.origin, VariableReading::Origin::Watch);
            }
        }
        QCOMPARE(changed, 1);
        // "Changes only" keeps just that reading.
        child<QCheckBox>(v, "changesOnly")->setChecked(true);
        auto *history = child<QTableView>(v, "history");
        QCOMPARE(history->model()->rowCount(), 1);
        v->stopAllWatches();
        QCOMPARE(watches->rowCount(), 0);
    }

    void readsAndSetsAGlobalVariable()
    {
        auto *system = m_window->findChild<Console::SystemView *>();
        QVERIFY(system);
        VariableInspector *g = system->globals();
        QCOMPARE(g->scope(), VariableInspector::Scope::Global);
        QCOMPARE(g->targetKey(), u"global"_s);
        const QString name = u"CONSOLETEST_"_s + m_tag;
        pick(g, name);
        auto *value = child<QLineEdit>(g, "value");
        QTRY_VERIFY(value->isEnabled());
        value->setText(u"hello world"_s);
        QSignalSpy finished(g, &VariableInspector::setFinished);
        QTest::mouseClick(child<QPushButton>(g, "set"), Qt::LeftButton);
        QVERIFY(finished.wait(m_target.timeoutMs()));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        if (auto *sim = m_target.sim())
            QCOMPARE(sim->asterisk().globalVar(name), u"hello world"_s);
        QCOMPARE(TestSupport::await(m_target.truth->asterisk().getGlobalVar({.variable = name})).value.value,
                 u"hello world"_s);
        QTest::mouseClick(child<QPushButton>(g, "get"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(lastReading(g).origin, VariableReading::Origin::Read, m_target.timeoutMs());
        QCOMPARE(lastReading(g).value, u"hello world"_s);
        // Leave the server as it was.
        (void)TestSupport::await(m_target.truth->asterisk().setGlobalVar({.variable = name, .value = QString()}));
    }
};

QTEST_MAIN(TestVariableInspector)
#include "tst_variableinspector.moc"
