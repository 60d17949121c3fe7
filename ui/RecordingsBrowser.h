#pragma once

#include "models/RecordingCatalog.h"
#include "models/ServerSession.h"

#include <QFileDialog>
#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSaveFile;
class QSortFilterProxyModel;
class QTableView;

namespace Ari {
class AriReply;
}

namespace Console {

class RecordingPlayer;
class MediaController;

//! The stored recordings: name and format, with duration and size once
//! downloaded; a filter and sortable columns. Download streams to a chosen
//! file with progress and cancel; Listen downloads to the cache and plays
//! it in the player below; Copy asks a new name; Delete asks first. Rows
//! drag onto a channel to play there. 404 and 409 come back in words.
class RecordingsBrowser : public QWidget
{
    Q_OBJECT

public:
    explicit RecordingsBrowser(MediaController *media, QWidget *parent = nullptr);
    ~RecordingsBrowser() override;

    void setSession(ServerSession *session);
    void setSelectedChannels(const QStringList &channelIds) { m_selectedChannels = channelIds; updateActions(); }
    RecordingCatalog *catalog() const { return m_catalog; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    RecordingPlayer *player() const { return m_player; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancel; }
    QString currentRecording() const;
    void selectRecording(const QString &name);
    QAction *listenAction() const { return m_listen; }
    QAction *downloadAction() const { return m_download; }
    QAction *copyAction() const { return m_copy; }
    QAction *deleteAction() const { return m_delete; }
    QAction *playOnChannelAction() const { return m_playOnChannel; }
    QAction *refreshAction() const { return m_refresh; }
    //! The file dialog "Download…" opened, while it is open.
    QFileDialog *saveDialog() const { return m_saveDialog; }
    bool isDownloading() const { return m_reply != nullptr; }

    //! Streams the recording into `path` (the Download action asks where first).
    void downloadTo(const QString &name, const QString &path);
    //! Downloads to the cache (unless a fresh copy is there) and loads it into the player.
    void listen(const QString &name);
    void copyTo(const QString &name, const QString &destination);
    void remove(const QString &name, bool confirm = true);
    //! Where Listen keeps its copy of a recording.
    QString cachePath(const QString &name) const;

Q_SIGNALS:
    void downloadFinished(const QString &name, const QString &path, bool ok);

private:
    void updateActions();
    void startDownload(const QString &name, const QString &path, bool thenListen);
    void finishDownload();
    void explain(const QString &what, const QString &name, const Ari::AriError &error, int status);
    void forget(const QString &name);

    MediaController *m_media;
    QPointer<ServerSession> m_session;
    RecordingCatalog *m_catalog = nullptr;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLineEdit *m_filter;
    QLabel *m_count;
    QLabel *m_progressLabel;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    RecordingPlayer *m_player;
    QAction *m_listen;
    QAction *m_download;
    QAction *m_copy;
    QAction *m_delete;
    QAction *m_playOnChannel;
    QAction *m_refresh;
    QPointer<QFileDialog> m_saveDialog;
    QStringList m_selectedChannels;
    // The download in flight (one at a time).
    QPointer<Ari::AriReply> m_reply;
    QSaveFile *m_file = nullptr;
    QString m_downloadName;
    QString m_downloadFormat;
    bool m_thenListen = false;
};

} // namespace Console
