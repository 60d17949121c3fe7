#pragma once

#include "sim/HttpServer.h"
#include "sim/Json.h"
#include "sim/Router.h"
#include "sim/SimAsterisk.h"
#include "sim/SimClock.h"
#include "sim/SimFaults.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QUrl>

#include <deque>
#include <memory>
#include <optional>

namespace AriSim {

class WebSocketConnection;

// The simulated Asterisk as seen from the network: ARI REST under /ari, the event WebSocket at
// /ari/events, and a control endpoint under /_sim for fault injection from other processes.
// Tests make one on a free port and drive faults through the in-process API:
//   AriSim::SimServer sim;            // or SimServer sim(&manualClock);
//   QVERIFY(sim.listen());            // 127.0.0.1, any port
//   QUrl base = sim.baseUrl();        // http://127.0.0.1:<port>
//   sim.broadcastEvent(event); sim.dropAllSockets(); sim.restart();
class SimServer : public QObject
{
    Q_OBJECT
public:
    explicit SimServer(QObject *parent = nullptr);
    // clock is not owned and must outlive the server; nullptr means the wall clock.
    explicit SimServer(SimClock *clock, QObject *parent = nullptr);
    ~SimServer() override;

    // Setup.
    void setCredentials(const QString &user, const QString &password);
    bool setTls(const QString &certFile, const QString &keyFile, QString *error = nullptr);
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    void close();
    bool isListening() const { return m_http.isListening(); }
    quint16 serverPort() const { return m_http.serverPort(); }
    QHostAddress serverAddress() const { return m_http.serverAddress(); }
    bool isTls() const { return m_http.isTls(); }
    QUrl baseUrl() const; // http(s)://127.0.0.1:PORT, without /ari
    QString errorString() const { return m_http.errorString(); }

    SimAsterisk &asterisk() { return *m_asterisk; }
    Router &router() { return m_router; }
    SimClock &clock() { return *m_clock; }

    // The event stream. Events get timestamp (after type), asterisk_id and application filled in
    // when missing, as Asterisk does. Returns the number of frames sent or queued.
    int sendEvent(const QString &application, const Json &event);
    int broadcastEvent(const Json &event); // once to every connected application
    // A frame exactly as given (a recorded event, already serialised) to the application's socket.
    int sendRawText(const QString &application, const QByteArray &utf8) { return deliver(application, nullptr, utf8); }
    QStringList connectedApplications() const;
    int eventSocketCount() const { return int(m_sessions.size()); }
    // Server pings every ms on each event socket; 0 (the default, like Asterisk) sends none.
    void setPingInterval(int ms);
    void setMaxIncomingMessage(qint64 bytes) { m_maxIncoming = bytes; }

    // Faults: sockets.
    void dropAllSockets();   // abort every event socket and HTTP connection: no close frame (1006)
    void dropMidFrame();     // half an event frame on every event socket, then abort
    // Abrupt close of every socket, all state gone, new startup_time; a new entity_id unless kept.
    // downMs > 0 also stops listening that long (connection refused), then listens on the same port.
    void restart(bool keepEntityId = false, int downMs = 0);
    // Faults: HTTP answers.
    void setReplyDelay(int ms) { m_replyDelayMs = qMax(0, ms); }
    void addFailRule(const FailRule &rule);
    void failNext(int status, int count = 1, const QString &message = {});
    void setBrokenReplies(int count) { m_brokenReplies = count; }             // truncated JSON bodies
    void setOversizeReplies(qint64 bytes, int count = 1);                     // JSON bodies >= bytes
    void setRandomSeed(quint32 seed) { m_random.seed(seed); }
    // Faults: the event stream.
    int sendGarbage(GarbageKind kind, qint64 size = 0, const QString &application = {});
    void pauseEvents(PauseMode mode = PauseMode::Queue);
    void resumeEvents();
    bool eventsPaused() const { return m_paused; }
    int queuedEvents() const { return int(m_queue.size()); }
    void setSilent(bool silent); // no pongs, no pings, no events
    bool isSilent() const { return m_silent; }
    void clearFaults();          // everything above back to normal (queued events are delivered)

    Json stateJson() const; // what GET /_sim/state answers

    static QString defaultMessage(int status);

Q_SIGNALS:
    void eventSocketOpened(const QStringList &applications);
    void eventSocketClosed(const QStringList &applications);
    void textFromClient(const QByteArray &utf8);
    void pongFromClient();
    void requestServed(const QByteArray &method, const QByteArray &path, int status);
    void restarted();

private:
    struct Session
    {
        QStringList applications;
        bool subscribeAll = false;
        SimClock::TimerId pingTimer = 0;
    };
    struct Queued
    {
        QString application;
        QPointer<WebSocketConnection> socket; // set: only this socket (ApplicationReplaced)
        QByteArray text;
    };

    void registerControlRoutes();
    void registerMediaControlRoutes(); // SimMediaControl.cpp: /_sim/media, /_sim/rtp, /_sim/rtpStats, /_sim/talking
    void handle(HttpConnection *connection, const HttpRequest &request);
    void handleAri(HttpConnection *connection, const HttpRequest &request, QStringList segments);
    void handleEventSocket(HttpConnection *connection, const HttpRequest &request);
    void handleMediaSocket(HttpConnection *connection, const HttpRequest &request, const QString &connectionId);
    void answer(HttpConnection *connection, const HttpRequest &request, HttpResponse response, bool faults);
    bool authorized(const HttpRequest &request) const;
    HttpResponse unauthorized() const;
    std::optional<FailRule> takeFailure(const QString &ariPath, bool upgrade);
    HttpResponse failureResponse(const FailRule &rule) const;
    void abortSockets(const HttpConnection *except);
    void doRestart(bool keepEntityId, int downMs, const HttpConnection *except);
    void closeSession(WebSocketConnection *socket);
    QList<QByteArray> eventTexts(const Json &event, const QStringList &applications) const;
    HttpResponse controlAnswer() const { return HttpResponse::json(200, stateJson()); }
    HttpResponse trafficAnswer() const;
    void startPing(WebSocketConnection *socket, Session &session);
    int deliver(const QString &application, WebSocketConnection *only, const QByteArray &text);

    std::unique_ptr<SimClock> m_ownClock;
    SimClock *m_clock = nullptr;
    HttpServer m_http;
    Router m_router;
    Router m_control;
    std::unique_ptr<SimAsterisk> m_asterisk;
    QPointer<HttpConnection> m_current; // the connection whose control request is being handled
    QString m_user = QStringLiteral("asterisk");
    QString m_password = QStringLiteral("asterisk");

    QHash<WebSocketConnection *, Session> m_sessions;
    QHash<QString, WebSocketConnection *> m_owners; // application name -> socket receiving its events
    int m_pingIntervalMs = 0;
    qint64 m_maxIncoming = 1024 * 1024;

    int m_replyDelayMs = 0;
    QList<FailRule> m_failRules;
    int m_brokenReplies = 0;
    qint64 m_oversizeBytes = 0;
    int m_oversizeReplies = 0;
    bool m_paused = false;
    PauseMode m_pauseMode = PauseMode::Queue;
    std::deque<Queued> m_queue;
    bool m_silent = false;
    QRandomGenerator m_random{20261128};
    quint64 m_requests = 0;
};

} // namespace AriSim
