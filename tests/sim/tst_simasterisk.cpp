// The simulated lab Asterisk over real loopback sockets: Local pairs running the [demo] dialplan,
// Stasis, hangup order, bridges, playbacks and recordings in simulated time, externalMedia (RTP and
// the media WebSocket), generated traffic and load. Time is a ManualClock: no sleeps.

#include "sim/ManualClock.h"
#include "sim/Router.h"
#include "sim/SimServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkDatagram>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>
#include <QtEndian>

#include <memory>

using namespace Qt::StringLiterals;
using AriSim::SimServer;

namespace {

struct Answer
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    QByteArray exactHeader(const QByteArray &name) const
    {
        for (const auto &[n, v] : headers) {
            if (n == name)
                return v;
        }
        return {};
    }
};

// One event WebSocket and everything it received, parsed.
class EventLog
{
public:
    QWebSocket ws;
    QList<QJsonObject> events;

    EventLog() { QObject::connect(&ws, &QWebSocket::textMessageReceived, &ws, [this](const QString &text) {
                     events.append(QJsonDocument::fromJson(text.toUtf8()).object());
                 }); }
    QStringList types(qsizetype from = 0) const
    {
        QStringList out;
        for (qsizetype i = from; i < events.size(); ++i)
            out.append(events[i][u"type"].toString());
        return out;
    }
    QList<QJsonObject> ofType(const QString &type) const
    {
        QList<QJsonObject> out;
        for (const QJsonObject &e : events) {
            if (e[u"type"].toString() == type)
                out.append(e);
        }
        return out;
    }
};

} // namespace

class TestSimAsterisk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void originateIntoApplication();
    void originateIntoDialplan();
    void busyCongestionHangup();
    void applicationWithoutSocket();
    void variables();
    void bridges();
    void playbacks();
    void recordingBecomesWav();
    void externalMediaRtp();
    void externalMediaWebSocket();
    void demoTraffic();
    void load();
    void restartLikeTrace13();
    void noOperationIsUnimplemented();

private:
    Answer call(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {});
    std::unique_ptr<EventLog> openEvents(const QString &query);
    QString originate(const QString &query, QJsonObject *answer = nullptr);

    std::unique_ptr<AriSim::ManualClock> m_clock;
    std::unique_ptr<SimServer> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

void TestSimAsterisk::init()
{
    m_clock = std::make_unique<AriSim::ManualClock>(QDateTime(QDate(2026, 11, 28), QTime(17, 30, 59, 86), Qt::UTC));
    m_sim = std::make_unique<SimServer>(m_clock.get());
    m_sim->asterisk().setSystemName(u"lab"_s);
    QVERIFY(m_sim->listen());
    m_nam = std::make_unique<QNetworkAccessManager>();
}

void TestSimAsterisk::cleanup()
{
    m_nam.reset();
    m_sim.reset();
    m_clock.reset();
}

Answer TestSimAsterisk::call(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body)
{
    QNetworkRequest request(QUrl(m_sim->baseUrl().toString() + pathAndQuery));
    request.setRawHeader("Authorization", "Basic " + QByteArray("asterisk:asterisk").toBase64());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *reply = m_nam->sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(10000))
        qWarning("no answer");
    Answer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.body = reply->readAll();
    a.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return a;
}

std::unique_ptr<EventLog> TestSimAsterisk::openEvents(const QString &query)
{
    auto log = std::make_unique<EventLog>();
    QUrl url = m_sim->baseUrl();
    url.setScheme(u"ws"_s);
    QNetworkRequest request(QUrl(url.toString() + u"/ari/events?"_s + query));
    request.setRawHeader("Authorization", "Basic " + QByteArray("asterisk:asterisk").toBase64());
    QSignalSpy connected(&log->ws, &QWebSocket::connected);
    log->ws.open(request);
    if (!connected.wait(10000))
        qWarning("event socket did not open");
    return log;
}

QString TestSimAsterisk::originate(const QString &query, QJsonObject *answer)
{
    const Answer a = call("POST", u"/ari/channels?"_s + query);
    if (answer)
        *answer = a.object();
    return a.status == 200 ? a.object()[u"id"].toString() : QString();
}

void TestSimAsterisk::originateIntoApplication()
{
    auto console = openEvents(u"app=console"_s);
    QJsonObject answer;
    const QString one = originate(u"endpoint=Local/300@demo&app=console&appArgs=a,b&callerId=Op%20%3C1000%3E"_s, &answer);
    QVERIFY(one.startsWith(u"lab-"_s));
    QCOMPARE(answer[u"name"].toString(), u"Local/300@demo-00000000;1"_s);
    QCOMPARE(answer[u"state"].toString(), u"Down"_s);
    QCOMPARE(answer[u"dialplan"][u"app_name"].toString(), u"AppDial2"_s);
    QCOMPARE(answer[u"caller"][u"number"].toString(), u"1000"_s);

    const QStringList first = {u"ChannelCallerId"_s, u"ChannelConnectedLine"_s, u"Dial"_s, u"ChannelDialplan"_s,
                               u"ChannelStateChange"_s, u"ChannelStateChange"_s, u"Dial"_s, u"ChannelVarset"_s,
                               u"StasisStart"_s};
    QTRY_COMPARE(console->types(), first);
    const QJsonObject start1 = console->events.last();
    QCOMPARE(start1[u"args"].toArray(), (QJsonArray{u"a"_s, u"b"_s}));
    QCOMPARE(start1[u"channel"][u"dialplan"][u"app_data"].toString(), u"console,a,b"_s);
    QCOMPARE(console->events[6][u"dialstatus"].toString(), u"ANSWER"_s);

    // The ;2 half runs Stasis(console) half a second later.
    m_clock->advance(500);
    QTRY_COMPARE(console->events.size(), first.size() + 3);
    QCOMPARE(console->types(first.size()), (QStringList{u"ChannelDialplan"_s, u"ChannelVarset"_s, u"StasisStart"_s}));
    const QJsonObject start2 = console->events.last();
    QCOMPARE(start2[u"channel"][u"name"].toString(), u"Local/300@demo-00000000;2"_s);
    QCOMPARE(start2[u"args"].toArray(), QJsonArray());
    QCOMPARE(call("GET", u"/ari/channels"_s).array().size(), 2);
    QCOMPARE(m_sim->asterisk().channelsJson().size(), 2);

    // Hangup: the first request is soft with cause 32, both halves are destroyed with cause 16.
    const qsizetype before = console->events.size();
    QCOMPARE(call("DELETE", u"/ari/channels/"_s + one + u"?reason=normal"_s).status, 204);
    const QStringList hangup = {u"ChannelHangupRequest"_s, u"StasisEnd"_s, u"ChannelVarset"_s,
                                u"ChannelHangupRequest"_s, u"ChannelDestroyed"_s, u"StasisEnd"_s,
                                u"ChannelVarset"_s, u"ChannelHangupRequest"_s, u"ChannelDestroyed"_s};
    QTRY_COMPARE(console->types(before), hangup);
    QCOMPARE(console->events[before][u"cause"].toInt(), 32);
    QCOMPARE(console->events[before][u"soft"].toBool(), true);
    for (const QJsonObject &e : console->ofType(u"ChannelDestroyed"_s)) {
        QCOMPARE(e[u"cause"].toInt(), 16);
        QCOMPARE(e[u"cause_txt"].toString(), u"Normal Clearing"_s);
    }
    QCOMPARE(call("GET", u"/ari/channels/"_s + one).status, 404);
    QCOMPARE(call("GET", u"/ari/channels"_s).body, "[]");
}

void TestSimAsterisk::originateIntoDialplan()
{
    auto watcher = openEvents(u"app=watcher&subscribeAll=true"_s);
    const QString a = originate(u"endpoint=Local/100@demo&extension=100&context=demo&priority=1"_s);
    QVERIFY(!a.isEmpty());
    QTRY_VERIFY(watcher->types().contains(u"ChannelCreated"_s));
    QCOMPARE(watcher->types().first(), u"ChannelCreated"_s);
    QTRY_VERIFY(watcher->ofType(u"ChannelDialplan"_s).size() >= 4);
    const QJsonObject got = call("GET", u"/ari/channels/"_s + a).object();
    QCOMPARE(got[u"state"].toString(), u"Up"_s);
    QCOMPARE(got[u"dialplan"][u"app_name"].toString(), u"Playback"_s);
    QCOMPARE(call("POST", u"/ari/channels/"_s + a + u"/answer"_s).status, 409);
    QCOMPARE(call("POST", u"/ari/channels/"_s + a + u"/variable?variable=X&value=1"_s).status, 409);

    // 400 rings for 20 s, then answers.
    const QString b = originate(u"endpoint=Local/400@demo&extension=600&context=demo"_s);
    QCOMPARE(call("GET", u"/ari/channels/"_s + b).object()[u"state"].toString(), u"Ringing"_s);
    m_clock->advance(19000);
    QCOMPARE(call("GET", u"/ari/channels/"_s + b).object()[u"state"].toString(), u"Ringing"_s);
    m_clock->advance(1000);
    QCOMPARE(call("GET", u"/ari/channels/"_s + b).object()[u"state"].toString(), u"Up"_s);
    QCOMPARE(call("GET", u"/ari/channels/"_s + b).object()[u"dialplan"][u"exten"].toString(), u"600"_s);
    const QList<QJsonObject> dials = watcher->ofType(u"Dial"_s);
    QTRY_VERIFY(!watcher->ofType(u"Dial"_s).isEmpty());
    QTRY_COMPARE(watcher->ofType(u"Dial"_s).last()[u"dialstatus"].toString(), u"ANSWER"_s);
    QVERIFY(watcher->ofType(u"DeviceStateChanged"_s).size() >= 2);

    // A hangup with reason_code gives that cause.
    const QString twoOfB = m_sim->asterisk().peerOf(b);
    QCOMPARE(call("DELETE", u"/ari/channels/"_s + twoOfB + u"?reason=bogus"_s).status, 400);
    QCOMPARE(call("DELETE", u"/ari/channels/"_s + twoOfB + u"?reason_code=21"_s).status, 204);
    m_clock->advance(20); // the other half's dialplan notices a moment later
    QTRY_VERIFY(watcher->ofType(u"ChannelDestroyed"_s).size() >= 2);
    for (const QJsonObject &e : watcher->ofType(u"ChannelDestroyed"_s))
        QCOMPARE(e[u"cause"].toInt(), 21);
    QCOMPARE(m_sim->asterisk().channelCount(), 2);
}

void TestSimAsterisk::busyCongestionHangup()
{
    auto watcher = openEvents(u"app=watcher&subscribeAll=true"_s);
    const struct
    {
        QString exten;
        int causeTwo;
        int causeOne;
        QString dialstatus;
    } cases[] = {{u"800"_s, 17, 0, u"BUSY"_s}, {u"801"_s, 34, 0, u"CONGESTION"_s}, {u"802"_s, 17, 17, u"BUSY"_s}};
    for (const auto &c : cases) {
        const qsizetype before = watcher->events.size();
        const QString one = originate(u"endpoint=Local/"_s + c.exten + u"@demo&extension=600&context=demo"_s);
        QVERIFY(!one.isEmpty());
        QCOMPARE(m_sim->asterisk().channelCount(), 0);
        QTRY_VERIFY(watcher->types(before).count(u"ChannelDestroyed"_s) == 2);
        QHash<QString, int> causes;
        QString dialstatus;
        for (qsizetype i = before; i < watcher->events.size(); ++i) {
            const QJsonObject &e = watcher->events[i];
            if (e[u"type"] == u"ChannelDestroyed"_s)
                causes.insert(e[u"channel"][u"name"].toString().right(1), e[u"cause"].toInt());
            if (e[u"type"] == u"Dial"_s)
                dialstatus = e[u"dialstatus"].toString();
        }
        QCOMPARE(causes.value(u"2"_s), c.causeTwo);
        QCOMPARE(causes.value(u"1"_s), c.causeOne);
        QCOMPARE(dialstatus, c.dialstatus);
    }
}

void TestSimAsterisk::applicationWithoutSocket()
{
    auto watcher = openEvents(u"app=watcher&subscribeAll=true"_s);
    const QString one = originate(u"endpoint=Local/600@demo&app=console"_s);
    QVERIFY(!one.isEmpty()); // still 200
    m_clock->advance(20);
    QCOMPARE(m_sim->asterisk().channelCount(), 0);
    QTRY_COMPARE(watcher->ofType(u"ChannelDestroyed"_s).size(), 2);
    QVERIFY(watcher->types().contains(u"ChannelVarset"_s));
    bool failed = false;
    for (const QJsonObject &e : watcher->ofType(u"ChannelVarset"_s))
        failed = failed || e[u"value"].toString() == u"FAILED"_s;
    QVERIFY(failed);
    QVERIFY(!watcher->types().contains(u"StasisStart"_s));
}

void TestSimAsterisk::variables()
{
    auto console = openEvents(u"app=console"_s);
    const QString one = originate(u"endpoint=Local/300@demo&app=console&callerId=Op%20%3C1000%3E"_s,
                                  nullptr);
    const QString base = u"/ari/channels/"_s + one + u"/variable?variable="_s;
    QCOMPARE(call("GET", base + u"CHANNEL(state)"_s).object()[u"value"].toString(), u"Up"_s);
    QCOMPARE(call("GET", base + u"CALLERID(all)"_s).object()[u"value"].toString(), u"\"Op\" <1000>"_s);
    QCOMPARE(call("GET", base + u"CHANNEL(name)"_s).object()[u"value"].toString(), u"Local/300@demo-00000000;1"_s);
    QCOMPARE(call("GET", base + u"NOSUCHVAR"_s).status, 404);
    QCOMPARE(call("GET", u"/ari/channels/"_s + one + u"/variable"_s).status, 400);
    QCOMPARE(call("POST", base + u"OPNOTE&value=vip"_s).status, 204);
    QCOMPARE(call("GET", base + u"OPNOTE"_s).object()[u"value"].toString(), u"vip"_s);
    QTRY_VERIFY(!console->ofType(u"ChannelVarset"_s).isEmpty());
    QCOMPARE(console->ofType(u"ChannelVarset"_s).last()[u"variable"].toString(), u"OPNOTE"_s);
    QCOMPARE(call("POST", u"/ari/asterisk/variable?variable=G&value=1"_s).status, 204);
    QCOMPARE(call("GET", u"/ari/asterisk/variable?variable=G"_s).object()[u"value"].toString(), u"1"_s);
    // Hold raises ChannelHold only once HOLD_INTERCEPT(set) is on the channel.
    QCOMPARE(call("POST", u"/ari/channels/"_s + one + u"/hold"_s).status, 204);
    QVERIFY(console->ofType(u"ChannelHold"_s).isEmpty());
    QCOMPARE(call("POST", base + u"HOLD_INTERCEPT(set)&value="_s).status, 204);
    QCOMPARE(call("POST", u"/ari/channels/"_s + one + u"/hold"_s).status, 204);
    QTRY_COMPARE(console->ofType(u"ChannelHold"_s).size(), 1);
}

void TestSimAsterisk::bridges()
{
    auto console = openEvents(u"app=console"_s);
    const QString a = originate(u"endpoint=Local/300@demo&app=console"_s);
    const QString b = originate(u"endpoint=Local/300@demo&app=console"_s);
    m_clock->advance(500);
    const Answer created = call("POST", u"/ari/bridges?type=mixing&name=opbridge"_s);
    QCOMPARE(created.status, 200);
    const QString bridge = created.object()[u"id"].toString();
    QCOMPARE(created.object()[u"technology"].toString(), u"simple_bridge"_s);
    QCOMPARE(call("POST", u"/ari/bridges/hold1?type=holding"_s).status, 200);
    QCOMPARE(call("POST", u"/ari/bridges/hold1?type=holding"_s).object()[u"message"].toString(),
             u"Bridge with id 'hold1' already exists"_s);
    QCOMPARE(call("POST", u"/ari/bridges?type=bogus"_s).status, 500);
    QCOMPARE(call("POST", u"/ari/applications/console/subscription?eventSource=bridge:"_s + bridge).status, 200);

    const qsizetype before = console->events.size();
    QCOMPARE(call("POST", u"/ari/bridges/"_s + bridge + u"/addChannel?channel="_s + a + u","_s + b).status, 204);
    QTRY_COMPARE(console->types(before), (QStringList{u"ChannelEnteredBridge"_s, u"ChannelEnteredBridge"_s,
                                                      u"ChannelVarset"_s, u"ChannelVarset"_s}));
    QCOMPARE(console->events.last()[u"variable"].toString(), u"BRIDGEPEER"_s);
    QCOMPARE(call("GET", u"/ari/bridges/"_s + bridge).object()[u"channels"].toArray().size(), 2);
    QCOMPARE(m_sim->asterisk().bridgesJson().size(), 2);
    QCOMPARE(call("POST", u"/ari/bridges/nosuch/addChannel?channel=x"_s).status, 404);
    QCOMPARE(call("POST", u"/ari/bridges/"_s + bridge + u"/addChannel?channel=nosuch"_s).status, 400);
    QCOMPARE(call("POST", u"/ari/bridges/"_s + bridge + u"/addChannel"_s).status, 400);

    // Bridge playback adds an announcer: BRIDGEPEER changes only.
    const Answer play = call("POST", u"/ari/bridges/"_s + bridge + u"/play?media=sound:demo-thanks"_s);
    QCOMPARE(play.status, 201);
    QTRY_VERIFY(!console->ofType(u"PlaybackStarted"_s).isEmpty());
    QVERIFY(console->ofType(u"ChannelVarset"_s).last()[u"value"].toString().startsWith(u"Announcer/ARI-"_s));
    m_clock->advance(6000);
    QTRY_COMPARE(console->ofType(u"PlaybackFinished"_s).size(), 1);

    QCOMPARE(call("POST", u"/ari/bridges/"_s + bridge + u"/removeChannel?channel="_s + b).status, 204);
    QCOMPARE(call("POST", u"/ari/bridges/"_s + bridge + u"/removeChannel?channel="_s + b).status, 422);
    QCOMPARE(call("POST", u"/ari/bridges/hold1/addChannel?channel="_s + b).status, 204);
    const qsizetype beforeDestroy = console->events.size();
    QCOMPARE(call("DELETE", u"/ari/bridges/"_s + bridge).status, 204);
    QTRY_VERIFY(console->types(beforeDestroy).contains(u"BridgeDestroyed"_s));
    QCOMPARE(call("GET", u"/ari/bridges/"_s + bridge).status, 404);
    // hold1 was never explicitly subscribed: once b leaves it, no BridgeDestroyed.
    QCOMPARE(call("POST", u"/ari/bridges/hold1/removeChannel?channel="_s + b).status, 204);
    const qsizetype beforeHold = console->events.size();
    QCOMPARE(call("DELETE", u"/ari/bridges/hold1"_s).status, 204);
    QCOMPARE(call("GET", u"/ari/asterisk/ping"_s).status, 200); // let any event arrive
    QVERIFY(!console->types(beforeHold).contains(u"BridgeDestroyed"_s));
}

void TestSimAsterisk::playbacks()
{
    auto console = openEvents(u"app=console"_s);
    const QString one = originate(u"endpoint=Local/600@demo&app=console"_s);
    const QString play = u"/ari/channels/"_s + one + u"/play"_s;
    const Answer started = call("POST", play + u"?media=sound:demo-thanks&playbackId=pb1"_s);
    QCOMPARE(started.status, 201);
    QCOMPARE(started.object()[u"id"].toString(), u"pb1"_s);
    QTRY_COMPARE(console->ofType(u"PlaybackStarted"_s).size(), 1);
    QCOMPARE(call("GET", u"/ari/playbacks/pb1"_s).object()[u"state"].toString(), u"playing"_s);
    QCOMPARE(call("POST", u"/ari/playbacks/pb1/control?operation=pause"_s).status, 204);
    QCOMPARE(call("GET", u"/ari/playbacks/pb1"_s).object()[u"state"].toString(), u"paused"_s);
    m_clock->advance(10000); // paused: nothing ends
    QCOMPARE(call("GET", u"/ari/playbacks/pb1"_s).status, 200);
    QCOMPARE(call("POST", u"/ari/playbacks/pb1/control?operation=unpause"_s).status, 204);
    QTRY_COMPARE(console->ofType(u"PlaybackStarted"_s).size(), 2);
    QCOMPARE(call("POST", u"/ari/playbacks/pb1/control?operation=bogus"_s).object()[u"message"].toString(),
             u"Invalid operation bogus"_s);
    m_clock->advance(5500);
    QTRY_COMPARE(console->ofType(u"PlaybackFinished"_s).size(), 1);
    QCOMPARE(console->ofType(u"PlaybackFinished"_s).last()[u"playback"][u"state"].toString(), u"done"_s);
    QCOMPARE(call("GET", u"/ari/playbacks/pb1"_s).status, 404);

    // A media list continues from one to the next.
    QCOMPARE(call("POST", play + u"?media=sound:tt-monkeys,sound:demo-thanks&playbackId=list"_s).status, 201);
    m_clock->advance(16200);
    QTRY_COMPARE(console->ofType(u"PlaybackContinuing"_s).size(), 1);
    m_clock->advance(5500);
    QTRY_COMPARE(console->ofType(u"PlaybackFinished"_s).size(), 2);

    // A missing sound fails; an unknown scheme starts and never finishes; no media is a 500.
    QCOMPARE(call("POST", play + u"?media=sound:nosuchsound"_s).status, 201);
    QTRY_COMPARE(console->ofType(u"PlaybackFinished"_s).size(), 3);
    QCOMPARE(console->ofType(u"PlaybackFinished"_s).last()[u"playback"][u"state"].toString(), u"failed"_s);
    const Answer odd = call("POST", play + u"?media=nosuchscheme:foo"_s);
    QCOMPARE(odd.status, 201);
    QCOMPARE(call("GET", u"/ari/playbacks/"_s + odd.object()[u"id"].toString()).status, 404);
    QCOMPARE(call("POST", play).status, 500);

    // A reused playbackId is queued behind the first.
    QCOMPARE(call("POST", play + u"/dup?media=sound:beep"_s).status, 201);
    QCOMPARE(call("POST", play + u"/dup?media=sound:beep"_s).status, 201);
    const qsizetype startedBefore = console->ofType(u"PlaybackStarted"_s).size();
    m_clock->advance(300);
    QTRY_COMPARE(console->ofType(u"PlaybackStarted"_s).size(), startedBefore + 1);
}

void TestSimAsterisk::recordingBecomesWav()
{
    auto console = openEvents(u"app=console"_s);
    const QString one = originate(u"endpoint=Local/100@demo&app=console"_s);
    const QString record = u"/ari/channels/"_s + one + u"/record"_s;
    QCOMPARE(call("POST", record + u"?name=rec1&format=wav&ifExists=overwrite"_s).status, 201);
    QTRY_COMPARE(console->ofType(u"RecordingStarted"_s).size(), 1);
    QCOMPARE(call("POST", record + u"?name=rec1&format=wav&ifExists=fail"_s).status, 409);
    QCOMPARE(call("POST", record + u"?name=x&format=nosuchformat"_s).status, 422);
    QCOMPARE(call("POST", record).status, 422);
    QCOMPARE(call("GET", u"/ari/recordings/live/rec1"_s).object()[u"state"].toString(), u"recording"_s);
    m_clock->advance(2000);
    QCOMPARE(call("POST", u"/ari/recordings/live/rec1/pause"_s).status, 204);
    m_clock->advance(5000); // not recorded
    QCOMPARE(call("DELETE", u"/ari/recordings/live/rec1/pause"_s).status, 204);
    m_clock->advance(1000);
    QCOMPARE(call("POST", u"/ari/recordings/live/rec1/stop"_s).status, 204);
    QTRY_COMPARE(console->ofType(u"RecordingFinished"_s).size(), 1);
    QCOMPARE(console->ofType(u"RecordingFinished"_s).last()[u"recording"][u"duration"].toInt(), 3);
    QCOMPARE(call("GET", u"/ari/recordings/live/rec1"_s).status, 404);

    const Answer file = call("GET", u"/ari/recordings/stored/rec1/file"_s);
    QCOMPARE(file.status, 200);
    QCOMPARE(file.exactHeader("Content-Type"), "audio/wav");
    const QByteArray wav = file.body;
    QVERIFY(wav.size() > 44);
    QCOMPARE(wav.left(4), "RIFF");
    QCOMPARE(wav.mid(8, 8), "WAVEfmt ");
    QCOMPARE(qFromLittleEndian<quint16>(wav.constData() + 20), quint16(1)); // PCM
    QCOMPARE(qFromLittleEndian<quint16>(wav.constData() + 22), quint16(1)); // mono
    QCOMPARE(qFromLittleEndian<quint32>(wav.constData() + 24), quint32(8000));
    QCOMPARE(qFromLittleEndian<quint16>(wav.constData() + 34), quint16(16));
    QCOMPARE(wav.mid(36, 4), "data");
    const quint32 dataBytes = qFromLittleEndian<quint32>(wav.constData() + 40);
    QCOMPARE(dataBytes, quint32(3 * 8000 * 2)); // 3 s recorded
    QCOMPARE(qsizetype(dataBytes) + 44, wav.size());
    QCOMPARE(qFromLittleEndian<quint32>(wav.constData() + 4), quint32(wav.size() - 8));

    // maxDurationSeconds stops it in simulated time; GSM too.
    QCOMPARE(call("POST", record + u"?name=rec3&format=gsm&maxDurationSeconds=2"_s).status, 201);
    m_clock->advance(2000);
    QTRY_COMPARE(console->ofType(u"RecordingFinished"_s).size(), 2);
    QCOMPARE(call("GET", u"/ari/recordings/stored/rec3/file"_s).body.size(), 2000 / 20 * 33);
    QCOMPARE(call("POST", u"/ari/recordings/stored/rec1/copy?destinationRecordingName=rec1copy"_s).status, 200);
    QCOMPARE(call("POST", u"/ari/recordings/stored/rec1/copy?destinationRecordingName=rec1copy"_s).status, 409);
    QCOMPARE(call("DELETE", u"/ari/recordings/stored/rec1copy"_s).status, 204);
    QCOMPARE(call("DELETE", u"/ari/recordings/stored/rec1copy"_s).status, 404);
    // Playing the recording lasts as long as it.
    QCOMPARE(call("POST", u"/ari/channels/"_s + one + u"/play?media=recording:rec1"_s).status, 201);
    m_clock->advance(2900);
    QCOMPARE(console->ofType(u"PlaybackFinished"_s).size(), 0);
    m_clock->advance(200);
    QTRY_COMPARE(console->ofType(u"PlaybackFinished"_s).size(), 1);
}

void TestSimAsterisk::externalMediaRtp()
{
    auto console = openEvents(u"app=console"_s);
    QUdpSocket listener;
    QVERIFY(listener.bind(QHostAddress::LocalHost, 0));
    const QString host = u"127.0.0.1:"_s + QString::number(listener.localPort());
    const Answer em = call("POST", u"/ari/channels/externalMedia?app=console&external_host="_s + host
                                       + u"&format=ulaw&channelId=em1"_s);
    QCOMPARE(em.status, 200);
    QVERIFY(em.object()[u"name"].toString().startsWith(u"UnicastRTP/"_s + host));
    const QString localPort = em.object()[u"channelvars"][u"UNICASTRTP_LOCAL_PORT"].toString();
    QVERIFY(localPort.toInt() > 0);
    QTRY_COMPARE(console->ofType(u"StasisStart"_s).size(), 1);
    QCOMPARE(call("POST", u"/ari/channels/externalMedia?app=console&external_host="_s + host
                              + u"&format=ulaw&channelId=em1"_s)
                 .status,
             500);
    QCOMPARE(call("POST", u"/ari/channels/externalMedia?app=console&format=ulaw"_s).status, 400);
    QCOMPARE(call("GET", u"/ari/channels/em1/rtp_statistics"_s).status, 404);

    // Bridged with a talking channel, em1 sends 20 ms RTP frames of the test tone.
    const QString one = originate(u"endpoint=Local/100@demo&app=console"_s);
    const QString bridge = call("POST", u"/ari/bridges?type=mixing"_s).object()[u"id"].toString();
    QCOMPARE(call("POST", u"/ari/bridges/"_s + bridge + u"/addChannel?channel=em1,"_s + one).status, 204);
    m_clock->advance(200);
    QList<QNetworkDatagram> packets;
    QTRY_VERIFY((
        [&] {
            while (listener.hasPendingDatagrams())
                packets.append(listener.receiveDatagram());
            return packets.size() >= 10;
        })());
    QCOMPARE(packets.size(), 10);
    quint16 lastSeq = 0;
    quint32 lastTs = 0;
    for (qsizetype i = 0; i < packets.size(); ++i) {
        const QByteArray p = packets[i].data();
        QCOMPARE(p.size(), 12 + 160);
        QCOMPARE(quint8(p[0]) >> 6, 2);   // version 2
        QCOMPARE(quint8(p[1]) & 0x7f, 0); // PCMU
        QCOMPARE(packets[i].senderPort(), localPort.toInt());
        const quint16 seq = qFromBigEndian<quint16>(p.constData() + 2);
        const quint32 ts = qFromBigEndian<quint32>(p.constData() + 4);
        if (i > 0) {
            QCOMPARE(seq, quint16(lastSeq + 1));
            QCOMPARE(ts, lastTs + 160);
        }
        lastSeq = seq;
        lastTs = ts;
    }
    QVERIFY(packets.first().data().mid(12) != QByteArray(160, char(0xff))); // a tone, not silence
    QCOMPARE(call("DELETE", u"/ari/channels/em1"_s).status, 204);
    m_clock->advance(200);
    QCOMPARE(call("GET", u"/ari/asterisk/ping"_s).status, 200);
    QVERIFY(!listener.hasPendingDatagrams());
}

void TestSimAsterisk::externalMediaWebSocket()
{
    auto console = openEvents(u"app=console"_s);
    const Answer em = call("POST", u"/ari/channels/externalMedia?app=console&transport=websocket&encapsulation=none"
                                   "&connection_type=server&format=ulaw&channelId=wsm1"_s);
    QCOMPARE(em.status, 200);
    QVERIFY(em.object()[u"name"].toString().startsWith(u"WebSocket/INCOMING/"_s));
    const QString connectionId = em.object()[u"channelvars"][u"MEDIA_WEBSOCKET_CONNECTION_ID"].toString();
    QVERIFY(!connectionId.isEmpty());
    QCOMPARE(em.object()[u"channelvars"][u"MEDIA_WEBSOCKET_OPTIMAL_FRAME_SIZE"].toString(), u"160"_s);

    QWebSocket media;
    QStringList texts;
    QList<QByteArray> frames;
    connect(&media, &QWebSocket::textMessageReceived, this, [&texts](const QString &t) { texts.append(t); });
    connect(&media, &QWebSocket::binaryMessageReceived, this, [&frames](const QByteArray &b) { frames.append(b); });
    QUrl url = m_sim->baseUrl();
    url.setScheme(u"ws"_s);
    url.setPath(u"/media/"_s + connectionId);
    QWebSocketHandshakeOptions options;
    options.setSubprotocols({u"media"_s});
    QSignalSpy connected(&media, &QWebSocket::connected);
    media.open(QNetworkRequest(url), options);
    QVERIFY(connected.wait(10000));
    QTRY_COMPARE(texts.size(), 1);
    QCOMPARE(texts.first(), u"MEDIA_START connection_id:"_s + connectionId + u" channel:"_s
                                + em.object()[u"name"].toString()
                                + u" channel_id:wsm1 format:ulaw optimal_frame_size:160 ptime:20"_s);
    QTRY_COMPARE(console->ofType(u"StasisStart"_s).size(), 1);
    QCOMPARE(call("GET", u"/ari/channels/wsm1"_s).object()[u"state"].toString(), u"Up"_s);
    // As in trace 09, audio flows once the channel is bridged with someone, not before.
    m_clock->advance(100);
    QCOMPARE(call("GET", u"/ari/asterisk/ping"_s).status, 200);
    QCOMPARE(frames.size(), 0);
    const QString one = originate(u"endpoint=Local/100@demo&app=console"_s);
    const QString bridge = call("POST", u"/ari/bridges?type=mixing"_s).object()[u"id"].toString();
    QCOMPARE(call("POST", u"/ari/bridges/"_s + bridge + u"/addChannel?channel=wsm1,"_s + one).status, 204);
    m_clock->advance(100);
    QTRY_COMPARE(frames.size(), 5);
    QCOMPARE(frames.first().size(), 160);

    QSignalSpy closed(&media, &QWebSocket::disconnected);
    QCOMPARE(call("DELETE", u"/ari/channels/wsm1"_s).status, 204);
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 10000);
    QCOMPARE(media.closeCode(), QWebSocketProtocol::CloseCodeNormal);
}

void TestSimAsterisk::demoTraffic()
{
    auto console = openEvents(u"app=console"_s);
    auto watcher = openEvents(u"app=watcher&subscribeAll=true"_s);
    AriSim::SimAsterisk &a = m_sim->asterisk();
    a.startDemoTraffic(1.0, 7);
    int maxChannels = 0;
    int maxBridges = 0;
    for (int s = 0; s < 120; ++s) {
        m_clock->advance(1000);
        maxChannels = qMax(maxChannels, a.channelCount());
        maxBridges = qMax(maxBridges, int(a.bridgesJson().size()));
    }
    const AriSim::SimAsterisk::TrafficStats during = a.trafficStats();
    QVERIFY2(during.callsStarted >= 60 && during.callsStarted <= 200, qPrintable(QString::number(during.callsStarted)));
    QVERIFY(during.callsEnded > 0);
    QVERIFY(maxChannels >= 20);
    QVERIFY(maxBridges >= 1);
    QTRY_VERIFY(!console->ofType(u"StasisStart"_s).isEmpty());
    QTRY_VERIFY(watcher->ofType(u"ChannelDestroyed"_s).size() > 10);
    QCOMPARE(a.channelsJson().size(), a.channelCount());

    // A call centre: every call shows who called (a name and a UK number from the drama ranges), and
    // the connected line is filled in; answered agents present themselves to the customer's side.
    static const QRegularExpression ukNumber(u"^\\+44 (20 7946 0|161 496 0|113 496 0|117 496 0|7700 900)\\d{3}$"_s);
    const QJsonArray channels = call("GET", u"/ari/channels"_s).array();
    QVERIFY(!channels.isEmpty());
    int agentsShown = 0;
    for (const QJsonValue &v : channels) {
        const QJsonObject c = v.toObject();
        const QString what = c[u"name"].toString() + u' ' + QString::fromUtf8(QJsonDocument(c).toJson());
        QVERIFY2(c[u"caller"][u"name"].toString().contains(u' '), qPrintable(what));
        QVERIFY2(ukNumber.match(c[u"caller"][u"number"].toString()).hasMatch(), qPrintable(what));
        QVERIFY2(!c[u"connected"][u"name"].toString().isEmpty(), qPrintable(what));
        QVERIFY2(!c[u"connected"][u"number"].toString().isEmpty(), qPrintable(what));
        if (c[u"connected"][u"name"].toString().startsWith(u"Agent "_s)) {
            ++agentsShown;
            QCOMPARE(c[u"name"].toString().section(u'/', 1).section(u'@', 0, 0), c[u"connected"][u"number"].toString());
        }
    }
    QVERIFY(agentsShown > 0);
    QVERIFY(!watcher->ofType(u"ChannelConnectedLine"_s).isEmpty());

    // Stopped, every call ends within its holding time.
    a.stopDemoTraffic();
    for (int s = 0; s < 400; ++s)
        m_clock->advance(1000);
    QCOMPARE(a.trafficStats().activeCalls, 0);
    QCOMPARE(a.channelCount(), 0);
    QCOMPARE(a.bridgesJson().size(), 0);

    // Calls into Stasis go to the application given, not to the lab dialplan's `console`.
    auto queue = openEvents(u"app=queue"_s);
    QSignalSpy pong(&console->ws, &QWebSocket::pong); // a ping round trip: every earlier event has arrived
    console->ws.ping();
    QTRY_COMPARE(pong.size(), 1);
    const qsizetype consoleBefore = console->events.size();
    a.startDemoTraffic(1.0, 11, u"queue"_s);
    for (int s = 0; s < 60; ++s)
        m_clock->advance(1000);
    QTRY_VERIFY(queue->ofType(u"StasisStart"_s).size() >= 5);
    for (const QJsonObject &e : queue->ofType(u"StasisStart"_s)) {
        QCOMPARE(e[u"application"].toString(), u"queue"_s);
        QVERIFY(!e[u"channel"][u"caller"][u"number"].toString().isEmpty());
    }
    QTRY_VERIFY(!queue->ofType(u"ChannelEnteredBridge"_s).isEmpty());
    QCOMPARE(console->events.size(), consoleBefore);
    QVERIFY(queue->ofType(u"StasisEnd"_s).size() < queue->ofType(u"StasisStart"_s).size()); // none failed at once
    a.stopDemoTraffic();
}

void TestSimAsterisk::load()
{
    auto watcher = openEvents(u"app=watcher&subscribeAll=true"_s);
    AriSim::SimAsterisk &a = m_sim->asterisk();
    a.startLoad(40, 250);
    QCOMPARE(a.channelCount(), 40);
    QCOMPARE(a.trafficStats().loadChannels, 40);
    QCOMPARE(call("GET", u"/ari/asterisk/ping"_s).status, 200);
    QTRY_VERIFY(!watcher->events.isEmpty());
    // Let the set-up events arrive, then count over a window of simulated time.
    QCOMPARE(call("GET", u"/ari/channels"_s).array().size(), 40);
    const qsizetype before = watcher->events.size();
    const quint64 emittedBefore = a.trafficStats().loadEvents;
    // The rate holds second by second (20 ms ticks of 5 events), and every event reaches the socket.
    m_clock->advance(1000);
    QCOMPARE(a.trafficStats().loadEvents - emittedBefore, quint64(250));
    QTRY_COMPARE(watcher->events.size() - before, 250);
    m_clock->advance(20);
    QCOMPARE(a.trafficStats().loadEvents - emittedBefore, quint64(255));
    m_clock->advance(980);
    QCOMPARE(a.trafficStats().loadEvents - emittedBefore, quint64(500));
    QTRY_COMPARE(watcher->events.size() - before, 500);
    QCOMPARE(a.channelCount(), 40);
    for (qsizetype i = before; i < watcher->events.size(); ++i) {
        const QString type = watcher->events[i][u"type"].toString();
        QVERIFY(type == u"ChannelVarset"_s || type == u"ChannelStateChange"_s || type == u"ChannelDialplan"_s);
    }
    // Hung-up channels are replaced.
    QVERIFY(a.hangupChannel(a.channelIds().first()));
    m_clock->advance(100);
    QCOMPARE(a.channelCount(), 40);
    QCOMPARE(a.trafficStats().loadEvents - emittedBefore, quint64(500 + 25));
    a.stopLoad();
    m_clock->advance(1000);
    QCOMPARE(a.trafficStats().loadEvents - emittedBefore, quint64(500 + 25));
}

// Scenario 13 in simulated time: Asterisk restarts under a connected client with a live call. The
// socket goes without a close frame (the recording's 1006), requests are refused while it is down,
// and after it is back the entity id is the same, the startup time is new and the call is gone.
void TestSimAsterisk::restartLikeTrace13()
{
    auto console = openEvents(u"app=console"_s);
    QCOMPARE(console->ws.state(), QAbstractSocket::ConnectedState);
    const QString one = originate(u"endpoint=Local/100@demo&app=console"_s);
    QVERIFY(!one.isEmpty());
    QTRY_COMPARE(console->ofType(u"StasisStart"_s).size(), 1);
    QCOMPARE(call("GET", u"/ari/channels"_s).array().size(), 2);
    const QJsonObject before = call("GET", u"/ari/asterisk/info"_s).object();
    const QString entityId = before[u"system"][u"entity_id"].toString();
    const QString startedBefore = before[u"status"][u"startup_time"].toString();
    QVERIFY(!entityId.isEmpty());
    QVERIFY(!startedBefore.isEmpty());

    m_clock->advance(1000);
    const QString base = m_sim->baseUrl().toString(); // while down, the server has no port to report
    const quint16 port = m_sim->serverPort();
    QSignalSpy disconnected(&console->ws, &QWebSocket::disconnected);
    QSignalSpy socketError(&console->ws, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error));
    const qsizetype eventsBefore = console->events.size();
    m_sim->restart(/*keepEntityId*/ true, /*downMs*/ 2000);

    // No close frame: Qt 6.4 reports the peer's TCP close as RemoteHostClosedError, and with no close
    // frame received it keeps its default close code (1000, empty reason) rather than 1006; what tells
    // the abnormal close apart is the error and the missing closing handshake.
    QTRY_COMPARE(disconnected.size(), 1);
    QCOMPARE(console->ws.state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(socketError.size(), 1);
    QCOMPARE(socketError.first().first().value<QAbstractSocket::SocketError>(),
             QAbstractSocket::RemoteHostClosedError);
    QCOMPARE(console->ws.closeCode(), QWebSocketProtocol::CloseCodeNormal);
    QCOMPARE(console->ws.closeReason(), QString());
    QCOMPARE(console->events.size(), eventsBefore); // the sockets go before any shutdown event

    // Down: requests and WebSocket connects are refused (trace 13 #32 and #33: ECONNREFUSED).
    const auto pingRefused = [this, &base] {
        QNetworkRequest request(QUrl(base + u"/ari/asterisk/ping"_s));
        request.setRawHeader("Authorization", "Basic " + QByteArray("asterisk:asterisk").toBase64());
        QNetworkReply *reply = m_nam->get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        const bool done = reply->isFinished() || finished.wait(5000);
        const bool refused = done && reply->error() == QNetworkReply::ConnectionRefusedError
            && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 0;
        reply->deleteLater();
        return refused;
    };
    QVERIFY(pingRefused());
    QUrl wsUrl(base);
    wsUrl.setScheme(u"ws"_s);
    QNetworkRequest wsRequest(QUrl(wsUrl.toString() + u"/ari/events?app=console"_s));
    wsRequest.setRawHeader("Authorization", "Basic " + QByteArray("asterisk:asterisk").toBase64());
    {
        QWebSocket retry;
        QSignalSpy retryError(&retry, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error));
        retry.open(wsRequest);
        QTRY_COMPARE(retryError.size(), 1);
        QCOMPARE(retryError.first().first().value<QAbstractSocket::SocketError>(),
                 QAbstractSocket::ConnectionRefusedError);
    }
    m_clock->advance(1999);
    QVERIFY(pingRefused()); // still inside downMs

    // Back once downMs of simulated time has passed, on the same port: the client reconnects.
    m_clock->advance(1);
    QCOMPARE(m_sim->serverPort(), port);
    QSignalSpy connected(&console->ws, &QWebSocket::connected);
    console->ws.open(wsRequest);
    QTRY_COMPARE(connected.size(), 1);
    QCOMPARE(call("GET", u"/ari/asterisk/ping"_s).status, 200);

    const QJsonObject after = call("GET", u"/ari/asterisk/info"_s).object();
    QCOMPARE(after[u"system"][u"entity_id"].toString(), entityId);
    const QString startedAfter = after[u"status"][u"startup_time"].toString();
    QVERIFY(!startedAfter.isEmpty());
    QVERIFY2(startedAfter != startedBefore, qPrintable(startedAfter));
    QVERIFY(QDateTime::fromString(startedAfter.left(23), Qt::ISODateWithMs)
            > QDateTime::fromString(startedBefore.left(23), Qt::ISODateWithMs));
    const Answer channels = call("GET", u"/ari/channels"_s);
    QCOMPARE(channels.status, 200);
    QCOMPARE(channels.array(), QJsonArray());
    QCOMPARE(call("GET", u"/ari/channels/"_s + one).status, 404);
    const QJsonArray apps = call("GET", u"/ari/applications"_s).array();
    QCOMPARE(apps.size(), 1);
    QCOMPARE(apps.first()[u"name"].toString(), u"console"_s);
    QCOMPARE(call("GET", u"/ari/bridges"_s).array(), QJsonArray());
}

void TestSimAsterisk::noOperationIsUnimplemented()
{
    QCOMPARE(m_sim->router().routeCount(), 109);
    QCOMPARE(m_sim->router().unimplemented(), QStringList());
    // The one 501 left is Asterisk's own answer for an unsupported externalMedia encapsulation.
    QCOMPARE(call("POST", u"/ari/channels/externalMedia?app=console&external_host=127.0.0.1:1&format=ulaw"
                          "&encapsulation=bogus"_s)
                 .status,
             501);
}

QTEST_MAIN(TestSimAsterisk)
#include "tst_simasterisk.moc"
