#include "ari/ConnectionSettings.h"

namespace Ari {

QByteArray ConnectionSettings::normalizeFingerprint(const QString &fingerprint)
{
    QByteArray out;
    for (const QChar c : fingerprint) {
        if (c.isDigit() || (c.toLower() >= u'a' && c.toLower() <= u'f'))
            out += char(c.toLower().unicode());
    }
    return out;
}

QString ConnectionSettings::formatFingerprint(const QByteArray &digest)
{
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

} // namespace Ari
