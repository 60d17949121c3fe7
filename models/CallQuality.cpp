#include "models/CallQuality.h"

#include "ari/AriClient.h"
#include "models/ServerSession.h"

#include <QDateTime>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Console {

QualityGrade CallQuality::gradeOf(double jitterMs, double lossPercent, double rttMs)
{
    if (jitterMs >= poorJitterMs || lossPercent >= poorLossPercent || rttMs >= poorRttMs)
        return QualityGrade::Poor;
    if (jitterMs >= fairJitterMs || lossPercent >= fairLossPercent || rttMs >= fairRttMs)
        return QualityGrade::Fair;
    return QualityGrade::Good;
}

QString CallQuality::gradeName(QualityGrade grade)
{
    switch (grade) {
    case QualityGrade::Good:
        return QObject::tr("good");
    case QualityGrade::Fair:
        return QObject::tr("fair");
    case QualityGrade::Poor:
        return QObject::tr("poor");
    case QualityGrade::Unknown:
        break;
    }
    return QObject::tr("unknown");
}

QString CallQuality::summary() const
{
    return QObject::tr("%1 · %2 ms").arg(gradeName(grade)).arg(qRound(jitterMs));
}

QString CallQuality::tooltip() const
{
    const QString rtt = rttMs > 0 ? QObject::tr("%1 ms").arg(rttMs, 0, 'f', 0) : QObject::tr("not measured yet");
    return QObject::tr("Call quality: %1\nJitter: %2 ms (good below %3 ms, poor from %4 ms)\n"
                       "Packet loss: %5 % (good below %6 %, poor from %7 %)\nRound trip: %8 (good below %9 ms)\n"
                       "From %10 at %11")
        .arg(gradeName(grade))
        .arg(jitterMs, 0, 'f', 1)
        .arg(fairJitterMs)
        .arg(poorJitterMs)
        .arg(lossPercent, 0, 'f', 1)
        .arg(fairLossPercent)
        .arg(poorLossPercent)
        .arg(rtt)
        .arg(fairRttMs)
        .arg(source, QDateTime::fromMSecsSinceEpoch(atMs).toString(u"HH:mm:ss"_s));
}

namespace {

double lossOf(double lost, double count)
{
    return lost > 0 ? 100.0 * lost / std::max(1.0, lost + count) : 0.0;
}

} // namespace

CallQuality CallQuality::fromQualityString(const QString &text)
{
    QHash<QString, double> v;
    for (const QString &part : text.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(u'=');
        if (eq > 0)
            v.insert(part.left(eq).trimmed(), part.mid(eq + 1).toDouble());
    }
    CallQuality q;
    q.jitterMs = std::max(v.value(u"rxjitter"_s), v.value(u"txjitter"_s)) * 1000.0;
    q.lossPercent = std::max(lossOf(v.value(u"lp"_s), v.value(u"rxcount"_s)), lossOf(v.value(u"rlp"_s), v.value(u"txcount"_s)));
    q.rttMs = v.value(u"rtt"_s) * 1000.0;
    q.packets = qint64(v.value(u"rxcount"_s) + v.value(u"txcount"_s));
    q.source = u"CHANNEL(rtcp,all)"_s;
    q.grade = gradeOf(q.jitterMs, q.lossPercent, q.rttMs);
    return q;
}

CallQualityPoller::CallQualityPoller(ServerSession *session, QObject *parent) : QObject(parent)
{
    m_timer.setInterval(3000);
    connect(&m_timer, &QTimer::timeout, this, &CallQualityPoller::pollNow);
    setSession(session);
}

void CallQualityPoller::setSession(ServerSession *session)
{
    m_session = session;
    m_quality.clear();
    m_noRtp.clear();
    m_inFlight.clear();
    m_useFunction = false;
    if (session)
        m_timer.start();
    else
        m_timer.stop();
}

void CallQualityPoller::setVisibleChannels(const QStringList &ids)
{
    const bool grew = std::any_of(ids.begin(), ids.end(), [this](const QString &id) {
        return !m_visible.contains(id) && !m_quality.contains(id) && !m_noRtp.contains(id);
    });
    m_visible = ids;
    if (grew)
        pollNow(); // newly shown calls get their numbers at once
}

const CallQuality *CallQualityPoller::quality(const QString &id) const
{
    auto it = m_quality.constFind(id);
    return it == m_quality.constEnd() ? nullptr : &it.value();
}

void CallQualityPoller::pollNow()
{
    if (!m_session || m_session->connection()->state() != Ari::AriConnection::State::Connected)
        return;
    for (const QString &id : std::as_const(m_visible)) {
        if (!m_noRtp.contains(id) && !m_inFlight.contains(id) && m_session->store()->channel(id))
            pollOne(id);
    }
}

void CallQualityPoller::pollOne(const QString &id)
{
    if (m_useFunction) {
        pollFunction(id);
        return;
    }
    m_inFlight.insert(id);
    ++m_requests;
    m_session->client()->channels().rtpstatistics({.channelId = id}).then(this, [this, id](const Ari::Result<Ari::RTPstat> &r) {
        m_inFlight.remove(id);
        if (r.ok()) {
            const Ari::RTPstat &s = r.value;
            CallQuality q;
            q.jitterMs = std::max(s.rxjitter, s.txjitter) * 1000.0;
            q.lossPercent = std::max(lossOf(double(s.rxploss), double(s.rxcount)), lossOf(double(s.txploss), double(s.txcount)));
            q.rttMs = s.rtt * 1000.0;
            q.packets = s.rxcount + s.txcount;
            q.source = u"rtp_statistics"_s;
            q.grade = CallQuality::gradeOf(q.jitterMs, q.lossPercent, q.rttMs);
            store(id, q);
            return;
        }
        // An unknown route (an Asterisk before rtp_statistics): the dialplan function instead.
        if (r.httpStatus == 405 || r.httpStatus == 501
            || (r.httpStatus == 404 && r.error.message == u"Resource not found")) {
            m_useFunction = true;
            pollFunction(id);
            return;
        }
        if (r.httpStatus == 403 || r.httpStatus == 404)
            m_noRtp.insert(id); // no RTP on this channel (Local, Snoop...), or it is gone
    });
}

void CallQualityPoller::pollFunction(const QString &id)
{
    m_inFlight.insert(id);
    ++m_requests;
    m_session->client()
        ->channels()
        .getChannelVar({.channelId = id, .variable = u"CHANNEL(rtcp,all)"_s})
        .then(this, [this, id](const Ari::Result<Ari::Variable> &r) {
            m_inFlight.remove(id);
            if (!r.ok() || r.value.value.isEmpty()) {
                if (r.httpStatus == 404 || r.httpStatus == 403 || r.httpStatus == 500 || r.ok())
                    m_noRtp.insert(id);
                return;
            }
            store(id, CallQuality::fromQualityString(r.value.value));
        });
}

void CallQualityPoller::store(const QString &id, CallQuality q)
{
    q.atMs = QDateTime::currentMSecsSinceEpoch();
    m_quality.insert(id, q);
    Q_EMIT qualityChanged(id);
}

} // namespace Console
