#include "ui/ChannelsView.h"

#include "models/CallQuality.h"
#include "models/ChannelFilter.h"
#include "models/ChannelModel.h"
#include "models/ServerSession.h"
#include "models/ServerSet.h"
#include "ui/ChannelActions.h"
#include "ui/ChannelDelegate.h"
#include "ui/MediaController.h"
#include "ui/Notifier.h"
#include "ui/ServerScope.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDragEnterEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Console {

ChannelsView::ChannelsView(ChannelActions *actions, QWidget *parent)
    : QWidget(parent), m_actions(actions), m_scope(new ServerScope), m_quality(new CallQualityPoller(nullptr, this)), m_proxy(new ChannelFilter(this)),
      m_delegate(new ChannelDelegate(this)),
      m_table(new QTableView), m_filter(new QLineEdit), m_state(new QComboBox), m_stasisOnly(new QCheckBox),
      m_banner(new QLabel), m_count(new QLabel)
{
    setObjectName(u"channelsView"_s);
    m_filter->setPlaceholderText(tr("Filter by name, number or id (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Channel filter"));
    m_filter->setObjectName(u"channelFilter"_s);
    m_state->setAccessibleName(tr("State filter"));
    m_state->setObjectName(u"stateFilter"_s);
    m_state->addItem(tr("All states"), QStringList());
    m_state->addItem(tr("Up"), QStringList{u"Up"_s});
    m_state->addItem(tr("Ringing"), QStringList{u"Ring"_s, u"Ringing"_s});
    m_state->addItem(tr("Down / dialing"), QStringList{u"Down"_s, u"Dialing"_s, u"Pre-ring"_s});
    m_state->addItem(tr("Busy"), QStringList{u"Busy"_s});
    m_stasisOnly->setText(tr("Stasis only"));
    m_stasisOnly->setToolTip(tr("Show only channels in a Stasis application"));
    m_stasisOnly->setObjectName(u"stasisOnly"_s);
    m_count->setObjectName(u"channelCount"_s);

    m_banner->setObjectName(u"staleBanner"_s);
    m_banner->setWordWrap(true);
    m_banner->setMargin(6);
    m_banner->setAutoFillBackground(true);
    QPalette bp = m_banner->palette();
    bp.setColor(QPalette::Window, QColor(0xff, 0xe0, 0x82));
    bp.setColor(QPalette::WindowText, QColor(0x3a, 0x2c, 0x00));
    m_banner->setPalette(bp);
    m_banner->hide();

    m_table->setObjectName(u"channelTable"_s);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    m_table->setAccessibleName(tr("Live channels"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(m_delegate);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ChannelModel::Created, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->setDragEnabled(true);
    m_table->setAcceptDrops(true);
    m_table->setDropIndicatorShown(true);
    m_table->setDragDropMode(QAbstractItemView::DragDrop);
    m_table->setDefaultDropAction(Qt::CopyAction);
    m_table->viewport()->setAcceptDrops(true);
    m_table->viewport()->installEventFilter(this);
    for (QAction *a : actions->actions())
        m_table->addAction(a);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_scope);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_state);
    bar->addWidget(m_stasisOnly);
    bar->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_banner);
    layout->addWidget(m_table);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ChannelFilter::setText);
    connect(m_state, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setStates(m_state->currentData().toStringList()); });
    connect(m_stasisOnly, &QCheckBox::toggled, m_proxy, &ChannelFilter::setStasisOnly);
    connect(m_table, &QTableView::customContextMenuRequested, this, &ChannelsView::showMenu);
    auto updateCount = [this] {
        const int shown = m_proxy->rowCount();
        const int all = m_proxy->sourceModel() ? m_proxy->sourceModel()->rowCount() : 0;
        m_count->setText(shown == all ? tr("%n call(s)", nullptr, all) : tr("%1 of %2").arg(shown).arg(all));
    };
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, updateCount);
    // Row flashes fade over about a second: repaint a few times a second while
    // a change is that recent, and once a second otherwise, to tick the durations.
    auto *flash = new QTimer(this);
    flash->setInterval(120);
    connect(flash, &QTimer::timeout, this, [this] {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (now - m_lastChangeMs < 1300 || now - m_lastRepaintMs >= 1000) {
            m_lastRepaintMs = now;
            m_table->viewport()->update();
            m_quality->setVisibleChannels(visibleIds()); // quality is polled for what is on screen only
        }
    });
    flash->start();
    auto changed = [this] { m_lastChangeMs = QDateTime::currentMSecsSinceEpoch(); };
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, changed);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, changed);
}

void ChannelsView::setServers(ServerSet *servers)
{
    m_scope->setServers(servers);
    connect(m_scope, &ServerScope::showsAllChanged, this, &ChannelsView::applyScope, Qt::UniqueConnection);
    applyScope();
}

void ChannelsView::applyScope()
{
    if (m_scope->showsAll() == (m_all != nullptr))
        return;
    if (!m_scope->showsAll()) {
        auto *old = std::exchange(m_all, nullptr);
        setSession(m_session);
        delete old;
        return;
    }
    // Every server's channels, the Server column first.
    m_all = new AllChannelsModel(m_scope->servers(), this);
    m_all->setEndedLingerMs(1500);
    if (ChannelModel *mine = m_all->modelOf(m_session))
        mine->setCallQuality(m_quality);
    m_proxy->setSourceModel(m_all);
    delete std::exchange(m_model, nullptr); // back with setSession() when one server is shown again
    QHeaderView *h = m_table->horizontalHeader();
    const int col = m_all->serverColumn();
    const int em = m_table->fontMetrics().horizontalAdvance(u'M');
    const int widths[] = {22, 9, 14, 14, 12, 8, 12, 6, 7, 10};
    for (int c = 0; c < ChannelModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, widths[c] * em);
    m_table->setColumnWidth(col, 10 * em);
    if (col < h->count() && h->visualIndex(col) != 0)
        h->moveSection(h->visualIndex(col), 0);
    publishSelection();
}

bool ChannelsView::isCurrentServer(const QModelIndex &index) const
{
    return !m_all || (m_session && index.data(ServerRole).toString() == m_session->name());
}

void ChannelsView::setSession(ServerSession *session)
{
    if (m_all) {
        // Every server stays on screen; the one worked on changes, and its rows get the call quality.
        if (ChannelModel *before = m_all->modelOf(m_session); before && session != m_session)
            before->setCallQuality(nullptr);
        m_session = session;
        m_quality->setSession(session);
        if (ChannelModel *mine = m_all->modelOf(session))
            mine->setCallQuality(m_quality);
        publishSelection(); // the selected rows of that server; another server's rows wait to be picked
        return;
    }
    m_session = session;
    auto *old = m_model;
    m_model = session ? new ChannelModel(session->store(), this) : nullptr;
    if (m_model)
        m_model->setEndedLingerMs(1500); // an ended call fades out over a second and a half
    m_quality->setSession(session);
    if (m_model)
        m_model->setCallQuality(m_quality);
    m_proxy->setSourceModel(m_model);
    delete old;
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ChannelsView::onSelection,
            Qt::UniqueConnection);
    // Widths for what the columns usually hold; the operator's own layout is restored over this.
    const int em = m_table->fontMetrics().horizontalAdvance(u'M');
    const int widths[] = {22, 9, 14, 14, 12, 8, 12, 6, 7, 10};
    for (int c = 0; c < ChannelModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, widths[c] * em);
    m_table->horizontalHeader()->setSectionResizeMode(ChannelModel::Name, QHeaderView::Stretch);
    onSelection();
}

QStringList ChannelsView::selectedIds() const
{
    QStringList ids;
    if (!m_table->selectionModel())
        return ids;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows()) {
        if (isCurrentServer(i)) // with every server shown: the rows of the server worked on
            ids.append(i.data(IdRole).toString());
    }
    return ids;
}

QStringList ChannelsView::visibleIds() const
{
    QStringList ids;
    if (!isVisible() || m_proxy->rowCount() == 0)
        return ids;
    const int first = std::max(0, m_table->rowAt(0));
    int last = m_table->rowAt(m_table->viewport()->height() - 1);
    if (last < 0)
        last = m_proxy->rowCount() - 1;
    for (int row = first; row <= last; ++row) {
        if (const QModelIndex i = m_proxy->index(row, 0); isCurrentServer(i))
            ids.append(i.data(IdRole).toString());
    }
    return ids;
}

void ChannelsView::selectChannel(const QString &id)
{
    if (m_all)
        m_all->flush();
    else if (m_model)
        m_model->flush();
    else
        return;
    const QModelIndex src = m_all ? m_all->indexOf(m_session, id) : m_model->indexOf(id);
    const QModelIndex idx = m_proxy->mapFromSource(src);
    if (!idx.isValid())
        return;
    m_table->selectionModel()->select(idx, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->setCurrentIndex(idx);
    m_table->scrollTo(idx);
}

void ChannelsView::onSelection()
{
    // With every server shown, picking a row works on its server: the window switches to it.
    if (m_all && m_table->selectionModel()) {
        QModelIndex picked = m_table->currentIndex();
        if (!picked.isValid() || !m_table->selectionModel()->isRowSelected(picked.row(), picked.parent())) {
            const QModelIndexList rows = m_table->selectionModel()->selectedRows();
            picked = rows.isEmpty() ? QModelIndex() : rows.first();
        }
        if (picked.isValid()) {
            ServerSession *s = m_scope->session(picked.data(ServerRole).toString());
            if (s && s != m_session && m_scope->servers()) {
                m_scope->servers()->setCurrent(s); // the window follows, and calls setSession()
                if (m_session != s)
                    setSession(s);
                else
                    publishSelection(); // again, now that the panels follow that server
                return;
            }
        }
    }
    publishSelection();
}

void ChannelsView::publishSelection()
{
    const QStringList ids = selectedIds();
    m_actions->setSelection(ids);
    Q_EMIT selectionChanged(ids);
}

void ChannelsView::showMenu(const QPoint &pos)
{
    QMenu menu(this);
    m_actions->refresh();
    m_actions->fillMenu(&menu);
    if (!m_menuActions.isEmpty()) {
        menu.addSeparator();
        menu.addActions(m_menuActions);
    }
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void ChannelsView::addMenuActions(const QList<QAction *> &actions)
{
    m_menuActions += actions;
}

void ChannelsView::setBanner(const QString &text)
{
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

QString ChannelsView::bannerText() const
{
    return m_banner->isVisible() ? m_banner->text() : QString();
}

void ChannelsView::setStale(bool stale)
{
    m_delegate->setStale(stale);
    m_table->viewport()->update();
}

bool ChannelsView::eventFilter(QObject *watched, QEvent *event)
{
    // Dropping one channel onto another bridges the two; a recording or a sound plays on it.
    if (watched == m_table->viewport()) {
        const auto media = [](const QMimeData *m) { return MediaController::droppedMedia(m); };
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto *e = static_cast<QDropEvent *>(event);
            if (e->mimeData()->hasFormat(QString::fromLatin1(channelMimeType)) || !media(e->mimeData()).isEmpty()) {
                if (event->type() == QEvent::DragMove
                    && !otherServerOf(e->mimeData(), m_table->indexAt(e->position().toPoint())).isEmpty())
                    e->ignore(); // the "no drop" cursor over another server's rows
                else
                    e->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto *e = static_cast<QDropEvent *>(event);
            const QModelIndex target = m_table->indexAt(e->position().toPoint());
            if (const QString to = otherServerOf(e->mimeData(), target); !to.isEmpty()) {
                m_actions->notifier()->warning(
                    tr("Not bridged: the dragged call is on %1 and this one on %2; a bridge holds calls of one server.")
                        .arg(draggedServer(e->mimeData()), to));
                e->ignore();
                return true;
            }
            if (m_all && target.isValid() && !isCurrentServer(target)) {
                // A drop works on the server of the row it lands on.
                if (ServerSession *s = m_scope->session(target.data(ServerRole).toString()); s && m_scope->servers())
                    m_scope->servers()->setCurrent(s);
            }
            if (const QStringList uris = media(e->mimeData()); !uris.isEmpty()) {
                if (const QString onto = target.data(IdRole).toString(); !onto.isEmpty()) {
                    m_actions->playMedia({onto}, uris);
                    e->acceptProposedAction();
                }
                return true;
            }
            const QStringList dragged = QString::fromUtf8(e->mimeData()->data(QString::fromLatin1(channelMimeType)))
                                            .split(u'\n', Qt::SkipEmptyParts);
            const QString onto = target.data(IdRole).toString();
            if (!onto.isEmpty() && !dragged.isEmpty() && !dragged.contains(onto)) {
                m_actions->bridgeChannels(QStringList{dragged.first(), onto});
                e->acceptProposedAction();
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Console
