// OriginateDialog driven like an operator would, with the keyboard and mouse, against the
// simulator: into an application, into the dialplan, create-then-dial, and errors in words.

#include "models/ServerSession.h"
#include "tests/support/SimFixture.h"
#include "tests/ui/Screenshots.h"
#include "ui/InlineMessage.h"
#include "ui/Notifier.h"
#include "ui/OriginateDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;
using Console::OriginateDialog;

class TestOriginateDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void intoApplication();
    void intoDialplan();
    void dialplanCallIsFollowedWithoutSubscribeAll();
    void createThenDial();
    void createIntoMissingApplication();
    void fieldsThatDoNotGoTogether();
    void validationInWords();
    void unknownTechnologyInWords();
    void unknownContextIsReported();
    void recentCallsAreOffered();

private:
    void connectSession(bool subscribeAll = false);
    std::unique_ptr<OriginateDialog> openDialog();
    template<typename T>
    T *child(OriginateDialog *d, const char *name)
    {
        T *w = d->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no child %s", name);
        return w;
    }
    QString originate(OriginateDialog *d);

    std::unique_ptr<TestSupport::SimFixture> m_fx;
    std::unique_ptr<Console::ServerSession> m_session;
    Console::Notifier m_notifier;
};

void TestOriginateDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"ari-console-tests"_s);
    QCoreApplication::setApplicationName(u"tst_originatedialog"_s);
    QSettings().clear();
}

void TestOriginateDialog::init()
{
    m_fx = std::make_unique<TestSupport::SimFixture>();
    QVERIFY(m_fx->start());
}

void TestOriginateDialog::cleanup()
{
    m_session.reset();
    m_fx.reset();
}

void TestOriginateDialog::connectSession(bool subscribeAll)
{
    m_session = std::make_unique<Console::ServerSession>(u"sim"_s);
    Ari::ConnectionSettings s = m_fx->settings();
    s.subscribeAll = subscribeAll;
    m_session->setSettings(s);
    m_session->open();
    QTRY_COMPARE(m_session->store()->syncState(), Console::SyncState::Synced);
    QTRY_VERIFY(m_fx->sim->asterisk().hasApplication(u"console"_s));
}

std::unique_ptr<OriginateDialog> TestOriginateDialog::openDialog()
{
    auto d = std::make_unique<OriginateDialog>(m_session.get(), &m_notifier);
    d->show();
    if (!QTest::qWaitForWindowExposed(d.get()))
        qWarning("the dialog was not exposed");
    return d;
}

// Clicks Originate and waits for the outcome: the channel id, or empty when the dialog stayed open.
QString TestOriginateDialog::originate(OriginateDialog *d)
{
    QSignalSpy originated(d, &OriginateDialog::originated);
    auto *message = child<Console::InlineMessage>(d, "message");
    QTest::mouseClick(child<QPushButton>(d, "originate"), Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return !originated.isEmpty() || message->kind() == Console::InlineMessage::Kind::Error; },
                         5000))
        return {};
    return originated.isEmpty() ? QString() : originated.first().at(0).toString();
}

void TestOriginateDialog::intoApplication()
{
    connectSession();
    auto d = openDialog();
    // The default application is the session's own.
    QCOMPARE(child<QComboBox>(d.get(), "app")->currentText(), u"console"_s);
    QVERIFY(child<QRadioButton>(d.get(), "modeApp")->isChecked());
    // The endpoint has the focus: the operator just types.
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(d.get(), "endpoint"));
    QTest::keyClicks(child<QLineEdit>(d.get(), "endpoint"), u"Local/300@demo"_s);
    QTest::keyClicks(child<QLineEdit>(d.get(), "appArgs"), u"ops,1"_s);
    QTest::keyClicks(child<QLineEdit>(d.get(), "callerId"), u"\"Operator\" <1000>"_s);
    TestSupport::snap(d.get(), u"originate-app"_s);

    const QString id = originate(d.get());
    QVERIFY2(!id.isEmpty(), qPrintable(child<Console::InlineMessage>(d.get(), "message")->text()));
    QVERIFY(!d->isVisible());
    QCOMPARE(d->result(), int(QDialog::Accepted));

    // The simulator has the call, in the application...
    QVERIFY(!m_fx->sim->asterisk().channelJson(id).isNull());
    QTRY_VERIFY(m_fx->sim->asterisk().isInStasis(id));
    // ...and so does the console's store, with the arguments.
    QTRY_VERIFY(m_session->store()->channel(id) && m_session->store()->channel(id)->inStasis());
    QCOMPARE(m_session->store()->channel(id)->stasisApp, u"console"_s);
    QCOMPARE(m_session->store()->channel(id)->stasisArgs, (QStringList{u"ops"_s, u"1"_s}));
    QCOMPARE(m_session->store()->channel(id)->channel.caller.number, u"1000"_s);
}

void TestOriginateDialog::intoDialplan()
{
    connectSession(true); // a supervisor's view: dialplan calls show
    auto d = openDialog();
    QTest::keyClicks(child<QLineEdit>(d.get(), "endpoint"), u"Local/1000@demo"_s);
    QTest::mouseClick(child<QRadioButton>(d.get(), "modeDialplan"), Qt::LeftButton);
    QCOMPARE(d->mode(), OriginateDialog::Mode::Dialplan);
    QTest::keyClicks(child<QLineEdit>(d.get(), "context"), u"demo"_s);
    QTest::keyClicks(child<QLineEdit>(d.get(), "extension"), u"100"_s);
    TestSupport::snap(d.get(), u"originate-dialplan"_s);

    const QString id = originate(d.get());
    QVERIFY2(!id.isEmpty(), qPrintable(child<Console::InlineMessage>(d.get(), "message")->text()));
    QVERIFY(!m_fx->sim->asterisk().channelJson(id).isNull());
    QTRY_VERIFY(m_session->store()->channel(id));
    QVERIFY(!m_session->store()->channel(id)->inStasis());
    // Local/1000 answers, then the ;1 half runs demo,100,1: it answers and plays.
    QTRY_COMPARE(m_fx->sim->asterisk().channelJson(id).value(u"state").toString(), u"Up"_s);
    QTRY_COMPARE(m_fx->sim->asterisk().channelJson(id).value(u"dialplan").value(u"exten").toString(), u"100"_s);
}

void TestOriginateDialog::dialplanCallIsFollowedWithoutSubscribeAll()
{
    connectSession(false);
    auto d = openDialog();
    d->setMode(OriginateDialog::Mode::Dialplan);
    QTest::keyClicks(child<QLineEdit>(d.get(), "endpoint"), u"Local/1000@demo"_s);
    QTest::keyClicks(child<QLineEdit>(d.get(), "context"), u"demo"_s);
    QTest::keyClicks(child<QLineEdit>(d.get(), "extension"), u"100"_s);
    const QString id = originate(d.get());
    QVERIFY(!id.isEmpty());
    // The console's application follows the call it placed, so that its hangup is heard.
    QTRY_VERIFY(m_fx->sim->asterisk().application(u"console"_s)
                && m_fx->sim->asterisk().application(u"console"_s)->channelIds.contains(id));
    m_fx->sim->asterisk().hangupChannel(id);
    QTRY_VERIFY(m_session->store()->anyChannel(id) && m_session->store()->anyChannel(id)->isEnded());
}

void TestOriginateDialog::createThenDial()
{
    connectSession();
    auto d = openDialog();
    QTest::mouseClick(child<QRadioButton>(d.get(), "modeCreate"), Qt::LeftButton);
    QCOMPARE(d->mode(), OriginateDialog::Mode::CreateThenDial);
    QCOMPARE(child<QPushButton>(d.get(), "originate")->text(), u"Create and dial"_s);
    QVERIFY(!child<QLineEdit>(d.get(), "callerId")->isEnabled()); // /channels/create has no callerId
    QVERIFY(!child<QLineEdit>(d.get(), "context")->isEnabled());
    QTest::keyClicks(child<QLineEdit>(d.get(), "endpoint"), u"Local/300@demo"_s);
    QTest::mouseClick(child<QToolButton>(d.get(), "advanced"), Qt::LeftButton);
    QVERIFY(child<QLineEdit>(d.get(), "channelId")->isVisible());
    QTest::keyClicks(child<QLineEdit>(d.get(), "channelId"), u"created-1"_s);
    TestSupport::snap(d.get(), u"originate-create-advanced"_s);

    QSignalSpy originated(d.get(), &OriginateDialog::originated);
    QTest::keyClick(child<QLineEdit>(d.get(), "endpoint"), Qt::Key_Return); // Enter does it
    QVERIFY2(originated.wait(5000), qPrintable(child<Console::InlineMessage>(d.get(), "message")->text()));
    QCOMPARE(originated.first().at(0).toString(), u"created-1"_s);
    // It was dialed only once in Stasis: the far end (300) answers and enters Stasis too.
    QTRY_COMPARE(m_fx->sim->asterisk().channelJson(u"created-1"_s).value(u"state").toString(), u"Up"_s);
    QTRY_VERIFY(m_session->store()->channel(u"created-1"_s)
                && m_session->store()->channel(u"created-1"_s)->inStasis());
}

void TestOriginateDialog::createIntoMissingApplication()
{
    connectSession();
    auto d = openDialog();
    d->setMode(OriginateDialog::Mode::CreateThenDial);
    QTest::keyClicks(child<QLineEdit>(d.get(), "endpoint"), u"Local/300@demo"_s);
    auto *app = child<QComboBox>(d.get(), "app");
    app->setEditText(QString());
    QTest::keyClicks(app, u"nosuchapp"_s);
    // Asterisk creates the channel (200), finds no such application and hangs it up: nothing to dial.
    QSignalSpy originated(d.get(), &OriginateDialog::originated);
    QVERIFY(originate(d.get()).isEmpty());
    auto *message = child<Console::InlineMessage>(d.get(), "message");
    QVERIFY2(message->text().contains(u"ended before it could be dialed"_s), qPrintable(message->text()));
    QVERIFY(d->isVisible());
    QCOMPARE(originated.count(), 0);
    QTRY_COMPARE(m_fx->sim->asterisk().channelCount(), 0);
}

void TestOriginateDialog::fieldsThatDoNotGoTogether()
{
    connectSession();
    auto d = openDialog();
    auto *context = child<QLineEdit>(d.get(), "context");
    auto *priority = child<QSpinBox>(d.get(), "priority");
    auto *app = child<QComboBox>(d.get(), "app");
    auto *formats = child<QLineEdit>(d.get(), "formats");
    // Into an application: the dialplan fields are off, and say why.
    QVERIFY(!context->isEnabled());
    QVERIFY(context->toolTip().contains(u"mutually exclusive"_s));
    QVERIFY(app->isEnabled());
    d->setMode(OriginateDialog::Mode::Dialplan);
    QVERIFY(context->isEnabled());
    QVERIFY(priority->isEnabled());
    QVERIFY(!app->isEnabled());
    // A label supersedes the priority.
    QTest::keyClicks(child<QLineEdit>(d.get(), "label"), u"start"_s);
    QVERIFY(!priority->isEnabled());
    QVERIFY(priority->toolTip().contains(u"start"_s));
    child<QLineEdit>(d.get(), "label")->clear();
    QVERIFY(priority->isEnabled());
    // An originator gives the formats.
    QVERIFY(formats->isEnabled());
    child<QComboBox>(d.get(), "originator")->setEditText(u"some-channel"_s);
    QVERIFY(!formats->isEnabled());
}

void TestOriginateDialog::validationInWords()
{
    connectSession();
    auto d = openDialog();
    auto *message = child<Console::InlineMessage>(d.get(), "message");
    QSignalSpy served(m_fx->sim.get(), &AriSim::SimServer::requestServed);
    QTest::mouseClick(child<QPushButton>(d.get(), "originate"), Qt::LeftButton);
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(u"endpoint"_s));
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(d.get(), "endpoint"));
    QTest::keyClicks(child<QLineEdit>(d.get(), "endpoint"), u"300"_s);
    QTest::mouseClick(child<QPushButton>(d.get(), "originate"), Qt::LeftButton);
    QVERIFY(message->text().contains(u"technology/resource"_s));
    d->setMode(OriginateDialog::Mode::Dialplan);
    child<QLineEdit>(d.get(), "endpoint")->setText(u"Local/300@demo"_s);
    QTest::mouseClick(child<QPushButton>(d.get(), "originate"), Qt::LeftButton);
    QVERIFY(message->text().contains(u"extension"_s));
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(d.get(), "extension"));
    QVERIFY(d->isVisible());
    QTest::qWait(0);
    QCOMPARE(served.count(), 0); // nothing was sent
}

void TestOriginateDialog::unknownTechnologyInWords()
{
    connectSession();
    auto d = openDialog();
    QTest::keyClicks(child<QLineEdit>(d.get(), "endpoint"), u"Foo/bar"_s);
    QSignalSpy originated(d.get(), &OriginateDialog::originated);
    QVERIFY(originate(d.get()).isEmpty());
    auto *message = child<Console::InlineMessage>(d.get(), "message");
    QCOMPARE(message->kind(), Console::InlineMessage::Kind::Error);
    // Asterisk's answer (500 {"error": "Allocation failed"}) in words, and what to do about it.
    QVERIFY2(message->text().contains(u"500"_s), qPrintable(message->text()));
    QVERIFY2(message->text().contains(u"Allocation failed"_s), qPrintable(message->text()));
    QVERIFY(message->text().contains(u"technology"_s));
    TestSupport::snap(d.get(), u"originate-error"_s);
    QVERIFY(d->isVisible()); // the operator can correct and retry
    QVERIFY(child<QPushButton>(d.get(), "originate")->isEnabled());
    QCOMPARE(originated.count(), 0);
    QCOMPARE(m_fx->sim->asterisk().channelCount(), 0);
}

void TestOriginateDialog::unknownContextIsReported()
{
    connectSession();
    m_notifier.disconnect();
    const qsizetype before = m_notifier.history().size();
    auto d = openDialog();
    // Asterisk accepts this (200), then both halves die at once: the notifier says so in words.
    QTest::keyClicks(child<QLineEdit>(d.get(), "endpoint"), u"Local/100@nosuchcontext"_s);
    const QString id = originate(d.get());
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY(m_notifier.history().size() > before);
    const Console::Notifier::Note note = m_notifier.history().last();
    QCOMPARE(note.level, Console::Notifier::Level::Warning);
    QVERIFY2(note.text.contains(u"Local/100@nosuchcontext"_s), qPrintable(note.text));
    QVERIFY2(note.text.contains(u"ended at once"_s), qPrintable(note.text));
}

void TestOriginateDialog::recentCallsAreOffered()
{
    connectSession();
    QSettings().remove(u"originate"_s);
    {
        auto d = openDialog();
        QTest::keyClicks(child<QLineEdit>(d.get(), "endpoint"), u"Local/300@demo"_s);
        QVERIFY(!originate(d.get()).isEmpty());
    }
    {
        auto d = openDialog();
        d->setMode(OriginateDialog::Mode::Dialplan);
        QTest::keyClicks(child<QLineEdit>(d.get(), "endpoint"), u"Local/1000@demo"_s);
        QTest::keyClicks(child<QLineEdit>(d.get(), "context"), u"demo"_s);
        QTest::keyClicks(child<QLineEdit>(d.get(), "extension"), u"100"_s);
        QVERIFY(!originate(d.get()).isEmpty());
    }
    auto d = openDialog();
    QCOMPARE(d->recentSummaries(),
             (QStringList{u"Local/1000@demo → dialplan 100@demo"_s, u"Local/300@demo → app console"_s}));
    // The endpoint completes from the recent ones.
    auto *endpoint = child<QLineEdit>(d.get(), "endpoint");
    QVERIFY(endpoint->completer());
    endpoint->completer()->setCompletionPrefix(u"1000"_s);
    QCOMPARE(endpoint->completer()->currentCompletion(), u"Local/1000@demo"_s);
    // Choosing a recent call fills the form.
    auto *recent = child<QComboBox>(d.get(), "recent");
    QCOMPARE(recent->count(), 3);
    recent->setFocus();
    QTest::keyClick(recent, Qt::Key_Down); // activates row 1
    QCOMPARE(endpoint->text(), u"Local/1000@demo"_s);
    QCOMPARE(d->mode(), OriginateDialog::Mode::Dialplan);
    QCOMPARE(child<QLineEdit>(d.get(), "extension")->text(), u"100"_s);
    // Never anything secret: only the call's shape is kept.
    QSettings settings;
    QVERIFY(!settings.allKeys().join(u' ').contains(u"variables"_s));
}

QTEST_MAIN(TestOriginateDialog)
#include "tst_originatedialog.moc"
