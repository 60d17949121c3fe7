#include "models/ChannelModel.h"

#include <QDateTime>
#include <QMimeData>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Console {

ChannelModel::ChannelModel(Store *store, QObject *parent)
    : EntityListModel(store, Entity::Channel, parent), m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_lingerCheck.setInterval(250);
    connect(&m_lingerCheck, &QTimer::timeout, this, [this] {
        // Ended rows whose linger ran out leave at the next flush.
        const qint64 now = m_now();
        for (int row = 0; row < rowCount(); ++row) {
            const LiveChannel *lc = channelAt(row);
            if (!lc || (lc->isEnded() && now - lc->endedAtMs >= m_lingerMs))
                recheck(idAt(row));
        }
    });
    // Durations are computed when asked for (data() reads the clock), so a view
    // ticks them by repainting once a second; no dataChanged storm over every row.
    populate();
}

bool ChannelModel::exists(const QString &id) const
{
    if (store()->channel(id))
        return true;
    // An ended call lingers as a fading row, if the view asked for that.
    const LiveChannel *ended = m_lingerMs > 0 ? store()->anyChannel(id) : nullptr;
    return ended && m_now() - ended->endedAtMs < m_lingerMs;
}

void ChannelModel::setEndedLingerMs(int ms)
{
    m_lingerMs = std::max(0, ms);
    if (m_lingerMs > 0)
        m_lingerCheck.start();
    else
        m_lingerCheck.stop();
}

double ChannelModel::opacityAt(int row) const
{
    const LiveChannel *lc = channelAt(row);
    if (!lc || !lc->isEnded())
        return 1.0;
    if (m_lingerMs <= 0)
        return 0.0;
    return std::clamp(1.0 - double(m_now() - lc->endedAtMs) / m_lingerMs, 0.0, 1.0);
}

void ChannelModel::setCallQuality(const CallQualityPoller *quality)
{
    if (m_quality)
        disconnect(m_quality, nullptr, this, nullptr);
    m_quality = quality;
    if (quality) {
        connect(quality, &CallQualityPoller::qualityChanged, this, [this](const QString &id) {
            const QModelIndex i = indexOf(id, Quality);
            if (i.isValid())
                Q_EMIT dataChanged(i, i);
        });
    }
}

int ChannelModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const LiveChannel *ChannelModel::channelAt(int row) const
{
    return store()->anyChannel(idAt(row));
}

QString ChannelModel::formatDuration(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, ms / 1000);
    if (s >= 3600)
        return u"%1:%2:%3"_s.arg(s / 3600).arg((s / 60) % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
    return u"%1:%2"_s.arg(s / 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QVariant ChannelModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const LiveChannel *lc = channelAt(index.row());
    if (!lc)
        return {};
    const Ari::Channel &c = lc->channel;
    switch (role) {
    case IdRole:
        return c.id;
    case StateRole:
        return c.state;
    case ChangedAtRole:
        return lc->changedAtMs;
    case EndedRole:
        return lc->isEnded();
    case InStasisRole:
        return lc->inStasis();
    case StasisAppRole:
        return lc->stasisApp;
    case BridgeIdRole:
        return lc->bridgeId;
    case CreatedMsRole:
        return lc->createdAtMs;
    case OnHoldRole:
        return lc->onHold;
    case TalkingRole:
        return lc->talking;
    case OpacityRole:
        return opacityAt(index.row());
    case MediaRole: {
        QStringList parts;
        for (const QString &pid : lc->playbackIds) {
            const auto p = store()->playbacks().constFind(pid);
            if (p == store()->playbacks().cend())
                continue;
            QString media = p->mediaUri;
            if (const qsizetype colon = media.indexOf(u':'); colon > 0 && media.startsWith(u"sound:"))
                media = media.mid(colon + 1);
            parts.append((p->state == u"paused" ? u"❚❚ "_s : u"▶ "_s) + media);
        }
        if (!lc->recordingNames.isEmpty())
            parts.append(tr("● REC"));
        return parts.join(u" · ");
    }
    case QualityGradeRole: {
        const CallQuality *q = m_quality ? m_quality->quality(c.id) : nullptr;
        return int(q ? q->grade : QualityGrade::Unknown);
    }
    case Qt::ToolTipRole:
        if (index.column() == Name)
            return u"%1\n%2"_s.arg(c.name, c.id);
        if (index.column() == Quality) {
            const CallQuality *q = m_quality ? m_quality->quality(c.id) : nullptr;
            return q ? q->tooltip() : tr("No RTP statistics for this channel");
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case Duration:
        case Created:
            return lc->createdAtMs;
        case Dialplan:
            return QString(c.dialplan.context + u'/' + c.dialplan.exten + u'/'
                           + QString::number(c.dialplan.priority).rightJustified(4, u'0'));
        case Quality: {
            const CallQuality *q = m_quality ? m_quality->quality(c.id) : nullptr;
            return q ? int(q->grade) * 100000 + qRound(q->jitterMs * 10) : -1;
        }
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return c.name;
        case State: {
            const QString state = lc->onHold ? tr("%1 (on hold)").arg(c.state) : c.state;
            return lc->talking ? tr("%1 · talking").arg(state) : state;
        }
        case Caller:
            return c.caller.name.isEmpty() ? c.caller.number : u"%1 <%2>"_s.arg(c.caller.name, c.caller.number);
        case Connected:
            return c.connected.name.isEmpty() ? c.connected.number
                                              : u"%1 <%2>"_s.arg(c.connected.name, c.connected.number);
        case Dialplan:
            return u"%1,%2,%3"_s.arg(c.dialplan.context, c.dialplan.exten).arg(c.dialplan.priority);
        case App:
            return lc->inStasis() ? lc->stasisApp : tr("dialplan");
        case Bridge:
            return lc->bridgeId;
        case Duration:
            return formatDuration((lc->isEnded() ? lc->endedAtMs : m_now()) - lc->createdAtMs);
        case Created:
            return lc->createdAtMs ? QDateTime::fromMSecsSinceEpoch(lc->createdAtMs).toString(u"HH:mm:ss"_s) : QString();
        case Quality: {
            const CallQuality *q = m_quality ? m_quality->quality(c.id) : nullptr;
            return q ? q->summary() : QString();
        }
        }
        return {};
    default:
        return {};
    }
}

QVariant ChannelModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Channel");
    case State:
        return tr("State");
    case Caller:
        return tr("Caller");
    case Connected:
        return tr("Connected to");
    case Dialplan:
        return tr("Dialplan");
    case App:
        return tr("App");
    case Bridge:
        return tr("Bridge");
    case Duration:
        return tr("Duration");
    case Created:
        return tr("Created");
    case Quality:
        return tr("Quality");
    }
    return {};
}

Qt::ItemFlags ChannelModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = EntityListModel::flags(index);
    if (index.isValid())
        f |= Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    return f;
}

QStringList ChannelModel::mimeTypes() const
{
    return {QString::fromLatin1(channelMimeType)};
}

QString draggedServer(const QMimeData *mime)
{
    return mime ? QString::fromUtf8(mime->data(QString::fromLatin1(serverMimeType))) : QString();
}

QString otherServerOf(const QMimeData *mime, const QModelIndex &target)
{
    const QString from = draggedServer(mime);
    const QString to = target.isValid() ? target.data(ServerRole).toString() : QString();
    const bool channels = mime && mime->hasFormat(QString::fromLatin1(channelMimeType));
    return channels && !from.isEmpty() && !to.isEmpty() && from != to ? to : QString();
}

QMimeData *ChannelModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &i : indexes) {
        const QString id = i.data(IdRole).toString();
        if (!id.isEmpty() && !ids.contains(id))
            ids.append(id);
    }
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(channelMimeType), ids.join(u'\n').toUtf8());
    mime->setText(ids.join(u'\n'));
    return mime;
}

} // namespace Console
