#pragma once

#include "ui/StateStyle.h"

#include <QStyledItemDelegate>

namespace Console {

//! Paints the channel table: the state column as a coloured symbol plus its
//! name, a brief highlight on rows that just changed, and dimmed rows while
//! the picture is stale.
class ChannelDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ChannelDelegate(QObject *parent = nullptr);

    void setStale(bool stale) { m_stale = stale; }
    void setFlashMs(int ms) { m_flashMs = ms; }
    //! Where the time for the highlight comes from (tests set it).
    void setNow(std::function<qint64()> now) { m_now = std::move(now); }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    //! The symbol and colour of a call-quality grade (QualityGrade as int).
    static StateStyle qualityStyle(int grade);

private:
    void paintCell(QPainter *painter, QStyleOptionViewItem &opt, const QStyleOptionViewItem &option,
                   const QModelIndex &index) const;
    void paintSymbol(QPainter *painter, QStyleOptionViewItem &opt, const QStyleOptionViewItem &option,
                     const QModelIndex &index, const StateStyle &style) const;

    std::function<qint64()> m_now;
    int m_flashMs = 1200;
    bool m_stale = false;
};

} // namespace Console
