#pragma once

#include "ari/RtpPacket.h"

#include <map>
#include <optional>

namespace Ari::Media {

//! A small jitter buffer for one RTP stream: it puts packets back in
//! sequence order, drops duplicates and packets that come too late, and
//! declares a packet lost (for the caller to conceal) once `depth` later
//! packets have arrived without it. It needs no clock: a frame is released
//! as soon as it is next in order, or when the buffer holds more than
//! `depth` packets; flush() releases the rest when the stream pauses.
//!
//!   JitterBuffer jb(4);
//!   jb.push(packet);
//!   while (auto f = jb.pop()) play(f->lost ? conceal() : decode(f->packet.payload));
class JitterBuffer
{
public:
    struct Frame
    {
        RtpPacket packet; //!< the packet (for a lost one: its sequence number only)
        bool lost = false;
    };
    struct Stats
    {
        quint64 received = 0;   //!< packets pushed (duplicates and late ones included)
        quint64 played = 0;     //!< frames released from real packets
        quint64 reordered = 0;  //!< packets that arrived after a later one
        quint64 lost = 0;       //!< frames declared lost (concealed)
        quint64 duplicates = 0;
        quint64 late = 0;       //!< arrived after their slot was played or concealed
        int maxDepth = 0;       //!< the most packets held at once
    };

    explicit JitterBuffer(int depth = 4) : m_depth(depth) {}

    void setDepth(int depth) { m_depth = depth; }
    int depth() const { return m_depth; }
    //! False for a duplicate or a packet whose slot has gone.
    bool push(const RtpPacket &packet);
    //! The next frame in order, if one is due.
    std::optional<Frame> pop();
    //! The next frame whatever the depth (a gap becomes a loss), until empty.
    std::optional<Frame> flush();
    int size() const { return int(m_packets.size()); }
    const Stats &stats() const { return m_stats; }
    void reset();

private:
    qint64 extend(quint16 sequence) const;

    std::map<qint64, RtpPacket> m_packets; // by extended sequence number
    qint64 m_next = -1;                    // the extended sequence number due next
    qint64 m_highest = -1;
    int m_depth;
    Stats m_stats;
};

} // namespace Ari::Media
