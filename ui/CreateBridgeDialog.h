#pragma once

#include "ari/AriError.h"
#include "ari/Models.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace Console {

class InlineMessage;
class Notifier;
class ServerSession;

//! Creates a bridge: its kind (mixing or holding) and flags (dtmf_events,
//! proxy_media, video_sfu), comma-joined into `type`; an optional id
//! (POST /bridges/{id}) and name. The new bridge goes into the store at
//! once, and the console's application subscribes to it so that its
//! destruction is heard. Errors show inline; on success it emits
//! bridgeCreated() and closes.
class CreateBridgeDialog : public QDialog
{
    Q_OBJECT

public:
    CreateBridgeDialog(ServerSession *session, Notifier *notifier, QWidget *parent = nullptr);

    //! The `type` parameter the current choices give, e.g. "mixing,dtmf_events".
    QString typeString() const;

Q_SIGNALS:
    void bridgeCreated(const QString &bridgeId);

public Q_SLOTS:
    void accept() override;

private:
    void updateEnabled();
    void created(const Ari::Bridge &bridge);
    void fail(const Ari::AriError &error);

    QPointer<ServerSession> m_session;
    QPointer<Notifier> m_notifier;
    QRadioButton *m_mixing;
    QRadioButton *m_holding;
    QCheckBox *m_dtmfEvents;
    QCheckBox *m_proxyMedia;
    QCheckBox *m_videoSfu;
    QLineEdit *m_id;
    QLineEdit *m_name;
    QCheckBox *m_follow;
    InlineMessage *m_message;
    QDialogButtonBox *m_buttons;
    QPushButton *m_create;
    QWidget *m_form;
    bool m_busy = false;
};

} // namespace Console
