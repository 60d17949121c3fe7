#include "models/EntityListModel.h"

#include <algorithm>

namespace Console {

EntityListModel::EntityListModel(Store *store, Entity entity, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_observed(store), m_entity(entity)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(16);
    connect(&m_timer, &QTimer::timeout, this, &EntityListModel::flush);
    if (store)
        store->addObserver(this);
}

EntityListModel::~EntityListModel()
{
    if (m_observed)
        m_observed->removeObserver(this);
}

int EntityListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

QModelIndex EntityListModel::indexOf(const QString &id, int column) const
{
    const int row = rowOf(id);
    return row < 0 ? QModelIndex() : index(row, column);
}

QHash<int, QByteArray> EntityListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(SortRole, "sortValue");
    names.insert(ChangedAtRole, "changedAt");
    names.insert(StateRole, "state");
    return names;
}

void EntityListModel::markDirty(const QString &id)
{
    if (const auto it = m_rows.find(id); it != m_rows.end()) {
        const int row = *it;
        // The store's ids come in the parse worker's interned storage: take it
        // for the row's key (equal text, so the same hash), so that the next
        // lookup compares by pointer and never reads this model's cold copy.
        if (it.key().constData() != id.constData()) {
            const_cast<QString &>(it.key()) = id;
            m_ids[row] = id;
        }
        if (!m_rowDirty[size_t(row)]) {
            m_rowDirty[size_t(row)] = true;
            m_dirtyRows.push_back(row);
        }
    } else {
        m_dirty.insert(id);
    }
}

void EntityListModel::onChanged(Entity entity, const QString &id, Change change)
{
    if (entity != m_entity)
        return;
    switch (change) {
    case Change::Added:
        if (!m_removed.isEmpty())
            m_removed.remove(id);
        if (!m_rows.contains(id) && !m_addedSet.contains(id)) {
            m_added.append(id);
            m_addedSet.insert(id);
        } else {
            markDirty(id);
        }
        break;
    case Change::Updated:
        markDirty(id);
        break;
    case Change::Removed:
        if (m_addedSet.remove(id))
            m_added.removeOne(id);
        if (m_rows.contains(id))
            m_removed.insert(id);
        m_dirty.remove(id);
        break;
    }
    if (!m_timer.isActive())
        m_timer.start();
}

void EntityListModel::populate()
{
    beginResetModel();
    m_ids = currentIds();
    std::sort(m_ids.begin(), m_ids.end());
    m_rows.clear();
    reindexFrom(0);
    m_added.clear();
    m_addedSet.clear();
    m_removed.clear();
    m_dirty.clear();
    m_dirtyRows.clear();
    m_rowDirty.assign(size_t(m_ids.size()), false);
    endResetModel();
}

void EntityListModel::reindexFrom(int row)
{
    for (int i = row; i < m_ids.size(); ++i)
        m_rows.insert(m_ids.at(i), i);
}

void EntityListModel::flush()
{
    m_timer.stop();
    const qsizetype rowsBefore = m_ids.size();
    // Rows are about to move: changed rows go back to being changed ids.
    if (!m_removed.isEmpty() && !m_dirtyRows.empty()) {
        for (const int row : m_dirtyRows)
            m_dirty.insert(m_ids.at(row));
        m_dirtyRows.clear();
        m_rowDirty.assign(m_rowDirty.size(), false);
    }
    // Removals, in descending contiguous blocks.
    if (!m_removed.isEmpty()) {
        QList<int> rows;
        rows.reserve(m_removed.size());
        for (const QString &id : std::as_const(m_removed)) {
            if (exists(id))
                m_dirty.insert(id); // it came back within the frame
            else if (const int r = m_rows.value(id, -1); r >= 0)
                rows.append(r);
        }
        m_removed.clear();
        std::sort(rows.begin(), rows.end(), std::greater<int>());
        int lowest = int(m_ids.size());
        for (qsizetype i = 0; i < rows.size();) {
            qsizetype j = i;
            while (j + 1 < rows.size() && rows[j + 1] == rows[j] - 1)
                ++j;
            const int first = rows[j];
            const int last = rows[i];
            beginRemoveRows({}, first, last);
            for (int r = first; r <= last; ++r)
                m_rows.remove(m_ids.at(r));
            m_ids.remove(first, last - first + 1);
            endRemoveRows();
            lowest = first;
            i = j + 1;
        }
        reindexFrom(lowest);
    }
    // Insertions, as one block at the end.
    if (!m_added.isEmpty()) {
        QStringList fresh;
        for (const QString &id : std::as_const(m_added)) {
            if (!m_rows.contains(id) && exists(id))
                fresh.append(id);
        }
        m_added.clear();
        m_addedSet.clear();
        if (!fresh.isEmpty()) {
            const int first = int(m_ids.size());
            beginInsertRows({}, first, first + int(fresh.size()) - 1);
            m_ids.append(fresh);
            reindexFrom(first);
            endInsertRows();
            for (const QString &id : std::as_const(fresh))
                m_dirty.remove(id);
        }
    }
    // Appended rows start clean; after removals no row was flagged (see above).
    if (m_ids.size() != rowsBefore)
        m_rowDirty.resize(size_t(m_ids.size()), false);
    // Changes: one range when most rows changed, else one per run of rows.
    if (!m_dirty.isEmpty() || !m_dirtyRows.empty()) {
        std::vector<int> rows = std::exchange(m_dirtyRows, {});
        for (const int r : rows)
            m_rowDirty[size_t(r)] = false;
        for (const QString &id : std::as_const(m_dirty)) {
            if (const int r = m_rows.value(id, -1); r >= 0 && !m_rowDirty[size_t(r)]) {
                m_rowDirty[size_t(r)] = true; // each row once
                rows.push_back(r);
            }
        }
        for (const int r : rows)
            m_rowDirty[size_t(r)] = false;
        m_dirty.clear();
        m_dirtyRows.reserve(rows.capacity());
        const int lastColumn = columnCount() - 1;
        if (qsizetype(rows.size()) * 2 > m_ids.size()) {
            Q_EMIT dataChanged(index(0, 0), index(int(m_ids.size()) - 1, lastColumn));
        } else {
            std::sort(rows.begin(), rows.end());
            for (size_t i = 0; i < rows.size();) {
                size_t j = i;
                while (j + 1 < rows.size() && rows[j + 1] == rows[j] + 1)
                    ++j;
                Q_EMIT dataChanged(index(rows[i], 0), index(rows[j], lastColumn));
                i = j + 1;
            }
        }
    }
}

} // namespace Console
