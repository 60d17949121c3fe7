#include "ari/JitterBuffer.h"

#include <algorithm>

namespace Ari::Media {

namespace {
constexpr qint64 maxConcealed = 50; // 1 s of 20 ms frames
}

qint64 JitterBuffer::extend(quint16 sequence) const
{
    // The extended number closest to the highest seen (RFC 3550 A.1, simplified).
    if (m_highest < 0)
        return sequence;
    const qint64 base = m_highest & ~qint64(0xffff);
    qint64 best = base + sequence;
    for (qint64 candidate : {best - 0x10000, best + 0x10000}) {
        if (std::abs(candidate - m_highest) < std::abs(best - m_highest))
            best = candidate;
    }
    return best;
}

bool JitterBuffer::push(const RtpPacket &packet)
{
    ++m_stats.received;
    const qint64 seq = extend(packet.sequence);
    if (m_next >= 0 && seq < m_next) {
        ++m_stats.late;
        return false;
    }
    if (m_packets.count(seq)) {
        ++m_stats.duplicates;
        return false;
    }
    if (m_highest >= 0 && seq < m_highest)
        ++m_stats.reordered;
    m_highest = std::max(m_highest, seq);
    if (m_next < 0)
        m_next = seq;
    else if (m_packets.empty() && seq < m_next)
        m_next = seq;
    m_packets.emplace(seq, packet);
    // The first packets of a stream may come out of order too: start from the lowest.
    if (m_stats.played == 0 && m_stats.lost == 0)
        m_next = m_packets.begin()->first;
    m_stats.maxDepth = std::max(m_stats.maxDepth, int(m_packets.size()));
    return true;
}

std::optional<JitterBuffer::Frame> JitterBuffer::pop()
{
    if (m_packets.empty())
        return std::nullopt;
    const bool firstDue = m_packets.begin()->first == m_next;
    // Before anything is played, wait for the buffer to fill (reordering at the start).
    if (m_stats.played == 0 && m_stats.lost == 0 && int(m_packets.size()) < m_depth)
        return std::nullopt;
    if (!firstDue && int(m_packets.size()) <= m_depth)
        return std::nullopt;
    return flush();
}

std::optional<JitterBuffer::Frame> JitterBuffer::flush()
{
    if (m_packets.empty())
        return std::nullopt;
    Frame f;
    auto first = m_packets.begin();
    if (first->first - m_next > maxConcealed) {
        // A jump (the sender restarted its numbering): count the gap, conceal none of it.
        m_stats.lost += quint64(first->first - m_next);
        m_next = first->first;
    }
    if (first->first == m_next) {
        f.packet = std::move(first->second);
        m_packets.erase(first);
        ++m_stats.played;
    } else {
        f.lost = true;
        f.packet.sequence = quint16(m_next & 0xffff);
        ++m_stats.lost;
    }
    ++m_next;
    return f;
}

void JitterBuffer::reset()
{
    m_packets.clear();
    m_next = -1;
    m_highest = -1;
    m_stats = {};
}

} // namespace Ari::Media
