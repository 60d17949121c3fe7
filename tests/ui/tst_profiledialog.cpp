// ProfileDialog against the simulator: edit and save a profile, "Test connection" in words, and
// "Show fingerprint" then "Trust this certificate" against a TLS simulator. Runs without a keychain
// (the keychain itself is tst_profilestore's business): the dialog must say so and go on.

#include "tests/support/SimFixture.h"
#include "tests/ui/Screenshots.h"
#include "ui/InlineMessage.h"
#include "ui/Notifier.h"
#include "ui/ProfileDialog.h"
#include "ui/ProfileStore.h"

#include <QCheckBox>
#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Console::ProfileDialog;

using TestSupport::snap;

class TestProfileDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void saveAndTestConnection();
    void wrongPasswordInWords();
    void fingerprintTrustOnFirstUse();

private:
    template<typename T>
    T *child(QWidget *w, const char *name)
    {
        return w->findChild<T *>(QString::fromLatin1(name));
    }
    void fill(ProfileDialog *d, const QString &url, const QString &password);
};

void TestProfileDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"ari-console-tests"_s);
    QCoreApplication::setApplicationName(u"tst_profiledialog"_s);
}

void TestProfileDialog::init()
{
    QSettings().clear();
}

void TestProfileDialog::fill(ProfileDialog *d, const QString &url, const QString &password)
{
    child<QLineEdit>(d, "name")->clear();
    QTest::keyClicks(child<QLineEdit>(d, "name"), u"lab"_s);
    child<QLineEdit>(d, "url")->clear();
    QTest::keyClicks(child<QLineEdit>(d, "url"), url);
    QTest::keyClicks(child<QLineEdit>(d, "user"), u"asterisk"_s);
    QTest::keyClicks(child<QLineEdit>(d, "password"), password);
}

void TestProfileDialog::saveAndTestConnection()
{
    TestSupport::SimFixture fx;
    QVERIFY(fx.start());
    Console::ProfileStore store;
    Console::Notifier notifier;
    ProfileDialog d(&store, &notifier);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    fill(&d, fx.sim->baseUrl().toString(), u"asterisk"_s);
    QTest::mouseClick(child<QCheckBox>(&d, "readOnly"), Qt::LeftButton);
    QVERIFY(child<QLineEdit>(&d, "app")->placeholderText().startsWith(u"console-"_s));
    QVERIFY(child<QLineEdit>(&d, "app")->toolTip().contains(u"replace each other"_s));
    QVERIFY(!child<QPushButton>(&d, "showFingerprint")->isEnabled()); // http: no certificate

    auto *message = child<Console::InlineMessage>(&d, "message");
    QTest::mouseClick(child<QPushButton>(&d, "test"), Qt::LeftButton);
    QTRY_COMPARE(message->kind(), Console::InlineMessage::Kind::Success);
    QVERIFY2(message->text().contains(fx.sim->asterisk().version()), qPrintable(message->text()));
    snap(&d, u"profiledialog-tested"_s);

    QTest::mouseClick(child<QPushButton>(&d, "save"), Qt::LeftButton);
    QVERIFY(store.profile(u"lab"_s));
    QVERIFY(store.profile(u"lab"_s)->readOnly);
    QCOMPARE(store.profile(u"lab"_s)->url, fx.sim->baseUrl());
    // The password never reaches the settings file, keychain or not.
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray contents = file.readAll();
    QVERIFY(contents.contains("lab"));
    QVERIFY(!contents.contains("password"));
    QCOMPARE(contents.count("asterisk"), 1); // the user, not the password

    QSignalSpy connectRequested(&d, &ProfileDialog::connectRequested);
    QTest::mouseClick(child<QPushButton>(&d, "connect"), Qt::LeftButton);
    QCOMPARE(connectRequested.count(), 1);
    QCOMPARE(connectRequested.first().at(1).toString(), u"asterisk"_s);
}

void TestProfileDialog::wrongPasswordInWords()
{
    TestSupport::SimFixture fx;
    QVERIFY(fx.start());
    Console::ProfileStore store;
    ProfileDialog d(&store, nullptr);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    fill(&d, fx.sim->baseUrl().toString(), u"wrong"_s);
    QTest::mouseClick(child<QPushButton>(&d, "test"), Qt::LeftButton);
    auto *message = child<Console::InlineMessage>(&d, "message");
    QTRY_COMPARE(message->kind(), Console::InlineMessage::Kind::Error);
    QVERIFY2(message->text().contains(u"401"_s), qPrintable(message->text()));
    QVERIFY(message->text().contains(u"password"_s));
}

void TestProfileDialog::fingerprintTrustOnFirstUse()
{
    TestSupport::SimFixture fx;
    QString why;
    QVERIFY2(fx.sim->setTls(TestSupport::testData(u"sim-cert.pem"_s), TestSupport::testData(u"sim-key.pem"_s), &why),
             qPrintable(why));
    QVERIFY(fx.start());
    QFile pem(TestSupport::testData(u"sim-cert.pem"_s));
    QVERIFY(pem.open(QIODevice::ReadOnly));
    const QSslCertificate cert(pem.readAll());
    const QString expected = Ari::ConnectionSettings::formatFingerprint(cert.digest(QCryptographicHash::Sha256));

    Console::ProfileStore store;
    ProfileDialog d(&store, nullptr);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    fill(&d, fx.sim->baseUrl().toString(), u"asterisk"_s);
    QVERIFY(fx.sim->baseUrl().scheme() == u"https");
    // Untrusted at first: the test says so in words.
    QTest::mouseClick(child<QPushButton>(&d, "test"), Qt::LeftButton);
    auto *message = child<Console::InlineMessage>(&d, "message");
    QTRY_COMPARE(message->kind(), Console::InlineMessage::Kind::Error);
    QVERIFY2(message->text().contains(u"fingerprint"_s), qPrintable(message->text()));

    auto *show = child<QPushButton>(&d, "showFingerprint");
    QVERIFY(show->isEnabled());
    QTest::mouseClick(show, Qt::LeftButton);
    auto *trust = child<QPushButton>(&d, "trust");
    QTRY_VERIFY(trust->isVisible());
    // Shown in two rows of 16 bytes.
    const QString shown = child<QLabel>(&d, "fingerprint")->text();
    QVERIFY2(shown.contains(expected.left(47)) && shown.contains(expected.mid(48)), qPrintable(shown));
    snap(&d, u"profiledialog-fingerprint"_s);
    QTest::mouseClick(trust, Qt::LeftButton);
    QCOMPARE(child<QLineEdit>(&d, "pin")->text(), expected);

    // Pinned, the same server is now trusted.
    QTest::mouseClick(child<QPushButton>(&d, "test"), Qt::LeftButton);
    QTRY_COMPARE(message->kind(), Console::InlineMessage::Kind::Success);
    QTest::mouseClick(child<QPushButton>(&d, "save"), Qt::LeftButton);
    QCOMPARE(store.profile(u"lab"_s)->pinnedSha256, expected);
}

QTEST_MAIN(TestProfileDialog)
#include "tst_profiledialog.moc"
