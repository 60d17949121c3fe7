#include "ui/ModulesPanel.h"

#include "models/ServerSession.h"
#include "models/ValueListModels.h"
#include "ui/InlineMessage.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Console {

// The text filter of the page, plus an exact status and support level.
class ModuleFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setStatus(const QString &status)
    {
        m_status = status;
        invalidateFilter();
    }
    void setSupport(const QString &support)
    {
        m_support = support;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QAbstractItemModel *m = sourceModel();
        if (!m_status.isEmpty() && m->index(row, 2, parent).data().toString() != m_status)
            return false;
        if (!m_support.isEmpty() && m->index(row, 3, parent).data().toString() != m_support)
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

private:
    QString m_status;
    QString m_support;
};

ModulesPanel::ModulesPanel(const ActionPolicy *policy, Notifier *notifier, QWidget *parent)
    : AdminPage(policy, notifier, parent), m_proxy(new ModuleFilter(this))
{
    setObjectName(u"modulesPanel"_s);
    setAccessibleName(tr("Modules"));
    refreshButton()->setToolTip(tr("Read the module list again (GET /asterisk/modules)"));
    m_table = makeTable(nullptr, u"modules"_s, tr("Modules"), m_proxy);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setColumnWidth(0, 190);
    m_table->setColumnWidth(1, 320);
    m_status = new QComboBox(this);
    m_status->setObjectName(u"statusFilter"_s);
    m_status->setAccessibleName(tr("Status"));
    m_support = new QComboBox(this);
    m_support->setObjectName(u"supportFilter"_s);
    m_support->setAccessibleName(tr("Support level"));
    m_reload = new QPushButton(tr("Re&load…"), this);
    m_reload->setObjectName(u"reload"_s);
    m_unload = new QPushButton(tr("&Unload…"), this);
    m_unload->setObjectName(u"unload"_s);
    m_load = new QPushButton(tr("L&oad…"), this);
    m_load->setObjectName(u"load"_s);

    auto *filters = new QHBoxLayout;
    auto *statusLabel = new QLabel(tr("S&tatus:"), this);
    statusLabel->setBuddy(m_status);
    auto *supportLabel = new QLabel(tr("Su&pport level:"), this);
    supportLabel->setBuddy(m_support);
    filters->addWidget(statusLabel);
    filters->addWidget(m_status);
    filters->addWidget(supportLabel);
    filters->addWidget(m_support);
    filters->addStretch(1);
    filters->addWidget(m_reload);
    filters->addWidget(m_unload);
    filters->addWidget(m_load);
    body()->addLayout(filters);
    body()->addWidget(m_table, 1);
    fillFilters();

    connect(m_status, &QComboBox::currentIndexChanged, this, [this] { m_proxy->setStatus(m_status->currentData().toString()); });
    connect(m_support, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setSupport(m_support->currentData().toString()); });
    connect(m_reload, &QPushButton::clicked, this, &ModulesPanel::reloadSelected);
    connect(m_unload, &QPushButton::clicked, this, &ModulesPanel::unloadSelected);
    connect(m_load, &QPushButton::clicked, this, &ModulesPanel::loadModule);
    connect(m_table, &QTableView::doubleClicked, this, &ModulesPanel::reloadSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ModulesPanel::updateActions);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (!m_table->indexAt(pos).isValid())
            return;
        QMenu menu(this);
        menu.addAction(tr("Reload…"), this, &ModulesPanel::reloadSelected)->setEnabled(m_reload->isEnabled());
        menu.addAction(tr("Unload…"), this, &ModulesPanel::unloadSelected)->setEnabled(m_unload->isEnabled());
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
    updateActions();
}

void ModulesPanel::setSession(ServerSession *session)
{
    delete m_model;
    m_model = session ? new ModuleModel(session->store(), this) : nullptr;
    m_proxy->setSourceModel(m_model);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    if (m_model) {
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &ModulesPanel::fillFilters);
        connect(m_model, &QAbstractItemModel::modelReset, this, &ModulesPanel::fillFilters);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &ModulesPanel::fillFilters);
    }
    fillFilters();
    AdminPage::setSession(session);
}

void ModulesPanel::fillFilters()
{
    QSet<QString> statuses, levels;
    if (m_session) {
        for (const Ari::Module &m : m_session->store()->modules()) {
            statuses.insert(m.status);
            levels.insert(m.supportLevel);
        }
    }
    const auto fill = [](QComboBox *box, QSet<QString> values, const QString &all) {
        const QString keep = box->currentData().toString();
        QStringList sorted(values.begin(), values.end());
        sorted.sort();
        if (!keep.isEmpty() && !sorted.contains(keep))
            sorted.append(keep); // a filter in use stays, even when nothing matches now
        const QSignalBlocker block(box);
        box->clear();
        box->addItem(all, QString());
        for (const QString &v : std::as_const(sorted))
            box->addItem(v, v);
        box->setCurrentIndex(std::max(0, box->findData(keep)));
    };
    fill(m_status, statuses, tr("Any"));
    fill(m_support, levels, tr("Any"));
}

void ModulesPanel::setStatusFilter(const QString &status)
{
    m_status->setCurrentIndex(std::max(0, m_status->findData(status)));
}

void ModulesPanel::setSupportFilter(const QString &level)
{
    m_support->setCurrentIndex(std::max(0, m_support->findData(level)));
}

QString ModulesPanel::selectedModule() const
{
    const QModelIndexList rows = m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? QString() : rows.first().siblingAtColumn(0).data().toString();
}

void ModulesPanel::selectModule(const QString &name)
{
    if (m_model)
        m_model->flush();
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (m_proxy->index(row, 0).data().toString() == name) {
            m_table->selectRow(row);
            m_table->scrollTo(m_proxy->index(row, 0));
            return;
        }
    }
}

void ModulesPanel::updateActions()
{
    const QString name = selectedModule();
    const QString pick = name.isEmpty() ? tr("Select a module first") : QString();
    guard(m_reload, Ari::OperationId::AsteriskReloadModule, tr("Reload %1 (its configuration is read again)").arg(name), pick);
    guard(m_unload, Ari::OperationId::AsteriskUnloadModule, tr("Unload %1 from Asterisk").arg(name), pick);
    guard(m_load, Ari::OperationId::AsteriskLoadModule, tr("Load a module by name"));
}

void ModulesPanel::refresh()
{
    if (!m_session)
        return;
    refreshButton()->setEnabled(false);
    m_session->client()->asterisk().listModules().then(this, [this](const Ari::Result<QList<Ari::Module>> &r) {
        refreshButton()->setEnabled(true);
        if (!r.ok()) {
            failed(tr("Reading the modules failed"), r.error);
            return;
        }
        Snapshot snapshot;
        snapshot.modules = r.value;
        m_session->store()->applySnapshot(snapshot, m_session->store()->lastSyncedMs());
        if (m_model)
            m_model->flush();
        fillFilters();
        setReadAt();
    });
}

void ModulesPanel::reloadSelected()
{
    const QString name = selectedModule();
    if (name.isEmpty() || !m_reload->isEnabled())
        return;
    if (!confirm(tr("Reload module"),
                 tr("Reload %1 on %2? It reads its configuration again; calls it serves may notice.")
                     .arg(name, m_session->name()),
                 tr("Reload")))
        return;
    act(Ari::OperationId::AsteriskReloadModule, name);
}

void ModulesPanel::unloadSelected()
{
    const QString name = selectedModule();
    if (name.isEmpty() || !m_unload->isEnabled())
        return;
    if (!confirm(tr("Unload module"),
                 tr("Unload %1 from %2? What it provides stops working until it is loaded again.")
                     .arg(name, m_session->name()),
                 tr("Unload")))
        return;
    act(Ari::OperationId::AsteriskUnloadModule, name);
}

void ModulesPanel::loadModule()
{
    if (!m_session || !m_load->isEnabled())
        return;
    bool ok = false;
    const QString name = QInputDialog::getItem(this, tr("Load module"), tr("Module to load (e.g. app_echo.so):"),
                                               m_unloaded, 0, true, &ok)
                             .trimmed();
    if (ok && !name.isEmpty())
        load(name);
}

void ModulesPanel::load(const QString &name)
{
    if (!confirm(tr("Load module"), tr("Load %1 into %2?").arg(name, m_session->name()), tr("Load")))
        return;
    act(Ari::OperationId::AsteriskLoadModule, name);
}

void ModulesPanel::act(Ari::OperationId op, const QString &name)
{
    if (!m_session)
        return;
    auto api = m_session->client()->asterisk();
    const auto done = [this, op, name](const Ari::Result<void> &r) {
        updateActions();
        const QString verb = op == Ari::OperationId::AsteriskReloadModule ? tr("Reloading")
            : op == Ari::OperationId::AsteriskUnloadModule                 ? tr("Unloading")
                                                                           : tr("Loading");
        if (!r.ok()) {
            failed(tr("%1 %2 failed").arg(verb, name), r.error);
            return;
        }
        if (op == Ari::OperationId::AsteriskUnloadModule && !m_unloaded.contains(name))
            m_unloaded.append(name);
        if (op == Ari::OperationId::AsteriskLoadModule)
            m_unloaded.removeAll(name);
        succeeded(op == Ari::OperationId::AsteriskReloadModule ? tr("%1 reloaded.").arg(name)
                  : op == Ari::OperationId::AsteriskUnloadModule ? tr("%1 unloaded.").arg(name)
                                                                 : tr("%1 loaded.").arg(name));
        Q_EMIT moduleChanged(name);
        refresh();
    };
    m_reload->setEnabled(false);
    m_unload->setEnabled(false);
    if (op == Ari::OperationId::AsteriskReloadModule)
        api.reloadModule({.moduleName = name}).then(this, done);
    else if (op == Ari::OperationId::AsteriskUnloadModule)
        api.unloadModule({.moduleName = name}).then(this, done);
    else
        api.loadModule({.moduleName = name}).then(this, done);
}

} // namespace Console
