#include "sim/HttpServer.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>

using namespace Qt::StringLiterals;

namespace AriSim {

HttpServer::HttpServer(QObject *parent)
    : QObject(parent)
{
}

HttpServer::~HttpServer()
{
    // Connections are children; make sure their finished() does not reach a half-destroyed server.
    for (HttpConnection *c : std::as_const(m_connections))
        disconnect(c, nullptr, this, nullptr);
}

bool HttpServer::setTlsFiles(const QString &certFile, const QString &keyFile, QString *error)
{
    auto setError = [error](const QString &text) {
        if (error)
            *error = text;
        return false;
    };
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certFile, QSsl::Pem);
    if (chain.isEmpty())
        return setError(u"cannot read a PEM certificate from "_s + certFile);
    QFile file(keyFile);
    if (!file.open(QIODevice::ReadOnly))
        return setError(u"cannot open the key file "_s + keyFile);
    const QByteArray pem = file.readAll();
    QSslKey key(pem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        return setError(u"cannot read an RSA or EC private key from "_s + keyFile);
    m_sslConfiguration = QSslConfiguration::defaultConfiguration();
    m_sslConfiguration.setLocalCertificateChain(chain);
    m_sslConfiguration.setPrivateKey(key);
    m_sslConfiguration.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_tls = true;
    return true;
}

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    close();
    if (m_tls) {
        auto *ssl = new QSslServer(this);
        ssl->setSslConfiguration(m_sslConfiguration);
        m_server = ssl;
    } else {
        m_server = new QTcpServer(this);
    }
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &HttpServer::onPendingConnection);
    if (!m_server->listen(address, port)) {
        m_error = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return false;
    }
    m_address = m_server->serverAddress();
    m_port = m_server->serverPort();
    return true;
}

bool HttpServer::isListening() const
{
    return m_server && m_server->isListening();
}

void HttpServer::close()
{
    if (m_server) {
        m_server->close();
        m_server->deleteLater();
        m_server = nullptr;
    }
}

void HttpServer::onPendingConnection()
{
    auto *server = qobject_cast<QTcpServer *>(sender());
    if (!server)
        return;
    while (QTcpSocket *socket = server->nextPendingConnection()) {
        auto *connection = new HttpConnection(socket, m_handler, m_serverName, this);
        connection->setDateSource(m_dateSource);
        m_connections.insert(connection);
        connect(connection, &HttpConnection::finished, this, [this, connection] { m_connections.remove(connection); });
    }
}

void HttpServer::abortAll(const HttpConnection *except)
{
    const QSet<HttpConnection *> connections = m_connections;
    for (HttpConnection *c : connections) {
        if (c != except && c->state() != HttpConnection::State::Closing)
            c->abort();
    }
}

} // namespace AriSim
