#include "ari/AriReply.h"

#include "ari/ConnectionSettings.h"
#include "ari/JsonRead.h"

#include <QCryptographicHash>
#include <QIODevice>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>

using namespace Qt::StringLiterals;

namespace Ari {

namespace {

QString operationName(OperationId id)
{
    const OperationSpec &op = operation(id);
    return QString::fromLatin1(op.method) + u' ' + QString::fromLatin1(op.path);
}

// Asterisk's error bodies are {"message": "..."}, or {"error": "..."} for an
// unknown technology; outside /ari they are HTML pages.
QString asteriskMessage(const QByteArray &body)
{
    if (body.isEmpty())
        return {};
    Json::Element root;
    if (Json::ThreadParser::instance().parse(body, root, nullptr)) {
        std::string_view sv;
        if (root["message"].get_string().get(sv) == simdjson::SUCCESS
            || root["error"].get_string().get(sv) == simdjson::SUCCESS)
            return Json::toQString(sv);
    }
    QString text = QString::fromUtf8(body.left(2048));
    const qsizetype title = text.indexOf(u"<title>", 0, Qt::CaseInsensitive);
    if (title >= 0) {
        const qsizetype end = text.indexOf(u"</title>", title, Qt::CaseInsensitive);
        if (end > title)
            return text.mid(title + 7, end - title - 7).trimmed();
    }
    text.remove(QRegularExpression(u"<[^>]*>"_s));
    return text.simplified().left(200);
}

} // namespace

AriReply::AriReply(OperationId operation, QObject *parent) : QObject(parent), m_operation(operation)
{
    m_elapsed.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        stop(AriError::Kind::Timeout, u"no answer within %1 s"_s.arg(m_timeoutMs / 1000.0));
    });
}

void AriReply::attach(QNetworkReply *reply, QIODevice *sink, int timeoutMs, qint64 maxBytes, const QByteArray &pin)
{
    m_reply = reply;
    m_sink = sink;
    m_streaming = sink != nullptr;
    m_timeoutMs = timeoutMs;
    m_maxBytes = maxBytes;
    m_pin = pin;
    reply->setParent(this);
    connect(reply, &QNetworkReply::metaDataChanged, this, &AriReply::onMetaData);
    connect(reply, &QNetworkReply::readyRead, this, &AriReply::onReadyRead);
    connect(reply, &QNetworkReply::sslErrors, this, &AriReply::onSslErrors);
    connect(reply, &QNetworkReply::encrypted, this, &AriReply::onEncrypted);
    connect(reply, &QNetworkReply::finished, this, &AriReply::onNetworkFinished);
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        m_timer.start(m_timeoutMs); // an answer that keeps arriving is not a timeout
        Q_EMIT progress(received, total);
    });
    m_timer.start(timeoutMs);
}

void AriReply::failLater(AriError::Kind kind, const QString &message)
{
    m_error.kind = kind;
    m_error.message = message;
    m_error.operation = operationName(m_operation);
    QMetaObject::invokeMethod(this, &AriReply::finish, Qt::QueuedConnection);
}

void AriReply::abort()
{
    stop(AriError::Kind::Aborted, u"cancelled"_s);
}

void AriReply::onMetaData()
{
    m_status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_contentType = m_reply->header(QNetworkRequest::ContentTypeHeader).toString();
    if (m_status >= 300)
        m_streaming = false; // an error body is read for its message, never written to the sink
    const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (length > m_maxBytes)
        stop(AriError::Kind::TooLarge, u"the answer is %1 bytes, over the cap of %2"_s.arg(length).arg(m_maxBytes));
}

void AriReply::onReadyRead()
{
    if (!m_reply)
        return;
    const QByteArray chunk = m_reply->readAll();
    m_received += chunk.size();
    if (m_received > m_maxBytes) {
        stop(AriError::Kind::TooLarge, u"the answer exceeded the cap of %1 bytes"_s.arg(m_maxBytes));
        return;
    }
    if (m_streaming && m_sink) {
        if (m_sink->write(chunk) != chunk.size())
            stop(AriError::Kind::Network, u"could not write the download: %1"_s.arg(m_sink->errorString()));
    } else {
        m_body += chunk;
    }
}

void AriReply::onSslErrors(const QList<QSslError> &errors)
{
    QSslCertificate cert = m_reply->sslConfiguration().peerCertificate();
    if (cert.isNull() && !errors.isEmpty())
        cert = errors.first().certificate();
    const QByteArray seen = cert.digest(QCryptographicHash::Sha256).toHex();
    QStringList why;
    for (const QSslError &e : errors)
        why.append(e.errorString());
    const QString fingerprint = ConnectionSettings::formatFingerprint(QByteArray::fromHex(seen));
    if (m_pin.isEmpty())
        m_tlsDetail = u"%1; certificate SHA-256 %2"_s.arg(why.join(u"; "), fingerprint);
    else if (seen == m_pin)
        m_reply->ignoreSslErrors(errors);
    else // with a pin, what matters is that the certificate changed, not that it is self-signed
        m_tlsDetail = u"the server certificate (SHA-256 %1) is not the pinned one (%2)"_s.arg(fingerprint, why.join(u"; "));
}

void AriReply::onEncrypted()
{
    if (m_pin.isEmpty())
        return;
    const QByteArray seen = m_reply->sslConfiguration().peerCertificate().digest(QCryptographicHash::Sha256).toHex();
    if (seen != m_pin) {
        m_tlsDetail = u"the server certificate (SHA-256 %1) is not the pinned one"_s.arg(
            ConnectionSettings::formatFingerprint(QByteArray::fromHex(seen)));
        stop(AriError::Kind::Tls, m_tlsDetail);
    }
}

void AriReply::onNetworkFinished()
{
    if (m_finished || !m_reply)
        return;
    onReadyRead();
    if (m_finished)
        return;
    m_status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_contentType.isEmpty())
        m_contentType = m_reply->header(QNetworkRequest::ContentTypeHeader).toString();
    m_error.operation = operationName(m_operation);
    const auto netError = m_reply->error();
    if (m_status >= 400) {
        m_error.kind = AriError::Kind::Http;
        m_error.httpStatus = m_status;
        m_error.message = asteriskMessage(m_body);
        if (const char *meaning = Ari::operation(m_operation).errorMeaning(m_status))
            m_error.documented = QString::fromUtf8(meaning);
        else
            m_error.documented = AriError::reasonPhrase(m_status);
    } else if (m_status == 0 || netError != QNetworkReply::NoError) {
        const bool tls = netError == QNetworkReply::SslHandshakeFailedError || !m_tlsDetail.isEmpty();
        m_error.kind = tls ? AriError::Kind::Tls : AriError::Kind::Network;
        m_error.message = m_reply->errorString();
        m_error.detail = m_tlsDetail;
    }
    finish();
}

void AriReply::stop(AriError::Kind kind, const QString &message)
{
    if (m_finished)
        return;
    m_error.kind = kind;
    m_error.message = message;
    m_error.operation = operationName(m_operation);
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    finish();
}

void AriReply::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    Q_EMIT finished();
    deleteLater();
}

} // namespace Ari
