#pragma once

#include "models/ServerSession.h"
#include "models/ValueListModels.h"
#include "ui/MediaTarget.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace Console {

class MediaController;
class SoundFilter;

//! The sound catalogue: every sound with its text, languages and formats;
//! filters for language and format (applied at once here, and asked of
//! Asterisk with GET /sounds?lang=&format=, whose answer is what the list
//! then shows), a search in id and text, and "Play on selected call",
//! "Play on selected bridge" and "Play…". Rows drag onto a channel.
class SoundsBrowser : public QWidget
{
    Q_OBJECT

public:
    explicit SoundsBrowser(MediaController *media, QWidget *parent = nullptr);

    void setSession(ServerSession *session);
    void setSelectedChannels(const QStringList &channelIds);
    void setSelectedBridge(const QString &bridgeId);
    QTableView *table() const { return m_table; }
    SoundFilter *filter() const { return m_filter; }
    SoundModel *model() const { return m_model; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *languageBox() const { return m_language; }
    QComboBox *formatBox() const { return m_format; }
    //! What Asterisk said for the current filters, in words.
    QString serverText() const;
    QString countText() const;
    //! True while a GET /sounds for the filters is in flight.
    bool isQuerying() const { return m_querying; }
    QString currentSound() const;
    void selectSound(const QString &id);
    QAction *playOnChannelAction() const { return m_playOnChannel; }
    QAction *playOnBridgeAction() const { return m_playOnBridge; }
    QAction *playDialogAction() const { return m_playDialog; }

private:
    void refreshChoices();
    void applyFilters();
    void updateActions();
    void updateCount();
    PlayRequest requestFor(const QString &id) const;

    MediaController *m_media;
    QPointer<ServerSession> m_session;
    SoundModel *m_model = nullptr;
    SoundFilter *m_filter;
    QTableView *m_table;
    QLineEdit *m_search;
    QComboBox *m_language;
    QComboBox *m_format;
    QLabel *m_count;
    QLabel *m_server;
    QAction *m_playOnChannel;
    QAction *m_playOnBridge;
    QAction *m_playDialog;
    QStringList m_selectedChannels;
    QString m_selectedBridge;
    int m_query = 0;
    bool m_querying = false;
};

} // namespace Console
