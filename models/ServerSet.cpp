#include "models/ServerSet.h"

#include "models/ServerSession.h"

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

void AllChannelsModel::flush()
{
    for (const Part &p : std::as_const(m_parts))
        p.model->flush();
}

} // namespace Console
