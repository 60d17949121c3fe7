#include "sim/WebSocketConnection.h"

#include <QCryptographicHash>
#include <QStringDecoder>
#include <QtEndian>

namespace AriSim {

WebSocketConnection::WebSocketConnection(QTcpSocket *socket, QByteArray alreadyRead, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_in(std::move(alreadyRead))
{
    socket->setParent(this);
    connect(socket, &QTcpSocket::readyRead, this, &WebSocketConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, [this] {
        if (m_gone)
            return;
        m_gone = true;
        Q_EMIT disconnected();
        deleteLater();
    });
    if (!m_in.isEmpty() || socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &WebSocketConnection::onReadyRead, Qt::QueuedConnection);
}

WebSocketConnection::~WebSocketConnection() = default;

QByteArray WebSocketConnection::acceptKey(const QByteArray &clientKey)
{
    const QByteArray input = clientKey.trimmed() + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    return QCryptographicHash::hash(input,
                                    QCryptographicHash::Sha1)
        .toBase64();
}

QByteArray WebSocketConnection::encodeFrame(Opcode opcode, QByteArrayView payload, bool fin)
{
    QByteArray out;
    const qsizetype n = payload.size();
    out.reserve(n + 10);
    out.append(char((fin ? 0x80 : 0x00) | quint8(opcode)));
    if (n < 126) {
        out.append(char(n));
    } else if (n <= 0xffff) {
        out.append(char(126));
        out.append(char((n >> 8) & 0xff));
        out.append(char(n & 0xff));
    } else {
        out.append(char(127));
        for (int shift = 56; shift >= 0; shift -= 8)
            out.append(char((quint64(n) >> shift) & 0xff));
    }
    out.append(payload);
    return out;
}

bool WebSocketConnection::isOpen() const
{
    return m_socket && !m_gone && m_socket->state() == QAbstractSocket::ConnectedState && !m_closeSent;
}

void WebSocketConnection::sendFrame(Opcode opcode, QByteArrayView payload, bool fin)
{
    if (isOpen())
        m_socket->write(encodeFrame(opcode, payload, fin));
}

void WebSocketConnection::sendRaw(const QByteArray &bytes)
{
    if (isOpen())
        m_socket->write(bytes);
}

void WebSocketConnection::sendClose(quint16 code, QByteArrayView reason)
{
    if (!isOpen())
        return;
    QByteArray payload(2, Qt::Uninitialized);
    qToBigEndian(code, payload.data());
    payload.append(reason.first(qMin<qsizetype>(reason.size(), 123)));
    m_socket->write(encodeFrame(Opcode::Close, payload));
    m_closeSent = true;
}

void WebSocketConnection::abort()
{
    if (m_socket)
        m_socket->abort();
}

void WebSocketConnection::abortMidFrame(QByteArrayView payload)
{
    if (!isOpen())
        return;
    const QByteArray frame = encodeFrame(Opcode::Text, payload);
    m_socket->write(frame.first(qMax<qsizetype>(1, frame.size() / 2)));
    m_socket->flush();
    if (m_socket->bytesToWrite() == 0) {
        m_socket->abort();
        return;
    }
    // Abort only once the half frame has left, or abort() would throw it away.
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_socket && m_socket->bytesToWrite() == 0)
            m_socket->abort();
    });
}

void WebSocketConnection::protocolError(quint16 code)
{
    sendClose(code);
    m_in.clear();
    if (m_socket)
        m_socket->disconnectFromHost();
}

void WebSocketConnection::onReadyRead()
{
    if (!m_socket)
        return;
    m_in.append(m_socket->readAll());
    while (m_socket && !m_gone) {
        if (m_in.size() < 2)
            return;
        const auto *p = reinterpret_cast<const uchar *>(m_in.constData());
        const bool fin = p[0] & 0x80;
        const auto opcode = Opcode(p[0] & 0x0f);
        const bool masked = p[1] & 0x80;
        quint64 length = p[1] & 0x7f;
        qsizetype header = 2;
        if (p[0] & 0x70)
            return protocolError(1002); // no extension was negotiated
        if (!masked)
            return protocolError(1002); // clients must mask
        if (length == 126) {
            if (m_in.size() < 4)
                return;
            length = qFromBigEndian<quint16>(p + 2);
            header = 4;
        } else if (length == 127) {
            if (m_in.size() < 10)
                return;
            length = qFromBigEndian<quint64>(p + 2);
            header = 10;
        }
        const bool control = quint8(opcode) >= 8;
        if (control && (!fin || length > 125))
            return protocolError(1002);
        if (length > quint64(m_maxMessage) || quint64(m_message.size()) + length > quint64(m_maxMessage))
            return protocolError(1009);
        header += 4;
        const qsizetype total = header + qsizetype(length);
        if (m_in.size() < total)
            return;
        QByteArray payload = m_in.mid(header, qsizetype(length));
        const uchar *mask = p + header - 4;
        char *d = payload.data();
        for (qsizetype i = 0; i < payload.size(); ++i)
            d[i] = char(d[i] ^ mask[i & 3]);
        m_in.remove(0, total);

        switch (opcode) {
        case Opcode::Ping:
            Q_EMIT pingReceived(payload);
            if (m_answerPings)
                sendFrame(Opcode::Pong, payload);
            break;
        case Opcode::Pong:
            Q_EMIT pongReceived(payload);
            break;
        case Opcode::Close: {
            const quint16 code = payload.size() >= 2 ? qFromBigEndian<quint16>(payload.constData()) : 1005;
            Q_EMIT closeReceived(code);
            if (!m_closeSent) {
                if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
                    m_socket->write(encodeFrame(Opcode::Close, payload.left(2)));
                m_closeSent = true;
            }
            if (m_socket)
                m_socket->disconnectFromHost();
            return;
        }
        case Opcode::Text:
        case Opcode::Binary:
            if (m_messageOpcode != Opcode::Continuation)
                return protocolError(1002); // a new message inside a fragmented one
            m_messageOpcode = opcode;
            m_message = std::move(payload);
            break;
        case Opcode::Continuation:
            if (m_messageOpcode == Opcode::Continuation)
                return protocolError(1002);
            m_message.append(payload);
            break;
        default:
            return protocolError(1002);
        }
        if (control || !fin)
            continue;
        const Opcode done = std::exchange(m_messageOpcode, Opcode::Continuation);
        const QByteArray message = std::exchange(m_message, {});
        if (done == Opcode::Text) {
            QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString decoded = decoder(message);
            Q_UNUSED(decoded)
            if (decoder.hasError())
                return protocolError(1007);
            Q_EMIT textReceived(message);
        } else {
            Q_EMIT binaryReceived(message);
        }
    }
}

} // namespace AriSim
