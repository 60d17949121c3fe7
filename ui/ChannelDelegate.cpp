#include "ui/ChannelDelegate.h"

#include "models/ChannelModel.h"
#include "ui/Appearance.h"
#include "ui/StateStyle.h"

#include <QApplication>
#include <QDateTime>
#include <QPainter>

namespace Console {

ChannelDelegate::ChannelDelegate(QObject *parent)
    : QStyledItemDelegate(parent), m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
}

void ChannelDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // An ended call fades out before its row leaves.
    const QVariant opacity = index.data(ChannelModel::OpacityRole);
    painter->save();
    if (opacity.isValid() && opacity.toDouble() < 1.0)
        painter->setOpacity(std::max(0.15, opacity.toDouble()));
    paintCell(painter, opt, option, index);
    painter->restore();
}

void ChannelDelegate::paintCell(QPainter *painter, QStyleOptionViewItem &opt, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    // A row that changed a moment ago glows and fades.
    const qint64 changed = index.data(ChangedAtRole).toLongLong();
    const qint64 age = m_now() - changed;
    if (changed > 0 && age >= 0 && age < m_flashMs && !(opt.state & QStyle::State_Selected)) {
        QColor glow = opt.palette.color(QPalette::Highlight);
        glow.setAlphaF(0.35 * (1.0 - double(age) / m_flashMs));
        painter->fillRect(opt.rect, glow);
    }
    if (m_stale || index.data(EndedRole).toBool()) {
        opt.palette.setColor(QPalette::Text, opt.palette.color(QPalette::Disabled, QPalette::Text));
        opt.palette.setColor(QPalette::HighlightedText, opt.palette.color(QPalette::Disabled, QPalette::Text));
    }
    if (index.column() == ChannelModel::Quality && !index.data().toString().isEmpty()) {
        paintSymbol(painter, opt, option, index, qualityStyle(index.data(ChannelModel::QualityGradeRole).toInt()));
        return;
    }
    if (index.column() == ChannelModel::Name) {
        QStyledItemDelegate::paint(painter, opt, index);
        // What plays to the call or records it, as a badge at the cell's end (over the name's tail).
        const QString media = index.data(ChannelModel::MediaRole).toString();
        if (!media.isEmpty()) {
            painter->save();
            const QFontMetrics fm = opt.fontMetrics;
            const int w = std::min(opt.rect.width() / 2, fm.horizontalAdvance(media) + 12);
            const QRect badge(opt.rect.right() - w - 2, opt.rect.top() + 3, w, opt.rect.height() - 6);
            const bool rec = media.contains(u"REC");
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setPen(Qt::NoPen);
            painter->setBrush(rec ? QColor(0xc6, 0x28, 0x28) : QColor(0x2e, 0x7d, 0x4f));
            painter->drawRoundedRect(badge, 4, 4);
            painter->setPen(Qt::white);
            painter->drawText(badge.adjusted(6, 0, -6, 0), Qt::AlignVCenter | Qt::AlignLeft,
                              fm.elidedText(media, Qt::ElideRight, badge.width() - 12));
            painter->restore();
        }
        return;
    }
    if (index.column() != ChannelModel::State) {
        QStyledItemDelegate::paint(painter, opt, index);
        return;
    }
    paintSymbol(painter, opt, option, index,
                StateStyle::forState(index.data(StateRole).toString(), index.data(ChannelModel::OnHoldRole).toBool()));
}

StateStyle ChannelDelegate::qualityStyle(int grade)
{
    // Colour and shape both: ● good, ◐ fair, ✕ poor.
    switch (QualityGrade(grade)) {
    case QualityGrade::Good:
        return {QColor(0x2e, 0x7d, 0x32), QStringLiteral("●"), {}};
    case QualityGrade::Fair:
        return {QColor(0xb2, 0x6a, 0x00), QStringLiteral("◐"), {}};
    case QualityGrade::Poor:
        return {QColor(0xc6, 0x28, 0x28), QStringLiteral("✕"), {}};
    case QualityGrade::Unknown:
        break;
    }
    return {QColor(0x75, 0x75, 0x75), QStringLiteral("–"), {}};
}

void ChannelDelegate::paintSymbol(QPainter *painter, QStyleOptionViewItem &opt, const QStyleOptionViewItem &option,
                                  const QModelIndex &index, const StateStyle &style) const
{
    // The cell's background and selection without its text; the symbol and text follow.
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *qstyle = widget ? widget->style() : QApplication::style();
    qstyle->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    painter->save();
    const QRect r = opt.rect.adjusted(6, 0, -4, 0);
    QFont f = opt.font;
    painter->setFont(f);
    painter->setPen(m_stale ? opt.palette.color(QPalette::Disabled, QPalette::Text)
                             : Appearance::readable(style.color, opt.palette.color(QPalette::Base)));
    const int symbolWidth = opt.fontMetrics.horizontalAdvance(style.symbol) + 6;
    painter->drawText(r, Qt::AlignVCenter | Qt::AlignLeft, style.symbol);
    painter->setPen(opt.palette.color(m_stale ? QPalette::Disabled : QPalette::Active,
                                      (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(r.adjusted(symbolWidth, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, index.data().toString());
    painter->restore();
}

} // namespace Console
