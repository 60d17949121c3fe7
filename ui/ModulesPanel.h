#pragma once

#include "models/ValueListModels.h"
#include "ui/AdminPage.h"

class QComboBox;
class QTableView;

namespace Console {

//! The System panel's modules: every module with its status, support level
//! and use count, filtered by text, status and support level; load, unload
//! and reload, each after a confirmation. Emits moduleChanged() after one
//! succeeded (a reload moves Asterisk's "last reload" time).
class ModulesPanel : public AdminPage
{
    Q_OBJECT

public:
    ModulesPanel(const ActionPolicy *policy, Notifier *notifier, QWidget *parent = nullptr);

    void setSession(ServerSession *session) override;
    QTableView *table() const { return m_table; }
    //! The module selected, or empty.
    QString selectedModule() const;
    void selectModule(const QString &name);
    void setStatusFilter(const QString &status);
    void setSupportFilter(const QString &level);

public Q_SLOTS:
    void refresh() override;
    void updateActions() override;
    void reloadSelected();
    void unloadSelected();
    //! Asks for a module's name (those unloaded here are offered), then loads it.
    void loadModule();
    void load(const QString &name);

Q_SIGNALS:
    void moduleChanged(const QString &name);

private:
    void fillFilters();
    void act(Ari::OperationId op, const QString &name);

    ModuleModel *m_model = nullptr;
    class ModuleFilter *m_proxy;
    QTableView *m_table;
    QComboBox *m_status;
    QComboBox *m_support;
    QPushButton *m_reload;
    QPushButton *m_unload;
    QPushButton *m_load;
    QStringList m_unloaded; //!< unloaded through this panel, offered when loading
};

} // namespace Console
