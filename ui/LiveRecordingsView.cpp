#include "ui/LiveRecordingsView.h"

#include "models/ChannelModel.h"
#include "models/ValueListModels.h"
#include "ui/MediaController.h"
#include "ui/PlayDialog.h"
#include "ui/RecordDialog.h"
#include "ui/MediaStateDelegate.h"

#include <QAction>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Console {

namespace {

enum RecordingColumn : int { Name, Format, Target, State, Duration, Talking, Silence };

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// Says what Asterisk does not: the time so far, and "muted"; names channel targets.
class LiveRecordingProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QPointer<ServerSession> session;
    MediaController *media = nullptr;
    const LiveRecordingsView *view = nullptr;

    QVariant data(const QModelIndex &index, int role) const override
    {
        const QString name = QSortFilterProxyModel::data(index.siblingAtColumn(Name), IdRole).toString();
        if (role == Qt::DisplayRole) {
            const QString own = QSortFilterProxyModel::data(index, role).toString();
            switch (index.column()) {
            case Duration:
                if (own.isEmpty())
                    return QString(u"≈ "_s + ChannelModel::formatDuration(view->elapsedMs(name)));
                break;
            case State:
                if (media && media->isMuted(name))
                    return QCoreApplication::translate("LiveRecordingsView", "%1 · muted")
                        .arg(MediaStateDelegate::styleFor(index.data(StateRole).toString()).label);
                break;
            case Target:
                if (own.startsWith(u"channel:") && session) {
                    if (const LiveChannel *lc = session->store()->anyChannel(own.mid(8)))
                        return lc->channel.name;
                } else if (own.startsWith(u"bridge:")) {
                    return QCoreApplication::translate("LiveRecordingsView", "bridge %1").arg(own.mid(7));
                }
                break;
            default:
                break;
            }
            return own;
        }
        if (role == Qt::ToolTipRole) {
            if (index.column() == Duration && QSortFilterProxyModel::data(index, Qt::DisplayRole).toString().isEmpty())
                return QCoreApplication::translate("LiveRecordingsView",
                                                   "Counted by the console since the recording started; Asterisk "
                                                   "reports the duration when it ends");
            if (index.column() == Talking || index.column() == Silence)
                return QCoreApplication::translate("LiveRecordingsView",
                                                   "Asterisk reports talking and silence time only with a maximum "
                                                   "silence set, when the recording ends");
            if (index.column() == Target)
                return QSortFilterProxyModel::data(index, Qt::DisplayRole);
        }
        return QSortFilterProxyModel::data(index, role);
    }
};

} // namespace

LiveRecordingsView::LiveRecordingsView(MediaController *media, QWidget *parent)
    : QWidget(parent), m_media(media), m_proxy(new LiveRecordingProxy(this)), m_table(new QTableView), m_count(new QLabel)
{
    setObjectName(u"liveRecordingsView"_s);
    struct Op
    {
        QString op;
        QString text;
        QKeySequence key;
        QString help;
    };
    const QList<Op> ops = {
        {u"stop"_s, tr("Stop && keep"), QKeySequence(u"Ctrl+Return"_s), tr("Stop and keep the recording (Ctrl+Enter)")},
        {u"cancel"_s, tr("Cancel…"), QKeySequence::Delete, tr("Stop and throw the recording away (Del)")},
        {u"pause"_s, tr("Pause"), QKeySequence(u"Space"_s), tr("Pause the recording (Space)")},
        {u"unpause"_s, tr("Resume"), QKeySequence(u"Shift+Space"_s), tr("Resume the paused recording (Shift+Space)")},
        {u"mute"_s, tr("Mute"), QKeySequence(u"M"_s), tr("Record silence instead of the audio (M)")},
        {u"unmute"_s, tr("Unmute"), QKeySequence(u"Shift+M"_s), tr("Record the audio again (Shift+M)")},
    };
    auto *bar = new QToolBar;
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (const Op &o : ops) {
        auto *a = new QAction(o.text, this);
        a->setObjectName(u"recording_"_s + o.op);
        a->setShortcut(o.key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setData(o.help);
        a->setStatusTip(o.help);
        connect(a, &QAction::triggered, this, [this, op = o.op] {
            const QString name = currentRecording();
            if (name.isEmpty())
                return;
            if (op == u"cancel" && m_confirmCancel
                && QMessageBox::question(this, tr("Cancel recording"),
                                         tr("Stop recording \"%1\" and throw away what was recorded?").arg(name))
                       != QMessageBox::Yes)
                return;
            m_media->controlRecording(name, op);
        });
        m_actions.insert(o.op, a);
        bar->addAction(a);
        m_table->addAction(a);
    }
    m_count->setObjectName(u"liveRecordingCount"_s);

    auto *proxy = static_cast<LiveRecordingProxy *>(m_proxy);
    proxy->media = media;
    proxy->view = this;
    m_proxy->setSortRole(SortRole);
    m_proxy->setDynamicSortFilter(true);
    m_table->setObjectName(u"liveRecordingTable"_s);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    m_table->setAccessibleName(tr("Recordings in progress"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new MediaStateDelegate(State, this));
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QTableView::customContextMenuRequested, this, [this](const QPoint &pos) {
        updateActions();
        QMenu menu(this);
        for (const QString &op : {u"stop"_s, u"cancel"_s, u"pause"_s, u"unpause"_s, u"mute"_s, u"unmute"_s})
            menu.addAction(m_actions.value(op));
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });

    auto *top = new QHBoxLayout;
    top->addWidget(bar);
    top->addStretch(1);
    top->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table);

    for (auto sig : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, sig, this, &LiveRecordingsView::updateActions);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &LiveRecordingsView::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &LiveRecordingsView::updateActions);
    connect(media, &MediaController::mutedChanged, this, [this] {
        updateActions();
        m_table->viewport()->update();
    });
    // The time so far ticks.
    auto *tick = new QTimer(this);
    tick->setInterval(1000);
    connect(tick, &QTimer::timeout, this, [this] {
        if (m_proxy->rowCount() > 0)
            m_table->viewport()->update();
    });
    tick->start();
    updateActions();
}

void LiveRecordingsView::setSession(ServerSession *session)
{
    if (m_session)
        disconnect(m_session->store(), nullptr, this, nullptr);
    m_session = session;
    static_cast<LiveRecordingProxy *>(m_proxy)->session = session;
    m_clocks.clear();
    auto *old = m_model;
    m_model = session ? new LiveRecordingModel(session->store(), this) : nullptr;
    m_proxy->setSourceModel(m_model);
    delete old;
    if (session) {
        for (const Ari::LiveRecording &r : session->store()->liveRecordings())
            m_clocks.insert(r.name, Clock{nowMs(), 0, 0});
        connect(session->store(), &Store::changed, this, &LiveRecordingsView::onStoreChanged);
        connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &LiveRecordingsView::updateActions, Qt::UniqueConnection);
        const int em = m_table->fontMetrics().horizontalAdvance(u'M');
        const int widths[] = {16, 5, 18, 10, 6, 6, 6};
        for (int c = 0; c < 7; ++c)
            m_table->setColumnWidth(c, widths[c] * em);
    }
    updateActions();
}

void LiveRecordingsView::onStoreChanged(Entity entity, const QString &name, Change change)
{
    if (entity != Entity::LiveRecording)
        return;
    if (change == Change::Removed) {
        m_clocks.remove(name);
        return;
    }
    Clock &c = m_clocks[name];
    if (!c.startedMs)
        c.startedMs = nowMs();
    const auto &all = m_session->store()->liveRecordings();
    const auto it = all.constFind(name);
    const QString state = it == all.cend() ? QString() : it->state;
    if (state == u"paused" && !c.pausedAtMs)
        c.pausedAtMs = nowMs();
    else if (state != u"paused" && c.pausedAtMs)
        c.pausedTotalMs += nowMs() - std::exchange(c.pausedAtMs, 0);
}

qint64 LiveRecordingsView::elapsedMs(const QString &name) const
{
    const auto it = m_clocks.constFind(name);
    if (it == m_clocks.cend() || !it->startedMs)
        return 0;
    const qint64 end = it->pausedAtMs ? it->pausedAtMs : nowMs();
    return std::max<qint64>(0, end - it->startedMs - it->pausedTotalMs);
}

QString LiveRecordingsView::currentRecording() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? i.siblingAtColumn(0).data(IdRole).toString() : QString();
}

void LiveRecordingsView::selectRecording(const QString &name)
{
    if (!m_model)
        return;
    m_model->flush();
    const QModelIndex i = m_proxy->mapFromSource(m_model->indexOf(name));
    if (i.isValid()) {
        m_table->setCurrentIndex(i);
        m_table->selectRow(i.row());
    }
    updateActions();
}

QAction *LiveRecordingsView::action(const QString &operation) const
{
    return m_actions.value(operation);
}

void LiveRecordingsView::updateActions()
{
    const QString name = currentRecording();
    const Ari::LiveRecording *r = nullptr;
    if (m_session && !name.isEmpty()) {
        auto it = m_session->store()->liveRecordings().constFind(name);
        if (it != m_session->store()->liveRecordings().cend())
            r = &*it;
    }
    const QString state = r ? r->state : QString();
    const bool muted = r && m_media->isMuted(name);
    for (auto it = m_actions.begin(); it != m_actions.end(); ++it) {
        const QString &op = it.key();
        QString why;
        if (!r)
            why = tr("Select a recording in progress first");
        else if (op == u"pause" && state != u"recording")
            why = tr("Only a running recording can be paused (this one is %1)").arg(state);
        else if (op == u"unpause" && state != u"paused")
            why = tr("Only a paused recording can be resumed (this one is %1)").arg(state);
        else if (op == u"mute" && muted)
            why = tr("This console already muted it");
        it.value()->setEnabled(why.isEmpty());
        it.value()->setToolTip(why.isEmpty() ? it.value()->data().toString() : why);
    }
    m_count->setText(tr("%n recording(s) in progress", nullptr, m_proxy->rowCount()));
}

} // namespace Console
