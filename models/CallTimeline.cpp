#include "models/CallTimeline.h"

#include "ari/EventParser.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Console {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Timeline", text);
}

QString callerText(const Ari::CallerID &c)
{
    if (c.name.isEmpty())
        return c.number;
    return c.number.isEmpty() ? c.name : u"%1 <%2>"_s.arg(c.name, c.number);
}

QString bridgeText(const Ari::Bridge &b)
{
    const QString name = b.name.isEmpty() ? b.id.left(8) : b.name;
    return b.bridgeType.isEmpty() ? name : u"%1 (%2)"_s.arg(name, b.bridgeType);
}

QString channelOf(const QString &targetUri)
{
    return targetUri.startsWith(u"channel:") ? targetUri.mid(8) : QString();
}

// The channels one channel's history links it to, with why.
void linksOf(const Store &store, const LiveChannel &lc, Ari::EventParser &parser,
             QList<std::pair<QString, QString>> &out)
{
    const QString self = lc.channel.id;
    auto add = [&](const QString &id, const QString &why) {
        if (!id.isEmpty() && id != self)
            out.append({id, why});
    };
    // The other half of a Local pair, by name.
    const QString other = Timeline::otherLocalHalf(lc.channel.name);
    if (!other.isEmpty()) {
        auto find = [&](const QHash<QString, LiveChannel> &all) {
            for (auto it = all.cbegin(); it != all.cend(); ++it) {
                if (it->channel.name == other)
                    add(it.key(), tr("other Local half"));
            }
        };
        find(store.channels());
        find(store.endedChannels());
    }
    QSet<QString> bridges;
    if (!lc.bridgeId.isEmpty()) {
        bridges.insert(lc.bridgeId);
        if (const LiveBridge *b = store.bridge(lc.bridgeId)) {
            for (const QString &id : b->bridge.channels)
                add(id, tr("bridge peer"));
        }
    }
    Ari::Event e;
    for (const HistoryEntry &h : lc.history) {
        using T = Ari::EventType;
        if (h.type != T::Dial && h.type != T::ChannelEnteredBridge && h.type != T::ChannelLeftBridge)
            continue;
        if (parser.parse(h.raw, e) != Ari::EventParser::Status::Ok)
            continue;
        if (const auto *d = e.as<Ari::DialEvent>()) {
            add(d->caller.id, tr("dial peer"));
            add(d->peer.id, tr("dial peer"));
        } else if (const auto *b = e.as<Ari::ChannelEnteredBridgeEvent>()) {
            bridges.insert(b->bridge.id);
            for (const QString &id : b->bridge.channels)
                add(id, tr("bridge peer"));
        } else if (const auto *b = e.as<Ari::ChannelLeftBridgeEvent>()) {
            bridges.insert(b->bridge.id);
            for (const QString &id : b->bridge.channels)
                add(id, tr("bridge peer"));
        }
    }
    // Those who entered the same bridges after this channel: their own entry says so.
    if (bridges.isEmpty())
        return;
    auto scan = [&](const QHash<QString, LiveChannel> &all) {
        for (auto it = all.cbegin(); it != all.cend(); ++it) {
            if (it.key() == self)
                continue;
            for (const HistoryEntry &h : it->history) {
                if (h.type != Ari::EventType::ChannelEnteredBridge)
                    continue;
                for (const QString &b : bridges) {
                    if (h.raw.contains(b.toUtf8())) {
                        add(it.key(), tr("bridge peer"));
                        break;
                    }
                }
            }
        }
    };
    scan(store.channels());
    scan(store.endedChannels());
}

// One history entry in words; false when it is not worth a step.
bool describe(const Ari::Event &e, const Timeline &t, TimelineEntry &out, QString &primaryChannel)
{
    using T = Ari::EventType;
    using K = TimelineKind;
    auto laneName = [&](const QString &id, const QString &fallback) {
        const int lane = t.laneOf(id);
        return lane >= 0 ? t.lanes.at(lane).name : fallback;
    };
    auto peersOf = [&](const QStringList &ids, const QString &self) {
        QStringList names;
        for (const QString &id : ids) {
            if (id == self)
                continue;
            const int lane = t.laneOf(id);
            if (lane >= 0)
                out.peers.append(lane);
            names.append(laneName(id, id));
        }
        return names;
    };
    switch (e.type) {
    case T::ChannelCreated: {
        const auto &c = e.as<Ari::ChannelCreatedEvent>()->channel;
        out.kind = K::Created;
        const QString caller = callerText(c.caller);
        out.text = caller.isEmpty() ? tr("Created (%1)").arg(c.state) : tr("Created (%1), caller %2").arg(c.state, caller);
        return true;
    }
    case T::ChannelDialplan: {
        const auto *p = e.as<Ari::ChannelDialplanEvent>();
        out.kind = K::Dialplan;
        const auto &d = p->channel.dialplan;
        out.text = tr("Dialplan %1,%2,%3: %4(%5)")
                       .arg(d.context, d.exten)
                       .arg(d.priority)
                       .arg(p->dialplanApp, p->dialplanAppData);
        return true;
    }
    case T::ChannelStateChange: {
        const auto &c = e.as<Ari::ChannelStateChangeEvent>()->channel;
        out.kind = K::State;
        out.text = c.state == u"Up" ? tr("State: Up (answered)") : tr("State: %1").arg(c.state);
        return true;
    }
    case T::ChannelCallerId: {
        out.kind = K::CallerId;
        out.text = tr("Caller ID: %1").arg(callerText(e.as<Ari::ChannelCallerIdEvent>()->channel.caller));
        return true;
    }
    case T::ChannelConnectedLine: {
        out.kind = K::CallerId;
        out.text = tr("Connected line: %1").arg(callerText(e.as<Ari::ChannelConnectedLineEvent>()->channel.connected));
        return true;
    }
    case T::ChannelDtmfReceived: {
        const auto *p = e.as<Ari::ChannelDtmfReceivedEvent>();
        out.kind = K::Dtmf;
        out.text = tr("DTMF %1 (%2 ms)").arg(p->digit).arg(p->durationMs);
        return true;
    }
    case T::StasisStart: {
        const auto *p = e.as<Ari::StasisStartEvent>();
        out.kind = K::StasisStart;
        out.text = p->args.isEmpty() ? tr("Stasis start: %1").arg(e.application)
                                     : tr("Stasis start: %1 (%2)").arg(e.application, p->args.join(u", "_s));
        return true;
    }
    case T::StasisEnd:
        out.kind = K::StasisEnd;
        out.text = tr("Stasis end: %1").arg(e.application);
        return true;
    case T::Dial: {
        const auto *p = e.as<Ari::DialEvent>();
        out.kind = K::Dial;
        primaryChannel = p->caller.id.isEmpty() ? p->peer.id : p->caller.id;
        const QString other = p->caller.id.isEmpty() ? QString() : p->peer.id;
        if (!other.isEmpty() && t.laneOf(other) >= 0)
            out.peers.append(t.laneOf(other));
        const QString status = p->dialstatus.isEmpty() ? tr("dialling") : p->dialstatus;
        out.text = other.isEmpty() ? tr("Dial %1: %2").arg(p->dialstring, status)
                                   : tr("Dial %1 → %2: %3").arg(p->dialstring, laneName(other, p->peer.name), status);
        return true;
    }
    case T::ChannelEnteredBridge: {
        const auto *p = e.as<Ari::ChannelEnteredBridgeEvent>();
        out.kind = K::BridgeEnter;
        const QStringList with = peersOf(p->bridge.channels, p->channel.id);
        out.text = with.isEmpty() ? tr("Entered bridge %1").arg(bridgeText(p->bridge))
                                  : tr("Entered bridge %1 with %2").arg(bridgeText(p->bridge), with.join(u", "_s));
        return true;
    }
    case T::ChannelLeftBridge: {
        const auto *p = e.as<Ari::ChannelLeftBridgeEvent>();
        out.kind = K::BridgeLeave;
        const QStringList left = peersOf(p->bridge.channels, p->channel.id);
        out.text = left.isEmpty() ? tr("Left bridge %1").arg(bridgeText(p->bridge))
                                  : tr("Left bridge %1, leaving %2").arg(bridgeText(p->bridge), left.join(u", "_s));
        return true;
    }
    case T::PlaybackStarted:
    case T::PlaybackContinuing:
    case T::PlaybackFinished: {
        const Ari::Playback &p = e.type == T::PlaybackStarted      ? e.as<Ari::PlaybackStartedEvent>()->playback
                                 : e.type == T::PlaybackContinuing ? e.as<Ari::PlaybackContinuingEvent>()->playback
                                                                   : e.as<Ari::PlaybackFinishedEvent>()->playback;
        out.kind = K::Playback;
        primaryChannel = channelOf(p.targetUri);
        out.text = e.type == T::PlaybackStarted      ? tr("Playback started: %1").arg(p.mediaUri)
                   : e.type == T::PlaybackContinuing ? tr("Playback continues: %1").arg(p.mediaUri)
                                                     : tr("Playback finished: %1 (%2)").arg(p.mediaUri, p.state);
        if (p.targetUri.startsWith(u"bridge:"))
            out.text += tr(", to the bridge");
        return true;
    }
    case T::RecordingStarted:
    case T::RecordingFinished:
    case T::RecordingFailed: {
        const Ari::LiveRecording &r = e.type == T::RecordingStarted    ? e.as<Ari::RecordingStartedEvent>()->recording
                                      : e.type == T::RecordingFinished ? e.as<Ari::RecordingFinishedEvent>()->recording
                                                                       : e.as<Ari::RecordingFailedEvent>()->recording;
        out.kind = K::Recording;
        primaryChannel = channelOf(r.targetUri);
        out.text = e.type == T::RecordingStarted    ? tr("Recording started: %1 (%2)").arg(r.name, r.format)
                   : e.type == T::RecordingFinished ? tr("Recording finished: %1 (%2 s)").arg(r.name).arg(r.duration)
                                                    : tr("Recording failed: %1 (%2)").arg(r.name, r.cause);
        if (r.targetUri.startsWith(u"bridge:"))
            out.text += tr(", of the bridge");
        return true;
    }
    case T::ChannelVarset: {
        const auto *p = e.as<Ari::ChannelVarsetEvent>();
        out.kind = K::Variable;
        out.text = tr("Set %1 = %2").arg(p->variable, p->value);
        return true;
    }
    case T::ChannelHold:
        out.kind = K::Hold;
        out.text = tr("On hold");
        return true;
    case T::ChannelUnhold:
        out.kind = K::Unhold;
        out.text = tr("Off hold");
        return true;
    case T::ChannelTalkingStarted:
        out.kind = K::Talking;
        out.text = tr("Talking");
        return true;
    case T::ChannelTalkingFinished:
        out.kind = K::Talking;
        out.text = tr("Stopped talking (%1 ms)").arg(e.as<Ari::ChannelTalkingFinishedEvent>()->duration);
        return true;
    case T::BridgeBlindTransfer: {
        const auto *p = e.as<Ari::BridgeBlindTransferEvent>();
        out.kind = K::Transfer;
        primaryChannel = p->channel.id;
        peersOf({p->transferee.id}, p->channel.id);
        out.text = tr("Blind transfer to %1@%2: %3").arg(p->exten, p->context, p->result);
        return true;
    }
    case T::BridgeAttendedTransfer: {
        const auto *p = e.as<Ari::BridgeAttendedTransferEvent>();
        out.kind = K::Transfer;
        primaryChannel = p->transfererFirstLeg.id;
        peersOf({p->transfererSecondLeg.id, p->transferee.id, p->transferTarget.id}, p->transfererFirstLeg.id);
        out.text = tr("Attended transfer (%1): %2").arg(p->destinationType, p->result);
        return true;
    }
    case T::ChannelTransfer: {
        const auto *p = e.as<Ari::ChannelTransferEvent>();
        out.kind = K::Transfer;
        primaryChannel = p->referredBy.sourceChannel.id;
        out.text = tr("Transfer requested (%1)").arg(p->state);
        return true;
    }
    case T::ChannelHangupRequest: {
        const auto *p = e.as<Ari::ChannelHangupRequestEvent>();
        out.kind = K::HangupRequest;
        if (p->soft)
            out.text = tr("Hangup requested (soft)");
        else if (p->has(0))
            out.text = tr("Hangup requested: %1 (%2)").arg(hangupCauseText(int(p->cause))).arg(p->cause);
        else
            out.text = tr("Hangup requested");
        return true;
    }
    case T::ChannelDestroyed: {
        const auto *p = e.as<Ari::ChannelDestroyedEvent>();
        out.kind = K::Hangup;
        out.text = tr("Hung up: %1 (%2)").arg(hangupCauseText(int(p->cause))).arg(p->cause);
        return true;
    }
    default:
        out.kind = K::Other;
        out.text = e.typeName;
        return true;
    }
}

} // namespace

int Timeline::laneOf(const QString &channelId) const
{
    for (int i = 0; i < lanes.size(); ++i) {
        if (lanes.at(i).channelId == channelId)
            return i;
    }
    return -1;
}

QString Timeline::otherLocalHalf(const QString &name)
{
    if (!name.startsWith(u"Local/") || name.size() < 3 || name.at(name.size() - 2) != u';')
        return {};
    const QChar half = name.back();
    if (half != u'1' && half != u'2')
        return {};
    return name.left(name.size() - 1) + (half == u'1' ? u'2' : u'1');
}

QString Timeline::kindName(TimelineKind kind)
{
    static const char *names[] = {
        QT_TRANSLATE_NOOP("Timeline", "created"),      QT_TRANSLATE_NOOP("Timeline", "dialplan"),
        QT_TRANSLATE_NOOP("Timeline", "state"),        QT_TRANSLATE_NOOP("Timeline", "caller id"),
        QT_TRANSLATE_NOOP("Timeline", "DTMF"),         QT_TRANSLATE_NOOP("Timeline", "Stasis start"),
        QT_TRANSLATE_NOOP("Timeline", "Stasis end"),   QT_TRANSLATE_NOOP("Timeline", "dial"),
        QT_TRANSLATE_NOOP("Timeline", "bridge enter"), QT_TRANSLATE_NOOP("Timeline", "bridge leave"),
        QT_TRANSLATE_NOOP("Timeline", "playback"),     QT_TRANSLATE_NOOP("Timeline", "recording"),
        QT_TRANSLATE_NOOP("Timeline", "variable"),     QT_TRANSLATE_NOOP("Timeline", "hold"),
        QT_TRANSLATE_NOOP("Timeline", "unhold"),       QT_TRANSLATE_NOOP("Timeline", "talking"),
        QT_TRANSLATE_NOOP("Timeline", "transfer"),     QT_TRANSLATE_NOOP("Timeline", "hangup request"),
        QT_TRANSLATE_NOOP("Timeline", "hangup"),       QT_TRANSLATE_NOOP("Timeline", "gap"),
        QT_TRANSLATE_NOOP("Timeline", "other"),
    };
    return tr(names[int(kind)]);
}

Timeline Timeline::build(const Store &store, const QString &channelId, int maxLanes, Ari::EventParser *parser)
{
    Timeline t;
    const LiveChannel *first = store.anyChannel(channelId);
    if (!first)
        return t;
    std::unique_ptr<Ari::EventParser> own;
    if (!parser) {
        own = std::make_unique<Ari::EventParser>();
        parser = own.get();
    }
    // Breadth first from the selected channel, through every link, up to the cap.
    QList<const LiveChannel *> found{first};
    QHash<QString, QString> why{{channelId, QCoreApplication::translate("Timeline", "selected")}};
    for (int i = 0; i < found.size() && found.size() < maxLanes; ++i) {
        QList<std::pair<QString, QString>> links;
        linksOf(store, *found.at(i), *parser, links);
        for (const auto &[id, relation] : links) {
            if (why.contains(id) || found.size() >= maxLanes)
                continue;
            if (const LiveChannel *lc = store.anyChannel(id)) {
                why.insert(id, relation);
                found.append(lc);
            }
        }
    }
    std::stable_sort(found.begin(), found.end(), [](const LiveChannel *a, const LiveChannel *b) {
        if (a->createdAtMs != b->createdAtMs)
            return a->createdAtMs < b->createdAtMs;
        return a->channel.name < b->channel.name;
    });
    for (const LiveChannel *lc : found)
        t.lanes.append(TimelineLane{lc->channel.id, lc->channel.name, why.value(lc->channel.id), lc->createdAtMs, lc->endedAtMs});

    // Steps: an event in several lanes' histories (a Dial, a transfer) shows once, on its main lane.
    QSet<const char *> seen;
    Ari::Event e;
    for (int lane = 0; lane < found.size(); ++lane) {
        const LiveChannel *lc = found.at(lane);
        for (const HistoryEntry &h : lc->history) {
            if (!h.raw.isEmpty() && seen.contains(h.raw.constData()))
                continue;
            TimelineEntry entry;
            entry.atMs = h.atMs;
            entry.type = h.type;
            entry.raw = h.raw;
            entry.lane = lane;
            QString primary;
            if (h.raw.isEmpty()) {
                // The store let go of this old frame to bound memory: its time and type remain.
                entry.text = QCoreApplication::translate("Timeline", "%1 (details no longer kept)")
                                 .arg(Ari::eventTypeName(h.type));
                entry.kind = TimelineKind::Other;
                t.entries.append(entry);
                continue;
            }
            if (parser->parse(h.raw, e) != Ari::EventParser::Status::Ok)
                continue;
            if (!describe(e, t, entry, primary))
                continue;
            if (!primary.isEmpty() && t.laneOf(primary) >= 0)
                entry.lane = t.laneOf(primary);
            entry.peers.removeAll(entry.lane);
            seen.insert(h.raw.constData());
            t.entries.append(entry);
        }
        for (const HistoryGap &g : lc->gaps) {
            TimelineEntry gap;
            gap.atMs = g.fromMs;
            gap.endMs = g.toMs;
            gap.lane = lane;
            gap.kind = TimelineKind::Gap;
            const qint64 ms = g.toMs - g.fromMs;
            gap.text = ms < 1000 ? QCoreApplication::translate("Timeline", "Events may be missing: not synced for %1 ms").arg(ms)
                                 : QCoreApplication::translate("Timeline", "Events may be missing: not synced for %1 s")
                                       .arg(ms / 1000.0, 0, 'f', 1);
            t.entries.append(gap);
        }
    }
    std::stable_sort(t.entries.begin(), t.entries.end(),
                     [](const TimelineEntry &a, const TimelineEntry &b) { return a.atMs < b.atMs; });
    return t;
}

TimelineModel::TimelineModel(QObject *parent) : QAbstractTableModel(parent), m_parser(std::make_unique<Ari::EventParser>())
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(100);
    connect(&m_timer, &QTimer::timeout, this, &TimelineModel::rebuild);
}

TimelineModel::~TimelineModel() = default;

void TimelineModel::setStore(Store *store)
{
    if (m_store == store)
        return;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (store)
        connect(store, &Store::changed, this, [this](Entity e, const QString &id) { onChanged(e, id); });
    rebuild();
}

void TimelineModel::setChannel(const QString &channelId)
{
    if (m_channelId == channelId)
        return;
    m_channelId = channelId;
    rebuild();
}

void TimelineModel::onChanged(Entity entity, const QString &id)
{
    // A new peer may join any time (a bridge, a dial): bridges and watched channels rebuild.
    if ((entity == Entity::Channel && m_watched.contains(id)) || entity == Entity::Bridge)
        if (!m_channelId.isEmpty() && !m_timer.isActive())
            m_timer.start();
}

void TimelineModel::rebuild()
{
    m_timer.stop();
    beginResetModel();
    m_timeline = m_store && !m_channelId.isEmpty() ? Timeline::build(*m_store, m_channelId, m_maxLanes, m_parser.get())
                                                   : Timeline{};
    m_watched.clear();
    m_watched.insert(m_channelId);
    for (const TimelineLane &l : m_timeline.lanes)
        m_watched.insert(l.channelId);
    endResetModel();
    Q_EMIT rebuilt();
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_timeline.entries.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_timeline.entries.size())
        return {};
    const TimelineEntry &e = m_timeline.entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case Time:
            return QDateTime::fromMSecsSinceEpoch(e.atMs).toString(u"HH:mm:ss.zzz"_s);
        case Lane:
            return m_timeline.lanes.value(e.lane).name;
        case Step:
            return e.text;
        }
        return {};
    case LaneRole:
        return e.lane;
    case KindRole:
        return int(e.kind);
    case RawRole:
        return e.raw;
    case AtMsRole:
        return e.atMs;
    case EndMsRole:
        return e.endMs;
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Lane:
        return tr("Channel");
    case Step:
        return tr("Step");
    }
    return {};
}

} // namespace Console
