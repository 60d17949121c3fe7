#include "tests/support/SimFixture.h"

#include <QtTest>

using namespace Qt::StringLiterals;

namespace TestSupport {

SimFixture::SimFixture() : sim(std::make_unique<AriSim::SimServer>()) {}

bool SimFixture::start()
{
    if (!sim->listen()) {
        qWarning() << "the simulator could not listen:" << sim->errorString();
        return false;
    }
    return true;
}

Ari::ConnectionSettings SimFixture::settings(const QStringList &apps) const
{
    Ari::ConnectionSettings s;
    s.baseUrl = sim->baseUrl();
    s.user = u"asterisk"_s;
    s.password = u"asterisk"_s;
    s.apps = apps;
    s.requestTimeoutMs = 3000;
    s.reconnectBaseMs = 20;
    s.reconnectCapMs = 200;
    s.pingIntervalMs = 100;
    s.pingTimeoutMs = 400;
    return s;
}

QString testData(const QString &name)
{
    const QString dir = qEnvironmentVariable("ARI_TEST_DATA", QStringLiteral(ARI_TEST_DATA_DIR));
    return dir + u'/' + name;
}

} // namespace TestSupport
