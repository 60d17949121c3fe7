#include "app/CommandLine.h"
#include "app/ConsoleApp.h"
#include "app/Headless.h"

#include <QApplication>

#include <cstdio>

namespace {
void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ari-console"));
    QCoreApplication::setApplicationName(QStringLiteral("ari-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ARI_CONSOLE_VERSION));
}
} // namespace

int main(int argc, char **argv)
{
    if (CommandLine::wantsHeadless(argc, argv)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        const CommandLine options = CommandLine::parse(app);
        if (!options.error.isEmpty()) {
            std::fprintf(stderr, "ari-console: %s\n", qPrintable(options.error));
            return 2;
        }
        return runHeadless(options);
    }
    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("ARI Console"));
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
