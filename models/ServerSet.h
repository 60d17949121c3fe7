#pragma once

#include "models/ChannelModel.h"

#include <QConcatenateTablesProxyModel>
#include <QIdentityProxyModel>
#include <QObject>
#include <QPointer>

namespace Console {

class ServerSession;

//! The servers one window shows: several sessions at once, each with its own
//! connection, store and status, and the one the operator works on now
//! (current()). Removing or losing one never touches another.
class ServerSet : public QObject
{
    Q_OBJECT

public:
    explicit ServerSet(QObject *parent = nullptr);

    //! Adds a session (not owned); the first one becomes current.
    void add(ServerSession *session);
    void remove(ServerSession *session);
    QList<ServerSession *> sessions() const;
    int size() const { return int(sessions().size()); }
    ServerSession *find(const QString &name) const;
    ServerSession *current() const { return m_current; }
    void setCurrent(ServerSession *session);

Q_SIGNALS:
    void added(Console::ServerSession *session);
    void removed(Console::ServerSession *session);
    void currentChanged(Console::ServerSession *session);

private:
    QList<QPointer<ServerSession>> m_sessions;
    QPointer<ServerSession> m_current;
};

//! One server's rows with its name: a Server column after the source's
//! columns, and ServerRole on every cell.
class ServerTagProxy : public QIdentityProxyModel
{
    Q_OBJECT

public:
    ServerTagProxy(const QString &server, QObject *parent = nullptr);
    QString server() const { return m_server; }
    int serverColumn() const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    QModelIndex mapToSource(const QModelIndex &proxy) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QString m_server;
};

//! The live channels of every server in a ServerSet, one table: each
//! server's ChannelModel, tagged with its name (a Server column and
//! ServerRole), one after the other; servers join and leave with the set.
class AllChannelsModel : public QConcatenateTablesProxyModel
{
    Q_OBJECT

public:
    explicit AllChannelsModel(ServerSet *servers, QObject *parent = nullptr);
    ~AllChannelsModel() override;

    //! The Server column (after the channel columns).
    int serverColumn() const { return ChannelModel::ColumnCount; }
    //! The session a row belongs to.
    ServerSession *sessionAt(int row) const;
    //! Applies every server's pending changes now.
    void flush();

private:
    void addSession(ServerSession *session);
    void removeSession(ServerSession *session);

    struct Part
    {
        QPointer<ServerSession> session;
        ChannelModel *model;
        ServerTagProxy *tag;
    };
    ServerSet *m_servers;
    QList<Part> m_parts;
};

} // namespace Console
