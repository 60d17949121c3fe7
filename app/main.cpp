#include "app/CommandLine.h"
#include "app/Headless.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    if (CommandLine::wantsHeadless(argc, argv)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("ari-console"));
        QCoreApplication::setApplicationVersion(QStringLiteral(ARI_CONSOLE_VERSION));
        const CommandLine options = CommandLine::parse(app);
        if (!options.error.isEmpty()) {
            std::fprintf(stderr, "ari-console: %s\n", qPrintable(options.error));
            return 2;
        }
        return runHeadless(options);
    }
    std::fprintf(stderr, "ari-console: the window is not built yet; use --headless\n");
    return 2;
}
