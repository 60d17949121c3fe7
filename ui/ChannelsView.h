#pragma once

#include "models/ServerSession.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace Console {

class AllChannelsModel;
class CallQualityPoller;
class ChannelActions;
class ChannelDelegate;
class ChannelFilter;
class ChannelModel;
class ServerScope;
class ServerSession;
class ServerSet;

//! The live channel table, the centre of the console: a quick filter, a
//! state filter and "Stasis only" above a sortable table; a banner over it
//! when the picture may be out of date; actions in the context menu.
//! With several servers it shows every server's channels (a Server column)
//! or one server's; selecting a row works on that row's server.
class ChannelsView : public QWidget
{
    Q_OBJECT

public:
    ChannelsView(ChannelActions *actions, QWidget *parent = nullptr);

    void setSession(ServerSession *session);
    //! The window's servers: the "All servers / <server>" choice above the table.
    void setServers(ServerSet *servers);
    ServerScope *serverScope() const { return m_scope; }
    //! Every server's channels are shown (nullptr while one server's are).
    AllChannelsModel *allServersModel() const { return m_all; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    //! The one server's model (nullptr while every server is shown: see allServersModel()).
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
    //! More actions at the end of the context menu (the listen panel's Listen and Whisper).
    void addMenuActions(const QList<QAction *> &actions);

Q_SIGNALS:
    void selectionChanged(const QStringList &channelIds);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    //! The selection changed: with every server shown, picking a row switches to its server first.
    void onSelection();
    //! Tells the actions and the window which channels (of the server worked on) are selected.
    void publishSelection();
    void showMenu(const QPoint &pos);
    void applyScope();
    //! Whether a row on screen belongs to the session worked on.
    bool isCurrentServer(const QModelIndex &index) const;

    ChannelActions *m_actions;
    QPointer<ServerSession> m_session;
    ChannelModel *m_model = nullptr;
    AllChannelsModel *m_all = nullptr;
    ServerScope *m_scope;
    CallQualityPoller *m_quality;
    ChannelFilter *m_proxy;
    ChannelDelegate *m_delegate;
    QTableView *m_table;
    QLineEdit *m_filter;
    QComboBox *m_state;
    QCheckBox *m_stasisOnly;
    QLabel *m_banner;
    QLabel *m_count;
    QList<QAction *> m_menuActions;
    qint64 m_lastChangeMs = 0;
    qint64 m_lastRepaintMs = 0;
};

} // namespace Console
