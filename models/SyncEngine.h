#pragma once

#include "ari/AriConnection.h"
#include "models/Store.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace Console {

//! Keeps a Store equal to the Asterisk behind a connection, across drops
//! and restarts.
//!
//! On every connect the event socket is already open: its events are
//! buffered while a snapshot is read, the snapshot is applied by difference,
//! then the buffered events are applied in order. Events that Asterisk sent
//! before the snapshot began (by its own clock, read through /asterisk/ping)
//! are already in the snapshot and are skipped, so no change is applied twice.
//! On a restart everything from before is dropped and the operator is told.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    SyncEngine(Ari::AriConnection *connection, Store *store, QObject *parent = nullptr);

    //! Takes a fresh snapshot now (F5), while connected.
    void resync();
    void setSnapshotRetryMs(int ms) { m_retry.setInterval(ms); }
    bool isBuffering() const { return m_buffering; }
    quint64 eventsSkipped() const { return m_skipped; }
    //! Completed snapshots since creation.
    int snapshotsApplied() const { return m_snapshots; }

Q_SIGNALS:
    //! The store is synced again: the snapshot and the events buffered meanwhile are applied.
    void synced();
    //! Something to tell the operator, in words.
    void notice(const QString &text);

    // What was received from Asterisk besides events, in order, for captures (CaptureWriter).
    //! A snapshot began (on a connect, a retry or F5); events are buffered from now on.
    void snapshotStarted(qint64 atMs);
    //! Asterisk's clock when the snapshot began (events stamped before it are in the snapshot).
    void clockRead(qint64 asteriskMs, qint64 atMs);
    //! The whole snapshot as read, just before it is applied.
    void snapshotRead(const Console::Snapshot &snapshot, qint64 atMs);
    //! A read said the channel no longer exists (it is marked ended).
    void channelGone(const QString &id, qint64 atMs);
    //! A read of one bridge (its technology may change with no event), just before it is applied.
    void bridgeRead(const Ari::Bridge &bridge, qint64 atMs);
    //! A read said the bridge no longer exists.
    void bridgeGone(const QString &id, qint64 atMs);
    //! A read of one stored recording (did Asterisk keep it?), just before it is applied.
    void storedRecordingRead(const Ari::StoredRecording &recording, qint64 atMs);
    //! A read said the stored recording no longer exists.
    void storedRecordingGone(const QString &name, qint64 atMs);

private:
    void onConnected();
    void onStateChanged(Ari::AriConnection::State state);
    void onEvent(const Ari::Event &event);
    void startSnapshot();
    void readSnapshot(int generation);
    void snapshotFailed(int generation, const Ari::AriError &error);
    void partDone(int generation);
    void finish();
    void checkChannel(const QString &id);
    void checkStoredRecording(const QString &name);
    void checkBridge(const QString &id);
    void readBridges();

    QPointer<Ari::AriConnection> m_connection;
    Store *m_store;
    QTimer m_retry;
    QList<Ari::Event> m_buffer;
    Snapshot m_snapshot;
    qint64 m_snapshotStartMs = 0; //!< Asterisk's clock when the snapshot began
    qint64 m_staleFromMs = 0;
    int m_generation = 0;
    int m_pending = 0;
    int m_snapshots = 0;
    bool m_buffering = false;
    quint64 m_skipped = 0;
    QSet<QString> m_bridgesToRead;  //!< asked for since the last read went out
    QSet<QString> m_bridgesReading; //!< reads under way
};

} // namespace Console
