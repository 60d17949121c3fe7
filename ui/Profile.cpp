#include "ui/Profile.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Console {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Profile", text);
}

// Application names travel in URLs and event-source lists: keep them to a safe alphabet.
QString sanitized(const QString &text)
{
    static const QRegularExpression unsafe(u"[^a-z0-9_.-]+"_s);
    QString out = text.toLower();
    out.replace(unsafe, u"_"_s);
    return out;
}
} // namespace

Ari::ConnectionSettings Profile::toSettings(const QString &password) const
{
    Ari::ConnectionSettings s;
    s.baseUrl = url;
    s.user = user;
    s.password = password;
    s.apps = QStringList{appName.isEmpty() ? defaultAppName() : appName};
    s.subscribeAll = subscribeAll;
    s.tls.extraCaFile = extraCaFile;
    s.tls.pinnedSha256 = pinnedSha256;
    return s;
}

QString Profile::problem() const
{
    if (name.trimmed().isEmpty())
        return tr("The profile needs a name.");
    if (!url.isValid() || url.host().isEmpty())
        return tr("The URL must name a server, e.g. http://127.0.0.1:8088.");
    const QString scheme = url.scheme();
    if (scheme != u"http" && scheme != u"https")
        return tr("The URL must start with http:// or https://.");
    if (user.trimmed().isEmpty())
        return tr("The profile needs an ARI user (ari.conf).");
    if (!pinnedSha256.isEmpty() && Ari::ConnectionSettings::normalizeFingerprint(pinnedSha256).size() != 64)
        return tr("The pinned fingerprint must be a SHA-256 digest: 32 bytes in hex, e.g. AB:CD:...");
    if (scheme == u"http" && (!extraCaFile.isEmpty() || !pinnedSha256.isEmpty()))
        return tr("TLS settings need an https:// URL.");
    return {};
}

QString Profile::defaultAppName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME", u"user"_s);
    QString host = QHostInfo::localHostName().section(u'.', 0, 0);
    if (host.isEmpty())
        host = u"host"_s;
    return u"console-"_s + sanitized(user) + u'-' + sanitized(host);
}

} // namespace Console
