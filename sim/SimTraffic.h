#pragma once

#include "sim/SimAsterisk.h"
#include "sim/SimClock.h"

#include <QHash>
#include <QObject>
#include <QRandomGenerator>

#include <deque>
#include <map>
#include <vector>

namespace AriSim {

// Generated traffic for SimAsterisk, on its SimClock.
// Demo traffic: calls arrive from "customers" at a rate (calls per second, Poisson arrivals) and are
// answered by agents, ring and get abandoned, find the line busy, or go into the Stasis application
// (when it has a socket) where they are bridged and sometimes recorded; they hang up after 20-300 s.
// Load: keeps N channels up (Local pairs in the dialplan) and emits M events per second on them
// (ChannelVarset, ChannelStateChange, ChannelDialplan), each serialised once.
// Owned by SimAsterisk; use SimAsterisk::startDemoTraffic() / startLoad().
class SimTraffic : public QObject
{
    Q_OBJECT
public:
    explicit SimTraffic(SimAsterisk &asterisk);
    ~SimTraffic() override;

    void startDemo(double callsPerSecond, quint32 seed, const QString &app);
    void stopDemo();
    void startLoad(int channels, int eventsPerSecond, quint32 seed);
    void stopLoad();
    SimAsterisk::TrafficStats stats() const;
    void onReset(); // the simulated Asterisk restarted: every call is gone

private:
    struct Call
    {
        QString oneId;
        QString twoId;
        QString bridgeId;
        QString recording;
        bool ended = false;
    };
    QString customerCallerId(); // "Name <+44 ...>"
    QString agentName(const QString &extension) const;
    void scheduleArrival();
    void startCall();
    void afterStasis(quint64 callId, bool ringFirst);
    void hangupCall(quint64 callId);
    void onChannelDestroyed(const QString &id);
    void refillLoad();
    void loadTick();
    QString pickLoadChannel();
    SimClock::TimerId after(qint64 ms, std::function<void()> fn);
    qint64 holdMs() { return 20000 + qint64(m_rng.bounded(280000)); }

    SimAsterisk &m_a;
    SimClock &m_clock;
    QRandomGenerator m_rng;
    quint64 m_epoch = 0; // bumped by stop/reset: stale timers do nothing

    double m_rate = 0;
    QString m_app;
    SimClock::TimerId m_arrivalTimer = 0;
    std::map<quint64, Call> m_calls;
    QHash<QString, quint64> m_callByChannel;
    quint64 m_nextCall = 1;
    quint64 m_started = 0;
    quint64 m_ended = 0;
    std::deque<QString> m_recordings;

    int m_loadTarget = 0;
    int m_eventsPerSecond = 0;
    qint64 m_loadAccum = 0;
    SimClock::TimerId m_loadTimer = 0;
    std::vector<QString> m_loadIds;
    QHash<QString, qsizetype> m_loadIndex;
    quint64 m_loadEvents = 0;
    quint64 m_loadCounter = 0;
};

} // namespace AriSim
