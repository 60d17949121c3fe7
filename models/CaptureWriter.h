#pragma once

#include <QFile>
#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

class QJsonObject;

namespace Console {

class ServerSession;
class GzipSink;

//! "Capture session": writes everything the console receives from each
//! attached server to a JSON-lines file (gzip when the name ends in .gz):
//! connection states, /asterisk/info, snapshot starts, Asterisk's clock, the
//! snapshots as read, every event as the bytes that arrived, malformed
//! frames, and channels found gone, each with its arrival time. Nothing the
//! console did not receive, and never a user name or password (URLs lose
//! their user info and query). CaptureReader reads it back.
//!
//! A session attached while connected is read afresh (a resync), so the
//! capture starts from a snapshot and replays to the same store.
class CaptureWriter : public QObject
{
    Q_OBJECT

public:
    explicit CaptureWriter(QObject *parent = nullptr);
    ~CaptureWriter() override;

    //! Creates the file; gzip when `path` ends in ".gz". False with `error` in words.
    bool open(const QString &path, QString *error = nullptr);
    //! Writes to a device the caller owns (tests), plain or gzip.
    bool start(QIODevice *device, bool gzip = false);
    bool isOpen() const { return m_device != nullptr; }
    QString fileName() const { return m_file.fileName(); }
    //! Captures one more server from now on.
    void addSession(ServerSession *session);
    //! Writes the end line and closes the file.
    void close();

    qint64 recordsWritten() const { return m_records; }
    qint64 bytesWritten() const { return m_bytes; }

Q_SIGNALS:
    //! Writing failed (disk full...): the capture stopped; `why` in words.
    void failed(const QString &why);

private:
    void write(const QJsonObject &record);
    void writeRecord(int server, const QString &kind, QJsonObject fields);

    QFile m_file;
    QIODevice *m_device = nullptr;
    std::unique_ptr<GzipSink> m_gzip;
    QList<QPointer<ServerSession>> m_sessions;
    qint64 m_records = 0;
    qint64 m_bytes = 0;
};

} // namespace Console
