#include "models/LiveEventFilter.h"

namespace Console {

LiveEventFilter::LiveEventFilter(QObject *parent) : EventLogFilter(parent) {}

void LiveEventFilter::setSourceModel(QAbstractItemModel *model)
{
    disconnect(m_insertConnection);
    disconnect(m_removeConnection);
    disconnect(m_resetConnection);
    EventLogFilter::setSourceModel(model);
    m_frozenRows = 0;
    m_arrived = m_matching = 0;
    if (!model)
        return;
    // Connected after the proxy's own handlers: the proxy has taken the rows in when these run.
    m_insertConnection = connect(model, &QAbstractItemModel::rowsInserted, this, &LiveEventFilter::onInserted);
    m_removeConnection = connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, &LiveEventFilter::onAboutToRemove);
    m_resetConnection = connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_frozenRows = 0;
        if (m_paused)
            filtersChanged();
    });
    if (m_paused)
        m_frozenRows = model->rowCount();
}

void LiveEventFilter::setChannelIds(const QStringList &ids)
{
    m_channelIds = ids;
    m_quotedIds.clear();
    for (const QString &id : ids)
        m_quotedIds.append('"' + id.toUtf8() + '"');
    invalidateFilter();
}

void LiveEventFilter::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    m_arrived = m_matching = 0;
    if (paused) {
        if (auto *log = qobject_cast<EventLogModel *>(sourceModel()))
            log->flush(); // what has arrived so far is what stays in view
        m_frozenRows = sourceModel() ? sourceModel()->rowCount() : 0;
    } else {
        m_frozenRows = 0;
        invalidateFilter();
    }
    Q_EMIT pausedChanged(paused);
    Q_EMIT arrivalsChanged(0, 0);
}

void LiveEventFilter::filtersChanged()
{
    if (!m_paused || !sourceModel())
        return;
    const int rows = sourceModel()->rowCount();
    m_arrived = std::max(0, rows - m_frozenRows);
    m_matching = 0;
    for (int row = m_frozenRows; row < rows; ++row) {
        if (matches(row))
            ++m_matching;
    }
    Q_EMIT arrivalsChanged(m_arrived, m_matching);
}

bool LiveEventFilter::matches(int sourceRow) const
{
    if (!EventLogFilter::filterAcceptsRow(sourceRow, {}))
        return false;
    if (m_quotedIds.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0);
    const QString subject = index.data(EventLogModel::ChannelIdRole).toString();
    if (!subject.isEmpty() && m_channelIds.contains(subject))
        return true;
    // An event concerns a channel when it names it anywhere (a Dial's caller, a bridge's members).
    const QByteArray raw = index.data(EventLogModel::RawRole).toByteArray();
    for (const QByteArray &quoted : m_quotedIds) {
        if (raw.contains(quoted))
            return true;
    }
    return false;
}

bool LiveEventFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_paused && sourceRow >= m_frozenRows)
        return false;
    Q_UNUSED(sourceParent);
    return matches(sourceRow);
}

void LiveEventFilter::onInserted(const QModelIndex &parent, int first, int last)
{
    if (!m_paused || parent.isValid())
        return;
    for (int row = first; row <= last; ++row) {
        ++m_arrived;
        if (matches(row))
            ++m_matching;
    }
    Q_EMIT arrivalsChanged(m_arrived, m_matching);
}

void LiveEventFilter::onAboutToRemove(const QModelIndex &parent, int first, int last)
{
    if (!m_paused || parent.isValid())
        return;
    // The ring buffer drops its oldest rows: the frozen block shrinks, and so may the arrivals.
    const int frozenGone = std::max(0, std::min(last + 1, m_frozenRows) - first);
    const int arrivedGone = (last - first + 1) - frozenGone;
    m_frozenRows -= frozenGone;
    if (arrivedGone > 0) {
        for (int row = std::max(first, m_frozenRows + frozenGone); row <= last; ++row) {
            --m_arrived;
            if (matches(row))
                --m_matching;
        }
        Q_EMIT arrivalsChanged(m_arrived, m_matching);
    }
}

} // namespace Console
