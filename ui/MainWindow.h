#pragma once

#include "models/ActionPolicy.h"

#include <QMainWindow>
#include "models/ServerSession.h"

#include <QPointer>

class QDockWidget;
class QLabel;
class QTableView;

namespace Console {

class BridgesView;
class ChannelActions;
class ChannelsView;
class Notifier;
class ServerSession;
class ServerWorkspace;
class ToastArea;

//! The console's main window: the live channel table in the centre,
//! bridges, applications, the event log and notifications in docks whose
//! layout persists, a toolbar, and a status bar that tells the truth about
//! the connection.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    //! Shows this server. `label` names it in the title ("lab", or the simulator).
    void setSession(ServerSession *session, const QString &label, bool simulated = false);
    ServerSession *session() const { return m_session; }
    //! Several servers in one window: shows one more (not owned) without switching to it.
    //! setSession() shows a server and makes it the one the operator works on.
    void addSession(ServerSession *session, const QString &label, bool simulated = false);
    //! The servers of this window, the Servers and All servers panels, capture and replay.
    ServerWorkspace *workspace() const { return m_workspace; }
    //! A replayed capture: every action disabled with `reason` (it says "replay").
    void setReplay(const QString &reason);
    bool isReplay() const { return !m_replayReason.isEmpty(); }
    //! A read-only profile: every action that changes Asterisk is disabled, with the reason.
    void setReadOnly(bool readOnly);

    ChannelsView *channelsView() const { return m_channels; }
    BridgesView *bridgesView() const { return m_bridges; }
    ChannelActions *channelActions() const { return m_actions; }
    Notifier *notifier() const { return m_notifier; }
    ActionPolicy *policy() { return &m_policy; }
    QString statusText() const;
    QAction *connectAction() const { return m_connect; }
    QAction *disconnectAction() const { return m_disconnect; }
    QAction *originateAction() const { return m_originate; }
    QAction *resyncAction() const { return m_resync; }
    QAction *aboutAction() const { return m_about; }
    QAction *shortcutsAction() const { return m_shortcutsHelp; }

    //! Puts a panel in a dock of its own (objectName names the dock, for the
    //! persisted layout), listed in the View menu; tabbed with `tabWith` when given.
    QDockWidget *addPanel(QWidget *panel, const QString &title, const QString &objectName, Qt::DockWidgetArea area,
                          QDockWidget *tabWith = nullptr);
    //! More actions on the selected calls (listening): in the Calls menu and the channel table's context menu.
    void addCallActions(const QList<QAction *> &actions);

Q_SIGNALS:
    //! The server the window shows changed: panels that act on one server follow it.
    void sessionChanged(Console::ServerSession *session);
    //! The channels selected in the channel table (panels that follow the selection listen).
    void channelSelectionChanged(const QStringList &channelIds);
    void originateRequested();
    void createBridgeRequested();
    void profilesRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildDocks();
    //! Help is the last menu: build it after every other one.
    void buildHelpMenu();
    void showAbout();
    void showShortcuts();
    void updateStatus();
    void updateBanner();

    QPointer<ServerSession> m_session;
    QString m_label;
    bool m_simulated = false;
    ActionPolicy m_policy;
    Notifier *m_notifier;
    ChannelActions *m_actions;
    ChannelsView *m_channels;
    BridgesView *m_bridges;
    ToastArea *m_toasts;
    QLabel *m_stateLabel;
    QLabel *m_serverLabel;
    QLabel *m_countLabel;
    QAction *m_connect = nullptr;
    QAction *m_disconnect = nullptr;
    QAction *m_originate = nullptr;
    QAction *m_resync = nullptr;
    QAction *m_findAction = nullptr;
    ServerWorkspace *m_workspace = nullptr;
    QList<QPointer<ServerSession>> m_wired; //!< sessions whose signals this window follows
    QString m_replayReason;
    QAction *m_about = nullptr;
    QAction *m_shortcutsHelp = nullptr;
};

} // namespace Console
