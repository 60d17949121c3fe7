#include "ui/RecordingsBrowser.h"

#include "models/AudioClip.h"
#include "ui/RecordingPlayer.h"
#include "ui/MediaController.h"
#include "ui/PlayDialog.h"
#include "ui/RecordDialog.h"
#include "ui/Notifier.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Console {

RecordingsBrowser::RecordingsBrowser(MediaController *media, QWidget *parent)
    : QWidget(parent), m_media(media), m_proxy(new QSortFilterProxyModel(this)), m_table(new QTableView),
      m_filter(new QLineEdit), m_count(new QLabel), m_progressLabel(new QLabel), m_progress(new QProgressBar),
      m_cancel(new QPushButton(tr("Cancel"))), m_player(new RecordingPlayer)
{
    setObjectName(u"recordingsBrowser"_s);
    auto make = [this](const QString &text, const QString &name, const QKeySequence &key, const QString &help) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setData(help);
        a->setStatusTip(help);
        addAction(a);
        return a;
    };
    m_listen = make(tr("▶ &Listen"), u"actionListen"_s, QKeySequence(Qt::Key_Return), tr("Download to the cache and play it here (Enter)"));
    m_download = make(tr("&Download…"), u"actionDownloadRecording"_s, QKeySequence::Save, tr("Save the recording's file (Ctrl+S)"));
    m_copy = make(tr("&Copy…"), u"actionCopyRecording"_s, QKeySequence(u"Ctrl+Shift+D"_s), tr("Copy it to a new name (Ctrl+Shift+D)"));
    m_delete = make(tr("De&lete…"), u"actionDeleteRecording"_s, QKeySequence::Delete, tr("Delete it from Asterisk (Del)"));
    m_playOnChannel = make(tr("Play on selected &call"), u"actionPlayRecordingOnCall"_s, QKeySequence(u"Ctrl+P"_s),
                           tr("Play it to the calls selected in the channel table (Ctrl+P); or drag it onto a call"));
    m_refresh = make(tr("Re&fresh"), u"actionRefreshRecordings"_s, QKeySequence(u"Ctrl+R"_s), tr("Read the list from Asterisk again (Ctrl+R)"));
    connect(m_listen, &QAction::triggered, this, [this] {
        if (!currentRecording().isEmpty())
            listen(currentRecording());
    });
    connect(m_download, &QAction::triggered, this, [this] {
        const QString name = currentRecording();
        if (name.isEmpty() || !m_session || !m_session->store()->storedRecordings().contains(name))
            return;
        const Ari::StoredRecording *r = &*m_session->store()->storedRecordings().constFind(name);
        const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DownloadLocation))
                                      .filePath(QString(name).replace(u'/', u'_') + u'.' + AudioClip::extensionFor(r->format));
        auto *dialog = new QFileDialog(this, tr("Save recording %1").arg(name), suggested);
        dialog->setObjectName(u"saveRecordingDialog"_s);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setFileMode(QFileDialog::AnyFile);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->selectFile(suggested);
        connect(dialog, &QFileDialog::fileSelected, this, [this, name](const QString &path) { downloadTo(name, path); });
        m_saveDialog = dialog;
        dialog->open();
    });
    connect(m_copy, &QAction::triggered, this, [this] {
        const QString name = currentRecording();
        if (name.isEmpty() || !m_session)
            return;
        QString proposal = name + u"-copy"_s;
        for (int n = 2; m_session->store()->storedRecordings().contains(proposal); ++n)
            proposal = name + u"-copy"_s + QString::number(n);
        bool ok = false;
        const QString dest = QInputDialog::getText(this, tr("Copy recording"), tr("Copy \"%1\" to the name:").arg(name),
                                                   QLineEdit::Normal, proposal, &ok)
                                 .trimmed();
        if (ok && !dest.isEmpty())
            copyTo(name, dest);
    });
    connect(m_delete, &QAction::triggered, this, [this] {
        if (!currentRecording().isEmpty())
            remove(currentRecording());
    });
    connect(m_playOnChannel, &QAction::triggered, this, [this] {
        const QString name = currentRecording();
        if (!name.isEmpty())
            m_media->play(m_media->channelTargets(m_selectedChannels), PlayRequest{.media = {u"recording:"_s + name}});
    });
    connect(m_refresh, &QAction::triggered, this, [this] {
        if (!m_session)
            return;
        m_session->client()->recordings().listStored().then(this, [this](const Ari::Result<QList<Ari::StoredRecording>> &r) {
            if (!r.ok()) {
                m_media->notifier()->failed(tr("Reading the stored recordings"), r.error);
                return;
            }
            if (m_session) {
                Snapshot s;
                s.storedRecordings = r.value;
                m_session->store()->applySnapshot(s, QDateTime::currentMSecsSinceEpoch());
            }
        });
    });

    m_filter->setObjectName(u"recordingFilter"_s);
    m_filter->setAccessibleName(tr("Recording filter"));
    m_filter->setPlaceholderText(tr("Filter by name or format"));
    m_filter->setClearButtonEnabled(true);
    m_count->setObjectName(u"recordingCount"_s);
    m_proxy->setSortRole(SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setDynamicSortFilter(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_table->setObjectName(u"recordingTable"_s);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    m_table->setAccessibleName(tr("Stored recordings"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RecordingCatalog::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setDragEnabled(true);
    m_table->setDragDropMode(QAbstractItemView::DragOnly);
    m_table->setDefaultDropAction(Qt::CopyAction);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->addActions({m_listen, m_download, m_copy, m_delete, m_playOnChannel, m_refresh});
    connect(m_table, &QTableView::doubleClicked, m_listen, &QAction::trigger);
    connect(m_table, &QTableView::customContextMenuRequested, this, [this](const QPoint &pos) {
        updateActions();
        QMenu menu(this);
        menu.addActions({m_listen, m_playOnChannel});
        menu.addSeparator();
        menu.addActions({m_download, m_copy, m_delete});
        menu.addSeparator();
        menu.addAction(m_refresh);
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });

    m_progress->setObjectName(u"downloadProgress"_s);
    m_progress->setAccessibleName(tr("Download progress"));
    m_cancel->setObjectName(u"cancelDownload"_s);
    m_progressLabel->setObjectName(u"downloadLabel"_s);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_reply)
            m_reply->abort();
    });
    auto *progressRow = new QWidget;
    progressRow->setObjectName(u"downloadRow"_s);
    auto *pr = new QHBoxLayout(progressRow);
    pr->setContentsMargins(0, 0, 0, 0);
    pr->addWidget(m_progressLabel);
    pr->addWidget(m_progress, 1);
    pr->addWidget(m_cancel);
    progressRow->hide();

    auto *bar = new QToolBar;
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addActions({m_listen, m_playOnChannel, m_download, m_copy, m_delete, m_refresh});
    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_count);
    auto *upper = new QWidget;
    auto *ul = new QVBoxLayout(upper);
    ul->setContentsMargins(0, 0, 0, 0);
    ul->addLayout(top);
    ul->addWidget(bar);
    ul->addWidget(m_table, 1);
    ul->addWidget(progressRow);
    auto *split = new QSplitter(Qt::Vertical);
    split->setObjectName(u"recordingsSplit"_s);
    split->addWidget(upper);
    split->addWidget(m_player);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    updateActions();
}

RecordingsBrowser::~RecordingsBrowser()
{
    if (m_reply)
        m_reply->abort();
    delete m_file;
}

void RecordingsBrowser::setSession(ServerSession *session)
{
    if (m_reply)
        m_reply->abort();
    if (m_session)
        disconnect(m_session->store(), nullptr, this, nullptr);
    m_session = session;
    m_player->clear();
    auto *old = m_catalog;
    m_catalog = session ? new RecordingCatalog(session->store(), this) : nullptr;
    m_proxy->setSourceModel(m_catalog);
    delete old;
    if (m_catalog) {
        auto count = [this] {
            const int all = m_catalog->rowCount();
            m_count->setText(m_proxy->rowCount() == all ? tr("%n recording(s)", nullptr, all)
                                                        : tr("%1 of %2").arg(m_proxy->rowCount()).arg(all));
        };
        for (auto sig : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(m_proxy, sig, this, count);
        connect(m_proxy, &QAbstractItemModel::modelReset, this, count);
        connect(m_proxy, &QAbstractItemModel::layoutChanged, this, count);
        count();
        connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &RecordingsBrowser::updateActions,
                Qt::UniqueConnection);
        // A recording made again under the same name is a new file: what was downloaded is stale.
        connect(session->store(), &Store::changed, this, [this](Entity e, const QString &name, Change c) {
            if ((e == Entity::LiveRecording && c == Change::Removed) || (e == Entity::StoredRecording && c != Change::Added))
                forget(name);
        });
        const int em = m_table->fontMetrics().horizontalAdvance(u'M');
        m_table->setColumnWidth(RecordingCatalog::Name, 18 * em);
        m_table->setColumnWidth(RecordingCatalog::Format, 5 * em);
        m_table->setColumnWidth(RecordingCatalog::Duration, 6 * em);
        m_table->horizontalHeader()->setSectionResizeMode(RecordingCatalog::Name, QHeaderView::Stretch);
    }
    updateActions();
}

QString RecordingsBrowser::currentRecording() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? i.siblingAtColumn(0).data(IdRole).toString() : QString();
}

void RecordingsBrowser::selectRecording(const QString &name)
{
    if (!m_catalog)
        return;
    m_catalog->flush();
    const QModelIndex i = m_proxy->mapFromSource(m_catalog->indexOf(name));
    if (i.isValid()) {
        m_table->setCurrentIndex(i);
        m_table->selectRow(i.row());
    }
    updateActions();
}

QString RecordingsBrowser::cachePath(const QString &name) const
{
    const QString server = m_session ? m_session->connection()->settings().baseUrl.authority() : QString();
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/recordings/"_s
                        + QString(server).replace(u':', u'_');
    const auto &all = m_session ? m_session->store()->storedRecordings() : QHash<QString, Ari::StoredRecording>();
    const QString format = all.contains(name) ? all.value(name).format : u"bin"_s;
    return dir + u'/' + QString(name).replace(u'/', u'_') + u'.' + AudioClip::extensionFor(format);
}

void RecordingsBrowser::updateActions()
{
    const QString name = currentRecording();
    const bool have = !name.isEmpty() && m_session;
    auto set = [this, have](QAction *a, Ari::OperationId op, const QString &extra = {}) {
        const Verdict v = m_media->policy()->general(op);
        QString why = !have ? tr("Select a recording first") : !v.allowed ? v.reason : extra;
        if (why.isEmpty() && m_reply && (a == m_listen || a == m_download))
            why = tr("A download is already running");
        a->setEnabled(why.isEmpty());
        a->setToolTip(why.isEmpty() ? a->data().toString() : why);
    };
    set(m_listen, Ari::OperationId::RecordingsGetStoredFile);
    set(m_download, Ari::OperationId::RecordingsGetStoredFile);
    set(m_copy, Ari::OperationId::RecordingsCopyStored);
    set(m_delete, Ari::OperationId::RecordingsDeleteStored);
    QString why;
    if (m_selectedChannels.isEmpty())
        why = tr("Select a call in the channel table first (or drag the recording onto it)");
    for (const MediaTarget &t : m_media->channelTargets(m_selectedChannels)) {
        if (const Verdict v = m_media->canPlay(t); !v.allowed) {
            why = v.reason;
            break;
        }
    }
    set(m_playOnChannel, Ari::OperationId::ChannelsPlay, why);
    m_refresh->setEnabled(m_session);
}

void RecordingsBrowser::explain(const QString &what, const QString &name, const Ari::AriError &error, int status)
{
    if (status == 404) {
        m_media->notifier()->error(tr("%1: Asterisk has no recording \"%2\" any more (404 %3). It is gone from the list.")
                                       .arg(what, name, error.message.isEmpty() ? u"Recording not found"_s : error.message));
        if (m_session)
            m_session->store()->removeStoredRecording(name);
    } else if (status == 409) {
        m_media->notifier()->error(tr("%1: a recording called \"%2\" already exists (409 %3). Choose another name.")
                                       .arg(what, name, error.message));
    } else if (status == 403) {
        m_media->notifier()->error(tr("%1: Asterisk could not open the file of \"%2\" (403 %3)").arg(what, name, error.message));
    } else {
        m_media->notifier()->failed(tr("%1 \"%2\"").arg(what, name), error);
    }
}

void RecordingsBrowser::downloadTo(const QString &name, const QString &path)
{
    startDownload(name, path, false);
}

void RecordingsBrowser::listen(const QString &name)
{
    if (!m_session)
        return;
    const QString path = cachePath(name);
    const RecordingFile known = m_catalog ? m_catalog->file(name) : RecordingFile{};
    const QString format = m_session->store()->storedRecordings().value(name).format;
    if (known.bytes >= 0 && known.path == path && QFile::exists(path)) {
        m_player->load(path, format, name);
        return;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    startDownload(name, path, true);
}

void RecordingsBrowser::startDownload(const QString &name, const QString &path, bool thenListen)
{
    if (!m_session || m_reply)
        return;
    const Verdict v = m_media->policy()->general(Ari::OperationId::RecordingsGetStoredFile);
    if (!v.allowed) {
        m_media->notifier()->warning(v.reason);
        return;
    }
    m_file = new QSaveFile(path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        m_media->notifier()->error(tr("Cannot write %1: %2").arg(path, m_file->errorString()));
        delete std::exchange(m_file, nullptr);
        Q_EMIT downloadFinished(name, path, false);
        return;
    }
    m_downloadName = name;
    m_downloadFormat = m_session->store()->storedRecordings().value(name).format;
    m_thenListen = thenListen;
    auto pending = m_session->client()->recordings().getStoredFile({.recordingName = name}, m_file);
    m_reply = pending.reply();
    m_progressLabel->setText(thenListen ? tr("Fetching %1 to listen…").arg(name) : tr("Downloading %1…").arg(name));
    m_progress->setRange(0, 0);
    m_progress->setValue(0);
    m_progress->parentWidget()->show();
    connect(m_reply, &Ari::AriReply::progress, this, [this](qint64 received, qint64 total) {
        if (total > 0) {
            m_progress->setRange(0, int(std::min<qint64>(total, INT_MAX)));
            m_progress->setValue(int(std::min<qint64>(received, INT_MAX)));
        }
        m_progress->setFormat(RecordingCatalog::formatSize(received));
    });
    pending.then(this, [this](const Ari::Result<Ari::Download> &r) {
        const QString name = m_downloadName;
        const QString path = m_file ? m_file->fileName() : QString();
        const bool ok = r.ok() && m_file;
        if (ok && !m_file->commit()) {
            m_media->notifier()->error(tr("Could not save %1: %2").arg(path, m_file->errorString()));
            finishDownload();
            Q_EMIT downloadFinished(name, path, false);
            return;
        }
        if (!ok) {
            if (m_file)
                m_file->cancelWriting(); // nothing half-written is left behind
            if (r.error.kind == Ari::AriError::Kind::Aborted)
                m_media->notifier()->info(tr("Download of \"%1\" cancelled").arg(name));
            else
                explain(m_thenListen ? tr("Listening") : tr("Downloading"), name, r.error, r.httpStatus);
            finishDownload();
            Q_EMIT downloadFinished(name, path, false);
            return;
        }
        // What only the file can tell: its size and its duration.
        QFile f(path);
        QByteArray bytes;
        if (f.open(QIODevice::ReadOnly))
            bytes = f.readAll();
        RecordingFile facts{qint64(bytes.size()), AudioClip::durationOf(bytes, m_downloadFormat), path,
                            QDateTime::currentMSecsSinceEpoch()};
        if (m_catalog)
            m_catalog->setFile(name, facts);
        const bool listenNow = m_thenListen;
        const QString format = m_downloadFormat;
        finishDownload();
        if (listenNow)
            m_player->load(path, format, name);
        else
            m_media->notifier()->info(tr("Saved \"%1\" to %2 (%3)").arg(name, path, RecordingCatalog::formatSize(facts.bytes)));
        Q_EMIT downloadFinished(name, path, true);
    });
    updateActions();
}

void RecordingsBrowser::finishDownload()
{
    delete std::exchange(m_file, nullptr);
    m_reply = nullptr;
    m_progress->parentWidget()->hide();
    updateActions();
}

void RecordingsBrowser::copyTo(const QString &name, const QString &destination)
{
    if (!m_session)
        return;
    const Verdict v = m_media->policy()->general(Ari::OperationId::RecordingsCopyStored);
    if (!v.allowed) {
        m_media->notifier()->warning(v.reason);
        return;
    }
    m_session->client()
        ->recordings()
        .copyStored({.recordingName = name, .destinationRecordingName = destination})
        .then(this, [this, name, destination](const Ari::Result<Ari::StoredRecording> &r) {
            if (!r.ok()) {
                // 404 is about the source, 409 about the destination.
                explain(tr("Copying"), r.httpStatus == 409 ? destination : name, r.error, r.httpStatus);
                return;
            }
            if (m_session)
                m_session->store()->applyRead(r.value); // no event tells of a copy
            m_media->notifier()->info(tr("Copied \"%1\" to \"%2\"").arg(name, r.value.name));
        });
}

void RecordingsBrowser::remove(const QString &name, bool confirm)
{
    if (!m_session)
        return;
    const Verdict v = m_media->policy()->general(Ari::OperationId::RecordingsDeleteStored);
    if (!v.allowed) {
        m_media->notifier()->warning(v.reason);
        return;
    }
    if (confirm
        && QMessageBox::question(this, tr("Delete recording"),
                                 tr("Delete the recording \"%1\" from Asterisk? This cannot be undone.").arg(name))
               != QMessageBox::Yes)
        return;
    m_session->client()->recordings().deleteStored({.recordingName = name}).then(this, [this, name](const Ari::Result<void> &r) {
        if (!r.ok()) {
            explain(tr("Deleting"), name, r.error, r.httpStatus);
            return;
        }
        if (m_session)
            m_session->store()->removeStoredRecording(name); // no event tells of a delete
        m_media->notifier()->info(tr("Deleted \"%1\"").arg(name));
    });
}

void RecordingsBrowser::forget(const QString &name)
{
    if (!m_catalog)
        return;
    const RecordingFile f = m_catalog->file(name);
    if (f.bytes < 0)
        return;
    if (f.path == cachePath(name))
        QFile::remove(f.path);
    m_catalog->forgetFile(name);
    if (m_player->loadedName() == name)
        m_player->clear();
}

} // namespace Console
