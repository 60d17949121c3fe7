#pragma once

#include <QByteArray>

#include <optional>

namespace Ari::Media {

//! One RTP packet (RFC 3550): the fixed header and the payload. parse()
//! skips CSRCs, a header extension and padding; serialize() writes a plain
//! version-2 header with no CSRC, extension or padding.
struct RtpPacket
{
    bool marker = false;
    quint8 payloadType = 0;
    quint16 sequence = 0;
    quint32 timestamp = 0;
    quint32 ssrc = 0;
    QByteArray payload;

    //! Nothing when the datagram is not RTP version 2 or is cut short.
    static std::optional<RtpPacket> parse(const QByteArray &datagram);
    QByteArray serialize() const;
};

//! Whether sequence number a comes after b, across the 16-bit wrap.
inline bool sequenceAfter(quint16 a, quint16 b)
{
    return a != b && quint16(a - b) < 0x8000;
}

} // namespace Ari::Media
