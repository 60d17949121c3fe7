// SimAsterisk: playbacks, recordings, snoop and externalMedia channels, RTP and the media WebSocket.

#include "sim/SimAsterisk.h"

#include "sim/SimAudio.h"
#include "sim/SimClock.h"
#include "sim/WebSocketConnection.h"

#include <QHostAddress>
#include <QNetworkDatagram>
#include <QRandomGenerator>
#include <QUdpSocket>
#include <QUuid>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace AriSim {

// ---- playbacks ----------------------------------------------------------------------------------

qint64 SimAsterisk::mediaDurationMs(const QString &uri, bool *known, bool *neverEnds) const
{
    *known = true;
    *neverEnds = false;
    const qsizetype colon = uri.indexOf(u':');
    const QString scheme = colon < 0 ? QString() : uri.left(colon);
    const QString rest = colon < 0 ? uri : uri.mid(colon + 1);
    if (scheme == u"sound") {
        const qint64 ms = soundDurationMs(rest);
        *known = ms >= 0;
        return ms;
    }
    if (scheme == u"recording") {
        const StoredRecording *r = storedRecording(rest);
        *known = r != nullptr;
        return r ? SimAudio::durationMs(r->format, r->bytes) : -1;
    }
    if (scheme == u"number") {
        bool ok = false;
        const qint64 n = rest.toLongLong(&ok);
        *known = ok;
        // Words: "one thousand two hundred thirty four" and the like.
        const QString digits = QString::number(qAbs(n));
        int words = 0;
        for (qsizetype i = 0; i < digits.size(); ++i)
            words += digits.at(i) == u'0' ? 0 : (digits.size() - i == 2 && digits.at(i) == u'1' ? 1 : 2);
        return qMax(1, words) * 640;
    }
    if (scheme == u"digits")
        return qMax<qint64>(1, rest.size()) * 800;
    if (scheme == u"characters")
        return qMax<qint64>(1, rest.size()) * 740;
    if (scheme == u"tone") {
        *neverEnds = true;
        return -1;
    }
    *known = false;
    *neverEnds = true; // unknown scheme: started, never finished
    return -1;
}

Json SimAsterisk::playbackSnapshot(const SimPlayback &p, bool withNext) const
{
    Json out = Json::object({{u"id"_s, p.id}, {u"media_uri"_s, p.media.value(p.index)}});
    if (withNext && p.index + 1 < p.media.size())
        out.insert(u"next_media_uri"_s, p.media.value(p.index + 1));
    out.insert(u"target_uri"_s, QString(p.targetKind + u':' + p.targetId));
    out.insert(u"language"_s, p.language);
    out.insert(u"state"_s, p.state);
    return out;
}

void SimAsterisk::emitPlayback(const QString &type, const SimPlayback &p, bool withNext)
{
    Topics t;
    if (p.targetKind == u"bridge")
        t.bridge = p.targetId;
    else
        t.channel = p.targetId;
    emitEvent(Json::object({{u"type"_s, type}, {u"playback"_s, playbackSnapshot(p, withNext)}}), t);
}

SimPlayback *SimAsterisk::findPlayback(const QString &id) const
{
    for (const auto &[seq, p] : m_playbacks) {
        if (p->id == id && p->state != u"queued")
            return p.get();
    }
    for (const auto &[seq, p] : m_playbacks) {
        if (p->id == id)
            return p.get();
    }
    return nullptr;
}

Json SimAsterisk::playbackJson(const QString &id) const
{
    const SimPlayback *p = findPlayback(id);
    return p ? playbackSnapshot(*p) : Json();
}

HttpResponse SimAsterisk::play(const QString &targetKind, const QString &targetId, const QStringList &media,
                               const QString &lang, int offsetMs, int skipMs, const QString &playbackId)
{
    if (targetKind == u"bridge") {
        if (!findBridge(targetId))
            return HttpResponse::message(404, u"Bridge not found"_s);
    } else {
        SimChannel *c = nullptr;
        if (HttpResponse r = channelGate(targetId, &c, true); r.status)
            return r;
    }
    if (media.isEmpty())
        return HttpResponse::message(500, u"Failed to queue media for playback"_s);
    auto p = std::make_unique<SimPlayback>();
    p->seq = ++m_seq;
    p->id = playbackId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : playbackId;
    p->media = media;
    p->targetKind = targetKind;
    p->targetId = targetId;
    p->language = lang.isEmpty() ? u"en"_s : lang;
    p->skipMs = skipMs > 0 ? skipMs : 3000;
    p->remainingMs = -qMax(0, offsetMs); // applied when it starts
    const Json answer = playbackSnapshot(*p);
    const quint64 seq = p->seq;
    const QString key = targetKind + u':' + targetId;
    m_playbacks.emplace(seq, std::move(p));
    std::deque<quint64> &queue = m_targetQueues[key];
    queue.push_back(seq);
    if (targetKind == u"bridge" && queue.size() == 1) {
        SimBridge *b = findBridge(targetId);
        b->announcer = u"Announcer/ARI-"_s + nextLocalNumber() + u";2"_s;
        addInternal(*b, b->announcer);
    }
    if (queue.size() == 1)
        startPlayback(seq);
    return HttpResponse::json(201, answer).withHeader("Location", "/playbacks/" + answer.value(u"id").toString().toUtf8());
}

void SimAsterisk::startPlayback(quint64 seq)
{
    auto it = m_playbacks.find(seq);
    if (it == m_playbacks.end())
        return;
    SimPlayback &p = *it->second;
    const qint64 offset = p.remainingMs < 0 ? -p.remainingMs : 0;
    bool known = true, neverEnds = false;
    const qint64 duration = mediaDurationMs(p.media.value(p.index), &known, &neverEnds);
    p.state = u"playing"_s;
    emitPlayback(u"PlaybackStarted"_s, p);
    if (!known && neverEnds) {
        // An unknown scheme: Asterisk answers 201, says PlaybackStarted and forgets it.
        const QString key = p.targetKind + u':' + p.targetId;
        m_playbacks.erase(seq);
        std::deque<quint64> &queue = m_targetQueues[key];
        std::erase(queue, seq);
        if (!queue.empty()) {
            startPlayback(queue.front());
            return;
        }
        m_targetQueues.remove(key);
        if (key.startsWith(u"bridge:")) {
            if (SimBridge *b = findBridge(key.mid(7)); b && !b->announcer.isEmpty()) {
                const QString name = std::exchange(b->announcer, QString());
                removeInternal(*b, name);
            }
        }
        return;
    }
    if (!known) {
        finishPlayback(seq, u"failed"_s);
        return;
    }
    p.durationMs = neverEnds ? -1 : duration;
    p.remainingMs = neverEnds ? -1 : qMax<qint64>(1, duration - offset);
    p.startedAtMs = nowMs();
    if (p.remainingMs > 0) {
        const quint64 gen = m_generation;
        p.timer = m_clock.startTimer(p.remainingMs, this, [this, seq, gen] {
            if (gen != m_generation)
                return;
            auto i = m_playbacks.find(seq);
            if (i == m_playbacks.end())
                return;
            i->second->timer = 0;
            playbackMediaDone(seq);
        });
    }
}

void SimAsterisk::playbackMediaDone(quint64 seq)
{
    auto it = m_playbacks.find(seq);
    if (it == m_playbacks.end())
        return;
    SimPlayback &p = *it->second;
    if (p.index + 1 < p.media.size()) {
        p.state = u"continuing"_s;
        emitPlayback(u"PlaybackContinuing"_s, p);
        ++p.index;
        p.remainingMs = 0;
        startPlayback(seq);
        return;
    }
    finishPlayback(seq, u"done"_s);
}

void SimAsterisk::finishPlayback(quint64 seq, const QString &state)
{
    if (seq == 0)
        return;
    auto it = m_playbacks.find(seq);
    if (it == m_playbacks.end())
        return;
    std::unique_ptr<SimPlayback> p = std::move(it->second);
    m_playbacks.erase(it);
    if (p->timer)
        m_clock.stopTimer(p->timer);
    const QString key = p->targetKind + u':' + p->targetId;
    const bool wasStarted = p->state != u"queued";
    if (wasStarted) {
        p->state = state;
        emitPlayback(u"PlaybackFinished"_s, *p, false);
    }
    auto q = m_targetQueues.find(key);
    if (q == m_targetQueues.end())
        return;
    std::erase(q.value(), seq);
    if (!q.value().empty()) {
        if (wasStarted)
            startPlayback(q.value().front());
        return;
    }
    m_targetQueues.erase(q);
    if (p->targetKind == u"bridge") {
        if (SimBridge *b = findBridge(p->targetId); b && !b->announcer.isEmpty()) {
            const QString name = std::exchange(b->announcer, QString());
            removeInternal(*b, name);
        }
    }
}

void SimAsterisk::stopTargetPlaybacks(const QString &kind, const QString &id)
{
    const QString key = kind + u':' + id;
    auto q = m_targetQueues.find(key);
    if (q == m_targetQueues.end())
        return;
    const std::deque<quint64> seqs = q.value();
    m_targetQueues.erase(q);
    for (quint64 seq : seqs) {
        auto it = m_playbacks.find(seq);
        if (it == m_playbacks.end())
            continue;
        std::unique_ptr<SimPlayback> p = std::move(it->second);
        m_playbacks.erase(it);
        if (p->timer)
            m_clock.stopTimer(p->timer);
        if (p->state != u"queued") {
            p->state = kind == u"channel" ? u"failed"_s : u"done"_s;
            emitPlayback(u"PlaybackFinished"_s, *p, false);
        }
    }
    if (kind == u"bridge") {
        if (SimBridge *b = findBridge(id); b && !b->announcer.isEmpty()) {
            const QString name = std::exchange(b->announcer, QString());
            removeInternal(*b, name);
        }
    }
}

HttpResponse SimAsterisk::stopPlayback(const QString &id)
{
    SimPlayback *p = findPlayback(id);
    if (!p)
        return HttpResponse::message(404, u"Playback not found"_s);
    finishPlayback(p->seq, u"done"_s);
    return HttpResponse::noContent();
}

HttpResponse SimAsterisk::controlPlayback(const QString &id, const QString &operation)
{
    static const QStringList ops = {u"restart"_s, u"pause"_s, u"unpause"_s, u"reverse"_s, u"forward"_s};
    SimPlayback *p = findPlayback(id);
    if (!p)
        return HttpResponse::message(404, u"Playback not found"_s);
    if (operation.isEmpty())
        return HttpResponse::message(400, u"Missing parameter operation"_s);
    if (!ops.contains(operation))
        return HttpResponse::message(400, u"Invalid operation "_s + operation);
    if (p->state == u"queued")
        return HttpResponse::message(409, u"Playback not in a state to be controlled"_s);
    const quint64 seq = p->seq;
    const auto rearm = [this, seq](SimPlayback &pb) {
        if (pb.timer)
            m_clock.stopTimer(pb.timer);
        pb.timer = 0;
        pb.startedAtMs = nowMs();
        if (pb.remainingMs <= 0 || pb.state != u"playing")
            return;
        const quint64 gen = m_generation;
        pb.timer = m_clock.startTimer(pb.remainingMs, this, [this, seq, gen] {
            if (gen != m_generation)
                return;
            auto i = m_playbacks.find(seq);
            if (i == m_playbacks.end())
                return;
            i->second->timer = 0;
            playbackMediaDone(seq);
        });
    };
    const auto elapse = [this](SimPlayback &pb) {
        if (pb.state == u"playing" && pb.remainingMs > 0)
            pb.remainingMs = qMax<qint64>(1, pb.remainingMs - (nowMs() - pb.startedAtMs));
    };
    if (operation == u"pause") {
        elapse(*p);
        if (p->state == u"playing")
            p->state = u"paused"_s;
        rearm(*p);
    } else if (operation == u"unpause") {
        if (p->state == u"paused") {
            p->state = u"playing"_s;
            emitPlayback(u"PlaybackStarted"_s, *p);
        }
        rearm(*p);
    } else if (operation == u"restart") {
        if (p->durationMs > 0)
            p->remainingMs = p->durationMs;
        rearm(*p);
    } else if (operation == u"forward") {
        elapse(*p);
        if (p->remainingMs > 0)
            p->remainingMs = qMax<qint64>(1, p->remainingMs - p->skipMs);
        rearm(*p);
    } else {
        elapse(*p);
        if (p->remainingMs > 0)
            p->remainingMs = qMin<qint64>(p->durationMs, p->remainingMs + p->skipMs);
        rearm(*p);
    }
    return HttpResponse::noContent();
}

// ---- recordings ---------------------------------------------------------------------------------

Json SimAsterisk::recordingSnapshot(const SimLiveRecording &r, bool withDuration) const
{
    Json out = Json::object({{u"name"_s, r.name},
                             {u"format"_s, r.format},
                             {u"state"_s, r.state},
                             {u"target_uri"_s, QString(r.targetKind + u':' + r.targetId)}});
    if (withDuration) {
        const qint64 total = recordedMs(r);
        out.insert(u"duration"_s, qint64(total / 1000));
        // Asterisk measures the talking time only with silence detection on (maxSilenceSeconds), and
        // reports silence as the rest (stasis_app_recording_to_json). Here the channel talks (the test
        // tone) except while muted.
        if (r.maxSilenceMs > 0) {
            const qint64 silence = qMin(total, r.mutedMs + (r.muteStartMs >= 0 ? nowMs() - r.muteStartMs : 0));
            out.insert(u"talking_duration"_s, qint64((total - silence) / 1000));
            out.insert(u"silence_duration"_s, qint64(total / 1000 - (total - silence) / 1000));
        }
    }
    return out;
}

qint64 SimAsterisk::recordedMs(const SimLiveRecording &r) const
{
    return r.recordedMs + (r.segmentStartMs >= 0 ? nowMs() - r.segmentStartMs : 0);
}

Json SimAsterisk::liveRecordingJson(const QString &name) const
{
    auto it = m_live.find(name);
    return it == m_live.end() ? Json() : recordingSnapshot(it->second, false);
}

HttpResponse SimAsterisk::record(const QString &targetKind, const QString &targetId, const RecordParams &p)
{
    SimChannel *c = nullptr;
    if (targetKind == u"bridge") {
        if (!findBridge(targetId))
            return HttpResponse::message(404, u"Bridge not found"_s);
    } else if (HttpResponse r = channelGate(targetId, &c, true); r.status) {
        return r;
    }
    static const QStringList formats = {u"wav"_s, u"wav16"_s, u"gsm"_s, u"ulaw"_s, u"alaw"_s, u"sln"_s, u"sln16"_s};
    if (!formats.contains(p.format))
        return HttpResponse::message(422, u"specified format is unknown on this system"_s);
    const QString ifExists = p.ifExists.isEmpty() ? u"fail"_s : p.ifExists;
    if (ifExists != u"fail" && ifExists != u"overwrite" && ifExists != u"append")
        return HttpResponse::message(400, u"ifExists invalid"_s);
    if (p.name.isEmpty())
        return HttpResponse::message(400, u"Recording name is required"_s);
    if (m_live.count(p.name) || (ifExists == u"fail" && m_stored.count(p.name))) {
        return HttpResponse::message(409, u"Recording '"_s + p.name
                                              + u"' already exists and can not be overwritten"_s);
    }
    SimLiveRecording rec;
    rec.name = p.name;
    rec.format = p.format;
    rec.targetKind = targetKind;
    rec.targetId = targetId;
    rec.maxDurationMs = qint64(qMax(0, p.maxDurationSeconds)) * 1000;
    rec.maxSilenceMs = qint64(qMax(0, p.maxSilenceSeconds)) * 1000;
    rec.append = ifExists == u"append";
    const Json answer = recordingSnapshot(rec, false);
    m_live.emplace(p.name, rec);
    SimLiveRecording &live = m_live.at(p.name);
    Topics t;
    if (targetKind == u"bridge")
        t.bridge = targetId;
    else
        t.channel = targetId;
    if (targetKind == u"channel" && c && !c->bridgeId.isEmpty()) {
        // Recording a bridged channel: accepted, then failed at once.
        live.state = u"failed"_s;
        Json failed = recordingSnapshot(live, false);
        failed.insert(u"cause"_s, u"Channel is in a bridge"_s);
        emitEvent(Json::object({{u"type"_s, u"RecordingFailed"}, {u"recording"_s, failed}}), t);
        m_live.erase(p.name);
        return HttpResponse::json(201, answer);
    }
    if (targetKind == u"bridge") {
        SimBridge *b = findBridge(targetId);
        b->recorder = u"Recorder/ARI-"_s + nextLocalNumber() + u";2"_s;
        addInternal(*b, b->recorder);
    }
    live.state = u"recording"_s;
    live.segmentStartMs = nowMs();
    emitEvent(Json::object({{u"type"_s, u"RecordingStarted"}, {u"recording"_s, recordingSnapshot(live, false)}}), t);
    if (live.maxDurationMs > 0) {
        const quint64 gen = m_generation;
        const QString name = p.name;
        live.timer = m_clock.startTimer(live.maxDurationMs, this, [this, gen, name] {
            if (gen != m_generation)
                return;
            auto it = m_live.find(name);
            if (it == m_live.end())
                return;
            it->second.timer = 0;
            finishRecording(name, true);
        });
    }
    return HttpResponse::json(201, answer).withHeader("Location", "/recordings/live/" + p.name.toUtf8());
}

void SimAsterisk::finishRecording(const QString &name, bool keep, const QString &state)
{
    auto it = m_live.find(name);
    if (it == m_live.end())
        return;
    SimLiveRecording r = it->second;
    m_live.erase(it);
    if (r.timer)
        m_clock.stopTimer(r.timer);
    const qint64 ms = recordedMs(r);
    r.recordedMs = ms;
    r.segmentStartMs = -1;
    qint64 muted = r.mutedMs + (r.muteStartMs >= 0 ? nowMs() - r.muteStartMs : 0);
    r.state = state;
    Topics t;
    if (r.targetKind == u"bridge")
        t.bridge = r.targetId;
    else
        t.channel = r.targetId;
    emitEvent(Json::object({{u"type"_s, u"RecordingFinished"}, {u"recording"_s, recordingSnapshot(r, true)}}), t);
    if (r.targetKind == u"bridge") {
        if (SimBridge *b = findBridge(r.targetId); b && !b->recorder.isEmpty()) {
            const QString rec = std::exchange(b->recorder, QString());
            removeInternal(*b, rec);
        }
    }
    if (!keep)
        return;
    qint64 total = ms;
    qint64 tone = ms - qMin(ms, muted);
    if (r.append) {
        if (const StoredRecording *old = storedRecording(name); old && old->format == r.format) {
            const qint64 before = SimAudio::durationMs(old->format, old->bytes);
            total += before;
            tone += before;
        }
    }
    // Files of demo traffic and long sessions stay bounded: at most one hour is written.
    total = qMin<qint64>(total, 3600 * 1000);
    addStoredRecording(name, r.format, SimAudio::recordingFile(r.format, total, qMin(tone, total)));
}

void SimAsterisk::stopTargetRecordings(const QString &kind, const QString &id)
{
    QStringList names;
    for (const auto &[name, r] : m_live) {
        if (r.targetKind == kind && r.targetId == id)
            names.append(name);
    }
    for (const QString &name : std::as_const(names))
        finishRecording(name, true);
}

HttpResponse SimAsterisk::liveRecordingOp(const QString &name, const QString &op)
{
    auto it = m_live.find(name);
    if (it == m_live.end())
        return HttpResponse::message(404, u"Recording not found"_s);
    SimLiveRecording &r = it->second;
    const qint64 now = nowMs();
    if (op == u"stop") {
        finishRecording(name, true);
    } else if (op == u"cancel") {
        finishRecording(name, false);
        removeStoredRecording(name);
    } else if (op == u"pause") {
        if (r.segmentStartMs >= 0) {
            r.recordedMs += now - r.segmentStartMs;
            r.segmentStartMs = -1;
        }
        r.state = u"paused"_s;
    } else if (op == u"unpause") {
        if (r.segmentStartMs < 0)
            r.segmentStartMs = now;
        r.state = u"recording"_s;
    } else if (op == u"mute") {
        if (r.muteStartMs < 0)
            r.muteStartMs = now;
    } else if (op == u"unmute") {
        if (r.muteStartMs >= 0) {
            r.mutedMs += now - r.muteStartMs;
            r.muteStartMs = -1;
        }
    }
    return HttpResponse::noContent();
}

// ---- snoop --------------------------------------------------------------------------------------

HttpResponse SimAsterisk::snoop(const QString &id, const QString &spy, const QString &whisper, const QString &app,
                                const QStringList &appArgs, const QString &snoopId)
{
    static const QStringList directions = {u"none"_s, u"both"_s, u"out"_s, u"in"_s};
    if (!spy.isEmpty() && !directions.contains(spy))
        return HttpResponse::message(400, u"Invalid direction specified for spy"_s);
    if (!whisper.isEmpty() && !directions.contains(whisper))
        return HttpResponse::message(400, u"Invalid direction specified for whisper"_s);
    if ((spy.isEmpty() || spy == u"none") && (whisper.isEmpty() || whisper == u"none"))
        return HttpResponse::message(400, u"Sniff direction must be specified"_s);
    if (app.isEmpty())
        return HttpResponse::message(400, u"Application name is required"_s);
    const SimChannel *target = findChannel(id);
    if (!target)
        return HttpResponse::message(404, u"Provided channel was not found"_s);
    const QString number = QString::number(m_snoopCounter++, 16).rightJustified(8, u'0');
    if (!snoopId.isEmpty() && findChannel(snoopId))
        return HttpResponse::message(500, u"Snoop channel could not be created"_s);
    const QString newId = snoopId.isEmpty() ? nextUniqueId() : snoopId;
    SimChannel &c = newChannel(ChannelKind::Snoop, newId, u"Snoop/"_s + id + u'-' + number, u"Up"_s);
    c.snoopTarget = id;
    c.snoopSpy = spy.isEmpty() ? u"none"_s : spy;
    c.snoopWhisper = whisper.isEmpty() ? u"none"_s : whisper;
    emitChannel(u"ChannelCreated"_s, c);
    const Json answer = snapshot(c);
    QStringList data{app};
    data += appArgs;
    c.appName = u"Stasis"_s;
    c.appData = data.join(u',');
    if (hasApplication(app))
        enterStasis(c, app, appArgs, false);
    else
        hangupChannelInternal(newId, 0, false);
    return HttpResponse::json(200, answer);
}

// ---- externalMedia ------------------------------------------------------------------------------

HttpResponse SimAsterisk::externalMedia(const ExternalMediaParams &p)
{
    const QString transport = p.transport.isEmpty() ? u"udp"_s : p.transport;
    const QString encapsulation = p.encapsulation.isEmpty() ? u"rtp"_s : p.encapsulation;
    const QString connectionType = p.connectionType.isEmpty() ? u"client"_s : p.connectionType;
    const bool websocket = transport == u"websocket";
    if (p.app.isEmpty())
        return HttpResponse::message(400, u"Missing parameter app"_s);
    if (p.externalHost.isEmpty() && !(websocket && connectionType == u"server"))
        return HttpResponse::message(400, u"external_host is required for all but websocket server connections"_s);
    if (p.format.isEmpty())
        return HttpResponse::message(400, u"format cannot be empty"_s);
    QString host;
    quint16 port = 0;
    if (!websocket) {
        const qsizetype colon = p.externalHost.lastIndexOf(u':');
        bool ok = false;
        if (colon > 0)
            port = quint16(p.externalHost.mid(colon + 1).toUInt(&ok));
        if (colon <= 0 || !ok || port == 0)
            return HttpResponse::message(400, u"external_host must be <host>:<port> for all transports other than websocket"_s);
        host = p.externalHost.left(colon);
    }
    if (encapsulation == u"rtp" && transport != u"udp")
        return HttpResponse::message(400, u"transport must be 'udp' for rtp encapsulation"_s);
    const bool rtp = encapsulation == u"rtp" && transport == u"udp";
    const bool wsServer = websocket && encapsulation == u"none" && connectionType == u"server";
    if (!rtp && !wsServer) {
        // audiosocket and websocket client connections are not simulated (see README).
        return HttpResponse::message(501, u"The encapsulation and/or transport is not supported"_s);
    }
    if (!p.direction.isEmpty() && p.direction != u"both" && p.direction != u"in" && p.direction != u"out")
        return HttpResponse::message(400, u"Invalid direction specified"_s);
    if (!SimAudio::isMediaFormat(p.format))
        return HttpResponse::message(400, u"Unsupported format"_s);
    if (!p.channelId.isEmpty() && findChannel(p.channelId))
        return HttpResponse::message(500, u"An internal error prevented this request from being handled"_s);

    const QString id = p.channelId.isEmpty() ? nextUniqueId() : p.channelId;
    const QString pointer = u"0x"_s + QString::number(0x7fd8e8000000ULL + (m_seq + 1) * 0x80, 16);
    SimChannel &c = newChannel(rtp ? ChannelKind::UnicastRtp : ChannelKind::WebSocket, id,
                               rtp ? QString(u"UnicastRTP/"_s + p.externalHost + u'-' + pointer)
                                   : QString(u"WebSocket/INCOMING/"_s + pointer),
                               u"Down"_s);
    c.format = p.format;
    Json vars = Json::object();
    if (rtp) {
        c.rtp = std::make_unique<QUdpSocket>();
        c.rtp->bind(QHostAddress::LocalHost, 0);
        connect(c.rtp.get(), &QUdpSocket::readyRead, this, [this, id, sock = c.rtp.get()] {
            // What the far end sends back (the console's whisper) is kept for tests.
            while (sock->hasPendingDatagrams()) {
                const QByteArray d = sock->receiveDatagram().data();
                if (d.size() < 12 || (quint8(d[0]) >> 6) != 2)
                    continue;
                SimMediaFrame f;
                f.marker = quint8(d[1]) & 0x80;
                f.payloadType = quint8(d[1]) & 0x7f;
                f.sequence = qFromBigEndian<quint16>(d.constData() + 2);
                f.timestamp = qFromBigEndian<quint32>(d.constData() + 4);
                f.ssrc = qFromBigEndian<quint32>(d.constData() + 8);
                f.payload = d.mid(12 + 4 * (quint8(d[0]) & 0x0f));
                mediaFromFarEnd(id, std::move(f));
            }
        });
        c.rtpHost = host;
        c.rtpPort = port;
        c.rtpSeq = quint16(QRandomGenerator::global()->bounded(1, 30000));
        c.rtpSsrc = QRandomGenerator::global()->generate();
        c.dialstring = p.externalHost + u"/c("_s + p.format + u')';
        setVar(c, u"UNICASTRTP_LOCAL_PORT"_s, QString::number(c.rtp->localPort()), false);
        setVar(c, u"UNICASTRTP_LOCAL_ADDRESS"_s, u"127.0.0.1"_s, false);
        vars.insert(u"UNICASTRTP_LOCAL_PORT"_s, QString::number(c.rtp->localPort()));
        vars.insert(u"UNICASTRTP_LOCAL_ADDRESS"_s, u"127.0.0.1"_s);
    } else {
        c.mediaConnectionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        c.dialstring = u"INCOMING"_s;
        m_mediaConnections.insert(c.mediaConnectionId, id);
        const QString frame = QString::number(SimAudio::toneFrame(p.format, 0, false).size());
        setVar(c, u"MEDIA_WEBSOCKET_CONNECTION_ID"_s, c.mediaConnectionId, false);
        setVar(c, u"MEDIA_WEBSOCKET_OPTIMAL_FRAME_SIZE"_s, frame, false);
        vars.insert(u"MEDIA_WEBSOCKET_CONNECTION_ID"_s, c.mediaConnectionId);
        vars.insert(u"MEDIA_WEBSOCKET_OPTIMAL_FRAME_SIZE"_s, frame);
    }
    for (const auto &[name, value] : p.variables)
        setVar(c, name, value, false);
    emitChannel(u"ChannelCreated"_s, c);
    emitDialplan(c, u"AppDial2"_s, u"(Outgoing Line)"_s);
    c.targetApp = p.app;
    c.targetArgs = p.appArgs;
    c.dialing = true;
    subscribeChannel(p.app, id, 1);
    Json answer = snapshot(c);
    answer.insert(u"channelvars"_s, vars);
    emitDial(c, QString());
    if (rtp)
        answerOutgoing(c);
    return HttpResponse::json(200, answer);
}

bool SimAsterisk::hasMediaConnection(const QString &connectionId) const
{
    const SimChannel *c = findChannel(m_mediaConnections.value(connectionId));
    return c && !c->mediaSocket;
}

void SimAsterisk::attachMediaSocket(const QString &connectionId, WebSocketConnection *socket)
{
    SimChannel *c = findChannel(m_mediaConnections.value(connectionId));
    if (!c || !socket)
        return;
    c->mediaSocket = socket;
    const QString id = c->id;
    connect(socket, &WebSocketConnection::binaryReceived, this, [this, id](const QByteArray &data) {
        SimMediaFrame f;
        f.payload = data;
        mediaFromFarEnd(id, std::move(f));
    });
    connect(socket, &WebSocketConnection::textReceived, this,
            [this, id](const QByteArray &text) { mediaCommand(id, text.trimmed()); });
    connect(socket, &WebSocketConnection::disconnected, this, [this, id] {
        if (SimChannel *ch = findChannel(id)) {
            ch->mediaSocket.clear();
            hangupChannelInternal(id, 16, false);
        }
    });
    socket->sendText(u"MEDIA_START connection_id:%1 channel:%2 channel_id:%3 format:%4 optimal_frame_size:%5 ptime:20"_s
                         .arg(connectionId, c->name, c->id, c->format,
                              QString::number(SimAudio::toneFrame(c->format, 0, false).size()))
                         .toUtf8());
    answerOutgoing(*c);
    if (SimChannel *ch = findChannel(id))
        startMedia(*ch);
}

bool SimAsterisk::bridgedWithOthers(const SimChannel &c) const
{
    const SimBridge *b = findBridge(c.bridgeId);
    return b && (b->channels.size() > 1 || !b->internalNames.isEmpty());
}

void SimAsterisk::startMedia(SimChannel &c)
{
    if (c.mediaTimer)
        return;
    const bool rtp = c.kind == ChannelKind::UnicastRtp && c.rtp && bridgedWithOthers(c);
    // Like Asterisk, a media WebSocket carries audio only once the channel is bridged (trace 09: the
    // first binary frame comes with the bridge, not with MEDIA_START).
    const bool ws = c.kind == ChannelKind::WebSocket && c.mediaSocket && bridgedWithOthers(c);
    if (!rtp && !ws)
        return;
    const QString id = c.id;
    const quint64 gen = m_generation;
    c.mediaTimer = m_clock.startTimer(20, this, [this, id, gen] {
        if (gen == m_generation)
            mediaTick(id);
    }, true);
}

void SimAsterisk::stopMedia(SimChannel &c)
{
    if (c.mediaTimer) {
        m_clock.stopTimer(c.mediaTimer);
        c.mediaTimer = 0;
    }
}

void SimAsterisk::mediaTick(const QString &id)
{
    SimChannel *c = findChannel(id);
    if (!c)
        return;
    if (c->kind == ChannelKind::UnicastRtp) {
        if (!c->rtp || !bridgedWithOthers(*c)) {
            stopMedia(*c);
            return;
        }
        const QByteArray payload = SimAudio::toneFrame(c->format, c->mediaSamples, true);
        c->rtpTimestamp += quint32(SimAudio::samplesPerFrame(c->format) == 320 ? 320 : 160);
        QByteArray packet(12, '\0');
        packet[0] = char(0x80);
        packet[1] = char(SimAudio::rtpPayloadType(c->format) & 0x7f);
        qToBigEndian(c->rtpSeq, packet.data() + 2);
        qToBigEndian(c->rtpTimestamp, packet.data() + 4);
        qToBigEndian(c->rtpSsrc, packet.data() + 8);
        packet += payload;
        sendRtp(*c, packet);
        ++c->rtpSeq;
        c->mediaSamples += quint64(SimAudio::samplesPerFrame(c->format));
        return;
    }
    if (c->kind == ChannelKind::WebSocket) {
        if (!c->mediaSocket || !c->mediaSocket->isOpen() || !bridgedWithOthers(*c)) {
            stopMedia(*c);
            return;
        }
        c->mediaSocket->sendBinary(SimAudio::toneFrame(c->format, c->mediaSamples, false));
        c->mediaSamples += quint64(SimAudio::samplesPerFrame(c->format));
    }
}

} // namespace AriSim
