#include "ui/MailboxesPanel.h"

#include "ui/InlineMessage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Console {

MailboxesPanel::MailboxesPanel(const ActionPolicy *policy, Notifier *notifier, QWidget *parent)
    : AdminPage(policy, notifier, parent), m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(u"mailboxesPanel"_s);
    setAccessibleName(tr("Mailboxes"));
    refreshButton()->setToolTip(tr("Read the mailboxes again (GET /mailboxes)"));
    m_table = makeTable(nullptr, u"mailboxes"_s, tr("Mailboxes"), m_proxy);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setColumnWidth(0, 220);
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"mailbox"_s);
    m_name->setAccessibleName(tr("Mailbox"));
    m_name->setPlaceholderText(tr("1000@default"));
    m_new = new QSpinBox(this);
    m_new->setObjectName(u"newMessages"_s);
    m_new->setAccessibleName(tr("New messages"));
    m_new->setRange(0, 9999);
    m_new->setPrefix(tr("new "));
    m_old = new QSpinBox(this);
    m_old->setObjectName(u"oldMessages"_s);
    m_old->setAccessibleName(tr("Old messages"));
    m_old->setRange(0, 9999);
    m_old->setPrefix(tr("old "));
    m_set = new QPushButton(tr("&Set counts"), this);
    m_set->setObjectName(u"setMailbox"_s);
    m_delete = new QPushButton(tr("&Delete…"), this);
    m_delete->setObjectName(u"deleteMailbox"_s);

    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("&Mailbox:"), this);
    label->setBuddy(m_name);
    row->addWidget(label);
    row->addWidget(m_name, 1);
    row->addWidget(m_new);
    row->addWidget(m_old);
    row->addWidget(m_set);
    row->addSpacing(12);
    row->addWidget(m_delete);
    body()->addWidget(m_table, 1);
    body()->addLayout(row);

    connect(m_set, &QPushButton::clicked, this, [this] { setCounts(m_name->text(), m_new->value(), m_old->value()); });
    connect(m_name, &QLineEdit::returnPressed, this, [this] { setCounts(m_name->text(), m_new->value(), m_old->value()); });
    connect(m_name, &QLineEdit::textChanged, this, &MailboxesPanel::updateActions);
    connect(m_delete, &QPushButton::clicked, this, &MailboxesPanel::deleteSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        if (!rows.isEmpty()) {
            m_name->setText(rows.first().siblingAtColumn(0).data().toString());
            m_new->setValue(rows.first().siblingAtColumn(1).data(SortRole).toInt());
            m_old->setValue(rows.first().siblingAtColumn(2).data(SortRole).toInt());
        }
        updateActions();
    });
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (!m_table->indexAt(pos).isValid())
            return;
        QMenu menu(this);
        menu.addAction(tr("Delete…"), this, &MailboxesPanel::deleteSelected)->setEnabled(m_delete->isEnabled());
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
    updateActions();
}

void MailboxesPanel::setSession(ServerSession *session)
{
    delete m_model;
    m_model = session ? new MailboxModel(session->store(), this) : nullptr;
    m_proxy->setSourceModel(m_model);
    AdminPage::setSession(session);
}

QString MailboxesPanel::selected() const
{
    const QModelIndexList rows = m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? QString() : rows.first().siblingAtColumn(0).data().toString();
}

void MailboxesPanel::updateActions()
{
    guard(m_set, Ari::OperationId::MailboxesUpdate, tr("Set the counts (PUT /mailboxes/{name}); a new name creates it"),
          m_name->text().trimmed().isEmpty() ? tr("Name the mailbox, e.g. 1000@default") : QString());
    const QString name = selected();
    guard(m_delete, Ari::OperationId::MailboxesDelete, tr("Delete %1").arg(name),
          name.isEmpty() ? tr("Select a mailbox first") : QString());
}

void MailboxesPanel::refresh()
{
    if (!m_session)
        return;
    refreshButton()->setEnabled(false);
    m_session->client()->mailboxes().list().then(this, [this](const Ari::Result<QList<Ari::Mailbox>> &r) {
        refreshButton()->setEnabled(true);
        if (!r.ok()) {
            failed(tr("Reading the mailboxes failed"), r.error);
            return;
        }
        Snapshot snapshot;
        snapshot.mailboxes = r.value;
        m_session->store()->applySnapshot(snapshot, m_session->store()->lastSyncedMs());
        if (m_model)
            m_model->flush();
        setReadAt();
    });
}

void MailboxesPanel::setCounts(const QString &mailbox, int newMessages, int oldMessages)
{
    const QString name = mailbox.trimmed();
    if (!m_session)
        return;
    if (name.isEmpty()) {
        message()->showError(tr("Name the mailbox, e.g. 1000@default."));
        return;
    }
    m_set->setEnabled(false);
    m_session->client()
        ->mailboxes()
        .update({.mailboxName = name, .oldMessages = oldMessages, .newMessages = newMessages})
        .then(this, [this, name, newMessages, oldMessages](const Ari::Result<void> &r) {
            updateActions();
            if (!r.ok()) {
                failed(tr("Setting the counts of %1 failed").arg(name), r.error);
                return;
            }
            succeeded(tr("%1: %2 new, %3 old.").arg(name).arg(newMessages).arg(oldMessages));
            Q_EMIT changed(name);
            refresh(); // mailboxes raise no event
        });
}

void MailboxesPanel::deleteSelected()
{
    const QString name = selected();
    if (!m_session || name.isEmpty() || !m_delete->isEnabled())
        return;
    if (!confirm(tr("Delete mailbox"), tr("Delete the mailbox %1 and its counts?").arg(name), tr("Delete")))
        return;
    m_session->client()->mailboxes().delete_({.mailboxName = name}).then(this, [this, name](const Ari::Result<void> &r) {
        if (!r.ok()) {
            failed(tr("Deleting %1 failed").arg(name), r.error);
            return;
        }
        succeeded(tr("%1 deleted.").arg(name));
        Q_EMIT changed(name);
        refresh();
    });
}

} // namespace Console
