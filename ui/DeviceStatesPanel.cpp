#include "ui/DeviceStatesPanel.h"

#include "ui/InlineMessage.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Console {

DeviceStatesPanel::DeviceStatesPanel(const ActionPolicy *policy, Notifier *notifier, QWidget *parent)
    : AdminPage(policy, notifier, parent), m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(u"deviceStatesPanel"_s);
    setAccessibleName(tr("Device states"));
    refreshButton()->setToolTip(tr("Read the device states again (GET /deviceStates)"));
    m_table = makeTable(nullptr, u"deviceStates"_s, tr("Device states"), m_proxy);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setColumnWidth(0, 240);
    m_device = new QLineEdit(this);
    m_device->setObjectName(u"device"_s);
    m_device->setAccessibleName(tr("Device"));
    m_device->setPlaceholderText(tr("Stasis:agent1"));
    m_state = new QComboBox(this);
    m_state->setObjectName(u"state"_s);
    m_state->setAccessibleName(tr("State"));
    m_state->addItems(states());
    m_set = new QPushButton(tr("&Set state"), this);
    m_set->setObjectName(u"setState"_s);
    m_delete = new QPushButton(tr("&Delete…"), this);
    m_delete->setObjectName(u"deleteState"_s);
    auto *note = new QLabel(tr("ARI controls only devices named Stasis:<name>; the others follow their channels."), this);
    note->setForegroundRole(QPalette::PlaceholderText);
    note->setWordWrap(true);

    auto *row = new QHBoxLayout;
    auto *deviceLabel = new QLabel(tr("Dev&ice:"), this);
    deviceLabel->setBuddy(m_device);
    row->addWidget(deviceLabel);
    row->addWidget(m_device, 1);
    row->addWidget(m_state);
    row->addWidget(m_set);
    row->addSpacing(12);
    row->addWidget(m_delete);
    body()->addWidget(m_table, 1);
    body()->addWidget(note);
    body()->addLayout(row);

    connect(m_set, &QPushButton::clicked, this, [this] { setState(m_device->text(), m_state->currentText()); });
    connect(m_device, &QLineEdit::returnPressed, this, [this] { setState(m_device->text(), m_state->currentText()); });
    connect(m_device, &QLineEdit::textChanged, this, &DeviceStatesPanel::updateActions);
    connect(m_delete, &QPushButton::clicked, this, &DeviceStatesPanel::deleteSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (!selected().isEmpty())
            m_device->setText(selected());
        updateActions();
    });
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (!m_table->indexAt(pos).isValid())
            return;
        QMenu menu(this);
        QMenu *to = menu.addMenu(tr("Set state"));
        for (const QString &s : states())
            to->addAction(s, this, [this, s] { setState(selected(), s); });
        to->setEnabled(refusal(selected()).isEmpty() && allowed(Ari::OperationId::DeviceStatesUpdate));
        menu.addAction(tr("Delete…"), this, &DeviceStatesPanel::deleteSelected)->setEnabled(m_delete->isEnabled());
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
    updateActions();
}

QStringList DeviceStatesPanel::states()
{
    return {u"NOT_INUSE"_s, u"INUSE"_s,   u"BUSY"_s,   u"INVALID"_s, u"UNAVAILABLE"_s,
            u"RINGING"_s,   u"RINGINUSE"_s, u"ONHOLD"_s, u"UNKNOWN"_s};
}

QString DeviceStatesPanel::refusal(const QString &device)
{
    if (device.trimmed().isEmpty())
        return tr("Name the device, e.g. Stasis:agent1");
    if (!device.trimmed().startsWith(u"Stasis:") || device.trimmed().size() <= 7)
        return tr("%1 is not a Stasis: device: Asterisk lets ARI change only Stasis:<name> devices").arg(device.trimmed());
    return {};
}

void DeviceStatesPanel::setSession(ServerSession *session)
{
    delete m_model;
    m_model = session ? new DeviceStateModel(session->store(), this) : nullptr;
    m_proxy->setSourceModel(m_model);
    AdminPage::setSession(session);
}

QString DeviceStatesPanel::selected() const
{
    const QModelIndexList rows = m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? QString() : rows.first().siblingAtColumn(0).data().toString();
}

void DeviceStatesPanel::updateActions()
{
    guard(m_set, Ari::OperationId::DeviceStatesUpdate, tr("Set the device's state (PUT /deviceStates/{name})"),
          refusal(m_device->text()));
    const QString device = selected();
    guard(m_delete, Ari::OperationId::DeviceStatesDelete, tr("Delete %1").arg(device),
          device.isEmpty() ? tr("Select a device first") : refusal(device));
}

void DeviceStatesPanel::refresh()
{
    if (!m_session)
        return;
    refreshButton()->setEnabled(false);
    m_session->client()->deviceStates().list().then(this, [this](const Ari::Result<QList<Ari::DeviceState>> &r) {
        refreshButton()->setEnabled(true);
        if (!r.ok()) {
            failed(tr("Reading the device states failed"), r.error);
            return;
        }
        Snapshot snapshot;
        snapshot.deviceStates = r.value;
        m_session->store()->applySnapshot(snapshot, m_session->store()->lastSyncedMs());
        if (m_model)
            m_model->flush();
        setReadAt();
    });
}

void DeviceStatesPanel::setState(const QString &device, const QString &state)
{
    if (!m_session)
        return;
    const QString name = device.trimmed();
    // Refused here, in words, rather than Asterisk's 409 "Uncontrolled device specified".
    if (const QString why = refusal(name); !why.isEmpty()) {
        message()->showError(tr("Not set: %1").arg(why));
        return;
    }
    if (!allowed(Ari::OperationId::DeviceStatesUpdate)) {
        message()->showError(tr("Not set: %1").arg(m_set->toolTip()));
        return;
    }
    m_set->setEnabled(false);
    m_session->client()
        ->deviceStates()
        .update({.deviceName = name, .deviceState = state})
        .then(this, [this, name, state](const Ari::Result<void> &r) {
            updateActions();
            if (!r.ok()) {
                failed(tr("Setting %1 to %2 failed").arg(name, state), r.error);
                return;
            }
            succeeded(tr("%1 is now %2.").arg(name, state));
            Q_EMIT changed(name);
            refresh(); // DeviceStateChanged reaches only applications that hear of the device
        });
}

void DeviceStatesPanel::deleteSelected()
{
    const QString device = selected();
    if (!m_session || device.isEmpty() || !m_delete->isEnabled())
        return;
    if (!confirm(tr("Delete device state"), tr("Delete the device state %1?").arg(device), tr("Delete")))
        return;
    m_session->client()->deviceStates().delete_({.deviceName = device}).then(this, [this, device](const Ari::Result<void> &r) {
        if (!r.ok()) {
            failed(tr("Deleting %1 failed").arg(device), r.error);
            return;
        }
        succeeded(tr("%1 deleted.").arg(device));
        Q_EMIT changed(device);
        refresh();
    });
}

} // namespace Console
