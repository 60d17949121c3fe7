#pragma once

#include "models/ServerSession.h"
#include "models/ValueListModels.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace Console {

class MediaController;

//! The live playbacks: what plays where, in which state (symbol and word),
//! with pause, unpause, restart, reverse, forward and stop for the selected
//! one. "Selected calls only" narrows the list to the channels selected in
//! the channel table (and their bridges).
class PlaybacksView : public QWidget
{
    Q_OBJECT

public:
    explicit PlaybacksView(MediaController *media, QWidget *parent = nullptr);

    void setSession(ServerSession *session);
    //! The channels selected in the channel table.
    void setSelectedChannels(const QStringList &channelIds);
    QTableView *table() const { return m_table; }
    PlaybackModel *model() const { return m_model; }
    QString currentPlayback() const;
    void selectPlayback(const QString &id);
    //! pause, unpause, restart, reverse, forward, stop.
    QAction *action(const QString &operation) const;
    QCheckBox *selectedOnlyBox() const { return m_selectedOnly; }

private:
    void updateActions();
    void applyFilter();

    MediaController *m_media;
    QPointer<ServerSession> m_session;
    PlaybackModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLineEdit *m_filter;
    QCheckBox *m_selectedOnly;
    QLabel *m_count;
    QHash<QString, QAction *> m_actions;
    QStringList m_selectedChannels;
};

} // namespace Console
