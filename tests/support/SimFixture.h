#pragma once

#include "ari/ConnectionSettings.h"
#include "sim/SimServer.h"

#include <memory>

namespace TestSupport {

//! A simulated Asterisk on 127.0.0.1 with a free port, and client settings
//! for it with every timer shrunk so fault tests finish in well under a second.
struct SimFixture
{
    SimFixture();
    //! Starts listening; false (with a QWARN) when the socket could not be bound.
    bool start();
    Ari::ConnectionSettings settings(const QStringList &apps = {QStringLiteral("console")}) const;

    std::unique_ptr<AriSim::SimServer> sim;
};

//! Path to a file in tests/data.
QString testData(const QString &name);

} // namespace TestSupport
