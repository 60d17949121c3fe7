#pragma once

#include "ui/StateStyle.h"

#include <QStyledItemDelegate>

namespace Console {

//! Paints the state column of the playbacks and live recordings lists as a
//! coloured symbol and a word (▶ playing, ❚❚ paused, ● recording, ○ queued,
//! ✕ failed), never colour alone. Other columns paint as usual.
class MediaStateDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    MediaStateDelegate(int stateColumn, QObject *parent = nullptr);

    //! For a raw playback or recording state ("playing", "paused", "recording", ...).
    static StateStyle styleFor(const QString &state);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_column;
};

} // namespace Console
