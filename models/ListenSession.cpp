#include "models/ListenSession.h"

#include "ari/AriClient.h"
#include "ari/Event.h"
#include "ari/RtpTransport.h"
#include "ari/WebSocketMedia.h"
#include "models/ServerSession.h"

#include <QEventLoop>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSettings>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Console {

namespace {

QString randomHex(int digits)
{
    QString out;
    for (int i = 0; i < digits; ++i)
        out += QString::number(QRandomGenerator::global()->bounded(16), 16);
    return out;
}

QString settingsTag()
{
    QSettings s;
    QString tag = s.value(u"listen/ownerTag"_s).toString();
    if (tag.isEmpty()) {
        tag = randomHex(8);
        s.setValue(u"listen/ownerTag"_s, tag);
    }
    return tag;
}

} // namespace

ListenSession::ListenSession(ServerSession *session, QObject *parent)
    : QObject(parent), m_session(session), m_tag(settingsTag())
{
    if (!session)
        return;
    connect(session->connection(), &Ari::AriConnection::eventReceived, this, &ListenSession::onEvent);
    connect(session->connection(), &Ari::AriConnection::connected, this, [this] { cleanupLeftovers(); });
}

ListenSession::~ListenSession() = default;

QString ListenSession::namePrefix() const
{
    return u"console-listen-"_s + m_tag + u'-';
}

QString ListenSession::app() const
{
    return m_session ? m_session->client()->settings().apps.value(0) : QString();
}

Ari::Media::MediaTransport *ListenSession::media() const
{
    if (m_ws)
        return m_ws;
    return m_rtp;
}

QString ListenSession::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Listen:
        return tr("Listen");
    case Mode::Whisper:
        return tr("Whisper");
    case Mode::Barge:
        return tr("Barge");
    }
    return {};
}

QString ListenSession::transportName(Transport t)
{
    switch (t) {
    case Transport::WebSocket:
        return tr("WebSocket media");
    case Transport::Rtp:
        return tr("RTP");
    case Transport::Phone:
        return tr("the supervisor's phone");
    case Transport::Auto:
        break;
    }
    return tr("choosing a transport");
}

QString ListenSession::describe() const
{
    switch (m_state) {
    case State::Idle:
        return tr("Not listening");
    case State::Starting:
        return tr("Connecting to %1…").arg(m_target);
    case State::Live: {
        const QString what = m_mode == Mode::Listen ? tr("Listening to %1") : m_mode == Mode::Whisper
                                                                                ? tr("Whispering to the agent on %1")
                                                                                : tr("Barged into %1");
        return tr("%1 over %2").arg(what.arg(m_target), transportName(m_transport));
    }
    case State::Stopping:
        return tr("Stopping…");
    }
    return {};
}

QString ListenSession::snoopWhisper(Mode mode) const
{
    switch (mode) {
    case Mode::Listen:
        return u"none"_s;
    case Mode::Whisper:
        return u"out"_s; // the agent on the spied channel hears the supervisor
    case Mode::Barge:
        return u"both"_s;
    }
    return u"none"_s;
}

void ListenSession::setState(State s)
{
    if (m_state == s)
        return;
    m_state = s;
    Q_EMIT stateChanged(s);
}

bool ListenSession::start(const QString &channelId, Mode mode)
{
    if (!m_session || channelId.isEmpty())
        return false;
    if (app().isEmpty()) {
        Q_EMIT error(tr("Listening needs a Stasis application in the connection settings"));
        return false;
    }
    if (m_state != State::Idle) {
        if (m_target == channelId && m_state != State::Stopping) {
            setMode(mode);
            return true;
        }
        m_restart = {channelId, mode};
        stop();
        return true;
    }
    ++m_run;
    m_runId = namePrefix() + randomHex(6);
    m_target = channelId;
    m_mode = mode;
    m_wantedMode = mode;
    m_snoopGeneration = 1;
    m_bridge = m_runId + u"-bridge"_s;
    m_bridgeCreated = false;
    m_snoop = m_runId + u"-snoop1"_s;
    m_media.clear();
    m_mediaReady = false;
    m_phoneAnswered = false;
    m_triedRtp = false;
    m_heard = false;
    m_switching = false;
    m_stopReason.clear();
    m_channels.clear();
    m_retiring.clear();
    setState(State::Starting);

    Ari::AriClient *client = m_session->client();
    const quint64 run = m_run;
    // The bridge, the Snoop channel and the console's end are made at once; the bridge takes them when all are there.
    ++m_inFlight;
    client->bridges()
        .create({.type = u"mixing"_s, .bridgeId = m_bridge, .name = m_runId})
        .then(this, [this, run](const Ari::Result<Ari::Bridge> &r) {
            --m_inFlight;
            if (!r.ok()) {
                if (current(run))
                    fail(tr("The listening bridge could not be made: %1").arg(r.error.toString()));
                else if (m_state == State::Stopping && m_inFlight == 0)
                    finishStop();
                return;
            }
            if (!current(run)) {
                m_bridgeCreated = true;
                destroyBridge();
                return;
            }
            m_bridgeCreated = true;
            maybeBridge();
        });
    ++m_inFlight;
    const QString snoop = m_snoop;
    client->channels()
        .snoopChannelWithId({.channelId = channelId, .snoopId = snoop, .spy = u"both"_s, .whisper = snoopWhisper(mode),
                             .app = app()})
        .then(this, [this, run, snoop](const Ari::Result<Ari::Channel> &r) {
            --m_inFlight;
            if (!r.ok()) {
                if (current(run))
                    fail(tr("The call could not be tapped: %1").arg(r.error.toString()));
                else if (m_state == State::Stopping && m_inFlight == 0)
                    finishStop();
                return;
            }
            m_channels.insert(snoop);
            if (!current(run)) {
                hangup(snoop);
                return;
            }
            maybeBridge();
        });
    // Who is talking, where the channel allows it (a Stasis channel); best effort.
    client->channels()
        .setChannelVar({.channelId = channelId, .variable = u"TALK_DETECT(set)"_s, .value = QString()})
        .then(this, [](const Ari::Result<void> &) {});
    chooseTransport();
    return true;
}

void ListenSession::chooseTransport()
{
    if (!m_phone.isEmpty()) {
        m_transport = Transport::Phone;
        createMedia();
        return;
    }
    if (m_preferred != Transport::Auto) {
        m_transport = m_preferred;
        createMedia();
        return;
    }
    const quint64 run = m_run;
    m_session->client()
        ->asterisk()
        .getModule({.moduleName = u"chan_websocket.so"_s})
        .then(this, [this, run](const Ari::Result<Ari::Module> &r) {
            if (!current(run))
                return;
            // Where the module list cannot be read (403), WebSocket media is tried anyway and RTP follows if it fails.
            m_transport = (r.ok() || r.httpStatus == 403) ? Transport::WebSocket : Transport::Rtp;
            createMedia();
        });
}

void ListenSession::createMedia()
{
    switch (m_transport) {
    case Transport::WebSocket:
        createWebSocketMedia();
        break;
    case Transport::Phone:
        createPhone();
        break;
    case Transport::Rtp:
    case Transport::Auto: {
        m_transport = Transport::Rtp;
        m_triedRtp = true;
        dropMedia();
        m_rtp = new Ari::Media::RtpTransport(this);
        m_rtp->setFormat(m_format);
        if (!m_rtp->bind(QHostAddress::AnyIPv4, m_rtpPort)) {
            fail(m_rtp->errorString());
            return;
        }
        connect(m_rtp, &Ari::Media::MediaTransport::pcmReceived, this, [this](const QByteArray &pcm) {
            if (!m_heard) {
                m_heard = true;
                Q_EMIT audioStarted();
            }
            Q_EMIT audioReceived(pcm);
        });
        if (!m_rtpHost.isEmpty()) {
            createRtpMedia(m_rtpHost);
            break;
        }
        const quint64 run = m_run;
        connect(m_rtp, &Ari::Media::RtpTransport::localAddressFound, this, [this, run](const QHostAddress &a) {
            if (current(run))
                createRtpMedia(a.toString());
        }, Qt::SingleShotConnection);
        m_rtp->findLocalAddress(m_session->client()->settings().baseUrl.host());
        break;
    }
    }
}

void ListenSession::dropMedia()
{
    if (m_ws) {
        m_ws->close();
        m_ws->deleteLater();
        m_ws = nullptr;
    }
    if (m_rtp) {
        m_rtp->close();
        m_rtp->deleteLater();
        m_rtp = nullptr;
    }
}

void ListenSession::createWebSocketMedia()
{
    const quint64 run = m_run;
    const QString id = m_runId + u"-media"_s;
    m_media = id;
    ++m_inFlight;
    m_session->client()
        ->channels()
        .externalMedia({.channelId = id, .app = app(), .encapsulation = u"none"_s, .transport = u"websocket"_s,
                        .connectionType = u"server"_s, .format = Ari::Media::formatName(m_format)})
        .then(this, [this, run, id](const Ari::Result<Ari::Channel> &r) {
            --m_inFlight;
            if (!r.ok()) {
                if (!current(run)) {
                    if (m_state == State::Stopping && m_inFlight == 0)
                        finishStop();
                    return;
                }
                // No chan_websocket after all: RTP instead.
                m_media.clear();
                m_transport = Transport::Rtp;
                createMedia();
                return;
            }
            m_channels.insert(id);
            if (!current(run)) {
                hangup(id);
                return;
            }
            const QString connectionId = r.value.channelvars.value(u"MEDIA_WEBSOCKET_CONNECTION_ID").toString();
            if (connectionId.isEmpty()) {
                fail(tr("Asterisk gave no media WebSocket for the listening channel"));
                return;
            }
            dropMedia();
            m_ws = new Ari::Media::WebSocketMedia(this);
            m_ws->setFormat(m_format);
            connect(m_ws, &Ari::Media::MediaTransport::pcmReceived, this, [this](const QByteArray &pcm) {
                if (!m_heard) {
                    m_heard = true;
                    Q_EMIT audioStarted();
                }
                Q_EMIT audioReceived(pcm);
            });
            connect(m_ws, &Ari::Media::MediaTransport::opened, this, [this, run] {
                if (!current(run))
                    return;
                m_format = m_ws->format();
                m_mediaReady = true;
                maybeBridge();
            });
            connect(m_ws, &Ari::Media::MediaTransport::closed, this, [this, run, id](const QString &reason) {
                if (run != m_run || m_state == State::Stopping || m_state == State::Idle)
                    return;
                if (m_state == State::Starting && !m_triedRtp) {
                    // The media socket did not open (a proxy in the way): RTP instead.
                    hangup(id);
                    m_media.clear();
                    m_transport = Transport::Rtp;
                    createMedia();
                    return;
                }
                m_stopReason = reason;
                stop();
            });
            m_ws->open(*m_session->client(), connectionId);
        });
}

void ListenSession::createRtpMedia(const QString &host)
{
    const quint64 run = m_run;
    const QString id = m_runId + u"-media"_s + (m_media.isEmpty() ? QString() : u"2"_s);
    m_media = id;
    const QString external = (host.contains(u':') ? u'[' + host + u']' : host) + u':' + QString::number(m_rtp->localPort());
    ++m_inFlight;
    m_session->client()
        ->channels()
        .externalMedia({.channelId = id, .app = app(), .externalHost = external,
                        .format = Ari::Media::formatName(m_format)})
        .then(this, [this, run, id](const Ari::Result<Ari::Channel> &r) {
            --m_inFlight;
            if (!r.ok()) {
                if (current(run))
                    fail(tr("The console's RTP channel could not be made: %1").arg(r.error.toString()));
                else if (m_state == State::Stopping && m_inFlight == 0)
                    finishStop();
                return;
            }
            m_channels.insert(id);
            if (!current(run)) {
                hangup(id);
                return;
            }
            const QHostAddress remote(r.value.channelvars.value(u"UNICASTRTP_LOCAL_ADDRESS").toString());
            const quint16 port = quint16(r.value.channelvars.value(u"UNICASTRTP_LOCAL_PORT").toString().toUInt());
            if (!remote.isNull() && remote != QHostAddress::AnyIPv4 && port)
                m_rtp->setRemote(remote, port);
            else if (port)
                m_rtp->setRemote(QHostAddress(m_session->client()->settings().baseUrl.host()), port);
            m_mediaReady = true;
            maybeBridge();
        });
}

void ListenSession::createPhone()
{
    const quint64 run = m_run;
    const QString id = m_runId + u"-phone"_s;
    m_media = id;
    ++m_inFlight;
    m_session->client()
        ->channels()
        .originate({.endpoint = m_phone, .app = app(), .callerId = tr("Listen <%1>").arg(m_target),
                    .channelId = id, .otherChannelId = m_runId + u"-phone2"_s})
        .then(this, [this, run, id](const Ari::Result<Ari::Channel> &r) {
            --m_inFlight;
            if (!r.ok()) {
                if (current(run))
                    fail(tr("The supervisor's phone %1 could not be rung: %2").arg(m_phone, r.error.toString()));
                else if (m_state == State::Stopping && m_inFlight == 0)
                    finishStop();
                return;
            }
            m_channels.insert(id);
            if (!current(run))
                hangup(id);
            else
                maybeBridge(); // its StasisStart may have come before this reply
            // Otherwise it joins the bridge once answered (its StasisStart).
        });
}

void ListenSession::maybeBridge()
{
    if (m_state != State::Starting || !m_bridgeCreated || !m_channels.contains(m_snoop))
        return;
    const bool endReady = m_transport == Transport::Phone ? m_phoneAnswered : m_mediaReady;
    if (!endReady || m_media.isEmpty() || !m_channels.contains(m_media))
        return;
    const quint64 run = m_run;
    ++m_inFlight;
    m_session->client()
        ->bridges()
        .addChannel({.bridgeId = m_bridge, .channel = {m_snoop, m_media}})
        .then(this, [this, run](const Ari::Result<void> &r) {
            --m_inFlight;
            if (!current(run)) {
                if (m_state == State::Stopping && m_inFlight == 0)
                    finishStop();
                return;
            }
            if (!r.ok()) {
                fail(tr("The call could not be joined to the console: %1").arg(r.error.toString()));
                return;
            }
            goLive();
        });
}

void ListenSession::goLive()
{
    setState(State::Live);
    if (m_wantedMode != m_mode)
        setMode(m_wantedMode);
}

void ListenSession::setMode(Mode mode)
{
    m_wantedMode = mode;
    if (m_state != State::Live || m_switching || mode == m_mode)
        return;
    m_switching = true;
    const quint64 run = m_run;
    const QString next = m_runId + u"-snoop"_s + QString::number(++m_snoopGeneration);
    Ari::AriClient *client = m_session->client();
    ++m_inFlight;
    client->channels()
        .snoopChannelWithId({.channelId = m_target, .snoopId = next, .spy = u"both"_s, .whisper = snoopWhisper(mode),
                             .app = app()})
        .then(this, [this, run, next, mode](const Ari::Result<Ari::Channel> &r) {
            --m_inFlight;
            if (r.ok())
                m_channels.insert(next);
            if (run != m_run || m_state != State::Live) {
                m_switching = false;
                if (r.ok())
                    hangup(next);
                else if (m_state == State::Stopping && m_inFlight == 0)
                    finishStop();
                return;
            }
            if (!r.ok()) {
                m_switching = false;
                m_wantedMode = m_mode;
                Q_EMIT error(tr("Could not switch to %1: %2").arg(modeName(mode), r.error.toString()));
                return;
            }
            // The new tap joins first and the old one leaves after: the audio path never drops.
            ++m_inFlight;
            m_session->client()
                ->bridges()
                .addChannel({.bridgeId = m_bridge, .channel = {next}})
                .then(this, [this, run, next, mode](const Ari::Result<void> &added) {
                    --m_inFlight;
                    m_switching = false;
                    if (run != m_run || m_state != State::Live) {
                        hangup(next);
                        return;
                    }
                    if (!added.ok()) {
                        hangup(next);
                        m_wantedMode = m_mode;
                        Q_EMIT error(tr("Could not switch to %1: %2").arg(modeName(mode), added.error.toString()));
                        return;
                    }
                    const QString old = std::exchange(m_snoop, next);
                    hangup(old);
                    m_mode = mode;
                    Q_EMIT modeChanged(mode);
                    Q_EMIT stateChanged(m_state);
                    if (m_wantedMode != m_mode)
                        setMode(m_wantedMode);
                });
        });
}

void ListenSession::sendMicrophone(const QByteArray &pcm)
{
    if (m_state != State::Live || m_mode == Mode::Listen)
        return;
    if (Ari::Media::MediaTransport *t = media())
        t->sendPcm(pcm);
}

void ListenSession::fail(const QString &text)
{
    m_stopReason = text;
    Q_EMIT error(text);
    stop();
}

void ListenSession::stop()
{
    if (m_state == State::Idle || m_state == State::Stopping)
        return;
    setState(State::Stopping);
    dropMedia();
    if (m_session) {
        m_session->client()
            ->channels()
            .setChannelVar({.channelId = m_target, .variable = u"TALK_DETECT(remove)"_s, .value = QString()})
            .then(this, [](const Ari::Result<void> &) {});
    }
    const QSet<QString> channels = m_channels;
    for (const QString &id : channels)
        hangup(id);
    if (m_bridgeCreated)
        destroyBridge();
    if (m_inFlight == 0)
        finishStop();
}

void ListenSession::hangup(const QString &id)
{
    if (!m_session || m_retiring.contains(id))
        return;
    m_retiring.insert(id);
    ++m_inFlight;
    m_session->client()->channels().hangup({.channelId = id}).then(this, [this, id](const Ari::Result<void> &r) {
        --m_inFlight;
        m_retiring.remove(id);
        if (r.ok() || r.httpStatus == 404)
            m_channels.remove(id);
        else
            Q_EMIT error(tr("Channel %1 could not be hung up (%2); it will be removed at the next connect")
                             .arg(id, r.error.toString()));
        if (m_state == State::Stopping && m_inFlight == 0)
            finishStop();
    });
}

void ListenSession::destroyBridge()
{
    if (!m_session)
        return;
    const QString id = m_bridge;
    ++m_inFlight;
    m_session->client()->bridges().destroy({.bridgeId = id}).then(this, [this, id](const Ari::Result<void> &r) {
        --m_inFlight;
        if (r.ok() || r.httpStatus == 404) {
            if (m_bridge == id)
                m_bridgeCreated = false;
        } else {
            Q_EMIT error(tr("Bridge %1 could not be destroyed (%2); it will be removed at the next connect")
                             .arg(id, r.error.toString()));
        }
        if (m_state == State::Stopping && m_inFlight == 0)
            finishStop();
    });
}

void ListenSession::finishStop()
{
    m_channels.clear();
    m_bridgeCreated = false;
    m_switching = false;
    const QString reason = std::exchange(m_stopReason, QString());
    setState(State::Idle);
    Q_EMIT stopped(reason);
    if (!m_restart.first.isEmpty()) {
        const auto [channel, mode] = std::exchange(m_restart, {});
        start(channel, mode);
    }
}

bool ListenSession::stopAndWait(int timeoutMs)
{
    stop();
    if (m_state == State::Idle)
        return true;
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    connect(this, &ListenSession::stopped, &loop, &QEventLoop::quit);
    loop.exec();
    return m_state == State::Idle;
}

void ListenSession::onEvent(const Ari::Event &e)
{
    using T = Ari::EventType;
    QString id;
    bool gone = false;
    if (const auto *end = e.as<Ari::StasisEndEvent>()) {
        id = end->channel.id;
        gone = true;
    } else if (const auto *d = e.as<Ari::ChannelDestroyedEvent>()) {
        id = d->channel.id;
        gone = true;
    } else if (const auto *h = e.as<Ari::ChannelHangupRequestEvent>()) {
        id = h->channel.id;
        gone = id == m_target;
    } else if (const auto *s = e.as<Ari::StasisStartEvent>()) {
        if (m_transport == Transport::Phone && s->channel.id == m_media && m_state == State::Starting) {
            m_phoneAnswered = true;
            maybeBridge();
        }
        return;
    }
    (void)T::Unknown;
    if (!gone || id.isEmpty() || m_state == State::Idle || m_state == State::Stopping)
        return;
    if (m_retiring.contains(id))
        return;
    if (id == m_target || id == m_snoop) {
        // A Snoop channel ends with the call it taps.
        m_stopReason = tr("The call ended");
        if (id == m_snoop)
            m_channels.remove(id);
        stop();
    } else if (id == m_media) {
        m_channels.remove(id);
        m_stopReason = m_transport == Transport::Phone ? tr("The supervisor's phone hung up")
                                                       : tr("The console's media channel was hung up");
        stop();
    }
}

void ListenSession::cleanupLeftovers()
{
    if (!m_session)
        return;
    Ari::AriClient *client = m_session->client();
    const QString prefix = namePrefix();
    auto counts = std::make_shared<std::pair<int, int>>(0, 0);
    auto pending = std::make_shared<int>(2);
    auto done = [this, counts, pending] {
        if (--*pending != 0)
            return;
        if (counts->first || counts->second)
            Q_EMIT leftoversRemoved(counts->first, counts->second);
        Q_EMIT leftoversChecked(counts->first, counts->second);
    };
    client->channels().list().then(this, [this, client, prefix, counts, done](const Ari::Result<QList<Ari::Channel>> &r) {
        if (r.ok()) {
            for (const Ari::Channel &c : r.value) {
                if (!c.id.startsWith(prefix) || (m_state != State::Idle && c.id.startsWith(m_runId)))
                    continue;
                ++counts->first;
                client->channels().hangup({.channelId = c.id}).then(this, [](const Ari::Result<void> &) {});
            }
        }
        done();
    });
    client->bridges().list().then(this, [this, client, prefix, counts, done](const Ari::Result<QList<Ari::Bridge>> &r) {
        if (r.ok()) {
            for (const Ari::Bridge &b : r.value) {
                if (!b.id.startsWith(prefix) || (m_state != State::Idle && b.id.startsWith(m_runId)))
                    continue;
                ++counts->second;
                client->bridges().destroy({.bridgeId = b.id}).then(this, [](const Ari::Result<void> &) {});
            }
        }
        done();
    });
}

} // namespace Console
