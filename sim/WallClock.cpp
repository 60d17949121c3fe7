#include "sim/WallClock.h"

namespace AriSim {

WallClock::~WallClock()
{
    const auto timers = std::exchange(m_timers, {});
    for (const QPointer<QTimer> &t : timers)
        delete t.data();
}

QDateTime WallClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

SimClock::TimerId WallClock::startTimer(qint64 ms, QObject *context, std::function<void()> fn, bool repeat)
{
    const TimerId id = m_nextId++;
    auto *timer = new QTimer(context);
    timer->setSingleShot(!repeat);
    timer->setInterval(std::chrono::milliseconds(qMax<qint64>(0, ms)));
    QObject::connect(timer, &QTimer::timeout, timer, [this, id, timer, repeat, fn = std::move(fn)] {
        if (!repeat) {
            m_timers.remove(id);
            timer->deleteLater();
        }
        fn();
    });
    QObject::connect(timer, &QObject::destroyed, &m_guard, [this, id] { m_timers.remove(id); });
    m_timers.insert(id, timer);
    timer->start();
    return id;
}

void WallClock::stopTimer(TimerId id)
{
    if (QPointer<QTimer> t = m_timers.take(id)) {
        t->stop();
        t->deleteLater();
    }
}

} // namespace AriSim
