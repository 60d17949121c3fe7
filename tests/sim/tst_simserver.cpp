// Exercises ari-sim over real loopback sockets with Qt's own HTTP and WebSocket clients.

#include "sim/ManualClock.h"
#include "sim/SimServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

#include <memory>

using namespace Qt::StringLiterals;
using AriSim::Json;
using AriSim::SimServer;

namespace {

struct Answer
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;

    QJsonValue json() const
    {
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    }
    QByteArray header(const QByteArray &exactName) const
    {
        for (const auto &[name, value] : headers) {
            if (name == exactName)
                return value;
        }
        return {};
    }
    bool hasExactHeader(const QByteArray &exactName) const
    {
        for (const auto &h : headers) {
            if (h.first == exactName)
                return true;
        }
        return false;
    }
};

QByteArray basic(const QString &user = u"asterisk"_s, const QString &password = u"asterisk"_s)
{
    return "Basic " + (user + u':' + password).toUtf8().toBase64();
}

QStringList keysInOrder(const QByteArray &objectText)
{
    // Top-level keys in the order they were written (QJsonObject would sort them).
    QStringList keys;
    int depth = 0;
    bool inString = false;
    qsizetype start = -1;
    for (qsizetype i = 0; i < objectText.size(); ++i) {
        const char c = objectText[i];
        if (inString) {
            if (c == '\\') {
                ++i;
            } else if (c == '"') {
                inString = false;
                if (depth == 1 && start >= 0 && objectText.mid(i + 1, 1) == ":")
                    keys.append(QString::fromUtf8(objectText.mid(start, i - start)));
                start = -1;
            }
            continue;
        }
        if (c == '"') {
            inString = true;
            start = i + 1;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return keys;
}

QString testData()
{
    // ari_add_test() points ARI_TEST_DATA at the calling folder's data/; the files live in tests/data.
    const QString env = qEnvironmentVariable("ARI_TEST_DATA");
    if (!env.isEmpty() && QFile::exists(env + u"/sim-cert.pem"_s))
        return env;
#ifdef ARI_SIM_TEST_DATA
    return QStringLiteral(ARI_SIM_TEST_DATA);
#else
    return env;
#endif
}

} // namespace

class TestSimServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void infoAndPingShapes();
    void onlyFilter();
    void authentication();
    void routingErrors();
    void parametersInBody();
    void applicationsAndVariables();
    void pipelinedRequests();
    void eventBroadcast();
    void webSocketHandshakeErrors();
    void applicationReplaced();
    void dropAllSockets();
    void dropMidFrame();
    void restartChangesStartupTime();
    void restartWithDownTime();
    void replyDelay();
    void failRules();
    void brokenAndOversizeReplies();
    void garbageFrames_data();
    void garbageFrames();
    void pauseAndResume();
    void silentAndServerPings();
    void controlEndpoint();
    void tls();

private:
    void startServer(AriSim::SimClock *clock = nullptr);
    Answer call(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
                const QByteArray &contentType = {}, const QByteArray &authorization = basic());
    QNetworkReply *send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
                        const QByteArray &contentType = {}, const QByteArray &authorization = basic());
    static Answer collect(QNetworkReply *reply);
    std::unique_ptr<QWebSocket> openSocket(const QString &query, const QByteArray &authorization = basic(),
                                           bool expectOpen = true);
    std::unique_ptr<QTcpSocket> rawWebSocket(const QString &query);
    QUrl url(const QString &pathAndQuery, bool webSocket = false) const;

    std::unique_ptr<AriSim::ManualClock> m_clock;
    std::unique_ptr<SimServer> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

void TestSimServer::init()
{
    m_nam = std::make_unique<QNetworkAccessManager>();
    startServer();
}

void TestSimServer::cleanup()
{
    m_nam.reset();
    m_sim.reset();
    m_clock.reset();
}

void TestSimServer::startServer(AriSim::SimClock *clock)
{
    m_sim.reset();
    m_sim = std::make_unique<SimServer>(clock);
    QVERIFY(m_sim->listen(QHostAddress::LocalHost, 0));
    QVERIFY(m_sim->serverPort() != 0);
}

QUrl TestSimServer::url(const QString &pathAndQuery, bool webSocket) const
{
    QUrl base = m_sim->baseUrl();
    if (webSocket)
        base.setScheme(m_sim->isTls() ? u"wss"_s : u"ws"_s);
    return QUrl(base.toString() + pathAndQuery);
}

QNetworkReply *TestSimServer::send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                                   const QByteArray &contentType, const QByteArray &authorization)
{
    QNetworkRequest request(url(pathAndQuery));
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    return m_nam->sendCustomRequest(request, method, body);
}

Answer TestSimServer::collect(QNetworkReply *reply)
{
    Answer answer;
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(10000))
            qWarning("no answer");
    }
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.headers = reply->rawHeaderPairs();
    answer.error = reply->error();
    reply->deleteLater();
    return answer;
}

Answer TestSimServer::call(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                           const QByteArray &contentType, const QByteArray &authorization)
{
    return collect(send(method, pathAndQuery, body, contentType, authorization));
}

std::unique_ptr<QWebSocket> TestSimServer::openSocket(const QString &query, const QByteArray &authorization,
                                                      bool expectOpen)
{
    auto ws = std::make_unique<QWebSocket>();
    if (m_sim->isTls()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(QSslCertificate::fromPath(testData() + u"/sim-cert.pem"_s));
        ws->setSslConfiguration(ssl);
    }
    QNetworkRequest request(url(u"/ari/events?"_s + query, true));
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    QWebSocketHandshakeOptions options;
    options.setSubprotocols({u"ari"_s});
    QSignalSpy connected(ws.get(), &QWebSocket::connected);
    QSignalSpy disconnected(ws.get(), &QWebSocket::disconnected);
    ws->open(request, options);
    QSignalSpy failed(ws.get(), qOverload<QAbstractSocket::SocketError>(&QWebSocket::error));
    if (expectOpen) {
        if (!connected.wait(10000))
            qWarning() << "websocket did not open:" << ws->errorString();
    } else {
        if (!QTest::qWaitFor([&] { return !failed.isEmpty() || !disconnected.isEmpty(); }, 10000))
            qWarning("websocket neither failed nor closed");
    }
    return ws;
}

std::unique_ptr<QTcpSocket> TestSimServer::rawWebSocket(const QString &query)
{
    // A hand-made client, to see exactly which bytes arrive before the TCP connection ends.
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(QHostAddress::LocalHost, m_sim->serverPort());
    if (!socket->waitForConnected(5000))
        return socket;
    socket->write("GET /ari/events?" + query.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + basic()
                  + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                    "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n");
    QByteArray head;
    const bool complete = QTest::qWaitFor([&] {
        while (socket->canReadLine() && !head.endsWith("\r\n\r\n"))
            head += socket->readLine();
        return head.endsWith("\r\n\r\n");
    }, 5000);
    if (!complete || !head.startsWith("HTTP/1.1 101 ") || !head.contains("Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n"))
        qWarning() << "bad handshake answer" << head;
    return socket;
}

// ---- REST ---------------------------------------------------------------------------------------

void TestSimServer::infoAndPingShapes()
{
    m_clock = std::make_unique<AriSim::ManualClock>(QDateTime(QDate(2026, 11, 28), QTime(17, 30, 59, 86), Qt::UTC));
    startServer(m_clock.get());

    const Answer info = call("GET", u"/ari/asterisk/info"_s);
    QCOMPARE(info.status, 200);
    QCOMPARE(info.header("Content-type"), "application/json");
    QVERIFY(!info.hasExactHeader("Content-Type"));
    QCOMPARE(info.header("Server"), "Asterisk/GIT-master-sim");
    QCOMPARE(info.header("Cache-Control"), "no-cache, no-store");
    QCOMPARE(info.header("Content-Length"), QByteArray::number(info.body.size()));
    QCOMPARE(keysInOrder(info.body), (QStringList{u"build"_s, u"system"_s, u"config"_s, u"status"_s}));
    const QJsonObject o = info.json().toObject();
    QCOMPARE(o[u"build"].toObject().keys().size(), 6);
    QCOMPARE(o[u"system"][u"version"].toString(), u"GIT-master-sim"_s);
    QCOMPARE(o[u"system"][u"entity_id"].toString(), u"02:fc:00:00:00:01"_s);
    QCOMPARE(o[u"config"][u"max_channels"].toInt(), 200);
    QCOMPARE(o[u"status"][u"startup_time"].toString(), u"2026-11-28T17:30:59.086+0000"_s);
    QCOMPARE(o[u"status"][u"last_reload_time"].toString(), u"2026-11-28T17:30:59.086+0000"_s);
    QVERIFY(info.body.contains("\"config\":{\"name\":\"sim\",\"default_language\":\"en\",\"setid\":{\"user\":\"\","
                               "\"group\":\"\"},\"max_channels\":200}"));

    m_clock->advance(1500);
    const Answer ping = call("GET", u"/ari/asterisk/ping"_s);
    QCOMPARE(ping.status, 200);
    QCOMPARE(ping.body, "{\"ping\":\"pong\",\"timestamp\":\"2026-11-28T17:31:00.586+0000\","
                        "\"asterisk_id\":\"02:fc:00:00:00:01\"}");
}

void TestSimServer::onlyFilter()
{
    const Answer two = call("GET", u"/ari/asterisk/info?only=build,status"_s);
    QCOMPARE(keysInOrder(two.body), (QStringList{u"build"_s, u"status"_s}));
    const Answer bogus = call("GET", u"/ari/asterisk/info?only=bogus"_s);
    QCOMPARE(bogus.status, 200);
    QCOMPARE(bogus.body, "{}");
}

void TestSimServer::authentication()
{
    for (const QByteArray &authorization : {QByteArray(), basic(u"asterisk"_s, u"wrong"_s), basic(u"nobody"_s)}) {
        const Answer a = call("GET", u"/ari/asterisk/info"_s, {}, {}, authorization);
        QCOMPARE(a.status, 401);
        QCOMPARE(a.body, "{\"message\":\"Authentication required\"}");
        QCOMPARE(a.header("WWW-Authenticate"), "Basic realm=\"Asterisk REST Interface\"");
        QCOMPARE(a.header("Content-type"), "application/json");
    }
    QCOMPARE(call("GET", u"/ari/asterisk/ping?api_key=asterisk:asterisk"_s, {}, {}, {}).status, 200);
    QCOMPARE(call("GET", u"/ari/asterisk/ping?api_key=asterisk:nope"_s, {}, {}, {}).status, 401);

    m_sim->setCredentials(u"op"_s, u"s3cret"_s);
    QCOMPARE(call("GET", u"/ari/asterisk/ping"_s).status, 401);
    QCOMPARE(call("GET", u"/ari/asterisk/ping"_s, {}, {}, basic(u"op"_s, u"s3cret"_s)).status, 200);
    // The control endpoint needs the same credentials.
    QCOMPARE(call("GET", u"/_sim/state"_s).status, 401);
    QCOMPARE(call("GET", u"/_sim/state"_s, {}, {}, basic(u"op"_s, u"s3cret"_s)).status, 200);
}

void TestSimServer::routingErrors()
{
    const Answer unknown = call("GET", u"/ari/nosuch"_s);
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.body, "{\"message\":\"Resource not found\"}");
    QCOMPARE(call("GET", u"/ari/channels/x/nosuch"_s).status, 404);

    const Answer wrongMethod = call("DELETE", u"/ari/sounds"_s);
    QCOMPARE(wrongMethod.status, 405);
    QCOMPARE(wrongMethod.body, "{\"message\":\"Invalid method\"}");
    QCOMPARE(wrongMethod.header("Allow"), "OPTIONS,GET");
    QCOMPARE(call("PATCH", u"/ari/channels"_s).header("Allow"), "OPTIONS,GET,POST");

    const Answer outside = call("GET", u"/nosuch"_s);
    QCOMPARE(outside.status, 404);
    QCOMPARE(outside.header("Content-type"), "text/html");
    QVERIFY(outside.body.contains("<title>404 Not Found</title>"));

    // What the lab Asterisk answers (12 and 10): a missing channel is found missing before the
    // parameters are looked at, and no route is left answering 501.
    const Answer missingChannel = call("POST", u"/ari/channels/abc/play"_s);
    QCOMPARE(missingChannel.status, 404);
    QCOMPARE(missingChannel.header("Content-type"), "application/json");
    QCOMPARE(missingChannel.json()[u"message"].toString(), u"Channel not found"_s);
    QCOMPARE(call("POST", u"/ari/channels/abc/play?media=sound:beep"_s).json()[u"message"].toString(),
             u"Channel not found"_s);
    // A literal segment wins over a parameter: this is /channels/create, not /channels/{channelId}.
    const Answer create = call("POST", u"/ari/channels/create"_s);
    QCOMPARE(create.status, 400);
    QCOMPARE(create.json()[u"message"].toString(), u"Endpoint must be specified"_s);
    QCOMPARE(call("POST", u"/ari/channels/create?app=console"_s).json()[u"message"].toString(),
             u"Endpoint must be specified"_s);
    QVERIFY(m_sim->router().unimplemented().isEmpty());

    const Answer malformed = call("POST", u"/ari/channels?endpoint=Local/100@demo"_s, "{\"variables\": {\"A\": \"1\"",
                                  "application/json");
    QCOMPARE(malformed.status, 400);
    QCOMPARE(malformed.body, "{\"message\":\"Error parsing request body\"}");

    const Answer noContent = call("POST", u"/ari/asterisk/variable?variable=A&value=1"_s);
    QCOMPARE(noContent.status, 204);
    QVERIFY(noContent.body.isEmpty());
    QVERIFY(noContent.header("Content-type").isEmpty());

    QCOMPARE(m_sim->router().routeCount(), 109);
}

void TestSimServer::parametersInBody()
{
    QCOMPARE(call("POST", u"/ari/asterisk/variable"_s, "{\"variable\":\"GLOBALTEST\",\"value\":\"hello world\"}",
                  "application/json")
                 .status,
             204);
    const Answer got = call("GET", u"/ari/asterisk/variable?variable=GLOBALTEST"_s);
    QCOMPARE(got.body, "{\"value\":\"hello world\"}");
    // A text/plain body is not read.
    QCOMPARE(call("POST", u"/ari/asterisk/variable"_s, "{\"variable\":\"X\"}", "text/plain").status, 400);
}

void TestSimServer::applicationsAndVariables()
{
    QCOMPARE(call("GET", u"/ari/applications"_s).body, "[]");
    QCOMPARE(call("GET", u"/ari/asterisk/variable?variable=NOPE"_s).body, "{\"value\":\"\"}");
    QCOMPARE(call("GET", u"/ari/asterisk/variable"_s).body, "{\"message\":\"Variable name is required\"}");
    QCOMPARE(call("GET", u"/ari/channels"_s).body, "[]");
    QCOMPARE(call("GET", u"/ari/bridges"_s).body, "[]");
    QCOMPARE(call("GET", u"/ari/endpoints"_s).body, "[]");
    QCOMPARE(call("GET", u"/ari/recordings/stored"_s).body, "[]");
    QCOMPARE(call("GET", u"/ari/mailboxes"_s).body, "[]");
    QCOMPARE(call("GET", u"/ari/deviceStates"_s).body, "[]");
    QCOMPARE(call("GET", u"/ari/asterisk/modules/res_ari.so"_s).json()[u"use_count"].toInt(), 13);
    QCOMPARE(call("GET", u"/ari/asterisk/modules/nonexistent.so"_s).status, 404);
    QCOMPARE(call("GET", u"/ari/sounds/digits%2F1"_s).json()[u"id"].toString(), u"digits/1"_s);
    QCOMPARE(call("GET", u"/ari/sounds/digits/1"_s).status, 404);
    QCOMPARE(call("GET", u"/ari/sounds?lang=fr"_s).status, 404);
    const QJsonArray gsm = call("GET", u"/ari/sounds?format=gsm"_s).json().toArray();
    QVERIFY(!gsm.isEmpty());
    QCOMPARE(gsm.first()[u"formats"].toArray().size(), 1);

    auto ws = openSocket(u"app=console&subscribeAll=false"_s);
    QCOMPARE(ws->state(), QAbstractSocket::ConnectedState);
    QCOMPARE(ws->subprotocol(), u"ari"_s);
    const Answer apps = call("GET", u"/ari/applications"_s);
    QCOMPARE(apps.body, "[{\"name\":\"console\",\"channel_ids\":[],\"bridge_ids\":[],\"endpoint_ids\":[],"
                        "\"device_names\":[],\"events_allowed\":[],\"events_disallowed\":[]}]");
    QCOMPARE(call("GET", u"/ari/applications/console"_s).status, 200);
    QCOMPARE(call("GET", u"/ari/applications/nosuchapp"_s).body, "{\"message\":\"Application not found\"}");
    QSignalSpy closed(m_sim.get(), &SimServer::eventSocketClosed);
    ws->close();
    QVERIFY(closed.wait());
    QCOMPARE(call("GET", u"/ari/applications"_s).body, "[]");
}

void TestSimServer::pipelinedRequests()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_sim->serverPort());
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray auth = "Authorization: " + basic() + "\r\n";
    socket.write("GET /ari/asterisk/ping HTTP/1.1\r\nHost: x\r\n" + auth + "\r\n"
                 "POST /ari/asterisk/variable?variable=P&value=1 HTTP/1.1\r\nHost: x\r\n" + auth
                 + "Content-Length: 0\r\n\r\n"
                   "GET /ari/asterisk/variable?variable=P HTTP/1.1\r\nHost: x\r\n" + auth
                 + "Connection: close\r\n\r\n");
    QByteArray all;
    QTRY_VERIFY_WITH_TIMEOUT((all += socket.readAll(), socket.state() == QAbstractSocket::UnconnectedState), 5000);
    all += socket.readAll();
    QCOMPARE(all.count("HTTP/1.1 "), 3);
    QVERIFY(all.indexOf("200 OK") < all.indexOf("204 No Content"));
    QVERIFY(all.endsWith("{\"value\":\"1\"}"));
}

// ---- events -------------------------------------------------------------------------------------

void TestSimServer::eventBroadcast()
{
    auto console = openSocket(u"app=console,other&subscribeAll=true"_s);
    QSignalSpy received(console.get(), &QWebSocket::textMessageReceived);
    QCOMPARE(m_sim->connectedApplications(), (QStringList{u"console"_s, u"other"_s}));

    const Json event = Json::object({{u"type"_s, u"StasisStart"},
                                     {u"args"_s, Json::array()},
                                     {u"channel"_s, Json::object({{u"id"_s, u"sim-1.1"}, {u"name"_s, u"Local/300@demo-00000001;1"}})}});
    QCOMPARE(m_sim->broadcastEvent(event), 2);
    QTRY_COMPARE(received.size(), 2);
    const QByteArray first = received.at(0).at(0).toString().toUtf8();
    QCOMPARE(keysInOrder(first),
             (QStringList{u"type"_s, u"timestamp"_s, u"args"_s, u"channel"_s, u"asterisk_id"_s, u"application"_s}));
    QStringList apps;
    for (const QList<QVariant> &args : std::as_const(received))
        apps.append(QJsonDocument::fromJson(args.at(0).toString().toUtf8())[u"application"].toString());
    apps.sort();
    QCOMPARE(apps, (QStringList{u"console"_s, u"other"_s}));

    // An event that names its application keeps the field where it is (DeviceStateChanged).
    received.clear();
    QCOMPARE(m_sim->sendEvent(u"console"_s,
                              Json::object({{u"type"_s, u"DeviceStateChanged"},
                                            {u"application"_s, u"x"},
                                            {u"device_state"_s, Json::object({{u"name"_s, u"Stasis:op1"}, {u"state"_s, u"BUSY"}})}})),
             1);
    QTRY_COMPARE(received.size(), 1);
    const QByteArray dsc = received.at(0).at(0).toString().toUtf8();
    QCOMPARE(keysInOrder(dsc), (QStringList{u"type"_s, u"application"_s, u"timestamp"_s, u"device_state"_s, u"asterisk_id"_s}));
    QVERIFY(dsc.contains("\"application\":\"console\""));
    QCOMPARE(m_sim->sendEvent(u"nobody"_s, event), 0);

    // Client text reaches the server.
    QSignalSpy fromClient(m_sim.get(), &SimServer::textFromClient);
    console->sendTextMessage(u"hello"_s);
    QVERIFY(fromClient.wait());
    QCOMPARE(fromClient.at(0).at(0).toByteArray(), "hello");
}

void TestSimServer::webSocketHandshakeErrors()
{
    auto noAuth = openSocket(u"app=console"_s, {}, false);
    QVERIFY(noAuth->state() != QAbstractSocket::ConnectedState);
    auto badAuth = openSocket(u"app=console"_s, basic(u"asterisk"_s, u"bad"_s), false);
    QVERIFY(badAuth->state() != QAbstractSocket::ConnectedState);
    auto noApp = openSocket(u"app=&subscribeAll=false"_s, basic(), false);
    QVERIFY(noApp->state() != QAbstractSocket::ConnectedState);
    QCOMPARE(m_sim->eventSocketCount(), 0);
    auto apiKey = openSocket(u"app=console&api_key=asterisk:asterisk"_s, {});
    QCOMPARE(apiKey->state(), QAbstractSocket::ConnectedState);

    // The handshake answers themselves, as Asterisk writes them.
    QTcpSocket raw;
    raw.connectToHost(QHostAddress::LocalHost, m_sim->serverPort());
    QVERIFY(raw.waitForConnected(5000));
    raw.write("GET /ari/events?app= HTTP/1.1\r\nHost: x\r\nAuthorization: " + basic()
              + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nConnection: close\r\n\r\n");
    QByteArray text;
    QTRY_VERIFY_WITH_TIMEOUT((text += raw.readAll(), text.contains("</html>")), 5000);
    QVERIFY(text.startsWith("HTTP/1.1 400 Bad Request\r\n"));
    QVERIFY(text.contains("<p>HTTP request is missing param: [app]</p>"));
}

void TestSimServer::applicationReplaced()
{
    auto first = openSocket(u"app=console"_s);
    QSignalSpy firstText(first.get(), &QWebSocket::textMessageReceived);
    auto second = openSocket(u"app=console"_s);
    QSignalSpy secondText(second.get(), &QWebSocket::textMessageReceived);
    QTRY_COMPARE(firstText.size(), 1);
    const QByteArray replaced = firstText.at(0).at(0).toString().toUtf8();
    QCOMPARE(keysInOrder(replaced), (QStringList{u"type"_s, u"timestamp"_s, u"application"_s, u"asterisk_id"_s}));
    QVERIFY(replaced.startsWith("{\"type\":\"ApplicationReplaced\""));

    QCOMPARE(m_sim->broadcastEvent(Json::object({{u"type"_s, u"ChannelVarset"}})), 1);
    QTRY_COMPARE(secondText.size(), 1);
    // A ping round trip on the first socket shows nothing else is on its way.
    QSignalSpy pong(first.get(), &QWebSocket::pong);
    first->ping();
    QVERIFY(pong.wait());
    QCOMPARE(firstText.size(), 1);

    // The replaced socket closing does not unregister the application.
    QSignalSpy closed(m_sim.get(), &SimServer::eventSocketClosed);
    first->close();
    QVERIFY(closed.wait());
    QCOMPARE(m_sim->connectedApplications(), QStringList{u"console"_s});
    QCOMPARE(call("GET", u"/ari/applications"_s).json().toArray().size(), 1);
}

// ---- faults -------------------------------------------------------------------------------------

void TestSimServer::dropAllSockets()
{
    auto ws = openSocket(u"app=console"_s);
    auto raw = rawWebSocket(u"app=raw"_s);
    QTRY_COMPARE(m_sim->eventSocketCount(), 2);
    QSignalSpy disconnected(ws.get(), &QWebSocket::disconnected);
    m_sim->dropAllSockets();
    QVERIFY(disconnected.wait());
    QTRY_COMPARE(raw->state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(raw->readAll(), QByteArray()); // no close frame: the client sees 1006
    QTRY_COMPARE(m_sim->eventSocketCount(), 0);
    QCOMPARE(call("GET", u"/ari/applications"_s).body, "[]");
    QCOMPARE(call("GET", u"/ari/asterisk/ping"_s).status, 200); // still listening
}

void TestSimServer::dropMidFrame()
{
    auto ws = openSocket(u"app=console"_s);
    auto raw = rawWebSocket(u"app=raw"_s);
    QTRY_COMPARE(m_sim->eventSocketCount(), 2);
    QSignalSpy text(ws.get(), &QWebSocket::textMessageReceived);
    QSignalSpy disconnected(ws.get(), &QWebSocket::disconnected);
    m_sim->dropMidFrame();
    QVERIFY(disconnected.wait());
    QCOMPARE(text.size(), 0);
    QTRY_COMPARE(raw->state(), QAbstractSocket::UnconnectedState);
    const QByteArray half = raw->readAll();
    QVERIFY(half.size() > 2);
    QCOMPARE(quint8(half[0]), quint8(0x81)); // a final text frame...
    const int declared = quint8(half[1]) == 126 ? (quint8(half[2]) << 8 | quint8(half[3])) : quint8(half[1]);
    QVERIFY(half.size() < declared); // ...cut short
}

void TestSimServer::restartChangesStartupTime()
{
    m_clock = std::make_unique<AriSim::ManualClock>(QDateTime(QDate(2026, 11, 28), QTime(17, 30, 59, 86), Qt::UTC));
    startServer(m_clock.get());
    const QJsonObject before = call("GET", u"/ari/asterisk/info"_s).json().toObject();
    QVERIFY(call("POST", u"/ari/asterisk/variable?variable=G&value=1"_s).status == 204);
    auto ws = openSocket(u"app=console"_s);
    auto raw = rawWebSocket(u"app=raw"_s);
    QTRY_COMPARE(m_sim->eventSocketCount(), 2);
    QSignalSpy disconnected(ws.get(), &QWebSocket::disconnected);
    QSignalSpy restarted(m_sim.get(), &SimServer::restarted);

    m_clock->advance(11073);
    m_sim->restart();
    QTRY_COMPARE(raw->state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(raw->readAll(), QByteArray());
    QCOMPARE(restarted.size(), 1);
    QVERIFY(disconnected.size() == 1 || disconnected.wait());

    const QJsonObject after = call("GET", u"/ari/asterisk/info"_s).json().toObject();
    QCOMPARE(after[u"status"][u"startup_time"].toString(), u"2026-11-28T17:31:10.159+0000"_s);
    QVERIFY(after[u"status"][u"startup_time"] != before[u"status"][u"startup_time"]);
    QVERIFY(after[u"system"][u"entity_id"] != before[u"system"][u"entity_id"]);
    QCOMPARE(call("GET", u"/ari/asterisk/variable?variable=G"_s).body, "{\"value\":\"\"}");
    QCOMPARE(call("GET", u"/ari/applications"_s).body, "[]");

    // Like trace 13: the entity id can survive the restart.
    m_clock->advance(1000);
    m_sim->restart(true);
    const QJsonObject kept = call("GET", u"/ari/asterisk/info"_s).json().toObject();
    QCOMPARE(kept[u"system"][u"entity_id"], after[u"system"][u"entity_id"]);
    QVERIFY(kept[u"status"][u"startup_time"] != after[u"status"][u"startup_time"]);
}

void TestSimServer::restartWithDownTime()
{
    m_clock = std::make_unique<AriSim::ManualClock>();
    startServer(m_clock.get());
    const quint16 port = m_sim->serverPort();
    m_sim->restart(true, 2000);
    QVERIFY(!m_sim->isListening());
    const Answer refused = call("GET", u"/ari/asterisk/ping"_s);
    QCOMPARE(refused.error, QNetworkReply::ConnectionRefusedError);
    m_clock->advance(2000);
    QVERIFY(m_sim->isListening());
    QCOMPARE(m_sim->serverPort(), port);
    QCOMPARE(call("GET", u"/ari/asterisk/ping"_s).status, 200);
}

void TestSimServer::replyDelay()
{
    m_clock = std::make_unique<AriSim::ManualClock>();
    startServer(m_clock.get());
    m_sim->setReplyDelay(5000);
    QSignalSpy served(m_sim.get(), &SimServer::requestServed);
    QNetworkReply *reply = send("GET", u"/ari/asterisk/ping"_s);
    QVERIFY(served.wait());
    QVERIFY(!reply->isFinished());
    m_clock->advance(4999);
    QVERIFY(!reply->isFinished());
    m_clock->advance(1);
    const Answer a = collect(reply);
    QCOMPARE(a.status, 200);

    // The control endpoint is never delayed.
    QCOMPARE(call("GET", u"/_sim/state"_s).json()[u"delay_ms"].toInt(), 5000);
}

void TestSimServer::failRules()
{
    m_sim->failNext(409, 1, u"Channel not in Stasis application"_s);
    const Answer conflict = call("GET", u"/ari/asterisk/ping"_s);
    QCOMPARE(conflict.status, 409);
    QCOMPARE(conflict.body, "{\"message\":\"Channel not in Stasis application\"}");
    QCOMPARE(call("GET", u"/ari/asterisk/ping"_s).status, 200);

    for (int status : {400, 404, 412, 422, 500, 501}) {
        m_sim->failNext(status);
        const Answer a = call("GET", u"/ari/channels"_s);
        QCOMPARE(a.status, status);
        QCOMPARE(a.json()[u"message"].toString(), SimServer::defaultMessage(status));
    }

    AriSim::FailRule rule;
    rule.status = 503;
    rule.count = 2;
    rule.pathPrefix = u"/channels"_s;
    rule.body = "{\"error\":\"Allocation failed\"}";
    m_sim->addFailRule(rule);
    QCOMPARE(call("GET", u"/ari/bridges"_s).status, 200);
    QCOMPARE(call("GET", u"/ari/channels"_s).body, "{\"error\":\"Allocation failed\"}");
    QCOMPARE(call("GET", u"/ari/channels"_s).status, 503);
    QCOMPARE(call("GET", u"/ari/channels"_s).status, 200);

    // A share: seeded, so about half of 200 requests fail.
    m_sim->setRandomSeed(42);
    m_sim->addFailRule(AriSim::FailRule{500, {}, {}, 0.5, -1, {}});
    int failed = 0;
    for (int i = 0; i < 200; ++i)
        failed += call("GET", u"/ari/asterisk/ping"_s).status == 500 ? 1 : 0;
    QVERIFY2(failed > 60 && failed < 140, qPrintable(QString::number(failed)));
    m_sim->clearFaults();
    QCOMPARE(call("GET", u"/ari/asterisk/ping"_s).status, 200);

    // The event socket upgrade fails only for rules aimed at /events.
    m_sim->failNext(503);
    auto ws = openSocket(u"app=console"_s);
    QCOMPARE(ws->state(), QAbstractSocket::ConnectedState);
    QCOMPARE(call("GET", u"/ari/asterisk/ping"_s).status, 503);
    m_sim->addFailRule(AriSim::FailRule{503, {}, {}, 1.0, 1, u"/events"_s});
    auto refused = openSocket(u"app=other"_s, basic(), false);
    QVERIFY(refused->state() != QAbstractSocket::ConnectedState);
}

void TestSimServer::brokenAndOversizeReplies()
{
    m_sim->setBrokenReplies(1);
    const Answer broken = call("GET", u"/ari/asterisk/info"_s);
    QCOMPARE(broken.status, 200);
    QJsonParseError error;
    QJsonDocument::fromJson(broken.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    QCOMPARE(call("GET", u"/ari/asterisk/info"_s).json().toObject().size(), 4);

    m_sim->setOversizeReplies(3 * 1024 * 1024, 1);
    const Answer big = call("GET", u"/ari/channels"_s);
    QVERIFY(big.body.size() > 3 * 1024 * 1024);
    QVERIFY(big.json().isArray());
    QCOMPARE(call("GET", u"/ari/channels"_s).body, "[]");
}

void TestSimServer::garbageFrames_data()
{
    QTest::addColumn<AriSim::GarbageKind>("kind");
    QTest::addColumn<QByteArray>("expectedStart");
    QTest::newRow("non-json") << AriSim::GarbageKind::NonJson << QByteArray("this is not JSON");
    QTest::newRow("huge") << AriSim::GarbageKind::Huge << QByteArray("{\"type\":\"ChannelVarset\"");
    QTest::newRow("nested") << AriSim::GarbageKind::DeepNesting << QByteArray("{\"type\":\"StasisStart\",\"args\":[[[[");
    QTest::newRow("array") << AriSim::GarbageKind::JsonArray << QByteArray("[{\"type\":\"StasisStart\"");
    QTest::newRow("unknown") << AriSim::GarbageKind::UnknownType << QByteArray("{\"type\":\"AriSimUnknownEvent\"");
    QTest::newRow("missing") << AriSim::GarbageKind::MissingFields << QByteArray("{\"type\":\"StasisStart\",\"timestamp\"");
    QTest::newRow("wrong types") << AriSim::GarbageKind::WrongTypes << QByteArray("{\"type\":\"StasisStart\",\"timestamp\":1");
}

void TestSimServer::garbageFrames()
{
    QFETCH(AriSim::GarbageKind, kind);
    QFETCH(QByteArray, expectedStart);
    auto ws = openSocket(u"app=console"_s);
    QSignalSpy text(ws.get(), &QWebSocket::textMessageReceived);
    QCOMPARE(m_sim->sendGarbage(kind), 1);
    QVERIFY(text.wait(20000));
    const QByteArray got = text.at(0).at(0).toString().toUtf8();
    QVERIFY2(got.startsWith(expectedStart), got.left(80).constData());
    if (kind == AriSim::GarbageKind::Huge)
        QCOMPARE(got.size(), 10 * 1024 * 1024);
    if (kind == AriSim::GarbageKind::MissingFields)
        QVERIFY(!got.contains("\"channel\""));
}

void TestSimServer::pauseAndResume()
{
    auto ws = openSocket(u"app=console"_s);
    QSignalSpy text(ws.get(), &QWebSocket::textMessageReceived);
    QSignalSpy pong(ws.get(), &QWebSocket::pong);

    m_sim->pauseEvents(AriSim::PauseMode::Queue);
    m_sim->broadcastEvent(Json::object({{u"type"_s, u"One"}}));
    m_sim->broadcastEvent(Json::object({{u"type"_s, u"Two"}}));
    QCOMPARE(m_sim->queuedEvents(), 2);
    ws->ping();
    QVERIFY(pong.wait());
    QCOMPARE(text.size(), 0);
    m_sim->resumeEvents();
    QTRY_COMPARE(text.size(), 2);
    QVERIFY(text.at(0).at(0).toString().startsWith(u"{\"type\":\"One\""_s));
    QVERIFY(text.at(1).at(0).toString().startsWith(u"{\"type\":\"Two\""_s));

    m_sim->pauseEvents(AriSim::PauseMode::Drop);
    m_sim->broadcastEvent(Json::object({{u"type"_s, u"Three"}}));
    m_sim->resumeEvents();
    m_sim->broadcastEvent(Json::object({{u"type"_s, u"Four"}}));
    QTRY_COMPARE(text.size(), 3);
    QVERIFY(text.at(2).at(0).toString().startsWith(u"{\"type\":\"Four\""_s));

    // Garbage bypasses the pause; InvalidUtf8 makes QWebSocket close with 1007.
    QSignalSpy disconnected(ws.get(), &QWebSocket::disconnected);
    m_sim->sendGarbage(AriSim::GarbageKind::InvalidUtf8);
    QVERIFY(disconnected.wait());
    QCOMPARE(ws->closeCode(), QWebSocketProtocol::CloseCodeWrongDatatype);
}

void TestSimServer::silentAndServerPings()
{
    m_clock = std::make_unique<AriSim::ManualClock>();
    startServer(m_clock.get());
    auto ws = openSocket(u"app=console"_s);
    QSignalSpy pong(ws.get(), &QWebSocket::pong);
    QSignalSpy clientPong(m_sim.get(), &SimServer::pongFromClient);

    m_sim->setPingInterval(1000);
    m_clock->advance(1000);
    QVERIFY(clientPong.wait()); // QWebSocket answers the server's ping
    m_clock->advance(1000);
    QTRY_COMPARE(clientPong.size(), 2);

    m_sim->setSilent(true);
    m_clock->advance(3000);
    QSignalSpy text(ws.get(), &QWebSocket::textMessageReceived);
    QCOMPARE(m_sim->broadcastEvent(Json::object({{u"type"_s, u"Lost"}})), 0);
    ws->ping();
    QVERIFY(!pong.wait(300)); // nobody answers
    QCOMPARE(clientPong.size(), 2);
    QCOMPARE(text.size(), 0);

    m_sim->setSilent(false);
    ws->ping();
    QVERIFY(pong.wait());
}

void TestSimServer::controlEndpoint()
{
    QCOMPARE(call("POST", u"/_sim/failNext?status=404&message=Channel%20not%20found"_s).status, 200);
    QCOMPARE(call("GET", u"/ari/channels/x"_s).body, "{\"message\":\"Channel not found\"}");
    QCOMPARE(call("POST", u"/_sim/fail?status=500&share=2"_s).status, 400);
    QCOMPARE(call("POST", u"/_sim/nosuch"_s).status, 404);
    QCOMPARE(call("GET", u"/_sim/drop"_s).status, 405);

    auto ws = openSocket(u"app=console"_s);
    QSignalSpy text(ws.get(), &QWebSocket::textMessageReceived);
    QCOMPARE(call("POST", u"/_sim/event?app=console"_s, "{\"type\":\"ChannelVarset\",\"variable\":\"A\"}",
                  "application/json")
                 .json()[u"sent"]
                 .toInt(),
             1);
    QTRY_COMPARE(text.size(), 1);
    QCOMPARE(call("POST", u"/_sim/garbage?kind=nonjson"_s).json()[u"sockets"].toInt(), 1);
    QTRY_COMPARE(text.size(), 2);
    QCOMPARE(call("POST", u"/_sim/garbage?kind=bogus"_s).status, 400);

    QCOMPARE(call("POST", u"/_sim/pause?mode=queue"_s).json()[u"paused"].toBool(), true);
    QCOMPARE(call("POST", u"/_sim/resume"_s).json()[u"paused"].toBool(), false);
    QCOMPARE(call("POST", u"/_sim/silent?on=true"_s).json()[u"silent"].toBool(), true);
    QCOMPARE(call("POST", u"/_sim/silent?on=false"_s).json()[u"silent"].toBool(), false);
    QCOMPARE(call("POST", u"/_sim/delay?ms=0"_s).status, 200);
    QCOMPARE(call("POST", u"/_sim/ping?ms=0"_s).status, 200);
    QCOMPARE(call("POST", u"/_sim/bigReply?bytes=100000"_s).status, 200);
    QVERIFY(call("GET", u"/ari/channels"_s).body.size() > 100000);
    QCOMPARE(call("POST", u"/_sim/brokenReply"_s).status, 200);
    QCOMPARE(call("GET", u"/ari/channels"_s).body, "[");

    QSignalSpy disconnected(ws.get(), &QWebSocket::disconnected);
    QCOMPARE(call("POST", u"/_sim/drop"_s).status, 200);
    QVERIFY(disconnected.size() == 1 || disconnected.wait());

    const QString entity = call("GET", u"/ari/asterisk/info?only=system"_s).json()[u"system"][u"entity_id"].toString();
    ws = openSocket(u"app=console"_s);
    QSignalSpy disconnected2(ws.get(), &QWebSocket::disconnected);
    QSignalSpy restarted(m_sim.get(), &SimServer::restarted);
    QCOMPARE(call("POST", u"/_sim/restart?keepEntityId=true"_s).status, 200);
    QVERIFY(restarted.size() == 1 || restarted.wait());
    QVERIFY(disconnected2.size() == 1 || disconnected2.wait());
    QCOMPARE(call("GET", u"/ari/asterisk/info?only=system"_s).json()[u"system"][u"entity_id"].toString(), entity);
    QCOMPARE(call("POST", u"/_sim/clear"_s).status, 200);
}

void TestSimServer::tls()
{
    const QString data = testData();
    if (!QFile::exists(data + u"/sim-cert.pem"_s))
        QSKIP("the test certificate is not found (ARI_TEST_DATA)");
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    m_sim = std::make_unique<SimServer>();
    QString error;
    QVERIFY2(m_sim->setTls(data + u"/sim-cert.pem"_s, data + u"/sim-key.pem"_s, &error), qPrintable(error));
    QVERIFY(m_sim->listen());
    QCOMPARE(m_sim->baseUrl().scheme(), u"https"_s);


    QNetworkRequest request(url(u"/ari/asterisk/ping"_s));
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(QSslCertificate::fromPath(data + u"/sim-cert.pem"_s));
    request.setSslConfiguration(ssl);
    request.setRawHeader("Authorization", basic());
    const Answer ping = collect(m_nam->get(request));
    QCOMPARE(ping.status, 200);
    QVERIFY(ping.body.startsWith("{\"ping\":\"pong\""));

    auto ws = openSocket(u"app=console"_s);
    QCOMPARE(ws->state(), QAbstractSocket::ConnectedState);
    QSignalSpy text(ws.get(), &QWebSocket::textMessageReceived);
    m_sim->broadcastEvent(Json::object({{u"type"_s, u"ChannelVarset"}}));
    QVERIFY(text.wait());

    // Without trusting the test certificate, the handshake fails (a fresh manager: no cached session).
    m_nam = std::make_unique<QNetworkAccessManager>();
    const Answer untrusted = call("GET", u"/ari/asterisk/ping"_s);
    QCOMPARE(untrusted.error, QNetworkReply::SslHandshakeFailedError);
    // ...and the server goes on serving.
    m_nam = std::make_unique<QNetworkAccessManager>();
    QCOMPARE(collect(m_nam->get(request)).status, 200);
}

QTEST_GUILESS_MAIN(TestSimServer)
#include "tst_simserver.moc"
