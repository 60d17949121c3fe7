#include "ari/RtpPacket.h"

#include <QtEndian>

namespace Ari::Media {

std::optional<RtpPacket> RtpPacket::parse(const QByteArray &datagram)
{
    if (datagram.size() < 12)
        return std::nullopt;
    const auto *d = reinterpret_cast<const uchar *>(datagram.constData());
    if ((d[0] >> 6) != 2)
        return std::nullopt;
    const bool padding = d[0] & 0x20;
    const bool extension = d[0] & 0x10;
    const int csrcCount = d[0] & 0x0f;
    RtpPacket p;
    p.marker = d[1] & 0x80;
    p.payloadType = d[1] & 0x7f;
    p.sequence = qFromBigEndian<quint16>(d + 2);
    p.timestamp = qFromBigEndian<quint32>(d + 4);
    p.ssrc = qFromBigEndian<quint32>(d + 8);
    qsizetype offset = 12 + 4 * csrcCount;
    if (extension) {
        if (datagram.size() < offset + 4)
            return std::nullopt;
        offset += 4 + 4 * qsizetype(qFromBigEndian<quint16>(d + offset + 2));
    }
    qsizetype end = datagram.size();
    if (padding && end > offset)
        end -= d[end - 1];
    if (end < offset)
        return std::nullopt;
    p.payload = datagram.mid(offset, end - offset);
    return p;
}

QByteArray RtpPacket::serialize() const
{
    QByteArray out(12, '\0');
    out[0] = char(0x80);
    out[1] = char((marker ? 0x80 : 0) | (payloadType & 0x7f));
    qToBigEndian(sequence, out.data() + 2);
    qToBigEndian(timestamp, out.data() + 4);
    qToBigEndian(ssrc, out.data() + 8);
    out += payload;
    return out;
}

} // namespace Ari::Media
