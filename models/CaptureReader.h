#pragma once

#include "ari/Models.h"
#include "models/Store.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

class QIODevice;

namespace Console {

//! One line of a capture file: something one server's connection received, when it arrived.
struct CaptureRecord
{
    enum class Kind : quint8 {
        State,         //!< the connection's state changed (`text`: "Connected", "Reconnecting", ...)
        Info,          //!< /asterisk/info as read on a connect (`info`)
        SnapshotStart, //!< the console began reading the whole state
        Clock,         //!< Asterisk's clock when that snapshot began (`clockMs`)
        Snapshot,      //!< the whole state, as read (`snapshot`)
        Event,         //!< one event (`raw`: the bytes that arrived)
        Malformed,     //!< a frame that was no usable event (`raw`, `text`: why)
        ChannelGone,   //!< a read said a channel no longer exists (`text`: its id)
        BridgeRead,    //!< one bridge as read again (`bridge`)
        BridgeGone,    //!< a read said a bridge no longer exists (`text`: its id)
        RecordingRead, //!< one stored recording as read again (`recording`)
        RecordingGone, //!< a read said a stored recording no longer exists (`text`: its name)
        Lost,          //!< the event socket was lost (`text`: why)
    };
    Kind kind = Kind::Event;
    qint64 atMs = 0; //!< arrival, ms since the epoch (the console's clock)
    int server = 0;  //!< index into Capture::servers
    QString text;
    QByteArray raw;
    qint64 clockMs = 0;
    std::shared_ptr<const Ari::AsteriskInfo> info;
    std::shared_ptr<const Snapshot> snapshot;
    std::shared_ptr<const Ari::Bridge> bridge;
    std::shared_ptr<const Ari::StoredRecording> recording;
};

//! A server a capture holds, as its header line describes it (never its credentials).
struct CaptureServer
{
    QString name;
    QString url; //!< without user or password
    QStringList apps;
    bool subscribeAll = false;
};

//! A whole capture, read.
struct Capture
{
    QList<CaptureServer> servers;
    QList<CaptureRecord> records;
    qint64 startedMs = 0;
    qint64 endedMs = 0;   //!< the end line's time, else the last record's
    //! What could not be read, in words with the line number; the readable lines are kept.
    QStringList errors;
    //! True when the file was no capture at all (no header line): nothing to replay.
    bool unreadable = false;
};

//! Reads the capture files CaptureWriter writes: JSON lines, optionally
//! gzipped (detected by its magic bytes). Pure: bytes in, records out; no
//! network, no store. A bad line is reported and skipped, never fatal; a
//! gzip stream that inflates past `maxBytes` is cut there, with an error.
//!
//! Format, one JSON object per line, `k` naming the kind:
//!   {"k":"capture","format":"ari-console-capture","version":1,"started":MS}
//!   {"k":"server","server":N,"name":...,"url":...,"apps":[...],"subscribe_all":B}
//!   {"k":"state"|"info"|"snapshot_start"|"clock"|"snapshot"|"event"|"malformed"|"channel_gone"|"lost"|
//!        "bridge_read"|"bridge_gone"|"stored_recording_read"|"stored_recording_gone",
//!    "at":MS,"server":N, ...}   (event and malformed: "raw" holds the frame as a string;
//!                                  *_gone: "id"; *_read: "value", the object as read)
//!   {"k":"end","at":MS}
class CaptureReader
{
public:
    static constexpr qint64 defaultMaxBytes = 512LL * 1024 * 1024;

    //! Reads a capture from its bytes (plain or gzip).
    static Capture read(const QByteArray &bytes, qint64 maxBytes = defaultMaxBytes);
    //! Reads a whole device (a file) and parses it.
    static Capture read(QIODevice *device, qint64 maxBytes = defaultMaxBytes);
    //! Inflates a gzip stream; `error` says why when it stops short.
    static QByteArray gunzip(const QByteArray &bytes, qint64 maxBytes, QString *error);
    static bool isGzip(const QByteArray &bytes);
    //! The kind's name in the file ("snapshot_start"), and back (false when unknown).
    static QString kindName(CaptureRecord::Kind kind);
    static bool kindFromName(QStringView name, CaptureRecord::Kind *kind);
};

} // namespace Console
