#pragma once

#include "sim/Json.h"
#include "sim/SimClock.h"

#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUdpSocket>

#include <deque>
#include <memory>
#include <vector>

namespace AriSim {

class WebSocketConnection;

// The plain entity records SimAsterisk keeps. They carry no behaviour: SimAsterisk changes them and
// emits the events. Internal to the simulator (tests read them through SimAsterisk's JSON getters).

enum class ChannelKind { LocalOne, LocalTwo, Snoop, UnicastRtp, WebSocket };

// One frame of audio the far end of a media channel sent to the simulator (RTP: the header's fields
// too; media WebSocket: payloadType -1 and zeros), kept so that a test can inspect it.
struct SimMediaFrame
{
    int payloadType = -1;
    bool marker = false;
    quint16 sequence = 0;
    quint32 timestamp = 0;
    quint32 ssrc = 0;
    QByteArray payload;
};

struct SimChannel
{
    quint64 seq = 0;
    ChannelKind kind = ChannelKind::LocalOne;
    QString id;
    QString name;
    QString state = QStringLiteral("Down");
    QString callerName, callerNumber, connectedName, connectedNumber, accountcode;
    QString context = QStringLiteral("default"), exten = QStringLiteral("s");
    int priority = 1;
    QString appName, appData;
    // The context, extension and priority of the last ChannelDialplan considered: Asterisk reports a
    // new application only when these change (or when the channel had none before).
    QString dpContext, dpExten;
    int dpPriority = 0;
    QDateTime created;
    QDateTime answered; // when it first went Up (CDR(answer), CDR(billsec))
    QString language = QStringLiteral("en");
    QString peerId;   // the other half of a Local pair
    QString device;   // "Local/100@demo": DeviceStateChanged for subscribeAll apps
    QString dialstring; // "100@demo"
    QHash<QString, QString> vars;
    QStringList varOrder;

    // Where the ;1 half goes once answered (an originate), and whether it waits for that answer.
    bool dialing = false;
    bool dialFromApi = false; // dialed with /channels/{id}/dial: Dial events carry an empty dialstring
    QString targetApp;
    QStringList targetArgs;
    QString targetContext, targetExten;
    int targetPriority = 1;
    SimClock::TimerId dialTimer = 0;

    // Stasis.
    bool inStasis = false;
    QString stasisApp;
    QString bridgeSubApp; // the app implicitly subscribed to the channel's bridge

    // Dialplan execution (PBX thread).
    bool pbxRunning = false;
    bool continuedFromStasis = false; // left Stasis with /continue: STASISSTATUS is set at hangup
    bool dpPlaying = false;          // inside Playback()
    SimClock::TimerId dpTimer = 0;
    quint64 dpToken = 0;

    QString bridgeId;
    bool holdIntercept = false;
    QString snoopTarget;
    QString snoopSpy, snoopWhisper; // a Snoop channel's directions

    // Media channels.
    QString format;
    QString mediaConnectionId;
    QPointer<WebSocketConnection> mediaSocket;
    std::unique_ptr<QUdpSocket> rtp;
    QString rtpHost;
    quint16 rtpPort = 0;
    quint16 rtpSeq = 0;
    quint32 rtpTimestamp = 0;
    quint32 rtpSsrc = 0;
    quint64 mediaSamples = 0;
    SimClock::TimerId mediaTimer = 0;
    std::vector<QByteArray> rtpWindow; // packets held back to be sent shuffled (RtpImpairment)
    quint64 rtpGenerated = 0;          // packets made, sent or dropped
    std::vector<SimMediaFrame> received; // what the far end sent (the first 3000 frames)
    quint64 receivedFrames = 0;
    quint64 receivedBytes = 0;
    quint64 whisperedFrames = 0; // on a spied channel: frames whispered into it through a Snoop channel

    // Call quality a test gave the channel (as if it carried RTP): rtp_statistics and CHANNEL(rtcp,...).
    Json rtpStats;
    // TALK_DETECT(set) was applied: ChannelTalkingStarted/Finished are sent.
    bool talkDetect = false;
    bool talking = false;
    qint64 talkingSinceMs = 0;

    bool isLocal() const { return kind == ChannelKind::LocalOne || kind == ChannelKind::LocalTwo; }
    bool outgoing() const { return kind == ChannelKind::LocalOne || kind == ChannelKind::UnicastRtp || kind == ChannelKind::WebSocket; }
};

struct SimBridge
{
    quint64 seq = 0;
    QString id;
    QString type = QStringLiteral("mixing"); // mixing | holding
    QString name;
    QStringList channels;          // channel ids, in the order they entered
    QStringList internalNames;     // Announcer/Recorder channels (not listed in channels)
    QDateTime created;
    QString videoMode = QStringLiteral("talker");
    QString videoSource;
    QHash<QString, QString> vars;
    QString announcer;             // playback announcer channel name, while playing
    QString mohAnnouncer;          // music on hold announcer channel name
    QString recorder;              // recorder channel name, while recording
};

struct SimPlayback
{
    quint64 seq = 0;
    QString id;
    QStringList media;
    int index = 0;
    QString targetKind; // channel | bridge
    QString targetId;
    QString language = QStringLiteral("en");
    QString state = QStringLiteral("queued");
    qint64 durationMs = 0;   // of the current media; < 0: never ends
    qint64 remainingMs = 0;
    qint64 startedAtMs = 0;
    qint64 skipMs = 3000;
    SimClock::TimerId timer = 0;
};

struct SimLiveRecording
{
    QString name;
    QString format;
    QString state = QStringLiteral("queued");
    QString targetKind;
    QString targetId;
    qint64 maxDurationMs = 0;
    qint64 maxSilenceMs = 0;   // > 0: silence detection on, so RecordingFinished has talking/silence times
    bool append = false;
    qint64 recordedMs = 0;   // finished segments
    qint64 mutedMs = 0;
    qint64 segmentStartMs = -1; // clock ms of the running segment, -1 when paused
    qint64 muteStartMs = -1;
    SimClock::TimerId timer = 0;
};

} // namespace AriSim
