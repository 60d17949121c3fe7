#pragma once

#include "ari/MediaTransport.h"

#include <QUrl>

class QWebSocket;

namespace Ari {

class AriClient;

namespace Media {

//! What chan_websocket says first on its media socket (trace 09):
//! `MEDIA_START connection_id:… channel:… channel_id:… format:ulaw optimal_frame_size:160 ptime:20`.
struct MediaStart
{
    QString connectionId;
    QString channel;
    QString channelId;
    QString format;
    int optimalFrameSize = 0;
    int ptime = 20;

    //! Nothing when the text is not a MEDIA_START message.
    static std::optional<MediaStart> parse(const QString &text);
};

//! externalMedia over chan_websocket (`transport=websocket`,
//! `connection_type=server`): a QWebSocket with the `media` subprotocol to
//! `/media/{MEDIA_WEBSOCKET_CONNECTION_ID}` on ARI's own host and port (wss
//! when ARI is https, with the client's TLS settings and pin). The URL holds
//! no credentials: the connection id is the ticket. Binary messages carry raw
//! audio both ways; text messages are control (MEDIA_START, MEDIA_XOFF/XON).
class WebSocketMedia : public MediaTransport
{
    Q_OBJECT

public:
    explicit WebSocketMedia(QObject *parent = nullptr);
    ~WebSocketMedia() override;

    //! ws(s)://<ARI host:port>/media/<connection id>, beside ARI's root.
    static QUrl mediaUrl(const QUrl &ariBaseUrl, const QString &connectionId);
    //! Connects with the client's base URL, TLS configuration and pin.
    void open(const AriClient &client, const QString &connectionId);
    bool isOpen() const override;
    void close() override;
    const MediaStart &mediaStart() const { return m_start; }
    //! Whether Asterisk asked us to stop sending (MEDIA_XOFF) and not yet to go on.
    bool paused() const { return m_paused; }

Q_SIGNALS:
    void started(const Ari::Media::MediaStart &start);

protected:
    bool sendFrame(const QByteArray &encoded) override;
    bool bigEndianSlin() const override { return false; }

private:
    void onText(const QString &text);
    void onBinary(const QByteArray &data);

    QWebSocket *m_socket = nullptr;
    QByteArray m_pin;
    MediaStart m_start;
    QByteArray m_partial;
    bool m_started = false;
    bool m_paused = false;
    bool m_closing = false;
};

} // namespace Media
} // namespace Ari
