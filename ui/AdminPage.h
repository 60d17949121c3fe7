#pragma once

#include "ari/AriError.h"
#include "ari/Operations.h"
#include "models/ServerSession.h"

#include <QPointer>
#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QVBoxLayout;

namespace Console {

class ActionPolicy;
class InlineMessage;
class Notifier;

//! What the System panel's pages share: the server they act on, the action
//! policy that greys out what a read-only profile or an older Asterisk cannot
//! do (with the reason as tooltip), a Refresh button, a filterable and
//! sortable table, a confirmation for destructive acts, and results and errors
//! in words (in the page, and errors as toasts too).
//!   class ModulesPanel : public AdminPage { ... refresh() override ... };
class AdminPage : public QWidget
{
    Q_OBJECT

public:
    AdminPage(const ActionPolicy *policy, Notifier *notifier, QWidget *parent = nullptr);

    virtual void setSession(ServerSession *session);
    ServerSession *session() const { return m_session; }
    InlineMessage *message() const { return m_message; }

public Q_SLOTS:
    //! Reads this page's part of the server again.
    virtual void refresh() = 0;
    //! Re-evaluates which buttons are enabled, and why not.
    virtual void updateActions() {}

protected:
    //! Enables `button` when the policy allows `operation` and `extra` is empty, else says why in its tooltip.
    void guard(QPushButton *button, Ari::OperationId operation, const QString &help, const QString &extra = {});
    bool allowed(Ari::OperationId operation) const;
    //! Asks before a destructive act; true when the operator agreed.
    bool confirm(const QString &title, const QString &text, const QString &acceptText);
    void failed(const QString &what, const Ari::AriError &error);
    void succeeded(const QString &text);
    //! A sortable table over `model` through a text filter (the returned proxy), with the filter edit above it.
    QTableView *makeTable(QAbstractItemModel *model, const QString &objectName, const QString &accessibleName,
                          QSortFilterProxyModel *proxy = nullptr);
    QLineEdit *filterEdit() const { return m_filter; }
    QPushButton *refreshButton() const { return m_refresh; }
    //! The page's layout: refresh row on top, the message at the bottom; pages add between.
    QVBoxLayout *body() const { return m_body; }
    //! "Read at 12:00:01" beside the Refresh button.
    void setReadAt();

    QPointer<ServerSession> m_session;
    const ActionPolicy *m_policy;
    QPointer<Notifier> m_notifier;

private:
    QPushButton *m_refresh;
    QLabel *m_readAt;
    QLineEdit *m_filter = nullptr;
    QVBoxLayout *m_body;
    InlineMessage *m_message;
};

} // namespace Console
