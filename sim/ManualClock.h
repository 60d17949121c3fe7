#pragma once

#include "sim/SimClock.h"

#include <QHash>
#include <QPointer>

#include <map>

namespace AriSim {

// A clock for tests: time stands still until advance() moves it, firing due timers in order.
//   ManualClock clock(QDateTime(...)); SimServer server(&clock); clock.advance(5000);
class ManualClock : public SimClock
{
public:
    explicit ManualClock(const QDateTime &start = QDateTime::currentDateTimeUtc());

    QDateTime now() const override;
    TimerId startTimer(qint64 ms, QObject *context, std::function<void()> fn, bool repeat = false) override;
    void stopTimer(TimerId id) override;

    void advance(qint64 ms);
    void setNow(const QDateTime &utc);
    int pendingTimers() const { return int(m_timers.size()); }

private:
    struct Timer
    {
        qint64 due = 0;
        qint64 interval = 0;
        bool repeat = false;
        QPointer<QObject> context;
        std::function<void()> fn;
    };
    qint64 m_nowMs = 0;
    QHash<TimerId, Timer> m_timers;
    std::multimap<qint64, TimerId> m_queue;
    TimerId m_nextId = 1;
};

} // namespace AriSim
