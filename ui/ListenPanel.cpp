#include "ui/ListenPanel.h"

#include "ari/MediaCodec.h"
#include "models/ServerSession.h"
#include "ui/AudioPlayer.h"
#include "ui/DeviceMicrophone.h"
#include "ui/LevelMeter.h"
#include "ui/Notifier.h"

#include <QAction>
#include <QButtonGroup>
#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Console {

namespace {

QToolButton *modeButton(const QString &text, const QString &name, const QString &tip, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setObjectName(name);
    b->setAccessibleName(text);
    b->setToolTip(tip);
    b->setCheckable(true);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return b;
}

} // namespace

ListenPanel::ListenPanel(Notifier *notifier, QWidget *parent)
    : QWidget(parent), m_notifier(notifier), m_player(new AudioPlayer(this)), m_deviceMic(new DeviceMicrophone(this)),
      m_status(new QLabel), m_device(new QLabel), m_micLabel(new QLabel), m_talking(new QLabel),
      m_modes(new QButtonGroup(this)), m_volume(new QSlider(Qt::Horizontal)), m_mute(new QCheckBox(tr("Mute"))),
      m_micMute(new QCheckBox(tr("Mute microphone"))), m_meter(new LevelMeter), m_micMeter(new LevelMeter)
{
    setObjectName(u"listenPanel"_s);
    setAccessibleName(tr("Listen to a call"));
    m_listenButton = modeButton(tr("Listen"), u"listenButton"_s,
                                tr("Hear the selected call through this computer (Ctrl+L); nobody hears you"), this);
    m_whisperButton = modeButton(tr("Whisper"), u"whisperButton"_s,
                                 tr("Speak to the agent only; the caller does not hear you"), this);
    m_bargeButton = modeButton(tr("Barge"), u"bargeButton"_s, tr("Join the call: both sides hear you"), this);
    m_stopButton = new QToolButton(this);
    m_stopButton->setText(tr("■ Stop"));
    m_stopButton->setObjectName(u"stopListenButton"_s);
    m_stopButton->setAccessibleName(tr("Stop listening"));
    m_stopButton->setToolTip(tr("Stop listening (Ctrl+Shift+L): every channel the console made for it is hung up"));
    m_stopButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_listenButton->setShortcut(QKeySequence(u"Ctrl+L"_s));
    m_stopButton->setShortcut(QKeySequence(u"Ctrl+Shift+L"_s));
    m_modes->setExclusive(false); // nothing is checked while idle
    m_modes->addButton(m_listenButton, int(ListenSession::Mode::Listen));
    m_modes->addButton(m_whisperButton, int(ListenSession::Mode::Whisper));
    m_modes->addButton(m_bargeButton, int(ListenSession::Mode::Barge));

    m_status->setObjectName(u"listenStatus"_s);
    m_status->setWordWrap(true);
    m_device->setObjectName(u"listenDevice"_s);
    m_device->setWordWrap(true);
    m_micLabel->setObjectName(u"microphoneStatus"_s);
    m_micLabel->setWordWrap(true);
    m_talking->setObjectName(u"talkingStatus"_s);
    m_volume->setObjectName(u"listenVolume"_s);
    m_volume->setAccessibleName(tr("Listening volume"));
    m_volume->setRange(0, 100);
    m_mute->setObjectName(u"listenMute"_s);
    m_micMute->setObjectName(u"microphoneMute"_s);
    m_meter->setObjectName(u"listenLevel"_s);
    m_meter->setAccessibleName(tr("Call audio level"));
    m_micMeter->setObjectName(u"microphoneLevel"_s);
    m_micMeter->setAccessibleName(tr("Microphone level"));

    QSettings settings;
    m_volume->setValue(settings.value(u"listen/volume"_s, 80).toInt());
    m_player->setVolume(m_volume->value() / 100.0);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_listenButton);
    buttons->addWidget(m_whisperButton);
    buttons->addWidget(m_bargeButton);
    buttons->addWidget(m_stopButton);
    auto *form = new QFormLayout;
    auto *volumeRow = new QHBoxLayout;
    volumeRow->addWidget(m_volume, 1);
    volumeRow->addWidget(m_mute);
    form->addRow(tr("Call"), m_meter);
    form->addRow(tr("Volume"), volumeRow);
    auto *micRow = new QHBoxLayout;
    micRow->addWidget(m_micMeter, 1);
    micRow->addWidget(m_micMute);
    form->addRow(tr("Microphone"), micRow);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    layout->addLayout(form);
    layout->addWidget(m_talking);
    layout->addWidget(m_device);
    layout->addWidget(m_micLabel);
    layout->addStretch(1);

    // The same, from the channel table's context menu.
    m_listenAction = new QAction(tr("&Listen"), this);
    m_listenAction->setObjectName(u"actionListen"_s);
    m_whisperAction = new QAction(tr("&Whisper to the agent"), this);
    m_whisperAction->setObjectName(u"actionWhisper"_s);
    connect(m_listenAction, &QAction::triggered, this, [this] { press(ListenSession::Mode::Listen); });
    connect(m_whisperAction, &QAction::triggered, this, [this] { press(ListenSession::Mode::Whisper); });
    connect(m_listenButton, &QToolButton::clicked, this, [this] { press(ListenSession::Mode::Listen); });
    connect(m_whisperButton, &QToolButton::clicked, this, [this] { press(ListenSession::Mode::Whisper); });
    connect(m_bargeButton, &QToolButton::clicked, this, [this] { press(ListenSession::Mode::Barge); });
    connect(m_stopButton, &QToolButton::clicked, this, [this] {
        if (m_listen)
            m_listen->stop();
    });
    connect(m_volume, &QSlider::valueChanged, this, [this](int v) {
        m_player->setVolume(v / 100.0);
        QSettings().setValue(u"listen/volume"_s, v);
    });
    connect(m_mute, &QCheckBox::toggled, m_player, &AudioPlayer::setMuted);
    connect(m_player, &AudioPlayer::levelChanged, m_meter, &LevelMeter::setLevel);
    setMicrophone(m_deviceMic);
    updateState();
}

ListenPanel::~ListenPanel() = default;

void ListenPanel::setSession(ServerSession *session)
{
    if (m_listen) {
        if (m_listen->state() != ListenSession::State::Idle)
            m_listen->stopAndWait(2000);
        delete m_listen;
        m_listen = nullptr;
    }
    m_session = session;
    if (session) {
        m_listen = new ListenSession(session, this);
        m_listen->setSupervisorEndpoint(m_supervisorEndpoint);
        m_listen->setRtpPort(quint16(m_rtpPort));
        connect(m_listen, &ListenSession::stateChanged, this, &ListenPanel::updateState);
        connect(m_listen, &ListenSession::modeChanged, this, &ListenPanel::updateState);
        connect(m_listen, &ListenSession::audioReceived, this, &ListenPanel::onAudio);
        connect(m_listen, &ListenSession::error, this, [this](const QString &text) {
            if (m_notifier)
                m_notifier->error(text);
        });
        connect(m_listen, &ListenSession::stopped, this, [this](const QString &reason) {
            m_player->close();
            if (m_mic)
                m_mic->stop();
            if (!reason.isEmpty() && m_notifier)
                m_notifier->warning(tr("Listening stopped: %1").arg(reason));
            updateState();
        });
        connect(m_listen, &ListenSession::leftoversRemoved, this, [this](int channels, int bridges) {
            if (m_notifier)
                m_notifier->info(tr("Removed %n channel(s)", nullptr, channels) + u' '
                                 + tr("and %n bridge(s) left by an earlier listening session", nullptr, bridges));
        });
        connect(session->store(), &Store::changed, this, [this](Entity e, const QString &id) {
            if (e == Entity::Channel && m_listen && id == m_listen->targetChannel())
                updateTalking();
        });
    }
    updateState();
}

void ListenPanel::setSelection(const QStringList &channelIds)
{
    m_selection = channelIds;
    updateState();
}

void ListenPanel::setSupervisorEndpoint(const QString &endpoint)
{
    m_supervisorEndpoint = endpoint;
    if (m_listen)
        m_listen->setSupervisorEndpoint(endpoint);
    updateState();
}

void ListenPanel::setRtpPort(int port)
{
    m_rtpPort = port;
    if (m_listen)
        m_listen->setRtpPort(quint16(port));
}

void ListenPanel::setMicrophone(MicrophoneSource *microphone)
{
    if (m_mic) {
        m_mic->stop();
        disconnect(m_micConnection);
    }
    m_mic = microphone;
    if (!microphone)
        return;
    m_micConnection = connect(microphone, &MicrophoneSource::pcmReady, this, [this](const QByteArray &pcm) {
        m_micMeter->setLevel(Ari::Media::rmsDbfs(pcm));
        if (m_listen && !m_micMute->isChecked())
            m_listen->sendMicrophone(pcm);
    });
    if (m_listen && m_listen->state() == ListenSession::State::Live && m_listen->mode() != ListenSession::Mode::Listen)
        startMicrophone();
}

void ListenPanel::shutdown(int timeoutMs)
{
    if (m_listen && m_listen->state() != ListenSession::State::Idle)
        m_listen->stopAndWait(timeoutMs);
}

void ListenPanel::press(ListenSession::Mode mode)
{
    if (!m_listen)
        return;
    const QString target = m_selection.value(0);
    if (m_listen->state() == ListenSession::State::Idle || (!target.isEmpty() && target != m_listen->targetChannel()
                                                             && m_listen->state() != ListenSession::State::Stopping)) {
        if (target.isEmpty()) {
            updateState();
            return;
        }
        if (m_supervisorEndpoint.isEmpty() && !m_player->open(m_listen->sampleRate()) && m_notifier)
            m_notifier->warning(m_player->unavailableReason());
        m_listen->start(target, mode);
    } else {
        m_listen->setMode(mode);
    }
    updateState();
}

void ListenPanel::startMicrophone()
{
    if (!m_mic || m_supervisorEndpoint.size())
        return;
    if (!m_mic->isActive() && !m_mic->start(m_listen->sampleRate()) && m_notifier)
        m_notifier->warning(m_mic->unavailableReason());
}

void ListenPanel::onAudio(const QByteArray &pcm)
{
    m_player->play(pcm);
}

QString ListenPanel::statusText() const
{
    return m_status->text();
}

QString ListenPanel::deviceText() const
{
    return m_device->text();
}

QString ListenPanel::talkingText() const
{
    return m_talking->text();
}

void ListenPanel::updateTalking()
{
    const LiveChannel *lc = m_session && m_listen ? m_session->store()->channel(m_listen->targetChannel()) : nullptr;
    m_talking->setText(lc && lc->talking ? tr("🗨 %1 is talking").arg(lc->channel.name) : QString());
    m_talking->setVisible(!m_talking->text().isEmpty());
}

void ListenPanel::updateState()
{
    using S = ListenSession::State;
    const S state = m_listen ? m_listen->state() : S::Idle;
    const bool connected = m_session && m_session->connection()->state() == Ari::AriConnection::State::Connected;
    const bool haveTarget = !m_selection.isEmpty() || state != S::Idle;
    const bool canPress = m_listen && connected && haveTarget && state != S::Stopping;
    for (QAbstractButton *b : m_modes->buttons()) {
        b->setEnabled(canPress);
        b->setChecked(state != S::Idle && m_modes->id(b) == int(m_listen->mode()));
    }
    m_stopButton->setEnabled(state == S::Starting || state == S::Live);
    const QString why = !m_session ? tr("Not connected") : !connected ? tr("Connect to a server to listen")
                                                                       : tr("Select a call in the table to listen");
    if (!canPress)
        m_listenButton->setToolTip(why);
    else
        m_listenButton->setToolTip(tr("Hear the selected call through this computer (Ctrl+L); nobody hears you"));
    for (QAction *a : {m_listenAction, m_whisperAction}) {
        a->setEnabled(canPress);
        a->setToolTip(canPress ? (a == m_listenAction ? m_listenButton : m_whisperButton)->toolTip() : why);
    }

    QString status = m_listen ? m_listen->describe() : tr("Not listening");
    if (state == S::Idle)
        status = haveTarget && connected ? tr("Not listening — press Listen to hear %1").arg(m_selection.value(0)) : why;
    if (!m_supervisorEndpoint.isEmpty() && state == S::Idle && haveTarget)
        status += u' ' + tr("(rings %1)").arg(m_supervisorEndpoint);
    m_status->setText(status);

    // Devices, in words.
    if (!m_supervisorEndpoint.isEmpty())
        m_device->setText(tr("Audio goes to the supervisor's phone %1").arg(m_supervisorEndpoint));
    else if (state != S::Idle && !m_player->isOpen())
        m_device->setText(m_player->unavailableReason());
    else if (m_player->isOpen())
        m_device->setText(tr("Playing through %1").arg(m_player->deviceName()));
    else
        m_device->setText(QString());
    m_device->setVisible(!m_device->text().isEmpty());

    const bool speaking = state == S::Live && m_listen->mode() != ListenSession::Mode::Listen;
    if (speaking)
        startMicrophone();
    else if (m_mic && m_mic->isActive())
        m_mic->stop();
    if (speaking && m_mic && !m_mic->isActive())
        m_micLabel->setText(m_mic->unavailableReason().isEmpty() ? tr("The microphone is off") : m_mic->unavailableReason());
    else if (speaking && m_mic)
        m_micLabel->setText(tr("Speaking through %1").arg(m_mic->name()));
    else
        m_micLabel->setText(QString());
    m_micLabel->setVisible(!m_micLabel->text().isEmpty());
    updateTalking();
}

} // namespace Console
