#include "ui/StateStyle.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Console {

StateStyle StateStyle::forState(const QString &state, bool onHold)
{
    // The context lupdate gives tr() here, or a translation would never be found.
    auto tr = [](const char *s) { return QCoreApplication::translate("Console::StateStyle", s); };
    if (onHold)
        return {QColor(0x2f, 0x6f, 0xd6), u"❚❚"_s, tr("On hold")};
    if (state == u"Up")
        return {QColor(0x2e, 0x9d, 0x4f), u"●"_s, tr("Up")};
    if (state == u"Ring" || state == u"Ringing")
        return {QColor(0xd9, 0x8c, 0x00), u"◐"_s, state == u"Ring" ? tr("Ring") : tr("Ringing")};
    if (state == u"Busy")
        return {QColor(0xc6, 0x28, 0x28), u"✕"_s, tr("Busy")};
    if (state == u"Down" || state == u"Dialing" || state == u"Pre-ring" || state == u"Rsrved" || state == u"OffHook"
        || state == u"Dialing Offhook")
        return {QColor(0x80, 0x80, 0x80), u"○"_s, state};
    return {QColor(0x80, 0x80, 0x80), u"?"_s, state.isEmpty() ? tr("Unknown") : state};
}

} // namespace Console
