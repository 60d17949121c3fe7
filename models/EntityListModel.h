#pragma once

#include "models/Store.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace Console {

//! Roles shared by the console's models. Raw values for sorting and
//! filtering live here, never in the display text.
enum Role : int {
    IdRole = Qt::UserRole + 1, //!< the entity's id (QString)
    SortRole,                  //!< the raw value of the cell, for proxies
    ChangedAtRole,             //!< ms since the epoch of the last change, for row flashes
    StateRole,                 //!< a raw state string ("Up", "Ringing", ...)
    EndedRole,                 //!< true for an ended channel still shown
    ServerRole,                //!< the server a row belongs to (several servers in one window)
    FirstCustomRole = Qt::UserRole + 64,
};

//! A table over one kind of entity of the Store, one row per id.
//!
//! The rows follow the store through its changed() signal, but notifications
//! are coalesced: changes gather until flush(), which runs at most once per
//! frame (or when called), so a burst of events costs one repaint. It gives
//! one beginInsertRows per contiguous block, and one dataChanged per run of
//! changed rows. id -> row lookup is O(1).
class EntityListModel : public QAbstractTableModel, private StoreObserver
{
    Q_OBJECT

public:
    EntityListModel(Store *store, Entity entity, QObject *parent = nullptr);
    ~EntityListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QString idAt(int row) const { return row >= 0 && row < m_ids.size() ? m_ids.at(row) : QString(); }
    //! The row of an id, or -1.
    int rowOf(const QString &id) const { return m_rows.value(id, -1); }
    QModelIndex indexOf(const QString &id, int column = 0) const;
    Store *store() const { return m_store; }

    //! Applies the pending changes to the rows now.
    void flush();
    //! The interval between flushes; 16 ms (one frame) by default.
    void setFlushInterval(int ms) { m_timer.setInterval(ms); }
    bool hasPendingChanges() const
    {
        return !m_added.isEmpty() || !m_removed.isEmpty() || !m_dirty.isEmpty() || !m_dirtyRows.empty();
    }

    QHash<int, QByteArray> roleNames() const override;

protected:
    //! Whether the store still holds the id (rows of vanished ids are removed).
    virtual bool exists(const QString &id) const = 0;
    //! All ids the store holds now, for the initial rows.
    virtual QStringList currentIds() const = 0;
    //! Takes the rows from the store; each subclass calls it at the end of its constructor.
    void populate();
    //! Asks for a row to be checked again at the next flush (gone rows leave then).
    void recheck(const QString &id) { onChanged(m_entity, id, Change::Removed); }

private:
    void storeChanged(Entity entity, const QString &id, Change change, const LiveChannel *) override
    {
        onChanged(entity, id, change);
    }
    void onChanged(Entity entity, const QString &id, Change change);
    void reindexFrom(int row);
    void markDirty(const QString &id);

    Store *m_store;
    QPointer<Store> m_observed; //!< to stop observing, unless the store went first
    Entity m_entity;
    QStringList m_ids;
    QHash<QString, int> m_rows;
    QStringList m_added;
    QSet<QString> m_addedSet;
    QSet<QString> m_removed;
    QSet<QString> m_dirty; //!< changed ids without a row yet (added or back within the frame)
    // Changed rows: a flag per row and the list of flagged rows, so a change
    // costs one id lookup and no allocation, however many rows change.
    std::vector<int> m_dirtyRows;
    std::vector<bool> m_rowDirty;
    QTimer m_timer;
};

} // namespace Console
