#pragma once

#include "ari/Event.h"
#include "models/EntityListModel.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <QTimer>

#include <vector>

namespace Console {

//! The raw events as they arrived, in a bounded ring buffer (100,000 by
//! default; the oldest go first). Rows are appended in blocks per frame.
class EventLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column : int { Time, Type, Channel, Bridge, Summary, ColumnCount };
    enum LogRole : int { TypeRole = FirstCustomRole, ChannelIdRole, BridgeIdRole, RawRole, ArrivalMsRole };

    struct Entry
    {
        qint64 arrivalMs = 0;
        Ari::EventType type = Ari::EventType::Unknown;
        quint16 server = 0; //!< which server, in a log of several (AllEventsModel); 0 in a server's own log
        QString typeName;
        QString channelId;
        QString bridgeId;
        QByteArray raw;
    };

    explicit EventLogModel(QObject *parent = nullptr);

    void setCapacity(int capacity);
    int capacity() const { return m_capacity; }
    //! Adds one event; it shows at the next flush.
    void append(const Ari::Event &event, qint64 arrivalMs);
    //! Adds a frame that could not be parsed, so the log shows it too.
    void appendMalformed(const QByteArray &raw, const QString &why, qint64 arrivalMs);
    //! Adds an entry as it is (a copy from another log); it shows at the next flush.
    void appendEntry(Entry entry);
    void flush();
    void clear();
    void setFlushInterval(int ms) { m_timer.setInterval(ms); }
    const Entry &entry(int row) const { return m_ring[slotOf(row)]; }
    quint64 totalReceived() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString summary(const Entry &entry);

private:
    size_t slotOf(int row) const
    {
        const size_t slot = m_head + size_t(row);
        return slot < m_ring.size() ? slot : slot - m_ring.size();
    }
    //! Puts row 0 first in m_ring again (before the capacity changes).
    void linearize();

    // The rows in a ring: row 0 at m_head. It grows to the capacity, then the
    // newest rows take the slots of the oldest: no allocation per row.
    std::vector<Entry> m_ring;
    size_t m_head = 0;
    int m_count = 0;
    std::vector<Entry> m_pending;
    int m_capacity = 100000;
    quint64 m_total = 0;
    QTimer m_timer;
};

//! Filters the event log by type, by channel or bridge, and by text.
class EventLogFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit EventLogFilter(QObject *parent = nullptr);

    //! Only these wire type names; empty: every type.
    void setTypes(const QSet<QString> &types);
    //! Only events that concern this channel (or bridge); empty: all.
    void setChannelId(const QString &id);
    void setBridgeId(const QString &id);
    //! Only events whose raw JSON contains this text (case-insensitive).
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QSet<QString> m_types;
    QString m_channelId;
    QString m_bridgeId;
    QByteArray m_text;
};

} // namespace Console
