// The real wiring (ConsoleApp): open the window with a connection profile,
// as the profile dialog's Connect does, against the simulator; and --demo.

#include "app/ConsoleApp.h"
#include "models/ServerSession.h"
#include "sim/SimServer.h"
#include "tests/support/SimFixture.h"
#include "ui/ChannelActions.h"
#include "ui/MainWindow.h"
#include "ui/Profile.h"

#include <QAction>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class TestConsoleApp : public QObject
{
    Q_OBJECT

    TestSupport::SimFixture m_fx;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_fx.start());
    }

    void opensWithAProfile()
    {
        CommandLine none;
        ConsoleApp app(none);
        QVERIFY(app.start());
        Console::Profile profile;
        profile.name = u"lab"_s;
        profile.url = m_fx.sim->baseUrl();
        profile.user = u"asterisk"_s;
        profile.appName = u"console"_s;
        profile.readOnly = true;
        app.connectProfile(profile, u"asterisk"_s);
        QTRY_VERIFY(app.window()->statusText().startsWith(u"● Connected to lab"_s));
        QVERIFY(app.window()->windowTitle().contains(u"lab"_s));
        QTRY_VERIFY(m_fx.sim->connectedApplications().contains(u"console"_s));
        // The profile's read-only flag reaches the actions.
        QVERIFY(!app.window()->originateAction()->isEnabled());
        QVERIFY(app.window()->originateAction()->toolTip().contains(u"read-only"_s));
    }

    void demoModeRunsItsOwnSimulator()
    {
        CommandLine demo;
        demo.demo = true;
        ConsoleApp app(demo);
        QVERIFY(app.start());
        QVERIFY(app.simulator());
        QVERIFY(app.window()->windowTitle().contains(u"SIMULATED"_s));
        QTRY_VERIFY_WITH_TIMEOUT(app.window()->statusText().contains(u"SIMULATOR"_s)
                                     && app.window()->statusText().startsWith(u"● Connected"_s),
                                 10000);
        // Demo traffic: calls come within seconds.
        QTRY_VERIFY_WITH_TIMEOUT(!app.session()->store()->channels().isEmpty(), 15000);
    }
};

QTEST_MAIN(TestConsoleApp)
#include "tst_consoleapp.moc"
