#pragma once

#include "ari/AriClient.h"
#include "ari/EventParser.h"
#include "ari/ParsePipeline.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QWebSocket;

namespace Ari {

//! Owns one server connection's lifecycle: the event WebSocket, reconnects
//! with capped, jittered exponential backoff, a ping watchdog, the
//! distinction between a disconnect the user asked for and a failure, and
//! the detection of an Asterisk restart (a new entity_id or startup_time in
//! /asterisk/info, read on every connect).
//!
//! Events are parsed once, on a worker thread (ParsePipeline), and delivered
//! in arrival order, in batches, on the thread that owns this object. Every
//! event that arrived before the socket dropped is delivered before
//! connectionLost() and the state change that follow. A malformed frame is
//! counted and reported (malformedFrame(), in its place in the order); the
//! connection stays up.
class AriConnection : public QObject
{
    Q_OBJECT

public:
    enum class State : quint8 {
        Disconnected, //!< not connected, and not trying: the user's choice
        Connecting,   //!< an attempt is in flight
        Connected,    //!< the event socket is open
        Reconnecting, //!< waiting for the next attempt after a failure
        AuthFailed,   //!< 401: retrying cannot help, so it stopped
        TlsFailed,    //!< the certificate is not trusted or not the pinned one; stopped
    };
    Q_ENUM(State)

    explicit AriConnection(QObject *parent = nullptr);
    ~AriConnection() override;

    AriClient *client() { return m_client; }
    void setSettings(const ConnectionSettings &settings);
    const ConnectionSettings &settings() const { return m_client->settings(); }

    //! Starts connecting, and keeps the connection up until close().
    void open();
    //! The user's disconnect: no reconnect follows.
    void close();

    State state() const { return m_state; }
    //! The state in words, e.g. "Reconnecting in 4 s (connection refused)".
    QString stateText() const;
    static QString stateName(State state);
    //! The last failure in words; empty after a clean connect.
    QString lastError() const { return m_lastError; }
    //! Milliseconds until the next attempt while Reconnecting, else -1.
    qint64 msUntilReconnect() const;
    int reconnectAttempt() const { return m_attempt; }
    //! The delay chosen for the last scheduled reconnect, in ms (capped and jittered).
    int reconnectDelayMs() const { return m_reconnectDelayMs; }
    //! /asterisk/info as read on the last connect.
    const AsteriskInfo &asteriskInfo() const { return m_info; }
    //! The certificate fingerprint seen on the last TLS failure, for "accept on first use".
    QString seenFingerprint() const { return m_seenFingerprint; }

    quint64 eventsReceived() const { return m_eventsReceived; }
    quint64 unknownEvents() const { return m_unknownEvents; }
    quint64 malformedFrames() const { return m_malformedFrames; }

Q_SIGNALS:
    void stateChanged(Ari::AriConnection::State state);
    //! After every (re)connect, once the event socket is open.
    void connected(const Ari::AsteriskInfo &info);
    //! Asterisk restarted since the last connect: all earlier state is void.
    void asteriskRestarted(const Ari::AsteriskInfo &before, const Ari::AsteriskInfo &after);
    //! The event socket was lost (not by the user); `reason` is in words.
    void connectionLost(const QString &reason);
    void eventReceived(const Ari::Event &event);
    //! A frame that could not be used as a typed event; it was counted and the connection stays up.
    void malformedFrame(const QString &why, const QByteArray &raw);

private:
    void setState(State state);
    void attempt();
    void onInfo(const Result<AsteriskInfo> &result);
    void openSocket();
    void onSocketConnected();
    void onSocketDisconnected();
    void onText(const QString &text);
    void onBinary(const QByteArray &data);
    //! Delivers the parsed events; with `all`, waits for every frame received so far.
    void deliverParsed(bool all);
    void deliverOne(const ParsePipeline::Parsed &parsed);
    void onWatchdog();
    void fail(const QString &reason);
    void scheduleReconnect();
    void dropSocket();

    AriClient *m_client;
    QPointer<QWebSocket> m_socket;
    QPointer<AriReply> m_infoReply;
    std::unique_ptr<ParsePipeline> m_pipeline;
    std::vector<ParsePipeline::Parsed> m_batch; // being delivered; events are never copied
    size_t m_batchAt = 0;
    int m_deliverDepth = 0;
    QTimer m_reconnectTimer;
    QTimer m_watchdog;
    QElapsedTimer m_lastHeard;
    QElapsedTimer m_lastTick; // when the watchdog last ran
    QElapsedTimer m_connectedFor;
    AsteriskInfo m_info;
    AsteriskInfo m_pendingInfo;
    bool m_haveInfo = false;
    QString m_lastError;
    QString m_seenFingerprint;
    State m_state = State::Disconnected;
    int m_attempt = 0;
    int m_reconnectDelayMs = 0;
    bool m_wanted = false;
    quint64 m_eventsReceived = 0;
    quint64 m_unknownEvents = 0;
    quint64 m_malformedFrames = 0;
};

} // namespace Ari
