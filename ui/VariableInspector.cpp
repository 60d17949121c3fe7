#include "ui/VariableInspector.h"

#include "models/ActionPolicy.h"
#include "models/ServerSession.h"
#include "ui/Appearance.h"
#include "ui/InlineMessage.h"
#include "ui/Notifier.h"
#include "ui/StateStyle.h"
#include "ui/VariablesEditor.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace Console {

namespace {

const QString s_globalKey = u"global"_s;

QString clock(qint64 ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(ms).toString(u"HH:mm:ss"_s) : QString();
}

// The history, filtered by text (any column) and, optionally, to the values that changed.
class HistoryFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setChangesOnly(bool on)
    {
        m_changesOnly = on;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (m_changesOnly) {
            const QModelIndex i = sourceModel()->index(row, 0, parent);
            if (!i.data(VariableHistoryModel::ChangedRole).toBool())
                return false;
        }
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

private:
    bool m_changesOnly = false;
};

// Errors in red and changes in the palette's highlight, always with their symbol in the How column.
class HistoryDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (!index.data(VariableHistoryModel::OkRole).toBool())
            option->palette.setColor(QPalette::Text,
                                     Appearance::readable(QColor(0xc6, 0x28, 0x28), option->palette.color(QPalette::Base)));
        else if (index.data(VariableHistoryModel::ChangedRole).toBool())
            option->font.setBold(true);
    }
};

QTableWidgetItem *item(const QString &text, const QVariant &sort = {})
{
    auto *i = new QTableWidgetItem(text);
    i->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    i->setToolTip(text);
    if (sort.isValid())
        i->setData(Qt::UserRole, sort);
    return i;
}

} // namespace

VariableInspector::VariableInspector(const ActionPolicy *policy, Notifier *notifier, QWidget *parent)
    : QWidget(parent), m_policy(policy), m_notifier(notifier), m_history(new VariableHistoryModel(this))
{
    setObjectName(u"variableInspector"_s);
    setAccessibleName(tr("Variable inspector"));
    buildUi();
    m_seenRefresh.setSingleShot(true);
    m_seenRefresh.setInterval(250);
    connect(&m_seenRefresh, &QTimer::timeout, this, [this] {
        updateSeen();
        updateTarget();
    });
    restoreSettings();
    updateTarget();
}

VariableInspector::~VariableInspector()
{
    saveSettings();
}

QStringList VariableInspector::presets(Scope scope)
{
    switch (scope) {
    case Scope::Channel:
        return {u"CHANNEL(state)"_s,
                u"CHANNEL(name)"_s,
                u"CHANNEL(language)"_s,
                u"CALLERID(all)"_s,
                u"CHANNEL(rtcp,all)"_s,
                u"CHANNEL(rtcp,all_jitter)"_s,
                u"CHANNEL(rtcp,all_loss)"_s,
                u"CHANNEL(rtcp,all_rtt)"_s,
                u"CHANNEL(pjsip,call-id)"_s,
                u"CDR(src)"_s,
                u"CDR(dst)"_s,
                u"CDR(start)"_s,
                u"CDR(answer)"_s,
                u"CDR(duration)"_s,
                u"CDR(billsec)"_s,
                u"CDR(disposition)"_s,
                u"CDR(userfield)"_s};
    case Scope::Bridge:
        return {};
    case Scope::Global:
        return {};
    }
    return {};
}

void VariableInspector::buildUi()
{
    m_scopeBox = new QComboBox(this);
    m_scopeBox->setObjectName(u"scope"_s);
    m_scopeBox->setAccessibleName(tr("Read variables of"));
    m_scopeBox->addItem(tr("Channel"), int(Scope::Channel));
    m_scopeBox->addItem(tr("Bridge"), int(Scope::Bridge));
    m_scopeBox->addItem(tr("Global"), int(Scope::Global));
    m_scopeLabel = new QLabel(tr("&Of:"), this);
    m_scopeLabel->setBuddy(m_scopeBox);
    m_target = new QComboBox(this);
    m_target->setObjectName(u"target"_s);
    m_target->setAccessibleName(tr("Channel or bridge"));
    m_target->setEditable(true);
    m_target->setInsertPolicy(QComboBox::NoInsert);
    m_target->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_target->setMinimumContentsLength(20);
    m_target->lineEdit()->setPlaceholderText(tr("a channel id, or pick one"));
    m_follow = new QCheckBox(tr("&Follow the selection"), this);
    m_follow->setObjectName(u"followSelection"_s);
    m_follow->setToolTip(tr("Read from the channel selected in the channel table"));
    m_follow->setChecked(true);
    m_targetInfo = new QLabel(this);
    m_targetInfo->setObjectName(u"targetInfo"_s);
    m_targetInfo->setWordWrap(true);
    m_targetInfo->setTextFormat(Qt::RichText);
    m_targetInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_variable = new QComboBox(this);
    m_variable->setObjectName(u"variable"_s);
    m_variable->setAccessibleName(tr("Variable or function"));
    m_variable->setEditable(true);
    m_variable->setInsertPolicy(QComboBox::NoInsert);
    m_variable->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_variable->setMinimumContentsLength(18);
    m_variable->lineEdit()->setPlaceholderText(tr("a variable, or a function like CHANNEL(state)"));
    m_variable->setToolTip(tr("A channel variable (MYVAR) or a dialplan function (CHANNEL(state), CDR(duration)…); "
                              "Enter reads it"));
    m_get = new QPushButton(tr("&Get"), this);
    m_get->setObjectName(u"get"_s);
    m_get->setDefault(false);
    m_getPresets = new QPushButton(tr("Get all &presets"), this);
    m_getPresets->setObjectName(u"getPresets"_s);
    m_getPresets->setToolTip(tr("Read every preset at once (one multi-get where the server has it)"));
    m_interval = new QSpinBox(this);
    m_interval->setObjectName(u"watchInterval"_s);
    m_interval->setAccessibleName(tr("Watch interval in seconds"));
    m_interval->setRange(1, 3600);
    m_interval->setValue(5);
    m_interval->setSuffix(tr(" s"));
    m_interval->setPrefix(tr("every "));
    m_watch = new QPushButton(tr("&Watch"), this);
    m_watch->setObjectName(u"watch"_s);
    m_watch->setToolTip(tr("Re-read this variable at the interval and show its changes over time"));

    m_value = new QLineEdit(this);
    m_value->setObjectName(u"value"_s);
    m_value->setAccessibleName(tr("New value"));
    m_value->setPlaceholderText(tr("new value (Enter sets it)"));
    m_value->setClearButtonEnabled(true);
    m_set = new QPushButton(tr("&Set"), this);
    m_set->setObjectName(u"set"_s);
    m_setSeveral = new QPushButton(tr("Set s&everal…"), this);
    m_setSeveral->setObjectName(u"setSeveral"_s);
    m_setReason = new QLabel(this);
    m_setReason->setObjectName(u"setReason"_s);
    m_setReason->setWordWrap(true);
    m_setReason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_setReason->setForegroundRole(QPalette::PlaceholderText);

    // History.
    auto *historyPage = new QWidget(this);
    m_historyFilter = new QLineEdit(historyPage);
    m_historyFilter->setObjectName(u"historyFilter"_s);
    m_historyFilter->setAccessibleName(tr("Filter the history"));
    m_historyFilter->setPlaceholderText(tr("Filter the history…"));
    m_historyFilter->setClearButtonEnabled(true);
    m_changesOnly = new QCheckBox(tr("Changes o&nly"), historyPage);
    m_changesOnly->setObjectName(u"changesOnly"_s);
    auto *clearHistory = new QPushButton(tr("Clear"), historyPage);
    clearHistory->setObjectName(u"clearHistory"_s);
    clearHistory->setToolTip(tr("Forget the values read so far"));
    auto *filter = new HistoryFilter(this);
    filter->setSourceModel(m_history);
    filter->setFilterKeyColumn(-1);
    filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    filter->setSortRole(SortRole);
    m_historyProxy = filter;
    m_historyView = new QTableView(historyPage);
    m_historyView->setObjectName(u"history"_s);
    m_historyView->setAccessibleName(tr("Values read"));
    m_historyView->setModel(filter);
    m_historyView->setItemDelegate(new HistoryDelegate(m_historyView));
    m_historyView->setSortingEnabled(true);
    m_historyView->sortByColumn(VariableHistoryModel::Time, Qt::DescendingOrder);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_historyView->setTabKeyNavigation(false);
    m_historyView->setWordWrap(false);
    m_historyView->verticalHeader()->hide();
    m_historyView->verticalHeader()->setDefaultSectionSize(m_historyView->fontMetrics().height() + 6);
    m_historyView->horizontalHeader()->setStretchLastSection(false);
    m_historyView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_historyView->horizontalHeader()->setSectionResizeMode(VariableHistoryModel::Value, QHeaderView::Stretch);
    m_historyView->setColumnWidth(VariableHistoryModel::Time, m_historyView->fontMetrics().horizontalAdvance(u"00:00:00_____"_s));
    m_historyView->setColumnWidth(VariableHistoryModel::Target, 190);
    m_historyView->setColumnWidth(VariableHistoryModel::Variable, 150);
    m_historyView->setColumnWidth(VariableHistoryModel::How, 120);
    auto *historyTop = new QHBoxLayout;
    historyTop->addWidget(m_historyFilter, 1);
    historyTop->addWidget(m_changesOnly);
    historyTop->addWidget(clearHistory);
    auto *historyLayout = new QVBoxLayout(historyPage);
    historyLayout->setContentsMargins(4, 4, 4, 4);
    historyLayout->addLayout(historyTop);
    historyLayout->addWidget(m_historyView, 1);

    // Watches.
    auto *watchPage = new QWidget(this);
    m_watchTable = new QTableWidget(0, 7, watchPage);
    m_watchTable->setObjectName(u"watches"_s);
    m_watchTable->setAccessibleName(tr("Watched variables"));
    m_watchTable->setHorizontalHeaderLabels(
        {tr("Variable"), tr("Of"), tr("Every"), tr("Value"), tr("Changes"), tr("Last read"), tr("Reads")});
    m_watchTable->verticalHeader()->hide();
    m_watchTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_watchTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_watchTable->setTabKeyNavigation(false);
    m_watchTable->setSortingEnabled(true);
    m_watchTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_watchTable->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_stopWatch = new QPushButton(tr("S&top watching"), watchPage);
    m_stopWatch->setObjectName(u"stopWatch"_s);
    auto *stopAll = new QPushButton(tr("Stop all"), watchPage);
    stopAll->setObjectName(u"stopAllWatches"_s);
    auto *watchButtons = new QHBoxLayout;
    auto *watchHelp = new QLabel(tr("Select a watch to see its values over time in the history."), watchPage);
    watchHelp->setForegroundRole(QPalette::PlaceholderText);
    watchHelp->setWordWrap(true);
    watchButtons->addWidget(watchHelp, 1);
    watchButtons->addWidget(m_stopWatch);
    watchButtons->addWidget(stopAll);
    auto *watchLayout = new QVBoxLayout(watchPage);
    watchLayout->setContentsMargins(4, 4, 4, 4);
    watchLayout->addWidget(m_watchTable, 1);
    watchLayout->addLayout(watchButtons);

    // Seen through events.
    auto *seenPage = new QWidget(this);
    m_seenTitle = new QLabel(seenPage);
    m_seenTitle->setWordWrap(true);
    m_seen = new QTableWidget(0, 3, seenPage);
    m_seen->setObjectName(u"seen"_s);
    m_seen->setAccessibleName(tr("Variables reported by Asterisk"));
    m_seen->setHorizontalHeaderLabels({tr("Variable"), tr("Value"), tr("Seen at")});
    m_seen->verticalHeader()->hide();
    m_seen->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_seen->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_seen->setTabKeyNavigation(false);
    m_seen->setSortingEnabled(true);
    m_seen->setContextMenuPolicy(Qt::CustomContextMenu);
    m_seen->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_seen->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_seen->setColumnWidth(0, 170);
    auto *seenLayout = new QVBoxLayout(seenPage);
    seenLayout->setContentsMargins(4, 4, 4, 4);
    seenLayout->addWidget(m_seenTitle);
    seenLayout->addWidget(m_seen, 1);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"inspectorTabs"_s);
    m_tabs->setAccessibleName(tr("Inspector pages"));
    m_tabs->addTab(historyPage, tr("History"));
    m_tabs->addTab(watchPage, tr("Watches"));
    m_tabs->addTab(seenPage, tr("Reported"));
    m_tabs->setTabToolTip(2, tr("Variables Asterisk reported through ChannelVarset, with when they were seen"));

    m_message = new InlineMessage(this);
    m_message->setObjectName(u"message"_s);

    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_scopeLabel);
    targetRow->addWidget(m_scopeBox);
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(m_follow);
    auto *getRow = new QHBoxLayout;
    auto *varLabel = new QLabel(tr("Va&riable:"), this);
    varLabel->setBuddy(m_variable);
    getRow->addWidget(varLabel);
    getRow->addWidget(m_variable, 1);
    getRow->addWidget(m_get);
    getRow->addWidget(m_getPresets);
    getRow->addWidget(m_interval);
    getRow->addWidget(m_watch);
    auto *setRow = new QHBoxLayout;
    auto *valueLabel = new QLabel(tr("Va&lue:"), this);
    valueLabel->setBuddy(m_value);
    setRow->addWidget(valueLabel);
    setRow->addWidget(m_value, 1);
    setRow->addWidget(m_set);
    setRow->addWidget(m_setSeveral);
    // The labels line up in one column.
    const int labelWidth = std::max({m_scopeLabel->sizeHint().width(), varLabel->sizeHint().width(),
                                     valueLabel->sizeHint().width()});
    for (QLabel *l : {m_scopeLabel, varLabel, valueLabel})
        l->setMinimumWidth(labelWidth);

    // In a scroll area, so that a short dock does not force the window taller.
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addLayout(targetRow);
    layout->addWidget(m_targetInfo);
    layout->addLayout(getRow);
    layout->addLayout(setRow);
    layout->addWidget(m_setReason);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);
    auto *scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Variable inspector"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    setTabOrder(m_scopeBox, m_target);
    setTabOrder(m_target, m_follow);
    setTabOrder(m_follow, m_variable);
    setTabOrder(m_variable, m_get);
    setTabOrder(m_get, m_getPresets);
    setTabOrder(m_getPresets, m_interval);
    setTabOrder(m_interval, m_watch);
    setTabOrder(m_watch, m_value);
    setTabOrder(m_value, m_set);
    setTabOrder(m_set, m_setSeveral);
    setTabOrder(m_setSeveral, m_tabs);

    connect(m_scopeBox, &QComboBox::currentIndexChanged, this,
            [this] { setScope(Scope(m_scopeBox->currentData().toInt())); });
    connect(m_target, &QComboBox::activated, this, [this](int index) { setTarget(m_target->itemData(index).toString()); });
    connect(m_target->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        const QString text = m_target->currentText().trimmed();
        const int index = m_target->findText(text);
        setTarget(index >= 0 ? m_target->itemData(index).toString() : text);
    });
    connect(m_follow, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            followSelection(m_lastSelection);
        saveSettings();
    });
    connect(m_get, &QPushButton::clicked, this, [this] { get(m_variable->currentText()); });
    connect(m_variable->lineEdit(), &QLineEdit::returnPressed, this, [this] { get(m_variable->currentText()); });
    connect(m_getPresets, &QPushButton::clicked, this, [this] { getSeveral(presets(m_scope)); });
    connect(m_watch, &QPushButton::clicked, this, [this] { watch(m_variable->currentText(), m_interval->value()); });
    connect(m_set, &QPushButton::clicked, this, [this] { set(m_variable->currentText(), m_value->text()); });
    connect(m_value, &QLineEdit::returnPressed, this, [this] { set(m_variable->currentText(), m_value->text()); });
    connect(m_setSeveral, &QPushButton::clicked, this, &VariableInspector::openSetSeveral);
    connect(m_variable, &QComboBox::currentTextChanged, this, &VariableInspector::updateActions);
    connect(m_historyFilter, &QLineEdit::textChanged, this,
            [filter](const QString &text) { filter->setFilterFixedString(text); });
    connect(m_changesOnly, &QCheckBox::toggled, this, [filter](bool on) { filter->setChangesOnly(on); });
    connect(clearHistory, &QPushButton::clicked, m_history, &VariableHistoryModel::clear);
    connect(m_historyView, &QWidget::customContextMenuRequested, this, &VariableInspector::showHistoryMenu);
    connect(m_historyView, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        m_variable->setEditText(index.data(VariableHistoryModel::VariableRole).toString());
    });
    connect(m_seen, &QWidget::customContextMenuRequested, this, &VariableInspector::showSeenMenu);
    connect(m_seen, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (QTableWidgetItem *name = m_seen->item(row, 0))
            get(name->text());
    });
    connect(m_stopWatch, &QPushButton::clicked, this, [this] {
        const auto rows = m_watchTable->selectionModel()->selectedRows();
        QStringList keys;
        for (const QModelIndex &r : rows)
            keys.append(m_watchTable->item(r.row(), 0)->data(Qt::UserRole + 1).toString());
        for (const QString &key : std::as_const(keys)) {
            const qsizetype cut = key.indexOf(u'\n');
            stopWatch(key.left(cut), key.mid(cut + 1));
        }
    });
    connect(stopAll, &QPushButton::clicked, this, &VariableInspector::stopAllWatches);
    connect(m_watchTable, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = m_watchTable->selectionModel()->selectedRows();
        m_stopWatch->setEnabled(!rows.isEmpty());
        if (rows.size() == 1) {
            // The watch's values over time: the history of that variable.
            m_historyFilter->setText(m_watchTable->item(rows.first().row(), 0)->text());
        }
    });
    m_stopWatch->setEnabled(false);

    auto *getShortcut = new QAction(tr("Read the variable again"), this);
    getShortcut->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    getShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(getShortcut, &QAction::triggered, this, [this] { get(m_variable->currentText()); });
    addAction(getShortcut);
}

void VariableInspector::restoreSettings()
{
    QSettings s;
    s.beginGroup(u"variableInspector"_s);
    m_follow->setChecked(s.value(u"follow"_s, true).toBool());
    m_interval->setValue(s.value(u"watchSeconds"_s, 5).toInt());
    m_recent = s.value(u"recent"_s).toStringList();
    m_historyView->horizontalHeader()->restoreState(s.value(u"historyHeader"_s).toByteArray());
    if (!m_scopeLocked) {
        const int scope = s.value(u"scope"_s, int(Scope::Channel)).toInt();
        if (scope >= 0 && scope <= int(Scope::Global))
            setScope(Scope(scope));
    }
    s.endGroup();
    setScope(m_scope);
}

void VariableInspector::saveSettings() const
{
    if (m_scopeLocked)
        return;
    QSettings s;
    s.beginGroup(u"variableInspector"_s);
    s.setValue(u"follow"_s, m_follow->isChecked());
    s.setValue(u"watchSeconds"_s, m_interval->value());
    s.setValue(u"recent"_s, m_recent);
    s.setValue(u"scope"_s, int(m_scope));
    s.setValue(u"historyHeader"_s, m_historyView->horizontalHeader()->saveState());
    s.endGroup();
}

void VariableInspector::setSession(ServerSession *session)
{
    if (m_session == session)
        return;
    stopAllWatches();
    disconnect(m_storeConnection);
    disconnect(m_eventConnection);
    m_session = session;
    m_globalSeen.clear();
    m_channelId.clear();
    m_bridgeId.clear();
    if (session) {
        m_storeConnection = connect(session->store(), &Store::changed, this, [this](Entity e, const QString &id, Change) {
            const bool mine = (e == Entity::Channel && m_scope == Scope::Channel && id == m_channelId)
                || (e == Entity::Bridge && m_scope == Scope::Bridge && id == m_bridgeId);
            if (mine && !m_seenRefresh.isActive())
                m_seenRefresh.start();
        });
        // Global variables come as ChannelVarset without a channel; the store keeps only the channels'.
        m_eventConnection = connect(session->connection(), &Ari::AriConnection::eventReceived, this,
                                    [this](const Ari::Event &event) {
                                        const auto *v = event.as<Ari::ChannelVarsetEvent>();
                                        if (!v || !v->channel.id.isEmpty())
                                            return;
                                        m_globalSeen.insert(v->variable, {v->value, QDateTime::currentMSecsSinceEpoch()});
                                        if (m_scope == Scope::Global && !m_seenRefresh.isActive())
                                            m_seenRefresh.start();
                                    });
    }
    fillTargets();
    updateTarget();
}

void VariableInspector::lockScope(Scope scope)
{
    m_scopeLocked = true;
    setScope(scope);
    m_scopeBox->hide();
    m_scopeLabel->hide();
    m_target->hide();
    m_follow->hide();
}

void VariableInspector::setScope(Scope scope)
{
    const bool changed = scope != m_scope;
    m_scope = scope;
    {
        const QSignalBlocker block(m_scopeBox);
        m_scopeBox->setCurrentIndex(m_scopeBox->findData(int(scope)));
    }
    m_target->setVisible(scope != Scope::Global && !m_scopeLocked);
    m_follow->setVisible(scope == Scope::Channel && !m_scopeLocked);
    m_getPresets->setVisible(!presets(scope).isEmpty());
    m_target->lineEdit()->setPlaceholderText(scope == Scope::Bridge ? tr("a bridge id, or pick one")
                                                                    : tr("a channel id, or pick one"));
    // Presets first, then what the operator typed before.
    const QString keep = m_variable->currentText();
    {
        const QSignalBlocker block(m_variable);
        m_variable->clear();
        const QStringList p = presets(scope);
        for (const QString &v : p)
            m_variable->addItem(v);
        if (!p.isEmpty() && !m_recent.isEmpty())
            m_variable->insertSeparator(m_variable->count());
        for (const QString &v : std::as_const(m_recent)) {
            if (!p.contains(v))
                m_variable->addItem(v);
        }
        m_variable->setEditText(changed && scope != Scope::Channel ? QString() : keep);
    }
    fillTargets();
    updateTarget();
    if (changed)
        saveSettings();
}

void VariableInspector::fillTargets()
{
    const QSignalBlocker block(m_target);
    const QString current = targetId();
    m_target->clear();
    if (!m_session || m_scope == Scope::Global)
        return;
    QList<std::pair<QString, QString>> items;
    const Store *store = m_session->store();
    if (m_scope == Scope::Channel) {
        for (const LiveChannel &c : store->channels())
            items.append({c.channel.name + u"  ("_s + c.channel.id + u')', c.channel.id});
    } else {
        for (const LiveBridge &b : store->bridges())
            items.append({(b.bridge.name.isEmpty() ? b.bridge.id : b.bridge.name + u"  ("_s + b.bridge.id + u')'),
                          b.bridge.id});
    }
    std::sort(items.begin(), items.end());
    for (const auto &[label, id] : std::as_const(items))
        m_target->addItem(label, id);
    const int index = m_target->findData(current);
    if (index >= 0)
        m_target->setCurrentIndex(index);
    else
        m_target->setEditText(current);
}

void VariableInspector::setTarget(const QString &id)
{
    QString &slot = m_scope == Scope::Bridge ? m_bridgeId : m_channelId;
    if (m_scope == Scope::Global || slot == id)
        return;
    slot = id;
    const QSignalBlocker block(m_target);
    int index = m_target->findData(id);
    if (index < 0 && m_session && !id.isEmpty()) {
        fillTargets();
        index = m_target->findData(id);
    }
    if (index >= 0)
        m_target->setCurrentIndex(index);
    else
        m_target->setEditText(id);
    m_message->clear();
    updateTarget();
}

QString VariableInspector::targetId() const
{
    switch (m_scope) {
    case Scope::Channel:
        return m_channelId;
    case Scope::Bridge:
        return m_bridgeId;
    case Scope::Global:
        return {};
    }
    return {};
}

QString VariableInspector::targetKey() const
{
    switch (m_scope) {
    case Scope::Channel:
        return m_channelId.isEmpty() ? QString() : u"channel:"_s + m_channelId;
    case Scope::Bridge:
        return m_bridgeId.isEmpty() ? QString() : u"bridge:"_s + m_bridgeId;
    case Scope::Global:
        return s_globalKey;
    }
    return {};
}

void VariableInspector::setFollowSelection(bool follow)
{
    m_follow->setChecked(follow);
}

void VariableInspector::followSelection(const QStringList &channelIds)
{
    m_lastSelection = channelIds;
    if (!m_follow->isChecked() || m_scopeLocked || channelIds.isEmpty())
        return;
    if (m_scope != Scope::Channel)
        setScope(Scope::Channel);
    setTarget(channelIds.first());
}

QString VariableInspector::labelFor(const QString &target) const
{
    if (target == s_globalKey)
        return tr("global");
    if (!m_session)
        return target;
    if (target.startsWith(u"channel:")) {
        const QString id = target.mid(8);
        if (const LiveChannel *c = m_session->store()->anyChannel(id))
            return c->channel.name;
        return id;
    }
    const QString id = target.mid(7);
    if (const LiveBridge *b = m_session->store()->bridge(id); b && !b->bridge.name.isEmpty())
        return tr("bridge %1").arg(b->bridge.name);
    return tr("bridge %1").arg(id);
}

bool VariableInspector::serverHas(int operation) const
{
    if (!m_session)
        return false;
    const QString version = m_session->connection()->asteriskInfo().system.version;
    return ActionPolicy::versionHas(version, Ari::operation(Ari::OperationId(operation)));
}

QString VariableInspector::setRefusal() const
{
    if (!m_session)
        return tr("Not connected to a server");
    switch (m_scope) {
    case Scope::Channel: {
        if (m_channelId.isEmpty())
            return tr("Choose a channel first");
        const LiveChannel *c = m_session->store()->anyChannel(m_channelId);
        if (!c)
            return {}; // a typed id the store does not know: Asterisk will say
        const Verdict v = m_policy ? m_policy->channel(*c, ChannelAction::SetVariable) : Verdict::yes();
        return v.allowed ? QString() : v.reason;
    }
    case Scope::Bridge: {
        if (m_bridgeId.isEmpty())
            return tr("Choose a bridge first");
        const Verdict v = m_policy ? m_policy->general(Ari::OperationId::BridgesSetBridgeVar) : Verdict::yes();
        return v.allowed ? QString() : v.reason;
    }
    case Scope::Global: {
        const Verdict v = m_policy ? m_policy->general(Ari::OperationId::AsteriskSetGlobalVar) : Verdict::yes();
        return v.allowed ? QString() : v.reason;
    }
    }
    return {};
}

void VariableInspector::updateTarget()
{
    QString info;
    if (!m_session) {
        info = tr("Not connected.");
    } else if (m_scope == Scope::Global) {
        info = tr("The global variables of %1 (GET and POST /asterisk/variable).").arg(m_session->name());
    } else if (m_scope == Scope::Channel) {
        const LiveChannel *c = m_channelId.isEmpty() ? nullptr : m_session->store()->anyChannel(m_channelId);
        if (m_channelId.isEmpty()) {
            info = tr("Select a channel in the channel table, or pick one here.");
        } else if (!c) {
            info = tr("Channel %1 is not in the list; Asterisk will say whether it exists.").arg(m_channelId);
        } else {
            const StateStyle style = StateStyle::forState(c->channel.state, c->onHold);
            QString where;
            if (c->isEnded())
                where = tr("ended at %1").arg(clock(c->endedAtMs));
            else if (c->inStasis())
                where = tr("in Stasis application %1").arg(c->stasisApp);
            else
                where = tr("in the dialplan at %1,%2,%3%4: reading only")
                            .arg(c->channel.dialplan.context, c->channel.dialplan.exten)
                            .arg(c->channel.dialplan.priority)
                            .arg(c->channel.dialplan.appName.isEmpty() ? QString()
                                                                      : u" ("_s + c->channel.dialplan.appName + u')');
            // The state in its colour and with its symbol, never colour alone.
            const QString symbol = c->isEnded() ? u"✕"_s : style.symbol;
            const QString colour = c->isEnded() ? u"#c62828"_s : style.color.name();
            info = u"<span style=\"color:%1\">%2</span> %3 · %4 · %5"_s.arg(
                colour, symbol, (c->isEnded() ? tr("Ended") : style.label).toHtmlEscaped(), c->channel.name.toHtmlEscaped(),
                where.toHtmlEscaped());
        }
    } else {
        const LiveBridge *b = m_bridgeId.isEmpty() ? nullptr : m_session->store()->bridge(m_bridgeId);
        if (m_bridgeId.isEmpty())
            info = tr("Pick a bridge.");
        else if (!b)
            info = tr("Bridge %1 is not in the list; Asterisk will say whether it exists.").arg(m_bridgeId);
        else
            info = tr("Bridge %1 · %2 · %n member(s)", nullptr, int(b->bridge.channels.size()))
                       .arg(b->bridge.name.isEmpty() ? b->bridge.id : b->bridge.name, b->bridge.bridgeType);
    }
    m_targetInfo->setText(info.startsWith(u"<span"_s) ? info : info.toHtmlEscaped());
    updateSeen();
    updateActions();
}

void VariableInspector::updateActions()
{
    const bool haveTarget = m_session && !targetKey().isEmpty();
    const bool haveVariable = !m_variable->currentText().trimmed().isEmpty();
    QString readTip = tr("Read it (Enter)");
    bool canRead = haveTarget;
    if (m_session && m_scope == Scope::Channel && !m_channelId.isEmpty()) {
        if (const LiveChannel *c = m_session->store()->anyChannel(m_channelId); c && m_policy) {
            const Verdict v = m_policy->channel(*c, ChannelAction::GetVariable);
            canRead = v.allowed;
            if (!v.allowed)
                readTip = v.reason;
        }
    } else if (m_scope == Scope::Bridge && m_policy) {
        const Verdict v = m_policy->general(Ari::OperationId::BridgesGetBridgeVar);
        canRead = canRead && v.allowed;
        if (!v.allowed)
            readTip = v.reason;
    }
    if (!haveTarget)
        readTip = m_scope == Scope::Bridge ? tr("Pick a bridge first") : tr("Choose a channel first");
    m_get->setEnabled(canRead && haveVariable);
    m_get->setToolTip(readTip);
    m_getPresets->setEnabled(canRead);
    m_watch->setEnabled(canRead && haveVariable);
    m_interval->setEnabled(canRead);

    const QString refusal = setRefusal();
    const bool canSet = refusal.isEmpty() && haveTarget;
    m_set->setEnabled(canSet && haveVariable);
    m_setSeveral->setEnabled(canSet);
    m_value->setEnabled(canSet);
    const QString setTip = canSet ? tr("Set the variable to this value (Enter)") : refusal;
    m_set->setToolTip(setTip);
    m_setSeveral->setToolTip(canSet ? tr("Set several variables at once (one multi-set where the server has it)")
                                    : refusal);
    m_value->setToolTip(setTip);
    // The reason shows in words, not only in a tooltip.
    const bool explain = !refusal.isEmpty() && haveTarget;
    m_setReason->setVisible(explain);
    m_setReason->setText(explain ? tr("⚠ Setting is not possible: %1").arg(refusal) : QString());
}

void VariableInspector::updateSeen()
{
    struct Row
    {
        QString name;
        QString value;
        qint64 atMs;
    };
    QList<Row> rows;
    if (m_session) {
        if (m_scope == Scope::Channel) {
            if (const LiveChannel *c = m_session->store()->anyChannel(m_channelId)) {
                for (auto it = c->variables.cbegin(); it != c->variables.cend(); ++it)
                    rows.append({it.key(), it->value, it->atMs});
            }
            m_seenTitle->setText(rows.isEmpty() ? tr("No ChannelVarset seen for this channel yet.")
                                                : tr("What the channel reported through ChannelVarset:"));
        } else if (m_scope == Scope::Bridge) {
            if (const LiveBridge *b = m_session->store()->bridge(m_bridgeId)) {
                for (auto it = b->bridge.bridgevars.constBegin(); it != b->bridge.bridgevars.constEnd(); ++it)
                    rows.append({it.key(), it.value().toString(), b->changedAtMs});
            }
            m_seenTitle->setText(tr("The bridge's variables as its last snapshot or event gave them (bridgevars). "
                                    "Asterisk sends no event when a bridge variable changes: read it to be sure."));
        } else {
            for (auto it = m_globalSeen.cbegin(); it != m_globalSeen.cend(); ++it)
                rows.append({it.key(), it->first, it->second});
            m_seenTitle->setText(rows.isEmpty()
                                     ? tr("No global ChannelVarset seen since connecting (Asterisk reports a global "
                                          "variable as ChannelVarset without a channel, to applications that hear of it).")
                                     : tr("Global variables reported through ChannelVarset since connecting:"));
        }
    }
    m_seen->setSortingEnabled(false);
    m_seen->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const Row &r = rows.at(i);
        m_seen->setItem(i, 0, item(r.name));
        m_seen->setItem(i, 1, item(r.value));
        auto *when = item(clock(r.atMs));
        when->setData(Qt::ToolTipRole, QDateTime::fromMSecsSinceEpoch(r.atMs).toString(Qt::ISODateWithMs));
        m_seen->setItem(i, 2, when);
    }
    m_seen->setSortingEnabled(true);
    m_tabs->setTabText(2, rows.isEmpty() ? tr("Reported") : tr("Reported (%1)").arg(rows.size()));
}

void VariableInspector::rememberVariable(const QString &variable)
{
    if (presets(m_scope).contains(variable))
        return;
    m_recent.removeAll(variable);
    m_recent.prepend(variable);
    while (m_recent.size() > 20)
        m_recent.removeLast();
    if (m_variable->findText(variable) < 0) {
        const QSignalBlocker block(m_variable);
        const QString keep = m_variable->currentText();
        if (!presets(m_scope).isEmpty() && m_variable->count() == presets(m_scope).size())
            m_variable->insertSeparator(m_variable->count());
        m_variable->addItem(variable);
        m_variable->setEditText(keep);
    }
    saveSettings();
}

void VariableInspector::get(const QString &variable)
{
    const QString name = variable.trimmed();
    if (!m_session)
        return;
    if (name.isEmpty()) {
        m_message->showError(tr("Type a variable or pick a preset to read."));
        m_variable->setFocus();
        return;
    }
    if (targetKey().isEmpty()) {
        m_message->showError(m_scope == Scope::Bridge ? tr("Pick a bridge to read from.")
                                                      : tr("Select a channel to read from."));
        return;
    }
    if (const LiveChannel *c = m_scope == Scope::Channel ? m_session->store()->anyChannel(m_channelId) : nullptr;
        c && m_policy) {
        if (const Verdict v = m_policy->channel(*c, ChannelAction::GetVariable); !v.allowed) {
            m_message->showError(tr("Not read: %1").arg(v.reason));
            return;
        }
    }
    rememberVariable(name);
    readInto(targetKey(), {name}, VariableReading::Origin::Read);
}

void VariableInspector::getSeveral(const QStringList &variables)
{
    if (!m_session || targetKey().isEmpty())
        return;
    QStringList names;
    for (const QString &v : variables) {
        if (!v.trimmed().isEmpty() && !names.contains(v.trimmed()))
            names.append(v.trimmed());
    }
    if (!names.isEmpty())
        readInto(targetKey(), names, VariableReading::Origin::Read);
}

void VariableInspector::readInto(const QString &target, const QStringList &variables, VariableReading::Origin origin)
{
    if (!m_session)
        return;
    // A multi-get takes a comma-separated list, so a function with commas in it is read on its own.
    QStringList together;
    for (const QString &v : variables) {
        if (v.contains(u','))
            readOne(target, v, origin);
        else
            together.append(v);
    }
    if (together.size() < 2) {
        for (const QString &v : std::as_const(together))
            readOne(target, v, origin);
        return;
    }
    Ari::AriClient *client = m_session->client();
    const auto fallBack = [this, target, together, origin](const Ari::AriError &error) {
        // One missing variable fails a multi-get: read each, so that each says what it is.
        if (error.httpStatus == 404 || error.httpStatus == 409 || error.httpStatus == 405) {
            for (const QString &v : together)
                readOne(target, v, origin);
            return;
        }
        for (const QString &v : together)
            record(target, v, {}, error, origin);
    };
    const auto done = [this, target, together, origin, fallBack](const Ari::Result<Ari::Variables> &r) {
        if (!r.ok())
            return fallBack(r.error);
        for (const QString &v : together) {
            if (r.value.variables.contains(v))
                record(target, v, r.value.variables.value(v).toString(), {}, origin);
            else
                readOne(target, v, origin);
        }
    };
    if (target.startsWith(u"channel:")) {
        const QString id = target.mid(8);
        const LiveChannel *c = m_session->store()->anyChannel(id);
        // The multi-get answers 409 outside Stasis, where single reads still work.
        if (serverHas(int(Ari::OperationId::ChannelsGetChannelVars)) && c && c->inStasis()) {
            client->channels().getChannelVars({.channelId = id, .variables = together}).then(this, done);
            return;
        }
    } else if (target.startsWith(u"bridge:")) {
        if (serverHas(int(Ari::OperationId::BridgesGetBridgeVars))) {
            client->bridges().getBridgeVars({.bridgeId = target.mid(7), .variables = together}).then(this, done);
            return;
        }
    }
    for (const QString &v : together)
        readOne(target, v, origin);
}

void VariableInspector::readOne(const QString &target, const QString &variable, VariableReading::Origin origin)
{
    if (!m_session)
        return;
    Ari::AriClient *client = m_session->client();
    const auto done = [this, target, variable, origin](const Ari::Result<Ari::Variable> &r) {
        record(target, variable, r.value.value, r.error, origin);
    };
    if (target.startsWith(u"channel:"))
        client->channels().getChannelVar({.channelId = target.mid(8), .variable = variable}).then(this, done);
    else if (target.startsWith(u"bridge:"))
        client->bridges().getBridgeVar({.bridgeId = target.mid(7), .variable = variable}).then(this, done);
    else
        client->asterisk().getGlobalVar({.variable = variable}).then(this, done);
}

void VariableInspector::record(const QString &target, const QString &variable, const QString &value,
                               const Ari::AriError &error, VariableReading::Origin origin)
{
    if (error.kind == Ari::AriError::Kind::Aborted)
        return;
    VariableReading reading;
    reading.atMs = QDateTime::currentMSecsSinceEpoch();
    reading.target = target;
    reading.targetLabel = labelFor(target);
    reading.variable = variable;
    reading.value = value;
    reading.origin = origin;
    if (error.isError()) {
        reading.error = error.toString();
        if (error.httpStatus == 404 && error.message.contains(u"variable", Qt::CaseInsensitive))
            reading.error += u" — "_s + tr("it is not set on %1").arg(reading.targetLabel);
    }
    const VariableReading stored = m_history->add(reading);

    const QString watchKey = target + u'\n' + variable;
    if (origin == VariableReading::Origin::Watch) {
        if (auto it = m_watches.find(watchKey); it != m_watches.end()) {
            it->inFlight = false;
            it->lastReadMs = stored.atMs;
            ++it->reads;
            it->lastError = stored.error;
            if (stored.ok()) {
                if (stored.changed)
                    ++it->changes;
                it->lastValue = stored.value;
            }
            // A channel that is gone cannot be watched: stop, and say so.
            const bool gone = error.httpStatus == 404 && target.startsWith(u"channel:")
                && (!m_session || !m_session->store()->channel(target.mid(8)));
            if (gone) {
                m_message->showWarning(tr("Stopped watching %1: %2 is gone.").arg(variable, stored.targetLabel));
                stopWatch(target, variable);
            }
            updateWatches();
        }
    } else if (origin == VariableReading::Origin::Read) {
        if (stored.ok()) {
            m_message->clear();
            // The value read is ready to edit and set, when it is the variable in the field.
            if (variable == m_variable->currentText().trimmed() && target == targetKey() && m_value->isEnabled())
                m_value->setText(value);
        } else {
            m_message->showError(tr("Reading %1 of %2 failed: %3").arg(variable, stored.targetLabel, stored.error));
        }
    }
    Q_EMIT readingAdded(stored);
}

void VariableInspector::set(const QString &variable, const QString &value)
{
    setSeveral({{variable.trimmed(), value}});
}

void VariableInspector::setSeveral(const QList<std::pair<QString, QString>> &variables)
{
    if (!m_session)
        return;
    QList<std::pair<QString, QString>> named;
    for (const auto &[name, value] : variables) {
        if (!name.trimmed().isEmpty())
            named.append({name.trimmed(), value});
    }
    if (named.isEmpty()) {
        m_message->showError(tr("Type the name of the variable to set."));
        m_variable->setFocus();
        return;
    }
    // Refused before anything is sent, with the policy's reason.
    if (const QString refusal = setRefusal(); !refusal.isEmpty()) {
        m_message->showError(tr("Not set: %1").arg(refusal));
        Q_EMIT setFinished(false);
        return;
    }
    const QString target = targetKey();
    if (target.isEmpty())
        return;
    for (const auto &[name, value] : std::as_const(named))
        rememberVariable(name);
    m_set->setEnabled(false);
    Ari::AriClient *client = m_session->client();
    const auto done = [this, target, named](const Ari::Result<void> &r) { afterSet(target, named, r.error); };
    if (named.size() > 1) {
        QJsonObject body;
        for (const auto &[name, value] : std::as_const(named))
            body.insert(name, value);
        if (target.startsWith(u"channel:") && serverHas(int(Ari::OperationId::ChannelsSetChannelVars))) {
            client->channels().setChannelVars({.channelId = target.mid(8), .variables = body}).then(this, done);
            return;
        }
        if (target.startsWith(u"bridge:") && serverHas(int(Ari::OperationId::BridgesSetBridgeVars))) {
            client->bridges().setBridgeVars({.bridgeId = target.mid(7), .variables = body}).then(this, done);
            return;
        }
    }
    // One at a time, in order; the first failure stops the rest.
    auto queue = std::make_shared<QList<std::pair<QString, QString>>>(named);
    // The function holds itself weakly (a strong hold would be a cycle that never frees);
    // each request's answer holds it strongly until the next one goes out.
    auto next = std::make_shared<std::function<void()>>();
    *next = [this, target, named, queue, weakNext = std::weak_ptr(next), client] {
        if (queue->isEmpty()) {
            afterSet(target, named, {});
            return;
        }
        const auto [name, value] = queue->takeFirst();
        const auto step = [this, target, named, next = weakNext.lock()](const Ari::Result<void> &r) {
            if (!r.ok()) {
                afterSet(target, named, r.error);
                return;
            }
            (*next)();
        };
        if (target.startsWith(u"channel:"))
            client->channels().setChannelVar({.channelId = target.mid(8), .variable = name, .value = value}).then(this, step);
        else if (target.startsWith(u"bridge:"))
            client->bridges().setBridgeVar({.bridgeId = target.mid(7), .variable = name, .value = value}).then(this, step);
        else
            client->asterisk().setGlobalVar({.variable = name, .value = value}).then(this, step);
    };
    (*next)();
}

void VariableInspector::afterSet(const QString &target, const QList<std::pair<QString, QString>> &variables,
                                 const Ari::AriError &error)
{
    updateActions();
    if (error.kind == Ari::AriError::Kind::Aborted)
        return;
    const QString label = labelFor(target);
    QStringList names;
    for (const auto &[name, value] : variables)
        names.append(name);
    if (error.isError()) {
        const QString what = tr("Setting %1 on %2 failed").arg(names.join(u", "_s), label);
        m_message->showError(what + u": "_s + error.toString());
        if (m_notifier)
            m_notifier->failed(what, error);
        Q_EMIT setFinished(false);
        return;
    }
    for (const auto &[name, value] : variables) {
        VariableReading reading;
        reading.atMs = QDateTime::currentMSecsSinceEpoch();
        reading.target = target;
        reading.targetLabel = label;
        reading.variable = name;
        reading.value = value;
        reading.origin = VariableReading::Origin::Set;
        Q_EMIT readingAdded(m_history->add(reading));
    }
    m_message->showSuccess(variables.size() == 1
                               ? tr("%1 = \"%2\" set on %3.").arg(variables.first().first, variables.first().second, label)
                               : tr("%n variable(s) set on %1.", nullptr, int(variables.size())).arg(label));
    Q_EMIT setFinished(true);
}

void VariableInspector::openSetSeveral()
{
    if (const QString refusal = setRefusal(); !refusal.isEmpty()) {
        m_message->showError(tr("Not set: %1").arg(refusal));
        return;
    }
    QDialog dialog(this);
    dialog.setObjectName(u"setSeveralDialog"_s);
    dialog.setWindowTitle(tr("Set several variables on %1").arg(labelFor(targetKey())));
    auto *editor = new VariablesEditor(&dialog);
    editor->setObjectName(u"variablesEditor"_s);
    if (!m_variable->currentText().trimmed().isEmpty())
        editor->addRow(m_variable->currentText().trimmed(), m_value->text());
    else
        editor->addRow();
    auto *note = new QLabel(serverHas(int(m_scope == Scope::Bridge ? Ari::OperationId::BridgesSetBridgeVars
                                                                    : Ari::OperationId::ChannelsSetChannelVars))
                                    && m_scope != Scope::Global
                                ? tr("Sent in one request (multi-set).")
                                : tr("This server has no multi-set: they are sent one after another."),
                            &dialog);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Set"));
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(editor, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (const QString dup = editor->duplicateName(); !dup.isEmpty()) {
            note->setText(tr("%1 appears twice: give each variable once.").arg(dup));
            return;
        }
        dialog.accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.resize(460, 280);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QList<std::pair<QString, QString>> vars;
    const QJsonObject json = editor->toJson();
    for (auto it = json.begin(); it != json.end(); ++it)
        vars.append({it.key(), it.value().toString()});
    setSeveral(vars);
}

void VariableInspector::watch(const QString &variable, int seconds)
{
    const QString name = variable.trimmed();
    const QString target = targetKey();
    if (!m_session || name.isEmpty() || target.isEmpty()) {
        m_message->showError(tr("Choose what to watch: a target and a variable."));
        return;
    }
    rememberVariable(name);
    const QString key = target + u'\n' + name;
    Watch &w = m_watches[key];
    w.target = target;
    w.targetLabel = labelFor(target);
    w.variable = name;
    w.seconds = std::max(1, seconds);
    if (!w.timer) {
        w.timer = new QTimer(this);
        connect(w.timer, &QTimer::timeout, this, [this, key] { pollWatch(key); });
    }
    w.timer->start(w.seconds * 1000);
    m_message->showInfo(tr("Watching %1 of %2 every %n s.", nullptr, w.seconds).arg(name, w.targetLabel));
    m_tabs->setCurrentIndex(1);
    updateWatches();
    pollWatch(key);
}

void VariableInspector::pollWatch(const QString &key)
{
    auto it = m_watches.find(key);
    if (it == m_watches.end() || it->inFlight || !m_session)
        return;
    it->inFlight = true;
    readOne(it->target, it->variable, VariableReading::Origin::Watch);
}

void VariableInspector::stopWatch(const QString &targetKey, const QString &variable)
{
    const auto it = m_watches.find(targetKey + u'\n' + variable);
    if (it == m_watches.end())
        return;
    delete it->timer;
    m_watches.erase(it);
    updateWatches();
}

void VariableInspector::stopAllWatches()
{
    for (Watch &w : m_watches)
        delete w.timer;
    m_watches.clear();
    updateWatches();
}

void VariableInspector::updateWatches()
{
    m_watchTable->setSortingEnabled(false);
    m_watchTable->setRowCount(int(m_watches.size()));
    int row = 0;
    for (auto it = m_watches.cbegin(); it != m_watches.cend(); ++it, ++row) {
        const Watch &w = *it;
        auto *name = item(w.variable);
        name->setData(Qt::UserRole + 1, it.key());
        m_watchTable->setItem(row, 0, name);
        m_watchTable->setItem(row, 1, item(w.targetLabel));
        m_watchTable->setItem(row, 2, item(tr("%1 s").arg(w.seconds), w.seconds));
        QString value = w.lastError.isEmpty() ? (w.reads ? (w.lastValue.isEmpty() ? tr("(empty)") : w.lastValue)
                                                         : tr("reading…"))
                                              : u"✕ "_s + w.lastError;
        m_watchTable->setItem(row, 3, item(value));
        m_watchTable->setItem(row, 4, item(w.changes ? tr("▲ %1").arg(w.changes) : tr("none"), w.changes));
        m_watchTable->setItem(row, 5, item(clock(w.lastReadMs), w.lastReadMs));
        m_watchTable->setItem(row, 6, item(QString::number(w.reads), w.reads));
    }
    m_watchTable->setSortingEnabled(true);
    m_tabs->setTabText(1, m_watches.isEmpty() ? tr("Watches") : tr("Watches (%1)").arg(m_watches.size()));
}

void VariableInspector::showHistoryMenu(const QPoint &pos)
{
    const QModelIndex index = m_historyView->indexAt(pos);
    if (!index.isValid())
        return;
    const QModelIndex source = m_historyProxy->mapToSource(index);
    const VariableReading r = m_history->at(source.row());
    QMenu menu(this);
    menu.addAction(tr("Copy value"), this, [r] { QApplication::clipboard()->setText(r.ok() ? r.value : r.error); });
    menu.addAction(tr("Read again"), this, [this, r] { readInto(r.target, {r.variable}, VariableReading::Origin::Read); });
    QAction *watchIt = menu.addAction(tr("Watch it"), this, [this, r] {
        if (r.target == targetKey())
            watch(r.variable, m_interval->value());
    });
    watchIt->setEnabled(r.target == targetKey());
    menu.addAction(tr("Edit and set…"), this, [this, r] {
        m_variable->setEditText(r.variable);
        m_value->setText(r.value);
        m_value->setFocus();
        m_value->selectAll();
    });
    menu.exec(m_historyView->viewport()->mapToGlobal(pos));
}

void VariableInspector::showSeenMenu(const QPoint &pos)
{
    const QModelIndex index = m_seen->indexAt(pos);
    if (!index.isValid())
        return;
    const QString name = m_seen->item(index.row(), 0)->text();
    const QString value = m_seen->item(index.row(), 1)->text();
    QMenu menu(this);
    menu.addAction(tr("Read %1 now").arg(name), this, [this, name] { get(name); });
    menu.addAction(tr("Watch %1").arg(name), this, [this, name] { watch(name, m_interval->value()); });
    menu.addAction(tr("Copy value"), this, [value] { QApplication::clipboard()->setText(value); });
    menu.exec(m_seen->viewport()->mapToGlobal(pos));
}

} // namespace Console
