#pragma once

#include "ari/EventTypes.h"
#include "ari/Models.h"

#include <QByteArray>
#include <QHash>
#include <QList>

namespace Console {

//! A variable the channel reported through ChannelVarset, and when.
struct SeenVariable
{
    QString value;
    qint64 atMs = 0;
};

//! One entry of a channel's bounded event history (the timeline's source).
//! `raw` shares its bytes with the event log: no copy is made. To bound
//! memory, a channel's history keeps raw frames only up to a byte budget
//! (Store::setHistoryRawBudget()): past it the oldest entries let go of
//! theirs (chatter such as variables and dialplan steps first), and keep
//! only `atMs` and `type`; `raw` is then empty.
struct HistoryEntry
{
    qint64 atMs = 0;
    Ari::EventType type = Ari::EventType::Unknown;
    QByteArray raw;
};

//! The store's bookkeeping of the raw frames a history holds.
struct HistoryRawUse
{
    qsizetype bytes = 0;  //!< the raw frames' sizes, added up
    int chatterFrom = 0;  //!< no chatter entry before this one holds its frame
    int anyFrom = 0;      //!< no entry before this one holds its frame
};

//! A span in which events may have been missed (the socket was down).
struct HistoryGap
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
};

//! What the store knows of one channel, live or recently ended.
struct LiveChannel
{
    // First, so that they share a cache line with the store's key: the lookup
    // that compares the key brings them in, and finding the end of the history
    // (prefetchForApply(), every event) costs no second miss.
    QList<HistoryEntry> history;
    HistoryRawUse historyRaw;
    Ari::Channel channel;
    QString stasisApp;      //!< empty: in the dialplan
    QStringList stasisArgs;
    QString bridgeId;
    QStringList playbackIds;
    QStringList recordingNames;
    QString lastDtmf;
    qint64 lastDtmfAtMs = 0;
    QHash<QString, SeenVariable> variables;
    int hangupCause = -1;   //!< -1 until known
    QString hangupCauseText;
    qint64 createdAtMs = 0; //!< parsed from channel.creationtime
    qint64 endedAtMs = 0;   //!< 0 while live
    qint64 changedAtMs = 0; //!< when the store last changed it (for row flashes)
    bool onHold = false;
    bool talking = false;
    QList<HistoryGap> gaps;

    bool inStasis() const { return !stasisApp.isEmpty(); }
    bool isEnded() const { return endedAtMs != 0; }
};

//! A bridge as the store knows it.
struct LiveBridge
{
    Ari::Bridge bridge;
    qint64 changedAtMs = 0;
    quint64 events = 0; //!< events applied to it: a read sent before the last one is out of date
};

//! Milliseconds since the epoch for an ARI timestamp ("2026-11-28T17:32:01.123+0000"),
//! or 0 when it cannot be read. Fast: it runs for every event.
qint64 parseAriTime(QStringView text);
//! An ARI timestamp for milliseconds since the epoch, in UTC.
QString formatAriTime(qint64 ms);
//! A hangup cause in words ("Normal Clearing").
QString hangupCauseText(int cause);

} // namespace Console
