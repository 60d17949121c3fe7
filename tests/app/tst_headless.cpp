// ari-console --headless against the simulator: it connects with the same
// settings as the GUI, syncs, and prints the store as JSON; a wrong password
// exits non-zero with the error in words.

#include "ari/AriClient.h"
#include "tests/support/SimFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

class TestHeadless : public QObject
{
    Q_OBJECT

    TestSupport::SimFixture m_fx;

    QProcess *run(const QString &password, const QStringList &extra = {})
    {
        auto *p = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"ARI_PASSWORD"_s, password);
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(ARI_CONSOLE_BINARY),
                 QStringList{u"--headless"_s, u"--url"_s, m_fx.sim->baseUrl().toString(), u"--user"_s, u"asterisk"_s,
                             u"--app"_s, u"console"_s, u"--subscribe-all"_s}
                     + extra);
        return p;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_fx.start()); }

    void dumpsTheSyncedStore()
    {
        Ari::AriClient client;
        client.setSettings(m_fx.settings());
        QString id;
        client.channels().originate({.endpoint = u"Local/1234@demo"_s, .extension = u"1000"_s, .context = u"demo"_s})
            .then(this, [&](const Ari::Result<Ari::Channel> &r) { id = r.value.id; });
        QTRY_VERIFY(!id.isEmpty());

        QProcess *p = run(u"asterisk"_s, {u"--dump-after"_s, u"0.3"_s});
        // The simulator lives in this process: wait with the event loop running.
        QTRY_VERIFY_WITH_TIMEOUT(p->state() == QProcess::NotRunning, 30000);
        QCOMPARE(p->exitCode(), 0);
        const QByteArray out = p->readAllStandardOutput();
        QVERIFY2(!out.contains("asterisk\""), "no credentials in the dump");
        const QJsonObject dump = QJsonDocument::fromJson(out).object();
        QCOMPARE(dump.value(u"sync"_s).toObject().value(u"state"_s).toString(), u"synced"_s);
        QStringList ids;
        for (const QJsonValue c : dump.value(u"channels"_s).toArray())
            ids.append(c.toObject().value(u"id"_s).toString());
        QVERIFY2(ids.contains(id), qPrintable(ids.join(u", "_s)));
        QVERIFY(dump.contains(u"bridges"_s) && dump.contains(u"applications"_s));
    }

    void wrongPasswordFailsInWords()
    {
        QProcess *p = run(u"wrong"_s, {u"--dump-after"_s, u"0"_s});
        // The simulator lives in this process: wait with the event loop running.
        QTRY_VERIFY_WITH_TIMEOUT(p->state() == QProcess::NotRunning, 30000);
        QVERIFY(p->exitCode() != 0);
        QVERIFY(p->readAllStandardOutput().isEmpty());
        QVERIFY(p->readAllStandardError().contains("uthentication failed"));
    }
};

QTEST_GUILESS_MAIN(TestHeadless)
#include "tst_headless.moc"
