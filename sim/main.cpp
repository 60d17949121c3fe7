// ari-sim: a simulated Asterisk ARI server for tests, demos and load runs.

#include "sim/SimServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <csignal>
#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"ari-sim"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ARI_CONSOLE_VERSION));
    std::signal(SIGPIPE, SIG_IGN);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A simulated Asterisk: ARI REST under /ari, the event WebSocket at /ari/events, and a fault "
        "control endpoint under /_sim (same credentials). It prints the URL it listens on and runs until "
        "interrupted (Ctrl+C).\n\nExit status: 1 when it cannot listen, 2 for unusable options."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(u"port"_s, u"TCP port to listen on; 0 picks a free one (default 8088)."_s,
                                  u"port"_s, u"8088"_s);
    const QCommandLineOption bind(u"bind"_s, u"Address to listen on (default 127.0.0.1)."_s, u"address"_s,
                                  u"127.0.0.1"_s);
    const QCommandLineOption user(u"user"_s, u"ARI user name (default asterisk)."_s, u"name"_s, u"asterisk"_s);
    const QCommandLineOption password(u"password"_s, u"ARI password (default asterisk)."_s, u"password"_s,
                                      u"asterisk"_s);
    const QCommandLineOption tlsCert(u"tls-cert"_s, u"PEM certificate file: serve HTTPS/WSS (needs --tls-key)."_s,
                                     u"file"_s);
    const QCommandLineOption tlsKey(u"tls-key"_s, u"PEM private key file for --tls-cert."_s, u"file"_s);
    const QCommandLineOption entityId(u"entity-id"_s, u"Entity id (default 02:fc:00:00:00:01)."_s, u"id"_s);
    const QCommandLineOption systemName(u"system-name"_s, u"System name in /asterisk/info and channel ids (default lab)."_s,
                                        u"name"_s);
    const QCommandLineOption pingMs(u"ping-interval"_s,
                                    u"Send a WebSocket ping every N ms (default 0: never, like Asterisk)."_s,
                                    u"ms"_s, u"0"_s);
    const QCommandLineOption demoTraffic(u"demo-traffic"_s,
                                         u"Generate call-centre traffic: RATE calls per second arriving from customers "
                                         "(caller name and number) into agents (answered, ringing, abandoned, busy, "
                                         "bridged and recorded in the --demo-app application when it is connected), "
                                         "held 20-300 s."_s,
                                         u"rate"_s);
    const QCommandLineOption demoApp(u"demo-app"_s,
                                     u"The Stasis application that --demo-traffic sends calls into "
                                     "(default console)."_s,
                                     u"app"_s, u"console"_s);
    const QCommandLineOption load(u"load"_s,
                                  u"Keep CHANNELS channels up and emit EVENTS_PER_SECOND events on them "
                                  "(ChannelVarset, ChannelStateChange, ChannelDialplan)."_s,
                                  u"channels,events_per_second"_s);
    const QCommandLineOption leftovers(u"lab-leftovers"_s,
                                       u"Start with what the lab always had: stored recordings snooprec and test1, "
                                       "device state Stasis:op1 = BUSY."_s);
    parser.addOptions({port, bind, user, password, tlsCert, tlsKey, entityId, systemName, pingMs, demoTraffic, demoApp,
                       load, leftovers});
    parser.process(app);

    QTextStream err(stderr);
    bool ok = false;
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (!ok || portNumber > 65535) {
        err << "ari-sim: --port must be a number between 0 and 65535\n";
        return 2;
    }
    const QHostAddress address(parser.value(bind));
    if (address.isNull()) {
        err << "ari-sim: --bind must be an IP address\n";
        return 2;
    }
    const int ping = parser.value(pingMs).toInt(&ok);
    if (!ok || ping < 0) {
        err << "ari-sim: --ping-interval must be a number >= 0\n";
        return 2;
    }

    AriSim::SimServer server;
    server.setCredentials(parser.value(user), parser.value(password));
    if (parser.isSet(entityId))
        server.asterisk().setEntityId(parser.value(entityId));
    server.asterisk().setSystemName(parser.isSet(systemName) ? parser.value(systemName) : u"lab"_s);
    if (parser.isSet(leftovers))
        server.asterisk().addLabLeftovers();
    if (parser.isSet(demoTraffic)) {
        const double rate = parser.value(demoTraffic).toDouble(&ok);
        if (!ok || rate < 0 || rate > 1000) {
            err << "ari-sim: --demo-traffic must be a rate between 0 and 1000 calls per second\n";
            return 2;
        }
        server.asterisk().startDemoTraffic(rate, 1, parser.value(demoApp));
    }
    if (parser.isSet(load)) {
        const QStringList parts = parser.value(load).split(u',');
        bool okChannels = false, okEvents = false;
        const int channels = parts.value(0).toInt(&okChannels);
        const int events = parts.value(1).toInt(&okEvents);
        if (parts.size() != 2 || !okChannels || !okEvents || channels < 0 || events < 0) {
            err << "ari-sim: --load must be CHANNELS,EVENTS_PER_SECOND\n";
            return 2;
        }
        server.asterisk().startLoad(channels, events);
    }
    server.setPingInterval(ping);
    if (parser.isSet(tlsCert) != parser.isSet(tlsKey)) {
        err << "ari-sim: --tls-cert and --tls-key go together\n";
        return 2;
    }
    if (parser.isSet(tlsCert)) {
        QString error;
        if (!server.setTls(parser.value(tlsCert), parser.value(tlsKey), &error)) {
            err << "ari-sim: " << error << '\n';
            return 2;
        }
    }
    if (!server.listen(address, quint16(portNumber))) {
        err << "ari-sim: cannot listen on " << parser.value(bind) << ':' << portNumber << ": "
            << server.errorString() << '\n';
        return 1;
    }
    QTextStream out(stdout);
    out << "ari-sim listening on " << server.baseUrl().toString() << Qt::endl;
    return app.exec();
}
