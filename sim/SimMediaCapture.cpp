// SimAsterisk: what the far end of a media channel sends back (the console's whisper), RTP impairments
// (shuffled and lost packets), call quality (rtp_statistics, CHANNEL(rtcp,...)) and talk detection.

#include "sim/SimAsterisk.h"

#include "sim/SimAudio.h"
#include "sim/WebSocketConnection.h"

#include <QHostAddress>
#include <QRandomGenerator>
#include <QUdpSocket>
#include <QtEndian>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace AriSim {

namespace {

constexpr qsizetype keptFrames = 3000; // a minute of 20 ms frames

// RTPstat's fields in the spec's order; counts and SSRCs are integers, the rest doubles.
const char16_t *const s_rtpStatFields[] = {
    u"txcount", u"rxcount", u"txjitter", u"rxjitter", u"remote_maxjitter", u"remote_minjitter",
    u"remote_normdevjitter", u"remote_stdevjitter", u"local_maxjitter", u"local_minjitter", u"local_normdevjitter",
    u"local_stdevjitter", u"txploss", u"rxploss", u"remote_maxrxploss", u"remote_minrxploss",
    u"remote_normdevrxploss", u"remote_stdevrxploss", u"local_maxrxploss", u"local_minrxploss",
    u"local_normdevrxploss", u"local_stdevrxploss", u"rtt", u"maxrtt", u"minrtt", u"normdevrtt", u"stdevrtt",
    u"local_ssrc", u"remote_ssrc", u"txoctetcount", u"rxoctetcount"};

bool integerField(QStringView name)
{
    return name == u"txcount" || name == u"rxcount" || name == u"txploss" || name == u"rxploss"
           || name == u"local_ssrc" || name == u"remote_ssrc" || name == u"txoctetcount" || name == u"rxoctetcount";
}

} // namespace

std::vector<SimMediaFrame> SimAsterisk::mediaReceived(const QString &channelId) const
{
    const SimChannel *c = findChannel(channelId);
    return c ? c->received : std::vector<SimMediaFrame>{};
}

Json SimAsterisk::mediaReceivedJson(const QString &channelId) const
{
    const SimChannel *c = findChannel(channelId);
    if (!c)
        return Json();
    QList<int> types;
    bool seqUp = true, tsUp = true;
    for (size_t i = 0; i < c->received.size(); ++i) {
        const SimMediaFrame &f = c->received[i];
        if (f.payloadType >= 0 && !types.contains(f.payloadType))
            types.append(f.payloadType);
        if (i > 0 && f.payloadType >= 0) {
            const SimMediaFrame &p = c->received[i - 1];
            seqUp = seqUp && quint16(f.sequence - p.sequence) == 1;
            tsUp = tsUp && qint32(f.timestamp - p.timestamp) > 0;
        }
    }
    Json typeList = Json::array();
    for (int t : std::as_const(types))
        typeList.append(t);
    Json out = Json::object({{u"channel"_s, c->id},
                             {u"frames"_s, qint64(c->receivedFrames)},
                             {u"bytes"_s, qint64(c->receivedBytes)},
                             {u"payload_types"_s, typeList}});
    if (!c->received.empty() && c->received.front().payloadType >= 0) {
        out.insert(u"first_sequence"_s, qint64(c->received.front().sequence));
        out.insert(u"last_sequence"_s, qint64(c->received.back().sequence));
        out.insert(u"sequence_increasing"_s, seqUp);
        out.insert(u"timestamp_increasing"_s, tsUp);
    }
    out.insert(u"whispered_frames"_s, qint64(c->whisperedFrames));
    return out;
}

quint64 SimAsterisk::whisperedFrames(const QString &channelId) const
{
    const SimChannel *c = findChannel(channelId);
    return c ? c->whisperedFrames : 0;
}

void SimAsterisk::sendRtp(SimChannel &c, const QByteArray &packet)
{
    const QHostAddress to(c.rtpHost == u"localhost" ? u"127.0.0.1"_s : c.rtpHost);
    const quint64 n = ++c.rtpGenerated;
    const RtpImpairment &imp = m_rtpImpairment;
    if (imp.dropEvery > 0 && n % quint64(imp.dropEvery) == 0)
        return; // lost on the way
    if (imp.shuffleWindow <= 1) {
        c.rtp->writeDatagram(packet, to, c.rtpPort);
        return;
    }
    c.rtpWindow.push_back(packet);
    if (int(c.rtpWindow.size()) < imp.shuffleWindow)
        return;
    // A window is full: it leaves in a shuffled (seeded, reproducible) order.
    QRandomGenerator rng(imp.seed + quint32(n));
    std::vector<QByteArray> window = std::move(c.rtpWindow);
    c.rtpWindow.clear();
    for (size_t i = window.size() - 1; i > 0; --i)
        std::swap(window[i], window[rng.bounded(quint32(i + 1))]);
    for (const QByteArray &p : window)
        c.rtp->writeDatagram(p, to, c.rtpPort);
}

void SimAsterisk::mediaFromFarEnd(const QString &channelId, SimMediaFrame frame)
{
    SimChannel *c = findChannel(channelId);
    if (!c)
        return;
    ++c->receivedFrames;
    c->receivedBytes += quint64(frame.payload.size());
    // Audio goes into the channel's bridge: a Snoop channel there that whispers passes it on to its target.
    if (const SimBridge *b = findBridge(c->bridgeId)) {
        for (const QString &member : b->channels) {
            const SimChannel *m = findChannel(member);
            if (!m || m == c || m->kind != ChannelKind::Snoop || m->snoopWhisper.isEmpty() || m->snoopWhisper == u"none")
                continue;
            if (SimChannel *target = findChannel(m->snoopTarget))
                ++target->whisperedFrames;
        }
    }
    if (qsizetype(c->received.size()) < keptFrames)
        c->received.push_back(std::move(frame));
}

void SimAsterisk::mediaCommand(const QString &channelId, const QByteArray &text)
{
    // chan_websocket's control messages (a subset: ANSWER, HANGUP, GET_STATUS).
    SimChannel *c = findChannel(channelId);
    if (!c)
        return;
    if (text == "ANSWER") {
        answerOutgoing(*c);
    } else if (text == "HANGUP") {
        hangupChannelInternal(channelId, 16, false);
    } else if (text == "GET_STATUS" && c->mediaSocket) {
        c->mediaSocket->sendText("STATUS queue_length:0 xon_level:800 xoff_level:900 queue_full:false "
                                 "bulk_media:false media_paused:false");
    }
}

Json SimAsterisk::rtpStatisticsJson(const SimChannel &c) const
{
    Json out = Json::object();
    for (const char16_t *f : s_rtpStatFields) {
        const QString name = QString::fromUtf16(f);
        const Json v = c.rtpStats.value(name);
        if (integerField(name))
            out.insert(name, v.isNull() ? qint64(0) : qint64(v.toDouble(double(v.toInt()))));
        else
            out.insert(name, v.isNull() ? 0.0 : v.toDouble(double(v.toInt())));
    }
    out.insert(u"channel_uniqueid"_s, c.id);
    return out;
}

HttpResponse SimAsterisk::setRtpStatistics(const QString &channelId, const Json &fields)
{
    SimChannel *c = findChannel(channelId);
    if (!c)
        return HttpResponse::message(404, u"Channel not found"_s);
    if (!fields.isObject())
        return HttpResponse::message(400, u"statistics must be an object"_s);
    if (!c->rtpStats.isObject())
        c->rtpStats = Json::object();
    for (const auto &[name, value] : fields.toObject()) {
        const QString &field = name; // a lambda cannot capture a structured binding before C++20's clang 16
        const bool known = std::any_of(std::begin(s_rtpStatFields), std::end(s_rtpStatFields),
                                       [&field](const char16_t *f) { return field == QString::fromUtf16(f); });
        if (!known)
            return HttpResponse::message(400, u"unknown RTPstat field: "_s + name);
        bool ok = true;
        const double d = value.isString() ? value.toString().toDouble(&ok) : value.toDouble(double(value.toInt()));
        if (!ok)
            return HttpResponse::message(400, u"not a number: "_s + name);
        c->rtpStats.insert(name, d);
    }
    return HttpResponse::json(200, rtpStatisticsJson(*c));
}

HttpResponse SimAsterisk::rtcpVariable(const SimChannel &c, const QString &type) const
{
    // chan_pjsip's CHANNEL(rtcp,<type>): "all" is Asterisk's quality string; a field name reads one value.
    if (!c.rtpStats.isObject())
        return HttpResponse::message(404, u"Provided variable was not found"_s);
    const Json s = rtpStatisticsJson(c);
    const auto num = [&](QStringView f) { return QString::number(s.value(f).toDouble(double(s.value(f).toInt())), 'f', 6); };
    const auto integer = [&](QStringView f) { return QString::number(s.value(f).toInt()); };
    QString value;
    if (type == u"all") {
        value = u"ssrc=%1;themssrc=%2;lp=%3;rxjitter=%4;rxcount=%5;txjitter=%6;txcount=%7;rlp=%8;rtt=%9"_s.arg(
            integer(u"local_ssrc"), integer(u"remote_ssrc"), integer(u"rxploss"), num(u"rxjitter"), integer(u"rxcount"),
            num(u"txjitter"), integer(u"txcount"), integer(u"txploss"), num(u"rtt"));
    } else if (s.contains(type)) {
        value = integerField(type) ? integer(type) : num(type);
    } else {
        return HttpResponse::message(404, u"Provided variable was not found"_s);
    }
    return HttpResponse::json(200, Json::object({{u"value"_s, value}}));
}

HttpResponse SimAsterisk::setTalking(const QString &channelId, bool talking)
{
    SimChannel *c = findChannel(channelId);
    if (!c)
        return HttpResponse::message(404, u"Channel not found"_s);
    if (!c->talkDetect)
        return HttpResponse::message(409, u"TALK_DETECT is not set on the channel"_s);
    if (c->talking == talking)
        return HttpResponse::noContent();
    c->talking = talking;
    if (talking) {
        c->talkingSinceMs = nowMs();
        emitChannel(u"ChannelTalkingStarted"_s, *c);
    } else {
        emitChannel(u"ChannelTalkingFinished"_s, *c, {}, {{u"duration"_s, qint64(nowMs() - c->talkingSinceMs)}});
    }
    return HttpResponse::noContent();
}

} // namespace AriSim
