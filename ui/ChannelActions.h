#pragma once

#include "models/ActionPolicy.h"

#include <QHash>
#include <QObject>
#include "models/ServerSession.h"

#include <QPointer>

class QAction;
class QMenu;
class QWidget;

namespace Console {

class MediaController;
class Notifier;
class ServerSession;

//! The actions an operator takes on the selected channels, as QActions with
//! shortcuts for the toolbar, the context menu and the keyboard. Each is
//! enabled only when the action policy allows it for every selected channel,
//! and otherwise its tooltip says why. Results and errors go to the notifier.
class ChannelActions : public QObject
{
    Q_OBJECT

public:
    ChannelActions(ServerSession *session, const ActionPolicy *policy, Notifier *notifier, QWidget *dialogParent);

    void setSession(ServerSession *session);
    void setSelection(const QStringList &channelIds);
    QStringList selection() const { return m_selection; }
    QAction *action(ChannelAction a) const { return m_actions.value(a); }
    //! "Bridge the two selected channels" (B).
    QAction *bridgeAction() const { return m_bridge; }
    QList<QAction *> actions() const;
    void fillMenu(QMenu *menu) const;
    //! Re-evaluates every action for the current selection and state.
    void refresh();
    //! Whether hangup asks for confirmation (persisted; the dialog can turn it off).
    void setConfirmHangup(bool confirm);
    bool confirmHangup() const { return m_confirmHangup; }

    // The operations themselves, also used by drag and drop.
    void hangup(const QStringList &ids, const QString &reason);
    void bridgeChannels(const QStringList &ids);
    //! Play… and Record… open their dialogs through this (set by the media panels).
    void setMediaController(MediaController *media) { m_media = media; refresh(); }
    MediaController *mediaController() const { return m_media; }
    //! Plays media URIs on the channels at once (a recording or sound dropped on a row).
    void playMedia(const QStringList &ids, const QStringList &media);
    //! Where the operations' failures and refusals are said.
    Notifier *notifier() const { return m_notifier; }

private:
    QAction *make(ChannelAction a, const QString &text, const QKeySequence &shortcut, const QString &help);
    void trigger(ChannelAction a);
    void run(ChannelAction a, const QString &channelId, const QVariantMap &args);
    bool askArguments(ChannelAction a, QVariantMap &args);

    QPointer<ServerSession> m_session;
    const ActionPolicy *m_policy;
    Notifier *m_notifier;
    QWidget *m_dialogParent;
    QHash<ChannelAction, QAction *> m_actions;
    QAction *m_bridge = nullptr;
    MediaController *m_media = nullptr;
    QStringList m_selection;
    bool m_confirmHangup = true;
};

} // namespace Console
