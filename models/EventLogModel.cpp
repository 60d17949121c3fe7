#include "models/EventLogModel.h"

#include <QDateTime>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Console {

namespace {

// The channel and bridge an event concerns, from its typed payload.
void subjects(const Ari::Event &e, QString &channel, QString &bridge)
{
    Ari::visitPayload(e.payload, [&](const auto &p) {
        using P = std::decay_t<decltype(p)>;
        if constexpr (requires { p.channel.id; })
            channel = p.channel.id;
        else if constexpr (requires { p.peer.id; })
            channel = p.peer.id;
        if constexpr (requires { p.bridge.id; })
            bridge = p.bridge.id;
        if constexpr (requires { p.playback.targetUri; })
            channel = p.playback.targetUri.startsWith(u"channel:") ? p.playback.targetUri.mid(8) : QString();
        if constexpr (requires { p.recording.targetUri; })
            channel = p.recording.targetUri.startsWith(u"channel:") ? p.recording.targetUri.mid(8) : QString();
        Q_UNUSED(sizeof(P));
    });
}

} // namespace

EventLogModel::EventLogModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(16);
    connect(&m_timer, &QTimer::timeout, this, &EventLogModel::flush);
}

void EventLogModel::setCapacity(int capacity)
{
    flush();
    linearize();
    m_capacity = std::max(1, capacity);
    const int excess = m_count - m_capacity;
    if (excess > 0) {
        beginRemoveRows({}, 0, excess - 1);
        m_ring.erase(m_ring.begin(), m_ring.begin() + excess);
        m_count -= excess;
        endRemoveRows();
    }
}

void EventLogModel::linearize()
{
    if (m_head != 0)
        std::rotate(m_ring.begin(), m_ring.begin() + qsizetype(m_head), m_ring.end());
    m_head = 0;
    m_ring.resize(size_t(m_count));
}

void EventLogModel::append(const Ari::Event &event, qint64 arrivalMs)
{
    Entry e;
    e.arrivalMs = arrivalMs;
    e.type = event.type;
    e.typeName = event.typeName;
    e.raw = event.raw;
    subjects(event, e.channelId, e.bridgeId);
    m_pending.push_back(std::move(e));
    ++m_total;
    if (!m_timer.isActive())
        m_timer.start();
}

void EventLogModel::appendMalformed(const QByteArray &raw, const QString &why, qint64 arrivalMs)
{
    Entry e;
    e.arrivalMs = arrivalMs;
    e.typeName = tr("(unreadable: %1)").arg(why);
    e.raw = raw;
    m_pending.push_back(std::move(e));
    ++m_total;
    if (!m_timer.isActive())
        m_timer.start();
}

void EventLogModel::appendEntry(Entry entry)
{
    m_pending.push_back(std::move(entry));
    ++m_total;
    if (!m_timer.isActive())
        m_timer.start();
}

void EventLogModel::flush()
{
    m_timer.stop();
    if (m_pending.empty())
        return;
    // Only the newest `capacity` of the pending ones can ever show.
    size_t skip = m_pending.size() > size_t(m_capacity) ? m_pending.size() - size_t(m_capacity) : 0;
    const int incoming = int(m_pending.size() - skip);
    const int overflow = m_count + incoming - m_capacity;
    if (overflow > 0) {
        // The oldest rows go; their slots take the newest entries just below.
        beginRemoveRows({}, 0, overflow - 1);
        m_ring.resize(size_t(m_capacity));
        m_head = slotOf(overflow);
        m_count -= overflow;
        endRemoveRows();
    }
    const int first = m_count;
    beginInsertRows({}, first, first + incoming - 1);
    for (size_t i = skip; i < m_pending.size(); ++i) {
        if (m_ring.size() < size_t(m_capacity))
            m_ring.push_back(std::move(m_pending[i]));
        else
            m_ring[slotOf(m_count)] = std::move(m_pending[i]);
        ++m_count;
    }
    endInsertRows();
    m_pending.clear();
}

void EventLogModel::clear()
{
    beginResetModel();
    m_ring.clear();
    m_head = 0;
    m_count = 0;
    m_pending.clear();
    endResetModel();
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EventLogModel::summary(const Entry &e)
{
    QString s = QString::fromUtf8(e.raw.left(160));
    if (e.raw.size() > 160)
        s += u'…';
    return s;
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Entry &e = entry(index.row());
    switch (role) {
    case TypeRole:
        return e.typeName;
    case ChannelIdRole:
        return e.channelId;
    case BridgeIdRole:
        return e.bridgeId;
    case RawRole:
        return e.raw;
    case ArrivalMsRole:
    case SortRole:
        if (role == SortRole && index.column() != Time)
            return data(index, Qt::DisplayRole);
        return e.arrivalMs;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return QDateTime::fromMSecsSinceEpoch(e.arrivalMs).toString(u"HH:mm:ss.zzz"_s);
        case Type:
            return e.typeName;
        case Channel:
            return e.channelId;
        case Bridge:
            return e.bridgeId;
        case Summary:
            return summary(e);
        }
        return {};
    default:
        return {};
    }
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Arrived");
    case Type:
        return tr("Type");
    case Channel:
        return tr("Channel");
    case Bridge:
        return tr("Bridge");
    case Summary:
        return tr("Event");
    }
    return {};
}

EventLogFilter::EventLogFilter(QObject *parent) : QSortFilterProxyModel(parent) {}

void EventLogFilter::setTypes(const QSet<QString> &types)
{
    m_types = types;
    invalidateFilter();
}

void EventLogFilter::setChannelId(const QString &id)
{
    m_channelId = id;
    invalidateFilter();
}

void EventLogFilter::setBridgeId(const QString &id)
{
    m_bridgeId = id;
    invalidateFilter();
}

void EventLogFilter::setText(const QString &text)
{
    m_text = text.toUtf8().toLower();
    invalidateFilter();
}

bool EventLogFilter::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *log = qobject_cast<const EventLogModel *>(sourceModel());
    if (!log)
        return true;
    const EventLogModel::Entry &e = log->entry(sourceRow);
    if (!m_types.isEmpty() && !m_types.contains(e.typeName))
        return false;
    // An event concerns a channel when it is its subject or names it anywhere (a Dial's caller, a bridge's members).
    if (!m_channelId.isEmpty() && e.channelId != m_channelId && !e.raw.contains(QByteArray('"' + m_channelId.toUtf8() + '"')))
        return false;
    if (!m_bridgeId.isEmpty() && e.bridgeId != m_bridgeId)
        return false;
    if (!m_text.isEmpty() && !e.raw.toLower().contains(m_text))
        return false;
    return true;
}

} // namespace Console
