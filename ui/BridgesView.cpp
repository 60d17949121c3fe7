#include "ui/BridgesView.h"

#include "models/ActionPolicy.h"
#include "models/BridgeModel.h"
#include "models/ChannelModel.h"
#include "models/ServerSession.h"
#include "models/ServerSet.h"
#include "ui/MediaController.h"
#include "ui/Notifier.h"
#include "ui/PlayDialog.h"
#include "ui/RecordDialog.h"
#include "ui/ServerScope.h"

#include <QAction>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Console {

BridgesView::BridgesView(const ActionPolicy *policy, Notifier *notifier, QWidget *parent)
    : QWidget(parent), m_policy(policy), m_notifier(notifier), m_scope(new ServerScope), m_tree(new QTreeView)
{
    setObjectName(u"bridgesView"_s);
    m_create = new QAction(tr("&New bridge…"), this);
    m_create->setShortcut(QKeySequence(u"Ctrl+Shift+N"_s));
    m_create->setObjectName(u"actionNewBridge"_s);
    m_destroy = new QAction(tr("&Destroy bridge…"), this);
    m_destroy->setShortcut(QKeySequence::Delete);
    m_destroy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_destroy->setObjectName(u"actionDestroyBridge"_s);
    m_remove = new QAction(tr("&Remove from bridge"), this);
    m_remove->setObjectName(u"actionRemoveMember"_s);
    m_mohStart = new QAction(tr("Start &music on hold"), this);
    m_mohStart->setObjectName(u"actionBridgeMohStart"_s);
    m_mohStop = new QAction(tr("Stop music on &hold"), this);
    m_mohStop->setObjectName(u"actionBridgeMohStop"_s);
    connect(m_create, &QAction::triggered, this, &BridgesView::createRequested);
    connect(m_destroy, &QAction::triggered, this, [this] {
        if (!currentBridge().isEmpty() && currentMember().isEmpty())
            destroyBridge(currentBridge());
    });
    connect(m_remove, &QAction::triggered, this, [this] {
        if (!currentMember().isEmpty())
            removeChannel(currentBridge(), currentMember());
    });
    auto report = [this](const QString &what) {
        return [this, what](const Ari::Result<void> &r) {
            if (!r.ok())
                m_notifier->failed(what, r.error);
        };
    };
    connect(m_mohStart, &QAction::triggered, this, [this, report] {
        if (m_session && !currentBridge().isEmpty())
            m_session->client()->bridges().startMoh({.bridgeId = currentBridge()}).then(this, report(tr("Bridge music on hold")));
    });
    connect(m_mohStop, &QAction::triggered, this, [this, report] {
        if (m_session && !currentBridge().isEmpty())
            m_session->client()->bridges().stopMoh({.bridgeId = currentBridge()}).then(this, report(tr("Stopping bridge music on hold")));
    });

    m_tree->setObjectName(u"bridgeTree"_s);
    m_tree->setAccessibleName(tr("Bridges and their members"));
    m_tree->setSortingEnabled(false);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setDragEnabled(true);
    m_tree->setAcceptDrops(true);
    m_tree->setDropIndicatorShown(true);
    m_tree->setDragDropMode(QAbstractItemView::DragDrop);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->viewport()->setAcceptDrops(true);
    m_tree->viewport()->installEventFilter(this);
    m_tree->addActions({m_destroy, m_remove});
    connect(m_tree, &QTreeView::customContextMenuRequested, this, &BridgesView::showMenu);

    auto *bar = new QToolBar;
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addActions({m_create, m_destroy, m_remove});
    auto *top = new QHBoxLayout;
    top->addWidget(bar, 1);
    top->addWidget(m_scope); // beside the toolbar: a toolbar would hide and show it itself
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_tree);
    updateActions();
}

void BridgesView::setSession(ServerSession *session)
{
    m_session = session;
    if (m_all) {
        // Every server stays on screen; only the one worked on changes.
        updateActions();
        return;
    }
    auto *old = m_model;
    m_model = session ? new BridgeModel(session->store(), this) : nullptr;
    m_tree->setModel(m_model);
    delete old;
    followModel();
}

void BridgesView::followModel()
{
    if (QAbstractItemModel *model = m_tree->model()) {
        connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &BridgesView::updateActions);
        connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
            pickServerOf(current);
            Q_EMIT currentBridgeChanged(currentBridge());
        });
        connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent) {
            if (parent.isValid())
                m_tree->expand(parent); // show new members at once
        });
        m_tree->header()->resizeSection(BridgeModel::Name, 280);
    }
    updateActions();
}

void BridgesView::setServers(ServerSet *servers)
{
    m_scope->setServers(servers);
    connect(m_scope, &ServerScope::showsAllChanged, this, &BridgesView::applyScope, Qt::UniqueConnection);
    applyScope();
}

void BridgesView::applyScope()
{
    if (m_scope->showsAll() == (m_all != nullptr))
        return;
    if (!m_scope->showsAll()) {
        auto *old = std::exchange(m_all, nullptr);
        setSession(m_session);
        delete old;
        return;
    }
    // Every server's bridges, the Server column first.
    m_all = new AllBridgesModel(m_scope->servers(), this);
    m_tree->setModel(m_all);
    delete std::exchange(m_model, nullptr);
    m_tree->expandAll();
    QHeaderView *h = m_tree->header();
    if (const int col = m_all->serverColumn(); col < h->count() && h->visualIndex(col) != 0) {
        h->moveSection(h->visualIndex(col), 0);
        h->resizeSection(col, 10 * m_tree->fontMetrics().horizontalAdvance(u'M'));
    }
    followModel();
}

void BridgesView::pickServerOf(const QModelIndex &index)
{
    if (!m_all || !index.isValid() || !m_scope->servers())
        return;
    ServerSession *s = m_all->sessionAt(index);
    if (!s || s == m_session)
        return;
    m_scope->servers()->setCurrent(s); // the window follows, and calls setSession()
    if (m_session != s)
        setSession(s);
}

QString BridgesView::currentBridge() const
{
    return m_tree->currentIndex().data(BridgeModel::BridgeIdOfRowRole).toString();
}

QString BridgesView::currentMember() const
{
    const QModelIndex i = m_tree->currentIndex();
    return i.isValid() && i.parent().isValid() ? i.siblingAtColumn(0).data(IdRole).toString() : QString();
}

void BridgesView::updateActions()
{
    const bool bridge = !currentBridge().isEmpty() && currentMember().isEmpty();
    const bool member = !currentMember().isEmpty();
    auto set = [this](QAction *a, bool on, Ari::OperationId op, const QString &pick) {
        const Verdict v = m_policy->general(op);
        a->setEnabled(on && v.allowed && m_session);
        a->setToolTip(!v.allowed ? v.reason : (on ? a->text().remove(u'&').remove(u'…') : pick));
    };
    set(m_create, true, Ari::OperationId::BridgesCreate, {});
    set(m_destroy, bridge, Ari::OperationId::BridgesDestroy, tr("Select a bridge"));
    set(m_remove, member, Ari::OperationId::BridgesRemoveChannel, tr("Select a member channel"));
    set(m_mohStart, bridge, Ari::OperationId::BridgesStartMoh, tr("Select a bridge"));
    set(m_mohStop, bridge, Ari::OperationId::BridgesStopMoh, tr("Select a bridge"));
    if (m_media) {
        set(m_play, bridge, Ari::OperationId::BridgesPlay, tr("Select a bridge"));
        set(m_record, bridge, Ari::OperationId::BridgesRecord, tr("Select a bridge"));
    }
}

void BridgesView::setMediaController(MediaController *media)
{
    m_media = media;
    m_play = new QAction(tr("&Play to bridge…"), this);
    m_play->setObjectName(u"actionPlayToBridge"_s);
    m_play->setShortcut(QKeySequence(u"Ctrl+Shift+P"_s));
    m_play->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_record = new QAction(tr("Re&cord bridge…"), this);
    m_record->setObjectName(u"actionRecordBridge"_s);
    m_record->setShortcut(QKeySequence(u"Ctrl+Shift+R"_s));
    m_record->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_play, &QAction::triggered, this, [this] {
        if (m_media && !currentBridge().isEmpty())
            m_media->openPlayDialog({m_media->bridgeTarget(currentBridge())});
    });
    connect(m_record, &QAction::triggered, this, [this] {
        if (m_media && !currentBridge().isEmpty())
            m_media->openRecordDialog(m_media->bridgeTarget(currentBridge()));
    });
    m_tree->addActions({m_play, m_record});
    updateActions();
}

void BridgesView::showMenu(const QPoint &pos)
{
    updateActions();
    QMenu menu(this);
    fillMenu(&menu);
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

void BridgesView::fillMenu(QMenu *menu) const
{
    menu->addActions({m_create, m_destroy, m_remove});
    menu->addSeparator();
    menu->addActions({m_mohStart, m_mohStop});
    if (m_play) {
        menu->addSeparator();
        menu->addActions({m_play, m_record});
    }
}

void BridgesView::addChannels(const QString &bridgeId, const QStringList &channelIds)
{
    if (!m_session)
        return;
    const Verdict v = m_policy->general(Ari::OperationId::BridgesAddChannel);
    if (!v.allowed) {
        m_notifier->warning(v.reason);
        return;
    }
    m_session->client()->bridges().addChannel({.bridgeId = bridgeId, .channel = channelIds})
        .then(this, [this, bridgeId](const Ari::Result<void> &r) {
            if (!r.ok())
                m_notifier->failed(tr("Adding to bridge %1").arg(bridgeId), r.error);
        });
}

void BridgesView::removeChannel(const QString &bridgeId, const QString &channelId)
{
    if (!m_session)
        return;
    m_session->client()->bridges().removeChannel({.bridgeId = bridgeId, .channel = QStringList{channelId}})
        .then(this, [this, bridgeId](const Ari::Result<void> &r) {
            if (!r.ok())
                m_notifier->failed(tr("Removing from bridge %1").arg(bridgeId), r.error);
        });
}

void BridgesView::destroyBridge(const QString &bridgeId, bool confirm)
{
    if (!m_session)
        return;
    if (confirm
        && QMessageBox::question(this, tr("Destroy bridge"),
                                 tr("Destroy bridge %1? Its members stay up, outside any bridge.").arg(bridgeId))
               != QMessageBox::Yes)
        return;
    m_session->client()->bridges().destroy({.bridgeId = bridgeId}).then(this, [this, bridgeId](const Ari::Result<void> &r) {
        if (!r.ok())
            m_notifier->failed(tr("Destroying bridge %1").arg(bridgeId), r.error);
    });
}

bool BridgesView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_tree->viewport() || !m_tree->model())
        return QWidget::eventFilter(watched, event);
    const auto bridgeAt = [this](const QPoint &pos) {
        const QModelIndex target = m_tree->indexAt(pos);
        pickServerOf(target); // a drop works on the server of the bridge it lands on
        return target.data(BridgeModel::BridgeIdOfRowRole).toString();
    };
    const auto mime = QString::fromLatin1(channelMimeType);
    const auto media = [](const QMimeData *m) { return MediaController::droppedMedia(m); };
    if (event->type() == QEvent::Drop && m_media) {
        // A recording or a sound dropped on a bridge plays to everyone in it.
        auto *e = static_cast<QDropEvent *>(event);
        if (const QStringList uris = media(e->mimeData()); !uris.isEmpty()) {
            const QString bridge = bridgeAt(e->position().toPoint());
            if (!bridge.isEmpty()) {
                m_media->play({m_media->bridgeTarget(bridge)}, PlayRequest{.media = uris});
                e->acceptProposedAction();
            }
            return true;
        }
    }
    // Channels of one server dropped on another's bridge: the ids mean nothing there.
    const auto otherServer = [this](const QDropEvent *e) {
        return otherServerOf(e->mimeData(), m_tree->indexAt(e->position().toPoint()));
    };
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
        auto *e = static_cast<QDropEvent *>(event);
        if (e->mimeData()->hasFormat(mime) || (m_media && !media(e->mimeData()).isEmpty())) {
            if (event->type() == QEvent::DragMove && !otherServer(e).isEmpty())
                e->ignore(); // the "no drop" cursor over another server's bridges
            else
                e->acceptProposedAction();
            return true;
        }
        return false;
    }
    if (event->type() == QEvent::Drop) {
        auto *e = static_cast<QDropEvent *>(event);
        if (const QString to = otherServer(e); !to.isEmpty()) {
            m_notifier->warning(tr("Not added: the dragged call is on %1 and this bridge on %2; a bridge holds calls "
                                   "of its own server.")
                                    .arg(draggedServer(e->mimeData()), to));
            e->ignore();
            return true;
        }
        const QStringList ids = QString::fromUtf8(e->mimeData()->data(mime)).split(u'\n', Qt::SkipEmptyParts);
        const QString bridge = bridgeAt(e->position().toPoint());
        if (!bridge.isEmpty()) {
            addChannels(bridge, ids);
        } else if (e->source() == m_tree) {
            // A member dragged out of the tree leaves its bridge.
            for (const QString &id : ids) {
                if (const LiveChannel *c = m_session->store()->channel(id); c && !c->bridgeId.isEmpty())
                    removeChannel(c->bridgeId, id);
            }
        }
        e->acceptProposedAction();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Console
