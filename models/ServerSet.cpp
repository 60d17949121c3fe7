#include "models/ServerSet.h"

#include "models/ServerSession.h"

#include <QMimeData>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Console {

ServerSet::ServerSet(QObject *parent) : QObject(parent) {}

void ServerSet::add(ServerSession *session)
{
    if (!session || m_sessions.contains(session))
        return;
    m_sessions.append(session);
    connect(session, &QObject::destroyed, this, [this, session] {
        m_sessions.removeAll(nullptr);
        Q_EMIT removed(session);
        if (!m_current)
            setCurrent(m_sessions.isEmpty() ? nullptr : m_sessions.first().data());
    });
    Q_EMIT added(session);
    if (!m_current)
        setCurrent(session);
}

void ServerSet::remove(ServerSession *session)
{
    if (!m_sessions.removeAll(session))
        return;
    disconnect(session, &QObject::destroyed, this, nullptr);
    Q_EMIT removed(session);
    if (m_current == session)
        setCurrent(m_sessions.isEmpty() ? nullptr : m_sessions.first().data());
}

QList<ServerSession *> ServerSet::sessions() const
{
    QList<ServerSession *> out;
    for (const auto &s : m_sessions) {
        if (s)
            out.append(s);
    }
    return out;
}

ServerSession *ServerSet::find(const QString &name) const
{
    for (ServerSession *s : sessions()) {
        if (s->name() == name)
            return s;
    }
    return nullptr;
}

void ServerSet::setCurrent(ServerSession *session)
{
    if (m_current == session)
        return;
    m_current = session;
    Q_EMIT currentChanged(session);
}

ServerTagProxy::ServerTagProxy(const QString &server, QObject *parent) : QIdentityProxyModel(parent), m_server(server) {}

int ServerTagProxy::serverColumn() const
{
    return sourceModel() ? sourceModel()->columnCount() : 0;
}

int ServerTagProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : serverColumn() + 1;
}

QModelIndex ServerTagProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= rowCount() || column < 0 || column > serverColumn())
        return {};
    if (column == serverColumn())
        return createIndex(row, column);
    return QIdentityProxyModel::index(row, column, parent);
}

QModelIndex ServerTagProxy::sibling(int row, int column, const QModelIndex &idx) const
{
    return idx.isValid() ? index(row, column) : QModelIndex();
}

QModelIndex ServerTagProxy::mapToSource(const QModelIndex &proxy) const
{
    if (proxy.isValid() && proxy.column() == serverColumn())
        return {};
    return QIdentityProxyModel::mapToSource(proxy);
}

QVariant ServerTagProxy::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (role == ServerRole)
        return m_server;
    if (index.column() == serverColumn()) {
        switch (role) {
        case Qt::DisplayRole:
        case SortRole:
        case Qt::AccessibleTextRole:
            return m_server;
        default:
            // The row's own roles (its id, state...) answer on the server cell too.
            return sourceModel()->index(index.row(), 0).data(role);
        }
    }
    return QIdentityProxyModel::data(index, role);
}

QVariant ServerTagProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == serverColumn())
        return role == Qt::DisplayRole ? QVariant(tr("Server")) : QVariant();
    return QIdentityProxyModel::headerData(section, orientation, role);
}

QMimeData *ServerTagProxy::mimeData(const QModelIndexList &indexes) const
{
    QModelIndexList own; // the Server cell stands for its row's first cell
    for (const QModelIndex &i : indexes)
        own.append(i.column() == serverColumn() ? index(i.row(), 0) : i);
    QMimeData *mime = QIdentityProxyModel::mimeData(own);
    if (mime)
        mime->setData(QString::fromLatin1(serverMimeType), m_server.toUtf8());
    return mime;
}

Qt::ItemFlags ServerTagProxy::flags(const QModelIndex &index) const
{
    if (index.isValid() && index.column() == serverColumn())
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return QIdentityProxyModel::flags(index);
}

AllChannelsModel::AllChannelsModel(ServerSet *servers, QObject *parent)
    : QConcatenateTablesProxyModel(parent), m_servers(servers)
{
    for (ServerSession *s : servers->sessions())
        addSession(s);
    connect(servers, &ServerSet::added, this, &AllChannelsModel::addSession);
    connect(servers, &ServerSet::removed, this, &AllChannelsModel::removeSession);
}

AllChannelsModel::~AllChannelsModel()
{
    for (const Part &p : std::as_const(m_parts)) {
        delete p.tag;
        delete p.model;
    }
}

void AllChannelsModel::addSession(ServerSession *session)
{
    Part p{session, new ChannelModel(session->store()), new ServerTagProxy(session->name())};
    if (m_lingerMs > 0)
        p.model->setEndedLingerMs(m_lingerMs);
    p.tag->setSourceModel(p.model);
    m_parts.append(p);
    addSourceModel(p.tag);
}

void AllChannelsModel::removeSession(ServerSession *session)
{
    for (int i = 0; i < m_parts.size(); ++i) {
        if (m_parts.at(i).session == session || !m_parts.at(i).session) {
            const Part p = m_parts.takeAt(i);
            removeSourceModel(p.tag);
            delete p.tag;
            delete p.model;
            return;
        }
    }
}

ServerSession *AllChannelsModel::sessionAt(int row) const
{
    const QString server = index(row, 0).data(ServerRole).toString();
    for (const Part &p : m_parts) {
        if (p.tag->server() == server)
            return p.session;
    }
    return nullptr;
}

const LiveChannel *AllChannelsModel::channelAt(int row) const
{
    const QModelIndex tagged = mapToSource(index(row, 0));
    for (const Part &p : m_parts) {
        if (tagged.model() == p.tag)
            return p.model->channelAt(p.tag->mapToSource(tagged).row());
    }
    return nullptr;
}

QModelIndex AllChannelsModel::indexOf(ServerSession *session, const QString &channelId) const
{
    for (const Part &p : m_parts) {
        if (p.session == session)
            return mapFromSource(p.tag->mapFromSource(p.model->indexOf(channelId)));
    }
    return {};
}

ChannelModel *AllChannelsModel::modelOf(ServerSession *session) const
{
    for (const Part &p : m_parts) {
        if (p.session == session)
            return p.model;
    }
    return nullptr;
}

void AllChannelsModel::setEndedLingerMs(int ms)
{
    m_lingerMs = ms;
    for (const Part &p : std::as_const(m_parts))
        p.model->setEndedLingerMs(ms);
}

void AllChannelsModel::flush()
{
    for (const Part &p : std::as_const(m_parts))
        p.model->flush();
}

AllBridgesModel::AllBridgesModel(ServerSet *servers, QObject *parent) : QAbstractItemModel(parent), m_servers(servers)
{
    for (ServerSession *s : servers->sessions())
        addSession(s);
    connect(servers, &ServerSet::added, this, &AllBridgesModel::addSession);
    connect(servers, &ServerSet::removed, this, &AllBridgesModel::removeSession);
}

AllBridgesModel::~AllBridgesModel()
{
    for (const Part &p : std::as_const(m_parts))
        delete p.model;
}

void AllBridgesModel::addSession(ServerSession *session)
{
    Part p{session, session->name(), new BridgeModel(session->store()), m_nextTag++};
    const int first = rowCount();
    const int n = p.model->rowCount();
    if (n > 0)
        beginInsertRows({}, first, first + n - 1);
    m_parts.append(p);
    if (n > 0)
        endInsertRows();
    BridgeModel *m = p.model;
    // The source's changes, at this tree's rows.
    connect(m, &QAbstractItemModel::rowsAboutToBeInserted, this, [this, m](const QModelIndex &parent, int first, int last) {
        const int part = partOfModel(m);
        const int off = parent.isValid() ? 0 : offsetOf(part);
        beginInsertRows(mapFromSource(parent), first + off, last + off);
    });
    connect(m, &QAbstractItemModel::rowsInserted, this, [this] { endInsertRows(); });
    connect(m, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this, m](const QModelIndex &parent, int first, int last) {
        const int part = partOfModel(m);
        const int off = parent.isValid() ? 0 : offsetOf(part);
        beginRemoveRows(mapFromSource(parent), first + off, last + off);
    });
    connect(m, &QAbstractItemModel::rowsRemoved, this, [this] { endRemoveRows(); });
    connect(m, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) {
                Q_EMIT dataChanged(mapFromSource(topLeft), mapFromSource(bottomRight), roles);
            });
    connect(m, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
    connect(m, &QAbstractItemModel::modelReset, this, [this] { endResetModel(); });
}

void AllBridgesModel::removeSession(ServerSession *session)
{
    for (int i = 0; i < m_parts.size(); ++i) {
        if (m_parts.at(i).session != session && m_parts.at(i).session)
            continue;
        const int first = offsetOf(i);
        const int n = m_parts.at(i).model->rowCount();
        if (n > 0)
            beginRemoveRows({}, first, first + n - 1);
        const Part p = m_parts.takeAt(i);
        if (n > 0)
            endRemoveRows();
        delete p.model;
        return;
    }
}

int AllBridgesModel::offsetOf(int part) const
{
    int off = 0;
    for (int i = 0; i < part && i < m_parts.size(); ++i)
        off += m_parts.at(i).model->rowCount();
    return off;
}

int AllBridgesModel::partOfRow(int row, int *sourceRow) const
{
    for (int i = 0; i < m_parts.size(); ++i) {
        const int n = m_parts.at(i).model->rowCount();
        if (row < n) {
            *sourceRow = row;
            return i;
        }
        row -= n;
    }
    return -1;
}

int AllBridgesModel::partOf(const QModelIndex &proxy) const
{
    if (!proxy.isValid())
        return -1;
    if (proxy.internalId() == 0) {
        int row = 0;
        return partOfRow(proxy.row(), &row);
    }
    const quintptr tag = proxy.internalId() >> TagShift;
    for (int i = 0; i < m_parts.size(); ++i) {
        if (m_parts.at(i).tag == tag)
            return i;
    }
    return -1;
}

int AllBridgesModel::partOfModel(const QAbstractItemModel *model) const
{
    for (int i = 0; i < m_parts.size(); ++i) {
        if (m_parts.at(i).model == model)
            return i;
    }
    return -1;
}

QModelIndex AllBridgesModel::mapToSource(const QModelIndex &proxy) const
{
    if (!proxy.isValid() || proxy.model() != this || proxy.column() >= serverColumn())
        return {};
    if (proxy.internalId() == 0) {
        int row = 0;
        const int part = partOfRow(proxy.row(), &row);
        return part < 0 ? QModelIndex() : m_parts.at(part).model->index(row, proxy.column());
    }
    const int part = partOf(proxy);
    if (part < 0)
        return {};
    const BridgeModel *m = m_parts.at(part).model;
    const quintptr key = proxy.internalId() & ((quintptr(1) << TagShift) - 1);
    return m->index(proxy.row(), proxy.column(), m->bridgeOfKey(key));
}

QModelIndex AllBridgesModel::mapFromSource(const QModelIndex &source) const
{
    if (!source.isValid())
        return {};
    const int part = partOfModel(source.model());
    if (part < 0)
        return {};
    if (!source.parent().isValid())
        return createIndex(offsetOf(part) + source.row(), source.column(), quintptr(0));
    return createIndex(source.row(), source.column(), (m_parts.at(part).tag << TagShift) | source.internalId());
}

QModelIndex AllBridgesModel::indexOfBridge(ServerSession *session, const QString &bridgeId) const
{
    for (const Part &p : m_parts) {
        if (p.session == session)
            return mapFromSource(p.model->indexOfBridge(bridgeId));
    }
    return {};
}

ServerSession *AllBridgesModel::sessionAt(const QModelIndex &index) const
{
    const int part = partOf(index);
    return part < 0 ? nullptr : m_parts.at(part).session.data();
}

void AllBridgesModel::flush()
{
    for (const Part &p : std::as_const(m_parts))
        p.model->flush();
}

QModelIndex AllBridgesModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column > serverColumn())
        return {};
    if (!parent.isValid())
        return row < rowCount() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.column() != 0)
        return {};
    const int part = partOf(parent);
    const QModelIndex sourceParent = mapToSource(parent);
    if (part < 0 || !sourceParent.isValid())
        return {};
    const QModelIndex child = m_parts.at(part).model->index(row, 0, sourceParent);
    if (!child.isValid())
        return {};
    return createIndex(row, column, (m_parts.at(part).tag << TagShift) | child.internalId());
}

QModelIndex AllBridgesModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const int part = partOf(child);
    if (part < 0)
        return {};
    const quintptr key = child.internalId() & ((quintptr(1) << TagShift) - 1);
    const QModelIndex sourceParent = m_parts.at(part).model->bridgeOfKey(key);
    return sourceParent.isValid() ? createIndex(offsetOf(part) + sourceParent.row(), 0, quintptr(0)) : QModelIndex();
}

int AllBridgesModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        int n = 0;
        for (const Part &p : m_parts)
            n += p.model->rowCount();
        return n;
    }
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    const QModelIndex source = mapToSource(parent);
    return source.isValid() ? source.model()->rowCount(source) : 0;
}

int AllBridgesModel::columnCount(const QModelIndex &) const
{
    return serverColumn() + 1;
}

QVariant AllBridgesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (role == ServerRole) {
        const int part = partOf(index);
        return part < 0 ? QVariant() : QVariant(m_parts.at(part).server);
    }
    if (index.column() == serverColumn()) {
        switch (role) {
        case Qt::DisplayRole:
        case SortRole:
        case Qt::AccessibleTextRole:
            return data(index, ServerRole);
        default:
            // The row's own roles (its bridge id, id...) answer on the server cell too.
            return mapToSource(index.siblingAtColumn(0)).data(role);
        }
    }
    return mapToSource(index).data(role);
}

QVariant AllBridgesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == serverColumn())
        return role == Qt::DisplayRole ? QVariant(tr("Server")) : QVariant();
    if (m_parts.isEmpty())
        return {};
    return m_parts.first().model->headerData(section, orientation, role);
}

Qt::ItemFlags AllBridgesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return QAbstractItemModel::flags(index);
    if (index.column() == serverColumn())
        return mapToSource(index.siblingAtColumn(0)).flags();
    return mapToSource(index).flags();
}

QStringList AllBridgesModel::mimeTypes() const
{
    return {QString::fromLatin1(channelMimeType)};
}

QMimeData *AllBridgesModel::mimeData(const QModelIndexList &indexes) const
{
    QModelIndexList source;
    const BridgeModel *model = nullptr;
    ServerSession *server = nullptr;
    for (const QModelIndex &i : indexes) {
        const QModelIndex s = mapToSource(i.siblingAtColumn(0));
        if (!s.isValid() || (model && s.model() != model))
            continue; // one server's channels at a time
        model = static_cast<const BridgeModel *>(s.model());
        server = sessionAt(i);
        source.append(s);
    }
    QMimeData *mime = model ? model->mimeData(source) : new QMimeData;
    if (server)
        mime->setData(QString::fromLatin1(serverMimeType), server->name().toUtf8());
    return mime;
}

AllEventsModel::AllEventsModel(ServerSet *servers, QObject *parent) : EventLogModel(parent), m_servers(servers)
{
    // What the servers' logs already hold, merged by arrival time.
    std::vector<Entry> merged;
    for (ServerSession *s : servers->sessions()) {
        EventLogModel *log = s->eventLog();
        log->flush();
        const quint16 tag = tagOf(s->name());
        for (int row = 0; row < log->rowCount(); ++row) {
            Entry e = log->entry(row);
            e.server = tag;
            merged.push_back(std::move(e));
        }
    }
    std::stable_sort(merged.begin(), merged.end(),
                     [](const Entry &a, const Entry &b) { return a.arrivalMs < b.arrivalMs; });
    for (Entry &e : merged)
        appendEntry(std::move(e));
    flush();
    for (ServerSession *s : servers->sessions())
        follow(s);
    connect(servers, &ServerSet::added, this, [this](ServerSession *s) {
        tagOf(s->name());
        follow(s);
    });
    connect(servers, &ServerSet::removed, this, [this](ServerSession *s) {
        if (EventLogModel *log = m_logs.take(s))
            disconnect(log, nullptr, this, nullptr);
    });
}

void AllEventsModel::follow(ServerSession *session)
{
    EventLogModel *log = session->eventLog();
    m_logs.insert(session, log);
    const quint16 tag = tagOf(session->name());
    connect(log, &QAbstractItemModel::rowsInserted, this, [this, log, tag](const QModelIndex &, int first, int last) {
        for (int row = first; row <= last; ++row) {
            Entry e = log->entry(row);
            e.server = tag;
            appendEntry(std::move(e));
        }
    });
}

quint16 AllEventsModel::tagOf(const QString &server)
{
    qsizetype i = m_names.indexOf(server);
    if (i < 0) {
        m_names.append(server);
        i = m_names.size() - 1;
    }
    return quint16(i + 1);
}

QString AllEventsModel::serverAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_names.value(entry(row).server - 1) : QString();
}

ServerSession *AllEventsModel::sessionAt(int row) const
{
    return m_servers->find(serverAt(row));
}

int AllEventsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : serverColumn() + 1;
}

QVariant AllEventsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    if (role == ServerRole)
        return serverAt(index.row());
    if (index.column() == serverColumn()) {
        switch (role) {
        case Qt::DisplayRole:
        case SortRole:
        case Qt::AccessibleTextRole:
            return serverAt(index.row());
        default:
            return EventLogModel::data(index.siblingAtColumn(0), role);
        }
    }
    return EventLogModel::data(index, role);
}

QVariant AllEventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == serverColumn())
        return role == Qt::DisplayRole ? QVariant(tr("Server")) : QVariant();
    return EventLogModel::headerData(section, orientation, role);
}

} // namespace Console
