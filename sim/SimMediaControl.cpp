// SimServer's control routes for media and call quality (see sim/README.md, "Control endpoint").

#include "sim/SimServer.h"

#include "sim/AriRequest.h"
#include "sim/HttpRequest.h"
#include "sim/SimAsterisk.h"

using namespace Qt::StringLiterals;

namespace AriSim {

void SimServer::registerMediaControlRoutes()
{
    const auto bad = [](const QString &message) { return HttpResponse::message(400, message); };
    // What a media channel received from the far end: frame counts, RTP payload types and ordering.
    m_control.add("GET", u"/media"_s, u"media"_s, [this, bad](const AriRequest &r) {
        const QString id = r.param(u"channel");
        if (id.isEmpty())
            return bad(u"channel is required"_s);
        const Json out = m_asterisk->mediaReceivedJson(id);
        return out.isNull() ? HttpResponse::message(404, u"Channel not found"_s) : HttpResponse::json(200, out);
    });
    // RTP leaving the simulator: shuffled in windows of `shuffle` packets, every `drop`-th one lost.
    m_control.add("POST", u"/rtp"_s, u"rtp"_s, [this, bad](const AriRequest &r) {
        bool ok1 = true, ok2 = true, ok3 = true;
        SimAsterisk::RtpImpairment imp;
        imp.shuffleWindow = r.param(u"shuffle", u"0"_s).toInt(&ok1);
        imp.dropEvery = r.param(u"drop", u"0"_s).toInt(&ok2);
        imp.seed = r.param(u"seed", u"1"_s).toUInt(&ok3);
        if (!ok1 || !ok2 || !ok3 || imp.shuffleWindow < 0 || imp.shuffleWindow > 64 || imp.dropEvery < 0)
            return bad(u"shuffle must be 0..64, drop and seed numbers >= 0"_s);
        m_asterisk->setRtpImpairment(imp);
        return HttpResponse::json(200, Json::object({{u"shuffle"_s, imp.shuffleWindow},
                                                     {u"drop"_s, imp.dropEvery},
                                                     {u"seed"_s, qint64(imp.seed)}}));
    });
    // Call quality for a channel: RTPstat fields in the body, or in the query (besides `channel`).
    m_control.add("POST", u"/rtpStats"_s, u"rtpStats"_s, [this, bad](const AriRequest &r) {
        const QString id = r.param(u"channel");
        if (id.isEmpty())
            return bad(u"channel is required"_s);
        Json fields = Json::object();
        if (r.body.isObject()) {
            for (const auto &[k, v] : r.body.toObject()) {
                if (k != u"channel")
                    fields.insert(k, v);
            }
        }
        for (const auto &[k, v] : r.http->query) {
            if (k != u"channel")
                fields.insert(k, v);
        }
        return m_asterisk->setRtpStatistics(id, fields);
    });
    // The far end of a channel starts (on=true) or stops talking.
    m_control.add("POST", u"/talking"_s, u"talking"_s, [this, bad](const AriRequest &r) {
        const QString id = r.param(u"channel");
        const QString on = r.param(u"on", u"true"_s);
        if (id.isEmpty() || (on != u"true" && on != u"false"))
            return bad(u"channel is required and on must be true or false"_s);
        return m_asterisk->setTalking(id, on == u"true");
    });
}

} // namespace AriSim
