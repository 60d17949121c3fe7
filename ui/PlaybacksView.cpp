#include "ui/PlaybacksView.h"

#include "models/ValueListModels.h"
#include "ui/MediaController.h"
#include "ui/PlayDialog.h"
#include "ui/RecordDialog.h"
#include "ui/MediaStateDelegate.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Console {

namespace {

enum PlaybackColumn : int { Id, Media, Next, Target, Language, State };

// Filters by text and by target (the selected channels and their bridges), and names targets
// by the channel's name where the store knows it.
class PlaybackProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QPointer<ServerSession> session;
    std::optional<QSet<QString>> targets;
    QString text;

    void refilter() { invalidateFilter(); }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DisplayRole && index.column() == Target && session) {
            const QString uri = QSortFilterProxyModel::data(index, role).toString();
            if (uri.startsWith(u"channel:")) {
                if (const LiveChannel *lc = session->store()->anyChannel(uri.mid(8)))
                    return lc->channel.name;
            } else if (uri.startsWith(u"bridge:")) {
                return QCoreApplication::translate("PlaybacksView", "bridge %1").arg(uri.mid(7));
            }
            return uri;
        }
        if (role == Qt::ToolTipRole && index.column() == Target)
            return QSortFilterProxyModel::data(index, Qt::DisplayRole);
        return QSortFilterProxyModel::data(index, role);
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex target = sourceModel()->index(row, Target, parent);
        if (targets && !targets->contains(target.data().toString()))
            return false;
        if (text.isEmpty())
            return true;
        for (int c : {Id, Media, Next, Target}) {
            if (sourceModel()->index(row, c, parent).data().toString().contains(text, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }
};

} // namespace

PlaybacksView::PlaybacksView(MediaController *media, QWidget *parent)
    : QWidget(parent), m_media(media), m_proxy(new PlaybackProxy(this)), m_table(new QTableView), m_filter(new QLineEdit),
      m_selectedOnly(new QCheckBox), m_count(new QLabel)
{
    setObjectName(u"playbacksView"_s);
    struct Op
    {
        QString op;
        QString text;
        QKeySequence key;
        QString help;
    };
    const QList<Op> ops = {
        {u"pause"_s, tr("Pause"), QKeySequence(u"Space"_s), tr("Pause the playback (Space)")},
        {u"unpause"_s, tr("Resume"), QKeySequence(u"Shift+Space"_s), tr("Resume the paused playback (Shift+Space)")},
        {u"restart"_s, tr("Restart"), QKeySequence(u"Home"_s), tr("Play it again from the start (Home)")},
        {u"reverse"_s, tr("◀◀ Back"), QKeySequence(u"Left"_s), tr("Skip back by the skip step (Left)")},
        {u"forward"_s, tr("Forward ▶▶"), QKeySequence(u"Right"_s), tr("Skip forward by the skip step (Right)")},
        {u"stop"_s, tr("Stop"), QKeySequence::Delete, tr("Stop the playback (Del)")},
    };
    auto *bar = new QToolBar;
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (const Op &o : ops) {
        auto *a = new QAction(o.text, this);
        a->setObjectName(u"playback_"_s + o.op);
        a->setShortcut(o.key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setData(o.help);
        a->setStatusTip(o.help);
        connect(a, &QAction::triggered, this, [this, op = o.op] {
            const QString id = currentPlayback();
            if (!id.isEmpty())
                m_media->controlPlayback(id, op);
        });
        m_actions.insert(o.op, a);
        bar->addAction(a);
        m_table->addAction(a);
    }

    m_filter->setObjectName(u"playbackFilter"_s);
    m_filter->setAccessibleName(tr("Playback filter"));
    m_filter->setPlaceholderText(tr("Filter playbacks"));
    m_filter->setClearButtonEnabled(true);
    m_selectedOnly->setObjectName(u"playbacksSelectedOnly"_s);
    m_selectedOnly->setText(tr("Selected calls only"));
    m_selectedOnly->setToolTip(tr("Show only what plays to the calls selected in the channel table, and their bridges"));
    m_count->setObjectName(u"playbackCount"_s);

    m_proxy->setSortRole(SortRole);
    m_proxy->setDynamicSortFilter(true);
    m_table->setObjectName(u"playbackTable"_s);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    m_table->setAccessibleName(tr("Live playbacks"));
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
        for (const QString &op : {u"pause"_s, u"unpause"_s, u"restart"_s, u"reverse"_s, u"forward"_s, u"stop"_s})
            menu.addAction(m_actions.value(op));
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });

    auto *top = new QHBoxLayout;
    top->addWidget(bar);
    top->addStretch(1);
    top->addWidget(m_filter);
    top->addWidget(m_selectedOnly);
    top->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table);

    connect(m_filter, &QLineEdit::textChanged, this, &PlaybacksView::applyFilter);
    connect(m_selectedOnly, &QCheckBox::toggled, this, &PlaybacksView::applyFilter);
    for (auto sig : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, sig, this, &PlaybacksView::updateActions);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &PlaybacksView::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &PlaybacksView::updateActions);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &PlaybacksView::updateActions);
    updateActions();
}

void PlaybacksView::setSession(ServerSession *session)
{
    m_session = session;
    static_cast<PlaybackProxy *>(m_proxy)->session = session;
    auto *old = m_model;
    m_model = session ? new PlaybackModel(session->store(), this) : nullptr;
    m_proxy->setSourceModel(m_model);
    delete old;
    if (m_model) {
        connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &PlaybacksView::updateActions,
                Qt::UniqueConnection);
        const int em = m_table->fontMetrics().horizontalAdvance(u'M');
        const int widths[] = {16, 14, 10, 18, 5, 10};
        for (int c = 0; c < 6; ++c)
            m_table->setColumnWidth(c, widths[c] * em);
    }
    applyFilter();
}

void PlaybacksView::setSelectedChannels(const QStringList &channelIds)
{
    m_selectedChannels = channelIds;
    if (m_selectedOnly->isChecked())
        applyFilter();
}

void PlaybacksView::applyFilter()
{
    auto *proxy = static_cast<PlaybackProxy *>(m_proxy);
    proxy->text = m_filter->text().trimmed();
    if (m_selectedOnly->isChecked()) {
        QSet<QString> uris;
        for (const QString &id : std::as_const(m_selectedChannels)) {
            uris.insert(u"channel:"_s + id);
            if (const LiveChannel *lc = m_session ? m_session->store()->channel(id) : nullptr; lc && !lc->bridgeId.isEmpty())
                uris.insert(u"bridge:"_s + lc->bridgeId);
        }
        proxy->targets = uris;
    } else {
        proxy->targets.reset();
    }
    proxy->refilter();
    updateActions();
}

QString PlaybacksView::currentPlayback() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? i.siblingAtColumn(0).data(IdRole).toString() : QString();
}

void PlaybacksView::selectPlayback(const QString &id)
{
    if (!m_model)
        return;
    m_model->flush();
    const QModelIndex i = m_proxy->mapFromSource(m_model->indexOf(id));
    if (i.isValid()) {
        m_table->setCurrentIndex(i);
        m_table->selectRow(i.row());
    }
    updateActions();
}

QAction *PlaybacksView::action(const QString &operation) const
{
    return m_actions.value(operation);
}

void PlaybacksView::updateActions()
{
    const QString id = currentPlayback();
    const Ari::Playback *p = nullptr;
    if (m_session && !id.isEmpty()) {
        auto it = m_session->store()->playbacks().constFind(id);
        if (it != m_session->store()->playbacks().cend())
            p = &*it;
    }
    const QString state = p ? p->state : QString();
    for (auto it = m_actions.begin(); it != m_actions.end(); ++it) {
        const QString &op = it.key();
        QString why;
        if (!p)
            why = tr("Select a playback first");
        else if (op == u"pause" && state != u"playing")
            why = tr("Only a playing playback can be paused (this one is %1)").arg(state);
        else if (op == u"unpause" && state != u"paused")
            why = tr("Only a paused playback can be resumed (this one is %1)").arg(state);
        else if (op != u"stop" && state == u"queued")
            why = tr("A queued playback cannot be controlled until it starts; it can be stopped");
        if (why.isEmpty()) {
            const Verdict v = m_media->policy()->general(op == u"stop" ? Ari::OperationId::PlaybacksStop
                                                                       : Ari::OperationId::PlaybacksControl);
            if (!v.allowed)
                why = v.reason;
        }
        it.value()->setEnabled(why.isEmpty());
        it.value()->setToolTip(why.isEmpty() ? it.value()->data().toString() : why);
    }
    const int shown = m_proxy->rowCount();
    const int all = m_model ? m_model->rowCount() : 0;
    m_count->setText(shown == all ? tr("%n playing", nullptr, all) : tr("%1 of %2").arg(shown).arg(all));
}

} // namespace Console
