#include "ui/EventLogView.h"

#include "models/LiveEventFilter.h"
#include "models/ServerSession.h"
#include "models/ServerSet.h"
#include "ui/InlineMessage.h"
#include "ui/Notifier.h"
#include "ui/ServerScope.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Console {

namespace {

constexpr int TypeNameRole = Qt::UserRole + 1;
// A type name no event has: the filter's way of showing nothing when every box is cleared.
const QString s_noType = u"\x01(no type)"_s;

QString number(qint64 n)
{
    return QLocale().toString(n);
}

} // namespace

EventLogView::EventLogView(Notifier *notifier, QWidget *parent)
    : QWidget(parent), m_notifier(notifier), m_filter(new LiveEventFilter(this))
{
    setObjectName(u"eventLogView"_s);
    setAccessibleName(tr("Event log"));
    m_filter->setSortRole(SortRole);
    buildUi();
    m_statusTimer.setInterval(400);
    connect(&m_statusTimer, &QTimer::timeout, this, [this] {
        updateStatus();
        if (m_typeCountsDirty)
            updateTypeCounts();
    });
    m_statusTimer.start();
    restoreSettings();
    updateStatus();
}

EventLogView::~EventLogView()
{
    saveSettings();
}

void EventLogView::buildUi()
{
    m_pause = new QPushButton(style()->standardIcon(QStyle::SP_MediaPause), tr("&Pause"), this);
    m_pause->setObjectName(u"pause"_s);
    m_pause->setCheckable(true);
    m_pause->setToolTip(tr("Hold the view still; events keep arriving and are counted (Ctrl+Shift+P)"));
    m_pausedLabel = new QLabel(this);
    m_pausedLabel->setObjectName(u"pausedCount"_s);
    m_subject = new QComboBox(this);
    m_subject->setObjectName(u"subject"_s);
    m_subject->setAccessibleName(tr("Events concerning"));
    m_subject->addItem(tr("Every channel and bridge"), int(Subject::Any));
    m_subject->addItem(tr("The selected channels (follow)"), int(Subject::Selection));
    m_subject->addItem(tr("This channel:"), int(Subject::Channel));
    m_subject->addItem(tr("This bridge:"), int(Subject::Bridge));
    m_subjectId = new QLineEdit(this);
    m_subjectId->setObjectName(u"subjectId"_s);
    m_subjectId->setAccessibleName(tr("Channel or bridge id"));
    m_subjectId->setPlaceholderText(tr("id"));
    m_subjectId->setClearButtonEnabled(true);
    m_text = new QLineEdit(this);
    m_text->setObjectName(u"textFilter"_s);
    m_text->setAccessibleName(tr("Filter by text"));
    m_text->setPlaceholderText(tr("Text in the event…"));
    m_text->setClearButtonEnabled(true);
    m_export = new QPushButton(tr("&Export…"), this);
    m_export->setObjectName(u"export"_s);
    m_export->setToolTip(tr("Save the events shown, as JSON Lines (one event a line, as Asterisk sent it) (Ctrl+S)"));

    // The type checklist.
    auto *typePane = new QWidget(this);
    m_findType = new QLineEdit(typePane);
    m_findType->setObjectName(u"findType"_s);
    m_findType->setAccessibleName(tr("Find an event type"));
    m_findType->setPlaceholderText(tr("Find a type…"));
    m_findType->setClearButtonEnabled(true);
    m_types = new QListWidget(typePane);
    m_types->setObjectName(u"types"_s);
    m_types->setAccessibleName(tr("Event types shown"));
    m_types->setUniformItemSizes(true);
    for (int i = 1; i < Ari::eventTypeCount; ++i)
        addTypeItem(QString(Ari::eventTypeName(Ari::EventType(i))));
    m_types->sortItems();
    auto *all = new QPushButton(tr("All"), typePane);
    all->setObjectName(u"allTypes"_s);
    all->setToolTip(tr("Show every type"));
    auto *none = new QPushButton(tr("None"), typePane);
    none->setObjectName(u"noTypes"_s);
    none->setToolTip(tr("Clear every box, then tick the types to see"));
    auto *typeButtons = new QHBoxLayout;
    typeButtons->addWidget(all);
    typeButtons->addWidget(none);
    auto *typeLayout = new QVBoxLayout(typePane);
    typeLayout->setContentsMargins(0, 0, 0, 0);
    typeLayout->addWidget(m_findType);
    typeLayout->addWidget(m_types, 1);
    typeLayout->addLayout(typeButtons);

    m_table = new QTableView(this);
    m_table->setObjectName(u"eventLogTable"_s);
    m_table->setAccessibleName(tr("Events"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // arrival order until a header is clicked
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSortIndicatorShown(true);

    auto *detail = new QWidget(this);
    m_jsonTitle = new QLabel(detail);
    m_jsonTitle->setObjectName(u"jsonTitle"_s);
    m_jsonTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_json = new QPlainTextEdit(detail);
    m_json->setObjectName(u"eventJson"_s);
    m_json->setAccessibleName(tr("The selected event as JSON"));
    m_json->setReadOnly(true);
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setPlaceholderText(tr("Select an event to see it whole."));
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_jsonTitle);
    detailLayout->addWidget(m_json, 1);

    m_detailSplit = new QSplitter(Qt::Horizontal, this);
    m_detailSplit->setObjectName(u"eventLogDetailSplit"_s);
    m_detailSplit->addWidget(m_table);
    m_detailSplit->addWidget(detail);
    m_detailSplit->setStretchFactor(0, 3);
    m_detailSplit->setStretchFactor(1, 2);
    m_split = new QSplitter(Qt::Horizontal, this);
    m_split->setObjectName(u"eventLogSplit"_s);
    m_split->addWidget(typePane);
    m_split->addWidget(m_detailSplit);
    m_split->setStretchFactor(0, 0);
    m_split->setStretchFactor(1, 1);
    m_split->setSizes({250, 1100});
    m_detailSplit->setSizes({760, 340});

    m_status = new QLabel(this);
    m_status->setObjectName(u"eventLogStatus"_s);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_message = new InlineMessage(this);
    m_message->setObjectName(u"message"_s);

    m_scope = new ServerScope(this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_scope);
    top->addWidget(m_pause);
    top->addWidget(m_pausedLabel);
    top->addSpacing(8);
    auto *concerning = new QLabel(tr("C&oncerning:"), this);
    concerning->setBuddy(m_subject);
    top->addWidget(concerning);
    top->addWidget(m_subject);
    top->addWidget(m_subjectId, 1);
    top->addWidget(m_text, 2);
    top->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_split, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_status);

    setTabOrder(m_pause, m_subject);
    setTabOrder(m_subject, m_subjectId);
    setTabOrder(m_subjectId, m_text);
    setTabOrder(m_text, m_export);
    setTabOrder(m_export, m_findType);
    setTabOrder(m_findType, m_types);
    setTabOrder(m_types, m_table);
    setTabOrder(m_table, m_json);

    connect(m_pause, &QPushButton::toggled, this, &EventLogView::setPaused);
    connect(m_filter, &LiveEventFilter::arrivalsChanged, this, [this] { updateStatus(); });
    connect(m_subject, &QComboBox::currentIndexChanged, this, [this] {
        applySubject();
        saveSettings();
    });
    connect(m_subjectId, &QLineEdit::textChanged, this, &EventLogView::applySubject);
    connect(m_text, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setText(text);
        m_filter->filtersChanged();
    });
    connect(m_export, &QPushButton::clicked, this, &EventLogView::exportWithDialog);
    connect(m_findType, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int i = 0; i < m_types->count(); ++i) {
            QListWidgetItem *it = m_types->item(i);
            it->setHidden(!it->data(TypeNameRole).toString().contains(text, Qt::CaseInsensitive));
        }
    });
    connect(m_types, &QListWidget::itemChanged, this, [this] {
        applyTypes();
        saveSettings();
    });
    connect(all, &QPushButton::clicked, this, [this] { setCheckedTypes({}); });
    connect(none, &QPushButton::clicked, this, [this] {
        const QSignalBlocker block(m_types);
        for (int i = 0; i < m_types->count(); ++i)
            m_types->item(i)->setCheckState(Qt::Unchecked);
        applyTypes();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &EventLogView::onCurrentChanged);
    connect(m_table, &QWidget::customContextMenuRequested, this, &EventLogView::showMenu);
    // A live tail: while the view is at the bottom, new rows keep it there.
    connect(m_filter, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        const QScrollBar *bar = m_table->verticalScrollBar();
        m_atBottom = bar->value() >= bar->maximum() - 2;
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_atBottom && m_table->horizontalHeader()->sortIndicatorSection() < 0)
            m_table->scrollToBottom();
    });

    auto *pauseAction = new QAction(tr("Pause or resume the event log"), this);
    pauseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    pauseAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(pauseAction, &QAction::triggered, m_pause, &QPushButton::toggle);
    addAction(pauseAction);
    auto *exportAction = new QAction(tr("Export the events shown"), this);
    exportAction->setShortcut(QKeySequence::Save);
    exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(exportAction, &QAction::triggered, this, &EventLogView::exportWithDialog);
    addAction(exportAction);
    applySubject();
}

void EventLogView::addTypeItem(const QString &type)
{
    auto *it = new QListWidgetItem(type);
    it->setData(TypeNameRole, type);
    it->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    it->setCheckState(Qt::Checked);
    const QSignalBlocker block(m_types);
    m_types->addItem(it);
}

void EventLogView::restoreSettings()
{
    QSettings s;
    s.beginGroup(u"eventLog"_s);
    const QStringList hidden = s.value(u"hiddenTypes"_s).toStringList();
    {
        const QSignalBlocker block(m_types);
        for (int i = 0; i < m_types->count(); ++i) {
            QListWidgetItem *it = m_types->item(i);
            it->setCheckState(hidden.contains(it->data(TypeNameRole).toString()) ? Qt::Unchecked : Qt::Checked);
        }
    }
    const int subject = s.value(u"subject"_s, int(Subject::Any)).toInt();
    {
        const QSignalBlocker block(m_subject);
        m_subject->setCurrentIndex(std::max(0, m_subject->findData(subject)));
    }
    m_split->restoreState(s.value(u"split"_s).toByteArray());
    m_detailSplit->restoreState(s.value(u"detailSplit"_s).toByteArray());
    s.endGroup();
    applyTypes();
    applySubject();
}

void EventLogView::saveSettings() const
{
    QSettings s;
    s.beginGroup(u"eventLog"_s);
    QStringList hidden;
    for (int i = 0; i < m_types->count(); ++i) {
        if (m_types->item(i)->checkState() != Qt::Checked)
            hidden.append(m_types->item(i)->data(TypeNameRole).toString());
    }
    s.setValue(u"hiddenTypes"_s, hidden);
    s.setValue(u"subject"_s, m_subject->currentData().toInt());
    s.setValue(u"split"_s, m_split->saveState());
    s.setValue(u"detailSplit"_s, m_detailSplit->saveState());
    s.endGroup();
}

EventLogModel *EventLogView::log() const
{
    if (m_all)
        return m_all;
    return m_session ? m_session->eventLog() : nullptr;
}

void EventLogView::setServers(ServerSet *servers)
{
    m_scope->setServers(servers);
    connect(m_scope, &ServerScope::showsAllChanged, this, &EventLogView::applyScope, Qt::UniqueConnection);
    // With every server shown, the window works on the server of the event picked.
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &index) {
        if (!m_all || !index.isValid() || !m_scope->servers())
            return;
        if (ServerSession *s = m_scope->session(index.siblingAtColumn(0).data(ServerRole).toString()); s && s != m_session) {
            m_scope->servers()->setCurrent(s); // the window follows, and calls setSession()
            m_session = s;
        }
    });
    applyScope();
}

void EventLogView::applyScope()
{
    if (m_scope->showsAll() == (m_all != nullptr))
        return;
    // The merged log exists only while it is shown.
    auto *old = std::exchange(m_all, m_scope->showsAll() ? new AllEventsModel(m_scope->servers(), this) : nullptr);
    attachLog();
    delete old;
    if (m_all) {
        QHeaderView *h = m_table->horizontalHeader();
        if (const int col = m_all->serverColumn(); col < h->count() && h->visualIndex(col) != 1) {
            h->moveSection(h->visualIndex(col), 1); // after the time
            m_table->setColumnWidth(col, 10 * m_table->fontMetrics().horizontalAdvance(u'M'));
        }
    }
}

void EventLogView::setSession(ServerSession *session)
{
    const bool same = m_all != nullptr;
    m_session = session;
    if (same) {
        // Every server's log stays on screen; only the server worked on changes.
        applySubject();
        updateStatus();
        return;
    }
    attachLog();
}

void EventLogView::attachLog()
{
    disconnect(m_insertConnection);
    disconnect(m_removeConnection);
    disconnect(m_resetConnection);
    m_filter->setSourceModel(log());
    // The columns exist once there is a model: wide enough for the usual ids and type names.
    const QFontMetrics fm = m_table->fontMetrics();
    m_table->setColumnWidth(EventLogModel::Time, fm.horizontalAdvance(u"00:00:00.000____"_s));
    m_table->setColumnWidth(EventLogModel::Type, fm.horizontalAdvance(u"ChannelHangupRequest____"_s));
    m_table->setColumnWidth(EventLogModel::Channel, fm.horizontalAdvance(u"lab-1795885274.120____"_s));
    m_table->setColumnWidth(EventLogModel::Bridge, fm.horizontalAdvance(u"demo-call-000___"_s));
    if (EventLogModel *model = log()) {
        m_insertConnection = connect(model, &QAbstractItemModel::rowsInserted, this,
                                     [this](const QModelIndex &, int first, int last) {
                                         EventLogModel *m = log();
                                         for (int row = first; row <= last; ++row)
                                             ++m_typeCounts[m->index(row, 0).data(EventLogModel::TypeRole).toString()];
                                         m_typeCountsDirty = true;
                                     });
        m_removeConnection = connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                                     [this](const QModelIndex &, int first, int last) {
                                         EventLogModel *m = log();
                                         for (int row = first; row <= last; ++row)
                                             --m_typeCounts[m->index(row, 0).data(EventLogModel::TypeRole).toString()];
                                         m_typeCountsDirty = true;
                                     });
        m_resetConnection = connect(model, &QAbstractItemModel::modelReset, this, &EventLogView::recountTypes);
    }
    recountTypes();
    applySubject();
    onCurrentChanged();
    updateStatus();
}

void EventLogView::recountTypes()
{
    m_typeCounts.clear();
    if (EventLogModel *m = log()) {
        for (int row = 0; row < m->rowCount(); ++row)
            ++m_typeCounts[m->index(row, 0).data(EventLogModel::TypeRole).toString()];
    }
    updateTypeCounts();
}

void EventLogView::updateTypeCounts()
{
    m_typeCountsDirty = false;
    QSet<QString> listed;
    for (int i = 0; i < m_types->count(); ++i)
        listed.insert(m_types->item(i)->data(TypeNameRole).toString());
    bool added = false;
    for (auto it = m_typeCounts.cbegin(); it != m_typeCounts.cend(); ++it) {
        if (it.value() > 0 && !listed.contains(it.key())) {
            addTypeItem(it.key()); // a type this version does not know, or an unreadable frame
            added = true;
        }
    }
    if (added)
        m_types->sortItems();
    const QSignalBlocker block(m_types);
    for (int i = 0; i < m_types->count(); ++i) {
        QListWidgetItem *it = m_types->item(i);
        const QString type = it->data(TypeNameRole).toString();
        const int n = m_typeCounts.value(type);
        const QString text = n > 0 ? u"%1  (%2)"_s.arg(type, number(n)) : type;
        if (it->text() != text)
            it->setText(text);
        it->setForeground(n > 0 ? palette().color(QPalette::Text) : palette().color(QPalette::PlaceholderText));
    }
    if (added)
        applyTypes();
}

QStringList EventLogView::checkedTypes() const
{
    QStringList out;
    for (int i = 0; i < m_types->count(); ++i) {
        if (m_types->item(i)->checkState() == Qt::Checked)
            out.append(m_types->item(i)->data(TypeNameRole).toString());
    }
    return out;
}

void EventLogView::setCheckedTypes(const QStringList &types)
{
    {
        const QSignalBlocker block(m_types);
        for (int i = 0; i < m_types->count(); ++i) {
            QListWidgetItem *it = m_types->item(i);
            const bool on = types.isEmpty() || types.contains(it->data(TypeNameRole).toString());
            it->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        }
    }
    applyTypes();
    saveSettings();
}

void EventLogView::applyTypes()
{
    QSet<QString> on;
    bool every = true;
    for (int i = 0; i < m_types->count(); ++i) {
        if (m_types->item(i)->checkState() == Qt::Checked)
            on.insert(m_types->item(i)->data(TypeNameRole).toString());
        else
            every = false;
    }
    if (every)
        on.clear(); // no type filter: types not listed yet show too
    else if (on.isEmpty())
        on.insert(s_noType);
    m_filter->setTypes(on);
    m_filter->filtersChanged();
    updateStatus();
}

void EventLogView::setSubject(Subject subject, const QString &id)
{
    {
        const QSignalBlocker block(m_subject);
        m_subject->setCurrentIndex(m_subject->findData(int(subject)));
    }
    if (subject == Subject::Channel || subject == Subject::Bridge) {
        const QSignalBlocker block(m_subjectId);
        m_subjectId->setText(id);
    }
    applySubject();
    saveSettings();
}

EventLogView::Subject EventLogView::subject() const
{
    return Subject(m_subject->currentData().toInt());
}

void EventLogView::applySubject()
{
    const Subject s = subject();
    const bool typed = s == Subject::Channel || s == Subject::Bridge;
    m_subjectId->setEnabled(typed);
    m_subjectId->setReadOnly(!typed);
    QStringList channels;
    QString bridge;
    switch (s) {
    case Subject::Any:
        m_subjectId->setPlaceholderText(tr("every event"));
        break;
    case Subject::Selection:
        channels = m_selection;
        m_subjectId->setPlaceholderText(m_selection.isEmpty() ? tr("no channel selected: every event") : QString());
        break;
    case Subject::Channel:
        m_subjectId->setPlaceholderText(tr("a channel id"));
        if (!m_subjectId->text().trimmed().isEmpty())
            channels = {m_subjectId->text().trimmed()};
        break;
    case Subject::Bridge:
        m_subjectId->setPlaceholderText(tr("a bridge id"));
        bridge = m_subjectId->text().trimmed();
        break;
    }
    if (s == Subject::Selection) {
        const QSignalBlocker block(m_subjectId);
        QStringList names;
        for (const QString &id : std::as_const(m_selection)) {
            const LiveChannel *c = m_session ? m_session->store()->anyChannel(id) : nullptr;
            names.append(c ? c->channel.name : id);
        }
        m_subjectId->setText(names.join(u", "_s));
    } else if (!typed) {
        const QSignalBlocker block(m_subjectId);
        m_subjectId->clear();
    }
    m_filter->setChannelIds(channels);
    m_filter->setBridgeId(bridge);
    m_filter->filtersChanged();
    updateStatus();
}

void EventLogView::followSelection(const QStringList &channelIds)
{
    m_selection = channelIds;
    if (subject() == Subject::Selection)
        applySubject();
}

void EventLogView::setText(const QString &text)
{
    m_text->setText(text);
}

void EventLogView::setPaused(bool paused)
{
    if (m_pause->isChecked() != paused) {
        m_pause->setChecked(paused); // comes back here through toggled
        return;
    }
    m_filter->setPaused(paused);
    m_pause->setText(paused ? tr("&Resume") : tr("&Pause"));
    m_pause->setIcon(style()->standardIcon(paused ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause));
    if (!paused && m_atBottom)
        m_table->scrollToBottom();
    updateStatus();
}

bool EventLogView::isPaused() const
{
    return m_filter->isPaused();
}

void EventLogView::updateStatus()
{
    if (m_filter->isPaused()) {
        const int arrived = m_filter->arrivedWhilePaused();
        const int matching = m_filter->matchingWhilePaused();
        m_pausedLabel->setText(tr("Paused: %n new event(s) since, %1 of them match", nullptr, arrived).arg(number(matching)));
        m_pause->setText(arrived ? tr("&Resume (%1)").arg(number(matching)) : tr("&Resume"));
        m_pausedLabel->show();
    } else {
        m_pausedLabel->clear();
        m_pausedLabel->hide();
    }
    const EventLogModel *m = log();
    if (!m) {
        m_status->setText(tr("Not connected."));
        return;
    }
    m_status->setText(tr("Showing %1 of %2 events · the log keeps the newest %3 · %4 received since the start")
                          .arg(number(m_filter->rowCount()), number(m->rowCount()), number(m->capacity()),
                               number(qint64(m->totalReceived()))));
}

void EventLogView::onCurrentChanged()
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid()) {
        m_jsonTitle->setText(tr("No event selected."));
        m_json->clear();
        return;
    }
    const QModelIndex row = index.siblingAtColumn(0);
    const QByteArray raw = row.data(EventLogModel::RawRole).toByteArray();
    const QString type = row.data(EventLogModel::TypeRole).toString();
    const QString when = QDateTime::fromMSecsSinceEpoch(row.data(EventLogModel::ArrivalMsRole).toLongLong())
                             .toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s);
    m_jsonTitle->setText(tr("%1 · arrived %2 · %n byte(s)", nullptr, int(raw.size())).arg(type, when));
    m_json->setPlainText(EventLogExport::pretty(raw));
}

QString EventLogView::shownJson() const
{
    return m_json->toPlainText();
}

void EventLogView::showMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    const QModelIndex row = index.siblingAtColumn(0);
    const QString type = row.data(EventLogModel::TypeRole).toString();
    const QString channel = row.data(EventLogModel::ChannelIdRole).toString();
    const QString bridge = row.data(EventLogModel::BridgeIdRole).toString();
    const QByteArray raw = row.data(EventLogModel::RawRole).toByteArray();
    QMenu menu(this);
    menu.addAction(tr("Only %1").arg(type), this, [this, type] { setCheckedTypes({type}); });
    menu.addAction(tr("Hide %1").arg(type), this, [this, type] {
        QStringList types = checkedTypes();
        types.removeAll(type);
        if (types.isEmpty())
            types = {s_noType};
        setCheckedTypes(types);
    });
    if (!channel.isEmpty())
        menu.addAction(tr("Only events of channel %1").arg(channel), this,
                       [this, channel] { setSubject(Subject::Channel, channel); });
    if (!bridge.isEmpty())
        menu.addAction(tr("Only events of bridge %1").arg(bridge), this,
                       [this, bridge] { setSubject(Subject::Bridge, bridge); });
    menu.addSeparator();
    menu.addAction(tr("Copy the event (indented)"), this,
                   [raw] { QApplication::clipboard()->setText(EventLogExport::pretty(raw)); });
    menu.addAction(tr("Copy the event (one line)"), this,
                   [raw] { QApplication::clipboard()->setText(QString::fromUtf8(EventLogExport::compact(raw))); });
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

EventLogExport::Result EventLogView::exportTo(const QString &path)
{
    EventLogExport::Result result;
    QList<QByteArray> events;
    events.reserve(m_filter->rowCount());
    for (int row = 0; row < m_filter->rowCount(); ++row)
        events.append(m_filter->index(row, 0).data(EventLogModel::RawRole).toByteArray());
    QStringList secrets;
    QList<ServerSession *> servers;
    if (m_all && m_scope->servers())
        servers = m_scope->servers()->sessions(); // every server's credentials, when every server's events go out
    else if (m_session)
        servers = {m_session.data()};
    for (ServerSession *server : std::as_const(servers)) {
        const Ari::ConnectionSettings &s = server->connection()->settings();
        secrets += {s.password, s.user + u':' + s.password};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = file.errorString();
    } else {
        result = EventLogExport::write(events, &file, secrets);
        if (result.ok() && !file.commit())
            result.error = file.errorString();
    }
    const QString name = QDir::toNativeSeparators(path);
    if (!result.ok()) {
        const QString text = tr("Could not export to %1: %2").arg(name, result.error);
        m_message->showError(text);
        if (m_notifier)
            m_notifier->error(text);
        return result;
    }
    QString text = tr("Exported %n event(s) to %1.", nullptr, result.written).arg(name);
    if (result.unreadable)
        text += u' ' + tr("%n unreadable frame(s) left out (they were not JSON).", nullptr, result.unreadable);
    if (result.redacted)
        text += u' ' + tr("%n value(s) held a credential and were written as REDACTED.", nullptr, result.redacted);
    m_message->showSuccess(text);
    Q_EMIT exported(path, result.written);
    return result;
}

void EventLogView::exportWithDialog()
{
    QSettings s;
    const QString dir = s.value(u"eventLog/exportDir"_s,
                                QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    const QString suggested = dir + u"/events-"_s + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s) + u".jsonl"_s;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the events shown"), suggested,
                                                      tr("JSON Lines (*.jsonl);;All files (*)"));
    if (path.isEmpty())
        return;
    s.setValue(u"eventLog/exportDir"_s, QFileInfo(path).absolutePath());
    exportTo(path);
}

} // namespace Console
