#pragma once

#include "sim/HttpRequest.h"
#include "sim/HttpResponse.h"

#include <QObject>
#include <QPointer>
#include <QTcpSocket>

#include <functional>

namespace AriSim {

class WebSocketConnection;

// One accepted TCP (or TLS) connection speaking HTTP/1.1: parses requests one at a time (keep-alive
// and pipelining safe: the next request is parsed only once the current one has been answered),
// hands each to the handler, and writes the answer the handler gives back, now or later.
// A handler may instead upgrade the connection to a WebSocket with upgradeToWebSocket().
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(HttpConnection *, const HttpRequest &)>;
    enum class State { Reading, Busy, Closing, Upgraded };

    HttpConnection(QTcpSocket *socket, Handler handler, QByteArray serverName, QObject *parent = nullptr);
    ~HttpConnection() override;

    // Answers the request being handled; Date, Server, Cache-Control and Content-Length are added.
    void respond(HttpResponse response);
    // Writes the 101 answer and hands the socket to a new WebSocketConnection (owned by parent).
    WebSocketConnection *upgradeToWebSocket(const QList<std::pair<QByteArray, QByteArray>> &headers,
                                            QObject *parent);
    void abort();

    State state() const { return m_state; }
    QTcpSocket *socket() const { return m_socket; }
    void setDateSource(std::function<QByteArray()> dateSource) { m_dateSource = std::move(dateSource); }
    void setMaxBodySize(qint64 bytes) { m_maxBody = bytes; }

Q_SIGNALS:
    void finished(); // the socket is gone (closed, aborted or upgraded)

private:
    void onReadyRead();
    void processBuffer();
    bool parseHead(HttpRequest &request, qsizetype headEnd);
    void fail(int status, const QString &message);
    QByteArray serialize(const HttpResponse &response) const;

    QPointer<QTcpSocket> m_socket;
    Handler m_handler;
    QByteArray m_serverName;
    std::function<QByteArray()> m_dateSource;
    QByteArray m_buffer;
    State m_state = State::Reading;
    bool m_inLoop = false;
    bool m_closeAfter = false;
    qint64 m_maxBody = 4 * 1024 * 1024;
    static constexpr qsizetype MaxHead = 64 * 1024;
};

} // namespace AriSim
