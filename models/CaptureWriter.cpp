#include "models/CaptureWriter.h"

#include "models/CaptureReader.h"
#include "models/ServerSession.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <zlib.h>

using namespace Qt::StringLiterals;

namespace Console {

//! Deflates into a device as one gzip member.
class GzipSink
{
public:
    explicit GzipSink(QIODevice *out) : m_out(out)
    {
        m_ok = deflateInit2(&m_zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) == Z_OK;
    }
    ~GzipSink()
    {
        if (m_ok)
            deflateEnd(&m_zs);
    }
    bool write(const QByteArray &data) { return pump(data, Z_NO_FLUSH); }
    bool finish() { return pump({}, Z_FINISH); }

private:
    bool pump(const QByteArray &data, int flush)
    {
        if (!m_ok)
            return false;
        m_zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
        m_zs.avail_in = uInt(data.size());
        char buffer[32 * 1024];
        int rc = Z_OK;
        do {
            m_zs.next_out = reinterpret_cast<Bytef *>(buffer);
            m_zs.avail_out = sizeof(buffer);
            rc = deflate(&m_zs, flush);
            const qint64 n = qint64(sizeof(buffer) - m_zs.avail_out);
            if (rc == Z_STREAM_ERROR || (n > 0 && m_out->write(buffer, n) != n))
                return false;
        } while (m_zs.avail_out == 0 || (flush == Z_FINISH && rc != Z_STREAM_END));
        return true;
    }

    QIODevice *m_out;
    z_stream m_zs{};
    bool m_ok = false;
};

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

template<typename T>
QJsonArray listJson(const QList<T> &list)
{
    QJsonArray out;
    for (const T &v : list)
        out.append(v.toJson());
    return out;
}

QJsonObject snapshotJson(const Snapshot &s)
{
    QJsonObject o;
    auto put = [&o](const QString &key, const auto &list) {
        if (list)
            o.insert(key, listJson(*list));
    };
    put(u"channels"_s, s.channels);
    put(u"bridges"_s, s.bridges);
    put(u"applications"_s, s.applications);
    put(u"endpoints"_s, s.endpoints);
    put(u"device_states"_s, s.deviceStates);
    put(u"stored_recordings"_s, s.storedRecordings);
    put(u"sounds"_s, s.sounds);
    put(u"modules"_s, s.modules);
    put(u"mailboxes"_s, s.mailboxes);
    put(u"playbacks"_s, s.playbacks);
    put(u"live_recordings"_s, s.liveRecordings);
    return o;
}

} // namespace

CaptureWriter::CaptureWriter(QObject *parent) : QObject(parent) {}

CaptureWriter::~CaptureWriter()
{
    close();
}

bool CaptureWriter::open(const QString &path, QString *error)
{
    close();
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error)
            *error = tr("Could not create the capture file %1: %2").arg(path, m_file.errorString());
        return false;
    }
    return start(&m_file, path.endsWith(u".gz"_s, Qt::CaseInsensitive));
}

bool CaptureWriter::start(QIODevice *device, bool gzip)
{
    m_device = device;
    m_records = m_bytes = 0;
    if (gzip)
        m_gzip = std::make_unique<GzipSink>(device);
    write(QJsonObject{{u"k"_s, u"capture"_s},
                      {u"format"_s, u"ari-console-capture"_s},
                      {u"version"_s, 1},
                      {u"started"_s, double(nowMs())}});
    return m_device != nullptr;
}

void CaptureWriter::write(const QJsonObject &record)
{
    if (!m_device)
        return;
    QByteArray line = QJsonDocument(record).toJson(QJsonDocument::Compact);
    line.append('\n');
    const bool ok = m_gzip ? m_gzip->write(line) : m_device->write(line) == line.size();
    if (!ok) {
        const QString why = m_device->errorString();
        m_device = nullptr;
        m_gzip.reset();
        Q_EMIT failed(tr("The capture stopped: could not write to %1 (%2)").arg(m_file.fileName(), why));
        return;
    }
    ++m_records;
    m_bytes += line.size();
}

void CaptureWriter::writeRecord(int server, const QString &kind, QJsonObject fields)
{
    fields.insert(u"k"_s, kind);
    fields.insert(u"server"_s, server);
    if (!fields.contains(u"at"_s))
        fields.insert(u"at"_s, double(nowMs()));
    write(fields);
}

void CaptureWriter::addSession(ServerSession *session)
{
    if (!m_device || !session || m_sessions.contains(session))
        return;
    const int index = int(m_sessions.size());
    m_sessions.append(session);
    // The server as the operator named it; the URL without user, password or query.
    const Ari::ConnectionSettings &s = session->connection()->settings();
    const QString url = s.baseUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
    write(QJsonObject{{u"k"_s, u"server"_s},
                      {u"server"_s, index},
                      {u"name"_s, session->name()},
                      {u"url"_s, url},
                      {u"apps"_s, QJsonArray::fromStringList(s.apps)},
                      {u"subscribe_all"_s, s.subscribeAll}});

    Ari::AriConnection *c = session->connection();
    SyncEngine *sync = session->sync();
    auto state = [this, index, c](Ari::AriConnection::State st) {
        writeRecord(index, u"state"_s, {{u"state"_s, Ari::AriConnection::stateName(st)}});
        if (st == Ari::AriConnection::State::Connected)
            writeRecord(index, u"info"_s, {{u"info"_s, c->asteriskInfo().toJson()}});
    };
    connect(c, &Ari::AriConnection::stateChanged, this, state);
    connect(c, &Ari::AriConnection::eventReceived, this, [this, index](const Ari::Event &e) {
        writeRecord(index, u"event"_s, {{u"raw"_s, QString::fromUtf8(e.raw)}});
    });
    connect(c, &Ari::AriConnection::malformedFrame, this, [this, index](const QString &why, const QByteArray &raw) {
        writeRecord(index, u"malformed"_s, {{u"raw"_s, QString::fromUtf8(raw)}, {u"why"_s, why}});
    });
    connect(c, &Ari::AriConnection::connectionLost, this,
            [this, index](const QString &why) { writeRecord(index, u"lost"_s, {{u"reason"_s, why}}); });
    connect(sync, &SyncEngine::snapshotStarted, this,
            [this, index](qint64 at) { writeRecord(index, u"snapshot_start"_s, {{u"at"_s, double(at)}}); });
    connect(sync, &SyncEngine::clockRead, this, [this, index](qint64 asterisk, qint64 at) {
        writeRecord(index, u"clock"_s, {{u"at"_s, double(at)}, {u"asterisk"_s, double(asterisk)}});
    });
    connect(sync, &SyncEngine::snapshotRead, this, [this, index](const Snapshot &snap, qint64 at) {
        QJsonObject o = snapshotJson(snap);
        o.insert(u"at"_s, double(at));
        writeRecord(index, u"snapshot"_s, o);
    });
    connect(sync, &SyncEngine::channelGone, this, [this, index](const QString &id, qint64 at) {
        writeRecord(index, u"channel_gone"_s, {{u"at"_s, double(at)}, {u"id"_s, id}});
    });
    connect(sync, &SyncEngine::bridgeRead, this, [this, index](const Ari::Bridge &bridge, qint64 at) {
        writeRecord(index, u"bridge_read"_s, {{u"at"_s, double(at)}, {u"value"_s, bridge.toJson()}});
    });
    connect(sync, &SyncEngine::bridgeGone, this, [this, index](const QString &id, qint64 at) {
        writeRecord(index, u"bridge_gone"_s, {{u"at"_s, double(at)}, {u"id"_s, id}});
    });
    connect(sync, &SyncEngine::storedRecordingRead, this, [this, index](const Ari::StoredRecording &rec, qint64 at) {
        writeRecord(index, u"stored_recording_read"_s, {{u"at"_s, double(at)}, {u"value"_s, rec.toJson()}});
    });
    connect(sync, &SyncEngine::storedRecordingGone, this, [this, index](const QString &name, qint64 at) {
        writeRecord(index, u"stored_recording_gone"_s, {{u"at"_s, double(at)}, {u"id"_s, name}});
    });
    // Where the connection stands now; a connected one is read afresh so the capture starts from a snapshot.
    state(c->state());
    if (c->state() == Ari::AriConnection::State::Connected)
        sync->resync();
}

void CaptureWriter::close()
{
    for (const auto &s : std::as_const(m_sessions)) {
        if (s) {
            disconnect(s->connection(), nullptr, this, nullptr);
            disconnect(s->sync(), nullptr, this, nullptr);
        }
    }
    m_sessions.clear();
    if (!m_device)
        return;
    write(QJsonObject{{u"k"_s, u"end"_s}, {u"at"_s, double(nowMs())}});
    if (m_gzip && !m_gzip->finish())
        Q_EMIT failed(tr("The capture's end could not be written to %1").arg(m_file.fileName()));
    m_gzip.reset();
    m_device = nullptr;
    if (m_file.isOpen())
        m_file.close();
}

} // namespace Console
