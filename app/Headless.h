#pragma once

#include "app/CommandLine.h"

//! The console without a window, for scripts: connects with the same
//! settings as the GUI, syncs, applies events for the given time, prints the
//! store as JSON on stdout and exits 0 (or non-zero with the error on stderr).
int runHeadless(const CommandLine &options);
