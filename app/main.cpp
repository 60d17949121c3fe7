#include "app/CommandLine.h"
#include "app/ConsoleApp.h"
#include "app/Headless.h"
#include "app/Identity.h"

#include <QApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    if (CommandLine::wantsHeadless(argc, argv)) {
        QCoreApplication app(argc, argv);
        Identity::installTranslations(app);
        Identity::apply(app);
        const CommandLine options = CommandLine::parse(app);
        if (!options.error.isEmpty()) {
            std::fprintf(stderr, "ari-console: %s\n", qPrintable(options.error));
            return 2;
        }
        return runHeadless(options);
    }
    QApplication app(argc, argv);
    Identity::installTranslations(app);
    Identity::apply(app);
    const CommandLine options = CommandLine::parse(app);
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "ari-console: %s\n", qPrintable(options.error));
        return 2;
    }
    ConsoleApp console(options);
    if (!console.start())
        return 1;
    return app.exec();
}
