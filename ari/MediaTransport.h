#pragma once

#include "ari/MediaCodec.h"

#include <QObject>

namespace Ari::Media {

//! One end of an externalMedia channel, whatever carries it (RTP over UDP,
//! or chan_websocket's media WebSocket): decoded audio comes out of
//! pcmReceived() in order, 20 ms at a time; sendPcm() encodes, frames and
//! sends audio back to Asterisk. No audio device is involved here.
class MediaTransport : public QObject
{
    Q_OBJECT

public:
    struct Stats
    {
        quint64 framesReceived = 0; //!< frames that reached pcmReceived() (concealed ones included)
        quint64 framesConcealed = 0;
        quint64 framesSent = 0;
        quint64 bytesReceived = 0;
        quint64 bytesSent = 0;
    };

    using QObject::QObject;

    AudioFormat format() const { return m_format; }
    void setFormat(AudioFormat format) { m_format = format; }
    //! Whether audio can flow now (the socket is bound or connected).
    virtual bool isOpen() const = 0;
    //! Encodes PCM (16-bit native-endian at the format's rate) and sends it
    //! in whole 20 ms frames; a remainder waits for the next call.
    void sendPcm(const QByteArray &pcm);
    virtual void close() = 0;
    const Stats &stats() const { return m_stats; }

Q_SIGNALS:
    //! Asterisk's audio, decoded: 16-bit native-endian PCM at sampleRate(format()).
    void pcmReceived(const QByteArray &pcm);
    //! The path is up: the first audio can arrive.
    void opened();
    //! The path went away, with a reason in words (empty when close() was asked for).
    void closed(const QString &reason);

protected:
    //! Sends one encoded 20 ms frame; false when it could not go (no peer yet).
    virtual bool sendFrame(const QByteArray &encoded) = 0;
    //! slin16's byte order on this transport.
    virtual bool bigEndianSlin() const = 0;
    void deliver(const QByteArray &pcm, bool concealed);
    Stats m_stats;

private:
    AudioFormat m_format = AudioFormat::Ulaw;
    QByteArray m_pending;
};

} // namespace Ari::Media
