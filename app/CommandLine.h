#pragma once

#include "ari/ConnectionSettings.h"

#include <QString>

class QCoreApplication;

//! The console's command line, parsed once with QCommandLineParser conventions.
struct CommandLine
{
    Ari::ConnectionSettings settings;
    bool haveUrl = false;
    bool headless = false;
    double dumpAfterSeconds = -1;
    bool demo = false;
    QString replayFile;
    QString palette; //!< "system", "light" or "dark"; empty: the one saved
    QString error; //!< set when the options are unusable

    //! Parses the application's arguments; exits for --help and --version.
    static CommandLine parse(const QCoreApplication &app);
    //! Whether argv asks for a mode that needs no display (checked before any QApplication exists).
    static bool wantsHeadless(int argc, char **argv);
};
