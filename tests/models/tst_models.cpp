// Every model under QAbstractItemModelTester, with exact notification counts
// for a single event, a burst on one item (coalesced), a resync by difference
// and a restart.

#include "models/BridgeModel.h"
#include "models/ChannelModel.h"
#include "models/EventLogModel.h"
#include "models/ValueListModels.h"
#include "tests/support/EventFactory.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;
using Console::Store;

namespace {

// Counts a model's notifications between construction and check().
struct Spies
{
    explicit Spies(QAbstractItemModel *m)
        : inserted(m, &QAbstractItemModel::rowsInserted), removed(m, &QAbstractItemModel::rowsRemoved),
          changed(m, &QAbstractItemModel::dataChanged), reset(m, &QAbstractItemModel::modelReset),
          layout(m, &QAbstractItemModel::layoutChanged)
    {
    }
    void clear()
    {
        inserted.clear();
        removed.clear();
        changed.clear();
        reset.clear();
        layout.clear();
    }
    QSignalSpy inserted, removed, changed, reset, layout;
};

#define CHECK_COUNTS(spies, ins, rem, chg)                                                                             \
    do {                                                                                                               \
        QCOMPARE((spies).inserted.size(), ins);                                                                        \
        QCOMPARE((spies).removed.size(), rem);                                                                         \
        QCOMPARE((spies).changed.size(), chg);                                                                         \
        QCOMPARE((spies).reset.size(), 0);                                                                             \
        QCOMPARE((spies).layout.size(), 0);                                                                            \
    } while (false)

Ari::Channel channel(const QString &id, const QString &state = u"Up"_s)
{
    return *Ari::Channel::fromJson(QJsonDocument(channelJson(id, state)).toJson());
}

template<typename T>
T value(const QJsonObject &o)
{
    return *T::fromJson(QJsonDocument(o).toJson());
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void channelModel()
    {
        Store store;
        Console::Snapshot s;
        s.channels = QList<Ari::Channel>{channel(u"a"_s), channel(u"b"_s), channel(u"c"_s)};
        store.applySnapshot(s, 1);
        Console::ChannelModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        Spies spies(&model);

        // A single event: one new row.
        store.apply(parseEvent(
            eventJson(u"ChannelCreated"_s, {{u"channel"_s, channelJson(u"d"_s, u"Ring"_s, u"Wait"_s, u"10"_s)}})));
        model.flush();
        CHECK_COUNTS(spies, 1, 0, 0);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.data(model.indexOf(u"d"_s, Console::ChannelModel::State)).toString(), u"Ring"_s);

        // A burst of 1,000 events on one channel: one dataChanged.
        spies.clear();
        for (int i = 0; i < 1000; ++i) {
            store.apply(parseEvent(eventJson(u"ChannelVarset"_s, {{u"variable"_s, u"N"_s},
                                                                  {u"value"_s, QString::number(i)},
                                                                  {u"channel"_s, channelJson(u"b"_s)}})));
        }
        model.flush();
        CHECK_COUNTS(spies, 0, 0, 1);
        QCOMPARE(store.channel(u"b"_s)->variables.value(u"N"_s).value, u"999"_s);

        // A resync by difference: a gone, b changed, c the same, d the same, e new.
        spies.clear();
        s.channels = QList<Ari::Channel>{channel(u"b"_s, u"Ringing"_s), channel(u"c"_s), channel(u"e"_s),
                                         store.channel(u"d"_s)->channel};
        store.applySnapshot(s, 2);
        model.flush();
        CHECK_COUNTS(spies, 1, 1, 1);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.rowOf(u"a"_s), -1);
        QVERIFY(store.endedChannels().contains(u"a"_s)); // kept for the timeline
        QCOMPARE(model.data(model.indexOf(u"b"_s, Console::ChannelModel::State)).toString(), u"Ringing"_s);

        // A restart: every row goes, in one block, and nothing resets.
        spies.clear();
        QSignalSpy notice(&store, &Store::notice);
        store.dropEverything(3);
        model.flush();
        CHECK_COUNTS(spies, 0, 1, 0);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(notice.size(), 1);
        QVERIFY(notice.first().first().toString().contains(u"restarted"_s));
    }

    void channelModelColumns()
    {
        Store store;
        store.apply(parseEvent(eventJson(u"StasisStart"_s, {{u"args"_s, QJsonArray{u"x"_s}},
                                                            {u"channel"_s, channelJson(u"a"_s)}})));
        store.apply(parseEvent(eventJson(u"ChannelCreated"_s,
                                         {{u"channel"_s, channelJson(u"b"_s, u"Up"_s, u"Playback"_s, u"hello"_s)}})));
        Console::ChannelModel model(&store);
        model.setNow([] { return Console::parseAriTime(u"2026-11-28T18:33:05.001+0000") ; });
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        using C = Console::ChannelModel;
        QCOMPARE(model.data(model.indexOf(u"a"_s, C::App)).toString(), u"console"_s);
        QCOMPARE(model.data(model.indexOf(u"b"_s, C::App)).toString(), u"dialplan"_s);
        QCOMPARE(model.data(model.indexOf(u"a"_s, C::Caller)).toString(), u"Op <1000>"_s);
        QCOMPARE(model.data(model.indexOf(u"a"_s, C::Dialplan)).toString(), u"demo,300,2"_s);
        QCOMPARE(model.data(model.indexOf(u"a"_s, C::Duration)).toString(), u"1:01:05"_s);
        QCOMPARE(C::formatDuration(65000), u"01:05"_s);
        QCOMPARE(model.data(model.indexOf(u"a"_s), C::InStasisRole).toBool(), true);
        QCOMPARE(model.data(model.indexOf(u"b"_s), C::InStasisRole).toBool(), false);
    }

    void bridgeModel()
    {
        Store store;
        store.applySnapshot(Console::Snapshot{.channels = QList<Ari::Channel>{channel(u"a"_s), channel(u"b"_s)},
                                              .bridges = QList<Ari::Bridge>{value<Ari::Bridge>(bridgeJson(u"x"_s))}},
                            1);
        Console::BridgeModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        Spies spies(&model);

        // A single event: a new bridge.
        store.apply(parseEvent(eventJson(u"BridgeCreated"_s, {{u"bridge"_s, bridgeJson(u"y"_s)}})));
        model.flush();
        CHECK_COUNTS(spies, 1, 0, 0);

        // A channel enters: one member row under its bridge, and the bridge row changes.
        spies.clear();
        store.apply(parseEvent(eventJson(u"ChannelEnteredBridge"_s, {{u"bridge"_s, bridgeJson(u"x"_s, {u"a"_s})},
                                                                     {u"channel"_s, channelJson(u"a"_s)}})));
        model.flush();
        QCOMPARE(spies.inserted.size(), 1);
        QCOMPARE(spies.inserted.first().at(0).value<QModelIndex>(), model.indexOfBridge(u"x"_s));
        QCOMPARE(model.rowCount(model.indexOfBridge(u"x"_s)), 1);
        QVERIFY(model.indexOfMember(u"x"_s, u"a"_s).isValid());
        QCOMPARE(store.channel(u"a"_s)->bridgeId, u"x"_s);

        // A burst on the bridge (1,000 video source changes) coalesces.
        spies.clear();
        for (int i = 0; i < 1000; ++i)
            store.apply(parseEvent(eventJson(u"BridgeVideoSourceChanged"_s,
                                             {{u"bridge"_s, bridgeJson(u"x"_s, {u"a"_s})},
                                              {u"old_video_source_id"_s, QString::number(i)}})));
        model.flush();
        QCOMPARE(spies.inserted.size(), 0);
        QCOMPARE(spies.removed.size(), 0);
        QVERIFY(spies.changed.size() <= 2); // the bridge row, and its member rows at most once

        // Resync by difference: x loses a, y is gone, z is new.
        spies.clear();
        store.applySnapshot(Console::Snapshot{.bridges = QList<Ari::Bridge>{value<Ari::Bridge>(bridgeJson(u"x"_s)),
                                                                            value<Ari::Bridge>(bridgeJson(u"z"_s))}},
                            2);
        model.flush();
        QCOMPARE(spies.removed.size(), 2);  // member a under x, and bridge y
        QCOMPARE(spies.inserted.size(), 1); // bridge z
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(store.channel(u"a"_s)->bridgeId.isEmpty());

        // Restart.
        spies.clear();
        store.dropEverything(3);
        model.flush();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(spies.reset.size(), 0);
        QCOMPARE(spies.removed.size(), 2); // x and z are not next to each other's removal order
    }

    void valueModels()
    {
        Store store;
        const auto device = [](const QString &name, const QString &state) {
            return value<Ari::DeviceState>(QJsonObject{{u"name"_s, name}, {u"state"_s, state}});
        };
        const auto module = [](const QString &name, const QString &status) {
            return value<Ari::Module>(QJsonObject{{u"name"_s, name},
                                                  {u"description"_s, u"d"_s},
                                                  {u"use_count"_s, 0},
                                                  {u"status"_s, status},
                                                  {u"support_level"_s, u"core"_s}});
        };
        const auto rec = [](const QString &name) {
            return value<Ari::StoredRecording>(QJsonObject{{u"name"_s, name}, {u"format"_s, u"wav"_s}});
        };
        const auto sound = [](const QString &id, const QString &lang) {
            return value<Ari::Sound>(QJsonObject{
                {u"id"_s, id},
                {u"text"_s, u"Hello"_s},
                {u"formats"_s, QJsonArray{QJsonObject{{u"language"_s, lang}, {u"format"_s, u"gsm"_s}}}}});
        };
        const auto app = [](const QString &name) {
            return value<Ari::Application>(QJsonObject{{u"name"_s, name},
                                                       {u"channel_ids"_s, QJsonArray{}},
                                                       {u"bridge_ids"_s, QJsonArray{}},
                                                       {u"endpoint_ids"_s, QJsonArray{}},
                                                       {u"device_names"_s, QJsonArray{}},
                                                       {u"events_allowed"_s, QJsonArray{}},
                                                       {u"events_disallowed"_s, QJsonArray{}}});
        };
        const auto mailbox = [](const QString &name, int n) {
            return value<Ari::Mailbox>(
                QJsonObject{{u"name"_s, name}, {u"old_messages"_s, 0}, {u"new_messages"_s, n}});
        };
        const auto endpoint = [](const QString &res, const QString &state) {
            return value<Ari::Endpoint>(QJsonObject{{u"technology"_s, u"PJSIP"_s},
                                                    {u"resource"_s, res},
                                                    {u"state"_s, state},
                                                    {u"channel_ids"_s, QJsonArray{}}});
        };
        Console::Snapshot first;
        first.deviceStates = QList{device(u"Stasis:a"_s, u"INUSE"_s), device(u"Stasis:b"_s, u"BUSY"_s)};
        first.modules = QList{module(u"m1"_s, u"Running"_s), module(u"m2"_s, u"Running"_s)};
        first.storedRecordings = QList{rec(u"r1"_s), rec(u"r2"_s)};
        first.sounds = QList{sound(u"s1"_s, u"en"_s), sound(u"s2"_s, u"en"_s)};
        first.applications = QList{app(u"console"_s), app(u"other"_s)};
        first.mailboxes = QList{mailbox(u"1000"_s, 1), mailbox(u"1001"_s, 2)};
        first.endpoints = QList{endpoint(u"100"_s, u"online"_s), endpoint(u"101"_s, u"offline"_s)};
        first.playbacks = QList<Ari::Playback>{};
        first.liveRecordings = QList<Ari::LiveRecording>{};
        store.applySnapshot(first, 1);

        Console::DeviceStateModel devices(&store);
        Console::ModuleModel modules(&store);
        Console::StoredRecordingModel recordings(&store);
        Console::SoundModel sounds(&store);
        Console::ApplicationModel apps(&store);
        Console::MailboxModel mailboxes(&store);
        Console::EndpointModel endpoints(&store);
        Console::PlaybackModel playbacks(&store);
        Console::LiveRecordingModel live(&store);
        QList<Console::EntityListModel *> all{&devices, &modules, &recordings, &sounds, &apps,
                                              &mailboxes, &endpoints, &playbacks, &live};
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        std::vector<std::unique_ptr<Spies>> spies;
        for (auto *m : all) {
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                m, QAbstractItemModelTester::FailureReportingMode::QtTest));
            spies.push_back(std::make_unique<Spies>(m));
        }
        QCOMPARE(devices.rowCount(), 2);
        QCOMPARE(sounds.data(sounds.index(sounds.rowOf(u"s1"_s), 2)).toString(), u"en"_s);

        // Single events: a device state changes, a playback starts, a recording starts.
        store.apply(parseEvent(eventJson(u"DeviceStateChanged"_s,
                                         {{u"device_state"_s, QJsonObject{{u"name"_s, u"Stasis:a"_s},
                                                                          {u"state"_s, u"NOT_INUSE"_s}}}})));
        const QJsonObject playback{{u"id"_s, u"p1"_s},
                                   {u"media_uri"_s, u"sound:hello"_s},
                                   {u"target_uri"_s, u"channel:a"_s},
                                   {u"language"_s, u"en"_s},
                                   {u"state"_s, u"playing"_s}};
        store.apply(parseEvent(eventJson(u"PlaybackStarted"_s, {{u"playback"_s, playback}})));
        const QJsonObject recording{{u"name"_s, u"rec-new"_s},
                                    {u"format"_s, u"wav"_s},
                                    {u"target_uri"_s, u"channel:a"_s},
                                    {u"state"_s, u"recording"_s}};
        store.apply(parseEvent(eventJson(u"RecordingStarted"_s, {{u"recording"_s, recording}})));
        for (auto *m : all)
            m->flush();
        CHECK_COUNTS(*spies[0], 0, 0, 1); // devices
        CHECK_COUNTS(*spies[7], 1, 0, 0); // playbacks
        CHECK_COUNTS(*spies[8], 1, 0, 0); // live recordings
        CHECK_COUNTS(*spies[1], 0, 0, 0); // modules untouched
        QCOMPARE(devices.data(devices.index(devices.rowOf(u"Stasis:a"_s), 1)).toString(), u"NOT_INUSE"_s);

        // The recording finishes: it leaves the live list. A stop and a cancel both end with
        // RecordingFinished "done" (trace 06 #32, #48), so the store asks whether Asterisk kept it,
        // and the answer of that read puts it in the stored list, without a refresh.
        for (auto &s : spies)
            s->clear();
        QJsonObject done = recording;
        done.insert(u"state"_s, u"done"_s);
        QSignalSpy check(&store, &Console::Store::storedRecordingNeedsCheck);
        store.apply(parseEvent(eventJson(u"RecordingFinished"_s, {{u"recording"_s, done}})));
        for (auto *m : all)
            m->flush();
        CHECK_COUNTS(*spies[8], 0, 1, 0);
        CHECK_COUNTS(*spies[2], 0, 0, 0);
        QCOMPARE(check.size(), 1);
        QCOMPARE(check.first().first().toString(), u"rec-new"_s);
        store.applyRead(rec(u"rec-new"_s));
        recordings.flush();
        CHECK_COUNTS(*spies[2], 1, 0, 0);
        QVERIFY(recordings.rowOf(u"rec-new"_s) >= 0);

        // A burst of 1,000 on one device: one dataChanged.
        for (auto &s : spies)
            s->clear();
        for (int i = 0; i < 1000; ++i) {
            store.apply(parseEvent(eventJson(u"DeviceStateChanged"_s,
                                             {{u"device_state"_s, QJsonObject{{u"name"_s, u"Stasis:b"_s},
                                                                              {u"state"_s, i % 2 ? u"BUSY"_s : u"INUSE"_s}}}})));
        }
        devices.flush();
        CHECK_COUNTS(*spies[0], 0, 0, 1);

        // A resync by difference on every collection: one gone, one changed, one new.
        for (auto &s : spies)
            s->clear();
        Console::Snapshot second;
        second.deviceStates = QList{device(u"Stasis:b"_s, u"RINGING"_s), device(u"Stasis:c"_s, u"INUSE"_s)};
        second.modules = QList{module(u"m2"_s, u"Not Running"_s), module(u"m3"_s, u"Running"_s)};
        second.storedRecordings = QList{rec(u"r2"_s), rec(u"r3"_s)};
        second.sounds = QList{sound(u"s2"_s, u"fr"_s), sound(u"s3"_s, u"en"_s)};
        second.applications = QList{app(u"console"_s), app(u"third"_s)};
        second.mailboxes = QList{mailbox(u"1000"_s, 5), mailbox(u"1002"_s, 0)};
        second.endpoints = QList{endpoint(u"100"_s, u"offline"_s), endpoint(u"102"_s, u"online"_s)};
        second.playbacks = QList<Ari::Playback>{};
        second.liveRecordings = QList<Ari::LiveRecording>{};
        store.applySnapshot(second, 2);
        for (auto *m : all)
            m->flush();
        // devices: a gone, b changed, c new
        CHECK_COUNTS(*spies[0], 1, 1, 1);
        CHECK_COUNTS(*spies[1], 1, 1, 1);
        // recordings: r1 and rec-new gone (adjacent or not), r3 new, r2 the same
        QCOMPARE(spies[2]->inserted.size(), 1);
        QCOMPARE(recordings.rowCount(), 2);
        QCOMPARE(spies[2]->changed.size(), 0);
        CHECK_COUNTS(*spies[3], 1, 1, 1);
        CHECK_COUNTS(*spies[4], 1, 1, 0); // console identical
        CHECK_COUNTS(*spies[5], 1, 1, 1);
        CHECK_COUNTS(*spies[6], 1, 1, 1);
        CHECK_COUNTS(*spies[7], 0, 1, 0); // the playback is gone
        QCOMPARE(playbacks.rowCount(), 0);

        // A restart empties every model, one block each.
        for (auto &s : spies)
            s->clear();
        store.dropEverything(3);
        for (qsizetype i = 0; i < all.size(); ++i) {
            all[i]->flush();
            QCOMPARE(all[i]->rowCount(), 0);
            QCOMPARE(spies[size_t(i)]->reset.size(), 0);
            QCOMPARE(spies[size_t(i)]->inserted.size(), 0);
            QCOMPARE(spies[size_t(i)]->removed.size(), i >= 7 ? 0 : 1);
        }
    }

    void eventLog()
    {
        Console::EventLogModel log;
        log.setCapacity(100);
        QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Spies spies(&log);
        const auto ev = parseEvent(eventJson(u"ChannelStateChange"_s, {{u"channel"_s, channelJson(u"a"_s)}}));
        log.append(ev, 1);
        log.flush();
        CHECK_COUNTS(spies, 1, 0, 0);
        QCOMPARE(log.data(log.index(0, Console::EventLogModel::Channel)).toString(), u"a"_s);

        // A burst of 1,000 (over the capacity): one block out, one block in.
        spies.clear();
        for (int i = 0; i < 1000; ++i) {
            log.append(parseEvent(eventJson(i % 2 ? u"ChannelVarset"_s : u"ChannelDtmfReceived"_s,
                                            {{u"channel"_s, channelJson(i % 3 ? u"b"_s : u"c"_s)},
                                             {u"variable"_s, u"X"_s},
                                             {u"value"_s, QString::number(i)},
                                             {u"digit"_s, u"5"_s},
                                             {u"duration_ms"_s, 100}})),
                       i + 2);
        }
        log.flush();
        CHECK_COUNTS(spies, 1, 1, 0);
        QCOMPARE(log.rowCount(), 100);
        QCOMPARE(log.totalReceived(), 1001u);
        QVERIFY(log.entry(99).raw.contains("\"999\""));

        Console::EventLogFilter filter;
        filter.setSourceModel(&log);
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setTypes({u"ChannelVarset"_s});
        QCOMPARE(filter.rowCount(), 50);
        filter.setChannelId(u"c"_s);
        int expected = 0;
        for (int i = 900; i < 1000; ++i)
            expected += (i % 2 == 1 && i % 3 == 0);
        QCOMPARE(filter.rowCount(), expected);
        filter.setTypes({});
        filter.setChannelId({});
        filter.setText(u"\"997\""_s);
        QCOMPARE(filter.rowCount(), 1);

        // The ring wraps again, then shrinks: rows stay the newest, oldest first.
        filter.setText({});
        spies.clear();
        for (int i = 1000; i < 1030; ++i)
            log.append(parseEvent(eventJson(u"ChannelVarset"_s, {{u"channel"_s, channelJson(u"b"_s)},
                                                                 {u"variable"_s, u"X"_s},
                                                                 {u"value"_s, QString::number(i)}})),
                       i + 2);
        log.flush();
        CHECK_COUNTS(spies, 1, 1, 0);
        QCOMPARE(log.rowCount(), 100);
        for (int row = 0; row < 100; ++row)
            QCOMPARE(log.entry(row).arrivalMs, qint64(930 + row + 2));
        log.setCapacity(50);
        QCOMPARE(log.rowCount(), 50);
        QCOMPARE(log.entry(0).arrivalMs, qint64(980 + 2));
        QCOMPARE(log.entry(49).arrivalMs, qint64(1029 + 2));
    }

    void historyKeepsFramesWithinBudget()
    {
        Store store;
        store.setHistoryRawBudget(4096);
        auto event = [](const QString &type, int i) {
            return parseEvent(eventJson(type, {{u"channel"_s, channelJson(u"a"_s)},
                                               {u"variable"_s, u"V"_s},
                                               {u"value"_s, QString::number(i)}},
                                        1000 + i));
        };
        store.apply(event(u"ChannelCreated"_s, 0));
        for (int i = 1; i < 200; ++i)
            store.apply(event(i % 10 == 0 ? u"ChannelStateChange"_s : u"ChannelVarset"_s, i));
        const Console::LiveChannel *lc = store.channel(u"a"_s);
        QVERIFY(lc);
        // Every entry within the count limit stays, with its time and type.
        QVERIFY(lc->history.size() >= 64);
        QVERIFY(lc->history.size() <= 96);
        qsizetype held = 0;
        int framesKept = 0;
        for (const Console::HistoryEntry &h : lc->history) {
            QVERIFY(h.atMs > 0);
            QVERIFY(h.type == Ari::EventType::ChannelVarset || h.type == Ari::EventType::ChannelStateChange);
            held += h.raw.size();
            framesKept += !h.raw.isEmpty();
        }
        // Frames only within the budget (the newest always), chatter let go of first.
        QCOMPARE(held, lc->historyRaw.bytes);
        QCOMPARE(store.historyRawBytes(), held);
        QVERIFY(held <= 4096);
        QVERIFY(framesKept >= 4);
        QVERIFY(!lc->history.last().raw.isEmpty());
        QVERIFY(lc->history.last().raw.contains("\"199\""));
        for (qsizetype i = 0; i + 1 < lc->history.size(); ++i) {
            const Console::HistoryEntry &h = lc->history.at(i);
            if (h.type == Ari::EventType::ChannelStateChange && h.raw.isEmpty()) {
                // A milestone lost its frame only once no older chatter held one.
                for (qsizetype j = 0; j < i; ++j)
                    QVERIFY(lc->history.at(j).raw.isEmpty());
            }
        }
        int milestonesKept = 0;
        for (const Console::HistoryEntry &h : lc->history)
            milestonesKept += h.type == Ari::EventType::ChannelStateChange && !h.raw.isEmpty();
        QVERIFY(milestonesKept >= 2);

        // Ended channels: past their own budget, the first to end let go of their frames.
        // (each ended history holds at most 4096 here: one fits, two do not)
        store.setEndedHistoryRawBudget(6000);
        store.apply(parseEvent(eventJson(u"ChannelDestroyed"_s, {{u"channel"_s, channelJson(u"a"_s)}, {u"cause"_s, 16},
                                                                 {u"cause_txt"_s, u"Normal Clearing"_s}}, 5000)));
        QVERIFY(!store.channel(u"a"_s));
        QVERIFY(store.anyChannel(u"a"_s));
        store.apply(parseEvent(eventJson(u"ChannelCreated"_s, {{u"channel"_s, channelJson(u"b"_s)}}, 6000)));
        for (int i = 0; i < 20; ++i)
            store.apply(parseEvent(eventJson(u"ChannelVarset"_s, {{u"channel"_s, channelJson(u"b"_s)},
                                                                  {u"variable"_s, u"V"_s},
                                                                  {u"value"_s, QString::number(i)}},
                                             6001 + i)));
        store.apply(parseEvent(eventJson(u"ChannelDestroyed"_s, {{u"channel"_s, channelJson(u"b"_s)}, {u"cause"_s, 16},
                                                                 {u"cause_txt"_s, u"Normal Clearing"_s}}, 7000)));
        const Console::LiveChannel *a = store.anyChannel(u"a"_s);
        const Console::LiveChannel *b = store.anyChannel(u"b"_s);
        QVERIFY(a && b);
        QVERIFY(a->history.size() >= 64); // the entries stay
        for (const Console::HistoryEntry &h : a->history)
            QVERIFY(h.raw.isEmpty());
        QVERIFY(!b->history.last().raw.isEmpty());
        QVERIFY(store.historyRawBytes() <= 6000);
    }

    // With no view asking (a headless console, the soak), ended calls still leave once past the
    // retention, by the times the events give: the store does not grow with every call.
    void endedCallsExpireByTheStoresClock()
    {
        Console::Store store;
        store.setEndedRetentionMs(60 * 1000);
        auto endAt = [&store](const QString &id, qint64 atMs) {
            store.apply(parseEvent(eventJson(u"ChannelCreated"_s, {{u"channel"_s, channelJson(id)}}, atMs - 500)));
            store.apply(parseEvent(eventJson(u"ChannelDestroyed"_s, {{u"channel"_s, channelJson(id)}, {u"cause"_s, 16},
                                                                     {u"cause_txt"_s, u"Normal Clearing"_s}}, atMs)));
            QVERIFY(!store.channel(id));
        };
        endAt(u"a"_s, 1000);
        endAt(u"c"_s, 40000);
        QVERIFY(store.anyChannel(u"a"_s)); // 39 s ago: kept
        endAt(u"b"_s, 70000);
        QVERIFY(!store.anyChannel(u"a"_s)); // 69 s ago: gone
        QVERIFY(store.anyChannel(u"c"_s));
        QVERIFY(store.anyChannel(u"b"_s));
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
