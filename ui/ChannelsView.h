#pragma once

#include "models/ServerSession.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace Console {

class CallQualityPoller;
class ChannelActions;
class ChannelDelegate;
class ChannelFilter;
class ChannelModel;
class ServerSession;

//! The live channel table, the centre of the console: a quick filter, a
//! state filter and "Stasis only" above a sortable table; a banner over it
//! when the picture may be out of date; actions in the context menu.
class ChannelsView : public QWidget
{
    Q_OBJECT

public:
    ChannelsView(ChannelActions *actions, QWidget *parent = nullptr);

    void setSession(ServerSession *session);
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    ChannelModel *model() const { return m_model; }
    ChannelFilter *proxy() const { return m_proxy; }
    //! Polls the call quality of the rows on screen for the Quality column.
    CallQualityPoller *qualityPoller() const { return m_quality; }
    //! The channel ids of the rows on screen now.
    QStringList visibleIds() const;
    QStringList selectedIds() const;
    void selectChannel(const QString &id);
    //! The banner over the table: empty hides it.
    void setBanner(const QString &text);
    QString bannerText() const;
    void setStale(bool stale);

Q_SIGNALS:
    void selectionChanged(const QStringList &channelIds);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onSelection();
    void showMenu(const QPoint &pos);

    ChannelActions *m_actions;
    QPointer<ServerSession> m_session;
    ChannelModel *m_model = nullptr;
    CallQualityPoller *m_quality;
    ChannelFilter *m_proxy;
    ChannelDelegate *m_delegate;
    QTableView *m_table;
    QLineEdit *m_filter;
    QComboBox *m_state;
    QCheckBox *m_stasisOnly;
    QLabel *m_banner;
    QLabel *m_count;
    qint64 m_lastChangeMs = 0;
    qint64 m_lastRepaintMs = 0;
};

} // namespace Console
