#pragma once

#include <QColor>
#include <QString>

namespace Console {

//! How a channel state shows: a colour and a shape, never colour alone.
struct StateStyle
{
    QColor color;
    QString symbol;
    QString label;

    //! For a raw ARI state ("Up", "Ringing", ...) and whether the call is on hold.
    static StateStyle forState(const QString &state, bool onHold = false);
};

} // namespace Console
