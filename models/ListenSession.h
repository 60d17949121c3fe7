#pragma once

#include "ari/MediaCodec.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace Ari {
struct Event;
namespace Media {
class MediaTransport;
class RtpTransport;
class WebSocketMedia;
} // namespace Media
} // namespace Ari

namespace Console {

class ServerSession;

//! A supervisor listening to one call from the console, with no phone:
//! a Snoop channel on the call (spy=both; whisper none, out or both), an
//! externalMedia channel for the console's end (chan_websocket's media
//! WebSocket where the server has it, else RTP to the console's UDP port),
//! and a mixing bridge holding the two. With a supervisor endpoint set (the
//! phone fallback) the console rings that phone instead of externalMedia.
//!
//!   ListenSession listen(session);
//!   listen.start(channelId);                  // listen; audio comes out of audioReceived()
//!   listen.setMode(ListenSession::Mode::Whisper); // re-snoops; the audio path stays up
//!   listen.sendMicrophone(pcm);               // the supervisor's voice (whisper and barge)
//!   listen.stop();                            // every channel and bridge it made goes
//!
//! Everything it creates is named `console-listen-<owner tag>-…`, so the
//! leftovers of a crash are found and removed at the next connect
//! (cleanupLeftovers()). Destroying it does not reach the server: quitting
//! calls stopAndWait().
class ListenSession : public QObject
{
    Q_OBJECT

public:
    enum class Mode : quint8 { Listen, Whisper, Barge };
    enum class Transport : quint8 { Auto, WebSocket, Rtp, Phone };
    enum class State : quint8 { Idle, Starting, Live, Stopping };

    explicit ListenSession(ServerSession *session, QObject *parent = nullptr);
    ~ListenSession() override;

    //! This installation's tag in the names of what it creates (from the settings by default).
    void setOwnerTag(const QString &tag) { m_tag = tag; }
    QString ownerTag() const { return m_tag; }
    QString namePrefix() const;
    //! Which transport to use; Auto prefers WebSocket media where chan_websocket is loaded.
    void setPreferredTransport(Transport t) { m_preferred = t; }
    //! The phone fallback: a non-empty endpoint (e.g. "PJSIP/supervisor") is rung instead of externalMedia.
    void setSupervisorEndpoint(const QString &endpoint) { m_phone = endpoint.trimmed(); }
    QString supervisorEndpoint() const { return m_phone; }
    //! The UDP port for RTP (0: any free port). A firewall in front of the console opens this one.
    void setRtpPort(quint16 port) { m_rtpPort = port; }
    //! The address Asterisk should send RTP to; empty: the one that routes to Asterisk.
    void setRtpAdvertisedHost(const QString &host) { m_rtpHost = host; }
    void setFormat(Ari::Media::AudioFormat format) { m_format = format; }

    //! Starts listening to `channelId` (stopping another call first). False when it cannot start at all.
    bool start(const QString &channelId, Mode mode = Mode::Listen);
    //! Listen -> whisper -> barge in one step: a new Snoop channel joins the bridge, then the old one goes.
    void setMode(Mode mode);
    void stop();
    //! stop(), and waits (running the event loop) up to timeoutMs for the server to confirm. For quitting.
    bool stopAndWait(int timeoutMs = 3000);
    //! Removes what an earlier run of this installation left on the server (a crash). Runs at each connect.
    void cleanupLeftovers();
    //! The supervisor's voice: 16-bit PCM at sampleRate(format()). Sent only in whisper and barge.
    void sendMicrophone(const QByteArray &pcm);

    State state() const { return m_state; }
    Mode mode() const { return m_mode; }
    Transport transport() const { return m_transport; }
    QString targetChannel() const { return m_target; }
    Ari::Media::AudioFormat format() const { return m_format; }
    int sampleRate() const { return Ari::Media::sampleRate(m_format); }
    //! The channels and bridge this run made and the server has not yet confirmed gone.
    QStringList createdChannels() const { return m_channels.values(); }
    QString bridgeId() const { return m_bridgeCreated ? m_bridge : QString(); }
    QString snoopChannel() const { return m_snoop; }
    QString mediaChannel() const { return m_media; }
    Ari::Media::MediaTransport *media() const;
    Ari::Media::RtpTransport *rtp() const { return m_rtp; }
    Ari::Media::WebSocketMedia *webSocketMedia() const { return m_ws; }
    //! Words for the state, for the panel ("Listening to … over WebSocket media").
    QString describe() const;
    static QString modeName(Mode mode);
    static QString transportName(Transport t);

Q_SIGNALS:
    void stateChanged(Console::ListenSession::State state);
    void modeChanged(Console::ListenSession::Mode mode);
    //! Decoded audio of the call, 16-bit PCM at sampleRate().
    void audioReceived(const QByteArray &pcm);
    //! The first audio of a run arrived (the panel's "live" moment).
    void audioStarted();
    //! Stopped, with the reason in words (empty when the operator stopped it).
    void stopped(const QString &reason);
    //! Something went wrong, in words (also for the notifier).
    void error(const QString &text);
    //! Leftovers of an earlier run were removed (how many channels and bridges).
    void leftoversRemoved(int channels, int bridges);
    //! A clean-up finished its look (counts may be 0).
    void leftoversChecked(int channels, int bridges);

private:
    void setState(State s);
    void chooseTransport();
    void createMedia();
    void createWebSocketMedia();
    void createRtpMedia(const QString &host);
    void createPhone();
    void maybeBridge();
    void goLive();
    void fail(const QString &text);
    void finishStop();
    void onEvent(const Ari::Event &e);
    void hangup(const QString &id);
    void destroyBridge();
    void dropMedia();
    QString snoopWhisper(Mode mode) const;
    QString app() const;
    bool current(quint64 run) const { return run == m_run && m_state == State::Starting; }

    QPointer<ServerSession> m_session;
    QString m_tag;
    Transport m_preferred = Transport::Auto;
    Transport m_transport = Transport::Auto;
    QString m_phone;
    quint16 m_rtpPort = 0;
    QString m_rtpHost;
    Ari::Media::AudioFormat m_format = Ari::Media::AudioFormat::Ulaw;

    State m_state = State::Idle;
    Mode m_mode = Mode::Listen;
    Mode m_wantedMode = Mode::Listen;
    bool m_switching = false;
    quint64 m_run = 0;
    int m_snoopGeneration = 0;
    QString m_runId;
    QString m_target;
    QString m_bridge;
    bool m_bridgeCreated = false;
    QString m_snoop;
    QString m_media;
    bool m_mediaReady = false;
    bool m_phoneAnswered = false;
    bool m_triedRtp = false;
    bool m_heard = false;
    QString m_stopReason;
    QSet<QString> m_channels;    //!< channels made and not confirmed gone
    QSet<QString> m_retiring;    //!< channels being hung up on purpose (old snoops, teardown)
    int m_inFlight = 0;          //!< requests whose answer teardown must wait for
    std::pair<QString, Mode> m_restart; //!< a start() asked for while stopping

    Ari::Media::RtpTransport *m_rtp = nullptr;
    Ari::Media::WebSocketMedia *m_ws = nullptr;
};

} // namespace Console
