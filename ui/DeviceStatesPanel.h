#pragma once

#include "models/ValueListModels.h"
#include "ui/AdminPage.h"

class QComboBox;
class QLineEdit;
class QTableView;

namespace Console {

//! The System panel's device states: every device with its state; set the
//! state of a `Stasis:` device (ARI controls only those) or delete one after
//! a confirmation. Other devices are refused before anything is sent, with
//! the reason.
class DeviceStatesPanel : public AdminPage
{
    Q_OBJECT

public:
    DeviceStatesPanel(const ActionPolicy *policy, Notifier *notifier, QWidget *parent = nullptr);

    void setSession(ServerSession *session) override;
    QTableView *table() const { return m_table; }
    //! The states ARI accepts.
    static QStringList states();
    //! Why this device cannot be changed through ARI, or empty.
    static QString refusal(const QString &device);

public Q_SLOTS:
    void refresh() override;
    void updateActions() override;
    void setState(const QString &device, const QString &state);
    void deleteSelected();

Q_SIGNALS:
    void changed(const QString &device);

private:
    QString selected() const;

    DeviceStateModel *m_model = nullptr;
    class QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLineEdit *m_device;
    QComboBox *m_state;
    QPushButton *m_set;
    QPushButton *m_delete;
};

} // namespace Console
