#include "ari/MediaTransport.h"

namespace Ari::Media {

void MediaTransport::sendPcm(const QByteArray &pcm)
{
    if (!isOpen())
        return;
    m_pending += pcm;
    const int frameBytes = samplesPerFrame(m_format) * 2;
    qsizetype at = 0;
    while (m_pending.size() - at >= frameBytes) {
        const QByteArray encoded = encode(m_format, m_pending.mid(at, frameBytes), bigEndianSlin());
        at += frameBytes;
        if (sendFrame(encoded)) {
            ++m_stats.framesSent;
            m_stats.bytesSent += quint64(encoded.size());
        }
    }
    m_pending.remove(0, at);
}

void MediaTransport::deliver(const QByteArray &pcm, bool concealed)
{
    ++m_stats.framesReceived;
    if (concealed)
        ++m_stats.framesConcealed;
    Q_EMIT pcmReceived(pcm);
}

} // namespace Ari::Media
