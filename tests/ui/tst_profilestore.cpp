// ProfileStore: profiles through QSettings, the password only through a real Secret Service
// keychain (run under with-keyring.sh), never in the settings file.

#include "ui/Profile.h"
#include "ui/ProfileStore.h"

#include <QApplication>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QRegularExpression>
#include <QUuid>

using namespace Qt::StringLiterals;
using Console::Profile;
using Console::ProfileStore;

class TestProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void roundTripThroughSettings();
    void renameAndRemove();
    void onlyOneAutoConnect();
    void toSettings();
    void defaultAppName();
    void problems_data();
    void problems();
    void passwordThroughKeychain();

private:
    static Profile sample(const QString &name);
    //! Skips the calling test when no Secret Service answers.
    bool keychainAnswers(QString *why);
    QString m_secret;
};

void TestProfileStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"ari-console-tests"_s);
    QCoreApplication::setApplicationName(u"tst_profilestore"_s);
    // Unique per run, so that finding it in a file proves where it went.
    m_secret = u"s3cret-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void TestProfileStore::init()
{
    QSettings settings;
    settings.clear();
    settings.sync();
}

Profile TestProfileStore::sample(const QString &name)
{
    Profile p;
    p.name = name;
    p.url = QUrl(u"https://pbx.example:8089"_s);
    p.user = u"asterisk"_s;
    p.appName = u"console-ops"_s;
    p.subscribeAll = true;
    p.extraCaFile = u"/etc/ssl/lab-ca.pem"_s;
    p.pinnedSha256 = QString(32, u'A').replace(u"AA"_s, u"AB:"_s).chopped(1); // AB:AB:...:AB
    p.readOnly = true;
    p.autoConnect = true;
    return p;
}

void TestProfileStore::roundTripThroughSettings()
{
    {
        ProfileStore store;
        QVERIFY(store.profiles().isEmpty());
        QSignalSpy changed(&store, &ProfileStore::profilesChanged);
        store.save(sample(u"lab"_s));
        Profile other;
        other.name = u"prod"_s;
        other.url = QUrl(u"http://10.0.0.1:8088"_s);
        other.user = u"ops"_s;
        store.save(other);
        QCOMPARE(changed.count(), 2);
    }
    ProfileStore again;
    QCOMPARE(again.profiles().size(), 2);
    QCOMPARE(again.profiles().at(0), sample(u"lab"_s));
    QCOMPARE(again.profiles().at(1).name, u"prod"_s);
    QCOMPARE(again.profiles().at(1).url, QUrl(u"http://10.0.0.1:8088"_s));
    QVERIFY(!again.profiles().at(1).readOnly);
    QVERIFY(again.profile(u"prod"_s));
    QVERIFY(!again.profile(u"nope"_s));
    QCOMPARE(again.autoConnectProfile()->name, u"lab"_s);
    // Under the group "profiles".
    QSettings settings;
    QVERIFY(settings.childGroups().contains(u"profiles"_s));
}

void TestProfileStore::renameAndRemove()
{
    ProfileStore store;
    store.save(sample(u"lab"_s));
    store.save(sample(u"other"_s));
    Profile renamed = sample(u"lab2"_s);
    store.save(renamed, u"lab"_s);
    QCOMPARE(store.profiles().size(), 2);
    QCOMPARE(store.profiles().at(0).name, u"lab2"_s); // renamed in place
    QVERIFY(!store.profile(u"lab"_s));
    store.remove(u"other"_s);
    ProfileStore again;
    QCOMPARE(again.profiles().size(), 1);
    QCOMPARE(again.profiles().at(0).name, u"lab2"_s);
}

void TestProfileStore::onlyOneAutoConnect()
{
    ProfileStore store;
    store.save(sample(u"a"_s));
    store.save(sample(u"b"_s));
    QVERIFY(!store.profile(u"a"_s)->autoConnect);
    QVERIFY(store.profile(u"b"_s)->autoConnect);
    QCOMPARE(store.autoConnectProfile()->name, u"b"_s);
}

void TestProfileStore::toSettings()
{
    const Ari::ConnectionSettings s = sample(u"lab"_s).toSettings(u"pw"_s);
    QCOMPARE(s.baseUrl, QUrl(u"https://pbx.example:8089"_s));
    QCOMPARE(s.user, u"asterisk"_s);
    QCOMPARE(s.password, u"pw"_s);
    QCOMPARE(s.apps, QStringList{u"console-ops"_s});
    QVERIFY(s.subscribeAll);
    QCOMPARE(s.tls.extraCaFile, u"/etc/ssl/lab-ca.pem"_s);
    QCOMPARE(s.tls.pinnedSha256, sample(u"lab"_s).pinnedSha256);
    Profile noApp = sample(u"x"_s);
    noApp.appName.clear();
    QCOMPARE(noApp.toSettings({}).apps, QStringList{Profile::defaultAppName()});
}

void TestProfileStore::defaultAppName()
{
    const QString name = Profile::defaultAppName();
    QVERIFY(name.startsWith(u"console-"_s));
    QVERIFY(name.count(u'-') >= 2); // console-<user>-<host>
    static const QRegularExpression safe(u"^[a-z0-9_.-]+$"_s);
    QVERIFY2(safe.match(name).hasMatch(), qPrintable(name));
}

void TestProfileStore::problems_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("pin");
    QTest::addColumn<bool>("ok");
    QTest::newRow("fine") << u"http://127.0.0.1:8088"_s << u"asterisk"_s << QString() << true;
    QTest::newRow("no host") << u"http://"_s << u"asterisk"_s << QString() << false;
    QTest::newRow("ftp") << u"ftp://x"_s << u"asterisk"_s << QString() << false;
    QTest::newRow("no user") << u"http://x:8088"_s << QString() << QString() << false;
    QTest::newRow("short pin") << u"https://x:8089"_s << u"a"_s << u"AB:CD"_s << false;
    QTest::newRow("pin on http") << u"http://x:8088"_s << u"a"_s << QString(64, u'a') << false;
    QTest::newRow("pin on https") << u"https://x:8089"_s << u"a"_s << QString(64, u'a') << true;
}

void TestProfileStore::problems()
{
    QFETCH(QString, url);
    QFETCH(QString, user);
    QFETCH(QString, pin);
    QFETCH(bool, ok);
    Profile p;
    p.name = u"x"_s;
    p.url = QUrl(url);
    p.user = user;
    p.pinnedSha256 = pin;
    QCOMPARE(p.problem().isEmpty(), ok);
}

bool TestProfileStore::keychainAnswers(QString *why)
{
    ProfileStore probe;
    QSignalSpy written(&probe, &ProfileStore::passwordWritten);
    QSignalSpy failed(&probe, &ProfileStore::keychainError);
    probe.writePassword(u"probe"_s, u"probe"_s);
    if (!QTest::qWaitFor([&] { return written.count() + failed.count() > 0; }, 20000)) {
        *why = u"the keychain did not answer within 20 s"_s;
        return false;
    }
    if (!failed.isEmpty()) {
        *why = failed.first().at(1).toString();
        return false;
    }
    probe.deletePassword(u"probe"_s);
    return true;
}

void TestProfileStore::passwordThroughKeychain()
{
    QString why;
    if (!keychainAnswers(&why))
        QSKIP(qPrintable(u"No Secret Service keychain answers (run under tests/ui/with-keyring.sh): "_s + why));

    ProfileStore store;
    store.save(sample(u"lab"_s));
    QSignalSpy written(&store, &ProfileStore::passwordWritten);
    QSignalSpy failed(&store, &ProfileStore::keychainError);
    store.writePassword(u"lab"_s, m_secret);
    QVERIFY(written.wait(10000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(written.first().at(0).toString(), u"lab"_s);

    // The settings file holds the profile but not the password.
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    const QByteArray contents = file.readAll();
    QVERIFY(contents.contains("pbx.example"));
    QVERIFY(!contents.contains(m_secret.toUtf8()));
    QVERIFY(!contents.contains("s3cret"));

    // A fresh store reads it back from the keychain.
    ProfileStore again;
    QSignalSpy read(&again, &ProfileStore::passwordRead);
    again.readPassword(u"lab"_s);
    QVERIFY(read.wait(10000));
    QCOMPARE(read.first().at(0).toString(), u"lab"_s);
    QCOMPARE(read.first().at(1).toString(), m_secret);
    QCOMPARE(read.first().at(2).toBool(), true);

    // A rename moves the keychain entry.
    QSignalSpy movedIn(&again, &ProfileStore::passwordWritten);
    QSignalSpy movedOut(&again, &ProfileStore::passwordDeleted);
    again.save(sample(u"lab-renamed"_s), u"lab"_s);
    QTRY_COMPARE_WITH_TIMEOUT(movedIn.count(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(movedOut.count(), 1, 10000);
    read.clear();
    again.readPassword(u"lab-renamed"_s);
    QVERIFY(read.wait(10000));
    QCOMPARE(read.first().at(1).toString(), m_secret);
    read.clear();
    again.readPassword(u"lab"_s);
    QVERIFY(read.wait(10000));
    QCOMPARE(read.first().at(2).toBool(), false);

    // Removing the profile removes its password.
    QSignalSpy deleted(&again, &ProfileStore::passwordDeleted);
    again.remove(u"lab-renamed"_s);
    QVERIFY(deleted.wait(10000));
    read.clear();
    again.readPassword(u"lab-renamed"_s);
    QVERIFY(read.wait(10000));
    QCOMPARE(read.first().at(2).toBool(), false);
    QVERIFY(read.first().at(1).toString().isEmpty());
}

QTEST_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
