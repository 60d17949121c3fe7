#pragma once

#include "models/ListenSession.h"

#include <QPointer>
#include <QWidget>

class QAbstractButton;
class QAction;
class QButtonGroup;
class QCheckBox;
class QLabel;
class QSlider;
class QToolButton;

namespace Console {

class AudioPlayer;
class LevelMeter;
class MicrophoneSource;
class Notifier;
class ServerSession;

//! The supervisor's listen panel: one button to listen to the selected call
//! through the computer's speakers (audio within a second, a level meter
//! shows it is live), one click to whisper to the agent or barge in, Stop;
//! volume, mute and the microphone. With a supervisor endpoint in the
//! profile the same buttons ring that phone instead. Says in words when
//! there is no audio output or microphone.
class ListenPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ListenPanel(Notifier *notifier, QWidget *parent = nullptr);
    ~ListenPanel() override;

    void setSession(ServerSession *session);
    //! The channels selected in the table: the first is the one to listen to.
    void setSelection(const QStringList &channelIds);
    //! The phone fallback from the profile (empty: the console itself is the endpoint).
    void setSupervisorEndpoint(const QString &endpoint);
    //! The UDP port for RTP listening (0: any), from the profile.
    void setRtpPort(int port);
    //! The microphone (the device by default; a test source in tests). The panel does not own it.
    void setMicrophone(MicrophoneSource *microphone);
    //! Ends listening and waits for the server to confirm, for quitting.
    void shutdown(int timeoutMs = 3000);

    ListenSession *listenSession() const { return m_listen; }
    AudioPlayer *player() const { return m_player; }
    LevelMeter *levelMeter() const { return m_meter; }
    LevelMeter *microphoneMeter() const { return m_micMeter; }
    QToolButton *listenButton() const { return m_listenButton; }
    QToolButton *whisperButton() const { return m_whisperButton; }
    QToolButton *bargeButton() const { return m_bargeButton; }
    QToolButton *stopButton() const { return m_stopButton; }
    //! "Listen" and "Whisper" for the channel table's context menu: the same as the buttons.
    QAction *listenAction() const { return m_listenAction; }
    QAction *whisperAction() const { return m_whisperAction; }
    QString statusText() const;
    QString deviceText() const;
    QString talkingText() const;

private:
    void press(ListenSession::Mode mode);
    void updateState();
    void updateTalking();
    void onAudio(const QByteArray &pcm);
    void startMicrophone();

    QPointer<Notifier> m_notifier;
    QPointer<ServerSession> m_session;
    ListenSession *m_listen = nullptr;
    AudioPlayer *m_player;
    MicrophoneSource *m_deviceMic;
    QPointer<MicrophoneSource> m_mic;
    QMetaObject::Connection m_micConnection;
    QString m_supervisorEndpoint;
    int m_rtpPort = 0;
    QStringList m_selection;
    QLabel *m_status;
    QLabel *m_device;
    QLabel *m_micLabel;
    QLabel *m_talking;
    QToolButton *m_listenButton;
    QToolButton *m_whisperButton;
    QToolButton *m_bargeButton;
    QToolButton *m_stopButton;
    QAction *m_listenAction;
    QAction *m_whisperAction;
    QButtonGroup *m_modes;
    QSlider *m_volume;
    QCheckBox *m_mute;
    QCheckBox *m_micMute;
    LevelMeter *m_meter;
    LevelMeter *m_micMeter;
};

} // namespace Console
