#include "models/LiveChannel.h"

#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Console {

namespace {

int digits(QStringView s, qsizetype at, int n, bool &ok)
{
    int v = 0;
    for (int i = 0; i < n; ++i) {
        const char16_t c = at + i < s.size() ? s[at + i].unicode() : u'\0';
        if (c < u'0' || c > u'9') {
            ok = false;
            return 0;
        }
        v = v * 10 + (c - u'0');
    }
    return v;
}

// Days from the civil date to 1970-01-01 (Howard Hinnant's algorithm).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * unsigned(m + (m > 2 ? -3 : 9)) + 2) / 5 + unsigned(d) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

} // namespace

qint64 parseAriTime(QStringView s)
{
    // YYYY-MM-DDTHH:MM:SS[.mmm](+|-)HHMM or Z
    bool ok = true;
    if (s.size() < 19)
        return 0;
    const int y = digits(s, 0, 4, ok), mo = digits(s, 5, 2, ok), d = digits(s, 8, 2, ok);
    const int h = digits(s, 11, 2, ok), mi = digits(s, 14, 2, ok), se = digits(s, 17, 2, ok);
    if (!ok)
        return 0;
    qsizetype at = 19;
    int ms = 0;
    if (at < s.size() && s[at] == u'.') {
        ++at;
        int scale = 100;
        while (at < s.size() && s[at].unicode() >= u'0' && s[at].unicode() <= u'9') {
            ms += (s[at].unicode() - u'0') * scale;
            scale /= 10;
            ++at;
        }
    }
    int offsetMin = 0;
    if (at < s.size() && (s[at] == u'+' || s[at] == u'-')) {
        const int sign = s[at] == u'-' ? -1 : 1;
        const int oh = digits(s, at + 1, 2, ok);
        const int om = digits(s, at + (s.size() > at + 3 && s[at + 3] == u':' ? 4 : 3), 2, ok);
        if (!ok)
            return 0;
        offsetMin = sign * (oh * 60 + om);
    }
    const qint64 days = daysFromCivil(y, mo, d);
    return ((days * 86400 + h * 3600 + mi * 60 + se) - offsetMin * 60) * 1000 + ms;
}

QString formatAriTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(u"yyyy-MM-ddTHH:mm:ss.zzz+0000"_s);
}

QString hangupCauseText(int cause)
{
    // Q.850 cause codes, as Asterisk reports them, in the user's words (the timeline, the originate dialog).
    switch (cause) {
    case 0: return QCoreApplication::translate("HangupCause", "Unknown");
    case 1: return QCoreApplication::translate("HangupCause", "Unallocated number");
    case 3: return QCoreApplication::translate("HangupCause", "No route to destination");
    case 16: return QCoreApplication::translate("HangupCause", "Normal clearing");
    case 17: return QCoreApplication::translate("HangupCause", "User busy");
    case 18: return QCoreApplication::translate("HangupCause", "No user responding");
    case 19: return QCoreApplication::translate("HangupCause", "No answer");
    case 21: return QCoreApplication::translate("HangupCause", "Call rejected");
    case 22: return QCoreApplication::translate("HangupCause", "Number changed");
    case 27: return QCoreApplication::translate("HangupCause", "Destination out of order");
    case 28: return QCoreApplication::translate("HangupCause", "Invalid number format");
    case 31: return QCoreApplication::translate("HangupCause", "Normal, unspecified");
    case 34: return QCoreApplication::translate("HangupCause", "Congestion (no circuit available)");
    case 38: return QCoreApplication::translate("HangupCause", "Network out of order");
    case 41: return QCoreApplication::translate("HangupCause", "Temporary failure");
    case 42: return QCoreApplication::translate("HangupCause", "Switching equipment congestion");
    case 58: return QCoreApplication::translate("HangupCause", "Bearer capability not available");
    case 88: return QCoreApplication::translate("HangupCause", "Incompatible destination");
    case 102: return QCoreApplication::translate("HangupCause", "Recovery on timer expiry");
    case 127: return QCoreApplication::translate("HangupCause", "Interworking, unspecified");
    default: return QCoreApplication::translate("HangupCause", "Cause %1").arg(cause);
    }
}

} // namespace Console
