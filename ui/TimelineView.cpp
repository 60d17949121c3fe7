#include "ui/TimelineView.h"

#include "models/ServerSession.h"
#include "ui/Appearance.h"

#include <QComboBox>
#include <QDateTime>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Console {

namespace {

constexpr int timeWidth = 96;
constexpr int headerHeight = 46;
constexpr int rowHeight = 22;
constexpr int margin = 8;

int textWidth(const QWidget *w)
{
    return 46 * w->fontMetrics().horizontalAdvance(u'M');
}

} // namespace

TimelineCanvas::TimelineCanvas(TimelineModel *model, QWidget *parent) : QWidget(parent), m_model(model)
{
    setObjectName(u"timelineCanvas"_s);
    setAccessibleName(tr("Call timeline"));
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    connect(model, &TimelineModel::rebuilt, this, [this] {
        if (m_selected >= m_model->rowCount())
            m_selected = -1;
        updateGeometry();
        adjustSize();
        update();
    });
}

QColor TimelineCanvas::kindColor(TimelineKind kind)
{
    using K = TimelineKind;
    switch (kind) {
    case K::Created: return QColor(0x54, 0x6e, 0x7a);
    case K::Dialplan: return QColor(0x78, 0x90, 0x9c);
    case K::State: return QColor(0x19, 0x76, 0xd2);
    case K::CallerId: return QColor(0x5c, 0x6b, 0xc0);
    case K::Dtmf: return QColor(0x8e, 0x24, 0xaa);
    case K::StasisStart:
    case K::StasisEnd: return QColor(0x00, 0x89, 0x7b);
    case K::Dial: return QColor(0x39, 0x49, 0xab);
    case K::BridgeEnter:
    case K::BridgeLeave: return QColor(0x2e, 0x7d, 0x32);
    case K::Playback: return QColor(0xef, 0x6c, 0x00);
    case K::Recording: return QColor(0xc6, 0x28, 0x28);
    case K::Variable: return QColor(0x75, 0x75, 0x75);
    case K::Hold:
    case K::Unhold: return QColor(0xf9, 0xa8, 0x25);
    case K::Talking: return QColor(0x00, 0x83, 0x8f);
    case K::Transfer: return QColor(0xad, 0x14, 0x57);
    case K::HangupRequest: return QColor(0xd8, 0x43, 0x15);
    case K::Hangup: return QColor(0xb7, 0x1c, 0x1c);
    case K::Gap: return QColor(0xff, 0xa0, 0x00);
    case K::Other: break;
    }
    return QColor(0x9e, 0x9e, 0x9e);
}

QString TimelineCanvas::kindSymbol(TimelineKind kind)
{
    using K = TimelineKind;
    switch (kind) {
    case K::Created: return u"✚"_s;
    case K::Dialplan: return u"→"_s;
    case K::State: return u"◆"_s;
    case K::CallerId: return u"☎"_s;
    case K::Dtmf: return u"#"_s;
    case K::StasisStart: return u"▶"_s;
    case K::StasisEnd: return u"■"_s;
    case K::Dial: return u"☏"_s;
    case K::BridgeEnter: return u"⇄"_s;
    case K::BridgeLeave: return u"⇤"_s;
    case K::Playback: return u"♪"_s;
    case K::Recording: return u"●"_s;
    case K::Variable: return u"="_s;
    case K::Hold: return u"‖"_s;
    case K::Unhold: return u"▷"_s;
    case K::Talking: return u"≈"_s;
    case K::Transfer: return u"↪"_s;
    case K::HangupRequest: return u"✆"_s;
    case K::Hangup: return u"✕"_s;
    case K::Gap: return u"⚠"_s;
    case K::Other: break;
    }
    return u"·"_s;
}

int TimelineCanvas::laneWidth() const
{
    // Wide enough for the longest channel name in bold, within reason.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics fm(bold);
    int widest = 0;
    for (const TimelineLane &l : m_model->lanes())
        widest = std::max(widest, fm.horizontalAdvance(l.name));
    return std::clamp(widest + 16, 120, fm.horizontalAdvance(u'M') * 20);
}

int TimelineCanvas::laneX(int lane) const
{
    return margin + timeWidth + lane * laneWidth() + laneWidth() / 2;
}

QSize TimelineCanvas::sizeHint() const
{
    const int lanes = std::max<int>(1, int(m_model->lanes().size()));
    return QSize(margin * 2 + timeWidth + lanes * laneWidth() + textWidth(this),
                 headerHeight + std::max(1, m_model->rowCount()) * rowHeight + margin);
}

QRect TimelineCanvas::rowRect(int row) const
{
    return QRect(0, headerHeight + row * rowHeight, width(), rowHeight);
}

int TimelineCanvas::rowAt(const QPoint &pos) const
{
    if (pos.y() < headerHeight)
        return -1;
    const int row = (pos.y() - headerHeight) / rowHeight;
    return row < m_model->rowCount() ? row : -1;
}

void TimelineCanvas::setSelectedRow(int row)
{
    if (row < -1 || row >= m_model->rowCount() || row == m_selected)
        return;
    m_selected = row;
    update();
    Q_EMIT rowSelected(row);
}

void TimelineCanvas::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QList<TimelineLane> &lanes = m_model->lanes();
    const int rows = m_model->rowCount();
    if (lanes.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(margin, margin, -margin, -margin), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                   tr("Select a call in the channel table, or a recently ended one above, to see what happened to it "
                      "step by step."));
        return;
    }
    const int lw = laneWidth();
    const int textX = margin + timeWidth + int(lanes.size()) * lw + margin;
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    QFont bold = font();
    bold.setBold(true);

    // Zebra rows and the selection.
    for (int r = 0; r < rows; ++r) {
        const QRect rr = rowRect(r);
        if (r == m_selected)
            // A tint of the selection colour the row's text stays readable on, light or dark.
            p.fillRect(rr, Appearance::isDark(pal) ? pal.color(QPalette::Highlight).darker(160)
                                                   : pal.color(QPalette::Highlight).lighter(170));
        else if (r % 2)
            p.fillRect(rr, pal.color(QPalette::AlternateBase));
    }

    // Lifelines: from each lane's first step to its hangup (or the bottom while live).
    QHash<int, std::pair<int, int>> span;
    for (int r = 0; r < rows; ++r) {
        const TimelineEntry &e = m_model->entry(r);
        auto it = span.find(e.lane);
        if (it == span.end())
            span.insert(e.lane, {r, r});
        else
            it->second = r;
    }
    for (int l = 0; l < lanes.size(); ++l) {
        const int x = laneX(l);
        const auto s = span.value(l, {0, rows - 1});
        const bool ended = lanes.at(l).endedAtMs > 0;
        const int top = headerHeight;
        const int bottom = ended ? rowRect(s.second).center().y() : headerHeight + rows * rowHeight;
        p.setPen(QPen(pal.color(QPalette::Mid), 2));
        p.drawLine(x, top, x, bottom);
        // The header: the channel's name and why it is here.
        const QRect head(margin + timeWidth + l * lw + 2, 2, lw - 4, headerHeight - 6);
        p.fillRect(head, pal.color(QPalette::Button));
        p.setPen(pal.color(QPalette::ButtonText));
        p.setFont(bold);
        const QString name = p.fontMetrics().elidedText(lanes.at(l).name, Qt::ElideMiddle, head.width() - 6);
        p.drawText(head.adjusted(3, 2, -3, -head.height() / 2), Qt::AlignCenter, name);
        p.setFont(small);
        const QString sub = ended ? tr("%1 · ended").arg(lanes.at(l).relation) : lanes.at(l).relation;
        p.drawText(head.adjusted(3, head.height() / 2, -3, -2), Qt::AlignCenter, sub);
        p.setFont(font());
    }
    p.setPen(pal.color(QPalette::Text));
    p.setFont(small);
    p.drawText(QRect(margin, 2, timeWidth, headerHeight - 6), Qt::AlignLeft | Qt::AlignBottom, tr("Time"));
    p.drawText(QRect(textX, 2, width() - textX, headerHeight - 6), Qt::AlignLeft | Qt::AlignBottom, tr("Step"));
    p.setFont(font());

    for (int r = 0; r < rows; ++r) {
        const TimelineEntry &e = m_model->entry(r);
        const QRect rr = rowRect(r);
        const int y = rr.center().y();
        const int x = laneX(e.lane);
        const QColor c = kindColor(e.kind);
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.setFont(small);
        p.drawText(QRect(margin, rr.top(), timeWidth, rr.height()), Qt::AlignVCenter | Qt::AlignLeft,
                   QDateTime::fromMSecsSinceEpoch(e.atMs).toString(u"HH:mm:ss.zzz"_s));
        p.setFont(font());
        if (e.kind == TimelineKind::Gap) {
            // Events may be missing here: a hatched band across the lane.
            const QRect band(x - lw / 2 + 6, rr.top() + 2, lw - 12, rr.height() - 4);
            p.fillRect(band, QBrush(QColor(0xff, 0xe0, 0x82)));
            p.fillRect(band, QBrush(c, Qt::BDiagPattern));
            p.setPen(QPen(c.darker(130), 1, Qt::DashLine));
            p.drawRect(band);
        }
        // Arrows to the peers this step links to.
        for (int peer : e.peers) {
            const int px = laneX(peer);
            p.setPen(QPen(c, 1.5));
            p.drawLine(x, y, px, y);
            const int dir = px > x ? -1 : 1;
            QPainterPath head;
            head.moveTo(px, y);
            head.lineTo(px + dir * 7, y - 4);
            head.lineTo(px + dir * 7, y + 4);
            head.closeSubpath();
            p.fillPath(head, c);
        }
        if (e.kind != TimelineKind::Gap) {
            p.setPen(QPen(c.darker(140), 1));
            p.setBrush(c);
            p.drawEllipse(QPoint(x, y), 5, 5);
            p.setBrush(Qt::NoBrush);
        }
        // The step in words, with its symbol in its colour.
        const QString sym = kindSymbol(e.kind);
        p.setPen(Appearance::readable(c, pal.color(QPalette::Base)));
        p.setFont(bold);
        p.drawText(QRect(textX, rr.top(), 20, rr.height()), Qt::AlignCenter, sym);
        p.setFont(font());
        p.setPen(pal.color(QPalette::Text));
        const int tx = textX + 22;
        const QString text = p.fontMetrics().elidedText(e.text, Qt::ElideRight, std::max(40, width() - tx - margin));
        p.drawText(QRect(tx, rr.top(), width() - tx - margin, rr.height()), Qt::AlignVCenter | Qt::AlignLeft, text);
    }
}

void TimelineCanvas::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    const int row = rowAt(event->position().toPoint());
    if (row >= 0)
        setSelectedRow(row);
    QWidget::mousePressEvent(event);
}

void TimelineCanvas::keyPressEvent(QKeyEvent *event)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return QWidget::keyPressEvent(event);
    switch (event->key()) {
    case Qt::Key_Down:
        setSelectedRow(std::min(rows - 1, m_selected + 1));
        return;
    case Qt::Key_Up:
        setSelectedRow(std::max(0, m_selected - 1));
        return;
    case Qt::Key_Home:
        setSelectedRow(0);
        return;
    case Qt::Key_End:
        setSelectedRow(rows - 1);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent), m_model(new TimelineModel(this)), m_canvas(new TimelineCanvas(m_model)), m_scroll(new QScrollArea),
      m_title(new QLabel), m_ended(new QComboBox), m_retention(new QSpinBox), m_raw(new QPlainTextEdit)
{
    setObjectName(u"timelineView"_s);
    setAccessibleName(tr("Call timeline"));
    m_title->setObjectName(u"timelineTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // a long channel name never widens the dock
    m_ended->setObjectName(u"timelineEndedCalls"_s);
    m_ended->setAccessibleName(tr("Recently ended calls"));
    m_ended->setToolTip(tr("Calls that ended recently: pick one to see its timeline"));
    m_ended->setMinimumContentsLength(12);
    m_ended->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_retention->setObjectName(u"timelineRetention"_s);
    m_retention->setAccessibleName(tr("Keep ended calls for (minutes)"));
    m_retention->setRange(1, 24 * 60);
    m_retention->setSuffix(tr(" min"));
    m_retention->setToolTip(tr("How long an ended call's timeline stays available"));
    m_retention->setValue(QSettings().value(u"timeline/retentionMinutes"_s, 15).toInt());
    m_raw->setObjectName(u"timelineRawEvent"_s);
    m_raw->setAccessibleName(tr("Raw event of the selected step"));
    m_raw->setReadOnly(true);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setPlaceholderText(tr("Click a step to see the event Asterisk sent."));
    m_scroll->setObjectName(u"timelineScroll"_s);
    m_scroll->setAccessibleName(tr("Call timeline"));
    m_scroll->setWidget(m_canvas);
    m_scroll->setWidgetResizable(true);
    m_scroll->setBackgroundRole(QPalette::Base);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title, 1);
    auto *endedLabel = new QLabel(tr("&Ended:"));
    endedLabel->setBuddy(m_ended);
    bar->addWidget(endedLabel);
    bar->addWidget(m_ended);
    auto *keepLabel = new QLabel(tr("&Keep:"));
    keepLabel->setBuddy(m_retention);
    bar->addWidget(keepLabel);
    bar->addWidget(m_retention);
    auto *split = new QSplitter(Qt::Vertical);
    split->setObjectName(u"timelineSplitter"_s);
    split->addWidget(m_scroll);
    split->addWidget(m_raw);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({600, 200});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    connect(m_canvas, &TimelineCanvas::rowSelected, this, &TimelineView::onRowSelected);
    connect(m_model, &TimelineModel::rebuilt, this, [this] {
        updateTitle();
        onRowSelected(m_canvas->selectedRow());
    });
    connect(m_ended, &QComboBox::activated, this, [this](int index) {
        const QString id = m_ended->itemData(index).toString();
        if (!id.isEmpty())
            showChannel(id);
    });
    connect(m_retention, &QSpinBox::valueChanged, this, [this](int minutes) {
        QSettings().setValue(u"timeline/retentionMinutes"_s, minutes);
        setRetentionMinutes(minutes);
    });
    // Ended calls come and go: the list is refreshed every few seconds, and expired calls leave the store.
    auto *tick = new QTimer(this);
    tick->setInterval(5000);
    connect(tick, &QTimer::timeout, this, [this] {
        if (m_session) {
            m_session->store()->expireEnded(QDateTime::currentMSecsSinceEpoch());
            if (!m_model->channelId().isEmpty() && !m_session->store()->anyChannel(m_model->channelId()))
                m_model->rebuild();
        }
        refreshEnded();
    });
    tick->start();
    updateTitle();
    refreshEnded();
}

void TimelineView::setSession(ServerSession *session)
{
    if (m_session == session)
        return;
    m_session = session;
    if (session)
        session->store()->setEndedRetentionMs(qint64(m_retention->value()) * 60 * 1000);
    m_model->setChannel({});
    m_model->setStore(session ? session->store() : nullptr);
    refreshEnded();
}

void TimelineView::setRetentionMinutes(int minutes)
{
    if (m_retention->value() != minutes)
        m_retention->setValue(minutes);
    if (m_session)
        m_session->store()->setEndedRetentionMs(qint64(minutes) * 60 * 1000);
}

void TimelineView::setChannels(const QStringList &channelIds)
{
    if (!channelIds.isEmpty())
        showChannel(channelIds.first());
}

void TimelineView::showChannel(const QString &channelId)
{
    if (channelId == m_model->channelId())
        return;
    m_canvas->setSelectedRow(-1);
    m_model->setChannel(channelId);
    m_scroll->verticalScrollBar()->setValue(0);
}

void TimelineView::onRowSelected(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_raw->clear();
        return;
    }
    const TimelineEntry &e = m_model->entry(row);
    if (e.raw.isEmpty()) {
        m_raw->setPlainText(tr("No event: the connection was down from %1 to %2, so events may have been missed.")
                                .arg(QDateTime::fromMSecsSinceEpoch(e.atMs).toString(u"HH:mm:ss.zzz"_s),
                                     QDateTime::fromMSecsSinceEpoch(e.endMs).toString(u"HH:mm:ss.zzz"_s)));
        return;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(e.raw);
    m_raw->setPlainText(doc.isNull() ? QString::fromUtf8(e.raw) : QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
    // After the canvas has its size for the rows (a rebuild may just have changed it).
    QTimer::singleShot(0, this, [this, row] { m_scroll->ensureVisible(0, m_canvas->rowRect(row).center().y(), 0, rowHeight * 3); });
}

void TimelineView::refreshEnded()
{
    const QString current = m_ended->currentData().toString();
    QList<const LiveChannel *> ended;
    if (m_session) {
        for (const LiveChannel &lc : m_session->store()->endedChannels())
            ended.append(&lc);
    }
    std::sort(ended.begin(), ended.end(), [](const LiveChannel *a, const LiveChannel *b) { return a->endedAtMs > b->endedAtMs; });
    m_ended->clear();
    m_ended->addItem(ended.isEmpty() ? tr("none yet") : tr("%n call(s)", nullptr, int(ended.size())), QString());
    for (const LiveChannel *lc : ended) {
        const QString when = QDateTime::fromMSecsSinceEpoch(lc->endedAtMs).toString(u"HH:mm:ss"_s);
        m_ended->addItem(tr("%1 · ended %2").arg(lc->channel.name, when), lc->channel.id);
    }
    const int at = m_ended->findData(current);
    m_ended->setCurrentIndex(at > 0 ? at : 0);
}

void TimelineView::updateTitle()
{
    const QList<TimelineLane> &lanes = m_model->lanes();
    if (lanes.isEmpty()) {
        m_title->setText(tr("No call selected"));
        return;
    }
    const int lane = m_model->timeline().laneOf(m_model->channelId());
    const TimelineLane &l = lanes.value(std::max(0, lane));
    const QString state = l.endedAtMs ? tr("ended %1").arg(QDateTime::fromMSecsSinceEpoch(l.endedAtMs).toString(u"HH:mm:ss"_s))
                                      : tr("live");
    m_title->setText(tr("%1 — %2 · %n step(s)", nullptr, m_model->rowCount()).arg(l.name, state));
}

} // namespace Console
