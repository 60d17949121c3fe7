#include "ari/AriClient.h"

#include "ari/AriLog.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>

using namespace Qt::StringLiterals;

namespace Ari {

AriClient::AriClient(QObject *parent) : QObject(parent), m_nam(new QNetworkAccessManager(this))
{
    m_nam->setAutoDeleteReplies(false);
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_ssl = QSslConfiguration::defaultConfiguration();
}

AriClient::~AriClient() = default;

void AriClient::setSettings(const ConnectionSettings &settings)
{
    m_settings = settings;
    m_settingsError.clear();
    m_authHeader = "Basic " + (settings.user + u':' + settings.password).toUtf8().toBase64();
    m_pin = ConnectionSettings::normalizeFingerprint(settings.tls.pinnedSha256);
    m_ssl = QSslConfiguration::defaultConfiguration();
    if (!settings.tls.extraCaFile.isEmpty()) {
        const auto certs = QSslCertificate::fromPath(settings.tls.extraCaFile, QSsl::Pem);
        if (certs.isEmpty())
            m_settingsError = u"no certificate could be read from %1"_s.arg(settings.tls.extraCaFile);
        m_ssl.addCaCertificates(certs);
    }
    // Connections made under the old credentials or trust must not be reused.
    m_nam->clearConnectionCache();
    m_nam->clearAccessCache();
}

QNetworkRequest AriClient::authorizedRequest(const QUrl &url) const
{
    QNetworkRequest req(url);
    if (!m_settings.useApiKey)
        req.setRawHeader("Authorization", m_authHeader);
    req.setRawHeader("Accept", "application/json");
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (url.scheme() == u"https" || url.scheme() == u"wss")
        req.setSslConfiguration(m_ssl);
    return req;
}

QUrl AriClient::eventsUrl() const
{
    QUrl url = ariRoot(m_settings.baseUrl);
    url.setScheme(url.scheme() == u"https" ? u"wss"_s : u"ws"_s);
    url.setPath(url.path() + u"/events"_s);
    QByteArrayList apps;
    for (const QString &app : m_settings.apps)
        apps.append(QUrl::toPercentEncoding(app));
    QByteArray query = "app=" + apps.join(',');
    if (m_settings.subscribeAll)
        query += "&subscribeAll=true";
    if (m_settings.useApiKey)
        query += "&api_key=" + QUrl::toPercentEncoding(m_settings.user + u':' + m_settings.password, ":");
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return url;
}

AriReply *AriClient::call(OperationId id, const RequestArgs &args)
{
    return start(id, args, nullptr);
}

AriReply *AriClient::download(OperationId id, const RequestArgs &args, QIODevice *sink)
{
    return start(id, args, sink);
}

AriReply *AriClient::start(OperationId id, const RequestArgs &args, QIODevice *sink)
{
    auto *reply = new AriReply(id, this);
    connect(reply, &AriReply::finished, this, [this, reply] {
        Q_EMIT callFinished(reply->operation(), reply->httpStatus(), reply->elapsedMs(), reply->error());
    });
    const OperationSpec &op = operation(id);
    if (!m_settings.baseUrl.isValid() || m_settings.baseUrl.host().isEmpty()) {
        reply->failLater(AriError::Kind::InvalidRequest, u"no server URL is set"_s);
        return reply;
    }
    if (!m_settingsError.isEmpty()) {
        reply->failLater(AriError::Kind::Tls, m_settingsError);
        return reply;
    }
    const QString apiKey = m_settings.useApiKey ? m_settings.user + u':' + m_settings.password : QString();
    const BuiltRequest built = buildRequest(op, args, m_settings.baseUrl, apiKey);
    if (!built.error.isEmpty()) {
        reply->failLater(AriError::Kind::InvalidRequest, built.error);
        return reply;
    }
    QNetworkRequest req = authorizedRequest(built.url);
    if (!built.body.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    qCDebug(lcAriRest) << op.method << op.path;
    QNetworkReply *nr = m_nam->sendCustomRequest(req, built.method, built.body);
    reply->attach(nr, sink, m_settings.requestTimeoutMs, m_settings.maxResponseBytes, m_pin);
    return reply;
}

} // namespace Ari
