// ApplicationsView against the simulator: subscribe the application to a bridge picked from the
// live store, unsubscribe, set and clear the event filter, errors in words, and read-only.

#include "models/ActionPolicy.h"
#include "models/ServerSession.h"
#include "tests/support/SimFixture.h"
#include "tests/ui/Screenshots.h"
#include "ui/ApplicationsView.h"
#include "ui/InlineMessage.h"
#include "ui/Notifier.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Console::ApplicationsView;

class TestApplicationsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void subscribeToBridge();
    void unsubscribe();
    void eventTypeFilter(); // not eventFilter: QObject::eventFilter is virtual
    void unknownSourceInWords();
    void readOnly();
    void refresh();

private:
    std::unique_ptr<ApplicationsView> openView();
    template<typename T>
    T *child(QWidget *w, const char *name)
    {
        return w->findChild<T *>(QString::fromLatin1(name));
    }
    const AriSim::SimAsterisk::Application *simApp() { return m_fx->sim->asterisk().application(u"console"_s); }

    std::unique_ptr<TestSupport::SimFixture> m_fx;
    std::unique_ptr<Console::ServerSession> m_session;
    Console::Notifier m_notifier;
    Console::ActionPolicy m_policy;
};

void TestApplicationsView::init()
{
    m_fx = std::make_unique<TestSupport::SimFixture>();
    QVERIFY(m_fx->start());
    // A bridge that exists before the console connects: the snapshot puts it in the store.
    QVERIFY(m_fx->sim->asterisk().createBridge(u"mixing"_s, u"ops-bridge"_s, u"ops"_s).status < 300);
    m_session = std::make_unique<Console::ServerSession>(u"sim"_s);
    m_session->setSettings(m_fx->settings());
    m_session->open();
    QTRY_COMPARE(m_session->store()->syncState(), Console::SyncState::Synced);
    QTRY_VERIFY(m_session->store()->applications().contains(u"console"_s));
    m_policy = Console::ActionPolicy();
}

void TestApplicationsView::cleanup()
{
    m_session.reset();
    m_fx.reset();
}

std::unique_ptr<ApplicationsView> TestApplicationsView::openView()
{
    auto v = std::make_unique<ApplicationsView>(m_session.get(), &m_notifier, &m_policy);
    v->resize(520, 560);
    v->show();
    if (!QTest::qWaitForWindowExposed(v.get()))
        qWarning("the view was not exposed");
    return v;
}

void TestApplicationsView::subscribeToBridge()
{
    auto v = openView();
    QTRY_COMPARE(v->currentApplication(), u"console"_s); // the session's own app is selected
    auto *kind = child<QComboBox>(v.get(), "sourceKind");
    auto *source = child<QComboBox>(v.get(), "source");
    kind->setFocus();
    kind->setCurrentIndex(kind->findData(int(ApplicationsView::SourceKind::Bridge)));
    // The picker is fed from the store: the bridge shows by name, and stands for its id.
    const int row = source->findData(u"ops-bridge"_s);
    QVERIFY(row >= 0);
    QCOMPARE(source->itemText(row), u"ops  (ops-bridge)"_s);
    source->setCurrentIndex(row);
    QCOMPARE(v->eventSource(), u"bridge:ops-bridge"_s);

    QSignalSpy changed(v.get(), &ApplicationsView::applicationChanged);
    QTest::mouseClick(child<QPushButton>(v.get(), "subscribe"), Qt::LeftButton);
    QVERIFY(changed.wait(5000));
    // The simulated Asterisk's application has it...
    QVERIFY(simApp()->bridgeIds.contains(u"ops-bridge"_s));
    // ...and so do the store and the view's list.
    QVERIFY(m_session->store()->applications().value(u"console"_s).bridgeIds.contains(u"ops-bridge"_s));
    auto *list = child<QListWidget>(v.get(), "subscriptions");
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), u"Bridge ops (ops-bridge)"_s);
    QCOMPARE(child<Console::InlineMessage>(v.get(), "message")->kind(), Console::InlineMessage::Kind::Success);
    TestSupport::snap(v.get(), u"applications-subscribed"_s);
}

void TestApplicationsView::unsubscribe()
{
    QVERIFY(m_fx->sim->asterisk().subscribe(u"console"_s, {u"bridge:ops-bridge"_s}).status < 300);
    auto v = openView();
    QTest::mouseClick(child<QPushButton>(v.get(), "refresh"), Qt::LeftButton);
    auto *list = child<QListWidget>(v.get(), "subscriptions");
    QTRY_COMPARE(list->count(), 1);
    auto *unsubscribe = child<QPushButton>(v.get(), "unsubscribe");
    QVERIFY(!unsubscribe->isEnabled()); // nothing selected yet, and it says so
    QVERIFY(unsubscribe->toolTip().contains(u"Select"_s));
    list->setCurrentRow(0);
    QVERIFY(unsubscribe->isEnabled());
    QSignalSpy changed(v.get(), &ApplicationsView::applicationChanged);
    QTest::mouseClick(unsubscribe, Qt::LeftButton);
    QVERIFY(changed.wait(5000));
    QVERIFY(simApp()->bridgeIds.isEmpty());
    QCOMPARE(list->count(), 0);
}

void TestApplicationsView::eventTypeFilter()
{
    auto v = openView();
    QTRY_COMPARE(v->currentApplication(), u"console"_s);
    auto *filter = child<QTableWidget>(v.get(), "eventFilter");
    auto rowOf = [filter](const QString &type) {
        for (int r = 0; r < filter->rowCount(); ++r) {
            if (filter->item(r, 0)->text() == type)
                return r;
        }
        return -1;
    };
    const int start = rowOf(u"StasisStart"_s);
    const int varset = rowOf(u"ChannelVarset"_s);
    QVERIFY(start >= 0 && varset >= 0);
    filter->item(start, 1)->setCheckState(Qt::Checked);
    filter->item(varset, 2)->setCheckState(Qt::Checked);
    // A type is never both allowed and disallowed.
    filter->item(varset, 1)->setCheckState(Qt::Checked);
    QCOMPARE(filter->item(varset, 2)->checkState(), Qt::Unchecked);
    filter->item(varset, 2)->setCheckState(Qt::Checked);
    QCOMPARE(filter->item(varset, 1)->checkState(), Qt::Unchecked);

    QSignalSpy changed(v.get(), &ApplicationsView::applicationChanged);
    QTest::mouseClick(child<QPushButton>(v.get(), "applyFilter"), Qt::LeftButton);
    QVERIFY(changed.wait(5000));
    const AriSim::Json allowed = simApp()->eventsAllowed;
    QCOMPARE(allowed.size(), 1);
    QCOMPARE(allowed.toArray().at(0).value(u"type").toString(), u"StasisStart"_s);
    QCOMPARE(simApp()->eventsDisallowed.toArray().at(0).value(u"type").toString(), u"ChannelVarset"_s);
    v->findChild<QTabWidget *>()->setCurrentIndex(1);
    TestSupport::snap(v.get(), u"applications-filter"_s);

    QTest::mouseClick(child<QPushButton>(v.get(), "clearFilter"), Qt::LeftButton);
    QVERIFY(changed.wait(5000));
    QCOMPARE(simApp()->eventsAllowed.size(), 0);
    QCOMPARE(simApp()->eventsDisallowed.size(), 0);
    QCOMPARE(filter->item(start, 1)->checkState(), Qt::Unchecked);
}

void TestApplicationsView::unknownSourceInWords()
{
    auto v = openView();
    QTRY_COMPARE(v->currentApplication(), u"console"_s);
    auto *kind = child<QComboBox>(v.get(), "sourceKind");
    kind->setCurrentIndex(kind->findData(int(ApplicationsView::SourceKind::Channel)));
    auto *source = child<QComboBox>(v.get(), "source");
    QTest::keyClicks(source, u"nosuchchannel"_s);
    QTest::keyClick(source, Qt::Key_Return);
    auto *message = child<Console::InlineMessage>(v.get(), "message");
    QTRY_COMPARE(message->kind(), Console::InlineMessage::Kind::Error);
    QVERIFY2(message->text().contains(u"422"_s), qPrintable(message->text()));
    QVERIFY2(message->text().contains(u"Event source does not exist"_s), qPrintable(message->text()));
    QVERIFY(!m_notifier.history().isEmpty());
    QCOMPARE(m_notifier.history().last().level, Console::Notifier::Level::Error);
}

void TestApplicationsView::readOnly()
{
    m_policy.setReadOnly(true, u"This profile is read-only"_s);
    auto v = openView();
    QTRY_COMPARE(v->currentApplication(), u"console"_s);
    for (const char *name : {"subscribe", "applyFilter", "clearFilter", "unsubscribe"}) {
        auto *b = child<QPushButton>(v.get(), name);
        QVERIFY2(!b->isEnabled(), name);
        QCOMPARE(b->toolTip(), u"This profile is read-only"_s);
    }
    QVERIFY(child<QPushButton>(v.get(), "refresh")->isEnabled()); // reading is fine
    m_policy.setReadOnly(false);
    v->updateActions();
    QVERIFY(child<QPushButton>(v.get(), "subscribe")->isEnabled());
}

void TestApplicationsView::refresh()
{
    auto v = openView();
    // Another application registers after the snapshot: Refresh shows it.
    m_fx->sim->asterisk().registerApplication(u"other"_s, false);
    QTest::mouseClick(child<QPushButton>(v.get(), "refresh"), Qt::LeftButton);
    auto *table = child<QTableView>(v.get(), "applications");
    QTRY_COMPARE(table->model()->rowCount(), 2);
    QVERIFY(m_session->store()->applications().contains(u"other"_s));
    v->selectApplication(u"other"_s);
    QCOMPARE(v->currentApplication(), u"other"_s);
}

QTEST_MAIN(TestApplicationsView)
#include "tst_applicationsview.moc"
