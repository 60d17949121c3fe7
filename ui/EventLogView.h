#pragma once

#include "models/EventLogExport.h"

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTableView;

namespace Console {

class AllEventsModel;
class EventLogModel;
class InlineMessage;
class LiveEventFilter;
class Notifier;
class ServerScope;
class ServerSession;
class ServerSet;

//! The live event log of one server (for a dock): the ring buffer as it
//! fills, paused and resumed with a count of what arrived meanwhile; filtered
//! by type (a checklist with counts), by channel or bridge (or the channels
//! selected in the main window) and by text; the selected event as indented
//! JSON in Asterisk's own key order; and the filtered set exported as .jsonl.
//!   auto *log = new EventLogView(notifier);
//!   log->setSession(session);
//!   connect(window, &MainWindow::channelSelectionChanged, log, &EventLogView::followSelection);
class EventLogView : public QWidget
{
    Q_OBJECT

public:
    //! What the subject filter keeps.
    enum class Subject : quint8 { Any, Selection, Channel, Bridge };
    Q_ENUM(Subject)

    explicit EventLogView(Notifier *notifier, QWidget *parent = nullptr);
    ~EventLogView() override;

    void setSession(ServerSession *session);
    //! The window's servers: the "All servers / <server>" choice; all of them
    //! show one log in arrival order with a Server column.
    void setServers(ServerSet *servers);
    ServerScope *serverScope() const { return m_scope; }
    //! Every server's events are shown (nullptr while one server's are).
    AllEventsModel *allServersModel() const { return m_all; }

    LiveEventFilter *filter() const { return m_filter; }
    QTableView *table() const { return m_table; }
    //! The wire type names whose box is ticked; every known type and every type seen is listed.
    QStringList checkedTypes() const;
    //! Ticks exactly these types (empty: all of them).
    void setCheckedTypes(const QStringList &types);
    void setSubject(Subject subject, const QString &id = {});
    Subject subject() const;
    void setText(const QString &text);
    //! The indented JSON of the current event, as shown.
    QString shownJson() const;

    void setPaused(bool paused);
    bool isPaused() const;

    //! Writes the events the filters show, in the order shown, to `path` (.jsonl).
    EventLogExport::Result exportTo(const QString &path);

public Q_SLOTS:
    //! The channels selected in the main window; used while the subject is "the selection".
    void followSelection(const QStringList &channelIds);
    //! Asks for a file name, then exports.
    void exportWithDialog();

Q_SIGNALS:
    void exported(const QString &path, int events);

private:
    void buildUi();
    void applyTypes();
    void applySubject();
    void onCurrentChanged();
    void updateStatus();
    void updateTypeCounts();
    void recountTypes();
    void addTypeItem(const QString &type);
    void showMenu(const QPoint &pos);
    void restoreSettings();
    void saveSettings() const;
    EventLogModel *log() const;
    void applyScope();
    //! Shows this log (a server's, or every server's).
    void attachLog();

    QPointer<ServerSession> m_session;
    AllEventsModel *m_all = nullptr;
    ServerScope *m_scope = nullptr;
    QPointer<Notifier> m_notifier;
    LiveEventFilter *m_filter;
    QHash<QString, int> m_typeCounts; //!< rows of each type in the ring buffer
    QStringList m_selection;
    QTimer m_statusTimer;
    bool m_typeCountsDirty = false;
    bool m_atBottom = true;
    QMetaObject::Connection m_insertConnection;
    QMetaObject::Connection m_removeConnection;
    QMetaObject::Connection m_resetConnection;

    QPushButton *m_pause = nullptr;
    QLabel *m_pausedLabel = nullptr;
    QComboBox *m_subject = nullptr;
    QLineEdit *m_subjectId = nullptr;
    QLineEdit *m_text = nullptr;
    QPushButton *m_export = nullptr;
    QLineEdit *m_findType = nullptr;
    QListWidget *m_types = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_jsonTitle = nullptr;
    QPlainTextEdit *m_json = nullptr;
    QLabel *m_status = nullptr;
    QSplitter *m_split = nullptr;
    QSplitter *m_detailSplit = nullptr;
    InlineMessage *m_message = nullptr;
};

} // namespace Console
