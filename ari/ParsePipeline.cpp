#include "ari/ParsePipeline.h"

#include "ari/JsonRead.h"

#if defined(Q_OS_UNIX)
#include <pthread.h>
#include <time.h>
#endif

namespace Ari {

namespace {

// Results go back in chunks this big: small enough that the owning thread
// starts applying soon, big enough that the lock is taken rarely.
constexpr size_t publishChunk = 64;

} // namespace

ParsePipeline::ParsePipeline(QObject *parent) : QObject(parent) {}

ParsePipeline::~ParsePipeline()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wakeWorker.notify_all();
    if (m_worker.joinable())
        m_worker.join();
}

void ParsePipeline::push(const QByteArray &frame)
{
    bool wake = false;
    {
        std::lock_guard lock(m_mutex);
        if (!m_worker.joinable())
            m_worker = std::thread([this] { run(); });
        m_in.push_back(frame);
        wake = m_workerWaiting && qsizetype(m_out.size()) < m_maxReady;
    }
    // Only an idle worker needs the (system call) wake-up; a busy one finds the frame itself.
    if (wake)
        m_wakeWorker.notify_one();
}

bool ParsePipeline::take(std::vector<Parsed> &batch)
{
    bool wake = false;
    {
        std::lock_guard lock(m_mutex);
        m_signalled = false;
        if (!batch.empty() && m_worker.joinable()) {
            m_spent.push_back(std::move(batch));
            batch = {};
        }
        batch.clear();
        if (m_out.empty())
            return false;
        batch.swap(m_out);
        wake = m_workerWaiting;
    }
    if (wake)
        m_wakeWorker.notify_one();
    return true;
}

bool ParsePipeline::waitAndTake(std::vector<Parsed> &batch)
{
    {
        std::unique_lock lock(m_mutex);
        m_parsed.wait(lock, [this] { return !m_out.empty() || (m_in.empty() && m_inFlight == 0) || m_stop; });
    }
    return take(batch);
}

qint64 ParsePipeline::workerCpuNs() const
{
#if defined(Q_OS_UNIX)
    std::lock_guard lock(m_mutex);
    clockid_t clock;
    timespec ts{};
    if (!m_worker.joinable() || pthread_getcpuclockid(const_cast<std::thread &>(m_worker).native_handle(), &clock) != 0
        || clock_gettime(clock, &ts) != 0)
        return 0;
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
#else
    return 0;
#endif
}

qsizetype ParsePipeline::backlog() const
{
    std::lock_guard lock(m_mutex);
    return qsizetype(m_in.size() + m_out.size()) + m_inFlight;
}

void ParsePipeline::run()
{
    EventParser parser;
    // An unchanged name or caller comes back as the same storage, which the
    // store then compares by pointer.
    Json::ThreadParser::instance().setInternCapacity(internCapacity);
    std::vector<QByteArray> frames;
    std::vector<Parsed> done;
    std::vector<std::vector<Parsed>> spent;
    std::unique_lock lock(m_mutex);
    // Destroys the batches the owning thread is done with, and keeps one's storage.
    auto recycle = [&] {
        spent.swap(m_spent);
        lock.unlock();
        for (std::vector<Parsed> &b : spent) {
            b.clear();
            if (done.capacity() < b.capacity() && done.empty())
                done.swap(b);
        }
        spent.clear();
        lock.lock();
    };
    for (;;) {
        if (!m_spent.empty())
            recycle();
        if (m_stop)
            return;
        // Wait for frames, and for room: parsed events are ten times a frame's size.
        if (m_in.empty() || qsizetype(m_out.size()) >= m_maxReady) {
            m_workerWaiting = true;
            m_wakeWorker.wait(lock);
            m_workerWaiting = false;
            continue;
        }
        frames.swap(m_in);
        m_inFlight = qsizetype(frames.size());
        lock.unlock();
        for (size_t i = 0; i < frames.size();) {
            const size_t end = std::min(frames.size(), i + publishChunk);
            for (; i < end; ++i) {
                // The next frame was written by another thread (the socket's): ask for its bytes now.
                if (i + 1 < frames.size()) {
                    const QByteArray &next = frames[i + 1];
                    for (qsizetype at = 0; at < std::min<qsizetype>(next.size(), 1024); at += 64)
                        __builtin_prefetch(next.constData() + at);
                }
                Parsed &p = done.emplace_back();
                p.status = parser.parse(frames[i], p.event, &p.error);
            }
            lock.lock();
            const qsizetype n = qsizetype(done.size());
            if (m_out.empty())
                m_out.swap(done);
            else
                std::move(done.begin(), done.end(), std::back_inserter(m_out));
            m_inFlight -= n;
            if (!m_signalled) {
                m_signalled = true;
                QMetaObject::invokeMethod(this, [this] { Q_EMIT ready(); }, Qt::QueuedConnection);
            }
            m_parsed.notify_all();
            if (!m_spent.empty())
                recycle();
            while (!m_stop && qsizetype(m_out.size()) >= m_maxReady) {
                m_workerWaiting = true;
                m_wakeWorker.wait(lock);
            }
            m_workerWaiting = false;
            if (m_stop)
                return;
            lock.unlock();
            done.clear();
        }
        frames.clear();
        lock.lock();
        m_parsed.notify_all(); // idle now: a waitAndTake() with nothing parsed may return
    }
}

} // namespace Ari
