#include "sim/SimTraffic.h"

#include <cmath>
#include <iterator>

using namespace Qt::StringLiterals;

namespace AriSim {

namespace {

// Customers and agents for the demo: plausible names, and numbers from Ofcom's ranges reserved for
// drama (020 7946 0xxx, 0161 496 0xxx, 0113 496 0xxx, 0117 496 0xxx, 07700 900xxx), so no real
// subscriber is ever shown.
constexpr const char16_t *s_firstNames[] = {
    u"Olivia", u"Amelia", u"Isla", u"Ava", u"Mia", u"Grace", u"Sophie", u"Emily", u"Priya", u"Aisha",
    u"Oliver", u"George", u"Harry", u"Jack", u"Noah", u"Arthur", u"Leo", u"Mohammed", u"Tomasz", u"Daniel",
    u"Chloe", u"Hannah", u"Ruby", u"Freya", u"Ewan", u"Callum", u"Rhys", u"Siobhan", u"Niamh", u"Kwame"};
constexpr const char16_t *s_lastNames[] = {
    u"Smith", u"Jones", u"Taylor", u"Brown", u"Williams", u"Wilson", u"Johnson", u"Davies", u"Patel", u"Robinson",
    u"Wright", u"Thompson", u"Evans", u"Walker", u"White", u"Roberts", u"Green", u"Hall", u"Khan", u"Clarke",
    u"O'Neill", u"Murphy", u"Campbell", u"Kowalski", u"Okafor", u"Nguyen", u"Hughes", u"Edwards", u"Lewis", u"Ahmed"};
struct Range
{
    const char16_t *prefix; // as dialled from abroad, grouped as written in the UK
    int digits;             // random digits after the prefix
};
constexpr Range s_ranges[] = {
    {u"+44 20 7946 0", 3}, {u"+44 161 496 0", 3}, {u"+44 113 496 0", 3}, {u"+44 117 496 0", 3},
    {u"+44 7700 900", 3}};

} // namespace

QString SimTraffic::customerCallerId()
{
    const QString first = QString::fromUtf16(s_firstNames[m_rng.bounded(quint32(std::size(s_firstNames)))]);
    const QString last = QString::fromUtf16(s_lastNames[m_rng.bounded(quint32(std::size(s_lastNames)))]);
    const Range &r = s_ranges[m_rng.bounded(quint32(std::size(s_ranges)))];
    QString number = QString::fromUtf16(r.prefix);
    for (int i = 0; i < r.digits; ++i)
        number += QChar(u'0' + int(m_rng.bounded(10)));
    return first + u' ' + last + u" <"_s + number + u'>';
}

QString SimTraffic::agentName(const QString &extension) const
{
    // The same agent always has the same name.
    const uint h = qHash(extension);
    return u"Agent "_s + QString::fromUtf16(s_firstNames[h % std::size(s_firstNames)]) + u' '
        + QString::fromUtf16(s_lastNames[(h / 31) % std::size(s_lastNames)]);
}

SimTraffic::SimTraffic(SimAsterisk &asterisk)
    : m_a(asterisk)
    , m_clock(asterisk.clock())
{
    connect(&m_a, &SimAsterisk::channelDestroyed, this, &SimTraffic::onChannelDestroyed);
}

SimTraffic::~SimTraffic()
{
    ++m_epoch;
    if (m_arrivalTimer)
        m_clock.stopTimer(m_arrivalTimer);
    if (m_loadTimer)
        m_clock.stopTimer(m_loadTimer);
}

SimClock::TimerId SimTraffic::after(qint64 ms, std::function<void()> fn)
{
    const quint64 epoch = m_epoch;
    return m_clock.startTimer(qMax<qint64>(1, ms), this, [this, epoch, fn = std::move(fn)] {
        if (epoch == m_epoch)
            fn();
    });
}

// ---- demo traffic -------------------------------------------------------------------------------

void SimTraffic::startDemo(double callsPerSecond, quint32 seed, const QString &app)
{
    stopDemo();
    m_rng.seed(seed);
    m_rate = qMax(0.0, callsPerSecond);
    m_app = app;
    if (m_rate > 0)
        scheduleArrival();
}

void SimTraffic::stopDemo()
{
    m_rate = 0;
    if (m_arrivalTimer) {
        m_clock.stopTimer(m_arrivalTimer);
        m_arrivalTimer = 0;
    }
}

void SimTraffic::scheduleArrival()
{
    // Poisson arrivals: exponential gaps with mean 1/rate.
    const double u = qMax(1e-9, m_rng.generateDouble());
    const qint64 gap = qint64(std::ceil(-std::log(u) / m_rate * 1000.0));
    m_arrivalTimer = after(gap, [this] {
        m_arrivalTimer = 0;
        if (m_rate <= 0)
            return;
        startCall();
        scheduleArrival();
    });
}

void SimTraffic::startCall()
{
    const int r = int(m_rng.bounded(100));
    const QString agent = QString::number(1000 + m_rng.bounded(1000));
    const bool appUp = !m_app.isEmpty() && m_a.hasApplication(m_app);
    // Every call comes from a customer: both halves carry the caller id as caller and connected line
    // (as an originate with callerId does in trace 02).
    const QString customer = customerCallerId();
    Call call;
    qint64 hold = holdMs();
    bool stasis = false;
    bool ringFirst = false;
    qint64 stasisAfter = 1000;
    if (r < 40 && appUp) {
        // Into the operator's application, then bridged (and maybe recorded). The lab dialplan's
        // Stasis() extensions (3XXX, 301) name `console`, so both halves go there only for that app;
        // another app gets the customer's ;1 half, with ;2 answering (1XXX) or ringing 20 s first (400).
        ringFirst = r < 10;
        if (m_app == u"console") {
            const QString queue = QString::number(3000 + m_rng.bounded(1000));
            call.oneId = m_a.originateLocal(u"Local/"_s + (ringFirst ? u"301"_s : queue) + u"@demo"_s, {}, {}, m_app,
                                            {u"inbound"_s}, 0, customer);
            stasisAfter = ringFirst ? 5000 + qint64(m_rng.bounded(25000)) : 1000;
        } else {
            call.oneId = m_a.originateLocal(u"Local/"_s + (ringFirst ? u"400"_s : agent) + u"@demo"_s, {}, {}, m_app,
                                            {u"inbound"_s}, 0, customer);
            stasisAfter = ringFirst ? 21000 : 1000;
        }
        stasis = true;
    } else if (r < 70) {
        // An agent answers: the agent's phone identifies itself to the customer's side.
        call.oneId = m_a.originateLocal(u"Local/"_s + agent + u"@demo"_s, u"demo"_s, u"600"_s, {}, {}, 0, customer);
        m_a.setConnectedLineInternal(call.oneId, agentName(agent), agent);
    } else if (r < 82) {
        call.oneId = m_a.originateLocal(u"Local/400@demo"_s, u"demo"_s, u"600"_s, {}, {}, 0, customer);
        hold += 20000;
    } else if (r < 94) {
        const QString ringing = QString::number(2000 + m_rng.bounded(1000));
        call.oneId = m_a.originateLocal(u"Local/"_s + ringing + u"@demo"_s, u"demo"_s, u"600"_s, {}, {}, 0, customer);
        hold = 5000 + qint64(m_rng.bounded(35000)); // abandoned while ringing
    } else {
        call.oneId = m_a.originateLocal(r < 97 ? u"Local/800@demo"_s : u"Local/801@demo"_s, u"demo"_s, u"600"_s,
                                        {}, {}, 0, customer);
    }
    ++m_started;
    if (call.oneId.isEmpty() || !m_a.findChannel(call.oneId)) {
        ++m_ended; // busy, congestion or refused: gone already
        return;
    }
    call.twoId = m_a.peerOf(call.oneId);
    const quint64 id = m_nextCall++;
    m_callByChannel.insert(call.oneId, id);
    if (!call.twoId.isEmpty())
        m_callByChannel.insert(call.twoId, id);
    m_calls.emplace(id, call);
    if (stasis)
        after(stasisAfter, [this, id, ringFirst] { afterStasis(id, ringFirst); });
    after(hold, [this, id] { hangupCall(id); });
}

void SimTraffic::afterStasis(quint64 callId, bool ringFirst)
{
    auto it = m_calls.find(callId);
    if (it == m_calls.end() || it->second.ended)
        return;
    Call &call = it->second;
    if (ringFirst && m_a.isInStasis(call.twoId))
        m_a.answer(call.twoId);
    QStringList members;
    for (const QString &id : {call.oneId, call.twoId}) {
        if (m_a.isInStasis(id))
            members.append(id);
    }
    if (members.isEmpty() || (m_app == u"console" && members.size() < 2))
        return;
    const HttpResponse created = m_a.createBridge(u"mixing"_s, u"demo-call-"_s + QString::number(callId),
                                                  u"queue"_s);
    if (created.status != 200)
        return;
    call.bridgeId = u"demo-call-"_s + QString::number(callId);
    m_a.addToBridge(call.bridgeId, members);
    if (m_rng.bounded(100) < 30) {
        SimAsterisk::RecordParams p;
        p.name = u"demo-call-"_s + QString::number(callId);
        p.format = u"wav"_s;
        p.ifExists = u"overwrite"_s;
        if (m_a.record(u"bridge"_s, call.bridgeId, p).status == 201)
            call.recording = p.name;
    }
}

void SimTraffic::hangupCall(quint64 callId)
{
    auto it = m_calls.find(callId);
    if (it == m_calls.end())
        return;
    const Call call = it->second;
    // Either side hangs up.
    const QString side = m_rng.bounded(2) ? call.oneId : call.twoId;
    if (!m_a.hangupChannel(side))
        m_a.hangupChannel(side == call.oneId ? call.twoId : call.oneId);
}

void SimTraffic::onChannelDestroyed(const QString &id)
{
    if (m_loadIndex.contains(id)) {
        const qsizetype i = m_loadIndex.take(id);
        const QString last = m_loadIds.back();
        m_loadIds.pop_back();
        if (last != id) {
            m_loadIds[size_t(i)] = last;
            m_loadIndex.insert(last, i);
        }
    }
    const quint64 callId = m_callByChannel.take(id);
    if (!callId)
        return;
    auto it = m_calls.find(callId);
    if (it == m_calls.end())
        return;
    Call &call = it->second;
    if (!call.ended) {
        call.ended = true;
        ++m_ended;
    }
    if (m_callByChannel.contains(call.oneId) || m_callByChannel.contains(call.twoId))
        return; // the other half is still going down
    const QString bridge = call.bridgeId;
    const QString recording = call.recording;
    m_calls.erase(it);
    if (!bridge.isEmpty())
        after(1, [this, bridge] { m_a.destroyBridge(bridge); });
    if (!recording.isEmpty()) {
        m_recordings.push_back(recording);
        while (m_recordings.size() > 10) {
            m_a.removeStoredRecording(m_recordings.front());
            m_recordings.pop_front();
        }
    }
}

// ---- load ---------------------------------------------------------------------------------------

void SimTraffic::startLoad(int channels, int eventsPerSecond, quint32 seed)
{
    stopLoad();
    m_rng.seed(seed);
    m_loadTarget = qMax(0, channels);
    m_eventsPerSecond = qMax(0, eventsPerSecond);
    m_loadAccum = 0;
    refillLoad();
    const quint64 epoch = m_epoch;
    m_loadTimer = m_clock.startTimer(20, this, [this, epoch] {
        if (epoch == m_epoch)
            loadTick();
    }, true);
}

void SimTraffic::stopLoad()
{
    m_loadTarget = 0;
    m_eventsPerSecond = 0;
    if (m_loadTimer) {
        m_clock.stopTimer(m_loadTimer);
        m_loadTimer = 0;
    }
}

void SimTraffic::refillLoad()
{
    int guard = m_loadTarget + 2;
    while (int(m_loadIds.size()) < m_loadTarget && guard-- > 0) {
        const QString agent = QString::number(1000 + (m_loadCounter++ % 1000));
        const QString one = m_a.originateLocal(u"Local/"_s + agent + u"@demo"_s, u"demo"_s, u"600"_s, {}, {}, 0);
        if (one.isEmpty())
            break;
        for (const QString &id : {one, m_a.peerOf(one)}) {
            if (id.isEmpty() || m_loadIndex.contains(id))
                continue;
            m_loadIndex.insert(id, qsizetype(m_loadIds.size()));
            m_loadIds.push_back(id);
        }
    }
}

QString SimTraffic::pickLoadChannel()
{
    if (m_loadIds.empty())
        return {};
    return m_loadIds[size_t(m_rng.bounded(quint32(m_loadIds.size())))];
}

void SimTraffic::loadTick()
{
    if (int(m_loadIds.size()) < m_loadTarget)
        refillLoad();
    m_loadAccum += qint64(m_eventsPerSecond) * 20;
    const qint64 n = m_loadAccum / 1000;
    m_loadAccum %= 1000;
    for (qint64 i = 0; i < n; ++i) {
        const QString id = pickLoadChannel();
        if (id.isEmpty())
            return;
        bool ok = false;
        switch (m_rng.bounded(3)) {
        case 0:
            ok = m_a.setChannelVarInternal(id, u"LOADVAR"_s, QString::number(m_loadEvents));
            break;
        case 1:
            ok = m_a.setChannelStateInternal(id, u"Up"_s);
            break;
        default:
            ok = m_a.emitDialplanInternal(id, u"Wait"_s, u"3600"_s);
            break;
        }
        if (ok)
            ++m_loadEvents;
    }
}

SimAsterisk::TrafficStats SimTraffic::stats() const
{
    SimAsterisk::TrafficStats s;
    s.callsStarted = m_started;
    s.callsEnded = m_ended;
    s.activeCalls = int(m_started - m_ended);
    s.loadEvents = m_loadEvents;
    s.loadChannels = int(m_loadIds.size());
    return s;
}

void SimTraffic::onReset()
{
    ++m_epoch;
    m_calls.clear();
    m_callByChannel.clear();
    m_ended = m_started;
    m_loadIds.clear();
    m_loadIndex.clear();
    m_arrivalTimer = 0;
    if (m_rate > 0)
        scheduleArrival();
    if (m_loadTimer) {
        m_loadTimer = 0;
        const int channels = m_loadTarget;
        const int eps = m_eventsPerSecond;
        // Channels come back once the restart is over (the next tick refills).
        m_loadTarget = channels;
        m_eventsPerSecond = eps;
        const quint64 epoch = m_epoch;
        m_loadTimer = m_clock.startTimer(20, this, [this, epoch] {
            if (epoch == m_epoch)
                loadTick();
        }, true);
    }
}

} // namespace AriSim
