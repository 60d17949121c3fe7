#pragma once

#include "ari/JitterBuffer.h"
#include "ari/MediaTransport.h"

#include <QHostAddress>
#include <QTimer>

class QUdpSocket;

namespace Ari::Media {

//! externalMedia over RTP: a UDP socket the console binds (the port a
//! firewall must let in when Asterisk is remote), RTP headers with sequence
//! numbers and timestamps both ways, and a JitterBuffer on what arrives.
//! Asterisk's packets are answered to where they come from (symmetric RTP),
//! or to the UNICASTRTP_LOCAL_ADDRESS:PORT the channel announced.
//!
//!   RtpTransport rtp;  rtp.bind(QHostAddress::AnyIPv4, 0);
//!   externalMedia(external_host = <address Asterisk reaches us on>:rtp.localPort())
//!   rtp.setRemote(UNICASTRTP_LOCAL_ADDRESS, UNICASTRTP_LOCAL_PORT);
class RtpTransport : public MediaTransport
{
    Q_OBJECT

public:
    explicit RtpTransport(QObject *parent = nullptr);
    ~RtpTransport() override;

    //! False (see errorString()) when the port cannot be bound.
    bool bind(const QHostAddress &address = QHostAddress::AnyIPv4, quint16 port = 0);
    quint16 localPort() const;
    QString errorString() const { return m_error; }
    void setRemote(const QHostAddress &address, quint16 port);
    QHostAddress remoteAddress() const { return m_remote; }
    quint16 remotePort() const { return m_remotePort; }
    //! Finds the local address that routes to `peerHost` (no packet is sent),
    //! for external_host; localAddressFound() gives it, or the loopback address.
    void findLocalAddress(const QString &peerHost);
    bool isOpen() const override;
    void close() override;
    JitterBuffer &jitterBuffer() { return m_jitter; }
    //! How long a silent stream waits before the buffer's rest is played.
    void setFlushAfterMs(int ms) { m_flush.setInterval(ms); }
    quint16 nextSequence() const { return m_seq; }
    quint32 ssrc() const { return m_ssrc; }

Q_SIGNALS:
    void localAddressFound(const QHostAddress &address);
    //! A frame left the jitter buffer for the speaker: its sequence number, and whether it was concealed.
    void framePlayed(quint16 sequence, bool lost);

protected:
    bool sendFrame(const QByteArray &encoded) override;
    bool bigEndianSlin() const override { return true; }

private:
    void onReadyRead();
    void drain(bool all);

    QUdpSocket *m_socket;
    QUdpSocket *m_probe = nullptr;
    JitterBuffer m_jitter;
    QTimer m_flush;
    QHostAddress m_remote;
    quint16 m_remotePort = 0;
    bool m_latched = false;
    QString m_error;
    QByteArray m_lastPcm;
    int m_lossRun = 0;
    quint16 m_seq;
    quint32 m_timestamp;
    quint32 m_ssrc;
    bool m_first = true;
};

} // namespace Ari::Media
