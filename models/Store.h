#pragma once

#include "ari/Event.h"
#include "ari/Models.h"
#include "models/LiveChannel.h"

#include <QHash>
#include <QObject>

#include <vector>

namespace Console {

//! The kinds of things the store keeps.
enum class Entity : quint8 {
    Channel,
    Bridge,
    Application,
    Endpoint,
    DeviceState,
    StoredRecording,
    LiveRecording,
    Playback,
    Sound,
    Module,
    Mailbox,
};
inline constexpr int entityCount = 11;

enum class Change : quint8 { Added, Updated, Removed };

enum class SyncState : quint8 {
    Synced,    //!< the picture is the truth as of the last event
    Stale,     //!< the connection is down: the picture may be out of date
    Resyncing, //!< connected again, taking a fresh snapshot
};

//! Everything a snapshot reads; each list is optional (an unread list leaves
//! that part of the store untouched).
struct Snapshot
{
    std::optional<QList<Ari::Channel>> channels{};
    std::optional<QList<Ari::Bridge>> bridges{};
    std::optional<QList<Ari::Application>> applications{};
    std::optional<QList<Ari::Endpoint>> endpoints{};
    std::optional<QList<Ari::DeviceState>> deviceStates{};
    std::optional<QList<Ari::StoredRecording>> storedRecordings{};
    std::optional<QList<Ari::Sound>> sounds{};
    std::optional<QList<Ari::Module>> modules{};
    std::optional<QList<Ari::Mailbox>> mailboxes{};
    std::optional<QList<Ari::Playback>> playbacks{};           //!< those the console knew and still exist
    std::optional<QList<Ari::LiveRecording>> liveRecordings{}; //!< likewise
};

//! Told of each change of a Store, as its changed() signal is, but by a plain
//! virtual call before the signal goes out: the channel, bridge and list models
//! hear of every event, and a signal's dispatch costs more than their work.
//! `channel` is the changed live channel when the store has it at hand (an
//! Entity::Channel change that is not a removal), else nullptr: look it up.
class StoreObserver
{
public:
    virtual void storeChanged(Entity entity, const QString &id, Change change, const LiveChannel *channel) = 0;

protected:
    ~StoreObserver() = default;
};

//! The console's live picture of one Asterisk: channels, bridges and the rest,
//! changed by events and snapshots, on one thread and in order. It never
//! touches widgets: models listen to changed() and map it onto their rows.
//!
//! Every event applies idempotently (events carry whole snapshots of what they
//! concern), so an event already reflected in a snapshot does no harm.
class Store : public QObject
{
    Q_OBJECT

public:
    explicit Store(QObject *parent = nullptr);

    // Reading.
    const QHash<QString, LiveChannel> &channels() const { return m_channels; }
    //! Channels that ended recently, kept for the timeline for endedRetentionMs.
    const QHash<QString, LiveChannel> &endedChannels() const { return m_ended; }
    const LiveChannel *channel(const QString &id) const;
    //! A live channel, else a recently ended one, else nullptr.
    const LiveChannel *anyChannel(const QString &id) const;
    const QHash<QString, LiveBridge> &bridges() const { return m_bridges; }
    const LiveBridge *bridge(const QString &id) const;
    const QHash<QString, Ari::Application> &applications() const { return m_applications; }
    const QHash<QString, Ari::Endpoint> &endpoints() const { return m_endpoints; }
    const QHash<QString, Ari::DeviceState> &deviceStates() const { return m_deviceStates; }
    const QHash<QString, Ari::StoredRecording> &storedRecordings() const { return m_storedRecordings; }
    const QHash<QString, Ari::LiveRecording> &liveRecordings() const { return m_liveRecordings; }
    const QHash<QString, Ari::Playback> &playbacks() const { return m_playbacks; }
    const QHash<QString, Ari::Sound> &sounds() const { return m_sounds; }
    const QHash<QString, Ari::Module> &modules() const { return m_modules; }
    const QHash<QString, Ari::Mailbox> &mailboxes() const { return m_mailboxes; }
    static QString endpointKey(const Ari::Endpoint &e) { return e.technology + u'/' + e.resource; }

    SyncState syncState() const { return m_syncState; }
    //! When the picture went stale (ms since the epoch), or 0.
    qint64 staleSinceMs() const { return m_staleSinceMs; }
    //! When the store last saw Asterisk restart, or 0.
    qint64 restartedAtMs() const { return m_restartedAtMs; }
    //! The time of the last applied event or snapshot (Asterisk's clock when known).
    qint64 lastSyncedMs() const { return m_lastSyncedMs; }
    //! Whether the connection was subscribed to all events (then dialplan-only channels show too).
    bool subscribeAll() const { return m_subscribeAll; }
    void setSubscribeAll(bool all) { m_subscribeAll = all; }

    // Changing.
    //! Applies one event; unknown types only count.
    void apply(const Ari::Event &event);
    //! Makes the store equal the snapshot by difference: vanished items are
    //! removed, new ones added, changed ones updated in place.
    void applySnapshot(const Snapshot &snapshot, qint64 atMs);
    //! Asterisk restarted: everything from before is dropped, and the operator is told.
    void dropEverything(qint64 atMs);
    void setSyncState(SyncState state, qint64 atMs);
    //! A channel known to be gone although no event said so.
    void markEnded(const QString &id, qint64 atMs) { endChannel(id, -1, atMs); }
    //! Every live channel may have missed events between the two times.
    void recordGap(qint64 fromMs, qint64 toMs);
    //! Forgets ended channels older than the retention at `nowMs`.
    void expireEnded(qint64 nowMs);
    //! What a direct read (or a call's answer) said of one item, where no event tells: a paused
    //! playback, a paused recording, a copied or checked stored recording. A playback or live
    //! recording is only updated, never brought back once ended; a stored recording is added too.
    void applyRead(const Ari::Playback &playback);
    void applyRead(const Ari::LiveRecording &recording);
    void applyRead(const Ari::StoredRecording &recording);
    //! A stored recording known to be gone (deleted, or 404 when read).
    void removeStoredRecording(const QString &name);
    //! What a read of one bridge said (bridgeNeedsCheck): updated, never brought back once destroyed.
    void applyRead(const Ari::Bridge &bridge);
    //! How many events have changed the bridge so far (0 when unknown): a read sent at one count
    //! and answered at another may predate a member's leaving, and must not be applied.
    quint64 bridgeEvents(const QString &id) const;
    //! A bridge known to be gone (404 when read).
    void markBridgeGone(const QString &id) { removeBridge(id); }

    void setHistoryLimit(int limit) { m_historyLimit = limit; }
    //! How many bytes of raw frames one channel's history may hold (12 KiB by
    //! default): past it, its oldest entries let go of theirs, chatter first
    //! (variables, dialplan steps, DTMF), and keep their time and type.
    void setHistoryRawBudget(qsizetype bytes) { m_historyRawBudget = std::max<qsizetype>(0, bytes); }
    qsizetype historyRawBudget() const { return m_historyRawBudget; }
    //! How many bytes of raw frames the histories of ended channels may hold in
    //! all (64 MiB by default): past it, the channels that ended first let go of theirs.
    void setEndedHistoryRawBudget(qsizetype bytes) { m_endedRawBudget = std::max<qsizetype>(0, bytes); }
    //! The bytes of raw frames the histories of all channels (live and ended) hold now.
    qsizetype historyRawBytes() const;
    void setEndedRetentionMs(qint64 ms) { m_endedRetentionMs = ms; }
    qint64 endedRetentionMs() const { return m_endedRetentionMs; }
    quint64 eventsApplied() const { return m_eventsApplied; }

    //! Whole-store JSON for the headless dump and for comparisons.
    QJsonObject toJson() const;

    //! Adds an observer, told of every change before changed() is emitted, in
    //! the order they were added. It must be removed before it is destroyed.
    void addObserver(StoreObserver *observer);
    void removeObserver(StoreObserver *observer);

Q_SIGNALS:
    void changed(Console::Entity entity, const QString &id, Console::Change change);
    void syncStateChanged(Console::SyncState state);
    //! Something the operator must be told, in words (a restart, a replaced application).
    void notice(const QString &text);
    //! A channel was verified gone after StasisEnd (events for it may never come).
    void channelNeedsCheck(const QString &id);
    //! A recording finished: whether Asterisk kept it needs a read, since a cancelled
    //! recording ends with the same RecordingFinished "done" (trace 06 #47-50).
    void storedRecordingNeedsCheck(const QString &name);
    //! A Recorder or Announcer joined or left a bridge (a member's BRIDGEPEER names one, now or
    //! before), which changes its technology (simple_bridge, softmix) with no event (trace 04
    //! #66-80): it needs a read.
    void bridgeNeedsCheck(const QString &id);

private:
    //! Tells the observers, then emits changed().
    void notify(Entity entity, const QString &id, Change change, const LiveChannel *channel = nullptr);
    LiveChannel &upsertChannel(const Ari::Channel &c, qint64 atMs, bool *added = nullptr, bool *differs = nullptr);
    void touchChannel(LiveChannel &lc, const QString &id, qint64 atMs, bool added);
    void endChannel(const QString &id, int cause, qint64 atMs);
    void upsertBridge(const Ari::Bridge &b, qint64 atMs);
    void bridgeEvent(const Ari::Bridge &b, qint64 atMs); // upsertBridge, counted in LiveBridge::events
    void removeBridge(const QString &id);
    void addHistory(LiveChannel &lc, const Ari::Event &event, qint64 atMs);
    void trimHistory(LiveChannel &lc, qsizetype count);
    static void shedHistoryRaw(LiveChannel &lc, qsizetype budget);
    void keepEnded(const QString &id, LiveChannel &&lc);
    void forgetEnded(const LiveChannel &lc) { m_endedRawBytes -= lc.historyRaw.bytes; }
    //! Records an event that concerns a live channel without carrying its snapshot (playbacks, transfers).
    void noteInHistory(const QString &channelId, const Ari::Event &event, qint64 atMs);
    //! Likewise for a playback's or recording's target ("channel:ID", or every member of "bridge:ID").
    void noteOnTarget(const QString &targetUri, const Ari::Event &event, qint64 atMs);
    void attachPlayback(const Ari::Playback &p, bool attach);
    template<typename T, typename Key>
    void syncCollection(QHash<QString, T> &collection, const QList<T> &incoming, Entity entity, Key key);
    template<typename T>
    void upsertValue(QHash<QString, T> &collection, const QString &id, const T &value, Entity entity);
    template<typename T>
    void removeValue(QHash<QString, T> &collection, const QString &id, Entity entity);

    QHash<QString, LiveChannel> m_channels;
    QHash<QString, LiveChannel> m_ended;
    QHash<QString, LiveBridge> m_bridges;
    QHash<QString, Ari::Application> m_applications;
    QHash<QString, Ari::Endpoint> m_endpoints;
    QHash<QString, Ari::DeviceState> m_deviceStates;
    QHash<QString, Ari::StoredRecording> m_storedRecordings;
    QHash<QString, Ari::LiveRecording> m_liveRecordings;
    QHash<QString, Ari::Playback> m_playbacks;
    QHash<QString, Ari::Sound> m_sounds;
    QHash<QString, Ari::Module> m_modules;
    QHash<QString, Ari::Mailbox> m_mailboxes;

    SyncState m_syncState = SyncState::Stale;
    qint64 m_staleSinceMs = 0;
    qint64 m_restartedAtMs = 0;
    qint64 m_lastSyncedMs = 0;
    qint64 m_endedRetentionMs = 15 * 60 * 1000;
    int m_historyLimit = 64;
    qsizetype m_historyRawBudget = 12 * 1024;
    qsizetype m_endedRawBudget = 64 * 1024 * 1024;
    qsizetype m_endedRawBytes = 0;
    qint64 m_endedExpiredAtMs = 0; //!< when channels ending last expired the old ones (the store's clock)
    QList<QString> m_endedOrder; //!< ended ids, oldest first (some gone since)
    bool m_subscribeAll = false;
    quint64 m_eventsApplied = 0;
    std::vector<StoreObserver *> m_observers; //!< removed ones are null while being told
    int m_notifying = 0;
};

} // namespace Console

Q_DECLARE_METATYPE(Console::Entity)
Q_DECLARE_METATYPE(Console::Change)
