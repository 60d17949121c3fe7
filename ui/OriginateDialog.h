#pragma once

#include "ari/AriError.h"

#include <QDialog>
#include <QPointer>
#include <QTimer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QToolButton;

namespace Console {

class InlineMessage;
class Notifier;
class ServerSession;
class VariablesEditor;

//! Starts a call: POST /channels into a Stasis application or into the
//! dialplan, or /channels/create then /dial. Fields that the spec says do not
//! go together are disabled, with the reason as tooltip. Errors show inline,
//! in words, and the dialog stays open; on success it emits originated() and
//! closes. Recent originates (never variables or secrets) are remembered in
//! QSettings and offered again.
//!   auto *d = new OriginateDialog(session, notifier, this);
//!   d->setAttribute(Qt::WA_DeleteOnClose);
//!   connect(d, &OriginateDialog::originated, view, &ChannelsView::select);
//!   d->open();
class OriginateDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode : quint8 {
        Application,    //!< POST /channels with app (and appArgs)
        Dialplan,       //!< POST /channels with context, extension, priority or label
        CreateThenDial, //!< POST /channels/create, wait for StasisStart, then POST /channels/{id}/dial
    };
    Q_ENUM(Mode)

    OriginateDialog(ServerSession *session, Notifier *notifier, QWidget *parent = nullptr);
    ~OriginateDialog() override;

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    void setEndpoint(const QString &endpoint);
    //! How long create-then-dial waits for the channel's StasisStart before giving up (5 s).
    void setStasisWaitMs(int ms) { m_stasisWait.setInterval(ms); }
    //! The recent originates as the "Recent" list shows them, newest first.
    QStringList recentSummaries() const;

    static constexpr int maxRecent = 20;

Q_SIGNALS:
    //! The call was placed; `channelId` is the (first) channel's id.
    void originated(const QString &channelId);

public Q_SLOTS:
    void accept() override;
    void reject() override;

private:
    void buildUi();
    void updateEnabled();
    void loadRecent();
    void applyRecent(int index);
    void rememberCurrent();
    void refreshCompletions();
    QString validate(QWidget **focus) const;
    void setBusy(bool busy, const QString &status = {});
    void fail(const QString &what, const Ari::AriError &error);
    void succeed(const QString &channelId);
    void watchEarlyEnd(const QString &channelId, const QString &endpoint);

    void originate();
    void createThenDial();
    void checkStasis();
    void pollStasis();
    void dial();
    void giveUpWaiting(const QString &why);

    QString originatorId() const;
    QString appName() const;

    QPointer<ServerSession> m_session;
    QPointer<Notifier> m_notifier;
    Mode m_mode = Mode::Application;

    QComboBox *m_recent = nullptr;
    QWidget *m_recentLabel = nullptr;
    QLineEdit *m_endpoint = nullptr;
    QRadioButton *m_modeApp = nullptr;
    QRadioButton *m_modeDialplan = nullptr;
    QRadioButton *m_modeCreate = nullptr;
    QLabel *m_modeHint = nullptr;
    QComboBox *m_app = nullptr;
    QLineEdit *m_appArgs = nullptr;
    QLineEdit *m_context = nullptr;
    QLineEdit *m_extension = nullptr;
    QSpinBox *m_priority = nullptr;
    QLineEdit *m_label = nullptr;
    QLineEdit *m_callerId = nullptr;
    QSpinBox *m_timeout = nullptr;
    QToolButton *m_advancedToggle = nullptr;
    QWidget *m_advanced = nullptr;
    QLineEdit *m_channelId = nullptr;
    QLineEdit *m_otherChannelId = nullptr;
    QComboBox *m_originator = nullptr;
    QLineEdit *m_formats = nullptr;
    VariablesEditor *m_variables = nullptr;
    InlineMessage *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_go = nullptr;
    QWidget *m_form = nullptr;

    // Create, then dial: the created channel waits here for its StasisStart.
    QString m_pendingId;
    QString m_pendingEndpoint;
    QMetaObject::Connection m_storeWatch;
    QTimer m_stasisWait;
    QTimer m_stasisPoll;
    bool m_busy = false;
    bool m_dialing = false;
};

} // namespace Console
