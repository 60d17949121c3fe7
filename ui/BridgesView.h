#pragma once

#include "models/ServerSession.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QMenu;
class QTreeView;

namespace Console {

class ActionPolicy;
class AllBridgesModel;
class BridgeModel;
class MediaController;
class Notifier;
class ServerScope;
class ServerSession;
class ServerSet;

//! The bridges as a tree of bridge → members, with the actions on them:
//! create, destroy (confirmed), add a channel by dragging it onto a bridge,
//! remove a member (menu, or drag it out onto empty space), and bridge MOH.
//! With several servers it shows every server's bridges (a Server column)
//! or one server's; selecting a row works on that row's server.
class BridgesView : public QWidget
{
    Q_OBJECT

public:
    BridgesView(const ActionPolicy *policy, Notifier *notifier, QWidget *parent = nullptr);

    void setSession(ServerSession *session);
    //! The window's servers: the "All servers / <server>" choice above the tree.
    void setServers(ServerSet *servers);
    ServerScope *serverScope() const { return m_scope; }
    //! Every server's bridges are shown (nullptr while one server's are).
    AllBridgesModel *allServersModel() const { return m_all; }
    QTreeView *tree() const { return m_tree; }
    BridgeModel *model() const { return m_model; }
    QAction *createAction() const { return m_create; }
    QAction *destroyAction() const { return m_destroy; }
    QAction *removeMemberAction() const { return m_remove; }

    //! Play… and Record… on the selected bridge (set by the media panels).
    void setMediaController(MediaController *media);
    QAction *playAction() const { return m_play; }
    QAction *recordAction() const { return m_record; }
    //! Every action on bridges, in the order of the context menu (the window's Bridges menu is the same).
    void fillMenu(QMenu *menu) const;
    //! The bridge selected (or the bridge of the selected member); empty when none.
    QString selectedBridge() const { return currentBridge(); }

    void addChannels(const QString &bridgeId, const QStringList &channelIds);
    void removeChannel(const QString &bridgeId, const QString &channelId);
    void destroyBridge(const QString &bridgeId, bool confirm = true);

Q_SIGNALS:
    //! "New bridge…": the window opens the dialog.
    void createRequested();
    //! The selected bridge changed (empty: none).
    void currentBridgeChanged(const QString &bridgeId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateActions();
    void showMenu(const QPoint &pos);
    QString currentBridge() const;
    QString currentMember() const;
    void applyScope();
    //! Connects to the tree's model and selection after setModel().
    void followModel();
    //! With every server shown: the window works on the server of the row picked.
    void pickServerOf(const QModelIndex &index);

    const ActionPolicy *m_policy;
    Notifier *m_notifier;
    QPointer<ServerSession> m_session;
    BridgeModel *m_model = nullptr;
    AllBridgesModel *m_all = nullptr;
    ServerScope *m_scope;
    QTreeView *m_tree;
    QAction *m_create;
    QAction *m_destroy;
    QAction *m_remove;
    QAction *m_mohStart;
    QAction *m_mohStop;
    QAction *m_play = nullptr;
    QAction *m_record = nullptr;
    MediaController *m_media = nullptr;
};

} // namespace Console
