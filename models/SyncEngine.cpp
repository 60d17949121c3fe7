#include "models/SyncEngine.h"

#include "ari/EventLookahead.h"
#include "models/StorePrefetch.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Console {

namespace {
qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

SyncEngine::SyncEngine(Ari::AriConnection *connection, Store *store, QObject *parent)
    : QObject(parent), m_connection(connection), m_store(store)
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(1000);
    connect(&m_retry, &QTimer::timeout, this, &SyncEngine::startSnapshot);
    connect(connection, &Ari::AriConnection::connected, this, &SyncEngine::onConnected);
    connect(connection, &Ari::AriConnection::stateChanged, this, &SyncEngine::onStateChanged);
    connect(connection, &Ari::AriConnection::eventReceived, this, &SyncEngine::onEvent);
    // While the events go straight to the store, it fetches the next one's channel during this one.
    Ari::setEventLookahead(connection, [this](const Ari::Event &next) {
        if (!m_buffering)
            prefetchForApply(*m_store, next);
    });
    connect(this, &QObject::destroyed, connection, [connection] { Ari::setEventLookahead(connection, {}); });
    connect(connection, &Ari::AriConnection::asteriskRestarted, this,
            [this](const Ari::AsteriskInfo &, const Ari::AsteriskInfo &after) {
                const qint64 at = parseAriTime(after.status.startupTime);
                m_store->dropEverything(at ? at : nowMs());
            });
    connect(store, &Store::channelNeedsCheck, this, &SyncEngine::checkChannel);
    connect(store, &Store::storedRecordingNeedsCheck, this, &SyncEngine::checkStoredRecording);
    connect(store, &Store::bridgeNeedsCheck, this, &SyncEngine::checkBridge);
    m_store->setSubscribeAll(connection->settings().subscribeAll);
}

void SyncEngine::onStateChanged(Ari::AriConnection::State state)
{
    if (state == Ari::AriConnection::State::Connected)
        return;
    // Whatever the store shows may be out of date from now on.
    if (m_store->syncState() != SyncState::Stale) {
        m_staleFromMs = nowMs();
        m_store->setSyncState(SyncState::Stale, m_staleFromMs);
    }
    m_retry.stop();
    m_buffering = false;
    m_buffer.clear();
    ++m_generation; // answers to an older snapshot are ignored
}

void SyncEngine::onConnected()
{
    m_store->setSubscribeAll(m_connection->settings().subscribeAll);
    if (!m_staleFromMs)
        m_staleFromMs = nowMs();
    startSnapshot();
}

void SyncEngine::resync()
{
    if (m_connection && m_connection->state() == Ari::AriConnection::State::Connected)
        startSnapshot();
}

void SyncEngine::onEvent(const Ari::Event &event)
{
    if (m_buffering)
        m_buffer.append(event);
    else
        m_store->apply(event);
}

void SyncEngine::startSnapshot()
{
    const int generation = ++m_generation;
    m_buffering = true;
    m_snapshot = Snapshot{};
    const qint64 now = nowMs();
    Q_EMIT snapshotStarted(now);
    m_store->setSyncState(SyncState::Resyncing, now);
    // Asterisk's clock first: events stamped before it are already in the snapshot.
    m_connection->client()->asterisk().ping().then(this, [this, generation](const Ari::Result<Ari::AsteriskPing> &r) {
        if (generation != m_generation)
            return;
        if (!r.ok())
            return snapshotFailed(generation, r.error);
        m_snapshotStartMs = parseAriTime(r.value.timestamp);
        Q_EMIT clockRead(m_snapshotStartMs, nowMs());
        readSnapshot(generation);
    });
}

void SyncEngine::readSnapshot(int generation)
{
    Ari::AriClient *c = m_connection->client();
    m_pending = 0;
    auto take = [this, generation](auto pending, auto slot) {
        ++m_pending;
        using R = typename std::decay_t<decltype(pending)>;
        Q_UNUSED(sizeof(R));
        pending.then(this, [this, generation, slot](const auto &r) {
            if (generation != m_generation)
                return;
            if (!r.ok())
                return snapshotFailed(generation, r.error);
            (m_snapshot.*slot) = r.value;
            partDone(generation);
        });
    };
    take(c->channels().list(), &Snapshot::channels);
    take(c->bridges().list(), &Snapshot::bridges);
    take(c->applications().list(), &Snapshot::applications);
    take(c->endpoints().list(), &Snapshot::endpoints);
    take(c->deviceStates().list(), &Snapshot::deviceStates);
    take(c->recordings().listStored(), &Snapshot::storedRecordings);
    take(c->sounds().list(), &Snapshot::sounds);
    take(c->asterisk().listModules(), &Snapshot::modules);
    take(c->mailboxes().list(), &Snapshot::mailboxes);

    // The live playbacks and recordings the console knows: each still there or gone.
    m_snapshot.playbacks.emplace();
    m_snapshot.liveRecordings.emplace();
    for (const QString &id : m_store->playbacks().keys()) {
        ++m_pending;
        c->playbacks().get({.playbackId = id}).then(this, [this, generation](const Ari::Result<Ari::Playback> &r) {
            if (generation != m_generation)
                return;
            if (r.ok())
                m_snapshot.playbacks->append(r.value);
            else if (r.httpStatus != 404)
                return snapshotFailed(generation, r.error);
            partDone(generation);
        });
    }
    for (const QString &name : m_store->liveRecordings().keys()) {
        ++m_pending;
        c->recordings().getLive({.recordingName = name}).then(this, [this, generation](const Ari::Result<Ari::LiveRecording> &r) {
            if (generation != m_generation)
                return;
            if (r.ok())
                m_snapshot.liveRecordings->append(r.value);
            else if (r.httpStatus != 404)
                return snapshotFailed(generation, r.error);
            partDone(generation);
        });
    }
}

void SyncEngine::snapshotFailed(int generation, const Ari::AriError &error)
{
    if (generation != m_generation || error.kind == Ari::AriError::Kind::Aborted)
        return;
    ++m_generation;
    Q_EMIT notice(tr("Could not read the current state from Asterisk (%1); trying again in %2 s. "
                     "The list may be out of date.")
                      .arg(error.toString())
                      .arg(m_retry.interval() / 1000.0));
    // Keep buffering: the events are needed once a snapshot succeeds.
    if (m_connection && m_connection->state() == Ari::AriConnection::State::Connected)
        m_retry.start();
}

void SyncEngine::partDone(int generation)
{
    if (generation == m_generation && --m_pending == 0)
        finish();
}

void SyncEngine::finish()
{
    const qint64 now = nowMs();
    Q_EMIT snapshotRead(m_snapshot, now);
    m_store->applySnapshot(m_snapshot, m_snapshotStartMs ? m_snapshotStartMs : now);
    m_snapshot = Snapshot{};
    const QList<Ari::Event> buffered = std::exchange(m_buffer, {});
    m_buffering = false;
    for (qsizetype i = 0; i < buffered.size(); ++i) {
        const Ari::Event &e = buffered.at(i);
        if (i + 1 < buffered.size())
            prefetchForApply(*m_store, buffered.at(i + 1));
        const qint64 at = parseAriTime(e.timestamp);
        if (m_snapshotStartMs && at && at < m_snapshotStartMs) {
            ++m_skipped; // already reflected in the snapshot
            continue;
        }
        m_store->apply(e);
    }
    if (m_staleFromMs) {
        m_store->recordGap(m_staleFromMs, now);
        m_staleFromMs = 0;
    }
    ++m_snapshots;
    m_store->setSyncState(SyncState::Synced, now);
    Q_EMIT synced();
}

void SyncEngine::checkChannel(const QString &id)
{
    m_connection->client()->channels().get({.channelId = id}).then(this, [this, id](const Ari::Result<Ari::Channel> &r) {
        if (r.httpStatus == 404) {
            const qint64 now = nowMs();
            Q_EMIT channelGone(id, now);
            m_store->markEnded(id, now);
        }
    });
}

void SyncEngine::checkStoredRecording(const QString &name)
{
    m_connection->client()->recordings().getStored({.recordingName = name}).then(this, [this, name](const Ari::Result<Ari::StoredRecording> &r) {
        if (r.ok()) {
            Q_EMIT storedRecordingRead(r.value, nowMs());
            m_store->applyRead(r.value);
        } else if (r.httpStatus == 404) {
            Q_EMIT storedRecordingGone(name, nowMs());
            m_store->removeStoredRecording(name);
        }
    });
}

void SyncEngine::checkBridge(const QString &id)
{
    // Both members' BRIDGEPEER change together: the asks of one turn of the event loop make one read.
    if (m_bridgesToRead.isEmpty())
        QTimer::singleShot(0, this, &SyncEngine::readBridges);
    m_bridgesToRead.insert(id);
}

void SyncEngine::readBridges()
{
    if (!m_connection || m_connection->state() != Ari::AriConnection::State::Connected) {
        m_bridgesToRead.clear(); // the next snapshot reads every bridge
        return;
    }
    const QSet<QString> ids = std::exchange(m_bridgesToRead, {});
    for (const QString &id : ids) {
        if (m_bridgesReading.contains(id)) {
            m_bridgesToRead.insert(id); // again once the read under way is answered
            continue;
        }
        m_bridgesReading.insert(id);
        const quint64 eventsBefore = m_store->bridgeEvents(id);
        auto answered = [this, id, eventsBefore](const Ari::Result<Ari::Bridge> &r) {
            m_bridgesReading.remove(id);
            if (r.ok() && m_store->bridgeEvents(id) != eventsBefore) {
                // Events for this bridge came while the read was under way: Asterisk may have
                // answered before a member left, and its answer come after the leave event, so
                // what it said may be older than the store. Read again rather than undo the events.
                m_bridgesToRead.insert(id);
            } else if (r.ok()) {
                Q_EMIT bridgeRead(r.value, nowMs());
                m_store->applyRead(r.value);
            } else if (r.httpStatus == 404) {
                Q_EMIT bridgeGone(id, nowMs());
                m_store->markBridgeGone(id);
            }
            if (m_bridgesToRead.contains(id))
                QTimer::singleShot(0, this, &SyncEngine::readBridges);
        };
        m_connection->client()->bridges().get({.bridgeId = id}).then(this, answered);
    }
}

} // namespace Console
