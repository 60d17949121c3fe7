#include "sim/SimServer.h"

#include "sim/AriRoutes.h"
#include "sim/WallClock.h"
#include "sim/WebSocketConnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace AriSim {

namespace {

bool isTrue(const QString &value)
{
    // Asterisk's ast_true().
    static const QStringList yes = {u"yes"_s, u"true"_s, u"y"_s, u"t"_s, u"1"_s, u"on"_s};
    return yes.contains(value.trimmed(), Qt::CaseInsensitive);
}

QByteArray jsonString(const QString &s)
{
    QByteArray out;
    Json::writeString(out, s);
    return out;
}

// Parses a request body as ARI does: only an application/json body is read (unless lenient);
// returns false on malformed JSON.
bool parseBody(const HttpRequest &request, Json &body, bool lenient)
{
    const QByteArray type = request.header("Content-Type").split(';').value(0).trimmed().toLower();
    if ((!lenient && type != "application/json") || request.body.trimmed().isEmpty())
        return true;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError)
        return false;
    body = doc.isObject() ? Json::fromQJson(doc.object()) : Json::fromQJson(doc.array());
    return true;
}

} // namespace

SimServer::SimServer(QObject *parent)
    : SimServer(nullptr, parent)
{
}

SimServer::SimServer(SimClock *clock, QObject *parent)
    : QObject(parent)
    , m_ownClock(clock ? nullptr : std::make_unique<WallClock>())
    , m_clock(clock ? clock : m_ownClock.get())
    , m_asterisk(std::make_unique<SimAsterisk>(*m_clock))
{
    m_http.setServerName("Asterisk/" + m_asterisk->version().toUtf8());
    m_http.setDateSource([this] { return SimClock::httpDate(m_clock->now()); });
    m_http.setHandler([this](HttpConnection *c, const HttpRequest &r) { handle(c, r); });
    registerAriRoutes(m_router, *m_asterisk);
    registerControlRoutes();
    m_asterisk->setEventSink([this](const Json &event, const QStringList &applications) {
        const QList<QByteArray> texts = eventTexts(event, applications);
        for (qsizetype i = 0; i < applications.size(); ++i)
            deliver(applications[i], nullptr, texts[i]);
    });
}

SimServer::~SimServer()
{
    const QList<WebSocketConnection *> sockets = m_sessions.keys();
    for (WebSocketConnection *ws : sockets) {
        disconnect(ws, nullptr, this, nullptr);
        if (m_sessions.value(ws).pingTimer)
            m_clock->stopTimer(m_sessions.value(ws).pingTimer);
        delete ws;
    }
    m_sessions.clear();
}

void SimServer::setCredentials(const QString &user, const QString &password)
{
    m_user = user;
    m_password = password;
}

bool SimServer::setTls(const QString &certFile, const QString &keyFile, QString *error)
{
    return m_http.setTlsFiles(certFile, keyFile, error);
}

bool SimServer::listen(const QHostAddress &address, quint16 port)
{
    return m_http.listen(address, port);
}

void SimServer::close()
{
    m_http.close();
    abortSockets(nullptr);
}

QUrl SimServer::baseUrl() const
{
    QUrl url;
    url.setScheme(isTls() ? u"https"_s : u"http"_s);
    const QHostAddress address = serverAddress();
    url.setHost(address.isNull() || address == QHostAddress::AnyIPv4 || address == QHostAddress::Any
                    ? u"127.0.0.1"_s
                    : address.toString());
    url.setPort(serverPort());
    return url;
}

// ---- HTTP dispatch ------------------------------------------------------------------------------

bool SimServer::authorized(const HttpRequest &request) const
{
    const QString expected = m_user + u':' + m_password;
    if (request.hasQuery(u"api_key") && request.queryValue(u"api_key") == expected)
        return true;
    const QByteArray authorization = request.header("Authorization");
    if (!authorization.left(6).toLower().startsWith("basic "))
        return false;
    return QString::fromUtf8(QByteArray::fromBase64(authorization.mid(6).trimmed())) == expected;
}

HttpResponse SimServer::unauthorized() const
{
    return HttpResponse::message(401, u"Authentication required"_s)
        .withHeader("WWW-Authenticate", "Basic realm=\"Asterisk REST Interface\"");
}

void SimServer::handle(HttpConnection *connection, const HttpRequest &request)
{
    ++m_requests;
    const QStringList &segments = request.segments;
    if (!segments.isEmpty() && segments.first() == u"_sim") {
        if (!authorized(request))
            return answer(connection, request, unauthorized(), false);
        AriRequest ari{&request, {}, {}};
        if (!parseBody(request, ari.body, true))
            return answer(connection, request, HttpResponse::message(400, u"Error parsing request body"_s), false);
        const Router::Match match = m_control.match(request.method, segments.mid(1));
        HttpResponse response;
        if (match.result == Router::Match::Result::Found) {
            m_current = connection;
            response = match.route->handler(ari);
            m_current = nullptr;
        } else if (match.result == Router::Match::Result::MethodNotAllowed) {
            response = HttpResponse::message(405, u"Invalid method"_s).withHeader("Allow", match.allow);
        } else {
            response = HttpResponse::message(404, u"Unknown control operation"_s);
        }
        return answer(connection, request, std::move(response), false);
    }
    if (segments.size() == 2 && segments.first() == u"media" && request.method == "GET")
        return handleMediaSocket(connection, request, segments.at(1));
    if (segments.isEmpty() || segments.first() != u"ari") {
        return answer(connection, request,
                      HttpResponse::htmlError(404, u"The requested URL was not found on this server."_s,
                                              "Asterisk/" + m_asterisk->version().toUtf8()),
                      false);
    }
    handleAri(connection, request, segments.mid(1));
}

void SimServer::handleAri(HttpConnection *connection, const HttpRequest &request, QStringList segments)
{
    if (!authorized(request))
        return answer(connection, request, unauthorized(), true);
    if (request.method == "GET" && segments.size() == 1 && segments.first() == u"events")
        return handleEventSocket(connection, request);
    if (const std::optional<FailRule> rule = takeFailure(QString::fromUtf8(request.rawPath.mid(4)), false))
        return answer(connection, request, failureResponse(*rule), true);

    if (request.method == "OPTIONS") {
        const QByteArray allow = m_router.allowFor(segments);
        HttpResponse response = allow.isEmpty() ? HttpResponse::message(404, u"Resource not found"_s)
                                                : HttpResponse::noContent().withHeader("Allow", allow);
        return answer(connection, request, std::move(response), true);
    }
    AriRequest ari{&request, {}, {}};
    if (!parseBody(request, ari.body, false))
        return answer(connection, request, HttpResponse::message(400, u"Error parsing request body"_s), true);

    Router::Match match = m_router.match(request.method, segments);
    HttpResponse response;
    switch (match.result) {
    case Router::Match::Result::NotFound:
        response = HttpResponse::message(404, u"Resource not found"_s);
        break;
    case Router::Match::Result::MethodNotAllowed:
        response = HttpResponse::message(405, u"Invalid method"_s).withHeader("Allow", match.allow);
        break;
    case Router::Match::Result::Found:
        if (match.route->handler) {
            ari.pathParams = std::move(match.params);
            response = match.route->handler(ari);
        } else {
            response = HttpResponse::message(501, u"Not implemented in ari-sim: "_s
                                                      + QString::fromLatin1(match.route->method) + u' '
                                                      + match.route->pathTemplate);
        }
        break;
    }
    answer(connection, request, std::move(response), true);
}

void SimServer::answer(HttpConnection *connection, const HttpRequest &request, HttpResponse response, bool faults)
{
    if (faults && response.isJson() && response.status != 204) {
        if (m_oversizeReplies > 0) {
            --m_oversizeReplies;
            const bool array = response.body.startsWith('[');
            const QByteArray open = array ? "[\"" : "{\"padding\":\"";
            const QByteArray close = array ? "\"]" : "\"}";
            const qint64 fill = qMax<qint64>(1, m_oversizeBytes - open.size() - close.size() + 1);
            response.body = open + QByteArray(qsizetype(fill), 'x') + close;
        }
        if (m_brokenReplies > 0 && !response.body.isEmpty()) {
            --m_brokenReplies;
            response.body.truncate(qMax<qsizetype>(1, response.body.size() / 2));
        }
    }
    Q_EMIT requestServed(request.method, request.rawPath, response.status);
    if (faults && m_replyDelayMs > 0) {
        m_clock->startTimer(m_replyDelayMs, connection, [connection, response] { connection->respond(response); });
        return;
    }
    connection->respond(std::move(response));
}

// ---- faults: HTTP -------------------------------------------------------------------------------

QString SimServer::defaultMessage(int status)
{
    switch (status) {
    case 400: return u"Invalid parameters"_s;
    case 401: return u"Authentication required"_s;
    case 403: return u"Forbidden"_s;
    case 404: return u"Resource not found"_s;
    case 409: return u"Channel not in Stasis application"_s;
    case 412: return u"Channel in invalid state"_s;
    case 422: return u"Unprocessable entity"_s;
    case 500: return u"Internal server error"_s;
    case 501: return u"Not implemented"_s;
    case 503: return u"Service unavailable"_s;
    default: return QString::fromLatin1(HttpResponse::reasonPhrase(status));
    }
}

void SimServer::addFailRule(const FailRule &rule)
{
    m_failRules.append(rule);
}

void SimServer::failNext(int status, int count, const QString &message)
{
    addFailRule(FailRule{status, message, {}, 1.0, qMax(1, count), {}});
}

void SimServer::setOversizeReplies(qint64 bytes, int count)
{
    m_oversizeBytes = bytes;
    m_oversizeReplies = count;
}

std::optional<FailRule> SimServer::takeFailure(const QString &ariPath, bool upgrade)
{
    for (qsizetype i = 0; i < m_failRules.size(); ++i) {
        FailRule &rule = m_failRules[i];
        if (upgrade && !rule.pathPrefix.startsWith(u"/events"))
            continue;
        if (!ariPath.startsWith(rule.pathPrefix))
            continue;
        if (rule.share < 1.0 && m_random.generateDouble() >= rule.share)
            continue;
        const FailRule fired = rule;
        if (rule.count > 0 && --rule.count == 0)
            m_failRules.removeAt(i);
        return fired;
    }
    return std::nullopt;
}

HttpResponse SimServer::failureResponse(const FailRule &rule) const
{
    HttpResponse response = rule.body.isEmpty()
        ? HttpResponse::message(rule.status, rule.message.isEmpty() ? defaultMessage(rule.status) : rule.message)
        : HttpResponse::raw(rule.status, "application/json", rule.body);
    if (rule.status == 401)
        response.withHeader("WWW-Authenticate", "Basic realm=\"Asterisk REST Interface\"");
    return response;
}

void SimServer::clearFaults()
{
    m_replyDelayMs = 0;
    m_failRules.clear();
    m_brokenReplies = 0;
    m_oversizeReplies = 0;
    setSilent(false);
    if (m_paused)
        resumeEvents();
}

// ---- the event WebSocket ------------------------------------------------------------------------

void SimServer::handleEventSocket(HttpConnection *connection, const HttpRequest &request)
{
    if (const std::optional<FailRule> rule = takeFailure(u"/events"_s, true))
        return answer(connection, request, failureResponse(*rule), true);
    const QByteArray serverName = "Asterisk/" + m_asterisk->version().toUtf8();
    const QByteArray key = request.header("Sec-WebSocket-Key");
    if (request.header("Upgrade").toLower() != "websocket" || key.isEmpty())
        return answer(connection, request, HttpResponse::htmlError(426, u"Upgrade Required"_s, serverName), false);
    if (request.header("Sec-WebSocket-Version").trimmed() != "13") {
        HttpResponse response = HttpResponse::htmlError(426, u"Upgrade Required"_s, serverName);
        return answer(connection, request, response.withHeader("Sec-WebSocket-Version", "13"), false);
    }
    QStringList applications;
    for (const QString &value : request.queryValues(u"app")) {
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
            const QString name = part.trimmed();
            if (!name.isEmpty() && !applications.contains(name))
                applications.append(name);
        }
    }
    if (applications.isEmpty()) {
        return answer(connection, request,
                      HttpResponse::htmlError(400, u"HTTP request is missing param: [app]"_s, serverName), false);
    }
    const bool subscribeAll = isTrue(request.queryValue(u"subscribeAll"));

    QList<std::pair<QByteArray, QByteArray>> headers{{"Sec-WebSocket-Accept", WebSocketConnection::acceptKey(key)}};
    for (const QByteArray &protocol : request.header("Sec-WebSocket-Protocol").split(',')) {
        if (protocol.trimmed() == "ari") {
            headers.append(std::pair<QByteArray, QByteArray>("Sec-WebSocket-Protocol", "ari"));
            break;
        }
    }
    WebSocketConnection *ws = connection->upgradeToWebSocket(headers, this);
    if (!ws)
        return;
    ws->setMaxMessageSize(m_maxIncoming);
    ws->setAnswerPings(!m_silent);
    connect(ws, &WebSocketConnection::disconnected, this, [this, ws] { closeSession(ws); });
    connect(ws, &WebSocketConnection::textReceived, this, &SimServer::textFromClient);
    connect(ws, &WebSocketConnection::pongReceived, this, &SimServer::pongFromClient);

    Session &session = m_sessions[ws];
    session.applications = applications;
    session.subscribeAll = subscribeAll;
    for (const QString &app : applications) {
        WebSocketConnection *previous = m_owners.value(app);
        if (previous && previous != ws) {
            // The first socket learns it lost the application, then gets nothing more for it.
            const Json replaced = Json::object({{u"type"_s, u"ApplicationReplaced"},
                                                {u"timestamp"_s, m_clock->timestamp()},
                                                {u"application"_s, app}});
            deliver(app, previous, eventTexts(replaced, {app}).value(0));
        }
        m_owners.insert(app, ws);
        m_asterisk->registerApplication(app, subscribeAll);
    }
    startPing(ws, session);
    Q_EMIT requestServed(request.method, request.rawPath, 101);
    Q_EMIT eventSocketOpened(applications);
}

void SimServer::handleMediaSocket(HttpConnection *connection, const HttpRequest &request, const QString &connectionId)
{
    // chan_websocket's media socket: no credentials, subprotocol "media".
    const QByteArray serverName = "Asterisk/" + m_asterisk->version().toUtf8();
    if (!m_asterisk->hasMediaConnection(connectionId)) {
        return answer(connection, request,
                      HttpResponse::htmlError(404, u"The requested URL was not found on this server."_s, serverName),
                      false);
    }
    const QByteArray key = request.header("Sec-WebSocket-Key");
    if (request.header("Upgrade").toLower() != "websocket" || key.isEmpty())
        return answer(connection, request, HttpResponse::htmlError(426, u"Upgrade Required"_s, serverName), false);
    QList<std::pair<QByteArray, QByteArray>> headers{{"Sec-WebSocket-Accept", WebSocketConnection::acceptKey(key)}};
    for (const QByteArray &protocol : request.header("Sec-WebSocket-Protocol").split(',')) {
        if (protocol.trimmed() == "media") {
            headers.append(std::pair<QByteArray, QByteArray>("Sec-WebSocket-Protocol", "media"));
            break;
        }
    }
    WebSocketConnection *ws = connection->upgradeToWebSocket(headers, this);
    if (!ws)
        return;
    Q_EMIT requestServed(request.method, request.rawPath, 101);
    m_asterisk->attachMediaSocket(connectionId, ws);
}

void SimServer::startPing(WebSocketConnection *socket, Session &session)
{
    if (session.pingTimer) {
        m_clock->stopTimer(session.pingTimer);
        session.pingTimer = 0;
    }
    if (m_pingIntervalMs <= 0)
        return;
    session.pingTimer = m_clock->startTimer(m_pingIntervalMs, socket, [this, socket] {
        if (!m_silent)
            socket->sendPing("ari-sim");
    }, true);
}

void SimServer::setPingInterval(int ms)
{
    m_pingIntervalMs = qMax(0, ms);
    for (auto it = m_sessions.begin(); it != m_sessions.end(); ++it)
        startPing(it.key(), it.value());
}

void SimServer::closeSession(WebSocketConnection *socket)
{
    auto it = m_sessions.find(socket);
    if (it == m_sessions.end())
        return;
    const Session session = it.value();
    m_sessions.erase(it);
    if (session.pingTimer)
        m_clock->stopTimer(session.pingTimer);
    for (const QString &app : session.applications) {
        if (m_owners.value(app) == socket) {
            m_owners.remove(app);
            m_asterisk->unregisterApplication(app);
        }
    }
    Q_EMIT eventSocketClosed(session.applications);
}

QStringList SimServer::connectedApplications() const
{
    QStringList apps = m_owners.keys();
    apps.sort();
    return apps;
}

QList<QByteArray> SimServer::eventTexts(const Json &event, const QStringList &applications) const
{
    Json e = event;
    if (!e.contains(u"timestamp")) {
        // After type, or after application when the event opens with it (DeviceStateChanged).
        const bool appSecond = e.toObject().size() > 1 && e.toObject()[1].first == u"application";
        e.insertAfter(appSecond ? u"application" : u"type", u"timestamp"_s, m_clock->timestamp());
    }
    if (!e.contains(u"asterisk_id"))
        e.insert(u"asterisk_id"_s, m_asterisk->entityId());
    QList<QByteArray> texts;
    texts.reserve(applications.size());
    if (e.contains(u"application")) {
        for (const QString &app : applications) {
            e.insert(u"application"_s, app);
            texts.append(e.toJson());
        }
        return texts;
    }
    // Serialise once and append "application" per recipient: the common, cheap case.
    QByteArray base = e.toJson();
    base.chop(1);
    const QByteArray separator = e.size() > 0 ? QByteArray(",\"application\":") : QByteArray("\"application\":");
    for (const QString &app : applications)
        texts.append(base + separator + jsonString(app) + '}');
    return texts;
}

int SimServer::deliver(const QString &application, WebSocketConnection *only, const QByteArray &text)
{
    WebSocketConnection *target = only ? only : m_owners.value(application);
    if (!target || m_silent)
        return 0;
    if (m_paused) {
        if (m_pauseMode == PauseMode::Drop)
            return 0;
        m_queue.push_back(Queued{application, only, text});
        return 1;
    }
    target->sendText(text);
    return 1;
}

int SimServer::sendEvent(const QString &application, const Json &event)
{
    if (!m_owners.contains(application))
        return 0;
    return deliver(application, nullptr, eventTexts(event, {application}).value(0));
}

int SimServer::broadcastEvent(const Json &event)
{
    const QStringList apps = connectedApplications();
    const QList<QByteArray> texts = eventTexts(event, apps);
    int sent = 0;
    for (qsizetype i = 0; i < apps.size(); ++i)
        sent += deliver(apps[i], nullptr, texts[i]);
    return sent;
}

void SimServer::pauseEvents(PauseMode mode)
{
    m_paused = true;
    m_pauseMode = mode;
}

void SimServer::resumeEvents()
{
    m_paused = false;
    std::deque<Queued> queue = std::exchange(m_queue, {});
    for (const Queued &q : queue)
        deliver(q.application, q.socket.data(), q.text);
}

void SimServer::setSilent(bool silent)
{
    m_silent = silent;
    for (auto it = m_sessions.cbegin(); it != m_sessions.cend(); ++it)
        it.key()->setAnswerPings(!silent);
}

// ---- faults: sockets ----------------------------------------------------------------------------

void SimServer::abortSockets(const HttpConnection *except)
{
    const QList<WebSocketConnection *> sockets = m_sessions.keys();
    for (WebSocketConnection *ws : sockets) {
        ws->abort();
        closeSession(ws); // in case the socket reports its end later
    }
    m_http.abortAll(except);
}

void SimServer::dropAllSockets()
{
    abortSockets(nullptr);
}

void SimServer::dropMidFrame()
{
    const Json event = Json::object({{u"type"_s, u"ChannelVarset"},
                                     {u"variable"_s, u"ARI_SIM"},
                                     {u"value"_s, u"this frame is cut in the middle"}});
    const QList<WebSocketConnection *> sockets = m_sessions.keys();
    for (WebSocketConnection *ws : sockets) {
        const QString app = m_sessions.value(ws).applications.value(0);
        ws->abortMidFrame(eventTexts(event, {app}).value(0));
    }
}

void SimServer::restart(bool keepEntityId, int downMs)
{
    doRestart(keepEntityId, downMs, nullptr);
}

void SimServer::doRestart(bool keepEntityId, int downMs, const HttpConnection *except)
{
    abortSockets(except);
    m_queue.clear();
    m_owners.clear();
    m_asterisk->reset(keepEntityId);
    if (downMs > 0 && m_http.isListening()) {
        const QHostAddress address = m_http.serverAddress();
        const quint16 port = m_http.serverPort();
        m_http.close();
        m_clock->startTimer(downMs, this, [this, address, port] { m_http.listen(address, port); });
    }
    Q_EMIT restarted();
}

int SimServer::sendGarbage(GarbageKind kind, qint64 size, const QString &application)
{
    QList<WebSocketConnection *> targets;
    if (!application.isEmpty()) {
        if (WebSocketConnection *ws = m_owners.value(application))
            targets.append(ws);
    } else {
        targets = m_sessions.keys();
    }
    for (WebSocketConnection *ws : std::as_const(targets)) {
        const QString app = application.isEmpty() ? m_sessions.value(ws).applications.value(0) : application;
        const QString ts = m_clock->timestamp();
        auto stasisStart = [&] { return Json::object({{u"type"_s, u"StasisStart"}, {u"timestamp"_s, ts}}); };
        QByteArray payload;
        WebSocketConnection::Opcode opcode = WebSocketConnection::Opcode::Text;
        switch (kind) {
        case GarbageKind::NonJson:
            payload = "this is not JSON {\"type\":";
            break;
        case GarbageKind::InvalidUtf8:
            payload = "{\"type\":\"ChannelVarset\",\"value\":\"\xc3\x28\xff\xfe\"}";
            break;
        case GarbageKind::Huge: {
            const qint64 total = size > 0 ? size : 10 * 1024 * 1024;
            const QByteArray head = "{\"type\":\"ChannelVarset\",\"timestamp\":" + jsonString(ts)
                + ",\"variable\":\"ARI_SIM_HUGE\",\"value\":\"";
            const QByteArray tail = "\",\"asterisk_id\":" + jsonString(m_asterisk->entityId())
                + ",\"application\":" + jsonString(app) + '}';
            payload = head + QByteArray(qsizetype(qMax<qint64>(1, total - head.size() - tail.size())), 'x') + tail;
            break;
        }
        case GarbageKind::DeepNesting: {
            const qsizetype depth = qsizetype(size > 0 ? size : 100000);
            payload = "{\"type\":\"StasisStart\",\"args\":" + QByteArray(depth, '[') + QByteArray(depth, ']')
                + ",\"application\":" + jsonString(app) + '}';
            break;
        }
        case GarbageKind::JsonArray:
            payload = '[' + eventTexts(stasisStart(), {app}).value(0) + ']';
            break;
        case GarbageKind::UnknownType:
            payload = eventTexts(Json::object({{u"type"_s, u"AriSimUnknownEvent"},
                                               {u"timestamp"_s, ts},
                                               {u"detail"_s, u"an event type ARI does not have"}}),
                                 {app})
                          .value(0);
            break;
        case GarbageKind::MissingFields:
            payload = eventTexts(stasisStart(), {app}).value(0);
            break;
        case GarbageKind::WrongTypes:
            payload = Json::object({{u"type"_s, u"StasisStart"},
                                    {u"timestamp"_s, 1795885274},
                                    {u"args"_s, u"not-a-list"},
                                    {u"channel"_s, u"not-an-object"},
                                    {u"asterisk_id"_s, 7},
                                    {u"application"_s, Json::array({app})}})
                          .toJson();
            break;
        case GarbageKind::Binary:
            payload = QByteArray("\x00\x01\x02\x03\xff\xfe", 6);
            opcode = WebSocketConnection::Opcode::Binary;
            break;
        }
        ws->sendFrame(opcode, payload);
    }
    return int(targets.size());
}

// ---- state --------------------------------------------------------------------------------------

Json SimServer::stateJson() const
{
    Json rules = Json::array();
    for (const FailRule &rule : m_failRules) {
        rules.append(Json::object(Json::Object{{u"status"_s, rule.status},
                                   {u"share"_s, rule.share},
                                   {u"count"_s, rule.count},
                                   {u"path"_s, rule.pathPrefix}}));
    }
    return Json::object({{u"port"_s, int(serverPort())},
                         {u"tls"_s, isTls()},
                         {u"listening"_s, isListening()},
                         {u"entity_id"_s, m_asterisk->entityId()},
                         {u"startup_time"_s, SimClock::formatTimestamp(m_asterisk->startupTime())},
                         {u"event_sockets"_s, eventSocketCount()},
                         {u"applications"_s, Json::stringList(connectedApplications())},
                         {u"paused"_s, m_paused},
                         {u"pause_mode"_s, m_pauseMode == PauseMode::Queue ? u"queue" : u"drop"},
                         {u"queued_events"_s, queuedEvents()},
                         {u"silent"_s, m_silent},
                         {u"ping_interval_ms"_s, m_pingIntervalMs},
                         {u"delay_ms"_s, m_replyDelayMs},
                         {u"fail_rules"_s, rules},
                         {u"broken_replies"_s, m_brokenReplies},
                         {u"oversize_replies"_s, m_oversizeReplies},
                         {u"requests"_s, qint64(m_requests)}});
}

// ---- the control endpoint (/_sim) ---------------------------------------------------------------

HttpResponse SimServer::trafficAnswer() const
{
    const SimAsterisk::TrafficStats s = m_asterisk->trafficStats();
    return HttpResponse::json(200, Json::object({{u"calls_started"_s, qint64(s.callsStarted)},
                                                 {u"calls_ended"_s, qint64(s.callsEnded)},
                                                 {u"active_calls"_s, s.activeCalls},
                                                 {u"load_channels"_s, s.loadChannels},
                                                 {u"load_events"_s, qint64(s.loadEvents)},
                                                 {u"channels"_s, m_asterisk->channelCount()}}));
}

void SimServer::registerControlRoutes()
{
    const auto bad = [](const QString &message) { return HttpResponse::message(400, message); };
    const auto number = [](const AriRequest &r, QStringView name, qint64 fallback, bool *ok) {
        if (!r.has(name))
            return fallback;
        return r.param(name).toLongLong(ok);
    };

    m_control.add("GET", u"/state"_s, u"state"_s, [this](const AriRequest &) { return controlAnswer(); });
    m_control.add("POST", u"/clear"_s, u"clear"_s, [this](const AriRequest &) {
        clearFaults();
        return controlAnswer();
    });
    m_control.add("POST", u"/drop"_s, u"drop"_s, [this](const AriRequest &r) {
        HttpResponse response = controlAnswer();
        const QPointer<HttpConnection> except = m_current;
        if (isTrue(r.param(u"midFrame")))
            response.afterSent = [this] { dropMidFrame(); };
        else
            response.afterSent = [this, except] { abortSockets(except.data()); };
        return response;
    });
    m_control.add("POST", u"/restart"_s, u"restart"_s, [this, number, bad](const AriRequest &r) {
        bool ok = true;
        const int downMs = int(number(r, u"downMs", 0, &ok));
        if (!ok)
            return bad(u"downMs must be a number"_s);
        const bool keep = isTrue(r.param(u"keepEntityId"));
        HttpResponse response = controlAnswer();
        response.close = true;
        const QPointer<HttpConnection> except = m_current;
        response.afterSent = [this, keep, downMs, except] { doRestart(keep, downMs, except.data()); };
        return response;
    });
    m_control.add("POST", u"/delay"_s, u"delay"_s, [this, number, bad](const AriRequest &r) {
        bool ok = true;
        const qint64 ms = number(r, u"ms", 0, &ok);
        if (!ok || ms < 0)
            return bad(u"ms must be a number >= 0"_s);
        setReplyDelay(int(ms));
        return controlAnswer();
    });
    const auto fail = [this, number, bad](const AriRequest &r, bool next) {
        bool ok = true;
        FailRule rule;
        rule.status = int(number(r, u"status", 500, &ok));
        if (!ok || rule.status < 100 || rule.status > 599)
            return bad(u"status must be an HTTP status"_s);
        rule.count = int(number(r, u"count", next ? 1 : -1, &ok));
        if (!ok)
            return bad(u"count must be a number"_s);
        rule.share = r.has(u"share") ? r.param(u"share").toDouble(&ok) : 1.0;
        if (!ok || rule.share < 0 || rule.share > 1)
            return bad(u"share must be between 0 and 1"_s);
        rule.message = r.param(u"message");
        rule.body = r.param(u"body").toUtf8();
        rule.pathPrefix = r.param(u"path");
        if (rule.pathPrefix.startsWith(u"/ari/"))
            rule.pathPrefix = rule.pathPrefix.mid(4);
        addFailRule(rule);
        return controlAnswer();
    };
    m_control.add("POST", u"/fail"_s, u"fail"_s, [fail](const AriRequest &r) { return fail(r, false); });
    m_control.add("POST", u"/failNext"_s, u"failNext"_s, [fail](const AriRequest &r) { return fail(r, true); });
    m_control.add("POST", u"/garbage"_s, u"garbage"_s, [this, number, bad](const AriRequest &r) {
        static const QHash<QString, GarbageKind> kinds = {
            {u"nonjson"_s, GarbageKind::NonJson},         {u"utf8"_s, GarbageKind::InvalidUtf8},
            {u"huge"_s, GarbageKind::Huge},               {u"nested"_s, GarbageKind::DeepNesting},
            {u"array"_s, GarbageKind::JsonArray},         {u"unknown"_s, GarbageKind::UnknownType},
            {u"missing"_s, GarbageKind::MissingFields},   {u"wrongtype"_s, GarbageKind::WrongTypes},
            {u"binary"_s, GarbageKind::Binary},
        };
        const QString kind = r.param(u"kind").toLower();
        if (!kinds.contains(kind))
            return bad(u"kind must be one of nonjson, utf8, huge, nested, array, unknown, missing, wrongtype, binary"_s);
        bool ok = true;
        const qint64 size = number(r, u"size", 0, &ok);
        if (!ok || size < 0 || size > 512LL * 1024 * 1024)
            return bad(u"size must be a number of bytes (at most 512 MB)"_s);
        const int sent = sendGarbage(kinds.value(kind), size, r.param(u"app"));
        return HttpResponse::json(200, Json::object({{u"sockets"_s, sent}}));
    });
    m_control.add("POST", u"/pause"_s, u"pause"_s, [this, bad](const AriRequest &r) {
        const QString mode = r.param(u"mode", u"queue"_s).toLower();
        if (mode != u"queue" && mode != u"drop")
            return bad(u"mode must be queue or drop"_s);
        pauseEvents(mode == u"drop" ? PauseMode::Drop : PauseMode::Queue);
        return controlAnswer();
    });
    m_control.add("POST", u"/resume"_s, u"resume"_s, [this](const AriRequest &) {
        resumeEvents();
        return controlAnswer();
    });
    m_control.add("POST", u"/silent"_s, u"silent"_s, [this](const AriRequest &r) {
        setSilent(!r.has(u"on") || isTrue(r.param(u"on")));
        return controlAnswer();
    });
    m_control.add("POST", u"/ping"_s, u"ping"_s, [this, number, bad](const AriRequest &r) {
        bool ok = true;
        const qint64 ms = number(r, u"ms", 0, &ok);
        if (!ok || ms < 0)
            return bad(u"ms must be a number >= 0"_s);
        setPingInterval(int(ms));
        return controlAnswer();
    });
    m_control.add("POST", u"/brokenReply"_s, u"brokenReply"_s, [this, number, bad](const AriRequest &r) {
        bool ok = true;
        const qint64 count = number(r, u"count", 1, &ok);
        if (!ok)
            return bad(u"count must be a number"_s);
        setBrokenReplies(int(count));
        return controlAnswer();
    });
    m_control.add("POST", u"/bigReply"_s, u"bigReply"_s, [this, number, bad](const AriRequest &r) {
        bool ok = true;
        const qint64 bytes = number(r, u"bytes", 0, &ok);
        bool countOk = true;
        const qint64 count = number(r, u"count", 1, &countOk);
        if (!ok || !countOk || bytes <= 0 || bytes > 512LL * 1024 * 1024)
            return bad(u"bytes must be a number between 1 and 512 MB"_s);
        setOversizeReplies(bytes, int(count));
        return controlAnswer();
    });
    m_control.add("POST", u"/traffic"_s, u"traffic"_s, [this, bad](const AriRequest &r) {
        bool ok = true;
        const double rate = r.has(u"rate") ? r.param(u"rate").toDouble(&ok) : 0;
        if (!ok || rate < 0 || rate > 1000)
            return bad(u"rate must be calls per second between 0 and 1000"_s);
        m_asterisk->startDemoTraffic(rate, quint32(r.param(u"seed", u"1"_s).toUInt()),
                                     r.param(u"app", u"console"_s));
        return trafficAnswer();
    });
    m_control.add("POST", u"/load"_s, u"load"_s, [this, bad](const AriRequest &r) {
        bool okChannels = true, okEvents = true;
        const int channels = r.param(u"channels", u"0"_s).toInt(&okChannels);
        const int eps = r.param(u"eps", u"0"_s).toInt(&okEvents);
        if (!okChannels || !okEvents || channels < 0 || eps < 0 || channels > 100000)
            return bad(u"channels and eps must be numbers >= 0"_s);
        if (channels == 0)
            m_asterisk->stopLoad();
        else
            m_asterisk->startLoad(channels, eps);
        return trafficAnswer();
    });
    m_control.add("GET", u"/traffic"_s, u"trafficState"_s, [this](const AriRequest &) { return trafficAnswer(); });
    m_control.add("GET", u"/channels"_s, u"channels"_s,
                  [this](const AriRequest &) { return HttpResponse::json(200, m_asterisk->channelsJson()); });
    m_control.add("GET", u"/bridges"_s, u"bridges"_s,
                  [this](const AriRequest &) { return HttpResponse::json(200, m_asterisk->bridgesJson()); });
    m_control.add("POST", u"/event"_s, u"event"_s, [this, bad](const AriRequest &r) {
        if (!r.body.isObject() || !r.body.value(u"type").isString())
            return bad(u"the body must be an event object with a type"_s);
        const QString app = r.http->queryValue(u"app");
        const int sent = app.isEmpty() ? broadcastEvent(r.body) : sendEvent(app, r.body);
        return HttpResponse::json(200, Json::object({{u"sent"_s, sent}}));
    });    registerMediaControlRoutes();
}

} // namespace AriSim
