#include "models/ChannelFilter.h"

#include "models/ChannelModel.h"
#include "models/ServerSession.h"
#include "models/ServerSet.h"

namespace Console {

ChannelFilter::ChannelFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setDynamicSortFilter(true);
}

void ChannelFilter::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void ChannelFilter::setStates(const QStringList &states)
{
    m_states = states;
    invalidateFilter();
}

void ChannelFilter::setStasisOnly(bool only)
{
    m_stasisOnly = only;
    invalidateFilter();
}

bool ChannelFilter::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const LiveChannel *lc = nullptr;
    if (const auto *model = qobject_cast<const ChannelModel *>(sourceModel()))
        lc = model->channelAt(sourceRow);
    else if (const auto *all = qobject_cast<const AllChannelsModel *>(sourceModel()))
        lc = all->channelAt(sourceRow); // every server's channels
    else
        return true;
    if (!lc)
        return false;
    if (m_stasisOnly && !lc->inStasis())
        return false;
    if (!m_states.isEmpty() && !m_states.contains(lc->channel.state))
        return false;
    if (m_text.isEmpty())
        return true;
    const Ari::Channel &c = lc->channel;
    for (const QString *field : {&c.name, &c.id, &c.caller.number, &c.caller.name, &c.connected.number,
                                 &c.connected.name, &c.dialplan.exten}) {
        if (field->contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool ChannelFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(SortRole);
    const QVariant r = right.data(SortRole);
    if (l.typeId() == QMetaType::LongLong || l.typeId() == QMetaType::Int)
        return l.toLongLong() < r.toLongLong();
    return QString::compare(l.toString(), r.toString(), Qt::CaseInsensitive) < 0;
}

} // namespace Console
