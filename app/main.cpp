#include "app/CommandLine.h"
#include "app/ConsoleApp.h"
#include "app/Headless.h"
#include "app/Identity.h"
#include "ui/Appearance.h"

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
    // The colours before the first window: the command line's for this run, else the ones last chosen.
    const Console::Appearance::Scheme scheme =
        options.palette.isEmpty() ? Console::Appearance::saved() : Console::Appearance::fromKey(options.palette);
    if (scheme != Console::Appearance::Scheme::System)
        Console::Appearance::apply(scheme);
    ConsoleApp console(options);
    if (!console.start())
        return 1;
    return app.exec();
}
