#pragma once

#include "models/ValueListModels.h"
#include "ui/AdminPage.h"

class QLineEdit;
class QSpinBox;
class QTableView;

namespace Console {

//! The System panel's mailboxes (those ARI controls): each with its new and
//! old message counts; set the counts of a mailbox (which creates it) or
//! delete one after a confirmation.
class MailboxesPanel : public AdminPage
{
    Q_OBJECT

public:
    MailboxesPanel(const ActionPolicy *policy, Notifier *notifier, QWidget *parent = nullptr);

    void setSession(ServerSession *session) override;
    QTableView *table() const { return m_table; }

public Q_SLOTS:
    void refresh() override;
    void updateActions() override;
    void setCounts(const QString &mailbox, int newMessages, int oldMessages);
    void deleteSelected();

Q_SIGNALS:
    void changed(const QString &mailbox);

private:
    QString selected() const;

    MailboxModel *m_model = nullptr;
    class QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLineEdit *m_name;
    QSpinBox *m_new;
    QSpinBox *m_old;
    QPushButton *m_set;
    QPushButton *m_delete;
};

} // namespace Console
