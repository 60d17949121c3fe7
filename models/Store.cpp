#include "models/Store.h"

#include "models/StorePrefetch.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Console {

namespace {

// "channel:ID" -> ID when the URI names a channel.
QString channelOf(const QString &targetUri)
{
    return targetUri.startsWith(u"channel:") ? targetUri.mid(8) : QString();
}

QJsonArray variablesJson(const QHash<QString, SeenVariable> &vars)
{
    QStringList names = vars.keys();
    names.sort();
    QJsonArray out;
    for (const QString &n : names)
        out.append(QJsonObject{{u"name"_s, n}, {u"value"_s, vars.value(n).value}});
    return out;
}

} // namespace

Store::Store(QObject *parent) : QObject(parent) {}

void Store::addObserver(StoreObserver *observer)
{
    m_observers.push_back(observer);
}

void Store::removeObserver(StoreObserver *observer)
{
    const auto it = std::find(m_observers.begin(), m_observers.end(), observer);
    if (it == m_observers.end())
        return;
    if (m_notifying > 0)
        *it = nullptr; // the loop below is walking the list: it compacts it after
    else
        m_observers.erase(it);
}

void Store::notify(Entity entity, const QString &id, Change change, const LiveChannel *channel)
{
    if (!m_observers.empty()) {
        ++m_notifying;
        for (size_t i = 0; i < m_observers.size(); ++i) {
            if (StoreObserver *o = m_observers[i])
                o->storeChanged(entity, id, change, channel);
        }
        if (--m_notifying == 0)
            std::erase(m_observers, nullptr);
    }
    Q_EMIT changed(entity, id, change);
}

const LiveChannel *Store::channel(const QString &id) const
{
    auto it = m_channels.constFind(id);
    return it == m_channels.cend() ? nullptr : &*it;
}

const LiveChannel *Store::anyChannel(const QString &id) const
{
    if (const LiveChannel *c = channel(id))
        return c;
    auto it = m_ended.constFind(id);
    return it == m_ended.cend() ? nullptr : &*it;
}

const LiveBridge *Store::bridge(const QString &id) const
{
    auto it = m_bridges.constFind(id);
    return it == m_bridges.cend() ? nullptr : &*it;
}

void Store::setSyncState(SyncState state, qint64 atMs)
{
    if (state == SyncState::Stale && m_syncState != SyncState::Stale)
        m_staleSinceMs = atMs;
    if (state == SyncState::Synced)
        m_staleSinceMs = 0;
    if (m_syncState == state)
        return;
    m_syncState = state;
    Q_EMIT syncStateChanged(state);
}

LiveChannel &Store::upsertChannel(const Ari::Channel &c, qint64 atMs, bool *added, bool *differs)
{
    auto it = m_channels.find(c.id);
    const bool isNew = it == m_channels.end();
    if (!isNew) {
        // The history sits elsewhere on the heap, cold at 10,000 channels: ask
        // for it now. The channel's strings need no fetching: the parse worker
        // interns them, so unchanged ones compare by pointer (Json::assign()).
        __builtin_prefetch(it->history.constData() + it->history.size());
        // Likewise the key: equal text (so the same hash) in the event's
        // storage, so the next lookup's key compare is a pointer compare.
        if (it.key().constData() != c.id.constData())
            const_cast<QString &>(it.key()) = c.id;
    }
    if (isNew) {
        it = m_channels.insert(c.id, LiveChannel{});
        it->createdAtMs = parseAriTime(c.creationtime);
        // A channel that comes back (a resync found it) keeps what we knew of it.
        if (auto old = m_ended.find(c.id); old != m_ended.end()) {
            forgetEnded(*old);
            *it = std::move(*old);
            it->endedAtMs = 0;
            it->hangupCause = -1;
            m_ended.erase(old);
        }
    }
    if (added)
        *added = isNew;
    // Only the fields that differ are assigned: unchanged strings stay the
    // store's own, so an event costs no reference counting on strings the
    // parse thread made, and frees nothing here. Only a snapshot asks whether
    // anything differs; an event is a change by itself.
    const bool changed = it->channel.assign(c) || isNew;
    if (differs) {
        *differs = changed;
        if (!changed)
            return *it;
    }
    it->changedAtMs = atMs;
    return *it;
}

void Store::touchChannel(LiveChannel &lc, const QString &id, qint64 atMs, bool added)
{
    lc.changedAtMs = atMs;
    notify(Entity::Channel, id, added ? Change::Added : Change::Updated, &lc);
}

void Store::endChannel(const QString &id, int cause, qint64 atMs)
{
    auto it = m_channels.find(id);
    if (it == m_channels.end())
        return;
    LiveChannel lc = std::move(*it);
    m_channels.erase(it);
    if (cause >= 0)
        lc.hangupCause = cause;
    if (lc.hangupCause >= 0)
        lc.hangupCauseText = hangupCauseText(lc.hangupCause);
    lc.endedAtMs = atMs ? atMs : lc.changedAtMs;
    if (!lc.bridgeId.isEmpty()) {
        if (auto b = m_bridges.find(lc.bridgeId); b != m_bridges.end() && b->bridge.channels.removeAll(id) > 0)
            notify(Entity::Bridge, lc.bridgeId, Change::Updated);
    }
    if (m_endedRetentionMs > 0)
        keepEnded(id, std::move(lc));
    notify(Entity::Channel, id, Change::Removed);
}

void Store::keepEnded(const QString &id, LiveChannel &&lc)
{
    // Ended calls leave once past the retention, by the store's own clock (the ending times events
    // and snapshots give), whether or not a view asks: a headless console keeps no call for ever.
    const qint64 endedAt = lc.endedAtMs;
    if (endedAt - m_endedExpiredAtMs >= std::clamp<qint64>(m_endedRetentionMs / 10, 1, 10000)) {
        m_endedExpiredAtMs = endedAt;
        expireEnded(endedAt);
    }
    if (auto old = m_ended.find(id); old != m_ended.end())
        forgetEnded(*old);
    m_endedRawBytes += lc.historyRaw.bytes;
    m_ended.insert(id, std::move(lc));
    m_endedOrder.append(id);
    // Past the budget, the calls that ended first keep their history without the frames.
    qsizetype next = 0;
    while (m_endedRawBytes > m_endedRawBudget && next < m_endedOrder.size()) {
        if (auto e = m_ended.find(m_endedOrder.at(next++)); e != m_ended.end() && e->historyRaw.bytes > 0) {
            m_endedRawBytes -= e->historyRaw.bytes;
            shedHistoryRaw(*e, 0);
            m_endedRawBytes += e->historyRaw.bytes;
        }
    }
    m_endedOrder.remove(0, next);
}

qsizetype Store::historyRawBytes() const
{
    qsizetype live = 0;
    for (const LiveChannel &lc : m_channels)
        live += lc.historyRaw.bytes;
    return live + m_endedRawBytes;
}

void Store::upsertBridge(const Ari::Bridge &b, qint64 atMs)
{
    auto it = m_bridges.find(b.id);
    const bool isNew = it == m_bridges.end();
    if (!isNew && it->bridge == b)
        return;
    if (isNew)
        it = m_bridges.insert(b.id, LiveBridge{});
    // Members follow the bridge's own list, so a missed enter/leave heals here.
    const QStringList before = isNew ? QStringList() : it->bridge.channels;
    it->bridge = b;
    it->changedAtMs = atMs;
    for (const QString &id : before) {
        if (!b.channels.contains(id)) {
            if (auto c = m_channels.find(id); c != m_channels.end() && c->bridgeId == b.id) {
                c->bridgeId.clear();
                touchChannel(*c, id, atMs, false);
            }
        }
    }
    for (const QString &id : b.channels) {
        if (auto c = m_channels.find(id); c != m_channels.end() && c->bridgeId != b.id) {
            c->bridgeId = b.id;
            touchChannel(*c, id, atMs, false);
        }
    }
    notify(Entity::Bridge, b.id, isNew ? Change::Added : Change::Updated);
}

void Store::bridgeEvent(const Ari::Bridge &b, qint64 atMs)
{
    upsertBridge(b, atMs);
    if (auto it = m_bridges.find(b.id); it != m_bridges.end())
        ++it->events;
}

quint64 Store::bridgeEvents(const QString &id) const
{
    const auto it = m_bridges.constFind(id);
    return it == m_bridges.cend() ? 0 : it->events;
}

void Store::removeBridge(const QString &id)
{
    auto it = m_bridges.find(id);
    if (it == m_bridges.end())
        return;
    const QStringList members = it->bridge.channels;
    m_bridges.erase(it);
    for (const QString &cid : members) {
        if (auto c = m_channels.find(cid); c != m_channels.end() && c->bridgeId == id) {
            c->bridgeId.clear();
            notify(Entity::Channel, cid, Change::Updated);
        }
    }
    notify(Entity::Bridge, id, Change::Removed);
}

void Store::addHistory(LiveChannel &lc, const Ari::Event &event, qint64 atMs)
{
    if (m_historyLimit <= 0)
        return;
    // Trim in chunks, so a full history costs no memmove per event.
    if (lc.history.size() >= m_historyLimit + m_historyLimit / 2)
        trimHistory(lc, lc.history.size() - m_historyLimit + 1);
    lc.history.append(HistoryEntry{atMs, event.type, event.raw});
    lc.historyRaw.bytes += event.raw.size();
    if (lc.historyRaw.bytes > m_historyRawBudget)
        shedHistoryRaw(lc, m_historyRawBudget);
}

void Store::trimHistory(LiveChannel &lc, qsizetype count)
{
    for (qsizetype i = 0; i < count; ++i)
        lc.historyRaw.bytes -= lc.history.at(i).raw.size();
    lc.history.remove(0, count);
    lc.historyRaw.chatterFrom = int(std::max<qsizetype>(0, lc.historyRaw.chatterFrom - count));
    lc.historyRaw.anyFrom = int(std::max<qsizetype>(0, lc.historyRaw.anyFrom - count));
}

void Store::shedHistoryRaw(LiveChannel &lc, qsizetype budget)
{
    // What happened stays (time and type); the detail of chatter goes first,
    // oldest first, then that of anything but the newest entry. The cursors
    // only move forward, so this costs O(1) per event over time.
    auto isChatter = [](Ari::EventType t) {
        using T = Ari::EventType;
        return t == T::ChannelVarset || t == T::ChannelDialplan || t == T::ChannelDtmfReceived
            || t == T::ChannelTalkingStarted || t == T::ChannelTalkingFinished || t == T::ChannelToneDetected
            || t == T::ChannelUserevent || t == T::PlaybackContinuing;
    };
    HistoryRawUse &use = lc.historyRaw;
    const int newest = int(lc.history.size()) - (budget > 0 ? 1 : 0);
    auto drop = [&](HistoryEntry &h) {
        use.bytes -= h.raw.size();
        h.raw = QByteArray();
    };
    for (; use.bytes > budget && use.chatterFrom < newest; ++use.chatterFrom) {
        if (HistoryEntry &h = lc.history[use.chatterFrom]; isChatter(h.type) && !h.raw.isEmpty())
            drop(h);
    }
    for (; use.bytes > budget && use.anyFrom < newest; ++use.anyFrom) {
        if (HistoryEntry &h = lc.history[use.anyFrom]; !h.raw.isEmpty())
            drop(h);
    }
}

template<typename T>
void Store::upsertValue(QHash<QString, T> &collection, const QString &id, const T &value, Entity entity)
{
    auto it = collection.find(id);
    if (it == collection.end()) {
        collection.insert(id, value);
        notify(entity, id, Change::Added);
    } else if (!(*it == value)) {
        *it = value;
        notify(entity, id, Change::Updated);
    }
}

template<typename T>
void Store::removeValue(QHash<QString, T> &collection, const QString &id, Entity entity)
{
    if (collection.remove(id))
        notify(entity, id, Change::Removed);
}

void Store::noteInHistory(const QString &channelId, const Ari::Event &event, qint64 atMs)
{
    if (channelId.isEmpty())
        return;
    if (auto c = m_channels.find(channelId); c != m_channels.end())
        addHistory(*c, event, atMs);
}

void Store::noteOnTarget(const QString &targetUri, const Ari::Event &event, qint64 atMs)
{
    if (targetUri.startsWith(u"bridge:")) {
        // A bridge's playback or recording is part of the call of everyone in it.
        if (const auto b = m_bridges.constFind(targetUri.mid(7)); b != m_bridges.cend()) {
            for (const QString &id : b->bridge.channels)
                noteInHistory(id, event, atMs);
        }
        return;
    }
    noteInHistory(channelOf(targetUri), event, atMs);
}

void Store::attachPlayback(const Ari::Playback &p, bool attach)
{
    const QString cid = channelOf(p.targetUri);
    auto c = m_channels.find(cid);
    if (c == m_channels.end())
        return;
    const bool has = c->playbackIds.contains(p.id);
    if (attach && !has)
        c->playbackIds.append(p.id);
    else if (!attach && has)
        c->playbackIds.removeAll(p.id);
    else
        return;
    notify(Entity::Channel, cid, Change::Updated);
}

void Store::apply(const Ari::Event &e)
{
    using T = Ari::EventType;
    ++m_eventsApplied;
    const qint64 at = parseAriTime(e.timestamp);
    if (at > m_lastSyncedMs)
        m_lastSyncedMs = at;

    // Most channel events carry the channel's whole snapshot: upsert it, then
    // the event's own detail, then record the event in the channel's history.
    auto onChannel = [&](const Ari::Channel &c, auto &&detail) {
        if (c.id.isEmpty())
            return;
        bool added = false;
        LiveChannel &lc = upsertChannel(c, at, &added);
        detail(lc);
        addHistory(lc, e, at);
        touchChannel(lc, c.id, at, added);
    };
    auto none = [](LiveChannel &) {};

    switch (e.type) {
    case T::ChannelCreated:
        onChannel(e.as<Ari::ChannelCreatedEvent>()->channel, none);
        break;
    case T::ChannelStateChange:
        onChannel(e.as<Ari::ChannelStateChangeEvent>()->channel, none);
        break;
    case T::ChannelDialplan:
        onChannel(e.as<Ari::ChannelDialplanEvent>()->channel, none);
        break;
    case T::ChannelCallerId:
        onChannel(e.as<Ari::ChannelCallerIdEvent>()->channel, none);
        break;
    case T::ChannelConnectedLine:
        onChannel(e.as<Ari::ChannelConnectedLineEvent>()->channel, none);
        break;
    case T::ChannelHangupRequest: {
        const auto *p = e.as<Ari::ChannelHangupRequestEvent>();
        onChannel(p->channel, [&](LiveChannel &lc) {
            if (p->has(0))
                lc.hangupCause = int(p->cause);
        });
        break;
    }
    case T::ChannelDestroyed: {
        const auto *p = e.as<Ari::ChannelDestroyedEvent>();
        if (auto it = m_channels.find(p->channel.id); it != m_channels.end()) {
            addHistory(*it, e, at);
            it->channel = p->channel;
        }
        endChannel(p->channel.id, int(p->cause), at);
        break;
    }
    case T::ChannelVarset: {
        const auto *p = e.as<Ari::ChannelVarsetEvent>();
        // A Recorder or Announcer joining or leaving a bridge shows only in its members' BRIDGEPEER.
        auto internalPeer = [](const QString &peers) {
            return peers.contains(u"Recorder/"_s) || peers.contains(u"Announcer/"_s);
        };
        bool bridgeMayDiffer = false;
        onChannel(p->channel, [&](LiveChannel &lc) {
            if (p->variable == u"BRIDGEPEER")
                bridgeMayDiffer = internalPeer(p->value) || internalPeer(lc.variables.value(p->variable).value);
            lc.variables.insert(p->variable, SeenVariable{p->value, at});
        });
        if (bridgeMayDiffer) {
            if (const LiveChannel *lc = channel(p->channel.id); lc && !lc->bridgeId.isEmpty())
                Q_EMIT bridgeNeedsCheck(lc->bridgeId);
        }
        break;
    }
    case T::ChannelDtmfReceived: {
        const auto *p = e.as<Ari::ChannelDtmfReceivedEvent>();
        onChannel(p->channel, [&](LiveChannel &lc) {
            lc.lastDtmf = p->digit;
            lc.lastDtmfAtMs = at;
        });
        break;
    }
    case T::ChannelHold:
        onChannel(e.as<Ari::ChannelHoldEvent>()->channel, [](LiveChannel &lc) { lc.onHold = true; });
        break;
    case T::ChannelUnhold:
        onChannel(e.as<Ari::ChannelUnholdEvent>()->channel, [](LiveChannel &lc) { lc.onHold = false; });
        break;
    case T::ChannelTalkingStarted:
        onChannel(e.as<Ari::ChannelTalkingStartedEvent>()->channel, [](LiveChannel &lc) { lc.talking = true; });
        break;
    case T::ChannelTalkingFinished:
        onChannel(e.as<Ari::ChannelTalkingFinishedEvent>()->channel, [](LiveChannel &lc) { lc.talking = false; });
        break;
    case T::ChannelToneDetected:
        onChannel(e.as<Ari::ChannelToneDetectedEvent>()->channel, none);
        break;
    case T::ChannelUserevent:
        if (const auto *p = e.as<Ari::ChannelUsereventEvent>(); p->has(1))
            onChannel(p->channel, none);
        break;
    case T::Dial: {
        const auto *p = e.as<Ari::DialEvent>();
        onChannel(p->peer, none);
        if (!p->caller.id.isEmpty())
            onChannel(p->caller, none);
        break;
    }
    case T::StasisStart: {
        const auto *p = e.as<Ari::StasisStartEvent>();
        onChannel(p->channel, [&](LiveChannel &lc) {
            lc.stasisApp = e.application;
            lc.stasisArgs = p->args;
        });
        break;
    }
    case T::StasisEnd: {
        const auto *p = e.as<Ari::StasisEndEvent>();
        onChannel(p->channel, [](LiveChannel &lc) {
            lc.stasisApp.clear();
            lc.stasisArgs.clear();
        });
        // Without subscribeAll, the app may never hear of this channel again
        // (a Snoop channel's ChannelDestroyed never comes): have it checked.
        if (!m_subscribeAll && m_channels.contains(p->channel.id))
            Q_EMIT channelNeedsCheck(p->channel.id);
        break;
    }
    case T::ChannelEnteredBridge: {
        const auto *p = e.as<Ari::ChannelEnteredBridgeEvent>();
        if (p->has(1))
            onChannel(p->channel, [&](LiveChannel &lc) { lc.bridgeId = p->bridge.id; });
        bridgeEvent(p->bridge, at);
        break;
    }
    case T::ChannelLeftBridge: {
        const auto *p = e.as<Ari::ChannelLeftBridgeEvent>();
        onChannel(p->channel, [&](LiveChannel &lc) {
            if (lc.bridgeId == p->bridge.id)
                lc.bridgeId.clear();
        });
        bridgeEvent(p->bridge, at);
        break;
    }
    case T::BridgeCreated:
        bridgeEvent(e.as<Ari::BridgeCreatedEvent>()->bridge, at);
        break;
    case T::BridgeDestroyed:
        removeBridge(e.as<Ari::BridgeDestroyedEvent>()->bridge.id);
        break;
    case T::BridgeMerged: {
        const auto *p = e.as<Ari::BridgeMergedEvent>();
        removeBridge(p->bridgeFrom.id);
        bridgeEvent(p->bridge, at);
        break;
    }
    case T::BridgeVideoSourceChanged:
        bridgeEvent(e.as<Ari::BridgeVideoSourceChangedEvent>()->bridge, at);
        break;
    case T::PlaybackStarted: {
        const auto &p = e.as<Ari::PlaybackStartedEvent>()->playback;
        upsertValue(m_playbacks, p.id, p, Entity::Playback);
        attachPlayback(p, true);
        noteOnTarget(p.targetUri, e, at);
        break;
    }
    case T::PlaybackContinuing: {
        const auto &p = e.as<Ari::PlaybackContinuingEvent>()->playback;
        upsertValue(m_playbacks, p.id, p, Entity::Playback);
        attachPlayback(p, true);
        noteOnTarget(p.targetUri, e, at);
        break;
    }
    case T::PlaybackFinished: {
        const auto &p = e.as<Ari::PlaybackFinishedEvent>()->playback;
        attachPlayback(p, false);
        noteOnTarget(p.targetUri, e, at);
        removeValue(m_playbacks, p.id, Entity::Playback);
        break;
    }
    case T::RecordingStarted: {
        const auto &r = e.as<Ari::RecordingStartedEvent>()->recording;
        upsertValue(m_liveRecordings, r.name, r, Entity::LiveRecording);
        noteOnTarget(r.targetUri, e, at);
        if (auto c = m_channels.find(channelOf(r.targetUri)); c != m_channels.end() && !c->recordingNames.contains(r.name)) {
            c->recordingNames.append(r.name);
            notify(Entity::Channel, c.key(), Change::Updated);
        }
        break;
    }
    case T::RecordingFinished:
    case T::RecordingFailed: {
        const auto &r = e.type == T::RecordingFinished ? e.as<Ari::RecordingFinishedEvent>()->recording
                                                       : e.as<Ari::RecordingFailedEvent>()->recording;
        removeValue(m_liveRecordings, r.name, Entity::LiveRecording);
        noteOnTarget(r.targetUri, e, at);
        if (auto c = m_channels.find(channelOf(r.targetUri)); c != m_channels.end() && c->recordingNames.removeAll(r.name)) {
            notify(Entity::Channel, c.key(), Change::Updated);
        }
        if (e.type == T::RecordingFinished)
            Q_EMIT storedRecordingNeedsCheck(r.name); // stopped (kept) or cancelled (gone): ask
        break;
    }
    case T::DeviceStateChanged: {
        const auto &d = e.as<Ari::DeviceStateChangedEvent>()->deviceState;
        upsertValue(m_deviceStates, d.name, d, Entity::DeviceState);
        break;
    }
    case T::EndpointStateChange: {
        const auto &ep = e.as<Ari::EndpointStateChangeEvent>()->endpoint;
        upsertValue(m_endpoints, endpointKey(ep), ep, Entity::Endpoint);
        break;
    }
    case T::ApplicationReplaced:
        Q_EMIT notice(tr("Another client took over the application \"%1\": this console no longer receives its "
                         "events. Give each console its own application name.")
                          .arg(e.application));
        break;
    case T::BridgeBlindTransfer: {
        // Transfers go into the history of every channel they name (for the timeline).
        const auto *p = e.as<Ari::BridgeBlindTransferEvent>();
        for (const QString &id : {p->channel.id, p->transferee.id})
            noteInHistory(id, e, at);
        break;
    }
    case T::BridgeAttendedTransfer: {
        const auto *p = e.as<Ari::BridgeAttendedTransferEvent>();
        for (const QString &id : {p->transfererFirstLeg.id, p->transfererSecondLeg.id, p->transferee.id,
                                  p->transferTarget.id})
            noteInHistory(id, e, at);
        break;
    }
    case T::ChannelTransfer: {
        const auto *p = e.as<Ari::ChannelTransferEvent>();
        for (const QString &id : {p->referredBy.sourceChannel.id, p->referTo.destinationChannel.id})
            noteInHistory(id, e, at);
        break;
    }
    case T::ApplicationRegistered:
    case T::ApplicationUnregistered:
    case T::ApplicationMoveFailed:
    case T::ContactStatusChange:
    case T::PeerStatusChange:
    case T::TextMessageReceived:
    case T::RESTResponse:
    case T::CallBroadcast:
    case T::CallClaimed:
    case T::Unknown:
        break;
    }
}

template<typename T, typename Key>
void Store::syncCollection(QHash<QString, T> &collection, const QList<T> &incoming, Entity entity, Key key)
{
    QSet<QString> seen;
    seen.reserve(incoming.size());
    for (const T &v : incoming) {
        const QString id = key(v);
        seen.insert(id);
        upsertValue(collection, id, v, entity);
    }
    for (auto it = collection.begin(); it != collection.end();) {
        if (!seen.contains(it.key())) {
            const QString id = it.key();
            it = collection.erase(it);
            notify(entity, id, Change::Removed);
        } else {
            ++it;
        }
    }
}

void Store::applySnapshot(const Snapshot &s, qint64 atMs)
{
    if (s.channels) {
        QSet<QString> seen;
        for (const Ari::Channel &c : *s.channels) {
            seen.insert(c.id);
            bool added = false;
            bool differs = false;
            LiveChannel &lc = upsertChannel(c, atMs, &added, &differs);
            // The snapshot says where each channel is: in Stasis(app,args...) or in the dialplan.
            if (c.dialplan.appName == u"Stasis") {
                const QStringList parts = c.dialplan.appData.split(u',');
                if (lc.stasisApp != parts.first()) {
                    lc.stasisApp = parts.first();
                    lc.stasisArgs = parts.mid(1);
                    differs = true;
                }
            } else if (lc.inStasis()) {
                lc.stasisApp.clear();
                lc.stasisArgs.clear();
                differs = true;
            }
            if (added || differs)
                notify(Entity::Channel, c.id, added ? Change::Added : Change::Updated);
        }
        const QStringList ids = m_channels.keys();
        for (const QString &id : ids) {
            if (!seen.contains(id))
                endChannel(id, -1, atMs);
        }
    }
    if (s.bridges) {
        QSet<QString> seen;
        for (const Ari::Bridge &b : *s.bridges) {
            seen.insert(b.id);
            upsertBridge(b, atMs);
        }
        const QStringList ids = m_bridges.keys();
        for (const QString &id : ids) {
            if (!seen.contains(id))
                removeBridge(id);
        }
        // A channel's bridge is what the bridges say.
        for (auto it = m_channels.begin(); it != m_channels.end(); ++it) {
            if (!it->bridgeId.isEmpty() && !m_bridges.contains(it->bridgeId)) {
                it->bridgeId.clear();
                notify(Entity::Channel, it.key(), Change::Updated);
            }
        }
    }
    if (s.applications)
        syncCollection(m_applications, *s.applications, Entity::Application, [](const Ari::Application &a) { return a.name; });
    if (s.endpoints)
        syncCollection(m_endpoints, *s.endpoints, Entity::Endpoint, &Store::endpointKey);
    if (s.deviceStates)
        syncCollection(m_deviceStates, *s.deviceStates, Entity::DeviceState, [](const Ari::DeviceState &d) { return d.name; });
    if (s.storedRecordings)
        syncCollection(m_storedRecordings, *s.storedRecordings, Entity::StoredRecording,
                       [](const Ari::StoredRecording &r) { return r.name; });
    if (s.sounds)
        syncCollection(m_sounds, *s.sounds, Entity::Sound, [](const Ari::Sound &x) { return x.id; });
    if (s.modules)
        syncCollection(m_modules, *s.modules, Entity::Module, [](const Ari::Module &m) { return m.name; });
    if (s.mailboxes)
        syncCollection(m_mailboxes, *s.mailboxes, Entity::Mailbox, [](const Ari::Mailbox &m) { return m.name; });
    if (s.playbacks)
        syncCollection(m_playbacks, *s.playbacks, Entity::Playback, [](const Ari::Playback &p) { return p.id; });
    if (s.liveRecordings)
        syncCollection(m_liveRecordings, *s.liveRecordings, Entity::LiveRecording,
                       [](const Ari::LiveRecording &r) { return r.name; });
    // Channel links to playbacks and recordings follow what exists now.
    for (auto it = m_channels.begin(); it != m_channels.end(); ++it) {
        const qsizetype before = it->playbackIds.size() + it->recordingNames.size();
        it->playbackIds.removeIf([this](const QString &id) { return !m_playbacks.contains(id); });
        it->recordingNames.removeIf([this](const QString &n) { return !m_liveRecordings.contains(n); });
        if (it->playbackIds.size() + it->recordingNames.size() != before)
            notify(Entity::Channel, it.key(), Change::Updated);
    }
    if (atMs > m_lastSyncedMs)
        m_lastSyncedMs = atMs;
}

void Store::dropEverything(qint64 atMs)
{
    m_restartedAtMs = atMs;
    const QStringList channels = m_channels.keys();
    for (const QString &id : channels)
        endChannel(id, -1, atMs);
    m_ended.clear();
    m_endedRawBytes = 0;
    m_endedOrder.clear();
    const QStringList bridges = m_bridges.keys();
    for (const QString &id : bridges)
        removeBridge(id);
    syncCollection(m_applications, {}, Entity::Application, [](const Ari::Application &a) { return a.name; });
    syncCollection(m_endpoints, {}, Entity::Endpoint, &Store::endpointKey);
    syncCollection(m_deviceStates, {}, Entity::DeviceState, [](const Ari::DeviceState &d) { return d.name; });
    syncCollection(m_storedRecordings, {}, Entity::StoredRecording, [](const Ari::StoredRecording &r) { return r.name; });
    syncCollection(m_liveRecordings, {}, Entity::LiveRecording, [](const Ari::LiveRecording &r) { return r.name; });
    syncCollection(m_playbacks, {}, Entity::Playback, [](const Ari::Playback &p) { return p.id; });
    syncCollection(m_sounds, {}, Entity::Sound, [](const Ari::Sound &x) { return x.id; });
    syncCollection(m_modules, {}, Entity::Module, [](const Ari::Module &m) { return m.name; });
    syncCollection(m_mailboxes, {}, Entity::Mailbox, [](const Ari::Mailbox &m) { return m.name; });
    Q_EMIT notice(tr("Asterisk restarted at %1: every call and bridge from before the restart is gone.")
                      .arg(QDateTime::fromMSecsSinceEpoch(atMs).toString(u"HH:mm:ss"_s)));
}

void Store::applyRead(const Ari::Playback &playback)
{
    if (m_playbacks.contains(playback.id))
        upsertValue(m_playbacks, playback.id, playback, Entity::Playback);
}

void Store::applyRead(const Ari::LiveRecording &recording)
{
    if (m_liveRecordings.contains(recording.name))
        upsertValue(m_liveRecordings, recording.name, recording, Entity::LiveRecording);
}

void Store::applyRead(const Ari::StoredRecording &recording)
{
    upsertValue(m_storedRecordings, recording.name, recording, Entity::StoredRecording);
}

void Store::removeStoredRecording(const QString &name)
{
    removeValue(m_storedRecordings, name, Entity::StoredRecording);
}

void Store::applyRead(const Ari::Bridge &bridge)
{
    if (m_bridges.contains(bridge.id))
        upsertBridge(bridge, m_lastSyncedMs);
}

void Store::recordGap(qint64 fromMs, qint64 toMs)
{
    for (auto it = m_channels.begin(); it != m_channels.end(); ++it) {
        if (it->createdAtMs && it->createdAtMs > fromMs)
            continue; // born after the gap began: nothing of it was missed before
        it->gaps.append(HistoryGap{fromMs, toMs});
        if (it->gaps.size() > 16)
            it->gaps.removeFirst();
    }
}

void Store::expireEnded(qint64 nowMs)
{
    m_ended.removeIf([&](const auto &it) {
        if (nowMs - it.value().endedAtMs <= m_endedRetentionMs)
            return false;
        forgetEnded(it.value());
        return true;
    });
    m_endedOrder.removeIf([this](const QString &id) { return !m_ended.contains(id); });
}

QJsonObject Store::toJson() const
{
    auto sorted = [](auto keys) {
        keys.sort();
        return keys;
    };
    QJsonArray channels;
    for (const QString &id : sorted(m_channels.keys())) {
        const LiveChannel &lc = m_channels.value(id);
        QJsonObject o = lc.channel.toJson();
        o.insert(u"stasis_app"_s, lc.stasisApp);
        o.insert(u"bridge_id"_s, lc.bridgeId);
        if (!lc.variables.isEmpty())
            o.insert(u"seen_variables"_s, variablesJson(lc.variables));
        channels.append(o);
    }
    QJsonArray bridges;
    for (const QString &id : sorted(m_bridges.keys()))
        bridges.append(m_bridges.value(id).bridge.toJson());
    QJsonArray apps;
    for (const QString &id : sorted(m_applications.keys()))
        apps.append(m_applications.value(id).toJson());
    static const char *states[] = {"synced", "stale", "resyncing"};
    QJsonObject sync{{u"state"_s, QString::fromLatin1(states[int(m_syncState)])}};
    if (m_staleSinceMs)
        sync.insert(u"stale_since"_s, formatAriTime(m_staleSinceMs));
    if (m_restartedAtMs)
        sync.insert(u"restarted_at"_s, formatAriTime(m_restartedAtMs));
    return QJsonObject{{u"channels"_s, channels}, {u"bridges"_s, bridges}, {u"applications"_s, apps}, {u"sync"_s, sync}};
}

void prefetchForApply(const Store &store, const Ari::Event &e)
{
    // The channel whose snapshot the event carries, as apply() finds it.
    const QString *id = Ari::visitPayload(e.payload, [](const auto &p) -> const QString * {
        if constexpr (requires { p.channel.id; })
            return &p.channel.id;
        else if constexpr (requires { p.peer.id; })
            return &p.peer.id;
        else
            return nullptr;
    });
    if (!id || id->isEmpty())
        return;
    const auto it = store.channels().constFind(*id);
    if (it == store.channels().cend())
        return;
    // Its record, a dozen cache lines (apply() compares and assigns most of
    // them), and the end of its history, where the event will be appended.
    const char *record = reinterpret_cast<const char *>(&*it);
    for (size_t line = 0; line < sizeof(LiveChannel); line += 64)
        __builtin_prefetch(record + line);
    __builtin_prefetch(it->history.constData() + it->history.size());
}

} // namespace Console
