#include "sim/HttpConnection.h"

#include "sim/WebSocketConnection.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace AriSim {

HttpConnection::HttpConnection(QTcpSocket *socket, Handler handler, QByteArray serverName, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(std::move(handler))
    , m_serverName(std::move(serverName))
{
    socket->setParent(this);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, [this] {
        if (m_state == State::Upgraded)
            return;
        m_state = State::Closing;
        Q_EMIT finished();
        deleteLater();
    });
    if (socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::onReadyRead()
{
    if (!m_socket || m_state == State::Upgraded || m_state == State::Closing)
        return;
    m_buffer.append(m_socket->readAll());
    processBuffer();
}

void HttpConnection::processBuffer()
{
    if (m_inLoop)
        return;
    m_inLoop = true;
    while (m_state == State::Reading && m_socket) {
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            if (m_buffer.size() > MaxHead)
                fail(431, u"Request header too large"_s);
            break;
        }
        HttpRequest request;
        if (!parseHead(request, headEnd)) {
            fail(400, u"Malformed request"_s);
            break;
        }
        if (!request.header("Transfer-Encoding").isEmpty()) {
            fail(411, u"Chunked bodies are not supported by ari-sim"_s);
            break;
        }
        bool lengthOk = true;
        const QByteArray lengthHeader = request.header("Content-Length").trimmed();
        const qint64 length = lengthHeader.isEmpty() ? 0 : lengthHeader.toLongLong(&lengthOk);
        if (!lengthOk || length < 0) {
            fail(400, u"Bad Content-Length"_s);
            break;
        }
        if (length > m_maxBody) {
            m_closeAfter = true;
            m_state = State::Busy;
            respond(HttpResponse::message(413, u"Request body too large"_s));
            break;
        }
        const qsizetype total = headEnd + 4 + qsizetype(length);
        if (m_buffer.size() < total)
            break;
        request.body = m_buffer.mid(headEnd + 4, qsizetype(length));
        m_buffer.remove(0, total);
        request.peerAddress = m_socket->peerAddress();
        m_closeAfter = !request.keepAlive();
        m_state = State::Busy;
        m_handler(this, request); // may answer at once (state back to Reading) or later
    }
    m_inLoop = false;
}

bool HttpConnection::parseHead(HttpRequest &request, qsizetype headEnd)
{
    const QList<QByteArray> lines = m_buffer.first(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || requestLine[0].isEmpty() || !requestLine[1].startsWith('/')
        || !requestLine[2].startsWith("HTTP/1.")) {
        return false;
    }
    request.method = requestLine[0];
    request.target = requestLine[1];
    request.version = requestLine[2];
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return false;
        request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    request.parseTarget();
    return true;
}

void HttpConnection::fail(int status, const QString &message)
{
    m_buffer.clear();
    m_closeAfter = true;
    m_state = State::Busy;
    respond(HttpResponse::message(status, message));
}

QByteArray HttpConnection::serialize(const HttpResponse &r) const
{
    QByteArray out;
    out.reserve(r.body.size() + 256);
    out += "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + HttpResponse::reasonPhrase(r.status) + "\r\n";
    out += "Server: " + m_serverName + "\r\n";
    out += "Date: " + (m_dateSource ? m_dateSource() : QByteArray()) + "\r\n";
    out += m_closeAfter ? "Connection: close\r\n" : "Connection: Keep-Alive\r\n";
    out += "Cache-Control: no-cache, no-store\r\n";
    for (const auto &[name, value] : r.headers)
        out += name + ": " + value + "\r\n";
    if (r.status != 204 && r.status != 304) {
        if (!r.contentType.isEmpty()) {
            const bool asterisk = r.contentType.startsWith("application/json") || r.contentType.startsWith("text/html");
            out += (asterisk ? "Content-type: " : "Content-Type: ") + r.contentType + "\r\n";
        }
        out += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
    }
    out += "\r\n";
    if (r.status != 204 && r.status != 304)
        out += r.body;
    return out;
}

void HttpConnection::respond(HttpResponse response)
{
    if (m_state != State::Busy || !m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (response.close)
        m_closeAfter = true;
    m_socket->write(serialize(response));
    m_socket->flush();
    if (response.afterSent) {
        QPointer<QTcpSocket> socket = m_socket;
        auto done = std::make_shared<bool>(false);
        auto run = [socket, done, fn = response.afterSent] {
            if (*done || (socket && socket->bytesToWrite() > 0))
                return;
            *done = true;
            fn();
        };
        connect(m_socket, &QTcpSocket::bytesWritten, this, run);
        connect(m_socket, &QTcpSocket::disconnected, this, run);
        QMetaObject::invokeMethod(this, run, Qt::QueuedConnection);
    }
    if (m_closeAfter) {
        m_state = State::Closing;
        m_socket->disconnectFromHost();
        return;
    }
    m_state = State::Reading;
    if (!m_buffer.isEmpty() && !m_inLoop)
        QMetaObject::invokeMethod(this, &HttpConnection::processBuffer, Qt::QueuedConnection);
}

WebSocketConnection *HttpConnection::upgradeToWebSocket(const QList<std::pair<QByteArray, QByteArray>> &headers,
                                                        QObject *parent)
{
    if (m_state != State::Busy || !m_socket)
        return nullptr;
    QByteArray out = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    out += "\r\n";
    m_socket->write(out);
    m_state = State::Upgraded;
    QTcpSocket *socket = m_socket;
    disconnect(socket, nullptr, this, nullptr);
    m_socket = nullptr;
    auto *ws = new WebSocketConnection(socket, std::exchange(m_buffer, {}), parent);
    Q_EMIT finished();
    deleteLater();
    return ws;
}

void HttpConnection::abort()
{
    if (m_socket && m_state != State::Upgraded)
        m_socket->abort();
}

} // namespace AriSim
