#include "models/BridgeModel.h"

#include "models/ChannelModel.h"

#include <QMimeData>

using namespace Qt::StringLiterals;

namespace Console {

BridgeModel::BridgeModel(Store *store, QObject *parent) : QAbstractItemModel(parent), m_store(store), m_observed(store)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(16);
    connect(&m_timer, &QTimer::timeout, this, &BridgeModel::flush);
    if (store)
        store->addObserver(this);
    QStringList ids = store->bridges().keys();
    ids.sort();
    for (const QString &id : ids) {
        const quintptr key = m_nextKey++;
        m_keys.insert(key, id);
        m_bridges.append(Row{id, key, store->bridge(id)->bridge.channels});
    }
    reindexFrom(0);
}

void BridgeModel::reindexFrom(int row)
{
    m_memberDirty.resize(size_t(m_bridges.size()), false);
    for (int i = row; i < m_bridges.size(); ++i)
        m_rows.insert(m_bridges.at(i).id, i);
}

BridgeModel::~BridgeModel()
{
    if (m_observed)
        m_observed->removeObserver(this);
}

void BridgeModel::storeChanged(Entity entity, const QString &id, Change, const LiveChannel *channel)
{
    if (entity == Entity::Bridge) {
        m_dirty.insert(id);
        if (!m_timer.isActive())
            m_timer.start();
    } else if (entity == Entity::Channel) {
        // A member's name or state shows in the tree. A flag per row, so a
        // bridge already marked costs one lookup, however many members change.
        const LiveChannel *c = channel ? channel : m_store->channel(id);
        if (!c || c->bridgeId.isEmpty())
            return;
        const auto row = m_rows.constFind(c->bridgeId);
        if (row == m_rows.cend() || m_memberDirty[size_t(*row)])
            return;
        m_memberDirty[size_t(*row)] = true;
        m_dirty.insert(c->bridgeId);
        if (!m_timer.isActive())
            m_timer.start();
    }
}

void BridgeModel::syncMembers(int row)
{
    Row &r = m_bridges[row];
    const LiveBridge *b = m_store->bridge(r.id);
    const QStringList now = b ? b->bridge.channels : QStringList();
    const QModelIndex parent = index(row, 0);
    for (int i = int(r.members.size()) - 1; i >= 0; --i) {
        if (!now.contains(r.members.at(i))) {
            beginRemoveRows(parent, i, i);
            r.members.removeAt(i);
            endRemoveRows();
        }
    }
    QStringList fresh;
    for (const QString &id : now) {
        if (!r.members.contains(id))
            fresh.append(id);
    }
    if (!fresh.isEmpty()) {
        const int first = int(r.members.size());
        beginInsertRows(parent, first, first + int(fresh.size()) - 1);
        r.members.append(fresh);
        endInsertRows();
    }
    if (!r.members.isEmpty())
        Q_EMIT dataChanged(index(0, 0, parent), index(int(r.members.size()) - 1, ColumnCount - 1, parent));
}

void BridgeModel::flush()
{
    m_timer.stop();
    const QSet<QString> dirty = std::exchange(m_dirty, {});
    m_memberDirty.assign(size_t(m_bridges.size()), false);
    // Gone bridges, from the bottom up.
    QList<int> gone;
    for (const QString &id : dirty) {
        if (!m_store->bridge(id) && m_rows.contains(id))
            gone.append(m_rows.value(id));
    }
    std::sort(gone.begin(), gone.end(), std::greater<int>());
    for (const int row : gone) {
        beginRemoveRows({}, row, row);
        const Row r = m_bridges.takeAt(row);
        m_rows.remove(r.id);
        m_keys.remove(r.key);
        endRemoveRows();
    }
    if (!gone.isEmpty())
        reindexFrom(gone.last());
    // New bridges, as one block.
    QStringList fresh;
    for (const QString &id : dirty) {
        if (m_store->bridge(id) && !m_rows.contains(id))
            fresh.append(id);
    }
    fresh.sort();
    if (!fresh.isEmpty()) {
        const int first = int(m_bridges.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        for (const QString &id : fresh) {
            const quintptr key = m_nextKey++;
            m_keys.insert(key, id);
            m_bridges.append(Row{id, key, {}});
        }
        reindexFrom(first);
        endInsertRows();
    }
    // Changed bridges: their members, then their own row (a new row needs no dataChanged).
    for (const QString &id : dirty) {
        const int row = m_rows.value(id, -1);
        if (row < 0)
            continue;
        syncMembers(row);
        if (!fresh.contains(id))
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

QModelIndex BridgeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_bridges.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_bridges.size())
        return {};
    const Row &r = m_bridges.at(parent.row());
    return row < r.members.size() ? createIndex(row, column, r.key) : QModelIndex();
}

QModelIndex BridgeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const int row = m_rows.value(m_keys.value(child.internalId()), -1);
    return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(0));
}

int BridgeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_bridges.size());
    if (parent.internalId() != 0 || parent.column() != 0 || parent.row() >= m_bridges.size())
        return 0;
    return int(m_bridges.at(parent.row()).members.size());
}

int BridgeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString BridgeModel::bridgeIdAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0)
        return index.row() < m_bridges.size() ? m_bridges.at(index.row()).id : QString();
    return m_keys.value(index.internalId());
}

QModelIndex BridgeModel::bridgeOfKey(quintptr key) const
{
    const int row = m_rows.value(m_keys.value(key), -1);
    return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(0));
}

QModelIndex BridgeModel::indexOfBridge(const QString &id, int column) const
{
    const int row = m_rows.value(id, -1);
    return row < 0 ? QModelIndex() : index(row, column);
}

QModelIndex BridgeModel::indexOfMember(const QString &bridgeId, const QString &channelId) const
{
    const int row = m_rows.value(bridgeId, -1);
    if (row < 0)
        return {};
    const int child = int(m_bridges.at(row).members.indexOf(channelId));
    return child < 0 ? QModelIndex() : index(child, 0, index(row, 0));
}

QVariant BridgeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const bool isBridge = index.internalId() == 0;
    if (role == IsBridgeRole)
        return isBridge;
    if (role == BridgeIdOfRowRole)
        return bridgeIdAt(index);
    if (isBridge) {
        const Row &r = m_bridges.at(index.row());
        const LiveBridge *lb = m_store->bridge(r.id);
        if (!lb)
            return {};
        const Ari::Bridge &b = lb->bridge;
        if (role == IdRole)
            return b.id;
        if (role == ChangedAtRole)
            return lb->changedAtMs;
        if (role != Qt::DisplayRole && role != SortRole)
            return {};
        switch (index.column()) {
        case Name:
            return b.name.isEmpty() ? b.id : b.name;
        case Type:
            return b.bridgeType;
        case Technology:
            return b.technology;
        case Class:
            return b.bridgeClass;
        case Creator:
            return b.creator;
        case VideoMode:
            return b.videoMode;
        case Members:
            return role == SortRole ? QVariant(int(b.channels.size())) : QVariant(QString::number(b.channels.size()));
        }
        return {};
    }
    const QString bridgeId = m_keys.value(index.internalId());
    const int row = m_rows.value(bridgeId, -1);
    if (row < 0 || index.row() >= m_bridges.at(row).members.size())
        return {};
    const QString channelId = m_bridges.at(row).members.at(index.row());
    if (role == IdRole)
        return channelId;
    const LiveChannel *c = m_store->anyChannel(channelId);
    if (role == StateRole)
        return c ? c->channel.state : QString();
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case Name:
        return c ? c->channel.name : channelId;
    case Type:
        return c ? c->channel.state : QString();
    case Technology:
        return c ? (c->channel.caller.name.isEmpty() ? c->channel.caller.number
                                                     : u"%1 <%2>"_s.arg(c->channel.caller.name, c->channel.caller.number))
                 : QString();
    default:
        return {};
    }
}

QVariant BridgeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Bridge / member");
    case Type:
        return tr("Type / state");
    case Technology:
        return tr("Technology / caller");
    case Class:
        return tr("Class");
    case Creator:
        return tr("Creator");
    case VideoMode:
        return tr("Video");
    case Members:
        return tr("Members");
    }
    return {};
}

Qt::ItemFlags BridgeModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractItemModel::flags(index);
    if (!index.isValid())
        return f;
    if (index.internalId() == 0)
        return f | Qt::ItemIsDropEnabled;
    return f | Qt::ItemIsDragEnabled;
}

QStringList BridgeModel::mimeTypes() const
{
    return {QString::fromLatin1(channelMimeType)};
}

QMimeData *BridgeModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &i : indexes) {
        if (i.internalId() != 0) {
            const QString id = i.data(IdRole).toString();
            if (!ids.contains(id))
                ids.append(id);
        }
    }
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(channelMimeType), ids.join(u'\n').toUtf8());
    return mime;
}

} // namespace Console
