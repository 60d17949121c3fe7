#pragma once

#include "sim/HttpResponse.h"
#include "sim/Json.h"
#include "sim/SimModel.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace AriSim {

class SimClock;
class SimTraffic;
class WebSocketConnection;

// The simulated Asterisk's state and semantics, apart from any transport: identity, globals,
// applications with their subscriptions and event filters, channels (Local pairs running the lab's
// [demo] dialplan, Snoop, UnicastRTP, WebSocket), bridges, playbacks, live and stored recordings,
// device states, mailboxes, modules, log channels, and generated traffic. AriRoutes maps HTTP onto
// the operations below (each answers with an HttpResponse); SimServer owns it, routes its events to
// the event sockets (setEventSink) and resets it on a simulated restart. JSON shapes and event order
// follow the traces, field order included. Timed behaviour runs on the SimClock.
//   SimAsterisk &a = server.asterisk();
//   a.channelsJson();  a.bridgesJson();  a.startDemoTraffic(0.5);  a.startLoad(5000, 1000);
class SimAsterisk : public QObject
{
    Q_OBJECT
public:
    struct Application
    {
        QString name;
        bool subscribeAll = false;
        QStringList channelIds;  // sorted, as Asterisk lists them
        QStringList bridgeIds;
        QStringList endpointIds;
        QStringList deviceNames;
        Json eventsAllowed = Json::array();
        Json eventsDisallowed = Json::array();
        // Subscriptions are counted (a source subscribed twice needs two unsubscribes).
        std::map<QString, int> channelSubs;
        std::map<QString, int> bridgeSubs;
        std::map<QString, int> deviceSubs;
    };
    // Receives every event with the applications that must get it (never empty).
    using EventSink = std::function<void(const Json &event, const QStringList &applications)>;

    explicit SimAsterisk(SimClock &clock, QObject *parent = nullptr);
    ~SimAsterisk() override;

    // Identity.
    QString entityId() const { return m_entityId; }
    void setEntityId(const QString &id) { m_entityId = id; }
    QString systemName() const { return m_systemName; }
    void setSystemName(const QString &name) { m_systemName = name; } // also the channel id prefix
    QString version() const { return m_version; }
    void setVersion(const QString &version) { m_version = version; }
    QDateTime startupTime() const { return m_startupTime; }
    QDateTime lastReloadTime() const { return m_lastReloadTime; }
    static QString randomEntityId(); // 02:fc:xx:xx:xx:xx
    SimClock &clock() const { return m_clock; }

    // A restart: every entity, variable and application is gone and startup_time is now.
    void reset(bool keepEntityId);
    // What the lab always had (trace README): stored recordings snooprec and test1, Stasis:op1 BUSY.
    void addLabLeftovers();

    void setEventSink(EventSink sink) { m_sink = std::move(sink); }

    // /asterisk
    Json info(const QStringList &only) const; // only empty: every section
    Json ping() const;
    QString globalVar(const QString &name) const { return m_globals.value(name); }
    void setGlobalVar(const QString &name, const QString &value) { m_globals.insert(name, value); }
    Json modules() const;
    Json module(const QString &name) const; // null when unknown or unloaded
    HttpResponse loadModule(const QString &name);
    HttpResponse unloadModule(const QString &name);
    HttpResponse reloadModule(const QString &name);
    Json logChannelsJson() const;
    HttpResponse addLogChannel(const QString &name, const QString &configuration);
    HttpResponse deleteLogChannel(const QString &name);
    HttpResponse rotateLogChannel(const QString &name);
    HttpResponse getConfigObject(const QString &cls, const QString &type, const QString &id) const;
    HttpResponse putConfigObject(const QString &cls, const QString &type, const QString &id, const Json &body);
    HttpResponse deleteConfigObject(const QString &cls, const QString &type, const QString &id);

    // /applications
    void registerApplication(const QString &name, bool subscribeAll);
    void unregisterApplication(const QString &name);
    bool hasApplication(const QString &name) const { return m_applications.count(name) > 0; }
    const Application *application(const QString &name) const;
    Json applicationJson(const QString &name) const;
    Json applicationsJson() const;
    HttpResponse subscribe(const QString &app, const QStringList &sources);
    HttpResponse unsubscribe(const QString &app, const QStringList &sources);
    HttpResponse setEventFilter(const QString &app, const Json &body);

    // /channels
    struct OriginateParams
    {
        QString endpoint, extension, context, label, app, callerId, channelId, otherChannelId;
        QStringList appArgs;
        int priority = 1;
        int timeoutSeconds = 30;
        QList<std::pair<QString, QString>> variables;
        bool hasPriority = false;
    };
    HttpResponse originate(const OriginateParams &p);
    HttpResponse createChannel(const OriginateParams &p);
    Json channelsJson() const;               // GET /channels, in creation order
    Json channelJson(const QString &id) const; // null when unknown
    int channelCount() const { return int(m_channelIndex.size()); }
    QStringList channelIds() const;
    HttpResponse hangup(const QString &id, const QString &reason, const QString &reasonCode);
    bool hangupChannel(const QString &id, int cause = 16); // in-process: false when unknown
    HttpResponse continueInDialplan(const QString &id, const QString &context, const QString &extension,
                                    const QString &priority, const QString &label);
    HttpResponse move(const QString &id, const QString &app, const QStringList &appArgs);
    HttpResponse redirect(const QString &id, const QString &endpoint);
    HttpResponse answer(const QString &id);
    HttpResponse simpleChannelOp(const QString &id, const QString &op, const QString &arg = {});
    HttpResponse sendDtmf(const QString &id, const QString &dtmf, int betweenMs, int durationMs);
    HttpResponse getChannelVar(const QString &id, const QString &name) const;
    HttpResponse setChannelVar(const QString &id, const QString &name, const QString &value);
    HttpResponse getChannelVars(const QString &id, const QStringList &names) const;
    HttpResponse setChannelVars(const QString &id, const Json &variables);
    HttpResponse dial(const QString &id, const QString &caller, int timeoutSeconds);
    HttpResponse rtpStatistics(const QString &id) const;
    HttpResponse snoop(const QString &id, const QString &spy, const QString &whisper, const QString &app,
                       const QStringList &appArgs, const QString &snoopId);
    struct ExternalMediaParams
    {
        QString app, externalHost, encapsulation, transport, connectionType, format, direction, channelId, data;
        QStringList appArgs;
        QList<std::pair<QString, QString>> variables;
    };
    HttpResponse externalMedia(const ExternalMediaParams &p);
    // The chan_websocket media socket: whether /media/{id} exists, and handing it the upgraded socket.
    bool hasMediaConnection(const QString &connectionId) const;
    void attachMediaSocket(const QString &connectionId, WebSocketConnection *socket);

    // What the far end of a media channel sent (the console's whisper), for tests (SimMediaCapture.cpp):
    // the frames (RTP packets with their header fields, or media WebSocket binary messages) and a summary
    // {frames, bytes, payload_types, sequence_increasing, timestamp_increasing, first/last sequence}.
    std::vector<SimMediaFrame> mediaReceived(const QString &channelId) const;
    Json mediaReceivedJson(const QString &channelId) const; // null when the channel is unknown
    // Frames whispered into a spied channel through a Snoop channel with whisper != none.
    quint64 whisperedFrames(const QString &channelId) const;
    // How RTP leaves the simulator: held back in windows of shuffleWindow packets and sent in a shuffled
    // order (one window at a time), and every dropEvery-th packet lost. 0 turns each off.
    struct RtpImpairment
    {
        int shuffleWindow = 0;
        int dropEvery = 0;
        quint32 seed = 1;
    };
    void setRtpImpairment(const RtpImpairment &impairment) { m_rtpImpairment = impairment; }
    RtpImpairment rtpImpairment() const { return m_rtpImpairment; }
    // Call quality for a channel, as if it carried RTP (the lab has none): GET rtp_statistics answers
    // 200 with an RTPstat built from these fields (others 0), and CHANNEL(rtcp,...) reads them. Keys as
    // in RTPstat (rxjitter, txjitter in seconds, rtt in seconds, rxploss, txploss, rxcount, txcount...).
    HttpResponse setRtpStatistics(const QString &channelId, const Json &fields);
    // The far end starts or stops talking: ChannelTalkingStarted/Finished when TALK_DETECT(set) is on.
    HttpResponse setTalking(const QString &channelId, bool talking);

    // /bridges
    HttpResponse createBridge(const QString &type, const QString &bridgeId, const QString &name);
    Json bridgesJson() const;
    Json bridgeJson(const QString &id) const; // null when unknown
    HttpResponse destroyBridge(const QString &id);
    HttpResponse addToBridge(const QString &id, const QStringList &channels);
    HttpResponse removeFromBridge(const QString &id, const QStringList &channels);
    HttpResponse setVideoSource(const QString &id, const QString &channelId);
    HttpResponse clearVideoSource(const QString &id);
    HttpResponse bridgeMoh(const QString &id, bool start);
    HttpResponse getBridgeVar(const QString &id, const QString &name) const;
    HttpResponse setBridgeVar(const QString &id, const QString &name, const QString &value);
    HttpResponse getBridgeVars(const QString &id, const QStringList &names) const;
    HttpResponse setBridgeVars(const QString &id, const Json &variables);

    // Playbacks (targetKind "channel" or "bridge").
    HttpResponse play(const QString &targetKind, const QString &targetId, const QStringList &media,
                      const QString &lang, int offsetMs, int skipMs, const QString &playbackId);
    Json playbackJson(const QString &id) const; // null when unknown
    HttpResponse stopPlayback(const QString &id);
    HttpResponse controlPlayback(const QString &id, const QString &operation);

    // Recordings.
    struct RecordParams
    {
        QString name, format, ifExists, terminateOn;
        int maxDurationSeconds = 0, maxSilenceSeconds = 0;
        bool beep = false;
    };
    HttpResponse record(const QString &targetKind, const QString &targetId, const RecordParams &p);
    Json liveRecordingJson(const QString &name) const; // null when unknown
    HttpResponse liveRecordingOp(const QString &name, const QString &op); // stop, cancel, pause, unpause, mute, unmute
    struct StoredRecording
    {
        QString format;
        QByteArray bytes;
    };
    void addStoredRecording(const QString &name, const QString &format, const QByteArray &bytes);
    const StoredRecording *storedRecording(const QString &name) const;
    bool removeStoredRecording(const QString &name);
    Json storedRecordingJson(const QString &name) const; // null when unknown
    Json storedRecordingsJson() const;
    HttpResponse copyStoredRecording(const QString &name, const QString &destination);

    // Sounds: Debian's asterisk-core-sounds-en-wav when installed, else a built-in catalogue.
    Json sounds(const QString &lang, const QString &format) const; // empty array: nothing matched
    Json sound(const QString &id) const; // null when unknown
    qint64 soundDurationMs(const QString &id) const; // -1 when unknown
    // A sound file installed in another language or format (as sounds/<lang>/<id>.<ext> would be):
    // GET /sounds then lists the (language, format) pair, and its lang/format queries select it.
    void addSound(const QString &id, const QString &text, const QString &language, const QString &format,
                  qint64 durationMs);

    // Device states, mailboxes, endpoints, user events.
    Json endpointsJson() const { return Json::array(); }
    Json deviceStatesJson() const;
    Json deviceStateJson(const QString &name) const;
    HttpResponse setDeviceState(const QString &name, const QString &state);
    HttpResponse deleteDeviceState(const QString &name);
    Json mailboxesJson() const;
    HttpResponse getMailbox(const QString &name) const;
    HttpResponse setMailbox(const QString &name, int oldMessages, int newMessages);
    HttpResponse deleteMailbox(const QString &name);
    HttpResponse userEvent(const QString &eventName, const QString &app, const QStringList &sources,
                           const Json &variables);

    // Generated traffic (see SimTraffic): a call centre at callsPerSecond, and a steady load of
    // channels with events per second. Both run on the SimClock.
    struct TrafficStats
    {
        quint64 callsStarted = 0;
        quint64 callsEnded = 0;
        int activeCalls = 0;
        quint64 loadEvents = 0;
        int loadChannels = 0;
    };
    void startDemoTraffic(double callsPerSecond, quint32 seed = 1, const QString &app = QStringLiteral("console"));
    void stopDemoTraffic();
    void startLoad(int channels, int eventsPerSecond, quint32 seed = 1);
    void stopLoad();
    TrafficStats trafficStats() const;

    // Used by SimTraffic: the same semantics without HTTP.
    QString originateLocal(const QString &endpoint, const QString &context, const QString &extension,
                           const QString &app, const QStringList &args, int timeoutSeconds,
                           const QString &callerId = {});
    // A connected-line update from the far end (as a Local pair passes on the answering phone's
    // identity): sets `connected` and sends ChannelConnectedLine. False when the channel is unknown.
    bool setConnectedLineInternal(const QString &id, const QString &name, const QString &number);
    bool setChannelVarInternal(const QString &id, const QString &name, const QString &value);
    bool setChannelStateInternal(const QString &id, const QString &state);
    bool emitDialplanInternal(const QString &id, const QString &app, const QString &data);
    QString peerOf(const QString &id) const;
    bool isInStasis(const QString &id) const;

Q_SIGNALS:
    void wasReset();
    void channelDestroyed(const QString &id);

private:
    friend class SimTraffic;
    struct Topics
    {
        QString channel;
        QString channel2;
        QString bridge;
        QString device;
        QString onlyApp; // user events: this application only, whatever it subscribed to
    };

    // Events.
    void emitEvent(Json event, const Topics &topics);
    bool wants(const Application &app, const QString &type, const Topics &t) const;
    static bool filterAllows(const Application &app, const QString &type);
    void changeSub(Application &app, std::map<QString, int> &subs, QStringList &list, const QString &id, int delta);
    void subscribeChannel(const QString &app, const QString &channelId, int delta);
    void subscribeBridge(const QString &app, const QString &bridgeId, int delta);
    void dropSubscriptions(const QString &channelId, const QString &bridgeId);

    // Channels.
    SimChannel *findChannel(const QString &id) const;
    SimChannel *findChannelByName(const QString &name) const;
    SimChannel &newChannel(ChannelKind kind, const QString &id, const QString &name, const QString &state);
    QString nextUniqueId();
    QString nextLocalNumber();
    Json snapshot(const SimChannel &c) const;
    Json channelEvent(const QString &type, const SimChannel &c) const;
    void emitChannel(const QString &type, const SimChannel &c, Json::Object extraBefore = {},
                     Json::Object extraAfter = {});
    void setState(SimChannel &c, const QString &state);
    void setVar(SimChannel &c, const QString &name, const QString &value, bool report = true);
    void emitDialplan(SimChannel &c, const QString &app, const QString &data, bool always = false);
    void emitDial(SimChannel &peer, const QString &status, bool emptyDialstring = false);
    void emitHangupRequest(SimChannel &c, int cause, bool soft);
    void emitDeviceState(const QString &device, const QString &state);
    // A Local device's state as chan_local computes it when the device-state thread asks: INUSE while any
    // half of a pair for that extension exists, else NOT_INUSE.
    QString localDeviceState(const QString &device) const;
    void finishPeerHangup(const QString &peerId, int cause, const QString &device);
    HttpResponse channelGate(const QString &id, SimChannel **out, bool needStasis) const;
    bool validateLocal(const QString &endpoint, QString *exten, QString *context) const;
    std::pair<SimChannel *, SimChannel *> createLocalPair(const OriginateParams &p, const QString &exten,
                                                          const QString &context, bool create);
    bool applyVariables(SimChannel &one, SimChannel &two, const OriginateParams &p);

    // Dialplan.
    struct Step
    {
        QString app;
        QString data;
    };
    QList<Step> program(const QString &context, const QString &exten, bool *found) const;
    void runDialplan(const QString &id, const QString &context, const QString &exten, int priority);
    void runStep(const QString &id);
    void nextStep(const QString &id, qint64 delayMs);
    void stopDialplan(SimChannel &c);
    void answerOutgoing(SimChannel &one);
    void enterStasis(SimChannel &c, const QString &app, const QStringList &args, bool viaDialplan);
    void leaveStasis(SimChannel &c, bool hangingUp);
    void failDial(const QString &twoId, const QString &dialstatus, int cause);
    void dialTimeout(const QString &oneId);

    // Hangup.
    void hangupChannelInternal(const QString &id, int cause, bool byApi);
    void tearDownActivities(SimChannel &c, bool hangingUp);
    void destroyChannel(const QString &id, int cause);
    static QString causeText(int cause);

    // Bridges.
    SimBridge *findBridge(const QString &id) const;
    Json bridgeSnapshot(const SimBridge &b) const;
    void joinBridge(SimBridge &b, SimChannel &c);
    void leaveBridge(SimChannel &c, bool dropSubscription = true);
    void updateBridgePeers(SimBridge &b);
    void addInternal(SimBridge &b, const QString &name);
    void removeInternal(SimBridge &b, const QString &name);
    void destroyBridgeInternal(const QString &id);

    // Playbacks and recordings.
    qint64 mediaDurationMs(const QString &uri, bool *known, bool *neverEnds) const;
    void startPlayback(quint64 seq);
    void playbackMediaDone(quint64 seq);
    void finishPlayback(quint64 seq, const QString &state);
    void emitPlayback(const QString &type, const SimPlayback &p, bool withNext = true);
    Json playbackSnapshot(const SimPlayback &p, bool withNext = true) const;
    SimPlayback *findPlayback(const QString &id) const;
    void stopTargetPlaybacks(const QString &kind, const QString &id);
    Json recordingSnapshot(const SimLiveRecording &r, bool withDuration) const;
    void finishRecording(const QString &name, bool keep, const QString &state = QStringLiteral("done"));
    qint64 recordedMs(const SimLiveRecording &r) const;
    void stopTargetRecordings(const QString &kind, const QString &id);

    // Media.
    void startMedia(SimChannel &c);
    void stopMedia(SimChannel &c);
    void mediaTick(const QString &id);
    bool bridgedWithOthers(const SimChannel &c) const;
    void sendRtp(SimChannel &c, const QByteArray &packet);
    void mediaFromFarEnd(const QString &channelId, SimMediaFrame frame);
    void mediaCommand(const QString &channelId, const QByteArray &text);
    Json rtpStatisticsJson(const SimChannel &c) const;
    HttpResponse rtcpVariable(const SimChannel &c, const QString &type) const;

    qint64 nowMs() const;
    void ensureSounds() const;

    SimClock &m_clock;
    EventSink m_sink;
    QString m_entityId;
    QString m_systemName = QStringLiteral("sim");
    QString m_version = QStringLiteral("GIT-master-sim");
    QDateTime m_startupTime;
    QDateTime m_lastReloadTime;
    QHash<QString, QString> m_globals;
    std::map<QString, StoredRecording> m_stored; // files on disk: they survive a restart
    std::map<QString, Application> m_applications; // sorted by name: deterministic lists
    QMap<QString, QString> m_deviceStates;
    QHash<QString, int> m_deviceUse; // Local device ("Local/100@demo") -> live halves
    QMap<QString, std::pair<int, int>> m_mailboxes; // name -> (old, new)
    QStringList m_unloadedModules;
    std::vector<Json> m_logChannels;
    QMap<QString, std::vector<std::pair<QString, QString>>> m_configObjects; // "class/type/id" -> fields

    std::map<quint64, std::unique_ptr<SimChannel>> m_channels; // creation order
    QHash<QString, SimChannel *> m_channelIndex;
    QHash<QString, QString> m_mediaConnections; // connection id -> channel id
    std::map<quint64, std::unique_ptr<SimBridge>> m_bridges;
    QHash<QString, SimBridge *> m_bridgeIndex;
    std::map<quint64, std::unique_ptr<SimPlayback>> m_playbacks;
    QHash<QString, std::deque<quint64>> m_targetQueues; // "channel:id" -> playback seqs, first is playing
    std::map<QString, SimLiveRecording> m_live;
    quint64 m_seq = 0;
    quint64 m_uniqueCounter = 0;
    quint64 m_localCounter = 0;
    quint64 m_snoopCounter = 0;
    quint64 m_generation = 0; // bumped by reset(): stale timers do nothing
    RtpImpairment m_rtpImpairment;

    std::unique_ptr<SimTraffic> m_traffic;

    struct SoundEntry
    {
        QString text;
        QList<std::pair<QString, QString>> formats; // (language, format), in the order found
        qint64 durationMs = 0;
    };
    mutable std::map<QString, SoundEntry> m_sounds;
    mutable bool m_soundsLoaded = false;
};

} // namespace AriSim
