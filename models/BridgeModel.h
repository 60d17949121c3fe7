#pragma once

#include "models/EntityListModel.h"

#include <QAbstractItemModel>

namespace Console {

//! The bridges as a tree: each bridge, then its member channels.
//! Notifications are coalesced per frame like EntityListModel's.
class BridgeModel : public QAbstractItemModel, private StoreObserver
{
    Q_OBJECT

public:
    enum Column : int { Name, Type, Technology, Class, Creator, VideoMode, Members, ColumnCount };
    enum BridgeRole : int { IsBridgeRole = FirstCustomRole, BridgeIdOfRowRole };

    explicit BridgeModel(Store *store, QObject *parent = nullptr);
    ~BridgeModel() override;

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

    QModelIndex indexOfBridge(const QString &id, int column = 0) const;
    QModelIndex indexOfMember(const QString &bridgeId, const QString &channelId) const;
    QString bridgeIdAt(const QModelIndex &index) const;
    //! The bridge row whose members carry `key` as their internal id (for proxies over this tree).
    QModelIndex bridgeOfKey(quintptr key) const;
    void flush();
    void setFlushInterval(int ms) { m_timer.setInterval(ms); }

private:
    struct Row
    {
        QString id;
        quintptr key = 0;
        QStringList members;
    };
    void storeChanged(Entity entity, const QString &id, Change change, const LiveChannel *channel) override;
    void syncMembers(int row);
    void reindexFrom(int row);

    Store *m_store;
    QPointer<Store> m_observed; //!< to stop observing, unless the store went first
    QList<Row> m_bridges;
    QHash<QString, int> m_rows;
    QHash<quintptr, QString> m_keys; //!< stable key -> bridge id, for child indexes
    quintptr m_nextKey = 1;
    QSet<QString> m_dirty;
    std::vector<bool> m_memberDirty; //!< per row: already in m_dirty for a member's change
    QTimer m_timer;
};

} // namespace Console
