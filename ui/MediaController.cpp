#include "ui/MediaController.h"

#include "models/RecordingCatalog.h"
#include "models/SoundFilter.h"
#include "ui/Notifier.h"
#include "ui/PlayDialog.h"
#include "ui/RecordDialog.h"

#include <QMimeData>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Console {

MediaController::MediaController(const ActionPolicy *policy, Notifier *notifier, QWidget *dialogParent)
    : QObject(dialogParent), m_policy(policy), m_notifier(notifier), m_dialogParent(dialogParent)
{
}

QStringList MediaController::droppedMedia(const QMimeData *mime)
{
    QStringList uris;
    for (const auto &[type, scheme] : {std::pair{recordingMimeType, u"recording:"}, std::pair{soundMimeType, u"sound:"}}) {
        for (const QString &n : QString::fromUtf8(mime->data(QString::fromLatin1(type))).split(u'\n', Qt::SkipEmptyParts))
            uris.append(QStringView(scheme) + n);
    }
    return uris;
}

void MediaController::setSession(ServerSession *session)
{
    disconnect(m_events);
    m_session = session;
    m_muted.clear();
    if (m_playDialog)
        m_playDialog->close();
    if (m_recordDialog)
        m_recordDialog->close();
    if (session)
        m_events = connect(session->connection(), &Ari::AriConnection::eventReceived, this, &MediaController::onEvent);
}

Verdict MediaController::canPlay(const MediaTarget &target) const
{
    if (!m_session)
        return Verdict::no(tr("Not connected"));
    if (target.isBridge()) {
        if (!m_session->store()->bridge(target.id))
            return Verdict::no(tr("The bridge is gone"));
        return m_policy->general(Ari::OperationId::BridgesPlay);
    }
    const LiveChannel *lc = m_session->store()->anyChannel(target.id);
    return lc ? m_policy->channel(*lc, ChannelAction::Play) : Verdict::no(tr("The channel is gone"));
}

Verdict MediaController::canRecord(const MediaTarget &target) const
{
    if (!m_session)
        return Verdict::no(tr("Not connected"));
    if (target.isBridge()) {
        if (!m_session->store()->bridge(target.id))
            return Verdict::no(tr("The bridge is gone"));
        return m_policy->general(Ari::OperationId::BridgesRecord);
    }
    const LiveChannel *lc = m_session->store()->anyChannel(target.id);
    return lc ? m_policy->channel(*lc, ChannelAction::Record) : Verdict::no(tr("The channel is gone"));
}

QList<MediaTarget> MediaController::channelTargets(const QStringList &channelIds) const
{
    QList<MediaTarget> out;
    for (const QString &id : channelIds) {
        const LiveChannel *lc = m_session ? m_session->store()->anyChannel(id) : nullptr;
        out.append(MediaTarget::channel(id, lc ? lc->channel.name : QString()));
    }
    return out;
}

MediaTarget MediaController::bridgeTarget(const QString &bridgeId) const
{
    const LiveBridge *b = m_session ? m_session->store()->bridge(bridgeId) : nullptr;
    const QString label = b && !b->bridge.name.isEmpty() ? tr("bridge %1 (%2)").arg(b->bridge.name, bridgeId)
                                                         : tr("bridge %1").arg(bridgeId);
    return MediaTarget::bridge(bridgeId, label);
}

PlayDialog *MediaController::openPlayDialog(const QList<MediaTarget> &targets, const QStringList &media)
{
    if (!m_session || targets.isEmpty())
        return nullptr;
    if (m_playDialog)
        m_playDialog->close();
    auto *dialog = new PlayDialog(m_session, targets, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    for (const QString &m : media)
        dialog->addMedia(m);
    connect(dialog, &QDialog::accepted, this, [this, dialog, targets] { play(targets, dialog->request()); });
    m_playDialog = dialog;
    dialog->open();
    return dialog;
}

RecordDialog *MediaController::openRecordDialog(const MediaTarget &target)
{
    if (!m_session)
        return nullptr;
    if (m_recordDialog)
        m_recordDialog->close();
    auto *dialog = new RecordDialog(m_session, target, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, target] { record(target, dialog->request()); });
    m_recordDialog = dialog;
    dialog->open();
    return dialog;
}

void MediaController::play(const QList<MediaTarget> &targets, const PlayRequest &request)
{
    if (!m_session || request.media.isEmpty())
        return;
    Ari::AriClient *client = m_session->client();
    for (const MediaTarget &t : targets) {
        const Verdict v = canPlay(t);
        if (!v.allowed) {
            m_notifier->warning(tr("Cannot play to %1: %2").arg(t.display(), v.reason));
            continue;
        }
        auto done = [this, t, what = request.media.join(u", ")](const Ari::Result<Ari::Playback> &r) {
            if (!r.ok()) {
                m_notifier->failed(tr("Playing %1 to %2").arg(what, t.display()), r.error);
                return;
            }
            Q_EMIT played(r.value.id, t);
        };
        if (t.isBridge()) {
            client->bridges()
                .play({.bridgeId = t.id, .media = request.media, .lang = request.lang, .offsetms = request.offsetms,
                       .skipms = request.skipms, .playbackId = request.playbackId})
                .then(this, done);
        } else {
            client->channels()
                .play({.channelId = t.id, .media = request.media, .lang = request.lang, .offsetms = request.offsetms,
                       .skipms = request.skipms, .playbackId = request.playbackId})
                .then(this, done);
        }
    }
}

void MediaController::record(const MediaTarget &t, const RecordRequest &request)
{
    if (!m_session)
        return;
    const Verdict v = canRecord(t);
    if (!v.allowed) {
        m_notifier->warning(tr("Cannot record %1: %2").arg(t.display(), v.reason));
        return;
    }
    auto done = [this, t, name = request.name](const Ari::Result<Ari::LiveRecording> &r) {
        if (!r.ok()) {
            QString hint;
            if (r.httpStatus == 409)
                hint = tr(" (choose another name, or \"overwrite\" or \"append\" if it exists)");
            else if (r.httpStatus == 422)
                hint = tr(" (Asterisk does not know this format)");
            m_notifier->error(tr("Recording %1 as \"%2\": %3%4").arg(t.display(), name, r.error.toString(), hint));
            return;
        }
        Q_EMIT recordingStarted(r.value.name, t);
    };
    Ari::AriClient *client = m_session->client();
    if (t.isBridge()) {
        client->bridges()
            .record({.bridgeId = t.id, .name = request.name, .format = request.format,
                     .maxDurationSeconds = request.maxDurationSeconds, .maxSilenceSeconds = request.maxSilenceSeconds,
                     .ifExists = request.ifExists, .beep = request.beep, .terminateOn = request.terminateOn})
            .then(this, done);
    } else {
        client->channels()
            .record({.channelId = t.id, .name = request.name, .format = request.format,
                     .maxDurationSeconds = request.maxDurationSeconds, .maxSilenceSeconds = request.maxSilenceSeconds,
                     .ifExists = request.ifExists, .beep = request.beep, .terminateOn = request.terminateOn})
            .then(this, done);
    }
}

void MediaController::controlPlayback(const QString &id, const QString &operation)
{
    if (!m_session)
        return;
    const bool stop = operation == u"stop";
    const Verdict v = m_policy->general(stop ? Ari::OperationId::PlaybacksStop : Ari::OperationId::PlaybacksControl);
    if (!v.allowed) {
        m_notifier->warning(v.reason);
        return;
    }
    auto done = [this, id, operation](const Ari::Result<void> &r) {
        if (!r.ok()) {
            const QString why = r.httpStatus == 404 ? tr(" (it has already finished)")
                                : r.httpStatus == 409 ? tr(" (it is still queued behind another playback)")
                                                      : QString();
            m_notifier->failed(tr("Playback %1: %2%3").arg(operation, id, why), r.error);
            return;
        }
        // Only unpause raises an event (PlaybackStarted): read the new state back.
        if (operation != u"stop")
            readPlayback(id);
    };
    if (stop)
        m_session->client()->playbacks().stop({.playbackId = id}).then(this, done);
    else
        m_session->client()->playbacks().control({.playbackId = id, .operation = operation}).then(this, done);
}

void MediaController::controlRecording(const QString &name, const QString &operation)
{
    if (!m_session)
        return;
    using O = Ari::OperationId;
    O op = O::RecordingsStop;
    if (operation == u"cancel")
        op = O::RecordingsCancel;
    else if (operation == u"pause")
        op = O::RecordingsPause;
    else if (operation == u"unpause")
        op = O::RecordingsUnpause;
    else if (operation == u"mute")
        op = O::RecordingsMute;
    else if (operation == u"unmute")
        op = O::RecordingsUnmute;
    const Verdict v = m_policy->general(op);
    if (!v.allowed) {
        m_notifier->warning(v.reason);
        return;
    }
    auto done = [this, name, operation](const Ari::Result<void> &r) {
        if (!r.ok()) {
            const QString why = r.httpStatus == 404 ? tr(" (it has already finished)") : QString();
            m_notifier->failed(tr("Recording %1: %2%3").arg(operation, name, why), r.error);
            return;
        }
        if (operation == u"mute" || operation == u"unmute") {
            const bool muted = operation == u"mute";
            if (muted)
                m_muted.insert(name);
            else
                m_muted.remove(name);
            Q_EMIT mutedChanged(name, muted);
        }
        if (operation == u"pause" || operation == u"unpause")
            readRecording(name); // no event says it is paused
    };
    auto rec = m_session->client()->recordings();
    switch (op) {
    case O::RecordingsCancel:
        rec.cancel({.recordingName = name}).then(this, done);
        break;
    case O::RecordingsPause:
        rec.pause({.recordingName = name}).then(this, done);
        break;
    case O::RecordingsUnpause:
        rec.unpause({.recordingName = name}).then(this, done);
        break;
    case O::RecordingsMute:
        rec.mute({.recordingName = name}).then(this, done);
        break;
    case O::RecordingsUnmute:
        rec.unmute({.recordingName = name}).then(this, done);
        break;
    default:
        rec.stop({.recordingName = name}).then(this, done);
        break;
    }
}

void MediaController::readPlayback(const QString &id)
{
    m_session->client()->playbacks().get({.playbackId = id}).then(this, [this](const Ari::Result<Ari::Playback> &r) {
        if (r.ok() && m_session)
            m_session->store()->applyRead(r.value);
    });
}

void MediaController::readRecording(const QString &name)
{
    m_session->client()->recordings().getLive({.recordingName = name}).then(this, [this](const Ari::Result<Ari::LiveRecording> &r) {
        if (r.ok() && m_session)
            m_session->store()->applyRead(r.value);
    });
}

void MediaController::onEvent(const Ari::Event &e)
{
    // What goes wrong after the 201: Asterisk only says so in an event.
    if (const auto *f = e.as<Ari::RecordingFailedEvent>()) {
        const Ari::LiveRecording &r = f->recording;
        m_notifier->error(tr("Recording \"%1\" of %2 failed%3")
                              .arg(r.name, r.targetUri,
                                   r.cause.isEmpty() ? tr(" (a channel in a bridge cannot be recorded: record the bridge)")
                                                     : u": "_s + r.cause));
        m_muted.remove(r.name);
    } else if (const auto *p = e.as<Ari::PlaybackFinishedEvent>()) {
        if (p->playback.state == u"failed" && !m_session.isNull()) {
            const QString target = p->playback.targetUri;
            // A hangup fails what was playing: only a playback on a live target is news.
            const QString channel = target.startsWith(u"channel:") ? target.mid(8) : QString();
            if (channel.isEmpty() || m_session->store()->channel(channel))
                m_notifier->warning(tr("Playback of %1 on %2 failed (does the sound or recording exist?)")
                                        .arg(p->playback.mediaUri, target));
        }
    } else if (const auto *d = e.as<Ari::RecordingFinishedEvent>()) {
        m_muted.remove(d->recording.name);
    }
}

} // namespace Console
