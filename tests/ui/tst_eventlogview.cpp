// The event log view in the main window, offscreen, against the simulator (or,
// registered as tst_eventlogview_live, a real Asterisk set up as in
// shared/asterisk-lab). It filters by type through the checklist, by the
// channel selected in the channel table and by text; pauses with a count of
// what arrived meanwhile; shows the selected event as indented JSON in
// Asterisk's key order; exports the filtered set as .jsonl, which re-reads to
// the same events, and keeps credentials out of it. The events shown are
// checked against the server's own state.

#include "models/EventLogExport.h"
#include "models/LiveEventFilter.h"
#include "models/ServerSession.h"
#include "tests/ui/LiveTarget.h"
#include "tests/ui/Screenshots.h"
#include "ui/ChannelsView.h"
#include "ui/EventLogView.h"
#include "ui/InlineMessage.h"
#include "ui/MainWindow.h"

#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using Console::EventLogModel;
using Console::EventLogView;

class TestEventLogView : public QObject
{
    Q_OBJECT

    TestSupport::LiveTarget m_target;
    std::unique_ptr<Console::ServerSession> m_session;
    std::unique_ptr<Console::MainWindow> m_window;
    QStringList m_channels;
    QString m_tag;

    EventLogView *view() const { return m_window->findChild<EventLogView *>(); }
    template<typename T>
    T *child(QWidget *w, const char *name) const
    {
        return w->findChild<T *>(QString::fromLatin1(name));
    }

    QString originate(const QString &endpoint)
    {
        const auto r = TestSupport::await(
            m_session->client()->channels().originate({.endpoint = endpoint, .app = u"console"_s}));
        if (!r.ok()) {
            qWarning() << "originate failed:" << r.error.toString();
            return {};
        }
        m_channels.append(r.value.id);
        return r.value.id;
    }
    bool setVar(const QString &channel, const QString &name, const QString &value)
    {
        return TestSupport::await(m_session->client()->channels().setChannelVar(
                                      {.channelId = channel, .variable = name, .value = value}))
            .ok();
    }
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
        return r.ok() ? std::optional<QString>(r.value.value) : std::nullopt;
    }

    // What the view shows, row by row.
    QList<QModelIndex> shownRows() const
    {
        QList<QModelIndex> out;
        const QAbstractItemModel *m = view()->table()->model();
        for (int row = 0; row < m->rowCount(); ++row)
            out.append(m->index(row, 0));
        return out;
    }
    // Whether an event concerns a channel: its subject, or named anywhere in it.
    static bool concerns(const QModelIndex &row, const QString &channel)
    {
        return row.data(EventLogModel::ChannelIdRole).toString() == channel
            || row.data(EventLogModel::RawRole).toByteArray().contains(QByteArray('"' + channel.toUtf8() + '"'));
    }
    // The whole log, counted independently of the view.
    int countInLog(const std::function<bool(const QModelIndex &)> &keep) const
    {
        EventLogModel *log = m_session->eventLog();
        log->flush();
        int n = 0;
        for (int row = 0; row < log->rowCount(); ++row) {
            if (keep(log->index(row, 0)))
                ++n;
        }
        return n;
    }
    void flush()
    {
        m_session->eventLog()->flush();
        QCoreApplication::processEvents();
    }
    // A ChannelVarset for this variable of this channel reached the log.
    bool logged(const QString &channel, const QString &variable)
    {
        return countInLog([&](const QModelIndex &i) {
                   const QByteArray raw = i.data(EventLogModel::RawRole).toByteArray();
                   return i.data(EventLogModel::TypeRole).toString() == u"ChannelVarset"
                       && i.data(EventLogModel::ChannelIdRole).toString() == channel
                       && raw.contains(QByteArray("\"" + variable.toUtf8() + "\""));
               })
            > 0;
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
        QSettings().clear();
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
        QVERIFY(view());
    }

    void cleanup()
    {
        for (const QString &id : std::as_const(m_channels))
            (void)TestSupport::await(m_target.truth->channels().hangup({.channelId = id}));
        m_channels.clear();
        m_window.reset();
        m_session.reset();
    }

    void filtersByTypeAndBySelectedChannelAndExports()
    {
        const QString a = originate(u"Local/300@demo"_s);
        const QString b = originate(u"Local/300@demo"_s);
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        Console::Store *store = m_session->store();
        QTRY_VERIFY_WITH_TIMEOUT(store->channel(a) && store->channel(a)->inStasis() && store->channel(b)
                                     && store->channel(b)->inStasis(),
                                 m_target.timeoutMs());
        const QString mark = u"MARK_"_s + m_tag;
        QVERIFY(setVar(a, mark, u"on-a"_s));
        QVERIFY(setVar(b, mark, u"on-b"_s));
        QTRY_VERIFY_WITH_TIMEOUT(logged(a, mark) && logged(b, mark), m_target.timeoutMs());
        EventLogView *v = view();

        // By type: clear every box, then tick ChannelVarset in the checklist.
        QTest::mouseClick(child<QPushButton>(v, "noTypes"), Qt::LeftButton);
        flush();
        QCOMPARE(v->table()->model()->rowCount(), 0);
        auto *types = child<QListWidget>(v, "types");
        QListWidgetItem *varset = nullptr;
        for (int i = 0; i < types->count(); ++i) {
            if (types->item(i)->data(Qt::UserRole + 1).toString() == u"ChannelVarset")
                varset = types->item(i);
        }
        QVERIFY(varset);
        varset->setCheckState(Qt::Checked);
        flush();
        QCOMPARE(v->checkedTypes(), QStringList{u"ChannelVarset"_s});
        const auto isVarset = [](const QModelIndex &i) { return i.data(EventLogModel::TypeRole).toString() == u"ChannelVarset"; };
        QVERIFY(countInLog(isVarset) >= 2);
        QCOMPARE(v->table()->model()->rowCount(), countInLog(isVarset));
        for (const QModelIndex &row : shownRows())
            QCOMPARE(row.data(EventLogModel::TypeRole).toString(), u"ChannelVarset"_s);
        // The checklist counts what the ring buffer holds of each type.
        QTRY_VERIFY(varset->text().contains(QLocale().toString(countInLog(isVarset))));

        // By the selected channel: follow the selection, select a in the channel table.
        auto *subject = child<QComboBox>(v, "subject");
        subject->setCurrentIndex(subject->findData(int(EventLogView::Subject::Selection)));
        m_window->channelsView()->selectChannel(a);
        flush();
        QTRY_COMPARE(v->filter()->channelIds(), QStringList{a});
        QVERIFY(child<QLineEdit>(v, "subjectId")->text().contains(store->channel(a)->channel.name));
        const int expected = countInLog([&](const QModelIndex &i) { return isVarset(i) && concerns(i, a); });
        QVERIFY(expected >= 1);
        QCOMPARE(v->table()->model()->rowCount(), expected);
        bool sawMark = false;
        for (const QModelIndex &row : shownRows()) {
            QVERIFY(concerns(row, a));
            QVERIFY(!concerns(row, b));
            const QJsonObject e = QJsonDocument::fromJson(row.data(EventLogModel::RawRole).toByteArray()).object();
            if (e.value(u"variable"_s).toString() == mark) {
                sawMark = true;
                // What the log shows is what the server holds.
                QCOMPARE(e.value(u"value"_s).toString(), serverVar(a, mark).value_or(u"?"_s));
                QCOMPARE(e.value(u"channel"_s).toObject().value(u"id"_s).toString(), a);
            }
        }
        QVERIFY(sawMark);

        // The selected event, indented, keys in Asterisk's order ("type" first, as sent).
        v->table()->selectRow(v->table()->model()->rowCount() - 1);
        const QString json = v->shownJson();
        QVERIFY(json.startsWith(u"{\n  \"variable\": "_s) || json.startsWith(u"{\n  \"type\": "_s));
        const QByteArray raw = shownRows().last().data(EventLogModel::RawRole).toByteArray();
        QCOMPARE(QJsonDocument::fromJson(json.toUtf8()).object(), QJsonDocument::fromJson(raw).object());
        QCOMPARE(Console::EventLogExport::compact(json.toUtf8()), Console::EventLogExport::compact(raw));

        // Export the filtered set; it re-reads to the same events.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"events.jsonl"_s);
        QSignalSpy exported(v, &EventLogView::exported);
        const Console::EventLogExport::Result result = v->exportTo(path);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(exported.count(), 1);
        QCOMPARE(result.written, expected);
        QCOMPARE(result.redacted, 0);
        QVERIFY(child<Console::InlineMessage>(v, "message")->text().contains(QString::number(expected)));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Console::EventLogExport::Read back = Console::EventLogExport::read(&file);
        QVERIFY2(back.problems.isEmpty(), qPrintable(back.problems.join(u"; "_s)));
        const QList<QModelIndex> rows = shownRows();
        QCOMPARE(back.events.size(), rows.size());
        for (int i = 0; i < rows.size(); ++i) {
            QCOMPARE(back.events.at(i).typeName, rows.at(i).data(EventLogModel::TypeRole).toString());
            QCOMPARE(back.events.at(i).raw, Console::EventLogExport::compact(rows.at(i).data(EventLogModel::RawRole).toByteArray()));
            const auto *e = back.events.at(i).as<Ari::ChannelVarsetEvent>();
            QVERIFY(e);
            QCOMPARE(e->channel.id, a);
        }
        // No credential is in it: no JSON string in the file is the password or "user:password".
        file.seek(0);
        const QByteArray text = file.readAll();
        QVERIFY(!text.contains(QByteArray('"' + m_target.base.password.toUtf8() + '"')));
        QVERIFY(!text.contains((m_target.base.user + u':' + m_target.base.password).toUtf8()));
        QVERIFY(!text.contains("Authorization"));
        TestSupport::snap(m_window.get(), u"eventlog-filtered"_s);
    }

    void pausesAndCountsWhatArrives()
    {
        const QString a = originate(u"Local/300@demo"_s);
        QVERIFY(!a.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(m_session->store()->channel(a) && m_session->store()->channel(a)->inStasis(),
                                 m_target.timeoutMs());
        EventLogView *v = view();
        v->setSubject(EventLogView::Subject::Channel, a);
        v->setCheckedTypes({u"ChannelVarset"_s});
        flush();
        const int before = v->table()->model()->rowCount();
        QTest::mouseClick(child<QPushButton>(v, "pause"), Qt::LeftButton);
        QVERIFY(v->isPaused());
        const QString name = u"PAUSED_"_s + m_tag;
        QVERIFY(setVar(a, name, u"1"_s));
        QVERIFY(setVar(a, name, u"2"_s));
        QTRY_VERIFY_WITH_TIMEOUT(logged(a, name), m_target.timeoutMs());
        QTRY_VERIFY_WITH_TIMEOUT(v->filter()->matchingWhilePaused() >= 2, m_target.timeoutMs());
        QVERIFY(v->filter()->arrivedWhilePaused() >= v->filter()->matchingWhilePaused());
        // The view held still, and says what it is holding back.
        QCOMPARE(v->table()->model()->rowCount(), before);
        auto *count = child<QLabel>(v, "pausedCount");
        QVERIFY(count->isVisible());
        QVERIFY2(count->text().contains(QString::number(v->filter()->matchingWhilePaused())), qPrintable(count->text()));
        QVERIFY(child<QPushButton>(v, "pause")->text().contains(u"Resume"_s));
        const int held = v->filter()->matchingWhilePaused();
        QTest::mouseClick(child<QPushButton>(v, "pause"), Qt::LeftButton);
        QVERIFY(!v->isPaused());
        QCOMPARE(v->table()->model()->rowCount(), before + held);
        QCOMPARE(serverVar(a, name), std::optional<QString>(u"2"_s));
        QVERIFY(!count->isVisible());
    }

    void filtersByText()
    {
        const QString a = originate(u"Local/300@demo"_s);
        QVERIFY(!a.isEmpty());
        const QString name = u"TEXTFIND_"_s + m_tag;
        QTRY_VERIFY_WITH_TIMEOUT(m_session->store()->channel(a), m_target.timeoutMs());
        QVERIFY(setVar(a, name, u"needle"_s));
        QTRY_VERIFY_WITH_TIMEOUT(logged(a, name), m_target.timeoutMs());
        EventLogView *v = view();
        v->setText(name.toLower()); // case does not matter
        flush();
        QCOMPARE(v->table()->model()->rowCount(), 1);
        QVERIFY(shownRows().first().data(EventLogModel::RawRole).toByteArray().contains(name.toUtf8()));
        v->setText(QString());
        flush();
        QVERIFY(v->table()->model()->rowCount() > 1);
    }

    void keepsCredentialsOutOfAnExport()
    {
        // An event that carries the password as a value (a variable someone set to it) is redacted.
        const QString a = originate(u"Local/300@demo"_s);
        QVERIFY(!a.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(m_session->store()->channel(a), m_target.timeoutMs());
        const QString name = u"SECRET_"_s + m_tag;
        QVERIFY(setVar(a, name, m_target.base.password));
        QTRY_VERIFY_WITH_TIMEOUT(logged(a, name), m_target.timeoutMs());
        EventLogView *v = view();
        v->setText(name);
        flush();
        QCOMPARE(v->table()->model()->rowCount(), 1);
        QTemporaryDir dir;
        const Console::EventLogExport::Result result = v->exportTo(dir.filePath(u"secret.jsonl"_s));
        QVERIFY(result.ok());
        QCOMPARE(result.written, 1);
        QCOMPARE(result.redacted, 1);
        QVERIFY(child<Console::InlineMessage>(v, "message")->text().contains(u"REDACTED"_s));
        QFile file(dir.filePath(u"secret.jsonl"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(!text.contains(QByteArray('"' + m_target.base.password.toUtf8() + '"')));
        const QJsonObject e = QJsonDocument::fromJson(text).object();
        QCOMPARE(e.value(u"variable"_s).toString(), name);
        QCOMPARE(e.value(u"value"_s).toString(), u"REDACTED"_s);
        QVERIFY(e.contains(u"asterisk_id"_s)); // a key that contains the lab's password is left alone
    }
};

QTEST_MAIN(TestEventLogView)
#include "tst_eventlogview.moc"
