#pragma once

#include "ari/Api.h"
#include "ari/ConnectionSettings.h"
#include "ari/RequestArgs.h"

#include <QObject>
#include <QSslConfiguration>

class QIODevice;
class QNetworkAccessManager;
class QNetworkRequest;

namespace Ari {

//! The REST side of ARI: every operation of the spec through typed calls,
//! grouped by resource (`client.channels().hangup({...})`). Credentials go in
//! an Authorization header, never in the URL unless api_key mode is chosen.
//! Every call finishes with a Result: nothing hangs and nothing is silent.
class AriClient : public QObject
{
    Q_OBJECT

public:
    explicit AriClient(QObject *parent = nullptr);
    ~AriClient() override;

    void setSettings(const ConnectionSettings &settings);
    const ConnectionSettings &settings() const { return m_settings; }

    ApplicationsApi applications() { return ApplicationsApi(this); }
    AsteriskApi asterisk() { return AsteriskApi(this); }
    BridgesApi bridges() { return BridgesApi(this); }
    ChannelsApi channels() { return ChannelsApi(this); }
    DeviceStatesApi deviceStates() { return DeviceStatesApi(this); }
    EndpointsApi endpoints() { return EndpointsApi(this); }
    EventsApi events() { return EventsApi(this); }
    MailboxesApi mailboxes() { return MailboxesApi(this); }
    PlaybacksApi playbacks() { return PlaybacksApi(this); }
    RecordingsApi recordings() { return RecordingsApi(this); }
    SoundsApi sounds() { return SoundsApi(this); }

    //! The generic entry behind the typed calls.
    AriReply *call(OperationId id, const RequestArgs &args);
    //! Like call(), but the answer streams into `sink` with progress.
    AriReply *download(OperationId id, const RequestArgs &args, QIODevice *sink);

    //! The event WebSocket's URL: ws(s)://host/ari/events?app=...; credentials only in api_key mode.
    QUrl eventsUrl() const;
    //! A request with the Authorization header and the TLS configuration applied.
    QNetworkRequest authorizedRequest(const QUrl &url) const;
    QSslConfiguration sslConfiguration() const { return m_ssl; }
    //! The pinned fingerprint, normalised; empty when none.
    QByteArray pin() const { return m_pin; }
    //! A problem with the settings themselves (an unreadable CA file); empty when fine.
    QString settingsError() const { return m_settingsError; }

Q_SIGNALS:
    //! Every call's outcome, for logs and the status bar. Never carries credentials.
    void callFinished(Ari::OperationId id, int httpStatus, qint64 elapsedMs, const Ari::AriError &error);

private:
    AriReply *start(OperationId id, const RequestArgs &args, QIODevice *sink);

    ConnectionSettings m_settings;
    QNetworkAccessManager *m_nam;
    QSslConfiguration m_ssl;
    QByteArray m_authHeader;
    QByteArray m_pin;
    QString m_settingsError;
};

} // namespace Ari
