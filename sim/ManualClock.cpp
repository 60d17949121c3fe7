#include "sim/ManualClock.h"

namespace AriSim {

ManualClock::ManualClock(const QDateTime &start)
    : m_nowMs(start.toMSecsSinceEpoch())
{
}

QDateTime ManualClock::now() const
{
    return QDateTime::fromMSecsSinceEpoch(m_nowMs, Qt::UTC);
}

SimClock::TimerId ManualClock::startTimer(qint64 ms, QObject *context, std::function<void()> fn, bool repeat)
{
    const TimerId id = m_nextId++;
    Timer t{m_nowMs + qMax<qint64>(0, ms), qMax<qint64>(1, ms), repeat, context, std::move(fn)};
    m_queue.emplace(t.due, id);
    m_timers.insert(id, std::move(t));
    return id;
}

void ManualClock::stopTimer(TimerId id)
{
    // The queue entry stays behind and is skipped when it comes due.
    m_timers.remove(id);
}

void ManualClock::advance(qint64 ms)
{
    const qint64 target = m_nowMs + qMax<qint64>(0, ms);
    while (!m_queue.empty() && m_queue.begin()->first <= target) {
        const auto [due, id] = *m_queue.begin();
        m_queue.erase(m_queue.begin());
        auto it = m_timers.find(id);
        if (it == m_timers.end() || it->due != due)
            continue;
        m_nowMs = qMax(m_nowMs, due);
        if (!it->context) {
            m_timers.erase(it);
            continue;
        }
        std::function<void()> fn = it->fn;
        if (it->repeat) {
            it->due = due + it->interval;
            m_queue.emplace(it->due, id);
        } else {
            m_timers.erase(it);
        }
        fn();
    }
    m_nowMs = target;
}

void ManualClock::setNow(const QDateTime &utc)
{
    m_nowMs = utc.toMSecsSinceEpoch();
}

} // namespace AriSim
