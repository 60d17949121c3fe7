#pragma once

#include "ari/AriError.h"
#include "models/VariableHistoryModel.h"

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;
class QTableWidget;
class QTabWidget;

namespace Console {

class ActionPolicy;
class InlineMessage;
class Notifier;
class ServerSession;

//! Reads and sets variables and dialplan functions of a channel (any channel:
//! reading works outside Stasis), a bridge, or the global ones. Presets for the
//! common functions; a history of every value read; watches that re-read a
//! variable every N seconds and mark its changes; the variables Asterisk
//! reported through ChannelVarset with when they were seen. Setting follows
//! the action policy: on a channel outside Stasis it is refused before
//! anything is sent, with the policy's reason in the panel. Uses the
//! multi-get and multi-set operations where the server has them.
//!   auto *inspector = new VariableInspector(&policy, notifier);
//!   inspector->setSession(session);
//!   connect(window, &MainWindow::channelSelectionChanged, inspector, &VariableInspector::followSelection);
class VariableInspector : public QWidget
{
    Q_OBJECT

public:
    enum class Scope : quint8 { Channel, Bridge, Global };
    Q_ENUM(Scope)

    VariableInspector(const ActionPolicy *policy, Notifier *notifier, QWidget *parent = nullptr);
    ~VariableInspector() override;

    void setSession(ServerSession *session);
    //! Only this scope, without the scope picker (the System panel's global variables).
    void lockScope(Scope scope);
    void setScope(Scope scope);
    Scope scope() const { return m_scope; }
    //! The channel or bridge id the panel reads from (empty for global variables).
    void setTarget(const QString &id);
    QString targetId() const;
    //! "channel:<id>", "bridge:<id>" or "global".
    QString targetKey() const;
    //! Whether the panel follows the main window's channel selection.
    void setFollowSelection(bool follow);

    //! The presets offered for a scope (CHANNEL(state), CALLERID(all), CDR(...)...).
    static QStringList presets(Scope scope);

    VariableHistoryModel *history() const { return m_history; }
    //! Why a set would be refused now, or empty when it is allowed.
    QString setRefusal() const;

public Q_SLOTS:
    //! The channels selected in the main window: the first one becomes the target while following.
    void followSelection(const QStringList &channelIds);
    //! Reads one variable or function of the target into the history.
    void get(const QString &variable);
    //! Reads several at once (one multi-get where the server has it).
    void getSeveral(const QStringList &variables);
    //! Sets one variable; refused with the reason when the policy says no.
    void set(const QString &variable, const QString &value);
    //! Sets several (one multi-set where the server has it).
    void setSeveral(const QList<std::pair<QString, QString>> &variables);
    //! Re-reads a variable of the current target every `seconds`, marking changes.
    void watch(const QString &variable, int seconds);
    void stopWatch(const QString &targetKey, const QString &variable);
    void stopAllWatches();

Q_SIGNALS:
    //! A value (or an error) was added to the history.
    void readingAdded(const Console::VariableReading &reading);
    //! A set finished: ok or not.
    void setFinished(bool ok);

private:
    struct Watch
    {
        QString target;
        QString targetLabel;
        QString variable;
        int seconds = 5;
        QString lastValue;
        QString lastError;
        qint64 lastReadMs = 0;
        int reads = 0;
        int changes = 0;
        bool inFlight = false;
        QTimer *timer = nullptr;
    };

    void buildUi();
    void fillTargets();
    void updateTarget();
    void updateSeen();
    void updateWatches();
    void updateActions();
    void restoreSettings();
    void saveSettings() const;
    void rememberVariable(const QString &variable);
    QString labelFor(const QString &target) const;
    void readInto(const QString &target, const QStringList &variables, VariableReading::Origin origin);
    void readOne(const QString &target, const QString &variable, VariableReading::Origin origin);
    void record(const QString &target, const QString &variable, const QString &value, const Ari::AriError &error,
                VariableReading::Origin origin);
    void afterSet(const QString &target, const QList<std::pair<QString, QString>> &variables, const Ari::AriError &error);
    void pollWatch(const QString &key);
    void openSetSeveral();
    void showHistoryMenu(const QPoint &pos);
    void showSeenMenu(const QPoint &pos);
    bool serverHas(int operation) const;

    QPointer<ServerSession> m_session;
    const ActionPolicy *m_policy;
    QPointer<Notifier> m_notifier;
    VariableHistoryModel *m_history;
    QSortFilterProxyModel *m_historyProxy = nullptr;
    Scope m_scope = Scope::Channel;
    bool m_scopeLocked = false;
    QString m_channelId;
    QString m_bridgeId;
    QHash<QString, Watch> m_watches;                   //!< key: target + '\n' + variable
    QHash<QString, std::pair<QString, qint64>> m_globalSeen; //!< global ChannelVarset: value, when
    QStringList m_lastSelection;                       //!< the main window's, kept while not following
    QStringList m_recent;                              //!< variables typed by the operator, newest first
    QTimer m_seenRefresh;
    QMetaObject::Connection m_storeConnection;
    QMetaObject::Connection m_eventConnection;

    QComboBox *m_scopeBox = nullptr;
    QLabel *m_scopeLabel = nullptr;
    QComboBox *m_target = nullptr;
    QCheckBox *m_follow = nullptr;
    QLabel *m_targetInfo = nullptr;
    QComboBox *m_variable = nullptr;
    QPushButton *m_get = nullptr;
    QPushButton *m_getPresets = nullptr;
    QSpinBox *m_interval = nullptr;
    QPushButton *m_watch = nullptr;
    QLineEdit *m_value = nullptr;
    QPushButton *m_set = nullptr;
    QPushButton *m_setSeveral = nullptr;
    QLabel *m_setReason = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_historyFilter = nullptr;
    QCheckBox *m_changesOnly = nullptr;
    QTableView *m_historyView = nullptr;
    QTableWidget *m_watchTable = nullptr;
    QPushButton *m_stopWatch = nullptr;
    QTableWidget *m_seen = nullptr;
    QLabel *m_seenTitle = nullptr;
    InlineMessage *m_message = nullptr;
};

} // namespace Console
