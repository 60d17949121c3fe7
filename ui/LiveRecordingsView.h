#pragma once

#include "models/ServerSession.h"
#include "models/ValueListModels.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace Console {

class MediaController;

//! The recordings in progress: name, format, what is recorded, the state
//! (symbol and word, "muted" when this console muted it), the time so far
//! (the console's count while Asterisk says nothing; Asterisk's duration,
//! talking and silence times where it gives them), with stop, cancel
//! (confirmed), pause, resume, mute and unmute.
class LiveRecordingsView : public QWidget
{
    Q_OBJECT

public:
    explicit LiveRecordingsView(MediaController *media, QWidget *parent = nullptr);

    void setSession(ServerSession *session);
    QTableView *table() const { return m_table; }
    LiveRecordingModel *model() const { return m_model; }
    QString currentRecording() const;
    void selectRecording(const QString &name);
    //! stop, cancel, pause, unpause, mute, unmute.
    QAction *action(const QString &operation) const;
    //! Whether cancel asks first (tests turn it off).
    void setConfirmCancel(bool confirm) { m_confirmCancel = confirm; }
    //! The console's measure of a live recording's length so far (pauses excluded), in ms.
    qint64 elapsedMs(const QString &name) const;

private:
    struct Clock
    {
        qint64 startedMs = 0;
        qint64 pausedAtMs = 0;
        qint64 pausedTotalMs = 0;
    };
    void updateActions();
    void onStoreChanged(Entity entity, const QString &id, Change change);

    MediaController *m_media;
    QPointer<ServerSession> m_session;
    LiveRecordingModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_count;
    QHash<QString, QAction *> m_actions;
    QHash<QString, Clock> m_clocks;
    bool m_confirmCancel = true;
};

} // namespace Console
