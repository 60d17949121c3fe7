#pragma once

#include "sim/SimClock.h"

#include <QHash>
#include <QPointer>
#include <QTimer>

namespace AriSim {

// The real clock: now() is the system time and timers are QTimers parented to their context.
class WallClock : public SimClock
{
public:
    ~WallClock() override;

    QDateTime now() const override;
    TimerId startTimer(qint64 ms, QObject *context, std::function<void()> fn, bool repeat = false) override;
    void stopTimer(TimerId id) override;

private:
    QObject m_guard; // context for bookkeeping connections: they die with the clock
    QHash<TimerId, QPointer<QTimer>> m_timers;
    TimerId m_nextId = 1;
};

} // namespace AriSim
