#pragma once

#include "models/Store.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace Ari {
class EventParser;
}

namespace Console {

//! What one step of a call's life was.
enum class TimelineKind : quint8 {
    Created,
    Dialplan,
    State,
    CallerId,
    Dtmf,
    StasisStart,
    StasisEnd,
    Dial,
    BridgeEnter,
    BridgeLeave,
    Playback,
    Recording,
    Variable,
    Hold,
    Unhold,
    Talking,
    Transfer,
    HangupRequest,
    Hangup,
    Gap,   //!< events may have been missed here (the socket was down)
    Other,
};

//! One channel of a call, drawn as a lane (a lifeline in a sequence diagram).
struct TimelineLane
{
    QString channelId;
    QString name;
    QString relation; //!< why it is here, in words: "selected", "other Local half", "dial peer", "bridge peer"
    qint64 createdAtMs = 0;
    qint64 endedAtMs = 0; //!< 0 while live
};

//! One step on one lane. Gaps have `endMs` and no raw event.
struct TimelineEntry
{
    qint64 atMs = 0;
    qint64 endMs = 0;
    int lane = 0;
    TimelineKind kind = TimelineKind::Other;
    Ari::EventType type = Ari::EventType::Unknown;
    QString text;       //!< the step in words ("Hung up: Normal clearing (16)")
    QList<int> peers;   //!< lanes this step links to (the dialled channel, the others in the bridge)
    QByteArray raw;     //!< the event as it arrived (shared with the store's history)
};

//! A call's life as lanes and steps, built from the store's event history of
//! one channel and the channels linked to it: the other half of a Local pair,
//! dial peers and bridge peers (transitively, up to `maxLanes`). Lanes are in
//! creation order; steps in time order; gaps in the history are steps too.
struct Timeline
{
    QList<TimelineLane> lanes;
    QList<TimelineEntry> entries;

    int laneOf(const QString &channelId) const;
    //! Builds the timeline of `channelId` (live or recently ended); empty when the store has no such channel.
    static Timeline build(const Store &store, const QString &channelId, int maxLanes = 8,
                          Ari::EventParser *parser = nullptr);
    //! The name of the other half of a Local channel ("Local/300@demo-00000001;1" -> "...;2"), or empty.
    static QString otherLocalHalf(const QString &name);
    static QString kindName(TimelineKind kind);
};

//! The timeline of the selected channel as a table (time, lane, step) that
//! follows the store: it rebuilds, coalesced, when any of its lanes changes.
//! Painted views read lanes() and entry(); the table is for keyboard and
//! screen-reader users and for tests.
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column : int { Time, Lane, Step, ColumnCount };
    enum TimelineRole : int {
        LaneRole = Qt::UserRole + 100, //!< int
        KindRole,                      //!< int (TimelineKind)
        RawRole,                       //!< QByteArray
        AtMsRole,                      //!< qint64
        EndMsRole,                     //!< qint64, gaps only
    };

    explicit TimelineModel(QObject *parent = nullptr);
    ~TimelineModel() override;

    //! The store to read; nullptr empties the timeline.
    void setStore(Store *store);
    Store *store() const { return m_store; }
    //! The channel whose call to show; empty shows nothing.
    void setChannel(const QString &channelId);
    QString channelId() const { return m_channelId; }
    void setMaxLanes(int lanes) { m_maxLanes = lanes; }
    //! Rebuilds now (changes are otherwise gathered for `interval` ms).
    void rebuild();
    void setRebuildInterval(int ms) { m_timer.setInterval(ms); }

    const Timeline &timeline() const { return m_timeline; }
    const QList<TimelineLane> &lanes() const { return m_timeline.lanes; }
    const TimelineEntry &entry(int row) const { return m_timeline.entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    //! After every rebuild (the lanes may have changed too).
    void rebuilt();

private:
    void onChanged(Entity entity, const QString &id);

    QPointer<Store> m_store;
    QString m_channelId;
    Timeline m_timeline;
    QSet<QString> m_watched;
    QTimer m_timer;
    std::unique_ptr<Ari::EventParser> m_parser;
    int m_maxLanes = 8;
};

} // namespace Console
