#include "sim/SimClock.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace AriSim {

QString SimClock::formatTimestamp(const QDateTime &utc)
{
    return utc.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s) + u"+0000"_s;
}

QByteArray SimClock::httpDate(const QDateTime &utc)
{
    return QLocale::c().toString(utc.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
}

} // namespace AriSim
