#pragma once

#include "sim/HttpConnection.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSslConfiguration>
#include <QTcpServer>

namespace AriSim {

// Accepts plain or TLS connections and turns each into an HttpConnection that calls the handler.
// Listens on any port when given 0 (see serverPort()). Knows its live connections so faults can
// abort them all at once.
class HttpServer : public QObject
{
    Q_OBJECT
public:
    explicit HttpServer(QObject *parent = nullptr);
    ~HttpServer() override;

    void setHandler(HttpConnection::Handler handler) { m_handler = std::move(handler); }
    void setServerName(const QByteArray &name) { m_serverName = name; }
    void setDateSource(std::function<QByteArray()> source) { m_dateSource = std::move(source); }
    // Loads a PEM certificate (chain) and private key; the next listen() serves TLS.
    bool setTlsFiles(const QString &certFile, const QString &keyFile, QString *error = nullptr);
    bool isTls() const { return m_tls; }

    bool listen(const QHostAddress &address, quint16 port);
    bool isListening() const;
    void close(); // stops listening; live connections stay
    quint16 serverPort() const { return m_port; }
    QHostAddress serverAddress() const { return m_address; }
    QString errorString() const { return m_error; }

    void abortAll(const HttpConnection *except = nullptr);
    int connectionCount() const { return int(m_connections.size()); }

private:
    void onPendingConnection();

    QTcpServer *m_server = nullptr;
    HttpConnection::Handler m_handler;
    QByteArray m_serverName = "Asterisk";
    std::function<QByteArray()> m_dateSource;
    QSslConfiguration m_sslConfiguration;
    bool m_tls = false;
    QHostAddress m_address;
    quint16 m_port = 0;
    QString m_error;
    QSet<HttpConnection *> m_connections;
};

} // namespace AriSim
