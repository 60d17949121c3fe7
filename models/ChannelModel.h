#pragma once

#include "models/CallQuality.h"
#include "models/EntityListModel.h"

#include <QPointer>

namespace Console {

//! The live channels, one row each. The duration is live: data() reads the
//! clock, and views repaint once a second to tick it.
class ChannelModel : public EntityListModel
{
    Q_OBJECT

public:
    enum Column : int { Name, State, Caller, Connected, Dialplan, App, Bridge, Duration, Created, Quality, ColumnCount };
    enum ChannelRole : int {
        InStasisRole = FirstCustomRole, //!< bool
        StasisAppRole,                  //!< QString, empty in the dialplan
        BridgeIdRole,                   //!< QString
        CreatedMsRole,                  //!< qint64
        OnHoldRole,                     //!< bool
        TalkingRole,                    //!< bool
        OpacityRole,                    //!< double: 1 live, falling to 0 as an ended row fades out
        MediaRole,                      //!< QString: what plays to it and what records it ("▶ tt-monkeys · ● REC"), or ""
        QualityGradeRole,               //!< int (QualityGrade) for the Quality column
    };

    explicit ChannelModel(Store *store, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

    const LiveChannel *channelAt(int row) const;
    //! Durations read mm:ss, or h:mm:ss when longer.
    static QString formatDuration(qint64 ms);
    //! Where the clock for live durations comes from (tests set it).
    void setNow(std::function<qint64()> now) { m_now = std::move(now); }
    //! How long an ended call stays as a fading row (EndedRole true); 0 (the default) removes it at once.
    void setEndedLingerMs(int ms);
    int endedLingerMs() const { return m_lingerMs; }
    //! 1 for a live row, falling to 0 as an ended row's linger runs out.
    double opacityAt(int row) const;
    //! Where the Quality column reads from (none: the column stays empty).
    void setCallQuality(const CallQualityPoller *quality);

protected:
    bool exists(const QString &id) const override;
    QStringList currentIds() const override { return store()->channels().keys(); }

private:
    std::function<qint64()> m_now;
    QTimer m_lingerCheck;
    int m_lingerMs = 0;
    QPointer<const CallQualityPoller> m_quality;
};

//! The mime type for dragged channel ids (one per line).
inline constexpr const char *channelMimeType = "application/x-ari-channel-ids";
//! With several servers in one window: the name of the server the dragged
//! channels are on (set by the all-servers models), so that a drop on another
//! server's row or bridge can be refused instead of sent where the ids mean nothing.
inline constexpr const char *serverMimeType = "application/x-ari-server";

//! The server named in a drag (empty when the drag does not say).
QString draggedServer(const QMimeData *mime);
//! The server of `target` when `mime` drags channels of another server onto
//! it (no bridge can hold both), else empty. Rows without ServerRole (one
//! server in the view) never refuse.
QString otherServerOf(const QMimeData *mime, const QModelIndex &target);

} // namespace Console
