#include "ari/WebSocketMedia.h"

#include "ari/AriClient.h"

#include <QCryptographicHash>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

using namespace Qt::StringLiterals;

namespace Ari::Media {

std::optional<MediaStart> MediaStart::parse(const QString &text)
{
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    if (words.value(0) != u"MEDIA_START")
        return std::nullopt;
    MediaStart s;
    for (const QString &w : words.mid(1)) {
        const qsizetype colon = w.indexOf(u':');
        if (colon <= 0)
            continue;
        const QString key = w.left(colon);
        const QString value = w.mid(colon + 1);
        if (key == u"connection_id")
            s.connectionId = value;
        else if (key == u"channel")
            s.channel = value;
        else if (key == u"channel_id")
            s.channelId = value;
        else if (key == u"format")
            s.format = value;
        else if (key == u"optimal_frame_size")
            s.optimalFrameSize = value.toInt();
        else if (key == u"ptime")
            s.ptime = value.toInt();
    }
    return s;
}

WebSocketMedia::WebSocketMedia(QObject *parent) : MediaTransport(parent) {}

WebSocketMedia::~WebSocketMedia()
{
    m_closing = true;
    if (m_socket)
        m_socket->abort();
}

QUrl WebSocketMedia::mediaUrl(const QUrl &ariBaseUrl, const QString &connectionId)
{
    QUrl url = ariBaseUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (path.endsWith(u"/ari"))
        path.chop(4);
    url.setScheme(url.scheme() == u"https" ? u"wss"_s : u"ws"_s);
    url.setPath(path + u"/media/"_s + connectionId);
    return url;
}

void WebSocketMedia::open(const AriClient &client, const QString &connectionId)
{
    m_closing = false;
    m_started = false;
    m_pin = client.pin();
    delete m_socket;
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &WebSocketMedia::onText);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &WebSocketMedia::onBinary);
    connect(m_socket, &QWebSocket::connected, this, [this] {
        if (!m_pin.isEmpty()) {
            const QByteArray seen =
                m_socket->sslConfiguration().peerCertificate().digest(QCryptographicHash::Sha256).toHex();
            if (seen != m_pin) {
                m_closing = true;
                m_socket->abort();
                Q_EMIT closed(tr("the media socket's certificate is not the pinned one"));
            }
        }
    });
    connect(m_socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        const QByteArray seen = m_socket->sslConfiguration().peerCertificate().digest(QCryptographicHash::Sha256).toHex();
        if (!m_pin.isEmpty() && seen == m_pin)
            m_socket->ignoreSslErrors(errors);
    });
    connect(m_socket, &QWebSocket::disconnected, this, [this] {
        if (m_closing)
            return;
        m_closing = true;
        const auto code = m_socket->closeCode();
        QString reason;
        if (!m_started)
            reason = tr("the media WebSocket could not be opened: %1").arg(m_socket->errorString());
        else if (code == QWebSocketProtocol::CloseCodeNormal)
            reason = tr("Asterisk closed the media WebSocket (the channel was hung up)");
        else
            reason = tr("the media WebSocket closed (code %1%2)")
                         .arg(int(code))
                         .arg(m_socket->closeReason().isEmpty() ? QString() : u", "_s + m_socket->closeReason());
        Q_EMIT closed(reason);
    });
    // Only the media subprotocol and the TLS configuration: no Authorization header on this socket.
    QNetworkRequest request(mediaUrl(client.settings().baseUrl, connectionId));
    if (request.url().scheme() == u"wss")
        request.setSslConfiguration(client.sslConfiguration());
    QWebSocketHandshakeOptions options;
    options.setSubprotocols({u"media"_s});
    m_socket->open(request, options);
}

bool WebSocketMedia::isOpen() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState && m_started;
}

void WebSocketMedia::close()
{
    m_closing = true;
    if (m_socket && m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->close();
}

void WebSocketMedia::onText(const QString &text)
{
    if (auto s = MediaStart::parse(text)) {
        m_start = *s;
        bool known = false;
        const AudioFormat f = formatFromName(s->format, &known);
        if (known)
            setFormat(f);
        m_started = true;
        Q_EMIT started(m_start);
        Q_EMIT opened();
    } else if (text.startsWith(u"MEDIA_XOFF")) {
        m_paused = true;
    } else if (text.startsWith(u"MEDIA_XON")) {
        m_paused = false;
    }
}

void WebSocketMedia::onBinary(const QByteArray &data)
{
    m_stats.bytesReceived += quint64(data.size());
    // Asterisk sends one frame per message; cut longer ones into 20 ms frames anyway.
    m_partial += data;
    const int frame = bytesPerFrame(format());
    qsizetype at = 0;
    while (m_partial.size() - at >= frame) {
        deliver(decode(format(), m_partial.mid(at, frame), false), false);
        at += frame;
    }
    m_partial.remove(0, at);
}

bool WebSocketMedia::sendFrame(const QByteArray &encoded)
{
    if (!isOpen() || m_paused)
        return false;
    return m_socket->sendBinaryMessage(encoded) == encoded.size();
}

} // namespace Ari::Media
