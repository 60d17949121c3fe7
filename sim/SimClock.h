#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>

namespace AriSim {

// The simulator's source of time. Everything that stamps a time (startup_time, event timestamps,
// Date headers) or waits (reply delays, ping intervals) goes through it, so a test can swap in a
// ManualClock and advance time without sleeping. WallClock is the default.
class SimClock
{
public:
    using TimerId = quint64;

    virtual ~SimClock() = default;

    // Current time, in UTC.
    virtual QDateTime now() const = 0;
    // Calls fn after ms milliseconds (again every ms if repeat), unless context dies first.
    virtual TimerId startTimer(qint64 ms, QObject *context, std::function<void()> fn, bool repeat = false) = 0;
    virtual void stopTimer(TimerId id) = 0;

    // Asterisk's own timestamp format: 2026-11-28T17:30:59.086+0000.
    QString timestamp() const { return formatTimestamp(now()); }
    static QString formatTimestamp(const QDateTime &utc);
    // RFC 7231 date for the Date header: Sat, 28 Nov 2026 17:31:57 GMT.
    static QByteArray httpDate(const QDateTime &utc);
};

} // namespace AriSim
