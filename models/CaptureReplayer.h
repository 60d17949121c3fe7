#pragma once

#include "models/CaptureReader.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace Ari {
class EventParser;
}

namespace Console {

class ServerSession;

//! Replays a capture into fresh sessions (one per captured server, never
//! connected) with the same store, event log and models as a live one, so
//! the same views show it. It follows the capture exactly as SyncEngine
//! followed the connection: events are buffered while a snapshot is read,
//! events Asterisk stamped before the snapshot began are skipped, a restart
//! drops everything, gaps are recorded where the connection was down.
//!
//! As fast as possible, at 1x or 10x the captured pace, or a step at a time;
//! seeking backwards starts again from fresh sessions (sessionsReplaced()).
class CaptureReplayer : public QObject
{
    Q_OBJECT

public:
    explicit CaptureReplayer(Capture capture, QObject *parent = nullptr);
    ~CaptureReplayer() override;

    const Capture &capture() const { return m_capture; }
    //! The sessions showing the replay, one per captured server (they are replaced on a seek backwards).
    QList<ServerSession *> sessions() const;
    //! Records applied so far (0..count()).
    int position() const { return m_position; }
    int count() const { return int(m_capture.records.size()); }
    bool atEnd() const { return m_position >= count(); }
    //! The capture's time at the current position (the last applied record's arrival).
    qint64 positionMs() const;
    qint64 startMs() const { return m_capture.startedMs; }
    qint64 endMs() const { return m_capture.endedMs; }

    //! 0: as fast as possible; 1: the captured pace; 10: ten times faster.
    void setSpeed(double factor);
    double speed() const { return m_speed; }
    void play();
    void pause();
    bool isPlaying() const { return m_playing; }
    //! Applies records up to and including the next event (one event at a time).
    void step();
    //! Makes the sessions show the capture after its first `position` records.
    void seek(int position);
    //! The same, for a time: every record that arrived at or before `ms`.
    void seekToMs(qint64 ms);
    void runToEnd() { seek(count()); }

Q_SIGNALS:
    //! New sessions replaced the old ones (after a seek backwards); the old ones are deleted later.
    void sessionsReplaced();
    void positionChanged(int position, qint64 atMs);
    void finished();

private:
    struct Server;
    void reset();
    void applyNext();
    void onTimer();

    Capture m_capture;
    std::vector<std::unique_ptr<Server>> m_servers;
    std::unique_ptr<Ari::EventParser> m_parser;
    QTimer m_timer;
    int m_position = 0;
    double m_speed = 0;
    bool m_playing = false;
};

} // namespace Console
