#pragma once

#include "ari/EventParser.h"

#include <QByteArray>
#include <QObject>

#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace Ari {

//! Parses event frames on a worker thread and hands the typed events back to
//! the owning thread in arrival order, in batches.
//!
//! The owning thread push()es frames as they arrive and, when ready() fires
//! (at most one queued signal is outstanding, however many events wait), it
//! take()s every parsed event so far. Nothing is lost: waitAndTake() blocks
//! until the worker has parsed what was pushed, so events can be delivered
//! before a disconnect is announced. The worker stops parsing ahead when
//! `maxReady` events wait to be taken (parsed events are much bigger than
//! frames), so a slow consumer holds frames, not events.
//!
//!     pipeline.push(frame);                       // per frame, cheap
//!     connect(&pipeline, &ParsePipeline::ready, this, [&] {
//!         pipeline.take(batch);                   // owning thread
//!         for (const auto &p : batch) use(p.event);
//!     });
class ParsePipeline : public QObject
{
    Q_OBJECT

public:
    //! One parsed frame: the event (its `raw` is the frame), the status, and
    //! what was wrong in words when the status is not Ok.
    struct Parsed
    {
        Event event;
        EventParser::Status status = EventParser::Status::Ok;
        QString error;
    };

    //! Asks for a parsed event's bytes (written by the worker, so in its core's
    //! cache): for the event after next, while this one is delivered. A hint.
    static void prefetch(const Parsed &parsed)
    {
        const char *at = reinterpret_cast<const char *>(&parsed);
        for (size_t line = 0; line < sizeof(Parsed); line += 64)
            __builtin_prefetch(at + line);
    }

    explicit ParsePipeline(QObject *parent = nullptr);
    //! Stops the worker; frames not yet taken are dropped.
    ~ParsePipeline() override;

    //! Queues one frame for parsing (owning thread).
    void push(const QByteArray &frame);
    //! Moves every event parsed so far into `batch` (cleared first), in
    //! arrival order; false when there was none. Never blocks for long.
    bool take(std::vector<Parsed> &batch);
    //! Like take(), but first waits until at least one event is parsed or
    //! nothing is left to parse; false when nothing was pushed and not taken.
    bool waitAndTake(std::vector<Parsed> &batch);
    //! Frames pushed and not taken yet (parsed or not).
    qsizetype backlog() const;
    void setMaxReady(qsizetype events) { m_maxReady = std::max<qsizetype>(1, events); }
    //! CPU time the worker thread has used so far, in nanoseconds (0 before the first push).
    qint64 workerCpuNs() const;

    //! How many strings the worker's intern cache may grow to hold (see
    //! Json::ThreadParser::setInternCapacity()): the recurring strings of some
    //! 30,000 channels, at most 8 MiB, taken only as the stream needs it.
    static constexpr size_t internCapacity = 128 * 1024;

Q_SIGNALS:
    //! Parsed events wait to be taken; emitted through the event loop.
    void ready();

private:
    void run();

    mutable std::mutex m_mutex;
    std::condition_variable m_wakeWorker; // frames arrived, room freed, or stop
    std::condition_variable m_parsed;     // events parsed, or the worker went idle
    std::vector<QByteArray> m_in;
    std::vector<Parsed> m_out;
    //! Batches the owning thread is done with: the worker destroys them, so the
    //! frees happen where the allocations did, and reuses their storage.
    std::vector<std::vector<Parsed>> m_spent;
    qsizetype m_inFlight = 0; // frames the worker took from m_in and has not published
    qsizetype m_maxReady = 4096;
    bool m_signalled = false;
    bool m_workerWaiting = false;
    bool m_stop = false;
    std::thread m_worker;
};

} // namespace Ari
