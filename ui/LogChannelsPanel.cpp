#include "ui/LogChannelsPanel.h"

#include "ui/InlineMessage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Console {

LogChannelsPanel::LogChannelsPanel(const ActionPolicy *policy, Notifier *notifier, QWidget *parent)
    : AdminPage(policy, notifier, parent), m_model(new QStandardItemModel(0, 4, this))
{
    setObjectName(u"logChannelsPanel"_s);
    setAccessibleName(tr("Log channels"));
    refreshButton()->setToolTip(tr("Read the log channels again (GET /asterisk/logging)"));
    m_model->setHorizontalHeaderLabels({tr("Channel"), tr("Type"), tr("Status"), tr("Levels")});
    m_table = makeTable(m_model, u"logChannels"_s, tr("Log channels"));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setColumnWidth(0, 340);
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"logName"_s);
    m_name->setAccessibleName(tr("New log channel name"));
    m_name->setPlaceholderText(tr("file name, e.g. console-debug.log"));
    m_levels = new QLineEdit(this);
    m_levels->setObjectName(u"logLevels"_s);
    m_levels->setAccessibleName(tr("Levels"));
    m_levels->setPlaceholderText(tr("levels, e.g. notice,warning,error,verbose"));
    m_add = new QPushButton(tr("Add &log"), this);
    m_add->setObjectName(u"addLog"_s);
    m_rotate = new QPushButton(tr("R&otate"), this);
    m_rotate->setObjectName(u"rotateLog"_s);
    m_delete = new QPushButton(tr("&Delete…"), this);
    m_delete->setObjectName(u"deleteLog"_s);

    auto *selectedRow = new QHBoxLayout;
    selectedRow->addStretch(1);
    selectedRow->addWidget(m_rotate);
    selectedRow->addWidget(m_delete);
    auto *addRow = new QHBoxLayout;
    auto *addLabel = new QLabel(tr("&New channel:"), this);
    addLabel->setBuddy(m_name);
    addRow->addWidget(addLabel);
    addRow->addWidget(m_name, 2);
    addRow->addWidget(m_levels, 3);
    addRow->addWidget(m_add);
    body()->addWidget(m_table, 1);
    body()->addLayout(selectedRow);
    body()->addLayout(addRow);

    connect(m_add, &QPushButton::clicked, this, [this] { add(m_name->text(), m_levels->text()); });
    connect(m_levels, &QLineEdit::returnPressed, this, [this] { add(m_name->text(), m_levels->text()); });
    connect(m_name, &QLineEdit::textChanged, this, &LogChannelsPanel::updateActions);
    connect(m_levels, &QLineEdit::textChanged, this, &LogChannelsPanel::updateActions);
    connect(m_delete, &QPushButton::clicked, this, &LogChannelsPanel::deleteSelected);
    connect(m_rotate, &QPushButton::clicked, this, &LogChannelsPanel::rotateSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LogChannelsPanel::updateActions);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (!m_table->indexAt(pos).isValid())
            return;
        QMenu menu(this);
        menu.addAction(tr("Rotate"), this, &LogChannelsPanel::rotateSelected)->setEnabled(m_rotate->isEnabled());
        menu.addAction(tr("Delete…"), this, &LogChannelsPanel::deleteSelected)->setEnabled(m_delete->isEnabled());
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
    updateActions();
}

QString LogChannelsPanel::nameFor(const QString &channel)
{
    const qsizetype slash = channel.lastIndexOf(u'/');
    return slash >= 0 ? channel.mid(slash + 1) : channel;
}

QStringList LogChannelsPanel::channels() const
{
    QStringList out;
    for (int row = 0; row < m_model->rowCount(); ++row)
        out.append(m_model->item(row, 0)->data(Qt::UserRole).toString());
    return out;
}

QString LogChannelsPanel::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().siblingAtColumn(0).data(Qt::UserRole).toString();
}

void LogChannelsPanel::selectChannel(const QString &channel)
{
    for (int row = 0; row < m_table->model()->rowCount(); ++row) {
        const QModelIndex i = m_table->model()->index(row, 0);
        if (i.data(Qt::UserRole).toString() == channel || nameFor(i.data(Qt::UserRole).toString()) == channel) {
            m_table->selectRow(row);
            return;
        }
    }
}

void LogChannelsPanel::updateActions()
{
    const QString channel = selected();
    QString pick;
    if (!m_table->selectionModel()->hasSelection())
        pick = tr("Select a log channel first");
    else if (channel.isEmpty())
        pick = tr("The console log cannot be changed through ARI");
    guard(m_rotate, Ari::OperationId::AsteriskRotateLog, tr("Close the file and start a new one"), pick);
    guard(m_delete, Ari::OperationId::AsteriskDeleteLog, tr("Stop logging to this channel"), pick);
    const QString missing = m_name->text().trimmed().isEmpty() ? tr("Give the new channel a name")
        : m_levels->text().trimmed().isEmpty()                  ? tr("Say which levels it takes")
                                                                : QString();
    guard(m_add, Ari::OperationId::AsteriskAddLog, tr("Start logging these levels to a new file"), missing);
}

void LogChannelsPanel::refresh()
{
    if (!m_session)
        return;
    refreshButton()->setEnabled(false);
    m_session->client()->asterisk().listLogChannels().then(this, [this](const Ari::Result<QList<Ari::LogChannel>> &r) {
        refreshButton()->setEnabled(true);
        if (!r.ok()) {
            failed(tr("Reading the log channels failed"), r.error);
            return;
        }
        const QString keep = selected();
        m_model->setRowCount(0);
        for (const Ari::LogChannel &c : r.value) {
            auto *name = new QStandardItem(c.channel.isEmpty() ? tr("(console)") : c.channel);
            name->setData(c.channel, Qt::UserRole);
            name->setData(c.channel, SortRole);
            QList<QStandardItem *> row{name, new QStandardItem(c.type), new QStandardItem(c.status),
                                       new QStandardItem(c.configuration.trimmed())};
            for (int i = 1; i < row.size(); ++i)
                row.at(i)->setData(row.at(i)->text(), SortRole);
            for (QStandardItem *i : row)
                i->setToolTip(i->text());
            m_model->appendRow(row);
        }
        if (!keep.isEmpty())
            selectChannel(keep);
        setReadAt();
        updateActions();
    });
}

void LogChannelsPanel::add(const QString &name, const QString &configuration)
{
    if (!m_session)
        return;
    const QString n = name.trimmed();
    const QString levels = configuration.trimmed();
    if (n.isEmpty() || levels.isEmpty()) {
        message()->showError(tr("A new log channel needs a name and the levels it takes."));
        return;
    }
    m_add->setEnabled(false);
    m_session->client()
        ->asterisk()
        .addLog({.logChannelName = n, .configuration = levels})
        .then(this, [this, n, levels](const Ari::Result<void> &r) {
            updateActions();
            if (!r.ok()) {
                failed(tr("Adding log channel %1 failed").arg(n), r.error);
                return;
            }
            m_name->clear();
            succeeded(tr("Log channel %1 added (%2).").arg(n, levels));
            Q_EMIT changed();
            refresh();
        });
}

void LogChannelsPanel::deleteSelected()
{
    const QString channel = selected();
    if (!m_session || channel.isEmpty() || !m_delete->isEnabled())
        return;
    if (!confirm(tr("Delete log channel"), tr("Stop logging to %1 and remove the channel?").arg(channel), tr("Delete")))
        return;
    const QString name = nameFor(channel);
    m_session->client()->asterisk().deleteLog({.logChannelName = name}).then(this, [this, channel](const Ari::Result<void> &r) {
        if (!r.ok()) {
            failed(tr("Deleting log channel %1 failed").arg(channel), r.error);
            return;
        }
        succeeded(tr("Log channel %1 deleted.").arg(channel));
        Q_EMIT changed();
        refresh();
    });
}

void LogChannelsPanel::rotateSelected()
{
    const QString channel = selected();
    if (!m_session || channel.isEmpty() || !m_rotate->isEnabled())
        return;
    const QString name = nameFor(channel);
    m_session->client()->asterisk().rotateLog({.logChannelName = name}).then(this, [this, channel](const Ari::Result<void> &r) {
        if (!r.ok()) {
            failed(tr("Rotating log channel %1 failed").arg(channel), r.error);
            return;
        }
        succeeded(tr("Log channel %1 rotated.").arg(channel));
        Q_EMIT changed();
    });
}

} // namespace Console
