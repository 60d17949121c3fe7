#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>

namespace AriSim {

// The server side of one RFC 6455 WebSocket over an already upgraded socket. Sends unmasked frames,
// reads masked client frames (fragmented or not, 7/16/64-bit lengths, capped in size), answers
// pings and close frames. Faults need the raw socket: sendRaw(), abort() (no close frame: the
// client sees 1006) and abortMidFrame() (half a frame, then abort).
class WebSocketConnection : public QObject
{
    Q_OBJECT
public:
    enum class Opcode : quint8 { Continuation = 0, Text = 1, Binary = 2, Close = 8, Ping = 9, Pong = 10 };

    WebSocketConnection(QTcpSocket *socket, QByteArray alreadyRead, QObject *parent = nullptr);
    ~WebSocketConnection() override;

    void sendText(QByteArrayView utf8) { sendFrame(Opcode::Text, utf8); }
    void sendBinary(QByteArrayView data) { sendFrame(Opcode::Binary, data); }
    void sendPing(QByteArrayView payload = {}) { sendFrame(Opcode::Ping, payload); }
    void sendClose(quint16 code = 1000, QByteArrayView reason = {});
    void sendFrame(Opcode opcode, QByteArrayView payload, bool fin = true);
    void sendRaw(const QByteArray &bytes); // already framed bytes, or deliberate garbage
    void abort();
    void abortMidFrame(QByteArrayView payload);

    bool isOpen() const;
    void setAnswerPings(bool answer) { m_answerPings = answer; }
    bool answersPings() const { return m_answerPings; }
    void setMaxMessageSize(qint64 bytes) { m_maxMessage = bytes; }
    qint64 bytesToWrite() const { return m_socket ? m_socket->bytesToWrite() : 0; }

    static QByteArray encodeFrame(Opcode opcode, QByteArrayView payload, bool fin = true);
    static QByteArray acceptKey(const QByteArray &clientKey);

Q_SIGNALS:
    void textReceived(const QByteArray &utf8);
    void binaryReceived(const QByteArray &data);
    void pingReceived(const QByteArray &payload);
    void pongReceived(const QByteArray &payload);
    void closeReceived(quint16 code);
    void disconnected(); // the socket is gone, for whatever reason; the object deletes itself

private:
    void onReadyRead();
    void protocolError(quint16 code);

    QPointer<QTcpSocket> m_socket;
    QByteArray m_in;
    QByteArray m_message;
    Opcode m_messageOpcode = Opcode::Continuation;
    qint64 m_maxMessage = 16 * 1024 * 1024;
    bool m_answerPings = true;
    bool m_closeSent = false;
    bool m_gone = false;
};

} // namespace AriSim
