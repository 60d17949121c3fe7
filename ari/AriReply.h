#pragma once

#include "ari/AriError.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QIODevice;
class QNetworkReply;
class QSslError;

namespace Ari {

//! The outcome of one call: the error (kind None on success), the HTTP status
//! and, for calls that return something, the typed value.
template<typename T>
struct Result
{
    AriError error;
    int httpStatus = 0;
    T value{};
    bool ok() const { return !error.isError(); }
};

template<>
struct Result<void>
{
    AriError error;
    int httpStatus = 0;
    bool ok() const { return !error.isError(); }
};

//! What a binary download produced. The bytes went to the sink given.
struct Download
{
    QString contentType;
    qint64 bytes = 0;
};

//! One call in flight. It always finishes, exactly once and never from
//! inside the call that started it: with an answer, an error, a timeout or
//! an abort. It deletes itself after finished() has been delivered.
class AriReply : public QObject
{
    Q_OBJECT

public:
    OperationId operation() const { return m_operation; }
    bool isFinished() const { return m_finished; }
    const AriError &error() const { return m_error; }
    int httpStatus() const { return m_status; }
    //! The answer's bytes; empty for streamed downloads.
    const QByteArray &body() const { return m_body; }
    const QString &contentType() const { return m_contentType; }
    qint64 bytesReceived() const { return m_received; }
    qint64 elapsedMs() const { return m_elapsed.elapsed(); }
    void abort();

Q_SIGNALS:
    void finished();
    void progress(qint64 received, qint64 total);

private:
    friend class AriClient;
    AriReply(OperationId operation, QObject *parent);
    void attach(QNetworkReply *reply, QIODevice *sink, int timeoutMs, qint64 maxBytes, const QByteArray &pin);
    void failLater(AriError::Kind kind, const QString &message);
    void onMetaData();
    void onReadyRead();
    void onSslErrors(const QList<QSslError> &errors);
    void onEncrypted();
    void onNetworkFinished();
    void stop(AriError::Kind kind, const QString &message);
    void finish();

    OperationId m_operation;
    QPointer<QNetworkReply> m_reply;
    QPointer<QIODevice> m_sink;
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    QByteArray m_pin;
    QByteArray m_body;
    QString m_contentType;
    QString m_tlsDetail;
    AriError m_error;
    qint64 m_maxBytes = 0;
    qint64 m_received = 0;
    int m_status = 0;
    int m_timeoutMs = 0;
    bool m_finished = false;
    bool m_streaming = false;
};

//! A typed handle on an AriReply. Attach the handler at once:
//! `client.channels().answer({.channelId = id}).then(this, [](const Result<void> &r) { ... });`
//! The handler dies with its context object.
template<typename T>
class Pending
{
public:
    using Decoder = Result<T> (*)(const AriReply *);

    Pending(AriReply *reply, Decoder decode) : m_reply(reply), m_decode(decode) {}

    AriReply *reply() const { return m_reply; }

    template<typename F>
    const Pending &then(QObject *context, F &&handler) const
    {
        AriReply *reply = m_reply;
        Decoder decode = m_decode;
        QObject::connect(reply, &AriReply::finished, context,
                         [reply, decode, handler = std::forward<F>(handler)]() mutable { handler(decode(reply)); });
        return *this;
    }

private:
    AriReply *m_reply;
    Decoder m_decode;
};

} // namespace Ari
