#include "models/CaptureReader.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <zlib.h>

using namespace Qt::StringLiterals;

namespace Console {

namespace {

struct KindName
{
    CaptureRecord::Kind kind;
    const char16_t *name;
};
constexpr KindName kindNames[] = {
    {CaptureRecord::Kind::State, u"state"},
    {CaptureRecord::Kind::Info, u"info"},
    {CaptureRecord::Kind::SnapshotStart, u"snapshot_start"},
    {CaptureRecord::Kind::Clock, u"clock"},
    {CaptureRecord::Kind::Snapshot, u"snapshot"},
    {CaptureRecord::Kind::Event, u"event"},
    {CaptureRecord::Kind::Malformed, u"malformed"},
    {CaptureRecord::Kind::ChannelGone, u"channel_gone"},
    {CaptureRecord::Kind::BridgeRead, u"bridge_read"},
    {CaptureRecord::Kind::BridgeGone, u"bridge_gone"},
    {CaptureRecord::Kind::RecordingRead, u"stored_recording_read"},
    {CaptureRecord::Kind::RecordingGone, u"stored_recording_gone"},
    {CaptureRecord::Kind::Lost, u"lost"},
};

// One list of a snapshot: every element read as its typed value.
template<typename T>
bool readList(const QJsonObject &o, const QString &key, std::optional<QList<T>> &out, QString *error)
{
    const auto it = o.constFind(key);
    if (it == o.constEnd())
        return true;
    if (!it->isArray()) {
        *error = u"\"%1\" is not a list"_s.arg(key);
        return false;
    }
    QList<T> list;
    const QJsonArray arr = it->toArray();
    list.reserve(arr.size());
    for (const QJsonValue v : arr) {
        if (!v.isObject()) {
            *error = u"an element of \"%1\" is not an object"_s.arg(key);
            return false;
        }
        QString why;
        std::optional<T> value = T::fromJson(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact), &why);
        if (!value) {
            *error = u"an element of \"%1\" is unreadable: %2"_s.arg(key, why);
            return false;
        }
        list.append(std::move(*value));
    }
    out = std::move(list);
    return true;
}

bool readSnapshot(const QJsonObject &o, Snapshot &s, QString *error)
{
    return readList(o, u"channels"_s, s.channels, error) && readList(o, u"bridges"_s, s.bridges, error)
           && readList(o, u"applications"_s, s.applications, error) && readList(o, u"endpoints"_s, s.endpoints, error)
           && readList(o, u"device_states"_s, s.deviceStates, error)
           && readList(o, u"stored_recordings"_s, s.storedRecordings, error)
           && readList(o, u"sounds"_s, s.sounds, error) && readList(o, u"modules"_s, s.modules, error)
           && readList(o, u"mailboxes"_s, s.mailboxes, error) && readList(o, u"playbacks"_s, s.playbacks, error)
           && readList(o, u"live_recordings"_s, s.liveRecordings, error);
}

// A JSON number that is a whole count of milliseconds.
bool readMs(const QJsonObject &o, const QString &key, qint64 *out)
{
    const QJsonValue v = o.value(key);
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (!(d >= 0 && d < 9.0e15))
        return false;
    *out = qint64(d);
    return true;
}

} // namespace

QString CaptureReader::kindName(CaptureRecord::Kind kind)
{
    for (const KindName &k : kindNames) {
        if (k.kind == kind)
            return QString::fromUtf16(k.name);
    }
    return {};
}

bool CaptureReader::kindFromName(QStringView name, CaptureRecord::Kind *kind)
{
    for (const KindName &k : kindNames) {
        if (name == QStringView(k.name)) {
            *kind = k.kind;
            return true;
        }
    }
    return false;
}

bool CaptureReader::isGzip(const QByteArray &bytes)
{
    return bytes.size() >= 2 && uchar(bytes[0]) == 0x1f && uchar(bytes[1]) == 0x8b;
}

QByteArray CaptureReader::gunzip(const QByteArray &bytes, qint64 maxBytes, QString *error)
{
    QByteArray out;
    z_stream zs{};
    if (inflateInit2(&zs, 15 + 32) != Z_OK) { // 32: gzip or zlib header, detected
        *error = u"the decompressor could not start"_s;
        return out;
    }
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.constData()));
    zs.avail_in = uInt(std::min<qint64>(bytes.size(), std::numeric_limits<uInt>::max()));
    char buffer[64 * 1024];
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        zs.next_out = reinterpret_cast<Bytef *>(buffer);
        zs.avail_out = sizeof(buffer);
        rc = inflate(&zs, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            *error = rc == Z_BUF_ERROR ? u"the compressed file ends early (cut short?)"_s
                                       : u"the compressed data is damaged (%1)"_s.arg(QString::fromLatin1(zs.msg ? zs.msg : "error"));
            break;
        }
        out.append(buffer, qsizetype(sizeof(buffer) - zs.avail_out));
        if (out.size() > maxBytes) {
            out.truncate(maxBytes);
            *error = u"the file inflates to more than %1 MB; only the start was read"_s.arg(maxBytes / (1024 * 1024));
            break;
        }
        // Concatenated gzip members (appended captures) are read one after the other.
        if (rc == Z_STREAM_END && zs.avail_in > 0) {
            inflateReset(&zs);
            rc = Z_OK;
        }
    }
    inflateEnd(&zs);
    return out;
}

Capture CaptureReader::read(QIODevice *device, qint64 maxBytes)
{
    if (!device || !device->isReadable()) {
        Capture c;
        c.unreadable = true;
        c.errors.append(u"the file could not be read"_s);
        return c;
    }
    return read(device->read(maxBytes + 1), maxBytes);
}

Capture CaptureReader::read(const QByteArray &input, qint64 maxBytes)
{
    Capture c;
    QByteArray bytes = input;
    if (isGzip(bytes)) {
        QString error;
        bytes = gunzip(input, maxBytes, &error);
        if (!error.isEmpty())
            c.errors.append(error);
    } else if (bytes.size() > maxBytes) {
        bytes.truncate(maxBytes);
        c.errors.append(u"the file is larger than %1 MB; only the start was read"_s.arg(maxBytes / (1024 * 1024)));
    }
    bool header = false;
    qsizetype at = 0;
    int line = 0;
    auto bad = [&](const QString &why) {
        if (c.errors.size() < 100)
            c.errors.append(u"line %1: %2"_s.arg(line).arg(why));
    };
    while (at < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', at);
        if (end < 0)
            end = bytes.size();
        const QByteArrayView text(bytes.constData() + at, end - at);
        at = end + 1;
        ++line;
        if (text.trimmed().isEmpty())
            continue;
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(text.toByteArray(), &pe);
        if (!doc.isObject()) {
            bad(doc.isNull() ? u"not JSON (%1)"_s.arg(pe.errorString()) : u"not a JSON object"_s);
            continue;
        }
        const QJsonObject o = doc.object();
        const QString k = o.value(u"k"_s).toString();
        if (k == u"capture") {
            if (o.value(u"format"_s).toString() != u"ari-console-capture") {
                bad(u"not an ARI console capture"_s);
                continue;
            }
            if (o.value(u"version"_s).toInt() != 1) {
                bad(u"capture version %1 is not one this console reads (1)"_s.arg(o.value(u"version"_s).toInt()));
                continue;
            }
            header = true;
            readMs(o, u"started"_s, &c.startedMs);
            continue;
        }
        if (!header) {
            bad(u"no capture header before this line"_s);
            continue;
        }
        if (k == u"server") {
            const int index = o.value(u"server"_s).toInt(-1);
            if (index != c.servers.size()) {
                bad(u"server %1 out of order (expected %2)"_s.arg(index).arg(c.servers.size()));
                continue;
            }
            CaptureServer s;
            s.name = o.value(u"name"_s).toString();
            s.url = o.value(u"url"_s).toString();
            for (const QJsonValue v : o.value(u"apps"_s).toArray())
                s.apps.append(v.toString());
            s.subscribeAll = o.value(u"subscribe_all"_s).toBool();
            c.servers.append(s);
            continue;
        }
        if (k == u"end") {
            readMs(o, u"at"_s, &c.endedMs);
            continue;
        }
        CaptureRecord r;
        if (!kindFromName(k, &r.kind)) {
            bad(u"unknown kind \"%1\""_s.arg(k.left(40)));
            continue;
        }
        if (!readMs(o, u"at"_s, &r.atMs)) {
            bad(u"no arrival time"_s);
            continue;
        }
        r.server = o.value(u"server"_s).toInt(-1);
        if (r.server < 0 || r.server >= c.servers.size()) {
            bad(u"unknown server %1"_s.arg(r.server));
            continue;
        }
        using K = CaptureRecord::Kind;
        switch (r.kind) {
        case K::State:
        case K::Lost:
            r.text = o.value(r.kind == K::State ? u"state"_s : u"reason"_s).toString();
            break;
        case K::ChannelGone:
        case K::BridgeGone:
        case K::RecordingGone:
            r.text = o.value(u"id"_s).toString();
            if (r.text.isEmpty()) {
                bad(u"%1 without an id"_s.arg(CaptureReader::kindName(r.kind)));
                continue;
            }
            break;
        case K::BridgeRead:
        case K::RecordingRead: {
            const QByteArray value = QJsonDocument(o.value(u"value"_s).toObject()).toJson(QJsonDocument::Compact);
            QString why;
            if (r.kind == K::BridgeRead) {
                if (auto b = Ari::Bridge::fromJson(value, &why))
                    r.bridge = std::make_shared<const Ari::Bridge>(std::move(*b));
            } else if (auto rec = Ari::StoredRecording::fromJson(value, &why)) {
                r.recording = std::make_shared<const Ari::StoredRecording>(std::move(*rec));
            }
            if (!r.bridge && !r.recording) {
                bad(u"unreadable %1: %2"_s.arg(CaptureReader::kindName(r.kind), why));
                continue;
            }
            break;
        }
        case K::Event:
        case K::Malformed:
            if (!o.value(u"raw"_s).isString()) {
                bad(u"an event without its raw text"_s);
                continue;
            }
            r.raw = o.value(u"raw"_s).toString().toUtf8();
            r.text = o.value(u"why"_s).toString();
            break;
        case K::Clock:
            if (!readMs(o, u"asterisk"_s, &r.clockMs)) {
                bad(u"a clock line without Asterisk's time"_s);
                continue;
            }
            break;
        case K::Info: {
            QString why;
            auto info = Ari::AsteriskInfo::fromJson(QJsonDocument(o.value(u"info"_s).toObject()).toJson(QJsonDocument::Compact), &why);
            if (!info) {
                bad(u"unreadable Asterisk info: %1"_s.arg(why));
                continue;
            }
            r.info = std::make_shared<const Ari::AsteriskInfo>(std::move(*info));
            break;
        }
        case K::Snapshot: {
            auto s = std::make_shared<Snapshot>();
            QString why;
            if (!readSnapshot(o, *s, &why)) {
                bad(u"unreadable snapshot: %1"_s.arg(why));
                continue;
            }
            r.snapshot = std::move(s);
            break;
        }
        case K::SnapshotStart:
            break;
        }
        c.records.append(std::move(r));
    }
    if (!header) {
        c.unreadable = true;
        c.errors.prepend(u"this is not an ARI console capture (no header line)"_s);
    }
    if (!c.endedMs && !c.records.isEmpty())
        c.endedMs = c.records.last().atMs;
    if (!c.startedMs && !c.records.isEmpty())
        c.startedMs = c.records.first().atMs;
    return c;
}

} // namespace Console
