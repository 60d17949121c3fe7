#pragma once

#include "models/BridgeModel.h"
#include "models/ChannelModel.h"
#include "models/EventLogModel.h"

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
    //! The source's drag data, with this server's name (serverMimeType).
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

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
    //! The channel of a row, whichever server it is on.
    const LiveChannel *channelAt(int row) const;
    //! The row of a server's channel (invalid when not shown).
    QModelIndex indexOf(ServerSession *session, const QString &channelId) const;
    //! A server's own part of the table, to give it call quality (nullptr when not in the set).
    ChannelModel *modelOf(ServerSession *session) const;
    //! How long an ended call stays, fading, on every server's rows.
    void setEndedLingerMs(int ms);
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
    int m_lingerMs = 0;
};

//! The bridges of every server in a ServerSet, one tree: each server's
//! BridgeModel (bridge, then its members), one after the other, with a
//! Server column after the bridge columns and ServerRole on every cell;
//! servers join and leave with the set.
class AllBridgesModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    explicit AllBridgesModel(ServerSet *servers, QObject *parent = nullptr);
    ~AllBridgesModel() override;

    int serverColumn() const { return BridgeModel::ColumnCount; }
    //! The session a row (a bridge or a member) belongs to.
    ServerSession *sessionAt(const QModelIndex &index) const;
    //! The index in its server's own BridgeModel (invalid for the Server column).
    QModelIndex mapToSource(const QModelIndex &proxy) const;
    QModelIndex mapFromSource(const QModelIndex &source) const;
    //! A server's bridge, as a row of this tree.
    QModelIndex indexOfBridge(ServerSession *session, const QString &bridgeId) const;
    void flush();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override { return Qt::CopyAction | Qt::MoveAction; }

private:
    struct Part
    {
        QPointer<ServerSession> session;
        QString server;
        BridgeModel *model;
        quintptr tag; //!< high bits of the internal id of this part's member rows
    };
    static constexpr int TagShift = 40;
    void addSession(ServerSession *session);
    void removeSession(ServerSession *session);
    int offsetOf(int part) const;
    //! The part holding a top-level row, and the row in that part.
    int partOfRow(int row, int *sourceRow) const;
    int partOf(const QModelIndex &proxy) const;
    int partOfModel(const QAbstractItemModel *model) const;

    ServerSet *m_servers;
    QList<Part> m_parts;
    quintptr m_nextTag = 1;
};

//! The events of every server in a ServerSet, one log in arrival order: a
//! copy of each server's entries (their raw bytes shared, not copied), each
//! tagged with its server: a Server column after the log's columns and
//! ServerRole. What was already in the servers' logs comes first, merged by
//! arrival time; later events follow as each server's log shows them.
class AllEventsModel : public EventLogModel
{
    Q_OBJECT

public:
    explicit AllEventsModel(ServerSet *servers, QObject *parent = nullptr);

    int serverColumn() const { return ColumnCount; }
    QString serverAt(int row) const;
    ServerSession *sessionAt(int row) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void follow(ServerSession *session);
    quint16 tagOf(const QString &server);

    ServerSet *m_servers;
    QStringList m_names; //!< a tag is its index + 1
    //! Each followed session's log, by the session's address only: a session being destroyed
    //! is no ServerSession any more when ServerSet says it is removed (never call it then).
    QHash<const ServerSession *, QPointer<EventLogModel>> m_logs;
};

} // namespace Console
