#include "ui/MediaStateDelegate.h"

#include "models/EntityListModel.h"
#include "ui/Appearance.h"

#include <QApplication>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace Console {

MediaStateDelegate::MediaStateDelegate(int stateColumn, QObject *parent) : QStyledItemDelegate(parent), m_column(stateColumn) {}

StateStyle MediaStateDelegate::styleFor(const QString &state)
{
    // The context lupdate gives tr() here, or a translation would never be found.
    auto tr = [](const char *s) { return QCoreApplication::translate("Console::MediaStateDelegate", s); };
    const QColor green(0x2e, 0x9d, 0x4f), blue(0x2f, 0x6f, 0xd6), red(0xc6, 0x28, 0x28), grey(0x80, 0x80, 0x80);
    if (state == u"playing")
        return {green, u"▶"_s, tr("playing")};
    if (state == u"continuing")
        return {green, u"↻"_s, tr("next item")};
    if (state == u"recording")
        return {red, u"●"_s, tr("recording")};
    if (state == u"paused")
        return {blue, u"❚❚"_s, tr("paused")};
    if (state == u"queued")
        return {grey, u"○"_s, tr("queued")};
    if (state == u"failed")
        return {red, u"✕"_s, tr("failed")};
    if (state == u"done")
        return {grey, u"✓"_s, tr("done")};
    if (state == u"canceled" || state == u"cancelled")
        return {grey, u"✕"_s, tr("cancelled")};
    return {grey, u"?"_s, state.isEmpty() ? tr("unknown") : state};
}

void MediaStateDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() != m_column) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const StateStyle style = styleFor(index.data(StateRole).toString());
    // The model's text may say more ("recording · muted"): it follows the symbol.
    const QString text = opt.text.isEmpty() ? style.label : opt.text;
    opt.text.clear();
    QStyle *qstyle = opt.widget ? opt.widget->style() : QApplication::style();
    qstyle->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    painter->save();
    const QRect r = opt.rect.adjusted(6, 0, -4, 0);
    painter->setPen(Appearance::readable(style.color, opt.palette.color(QPalette::Base)));
    painter->drawText(r, Qt::AlignVCenter | Qt::AlignLeft, style.symbol);
    const int symbolWidth = opt.fontMetrics.horizontalAdvance(style.symbol) + 6;
    painter->setPen(opt.palette.color(QPalette::Active, (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText
                                                                                             : QPalette::Text));
    painter->drawText(r.adjusted(symbolWidth, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, text);
    painter->restore();
}

} // namespace Console
