#include "models/CaptureReplayer.h"

#include "ari/EventParser.h"
#include "models/ServerSession.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace Console {

//! One captured server: its session and where its sync stood.
struct CaptureReplayer::Server
{
    QPointer<ServerSession> session;
    QList<Ari::Event> buffer;
    Ari::AsteriskInfo info;
    qint64 snapshotStartMs = 0;
    qint64 staleFromMs = 0;
    bool buffering = false;
    bool haveInfo = false;
};

CaptureReplayer::CaptureReplayer(Capture capture, QObject *parent)
    : QObject(parent), m_capture(std::move(capture)), m_parser(std::make_unique<Ari::EventParser>())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &CaptureReplayer::onTimer);
    reset();
}

CaptureReplayer::~CaptureReplayer()
{
    for (auto &s : m_servers)
        delete s->session;
}

QList<ServerSession *> CaptureReplayer::sessions() const
{
    QList<ServerSession *> out;
    for (const auto &s : m_servers)
        out.append(s->session);
    return out;
}

qint64 CaptureReplayer::positionMs() const
{
    return m_position > 0 ? m_capture.records.at(m_position - 1).atMs : m_capture.startedMs;
}

void CaptureReplayer::reset()
{
    const bool replacing = !m_servers.empty();
    std::vector<std::unique_ptr<Server>> old = std::move(m_servers);
    m_servers.clear();
    for (const CaptureServer &cs : std::as_const(m_capture.servers)) {
        auto s = std::make_unique<Server>();
        s->session = new ServerSession(cs.name);
        s->session->store()->setSubscribeAll(cs.subscribeAll);
        m_servers.push_back(std::move(s));
    }
    m_position = 0;
    if (replacing) {
        Q_EMIT sessionsReplaced();
        for (auto &s : old) {
            if (s->session)
                s->session->deleteLater();
        }
    }
}

void CaptureReplayer::applyNext()
{
    const CaptureRecord &r = m_capture.records.at(m_position++);
    Server &s = *m_servers.at(size_t(r.server));
    if (!s.session)
        return;
    Store *store = s.session->store();
    using K = CaptureRecord::Kind;
    switch (r.kind) {
    case K::State:
        // As SyncEngine::onStateChanged: anything but connected makes the picture stale.
        if (r.text != u"Connected") {
            if (store->syncState() != SyncState::Stale) {
                s.staleFromMs = r.atMs;
                store->setSyncState(SyncState::Stale, r.atMs);
            }
            s.buffering = false;
            s.buffer.clear();
        }
        break;
    case K::Info: {
        // As AriConnection: a new entity id or startup time is a restart; then SyncEngine::onConnected.
        const Ari::AsteriskInfo &info = *r.info;
        if (s.haveInfo && (s.info.system.entityId != info.system.entityId || s.info.status.startupTime != info.status.startupTime)) {
            const qint64 at = parseAriTime(info.status.startupTime);
            store->dropEverything(at ? at : r.atMs);
        }
        s.info = info;
        s.haveInfo = true;
        if (!s.staleFromMs)
            s.staleFromMs = r.atMs;
        break;
    }
    case K::SnapshotStart:
        s.buffering = true;
        store->setSyncState(SyncState::Resyncing, r.atMs);
        break;
    case K::Clock:
        s.snapshotStartMs = r.clockMs;
        break;
    case K::Snapshot: {
        store->applySnapshot(*r.snapshot, s.snapshotStartMs ? s.snapshotStartMs : r.atMs);
        const QList<Ari::Event> buffered = std::exchange(s.buffer, {});
        s.buffering = false;
        for (const Ari::Event &e : buffered) {
            const qint64 at = parseAriTime(e.timestamp);
            if (s.snapshotStartMs && at && at < s.snapshotStartMs)
                continue; // already in the snapshot
            store->apply(e);
        }
        if (s.staleFromMs) {
            store->recordGap(s.staleFromMs, r.atMs);
            s.staleFromMs = 0;
        }
        store->setSyncState(SyncState::Synced, r.atMs);
        break;
    }
    case K::Event: {
        Ari::Event e;
        if (m_parser->parse(r.raw, e) == Ari::EventParser::Status::Malformed)
            break; // the connection would not have delivered it either
        s.session->eventLog()->append(e, r.atMs);
        if (s.buffering)
            s.buffer.append(e);
        else
            store->apply(e);
        break;
    }
    case K::Malformed:
        s.session->eventLog()->appendMalformed(r.raw, r.text, r.atMs);
        break;
    case K::ChannelGone:
        store->markEnded(r.text, r.atMs);
        break;
    case K::BridgeRead:
        store->applyRead(*r.bridge);
        break;
    case K::BridgeGone:
        store->markBridgeGone(r.text);
        break;
    case K::RecordingRead:
        store->applyRead(*r.recording);
        break;
    case K::RecordingGone:
        store->removeStoredRecording(r.text);
        break;
    case K::Lost:
        break;
    }
}

void CaptureReplayer::seek(int position)
{
    position = std::clamp(position, 0, count());
    if (position < m_position)
        reset();
    while (m_position < position)
        applyNext();
    for (const auto &s : m_servers) {
        if (s->session)
            s->session->eventLog()->flush();
    }
    Q_EMIT positionChanged(m_position, positionMs());
    if (atEnd()) {
        pause();
        Q_EMIT finished();
    }
}

void CaptureReplayer::seekToMs(qint64 ms)
{
    int target = 0;
    while (target < count() && m_capture.records.at(target).atMs <= ms)
        ++target;
    seek(target);
}

void CaptureReplayer::step()
{
    pause();
    int target = m_position;
    while (target < count() && m_capture.records.at(target).kind != CaptureRecord::Kind::Event)
        ++target;
    seek(std::min(count(), target + 1));
}

void CaptureReplayer::setSpeed(double factor)
{
    m_speed = std::max(0.0, factor);
    if (m_playing) {
        m_timer.stop();
        onTimer();
    }
}

void CaptureReplayer::play()
{
    if (atEnd() || m_playing)
        return;
    m_playing = true;
    onTimer();
}

void CaptureReplayer::pause()
{
    m_playing = false;
    m_timer.stop();
}

void CaptureReplayer::onTimer()
{
    if (!m_playing)
        return;
    if (m_speed <= 0) {
        // As fast as possible, in slices of about 30 ms so the window stays responsive.
        QElapsedTimer slice;
        slice.start();
        int target = m_position;
        while (target < count() && slice.elapsed() < 30) {
            const int end = std::min(count(), target + 200);
            while (m_position < end)
                applyNext();
            target = m_position;
        }
        seek(m_position);
        if (m_playing)
            m_timer.start(0);
        return;
    }
    // At the captured pace (or faster): everything due now, then wait for the next record.
    seek(std::min(count(), m_position + 1));
    if (!m_playing)
        return;
    const qint64 now = positionMs();
    int end = m_position;
    while (end < count() && m_capture.records.at(end).atMs <= now)
        ++end;
    if (end > m_position)
        seek(end);
    if (!m_playing || atEnd())
        return;
    const qint64 wait = m_capture.records.at(m_position).atMs - positionMs();
    m_timer.start(int(std::clamp<double>(double(wait) / m_speed, 0, 24.0 * 3600 * 1000)));
}

} // namespace Console
