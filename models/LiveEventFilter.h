#pragma once

#include "models/EventLogModel.h"

#include <QStringList>

namespace Console {

//! The event log as the event-log view shows it: the typed filters of
//! EventLogFilter, several channels at once (the selection), and a pause.
//! While paused, rows that arrive stay out of view and are only counted
//! (all of them, and those the filters would show); resume lets them in.
//! The oldest rows may still leave the ring buffer while paused.
//!   auto *f = new LiveEventFilter(this);
//!   f->setSourceModel(session->eventLog());
//!   f->setPaused(true); ... f->arrivedWhilePaused(); f->setPaused(false);
class LiveEventFilter : public EventLogFilter
{
    Q_OBJECT

public:
    explicit LiveEventFilter(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    //! Only events that concern one of these channels (a Dial's peer, a bridge's member count too); empty: all.
    void setChannelIds(const QStringList &ids);
    QStringList channelIds() const { return m_channelIds; }

    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    //! Rows that arrived since the pause began, and how many of them the filters let through.
    int arrivedWhilePaused() const { return m_arrived; }
    int matchingWhilePaused() const { return m_matching; }

    //! Recounts the matching rows after a filter changed during a pause.
    void filtersChanged();

Q_SIGNALS:
    void pausedChanged(bool paused);
    //! The counts of arrivals while paused changed.
    void arrivalsChanged(int arrived, int matching);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool matches(int sourceRow) const;
    void onInserted(const QModelIndex &parent, int first, int last);
    void onAboutToRemove(const QModelIndex &parent, int first, int last);

    QStringList m_channelIds;
    QList<QByteArray> m_quotedIds;
    bool m_paused = false;
    int m_frozenRows = 0; //!< source rows [0, m_frozenRows) were there when the pause began
    int m_arrived = 0;
    int m_matching = 0;
    QMetaObject::Connection m_insertConnection;
    QMetaObject::Connection m_removeConnection;
    QMetaObject::Connection m_resetConnection;
};

} // namespace Console
