// The Help menu against the simulator, offscreen: About shows the console's
// version, Qt's, and the Asterisk the window is connected to (following the
// connection, and saying so when what it shows is from an earlier one);
// Keyboard shortcuts lists every action of the window that has a shortcut,
// read from the window's QActions, with clashes and dead shortcuts named.

#include "models/ServerSession.h"
#include "tests/support/SimFixture.h"
#include "tests/ui/Screenshots.h"
#include "ui/AboutDialog.h"
#include "ui/ChannelActions.h"
#include "ui/MainWindow.h"
#include "ui/ShortcutsDialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using Console::AboutDialog;
using Console::ShortcutsDialog;

namespace {

QString label(QWidget *dialog, const char *name)
{
    auto *l = dialog->findChild<QLabel *>(QString::fromLatin1(name));
    return l ? l->text() : u"<no label %1>"_s.arg(QString::fromLatin1(name));
}

// What the test expects, worked out on its own: "keys|text" for every visible action with a shortcut.
QSet<QString> actionsWithShortcuts(const QWidget *window)
{
    QList<QAction *> actions = window->findChildren<QAction *>() + window->actions();
    const auto menus = window->findChildren<QMenu *>();
    for (const QMenu *m : menus)
        actions += m->actions();
    QSet<QString> out;
    for (const QAction *a : std::as_const(actions)) {
        if (a->shortcuts().isEmpty() || !a->isVisible())
            continue;
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts())
            keys.append(k.toString(QKeySequence::NativeText));
        // Mnemonics out: "&Hang up…" is "Hang up…", "Stop && keep" is "Stop & keep".
        QString text = a->text();
        text.replace(u"&&"_s, u"\x01"_s).remove(u'&').replace(u'\x01', u'&');
        out.insert(keys.join(u", "_s) + u'|' + text);
    }
    return out;
}

QSet<QString> rowsShown(const ShortcutsDialog *dialog)
{
    QSet<QString> out;
    for (int i = 0; i < dialog->table()->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = dialog->table()->topLevelItem(i);
        out.insert(item->text(1) + u'|' + item->text(0));
    }
    return out;
}

const QTreeWidgetItem *row(const ShortcutsDialog *dialog, const QString &action)
{
    for (int i = 0; i < dialog->table()->topLevelItemCount(); ++i) {
        if (dialog->table()->topLevelItem(i)->text(0) == action)
            return dialog->table()->topLevelItem(i);
    }
    return nullptr;
}

} // namespace

class TestHelpMenu : public QObject
{
    Q_OBJECT

    TestSupport::SimFixture m_fx;
    std::unique_ptr<Console::ServerSession> m_session;
    std::unique_ptr<Console::MainWindow> m_window;

    ShortcutsDialog *openShortcuts()
    {
        m_window->shortcutsAction()->trigger();
        auto *d = m_window->findChild<ShortcutsDialog *>();
        return d && d->isVisible() ? d : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ari-console-tests"_s);
        QCoreApplication::setApplicationName(u"tst_helpmenu"_s);
        QCoreApplication::setApplicationVersion(u"9.8.7"_s);
        QSettings().clear();
        QVERIFY(m_fx.start());
        m_fx.sim->asterisk().setVersion(u"20.7.0-lab"_s);
        m_fx.sim->asterisk().setEntityId(u"02:fc:00:00:00:42"_s);
    }

    void init()
    {
        m_session = std::make_unique<Console::ServerSession>(u"sim"_s);
        m_session->setSettings(m_fx.settings());
        m_window = std::make_unique<Console::MainWindow>();
        m_window->setSession(m_session.get(), u"sim"_s, true);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_session.reset();
    }

    void helpIsTheLastMenu()
    {
        const QList<QAction *> menus = m_window->menuBar()->actions();
        QVERIFY(!menus.isEmpty());
        QMenu *help = menus.last()->menu();
        QVERIFY(help);
        QCOMPARE(help->objectName(), u"helpMenu"_s);
        QVERIFY(help->actions().contains(m_window->aboutAction()));
        QVERIFY(help->actions().contains(m_window->shortcutsAction()));
    }

    void aboutShowsTheVersionsAndFollowsTheConnection()
    {
        // Not connected yet: it says so, and shows no version it does not have.
        m_window->aboutAction()->trigger();
        auto *about = m_window->findChild<AboutDialog *>();
        QVERIFY(about);
        QTRY_VERIFY(about->isVisible());
        QVERIFY(label(about, "aboutVersion").contains(u"9.8.7"_s));
        QVERIFY(label(about, "aboutQt").contains(QString::fromLatin1(qVersion())));
        QVERIFY2(label(about, "aboutAsterisk").contains(u"not connected"_s), qPrintable(label(about, "aboutAsterisk")));
        QVERIFY(!label(about, "aboutAsterisk").contains(u"20.7.0"_s));

        // Connected: the version the server reports in /asterisk/info, live in the open dialog.
        m_session->open();
        QTRY_VERIFY2(label(about, "aboutAsterisk").endsWith(u", connected"_s), qPrintable(label(about, "aboutAsterisk")));
        QVERIFY(label(about, "aboutAsterisk").contains(u"Simulated Asterisk 20.7.0-lab"_s));
        QVERIFY(label(about, "aboutAsterisk").contains(u"02:fc:00:00:00:42"_s));
        TestSupport::snap(about, u"about-dialog"_s);

        // Disconnected: still the version, but plainly from the last connection.
        m_session->close();
        QTRY_VERIFY2(label(about, "aboutAsterisk").contains(u"when last connected; now: Disconnected"_s),
                     qPrintable(label(about, "aboutAsterisk")));

        // Asked again, the same dialog comes forward instead of a second one.
        m_window->aboutAction()->trigger();
        QCOMPARE(m_window->findChildren<AboutDialog *>().size(), 1);

        // The window moves to another server: the dialog follows it.
        Console::ServerSession other(u"other"_s);
        m_window->setSession(&other, u"other"_s, false);
        QTRY_VERIFY(label(about, "aboutAsterisk").contains(u"not connected yet"_s));
        m_window->setSession(m_session.get(), u"sim"_s, true);
        QTRY_VERIFY(label(about, "aboutAsterisk").contains(u"20.7.0-lab"_s));

        // Copy details: what a support ticket needs, as text.
        auto *copy = about->findChild<QPushButton *>(u"aboutCopy"_s);
        QVERIFY(copy);
        copy->click();
        const QString copied = QGuiApplication::clipboard()->text();
        QCOMPARE(copied, about->details());
        QVERIFY(copied.contains(u"9.8.7"_s));
        QVERIFY(copied.contains(QString::fromLatin1(qVersion())));
        QVERIFY(copied.contains(u"20.7.0-lab"_s));

        // Escape closes it (and it is gone, not hidden).
        QPointer<AboutDialog> guard(about);
        QTest::keyClick(about, Qt::Key_Escape);
        QTRY_VERIFY(!guard);
    }

    void shortcutsOpenFromTheKeyboardAndListEveryAction()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_Question, Qt::ControlModifier);
        ShortcutsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<ShortcutsDialog *>()) && dialog->isVisible());

        const QSet<QString> expected = actionsWithShortcuts(m_window.get());
        QVERIFY2(expected.size() >= 10, qPrintable(QStringList(expected.values()).join(u", "_s)));
        QCOMPARE(rowsShown(dialog), expected);
        // One row per action and keys: the same action in two panels (the variable inspector's Ctrl+R
        // in Variables and in System's global variables) is one row, not two.
        QCOMPARE(dialog->table()->topLevelItemCount(), int(expected.size()));
        const auto *readAgain = row(dialog, u"Read the variable again"_s);
        QVERIFY(readAgain);
        QVERIFY2(readAgain->text(2).startsWith(u"In "_s), qPrintable(readAgain->text(2)));

        // The ones every operator needs, with their keys and where they work.
        const auto *originate = row(dialog, u"Originate…"_s);
        QVERIFY(originate);
        QCOMPARE(originate->text(1), QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText));
        QCOMPARE(originate->text(2), u"Anywhere in the window"_s);
        QCOMPARE(originate->text(3), u"Calls"_s);
        const auto *hangup = row(dialog, u"Hang up…"_s);
        QVERIFY(hangup);
        QCOMPARE(hangup->text(2), u"In Live channels"_s);
        const auto *destroy = row(dialog, u"Destroy bridge…"_s);
        QVERIFY(destroy);
        // Hang up and Destroy bridge share Delete, each in its own view: no clash.
        QCOMPARE(destroy->text(1), hangup->text(1));
        QVERIFY(!destroy->text(2).isEmpty() && destroy->text(2) != hangup->text(2));
        QVERIFY(row(dialog, u"Keyboard shortcuts"_s));
        QVERIFY(dialog->table()->isColumnHidden(4)); // no problem column when there is no problem
        TestSupport::snap(dialog, u"shortcuts-dialog"_s);
    }

    void theWindowHasNoClashesAndNoDeadShortcuts()
    {
        const auto entries = ShortcutsDialog::collect(m_window.get());
        QVERIFY(!entries.isEmpty());
        for (const auto &e : entries)
            QVERIFY2(e.problem.isEmpty(), qPrintable(e.text + u" ("_s + e.keys + u"): "_s + e.problem));
    }

    void theListFollowsWhatIsAddedToTheWindow()
    {
        // An action another panel adds is listed the next time the dialog opens.
        auto *added = new QAction(u"&Jump to queue"_s, m_window.get());
        added->setShortcut(QKeySequence(u"Ctrl+Alt+J"_s));
        m_window->addAction(added);
        ShortcutsDialog *dialog = openShortcuts();
        QVERIFY(dialog);
        const auto *jump = row(dialog, u"Jump to queue"_s);
        QVERIFY(jump);
        QCOMPARE(jump->text(1), QKeySequence(u"Ctrl+Alt+J"_s).toString(QKeySequence::NativeText));
        QCOMPARE(jump->text(2), u"Anywhere in the window"_s);

        // A second window-wide F5 clashes with Resync: both rows say so, in words.
        auto *clash = new QAction(u"Refresh panel"_s, m_window.get());
        clash->setShortcut(QKeySequence(Qt::Key_F5));
        m_window->addAction(clash);
        // A view-bound shortcut on an action that is only in a menu can never fire.
        auto *menu = m_window->menuBar()->addMenu(u"Extra"_s);
        auto *dead = menu->addAction(u"Dead one"_s);
        dead->setShortcut(QKeySequence(u"Ctrl+Alt+K"_s));
        dead->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        dialog = openShortcuts();
        QVERIFY(dialog);
        QVERIFY(!dialog->table()->isColumnHidden(4));
        QVERIFY(row(dialog, u"Refresh panel"_s)->text(4).contains(u"Same keys as “Resync”"_s));
        QVERIFY(row(dialog, u"Resync"_s)->text(4).contains(u"Same keys as “Refresh panel”"_s));
        QVERIFY(row(dialog, u"Dead one"_s)->text(4).startsWith(u"⚠ Cannot fire"_s));
        QCOMPARE(row(dialog, u"Dead one"_s)->text(3), u"Extra"_s);
        TestSupport::snap(dialog, u"shortcuts-dialog-problems"_s);

        // Removed again: gone from the list, and the clash with it.
        delete clash;
        delete menu;
        delete added;
        dialog->reload();
        QVERIFY(!row(dialog, u"Refresh panel"_s));
        QVERIFY(!row(dialog, u"Dead one"_s));
        QVERIFY(!row(dialog, u"Jump to queue"_s));
        QVERIFY(row(dialog, u"Resync"_s)->text(4).isEmpty());
        QCOMPARE(rowsShown(dialog), actionsWithShortcuts(m_window.get()));
    }

    void filterAndCopy()
    {
        ShortcutsDialog *dialog = openShortcuts();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->filterEdit(), u"resync"_s);
        int shown = 0;
        for (int i = 0; i < dialog->table()->topLevelItemCount(); ++i)
            shown += dialog->table()->topLevelItem(i)->isHidden() ? 0 : 1;
        QCOMPARE(shown, 1);
        QVERIFY(dialog->findChild<QLabel *>(u"shortcutsCount"_s)->text().startsWith(u"1 "_s));
        QCOMPARE(dialog->plainText(), u"F5\tResync\t(Connection)\tAnywhere in the window"_s);
        dialog->findChild<QPushButton *>(u"shortcutsCopy"_s)->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), dialog->plainText());
    }
};

QTEST_MAIN(TestHelpMenu)
#include "tst_helpmenu.moc"
