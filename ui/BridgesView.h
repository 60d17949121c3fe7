#pragma once

#include "models/ServerSession.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QTreeView;

namespace Console {

class ActionPolicy;
class BridgeModel;
class MediaController;
class Notifier;
class ServerSession;

//! The bridges as a tree of bridge → members, with the actions on them:
//! create, destroy (confirmed), add a channel by dragging it onto a bridge,
//! remove a member (menu, or drag it out onto empty space), and bridge MOH.
class BridgesView : public QWidget
{
    Q_OBJECT

public:
    BridgesView(const ActionPolicy *policy, Notifier *notifier, QWidget *parent = nullptr);

    void setSession(ServerSession *session);
    QTreeView *tree() const { return m_tree; }
    BridgeModel *model() const { return m_model; }
    QAction *createAction() const { return m_create; }
    QAction *destroyAction() const { return m_destroy; }
    QAction *removeMemberAction() const { return m_remove; }

    //! Play… and Record… on the selected bridge (set by the media panels).
    void setMediaController(MediaController *media);
    QAction *playAction() const { return m_play; }
    QAction *recordAction() const { return m_record; }
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

    const ActionPolicy *m_policy;
    Notifier *m_notifier;
    QPointer<ServerSession> m_session;
    BridgeModel *m_model = nullptr;
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
