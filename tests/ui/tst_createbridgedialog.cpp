// CreateBridgeDialog against the simulator: a mixing bridge, with and without a chosen id,
// the type flags, and a duplicate id refused in words.

#include "models/ServerSession.h"
#include "tests/support/SimFixture.h"
#include "tests/ui/Screenshots.h"
#include "ui/CreateBridgeDialog.h"
#include "ui/InlineMessage.h"
#include "ui/Notifier.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Console::CreateBridgeDialog;

class TestCreateBridgeDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createsMixingBridge();
    void createsWithIdAndFlags();
    void holdingDisablesMediaOptions();
    void duplicateIdInWords();

private:
    std::unique_ptr<CreateBridgeDialog> openDialog();
    template<typename T>
    T *child(QWidget *d, const char *name)
    {
        return d->findChild<T *>(QString::fromLatin1(name));
    }

    std::unique_ptr<TestSupport::SimFixture> m_fx;
    std::unique_ptr<Console::ServerSession> m_session;
    Console::Notifier m_notifier;
};

void TestCreateBridgeDialog::init()
{
    m_fx = std::make_unique<TestSupport::SimFixture>();
    QVERIFY(m_fx->start());
    m_session = std::make_unique<Console::ServerSession>(u"sim"_s);
    m_session->setSettings(m_fx->settings());
    m_session->open();
    QTRY_COMPARE(m_session->store()->syncState(), Console::SyncState::Synced);
}

void TestCreateBridgeDialog::cleanup()
{
    m_session.reset();
    m_fx.reset();
}

std::unique_ptr<CreateBridgeDialog> TestCreateBridgeDialog::openDialog()
{
    auto d = std::make_unique<CreateBridgeDialog>(m_session.get(), &m_notifier);
    d->show();
    if (!QTest::qWaitForWindowExposed(d.get()))
        qWarning("the dialog was not exposed");
    return d;
}

void TestCreateBridgeDialog::createsMixingBridge()
{
    auto d = openDialog();
    QVERIFY(child<QRadioButton>(d.get(), "mixing")->isChecked());
    QCOMPARE(d->typeString(), u"mixing"_s);
    QTest::keyClicks(child<QLineEdit>(d.get(), "name"), u"ops"_s);
    QSignalSpy created(d.get(), &CreateBridgeDialog::bridgeCreated);
    QTest::mouseClick(child<QPushButton>(d.get(), "create"), Qt::LeftButton);
    QVERIFY2(created.wait(5000), qPrintable(child<Console::InlineMessage>(d.get(), "message")->text()));
    const QString id = created.first().at(0).toString();
    QVERIFY(!d->isVisible());

    // The simulator has it...
    const AriSim::Json bridge = m_fx->sim->asterisk().bridgeJson(id);
    QVERIFY(!bridge.isNull());
    QCOMPARE(bridge.value(u"bridge_type").toString(), u"mixing"_s);
    QCOMPARE(bridge.value(u"name").toString(), u"ops"_s);
    // ...the store has it at once (Asterisk sends no BridgeCreated to an unsubscribed app)...
    QVERIFY(m_session->store()->bridge(id));
    QCOMPARE(m_session->store()->bridge(id)->bridge.name, u"ops"_s);
    // ...and the console follows it, so that its destruction is heard.
    QTRY_VERIFY(m_fx->sim->asterisk().application(u"console"_s)->bridgeIds.contains(id));
    QVERIFY(m_fx->sim->asterisk().destroyBridge(id).status < 300);
    QTRY_VERIFY(!m_session->store()->bridge(id));
}

void TestCreateBridgeDialog::createsWithIdAndFlags()
{
    auto d = openDialog();
    QTest::mouseClick(child<QCheckBox>(d.get(), "dtmf_events"), Qt::LeftButton);
    QTest::mouseClick(child<QCheckBox>(d.get(), "proxy_media"), Qt::LeftButton);
    QCOMPARE(d->typeString(), u"mixing,dtmf_events,proxy_media"_s);
    TestSupport::snap(d.get(), u"createbridge"_s);
    QTest::keyClicks(child<QLineEdit>(d.get(), "bridgeId"), u"conf/ 1"_s); // the validator keeps it a path segment
    QCOMPARE(child<QLineEdit>(d.get(), "bridgeId")->text(), u"conf1"_s);
    QSignalSpy created(d.get(), &CreateBridgeDialog::bridgeCreated);
    QTest::keyClick(child<QLineEdit>(d.get(), "bridgeId"), Qt::Key_Return);
    QVERIFY(created.wait(5000));
    QCOMPARE(created.first().at(0).toString(), u"conf1"_s);
    QVERIFY(!m_fx->sim->asterisk().bridgeJson(u"conf1"_s).isNull());
    QVERIFY(m_session->store()->bridge(u"conf1"_s));
}

void TestCreateBridgeDialog::holdingDisablesMediaOptions()
{
    auto d = openDialog();
    QTest::mouseClick(child<QCheckBox>(d.get(), "video_sfu"), Qt::LeftButton);
    QCOMPARE(d->typeString(), u"mixing,video_sfu"_s);
    QTest::mouseClick(child<QRadioButton>(d.get(), "holding"), Qt::LeftButton);
    QVERIFY(!child<QCheckBox>(d.get(), "video_sfu")->isEnabled());
    QVERIFY(child<QCheckBox>(d.get(), "video_sfu")->toolTip().contains(u"mixing"_s));
    QCOMPARE(d->typeString(), u"holding"_s);
    QSignalSpy created(d.get(), &CreateBridgeDialog::bridgeCreated);
    QTest::mouseClick(child<QPushButton>(d.get(), "create"), Qt::LeftButton);
    QVERIFY(created.wait(5000));
    QCOMPARE(m_fx->sim->asterisk().bridgeJson(created.first().at(0).toString()).value(u"bridge_type").toString(),
             u"holding"_s);
}

void TestCreateBridgeDialog::duplicateIdInWords()
{
    QVERIFY(m_fx->sim->asterisk().createBridge(u"mixing"_s, u"taken"_s, {}).status < 300);
    auto d = openDialog();
    QTest::keyClicks(child<QLineEdit>(d.get(), "bridgeId"), u"taken"_s);
    QSignalSpy created(d.get(), &CreateBridgeDialog::bridgeCreated);
    QTest::mouseClick(child<QPushButton>(d.get(), "create"), Qt::LeftButton);
    auto *message = child<Console::InlineMessage>(d.get(), "message");
    QTRY_COMPARE(message->kind(), Console::InlineMessage::Kind::Error);
    QVERIFY2(message->text().contains(u"taken"_s) || message->text().contains(u"409"_s), qPrintable(message->text()));
    QVERIFY(d->isVisible());
    QCOMPARE(created.count(), 0);
    TestSupport::snap(d.get(), u"createbridge-error"_s);
}

QTEST_MAIN(TestCreateBridgeDialog)
#include "tst_createbridgedialog.moc"
