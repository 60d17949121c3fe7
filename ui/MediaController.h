#pragma once

#include "models/ActionPolicy.h"
#include "models/ServerSession.h"
#include "ui/MediaTarget.h"
#include "ui/PlayDialog.h"
#include "ui/RecordDialog.h"

#include <QObject>
#include <QPointer>

class QMimeData;
class QWidget;

namespace Console {

class Notifier;

//! The media operations of one window, for whichever server it shows: play
//! and record on channels and bridges (through their dialogs or directly, as
//! a drop does), control live playbacks and recordings. Asks the action
//! policy first, reports every error to the notifier in words, and reads
//! back what no event tells (a paused playback or recording) into the store.
class MediaController : public QObject
{
    Q_OBJECT

public:
    MediaController(const ActionPolicy *policy, Notifier *notifier, QWidget *dialogParent);

    void setSession(ServerSession *session);
    ServerSession *session() const { return m_session; }
    Notifier *notifier() const { return m_notifier; }
    const ActionPolicy *policy() const { return m_policy; }

    //! May media be played to / recorded from the target now? With the reason when not.
    Verdict canPlay(const MediaTarget &target) const;
    Verdict canRecord(const MediaTarget &target) const;
    //! Targets for channel ids, labelled with their names.
    QList<MediaTarget> channelTargets(const QStringList &channelIds) const;
    MediaTarget bridgeTarget(const QString &bridgeId) const;

    //! Opens the Play dialog (non-modal) for the targets, with media already listed.
    PlayDialog *openPlayDialog(const QList<MediaTarget> &targets, const QStringList &media = {});
    PlayDialog *playDialog() const { return m_playDialog; }
    RecordDialog *openRecordDialog(const MediaTarget &target);
    RecordDialog *recordDialog() const { return m_recordDialog; }

    //! Plays at once on each target (a drop, "Play on selected channel").
    void play(const QList<MediaTarget> &targets, const PlayRequest &request);
    void record(const MediaTarget &target, const RecordRequest &request);
    //! pause, unpause, restart, reverse, forward; or "stop" (DELETE).
    void controlPlayback(const QString &playbackId, const QString &operation);
    //! stop, cancel, pause, unpause, mute, unmute.
    void controlRecording(const QString &name, const QString &operation);
    //! The media URIs a drag carries: dragged recordings ("recording:NAME") and sounds ("sound:ID").
    static QStringList droppedMedia(const QMimeData *mime);
    //! Whether this console muted the live recording (Asterisk's JSON does not say).
    bool isMuted(const QString &recordingName) const { return m_muted.contains(recordingName); }

Q_SIGNALS:
    void played(const QString &playbackId, const Console::MediaTarget &target);
    void recordingStarted(const QString &name, const Console::MediaTarget &target);
    void mutedChanged(const QString &recordingName, bool muted);

private:
    void onEvent(const Ari::Event &event);
    void readPlayback(const QString &id);
    void readRecording(const QString &name);

    QPointer<ServerSession> m_session;
    const ActionPolicy *m_policy;
    Notifier *m_notifier;
    QWidget *m_dialogParent;
    QPointer<PlayDialog> m_playDialog;
    QPointer<RecordDialog> m_recordDialog;
    QSet<QString> m_muted;
    QMetaObject::Connection m_events;
};

} // namespace Console
