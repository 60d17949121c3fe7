#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace Console {

class ServerSession;

//! How a call sounds, from its RTP statistics.
enum class QualityGrade : quint8 { Unknown, Good, Fair, Poor };

//! One channel's call quality: jitter, packet loss and round-trip time.
struct CallQuality
{
    double jitterMs = 0;    //!< the worse of received and sent jitter
    double lossPercent = 0; //!< the worse of received and sent loss
    double rttMs = 0;       //!< 0 when RTCP has not measured it
    qint64 packets = 0;     //!< received + sent
    qint64 atMs = 0;        //!< when it was read
    QString source;         //!< "rtp_statistics" or "CHANNEL(rtcp,all)"
    QualityGrade grade = QualityGrade::Unknown;

    //! Good below all the "fair" limits, poor at or past any "poor" limit, fair between.
    static QualityGrade gradeOf(double jitterMs, double lossPercent, double rttMs);
    static constexpr double fairJitterMs = 20, poorJitterMs = 50;
    static constexpr double fairLossPercent = 1, poorLossPercent = 5;
    static constexpr double fairRttMs = 150, poorRttMs = 400;
    //! "good", "fair", "poor" in words, and a tooltip with the numbers.
    static QString gradeName(QualityGrade grade);
    QString summary() const;
    QString tooltip() const;
    //! Asterisk's quality string ("ssrc=…;lp=…;rxjitter=…;rxcount=…;txjitter=…;txcount=…;rlp=…;rtt=…").
    static CallQuality fromQualityString(const QString &text);
};

//! Polls the call quality of the channels the operator can see, every few
//! seconds: `GET /channels/{id}/rtp_statistics` where the server has it, else
//! the `CHANNEL(rtcp,all)` variable. A channel without RTP (Local, Snoop…)
//! answers 403/404 once and is not asked again.
//!
//!   CallQualityPoller q(session);  q.setVisibleChannels(idsOnScreen);
//!   connect(&q, &CallQualityPoller::qualityChanged, ...);  q.quality(id)->grade
class CallQualityPoller : public QObject
{
    Q_OBJECT

public:
    explicit CallQualityPoller(ServerSession *session, QObject *parent = nullptr);

    void setSession(ServerSession *session);
    //! The channels shown now; only these are polled.
    void setVisibleChannels(const QStringList &ids);
    QStringList visibleChannels() const { return m_visible; }
    void setIntervalMs(int ms) { m_timer.setInterval(ms); }
    int intervalMs() const { return m_timer.interval(); }
    //! Polls the visible channels at once (the timer goes on).
    void pollNow();
    const CallQuality *quality(const QString &id) const;
    //! Whether the server lacks rtp_statistics (then CHANNEL(rtcp,all) is read).
    bool usingChannelFunction() const { return m_useFunction; }
    quint64 requestsSent() const { return m_requests; }

Q_SIGNALS:
    void qualityChanged(const QString &channelId);

private:
    void pollOne(const QString &id);
    void pollFunction(const QString &id);
    void store(const QString &id, CallQuality q);

    QPointer<ServerSession> m_session;
    QTimer m_timer;
    QStringList m_visible;
    QHash<QString, CallQuality> m_quality;
    QSet<QString> m_noRtp;
    QSet<QString> m_inFlight;
    bool m_useFunction = false;
    quint64 m_requests = 0;
};

} // namespace Console
