#pragma once

#include "models/ValueListModels.h"
#include "ui/AdminPage.h"

class QLabel;
class QTableView;

namespace Console {

//! The System panel's endpoints: technology, resource, state (with a symbol)
//! and how many channels each has, filterable and sortable, read again on
//! Refresh. Says so plainly when the server has none (a lab without SIP).
class EndpointsPanel : public AdminPage
{
    Q_OBJECT

public:
    EndpointsPanel(const ActionPolicy *policy, Notifier *notifier, QWidget *parent = nullptr);

    void setSession(ServerSession *session) override;
    QTableView *table() const { return m_table; }

public Q_SLOTS:
    void refresh() override;

private:
    void updateEmpty();

    EndpointModel *m_model = nullptr;
    class QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_empty;
};

} // namespace Console
