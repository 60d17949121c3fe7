// Makes the README's screenshots from a demo session: the main window with
// live calls, the originate dialog, the bridges view with members, the
// variable inspector, the event log, the recordings browser with its player,
// the sounds browser, the listen panel, the timeline and three servers; each in
// the light palette (NAME.png), the main ones in the dark one too (NAME-dark.png).
//   ari-console-screenshots OUTPUT_DIR [seconds-of-traffic=20]
// Run it offscreen (QT_QPA_PLATFORM=offscreen) or under Xvfb; scripts/screenshots does.

#include "app/ConsoleApp.h"
#include "app/Identity.h"
#include "models/ServerSession.h"
#include "models/ServerSet.h"
#include "sim/SimServer.h"
#include "sim/SimAudio.h"
#include "ui/Appearance.h"
#include "ui/BridgesView.h"
#include "ui/ChannelsView.h"
#include "ui/EventLogView.h"
#include "ui/ListenPanel.h"
#include "ui/MainWindow.h"
#include "ui/MediaPanels.h"
#include "ui/Notifier.h"
#include "ui/OriginateDialog.h"
#include "ui/RecordingPlayer.h"
#include "ui/RecordingsBrowser.h"
#include "ui/ServerWorkspace.h"
#include "ui/SoundsBrowser.h"
#include "ui/TimelineView.h"
#include "ui/VariableInspector.h"

#include <QApplication>
#include <QComboBox>
#include <QTabWidget>
#include <QDir>
#include <QDockWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

#include <memory>

#include <cstdio>
#include <functional>
#include <limits>

namespace {

// The inspection panels, each floated to a readable size: the variable inspector on an answered
// Stasis call (values read, one set, a watch), and the event log with an event selected.
void inspectionShots(Console::MainWindow *w, Console::ServerSession *session,
                     const std::function<void(QWidget *, const QString &)> &save, const std::function<void()> &then)
{
    auto *inspector = w->findChild<Console::VariableInspector *>(QStringLiteral("variableInspector"));
    auto *variablesDock = w->findChild<QDockWidget *>(QStringLiteral("dockVariables"));
    auto *events = w->findChild<Console::EventLogView *>();
    auto *eventsDock = w->findChild<QDockWidget *>(QStringLiteral("dockEvents"));
    if (!inspector || !variablesDock || !events || !eventsDock)
        return then();
    QString target;
    for (const Console::LiveChannel &c : session->store()->channels()) {
        if (c.inStasis() && c.channel.state == u"Up" && !c.bridgeId.isEmpty())
            target = c.channel.id;
    }
    if (!target.isEmpty())
        w->channelsView()->selectChannel(target);
    for (const char *v : {"CHANNEL(name)", "CALLERID(all)", "CHANNEL(language)", "CHANNEL(state)", "CDR(duration)"})
        inspector->get(QString::fromLatin1(v));
    inspector->set(QStringLiteral("QUEUE_PRIORITY"), QStringLiteral("5"));
    inspector->watch(QStringLiteral("QUEUE_PRIORITY"), 1);
    variablesDock->setFloating(true);
    variablesDock->resize(960, 600);
    // The watched value changes once, so the history shows the change.
    QTimer::singleShot(1300, w, [=] { inspector->set(QStringLiteral("QUEUE_PRIORITY"), QStringLiteral("9")); });
    QTimer::singleShot(2600, w, [=] {
        if (auto *tabs = inspector->findChild<QTabWidget *>(QStringLiteral("inspectorTabs")))
            tabs->setCurrentIndex(0);
        if (auto *box = inspector->findChild<QComboBox *>(QStringLiteral("variable")))
            box->setEditText(QStringLiteral("QUEUE_PRIORITY"));
        save(variablesDock, QStringLiteral("variable-inspector.png"));
        variablesDock->setFloating(false);
        eventsDock->setFloating(true);
        eventsDock->resize(1360, 620);
        eventsDock->show();
        QTimer::singleShot(300, w, [=] {
            events->table()->selectRow(events->table()->model()->rowCount() - 1);
            QTimer::singleShot(300, w, [=] {
                save(eventsDock, QStringLiteral("event-log.png"));
                eventsDock->setFloating(false);
                then();
            });
        });
    });
}

// The listen panel, floated, listening to an answered Stasis call from the console itself: the
// call's level meter live, and the words for what this machine has (or lacks) for audio.
void listenShot(Console::MainWindow *w, Console::ServerSession *session, const std::function<void(QWidget *, const QString &)> &save,
                const std::function<void()> &then)
{
    auto *panel = w->findChild<Console::ListenPanel *>();
    auto *dock = w->findChild<QDockWidget *>(QStringLiteral("dockListen"));
    if (!panel || !dock)
        return then();
    QString target;
    qint64 oldest = std::numeric_limits<qint64>::max();
    for (const Console::LiveChannel &c : session->store()->channels()) {
        // The longest-running answered call in a bridge: it will last past the shot.
        if (c.inStasis() && c.channel.state == u"Up" && !c.bridgeId.isEmpty() && c.createdAtMs < oldest) {
            oldest = c.createdAtMs;
            target = c.channel.id;
        }
    }
    if (target.isEmpty())
        return then();
    w->channelsView()->selectChannel(target);
    dock->setFloating(true);
    dock->resize(560, 220);
    dock->show();
    dock->raise();
    panel->listenButton()->click();
    QTimer::singleShot(2500, w, [=] {
        save(dock, QStringLiteral("listen-panel.png"));
        panel->stopButton()->click();
        dock->setFloating(false);
        dock->hide();
        QTimer::singleShot(1000, w, then);
    });
}

// The media panels, floated: the recordings browser with a recording loaded in its player, and the
// sound catalogue filtered to one format.
void mediaShots(Console::MainWindow *w, AriSim::SimServer *sim, const std::function<void(QWidget *, const QString &)> &save,
                const std::function<void()> &then)
{
    auto *panels = w->findChild<Console::MediaPanels *>();
    auto *recordingsDock = w->findChild<QDockWidget *>(QStringLiteral("dockRecordings"));
    auto *soundsDock = w->findChild<QDockWidget *>(QStringLiteral("dockSounds"));
    if (!panels || !recordingsDock || !soundsDock)
        return then();
    // A few recordings of calls, as a call centre keeps them (the demo's own finish as calls end).
    const QString name = QStringLiteral("call-20261128-101502");
    sim->asterisk().addStoredRecording(name, QStringLiteral("wav"), AriSim::SimAudio::recordingFile(QStringLiteral("wav"), 9400, 6100));
    sim->asterisk().addStoredRecording(QStringLiteral("call-20261128-094410"), QStringLiteral("wav"),
                                       AriSim::SimAudio::recordingFile(QStringLiteral("wav"), 31200, 31200));
    sim->asterisk().addStoredRecording(QStringLiteral("greeting-after-hours"), QStringLiteral("gsm"),
                                       AriSim::SimAudio::recordingFile(QStringLiteral("gsm"), 7200, 7200));
    w->resyncAction()->trigger();
    QTimer::singleShot(600, w, [=] {
        Console::RecordingsBrowser *browser = panels->recordings();
        browser->selectRecording(name);
        browser->listen(name);
        recordingsDock->setFloating(true);
        recordingsDock->resize(980, 620);
        recordingsDock->show();
        QTimer::singleShot(800, w, [=] {
            browser->player()->seek(browser->player()->durationMs() * 2 / 5);
            save(recordingsDock, QStringLiteral("recordings-browser.png"));
            recordingsDock->setFloating(false);
            Console::SoundsBrowser *sounds = panels->sounds();
            soundsDock->setFloating(true);
            soundsDock->resize(980, 560);
            soundsDock->show();
            const int gsm = sounds->formatBox()->findData(QStringLiteral("gsm"));
            if (gsm >= 0) {
                sounds->formatBox()->setCurrentIndex(gsm);
                Q_EMIT sounds->formatBox()->activated(gsm);
            }
            QTimer::singleShot(600, w, [=] {
                sounds->selectSound(QStringLiteral("demo-congrats"));
                save(soundsDock, QStringLiteral("sounds-browser.png"));
                soundsDock->setFloating(false);
                then();
            });
        });
    });
}

// The call timeline of a bridged Stasis call (a step picked, its raw event below), then two more
// servers in the window (one with a wrong password): the channels, bridges and events of all three
// with their Server column.
void serverShots(Console::MainWindow *w, Console::ServerSession *session, const std::function<void(QWidget *, const QString &)> &save,
                 const std::function<void()> &then)
{
    auto *timeline = w->findChild<Console::TimelineView *>();
    auto *timelineDock = w->findChild<QDockWidget *>(QStringLiteral("dockTimeline"));
    if (!timeline || !timelineDock)
        return then();
    QString target;
    qsizetype most = 0;
    for (const Console::LiveChannel &c : session->store()->channels()) {
        if (c.inStasis() && !c.bridgeId.isEmpty() && c.history.size() > most) {
            most = c.history.size();
            target = c.channel.id;
        }
    }
    if (!target.isEmpty())
        w->channelsView()->selectChannel(target);
    timelineDock->setFloating(true);
    timelineDock->resize(1180, 700);
    timelineDock->show();
    QTimer::singleShot(500, w, [=] {
        Console::TimelineModel *model = timeline->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->entry(row).kind == Console::TimelineKind::BridgeEnter) {
                timeline->canvas()->setSelectedRow(row);
                break;
            }
        }
        QTimer::singleShot(300, w, [=] {
            save(timelineDock, QStringLiteral("timeline.png"));
            timelineDock->setFloating(false);
            timelineDock->hide();
            // Two more servers: one with traffic of its own, one whose password is wrong.
            static std::unique_ptr<AriSim::SimServer> south, west;
            south = std::make_unique<AriSim::SimServer>();
            west = std::make_unique<AriSim::SimServer>();
            south->asterisk().setSystemName(QStringLiteral("south"));
            west->asterisk().setSystemName(QStringLiteral("west"));
            if (!south->listen() || !west->listen())
                return then();
            south->asterisk().startDemoTraffic(1.2, 5, QStringLiteral("console"));
            auto addServer = [w](AriSim::SimServer *sim, const QString &name, const QString &password) {
                auto *s = new Console::ServerSession(name, w);
                Ari::ConnectionSettings settings;
                settings.baseUrl = sim->baseUrl();
                settings.user = QStringLiteral("asterisk");
                settings.password = password;
                settings.apps = {QStringLiteral("console")};
                settings.subscribeAll = true;
                s->setSettings(settings);
                w->addSession(s, name, true);
                s->open();
            };
            addServer(south.get(), QStringLiteral("south"), QStringLiteral("asterisk"));
            addServer(west.get(), QStringLiteral("west"), QStringLiteral("not-the-password"));
            QTimer::singleShot(8000, w, [=] {
                // Every server's channels, by server; the bridges of all three in front below.
                if (Console::AllChannelsModel *all = w->channelsView()->allServersModel())
                    w->channelsView()->table()->sortByColumn(all->serverColumn(), Qt::DescendingOrder);
                if (auto *bridges = w->findChild<QDockWidget *>(QStringLiteral("dockBridges"))) {
                    bridges->show();
                    bridges->raise();
                    w->bridgesView()->tree()->expandAll();
                }
                QTimer::singleShot(600, w, [=] {
                    save(w, QStringLiteral("multi-server.png"));
                    then();
                });
            });
        });
    });
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    // As the program speaks: English plural forms ("62 calls"), not the source's "%n call(s)".
    Identity::installTranslations(app);
    QCoreApplication::setOrganizationName(QStringLiteral("ari-console-screenshots"));
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s OUTPUT_DIR [seconds]\n", argv[0]);
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[1]);
    const int seconds = argc > 2 ? std::atoi(argv[2]) : 20;
    QDir().mkpath(out);
    // The light palette of the console (Fusion), whatever the machine's style.
    Console::Appearance::apply(Console::Appearance::Scheme::Light);
    CommandLine options;
    options.demo = true;
    ConsoleApp console(options);
    if (!console.start())
        return 1;
    console.simulator()->asterisk().startDemoTraffic(1.5, 7, QStringLiteral("console"));
    auto *w = console.window();
    w->resize(1400, 860);
    // Each shot in the light palette (NAME.png); the main ones also in the dark one (NAME-dark.png),
    // the same moment repainted.
    const QStringList darkToo = {QStringLiteral("main-window.png"), QStringLiteral("bridges.png"),
                                 QStringLiteral("originate-dialog.png"), QStringLiteral("event-log.png"),
                                 QStringLiteral("timeline.png"), QStringLiteral("variable-inspector.png"),
                                 QStringLiteral("recordings-browser.png")};
    auto grabTo = [&](QWidget *widget, const QString &name) {
        const QString path = out + u'/' + name;
        if (!widget->grab().save(path, "PNG", 0)) // 0: the smallest file
            std::fprintf(stderr, "could not write %s\n", qPrintable(path));
        else
            std::printf("%s\n", qPrintable(path));
    };
    auto save = [&](QWidget *widget, const QString &name) {
        grabTo(widget, name);
        if (!darkToo.contains(name))
            return;
        Console::Appearance::apply(Console::Appearance::Scheme::Dark);
        QCoreApplication::processEvents();
        grabTo(widget, QString(name).replace(QStringLiteral(".png"), QStringLiteral("-dark.png")));
        Console::Appearance::apply(Console::Appearance::Scheme::Light);
        QCoreApplication::processEvents();
    };
    QTimer::singleShot(seconds * 1000, [&] {
        // Select an answered call so the toolbar shows what it can do.
        QTableView *table = w->channelsView()->table();
        if (table->model()->rowCount() > 0)
            table->selectRow(0);
        save(w, QStringLiteral("main-window.png"));
        auto *bridgesDock = w->findChild<QDockWidget *>(QStringLiteral("dockBridges"));
        w->bridgesView()->tree()->expandAll();
        if (bridgesDock)
            save(bridgesDock, QStringLiteral("bridges.png"));
        auto *dialog = new Console::OriginateDialog(console.session(), w->notifier(), w);
        dialog->show();
        QTimer::singleShot(300, [&, dialog] {
            save(dialog, QStringLiteral("originate-dialog.png"));
            dialog->close();
            inspectionShots(w, console.session(), save, [&, w] {
                mediaShots(w, console.simulator(), save, [&, w] {
                    listenShot(w, console.session(), save, [&, w] {
                        serverShots(w, console.session(), save, [] { QCoreApplication::quit(); });
                    });
                });
            });
        });
    });
    return app.exec();
}
