#include "app/CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostInfo>

using namespace Qt::StringLiterals;

bool CommandLine::wantsHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--headless" || a == "--help" || a == "-h" || a == "--version" || a == "-v")
            return true;
    }
    return false;
}

CommandLine CommandLine::parse(const QCoreApplication &app)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "main", "An operator console for Asterisk over ARI: watch live calls, originate, bridge, hang up, play, "
                "record, and browse recordings and sounds.\n\n"
                "Without options it opens the connection profiles (passwords live in the desktop keychain). "
                "With --url it connects to that server; with --demo to a simulated Asterisk inside the "
                "program; with --headless it prints the server's state as JSON and exits.\n\n"
                "Environment: ARI_PASSWORD holds the password for --url (or use --password-file).\n"
                "Exit status: 0 on success, 1 when the window or the connection fails, 2 for unusable options; "
                "with --headless also 3 when the server refuses the user or password, 4 when its TLS "
                "certificate is not trusted, 5 when it does not sync in time."));
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption url(u"url"_s, QCoreApplication::translate("main", "Connect to this Asterisk HTTP server, e.g. http://127.0.0.1:8088 (https:// for TLS)."), u"url"_s);
    const QCommandLineOption user(u"user"_s, QCoreApplication::translate("main", "The ARI user name (ari.conf), with --url."), u"user"_s);
    const QCommandLineOption passwordFile(
        u"password-file"_s,
        QCoreApplication::translate("main", "Read the ARI password from this file (the environment variable ARI_PASSWORD works too; "
                                            "a password on the command line would show in the process list)."),
        u"file"_s);
    const QCommandLineOption appName(u"app"_s, QCoreApplication::translate("main", "The Stasis application name(s) to register, comma separated (default console-$USER-$HOSTNAME)."), u"name"_s);
    const QCommandLineOption subscribeAll(u"subscribe-all"_s, QCoreApplication::translate("main", "Subscribe to all events, so dialplan-only calls show too."));
    const QCommandLineOption caFile(u"ca-file"_s, QCoreApplication::translate("main", "Trust the CA certificates in this PEM file as well as the system's."), u"file"_s);
    const QCommandLineOption pin(u"pin-sha256"_s, QCoreApplication::translate("main", "Accept only the server certificate with this SHA-256 fingerprint (hex digits; colons are ignored), e.g. for a self-signed one."), u"fingerprint"_s);
    const QCommandLineOption headless(u"headless"_s, QCoreApplication::translate("main", "Run without a window: connect, sync, and print the state as JSON (see --dump-after)."));
    const QCommandLineOption dumpAfter(u"dump-after"_s, QCoreApplication::translate("main", "With --headless: print the state after this many seconds of events, then exit (default 0: right after the sync)."), u"seconds"_s);
    const QCommandLineOption demo(u"demo"_s, QCoreApplication::translate("main", "Open against a built-in simulated Asterisk with demo traffic."));
    const QCommandLineOption replay(u"replay"_s, QCoreApplication::translate("main", "Replay a captured session file."), u"file"_s);
    const QCommandLineOption palette(u"palette"_s, QCoreApplication::translate("main", "The colours for this run: system (the desktop's), light or dark (default: the one last chosen in View > Appearance)."), u"scheme"_s);
    p.addOptions({url, user, passwordFile, appName, subscribeAll, caFile, pin, headless, dumpAfter, demo, replay, palette});
    p.process(app);

    CommandLine c;
    if (!p.positionalArguments().isEmpty())
        c.error = QCoreApplication::translate("main", "unexpected argument \"%1\" (see --help)")
                      .arg(p.positionalArguments().constFirst());
    c.headless = p.isSet(headless);
    c.demo = p.isSet(demo);
    c.replayFile = p.value(replay);
    if (p.isSet(palette)) {
        c.palette = p.value(palette).trimmed().toLower();
        if (c.palette != u"system" && c.palette != u"light" && c.palette != u"dark")
            c.error = QCoreApplication::translate("main", "--palette must be system, light or dark");
    }
    if (p.isSet(dumpAfter)) {
        bool ok = false;
        c.dumpAfterSeconds = p.value(dumpAfter).toDouble(&ok);
        if (!ok || c.dumpAfterSeconds < 0)
            c.error = QCoreApplication::translate("main", "--dump-after needs a number of seconds");
    }
    c.haveUrl = p.isSet(url);
    auto &s = c.settings;
    s.baseUrl = QUrl(p.value(url));
    if (c.haveUrl && (!s.baseUrl.isValid() || (s.baseUrl.scheme() != u"http" && s.baseUrl.scheme() != u"https")))
        c.error = QCoreApplication::translate("main", "--url must be an http:// or https:// URL");
    s.user = p.value(user);
    s.password = qEnvironmentVariable("ARI_PASSWORD");
    if (p.isSet(passwordFile)) {
        QFile f(p.value(passwordFile));
        if (!f.open(QIODevice::ReadOnly))
            c.error = QCoreApplication::translate("main", "cannot read the password file %1").arg(f.fileName());
        else
            s.password = QString::fromUtf8(f.readAll()).trimmed();
    }
    s.apps = p.isSet(appName) ? p.value(appName).split(u',', Qt::SkipEmptyParts)
                              : QStringList{u"console-%1-%2"_s.arg(qEnvironmentVariable("USER", u"user"_s),
                                                                    QHostInfo::localHostName())};
    s.subscribeAll = p.isSet(subscribeAll);
    s.tls.extraCaFile = p.value(caFile);
    s.tls.pinnedSha256 = p.value(pin);
    return c;
}
