// Makes the README's screenshots from a demo session: the main window with
// live calls, the originate dialog, and the bridges view with members.
//   ari-console-screenshots OUTPUT_DIR [seconds-of-traffic=20]
// Run it offscreen (QT_QPA_PLATFORM=offscreen) or under Xvfb; scripts/screenshots does.

#include "app/ConsoleApp.h"
#include "models/ServerSession.h"
#include "sim/SimServer.h"
#include "ui/BridgesView.h"
#include "ui/ChannelsView.h"
#include "ui/MainWindow.h"
#include "ui/Notifier.h"
#include "ui/OriginateDialog.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>

#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ari-console-screenshots"));
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s OUTPUT_DIR [seconds]\n", argv[0]);
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[1]);
    const int seconds = argc > 2 ? std::atoi(argv[2]) : 20;
    QDir().mkpath(out);
    CommandLine options;
    options.demo = true;
    ConsoleApp console(options);
    if (!console.start())
        return 1;
    console.simulator()->asterisk().startDemoTraffic(1.5, 7, QStringLiteral("console"));
    auto *w = console.window();
    w->resize(1400, 860);
    auto save = [&](QWidget *widget, const QString &name) {
        const QString path = out + u'/' + name;
        if (!widget->grab().save(path))
            std::fprintf(stderr, "could not write %s\n", qPrintable(path));
        else
            std::printf("%s\n", qPrintable(path));
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
            QCoreApplication::quit();
        });
    });
    return app.exec();
}
