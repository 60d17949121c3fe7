#pragma once

#include "ari/AriError.h"
#include "ari/Models.h"
#include "models/ValueListModels.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;
class QTableWidget;
class QTabWidget;

namespace Console {

class ActionPolicy;
class InlineMessage;
class Notifier;
class ServerSession;

//! The Stasis applications of one server (for a dock): each with its
//! subscriptions, which can be added from the live store's channels,
//! bridges, endpoints and device states, or removed; and its event filter
//! (allowed and disallowed event types). A read-only profile greys out the
//! changes, with the reason as tooltip.
//!   auto *apps = new ApplicationsView(session, notifier, &policy, dock);
//!   apps->selectApplication(u"console"_s);
class ApplicationsView : public QWidget
{
    Q_OBJECT

public:
    enum class SourceKind : quint8 { Channel, Bridge, Endpoint, DeviceState };
    Q_ENUM(SourceKind)

    ApplicationsView(ServerSession *session, Notifier *notifier, const ActionPolicy *policy, QWidget *parent = nullptr);
    ~ApplicationsView() override;

    //! The application whose details show, or empty.
    QString currentApplication() const { return m_current; }
    void selectApplication(const QString &name);
    //! The event source the builder gives now, e.g. "bridge:ops", or empty.
    QString eventSource() const;
    //! "channel:", "bridge:", "endpoint:", "deviceState:".
    static QString schemeOf(SourceKind kind);

public Q_SLOTS:
    //! GET /applications into the store.
    void refresh();
    //! Re-reads the action policy (after the profile's read-only state changed).
    void updateActions();

Q_SIGNALS:
    //! After a subscription, an unsubscription or a filter change succeeded.
    void applicationChanged(const QString &name);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onSelection();
    void showDetails();
    void fillPicker();
    void fillFilter(const Ari::Application &app);
    void subscribe();
    void unsubscribe();
    void applyFilter(bool clear);
    void storeApplication(const Ari::Application &app);
    void failed(const QString &what, const Ari::AriError &error);
    QString describeSource(const QString &scheme, const QString &id) const;

    QPointer<ServerSession> m_session;
    QPointer<Notifier> m_notifier;
    const ActionPolicy *m_policy;
    ApplicationModel *m_model;
    QString m_current;

    QPushButton *m_refresh;
    QLabel *m_status;
    QTableView *m_table;
    QTabWidget *m_tabs;
    QLabel *m_subsTitle;
    QListWidget *m_subscriptions;
    QPushButton *m_unsubscribe;
    QComboBox *m_kind;
    QComboBox *m_source;
    QPushButton *m_subscribe;
    QLineEdit *m_findType;
    QTableWidget *m_filter;
    QLabel *m_filterSummary;
    QPushButton *m_applyFilter;
    QPushButton *m_clearFilter;
    InlineMessage *m_message;
    QTimer m_pickerRefresh;
    bool m_pickerStale = true;
};

} // namespace Console
