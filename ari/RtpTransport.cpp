#include "ari/RtpTransport.h"

#include <QNetworkDatagram>
#include <QRandomGenerator>
#include <QUdpSocket>

using namespace Qt::StringLiterals;

namespace Ari::Media {

RtpTransport::RtpTransport(QObject *parent)
    : MediaTransport(parent), m_socket(new QUdpSocket(this)),
      m_seq(quint16(QRandomGenerator::global()->bounded(1, 30000))),
      m_timestamp(QRandomGenerator::global()->generate()), m_ssrc(QRandomGenerator::global()->generate())
{
    connect(m_socket, &QUdpSocket::readyRead, this, &RtpTransport::onReadyRead);
    m_flush.setSingleShot(true);
    m_flush.setInterval(80);
    connect(&m_flush, &QTimer::timeout, this, [this] { drain(true); });
}

RtpTransport::~RtpTransport() = default;

bool RtpTransport::bind(const QHostAddress &address, quint16 port)
{
    if (!m_socket->bind(address, port)) {
        m_error = port ? tr("UDP port %1 cannot be used for RTP: %2").arg(port).arg(m_socket->errorString())
                       : tr("No UDP port for RTP: %1").arg(m_socket->errorString());
        return false;
    }
    m_error.clear();
    Q_EMIT opened();
    return true;
}

quint16 RtpTransport::localPort() const
{
    return m_socket->localPort();
}

void RtpTransport::setRemote(const QHostAddress &address, quint16 port)
{
    if (m_latched)
        return; // the address Asterisk really sends from wins
    m_remote = address;
    m_remotePort = port;
}

void RtpTransport::findLocalAddress(const QString &peerHost)
{
    const QHostAddress literal(peerHost);
    if (peerHost == u"localhost" || (!literal.isNull() && literal.isLoopback())) {
        QMetaObject::invokeMethod(this, [this] { Q_EMIT localAddressFound(QHostAddress(QHostAddress::LocalHost)); },
                                  Qt::QueuedConnection);
        return;
    }
    // A connected UDP socket knows its route's source address; connecting sends nothing.
    delete m_probe;
    m_probe = new QUdpSocket(this);
    connect(m_probe, &QUdpSocket::connected, this, [this] {
        const QHostAddress a = m_probe->localAddress();
        m_probe->deleteLater();
        m_probe = nullptr;
        Q_EMIT localAddressFound(a.isNull() ? QHostAddress(QHostAddress::LocalHost) : a);
    });
    connect(m_probe, &QUdpSocket::errorOccurred, this, [this] {
        m_probe->deleteLater();
        m_probe = nullptr;
        Q_EMIT localAddressFound(QHostAddress(QHostAddress::LocalHost));
    });
    m_probe->connectToHost(peerHost, 9);
}

bool RtpTransport::isOpen() const
{
    return m_socket->state() == QAbstractSocket::BoundState;
}

void RtpTransport::close()
{
    m_flush.stop();
    m_socket->close();
}

void RtpTransport::onReadyRead()
{
    const int wanted = rtpPayloadType(format());
    while (m_socket->hasPendingDatagrams()) {
        const QNetworkDatagram d = m_socket->receiveDatagram();
        const std::optional<RtpPacket> p = RtpPacket::parse(d.data());
        if (!p || p->payloadType != wanted)
            continue; // RTCP, DTMF events or comfort noise: not audio for the speaker
        m_stats.bytesReceived += quint64(d.data().size());
        if (!m_latched && !d.senderAddress().isNull()) {
            m_remote = d.senderAddress();
            m_remotePort = quint16(d.senderPort());
            m_latched = true;
        }
        m_jitter.push(*p);
    }
    drain(false);
    m_flush.start();
}

void RtpTransport::drain(bool all)
{
    const int samples = samplesPerFrame(format());
    while (auto f = all ? m_jitter.flush() : m_jitter.pop()) {
        Q_EMIT framePlayed(f->packet.sequence, f->lost);
        if (f->lost) {
            ++m_lossRun;
            deliver(concealmentFrame(m_lastPcm, m_lossRun, samples), true);
            continue;
        }
        m_lossRun = 0;
        m_lastPcm = decode(format(), f->packet.payload, true);
        deliver(m_lastPcm, false);
    }
}

bool RtpTransport::sendFrame(const QByteArray &encoded)
{
    if (m_remotePort == 0 || m_remote.isNull())
        return false;
    RtpPacket p;
    p.marker = m_first;
    p.payloadType = quint8(rtpPayloadType(format()));
    p.sequence = m_seq++;
    p.timestamp = m_timestamp;
    p.ssrc = m_ssrc;
    p.payload = encoded;
    m_timestamp += quint32(samplesPerFrame(format()));
    m_first = false;
    return m_socket->writeDatagram(p.serialize(), m_remote, m_remotePort) > 0;
}

} // namespace Ari::Media
