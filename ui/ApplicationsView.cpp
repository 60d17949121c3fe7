#include "ui/ApplicationsView.h"

#include "models/ActionPolicy.h"
#include "models/ServerSession.h"
#include "ui/InlineMessage.h"
#include "ui/Notifier.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Console {

namespace {

constexpr int SourceRole = Qt::UserRole + 1;

QStringList typesOf(const QJsonArray &array)
{
    QStringList out;
    for (const QJsonValue &v : array) {
        const QString type = v.isObject() ? v.toObject().value(u"type"_s).toString() : v.toString();
        if (!type.isEmpty())
            out.append(type);
    }
    return out;
}

QJsonArray typeArray(const QStringList &types)
{
    QJsonArray out;
    for (const QString &t : types)
        out.append(QJsonObject{{u"type"_s, t}});
    return out;
}

} // namespace

ApplicationsView::ApplicationsView(ServerSession *session, Notifier *notifier, const ActionPolicy *policy,
                                   QWidget *parent)
    : QWidget(parent), m_session(session), m_notifier(notifier), m_policy(policy),
      m_model(new ApplicationModel(session->store(), this))
{
    setAccessibleName(tr("Applications"));

    m_refresh = new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Refresh"), this);
    m_refresh->setObjectName(u"refresh"_s);
    m_refresh->setToolTip(tr("Read the applications and their subscriptions again (GET /applications)"));
    m_status = new QLabel(this);
    m_status->setForegroundRole(QPalette::PlaceholderText);

    m_table = new QTableView(this);
    m_table->setObjectName(u"applications"_s);
    m_table->setAccessibleName(tr("Applications"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setAlternatingRowColors(true);
    m_table->setMaximumHeight(m_table->verticalHeader()->defaultSectionSize() * 4
                              + m_table->horizontalHeader()->sizeHint().height() + 4);

    // Subscriptions: what the application hears of, and the builder for another source.
    auto *subsPage = new QWidget(this);
    m_subsTitle = new QLabel(subsPage);
    m_subsTitle->setWordWrap(true);
    m_subscriptions = new QListWidget(subsPage);
    m_subscriptions->setObjectName(u"subscriptions"_s);
    m_subscriptions->setAccessibleName(tr("Subscriptions"));
    m_subscriptions->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_unsubscribe = new QPushButton(tr("&Unsubscribe"), subsPage);
    m_unsubscribe->setObjectName(u"unsubscribe"_s);
    m_kind = new QComboBox(subsPage);
    m_kind->setObjectName(u"sourceKind"_s);
    m_kind->setAccessibleName(tr("Event source kind"));
    m_kind->addItem(tr("Channel"), int(SourceKind::Channel));
    m_kind->addItem(tr("Bridge"), int(SourceKind::Bridge));
    m_kind->addItem(tr("Endpoint"), int(SourceKind::Endpoint));
    m_kind->addItem(tr("Device state"), int(SourceKind::DeviceState));
    m_source = new QComboBox(subsPage);
    m_source->setObjectName(u"source"_s);
    m_source->setEditable(true);
    m_source->setInsertPolicy(QComboBox::NoInsert);
    m_source->setAccessibleName(tr("Event source"));
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_source->setMinimumContentsLength(24);
    m_subscribe = new QPushButton(tr("&Subscribe"), subsPage);
    m_subscribe->setObjectName(u"subscribe"_s);
    auto *builder = new QHBoxLayout;
    auto *toLabel = new QLabel(tr("Subscribe &to:"), subsPage);
    toLabel->setBuddy(m_kind);
    builder->addWidget(toLabel);
    builder->addWidget(m_kind);
    builder->addWidget(m_source, 1);
    builder->addWidget(m_subscribe);
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_subscriptions, 1);
    auto *listButtons = new QVBoxLayout;
    listButtons->addWidget(m_unsubscribe);
    listButtons->addStretch();
    listRow->addLayout(listButtons);
    auto *subsLayout = new QVBoxLayout(subsPage);
    subsLayout->addWidget(m_subsTitle);
    subsLayout->addLayout(listRow, 1);
    subsLayout->addLayout(builder);

    // The event filter: per type, allowed and/or disallowed.
    auto *filterPage = new QWidget(this);
    m_findType = new QLineEdit(filterPage);
    m_findType->setObjectName(u"findType"_s);
    m_findType->setAccessibleName(tr("Find an event type"));
    m_findType->setPlaceholderText(tr("Find an event type…"));
    m_findType->setClearButtonEnabled(true);
    m_filter = new QTableWidget(0, 3, filterPage);
    m_filter->setObjectName(u"eventFilter"_s);
    m_filter->setAccessibleName(tr("Event filter"));
    m_filter->setHorizontalHeaderLabels({tr("Event type"), tr("Allowed"), tr("Disallowed")});
    m_filter->verticalHeader()->hide();
    m_filter->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_filter->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_filter->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_filter->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_filter->setTabKeyNavigation(false);
    m_filter->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_filter->verticalHeader()->setDefaultSectionSize(m_filter->fontMetrics().height() + 8);
    for (int i = 1; i < Ari::eventTypeCount; ++i) {
        const QString type = QString(Ari::eventTypeName(Ari::EventType(i)));
        const int row = m_filter->rowCount();
        m_filter->insertRow(row);
        auto *name = new QTableWidgetItem(type);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_filter->setItem(row, 0, name);
        for (int col = 1; col <= 2; ++col) {
            auto *check = new QTableWidgetItem;
            check->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            check->setCheckState(Qt::Unchecked);
            m_filter->setItem(row, col, check);
        }
    }
    m_filter->sortItems(0);
    m_filterSummary = new QLabel(filterPage);
    m_filterSummary->setWordWrap(true);
    m_applyFilter = new QPushButton(tr("A&pply filter"), filterPage);
    m_applyFilter->setObjectName(u"applyFilter"_s);
    m_clearFilter = new QPushButton(tr("Clear &filter"), filterPage);
    m_clearFilter->setObjectName(u"clearFilter"_s);
    m_clearFilter->setToolTip(tr("Let every event type through again"));
    auto *filterButtons = new QHBoxLayout;
    filterButtons->addWidget(m_filterSummary, 1);
    filterButtons->addWidget(m_clearFilter);
    filterButtons->addWidget(m_applyFilter);
    auto *filterLayout = new QVBoxLayout(filterPage);
    filterLayout->addWidget(m_findType);
    filterLayout->addWidget(m_filter, 1);
    filterLayout->addLayout(filterButtons);

    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Application details"));
    m_tabs->addTab(subsPage, tr("Subscriptions"));
    m_tabs->addTab(filterPage, tr("Event filter"));

    m_message = new InlineMessage(this);
    m_message->setObjectName(u"message"_s);

    auto *top = new QHBoxLayout;
    top->addWidget(m_refresh);
    top->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);

    setTabOrder(m_refresh, m_table);
    setTabOrder(m_table, m_tabs);
    setTabOrder(m_tabs, m_subscriptions);
    setTabOrder(m_subscriptions, m_unsubscribe);
    setTabOrder(m_unsubscribe, m_kind);
    setTabOrder(m_kind, m_source);
    setTabOrder(m_source, m_subscribe);
    setTabOrder(m_subscribe, m_findType);
    setTabOrder(m_findType, m_filter);
    setTabOrder(m_filter, m_clearFilter);
    setTabOrder(m_clearFilter, m_applyFilter);

    // A busy server changes channels hundreds of times a second: the picker
    // follows at most once a second, and only while the view is shown.
    m_pickerRefresh.setSingleShot(true);
    m_pickerRefresh.setInterval(1000);
    connect(&m_pickerRefresh, &QTimer::timeout, this, &ApplicationsView::fillPicker);

    connect(m_refresh, &QPushButton::clicked, this, &ApplicationsView::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ApplicationsView::onSelection);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_current.isEmpty())
            selectApplication(m_session ? m_session->connection()->settings().apps.value(0) : QString());
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_source->setEditText(QString());
        fillPicker();
        m_source->setFocus();
    });
    connect(m_subscribe, &QPushButton::clicked, this, &ApplicationsView::subscribe);
    connect(m_source->lineEdit(), &QLineEdit::returnPressed, this, &ApplicationsView::subscribe);
    connect(m_unsubscribe, &QPushButton::clicked, this, &ApplicationsView::unsubscribe);
    connect(m_subscriptions, &QListWidget::itemSelectionChanged, this, &ApplicationsView::updateActions);
    connect(m_applyFilter, &QPushButton::clicked, this, [this] { applyFilter(false); });
    connect(m_clearFilter, &QPushButton::clicked, this, [this] { applyFilter(true); });
    connect(m_findType, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int row = 0; row < m_filter->rowCount(); ++row)
            m_filter->setRowHidden(row, !m_filter->item(row, 0)->text().contains(text, Qt::CaseInsensitive));
    });
    // A type cannot be both allowed and disallowed: checking one clears the other.
    connect(m_filter, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == 0 || item->checkState() != Qt::Checked)
            return;
        QTableWidgetItem *other = m_filter->item(item->row(), item->column() == 1 ? 2 : 1);
        if (other && other->checkState() == Qt::Checked)
            other->setCheckState(Qt::Unchecked);
    });
    connect(session->store(), &Store::changed, this, [this](Entity entity, const QString &id, Change) {
        if (entity == Entity::Application && id == m_current) {
            showDetails();
            return;
        }
        const auto kind = SourceKind(m_kind->currentData().toInt());
        const bool relevant = (entity == Entity::Channel && kind == SourceKind::Channel)
            || (entity == Entity::Bridge && kind == SourceKind::Bridge)
            || (entity == Entity::Endpoint && kind == SourceKind::Endpoint)
            || (entity == Entity::DeviceState && kind == SourceKind::DeviceState);
        if (relevant && !m_pickerRefresh.isActive())
            m_pickerRefresh.start();
    });

    fillPicker();
    if (m_model->rowCount() > 0)
        selectApplication(session->connection()->settings().apps.value(0));
    showDetails();
}

ApplicationsView::~ApplicationsView() = default;

QString ApplicationsView::schemeOf(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Channel: return u"channel:"_s;
    case SourceKind::Bridge: return u"bridge:"_s;
    case SourceKind::Endpoint: return u"endpoint:"_s;
    case SourceKind::DeviceState: return u"deviceState:"_s;
    }
    return {};
}

void ApplicationsView::selectApplication(const QString &name)
{
    m_model->flush();
    int row = m_model->rowOf(name);
    if (row < 0 && m_model->rowCount() > 0 && name.isEmpty())
        row = 0;
    if (row < 0)
        return;
    m_table->selectRow(row);
}

void ApplicationsView::onSelection()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    m_current = rows.isEmpty() ? QString() : m_model->idAt(rows.first().row());
    m_message->clear();
    showDetails();
}

QString ApplicationsView::describeSource(const QString &scheme, const QString &id) const
{
    if (!m_session)
        return id;
    const Store *store = m_session->store();
    if (scheme == u"channel:") {
        if (const LiveChannel *c = store->anyChannel(id))
            return tr("Channel %1 (%2)").arg(c->channel.name, id);
        return tr("Channel %1").arg(id);
    }
    if (scheme == u"bridge:") {
        const LiveBridge *b = store->bridge(id);
        if (b && !b->bridge.name.isEmpty())
            return tr("Bridge %1 (%2)").arg(b->bridge.name, id);
        return tr("Bridge %1").arg(id);
    }
    if (scheme == u"endpoint:")
        return tr("Endpoint %1").arg(id);
    return tr("Device state %1").arg(id);
}

void ApplicationsView::showDetails()
{
    const Ari::Application *app = nullptr;
    if (m_session)
        app = m_session->store()->applications().contains(m_current)
            ? &*m_session->store()->applications().constFind(m_current)
            : nullptr;
    const QStringList selected = [this] {
        QStringList out;
        const auto items = m_subscriptions->selectedItems();
        for (const QListWidgetItem *i : items)
            out.append(i->data(SourceRole).toString());
        return out;
    }();
    m_subscriptions->clear();
    if (!app) {
        m_subsTitle->setText(m_current.isEmpty() ? tr("Choose an application above.")
                                                 : tr("%1 is no longer registered.").arg(m_current));
        m_filterSummary->clear();
        updateActions();
        return;
    }
    const auto add = [&](const QString &scheme, const QStringList &ids) {
        for (const QString &id : ids) {
            const QString source = scheme + id;
            auto *item = new QListWidgetItem(describeSource(scheme, id), m_subscriptions);
            item->setData(SourceRole, source);
            item->setToolTip(source);
            if (selected.contains(source))
                item->setSelected(true);
        }
    };
    add(u"channel:"_s, app->channelIds);
    add(u"bridge:"_s, app->bridgeIds);
    add(u"endpoint:"_s, app->endpointIds);
    add(u"deviceState:"_s, app->deviceNames);
    const qsizetype n = m_subscriptions->count();
    m_subsTitle->setText(n == 0 ? tr("%1 is subscribed to nothing explicitly: it hears of the channels in it, "
                                     "and of everything when it connected with subscribeAll.").arg(app->name)
                                : tr("Sources %1 hears of (%2):").arg(app->name).arg(n));
    fillFilter(*app);
    updateActions();
}

void ApplicationsView::fillFilter(const Ari::Application &app)
{
    const QStringList allowed = typesOf(app.eventsAllowed);
    const QStringList disallowed = typesOf(app.eventsDisallowed);
    QSet<QString> known;
    const QSignalBlocker block(m_filter);
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QString type = m_filter->item(row, 0)->text();
        known.insert(type);
        m_filter->item(row, 1)->setCheckState(allowed.contains(type) ? Qt::Checked : Qt::Unchecked);
        m_filter->item(row, 2)->setCheckState(disallowed.contains(type) ? Qt::Checked : Qt::Unchecked);
    }
    // A type this version does not know still shows, so that applying the filter keeps it.
    for (const QString &type : allowed + disallowed) {
        if (known.contains(type))
            continue;
        known.insert(type);
        const int row = m_filter->rowCount();
        m_filter->insertRow(row);
        auto *name = new QTableWidgetItem(type);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_filter->setItem(row, 0, name);
        for (int col = 1; col <= 2; ++col) {
            auto *check = new QTableWidgetItem;
            check->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            check->setCheckState((col == 1 ? allowed : disallowed).contains(type) ? Qt::Checked : Qt::Unchecked);
            m_filter->setItem(row, col, check);
        }
    }
    if (allowed.isEmpty() && disallowed.isEmpty())
        m_filterSummary->setText(tr("No filter: every event type reaches %1.").arg(app.name));
    else if (allowed.isEmpty())
        m_filterSummary->setText(tr("Every type except the disallowed ones (%1).").arg(disallowed.size()));
    else if (disallowed.isEmpty())
        m_filterSummary->setText(tr("Only the allowed types (%1).").arg(allowed.size()));
    else
        m_filterSummary->setText(tr("Only the allowed types (%1), minus the disallowed ones (%2).")
                                     .arg(allowed.size())
                                     .arg(disallowed.size()));
}

void ApplicationsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_pickerStale)
        fillPicker();
}

void ApplicationsView::fillPicker()
{
    if (!m_session)
        return;
    if (!isVisible()) {
        m_pickerStale = true;
        return;
    }
    m_pickerStale = false;
    const Store *store = m_session->store();
    const QString keep = m_source->currentText();
    QList<std::pair<QString, QString>> items; // (label, id)
    switch (SourceKind(m_kind->currentData().toInt())) {
    case SourceKind::Channel:
        for (const LiveChannel &c : store->channels())
            items.append({c.channel.name + u"  ("_s + c.channel.id + u')', c.channel.id});
        m_source->lineEdit()->setPlaceholderText(tr("a channel id"));
        break;
    case SourceKind::Bridge:
        for (const LiveBridge &b : store->bridges())
            items.append({b.bridge.name.isEmpty() ? b.bridge.id : b.bridge.name + u"  ("_s + b.bridge.id + u')',
                          b.bridge.id});
        m_source->lineEdit()->setPlaceholderText(tr("a bridge id"));
        break;
    case SourceKind::Endpoint:
        for (const Ari::Endpoint &e : store->endpoints())
            items.append({Store::endpointKey(e), Store::endpointKey(e)});
        m_source->lineEdit()->setPlaceholderText(tr("technology[/resource], e.g. PJSIP/1001"));
        break;
    case SourceKind::DeviceState:
        for (const Ari::DeviceState &d : store->deviceStates())
            items.append({d.name, d.name});
        m_source->lineEdit()->setPlaceholderText(tr("a device, e.g. Stasis:agent1"));
        break;
    }
    std::sort(items.begin(), items.end());
    const QSignalBlocker block(m_source);
    m_source->clear();
    for (const auto &[label, id] : std::as_const(items))
        m_source->addItem(label, id);
    m_source->setCurrentIndex(-1);
    m_source->setEditText(keep);
}

QString ApplicationsView::eventSource() const
{
    const QString text = m_source->currentText().trimmed();
    if (text.isEmpty())
        return {};
    const int index = m_source->findText(text);
    const QString id = index >= 0 ? m_source->itemData(index).toString() : text;
    return schemeOf(SourceKind(m_kind->currentData().toInt())) + id;
}

void ApplicationsView::updateActions()
{
    const bool haveApp = m_session && m_session->store()->applications().contains(m_current);
    const Ari::OperationId ops[] = {Ari::OperationId::ApplicationsSubscribe, Ari::OperationId::ApplicationsUnsubscribe,
                                    Ari::OperationId::ApplicationsFilter};
    QPushButton *buttons[][2] = {{m_subscribe, nullptr}, {m_unsubscribe, nullptr}, {m_applyFilter, m_clearFilter}};
    const QString help[][2] = {
        {tr("Subscribe the application to this event source"), {}},
        {tr("Stop the application hearing of the selected sources"), {}},
        {tr("Send this filter (PUT /applications/{name}/eventFilter)"), tr("Let every event type through again")}};
    for (int i = 0; i < 3; ++i) {
        const Verdict v = m_policy ? m_policy->general(ops[i]) : Verdict::yes();
        for (int j = 0; j < 2; ++j) {
            QPushButton *b = buttons[i][j];
            if (!b)
                continue;
            bool enabled = v.allowed && haveApp;
            QString tip = help[i][j];
            if (!v.allowed)
                tip = v.reason;
            else if (!haveApp)
                tip = tr("Choose an application first");
            else if (b == m_unsubscribe && m_subscriptions->selectedItems().isEmpty()) {
                enabled = false;
                tip = tr("Select the subscriptions to remove");
            }
            b->setEnabled(enabled);
            b->setToolTip(tip);
        }
    }
    const bool writable = !m_policy || m_policy->general(Ari::OperationId::ApplicationsFilter).allowed;
    m_filter->setEnabled(writable && haveApp);
    m_source->setEnabled(m_subscribe->isEnabled());
    m_kind->setEnabled(m_subscribe->isEnabled());
}

void ApplicationsView::refresh()
{
    if (!m_session)
        return;
    m_refresh->setEnabled(false);
    m_status->setText(tr("Reading…"));
    m_session->client()->applications().list().then(this, [this](const Ari::Result<QList<Ari::Application>> &r) {
        m_refresh->setEnabled(true);
        if (!r.ok()) {
            m_status->clear();
            failed(tr("Reading the applications failed"), r.error);
            return;
        }
        Snapshot snapshot;
        snapshot.applications = r.value;
        Store *store = m_session->store();
        store->applySnapshot(snapshot, store->lastSyncedMs());
        m_model->flush();
        m_status->setText(tr("Applications: %1, read at %2")
                              .arg(r.value.size())
                              .arg(QTime::currentTime().toString(u"HH:mm:ss"_s)));
        if (m_current.isEmpty())
            selectApplication(m_session->connection()->settings().apps.value(0));
        showDetails();
    });
}

void ApplicationsView::storeApplication(const Ari::Application &app)
{
    // Subscriptions raise no event: the answer is the new truth for that application.
    Store *store = m_session->store();
    QList<Ari::Application> apps = store->applications().values();
    apps.removeIf([&](const Ari::Application &a) { return a.name == app.name; });
    apps.append(app);
    Snapshot snapshot;
    snapshot.applications = apps;
    store->applySnapshot(snapshot, store->lastSyncedMs());
    m_model->flush();
    showDetails();
    Q_EMIT applicationChanged(app.name);
}

void ApplicationsView::failed(const QString &what, const Ari::AriError &error)
{
    QString text = what + u": "_s + error.toString();
    if (error.httpStatus == 422 && error.message.contains(u"does not exist"))
        text += u"\n"_s + tr("Asterisk does not know that source: check the id, or pick one from the list.");
    else if (error.httpStatus == 422 && error.message.contains(u"not subscribed"))
        text += u"\n"_s + tr("The application was not subscribed to it (any more).");
    m_message->showError(text);
    if (m_notifier)
        m_notifier->failed(what, error);
}

void ApplicationsView::subscribe()
{
    if (!m_session || !m_subscribe->isEnabled())
        return;
    const QString source = eventSource();
    if (source.isEmpty()) {
        m_message->showError(tr("Pick or type the %1 to subscribe to.").arg(m_kind->currentText().toLower()));
        m_source->setFocus();
        return;
    }
    const QString app = m_current;
    m_subscribe->setEnabled(false);
    m_session->client()
        ->applications()
        .subscribe({.applicationName = app, .eventSource = {source}})
        .then(this, [this, app, source](const Ari::Result<Ari::Application> &r) {
            updateActions();
            if (!r.ok()) {
                failed(tr("Subscribing %1 to %2 failed").arg(app, source), r.error);
                return;
            }
            m_source->setEditText(QString());
            m_message->showSuccess(tr("%1 now hears of %2.").arg(app, source));
            storeApplication(r.value);
        });
}

void ApplicationsView::unsubscribe()
{
    if (!m_session)
        return;
    QStringList sources;
    const auto items = m_subscriptions->selectedItems();
    for (const QListWidgetItem *i : items)
        sources.append(i->data(SourceRole).toString());
    if (sources.isEmpty())
        return;
    const QString app = m_current;
    m_unsubscribe->setEnabled(false);
    m_session->client()
        ->applications()
        .unsubscribe({.applicationName = app, .eventSource = sources})
        .then(this, [this, app, sources](const Ari::Result<Ari::Application> &r) {
            updateActions();
            if (!r.ok()) {
                failed(tr("Unsubscribing %1 failed").arg(app), r.error);
                return;
            }
            m_message->showSuccess(tr("%1 no longer hears of %2.").arg(app, sources.join(u", "_s)));
            storeApplication(r.value);
        });
}

void ApplicationsView::applyFilter(bool clear)
{
    if (!m_session || m_current.isEmpty())
        return;
    QStringList allowed, disallowed;
    if (!clear) {
        for (int row = 0; row < m_filter->rowCount(); ++row) {
            const QString type = m_filter->item(row, 0)->text();
            if (m_filter->item(row, 1)->checkState() == Qt::Checked)
                allowed.append(type);
            if (m_filter->item(row, 2)->checkState() == Qt::Checked)
                disallowed.append(type);
        }
    }
    const QJsonObject body{{u"allowed"_s, typeArray(allowed)}, {u"disallowed"_s, typeArray(disallowed)}};
    const QString app = m_current;
    m_applyFilter->setEnabled(false);
    m_clearFilter->setEnabled(false);
    m_session->client()
        ->applications()
        .filter({.applicationName = app, .filter = body})
        .then(this, [this, app, clear](const Ari::Result<Ari::Application> &r) {
            updateActions();
            if (!r.ok()) {
                failed(tr("Changing the event filter of %1 failed").arg(app), r.error);
                return;
            }
            m_message->showSuccess(clear ? tr("%1 gets every event type again.").arg(app)
                                         : tr("The event filter of %1 is set.").arg(app));
            storeApplication(r.value);
        });
}

} // namespace Console
