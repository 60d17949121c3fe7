#pragma once

#include "models/CallTimeline.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QScrollArea;
class QSpinBox;

namespace Console {

class ServerSession;

//! The painted lanes of a timeline: one column per channel (a lifeline, as
//! in a sequence diagram), one row per step, arrows to the peers a step
//! links to, hatched bands where events may be missing. Click or use the
//! arrow keys to pick a step.
class TimelineCanvas : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineCanvas(TimelineModel *model, QWidget *parent = nullptr);

    int selectedRow() const { return m_selected; }
    void setSelectedRow(int row);
    //! The row drawn at this point, or -1.
    int rowAt(const QPoint &pos) const;
    //! Where a row is drawn (for tests and scrolling).
    QRect rowRect(int row) const;
    QSize sizeHint() const override;

    static QColor kindColor(TimelineKind kind);
    static QString kindSymbol(TimelineKind kind);

Q_SIGNALS:
    void rowSelected(int row);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    int laneX(int lane) const;
    int laneWidth() const;

    TimelineModel *m_model;
    int m_selected = -1;
};

//! The timeline panel: the call of the selected channel (live or recently
//! ended) as lanes, the raw event of the step picked, a list of the calls
//! that ended recently, and how long ended calls are kept (15 min by default).
//! Follows MainWindow::sessionChanged and channelSelectionChanged.
class TimelineView : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineView(QWidget *parent = nullptr);

    void setSession(ServerSession *session);
    //! The channels selected in the channel table: the first one's call is shown;
    //! an empty selection keeps the call on screen (it may just have ended).
    void setChannels(const QStringList &channelIds);
    void showChannel(const QString &channelId);

    TimelineModel *model() const { return m_model; }
    TimelineCanvas *canvas() const { return m_canvas; }
    QPlainTextEdit *rawView() const { return m_raw; }
    QComboBox *endedCalls() const { return m_ended; }
    //! Minutes an ended call stays available (applies to every session shown).
    void setRetentionMinutes(int minutes);

private:
    void onRowSelected(int row);
    void refreshEnded();
    void updateTitle();

    QPointer<ServerSession> m_session;
    TimelineModel *m_model;
    TimelineCanvas *m_canvas;
    QScrollArea *m_scroll;
    QLabel *m_title;
    QComboBox *m_ended;
    QSpinBox *m_retention;
    QPlainTextEdit *m_raw;
};

} // namespace Console
