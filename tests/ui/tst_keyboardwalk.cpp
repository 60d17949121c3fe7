// Every action of the main window, by keyboard only, against the simulator,
// offscreen. The actions are read from the window itself (its menus, its
// own actions and every QAction its panels own), so a new action with no
// keyboard way to it fails here. Each is reached the way an operator without
// a mouse would: the menu bar through its mnemonic (Alt+letter), arrow keys
// and Return; otherwise the action's shortcut, with the focus moved into
// the panel it works in by keyboard (View > Go to panel, then Tab). Keys go
// to the focused widget (or the open menu); QAction::trigger() is never
// called. Each action must then have done something one can see: opened a
// dialog (closed again with Escape, which must work), sent a request that
// changes something (or reads something no timer reads), moved the focus,
// shown or hidden a panel, flipped a toggle, changed the connection, or
// closed the window. Every dialog it opens is checked as it opens: each
// focusable widget named for a screen reader, a Tab order that goes down the
// dialog and back with Shift+Tab, and no untranslated markup.
//
// Also, on the whole window with every panel: everyFocusableWidgetHasAName
// (the accessible name a screen reader says, or the buddy label's text),
// menuBarMnemonicsAreTheirOwn (no button or label of a panel takes a menu's
// Alt+letter, which would make the first press only move the focus) and
// noUntranslatedMarkupShows (the English build as the program loads it: no
// "%1"/"%n" left, no "call(s)" plural forms, no "&&" or stray "&" shown as
// text, no "tr(" in widgets, actions, menus, tooltips, headers and rows).

#include "app/ConsoleApp.h"
#include "app/Identity.h"
#include "models/ServerSession.h"
#include "sim/SimAudio.h"
#include "tests/support/Await.h"
#include "tests/support/SimFixture.h"
#include "ui/BridgesView.h"
#include "ui/ChannelActions.h"
#include "ui/ChannelsView.h"
#include "ui/MainWindow.h"
#include "ui/Notifier.h"
#include "ui/VariableInspector.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAbstractItemView>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QSpinBox>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>

using namespace Qt::StringLiterals;
using Console::ChannelAction;

namespace {

QString nameOf(const QAction *a)
{
    QString text = a->text();
    text.replace(u"&&"_s, u"\x01"_s).remove(u'&').replace(u'\x01', u'&');
    return u"“%1” (%2)"_s.arg(text, a->objectName().isEmpty() ? u"no objectName"_s : a->objectName());
}

QString nameOf(const QWidget *w)
{
    if (!w)
        return u"nothing"_s;
    return u"%1 %2"_s.arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
}

// The letter after a single '&'.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] == u'&') {
            if (text[i + 1] == u'&') {
                ++i;
                continue;
            }
            return text[i + 1].toLower();
        }
    }
    return {};
}

// Where keys go: the open menu, else the focused widget.
QWidget *focused()
{
    if (QWidget *popup = QApplication::activePopupWidget())
        return popup;
    if (QWidget *modal = QApplication::activeModalWidget())
        return modal->focusWidget() ? modal->focusWidget() : modal;
    if (!QApplication::focusWidget()) {
        // The offscreen platform has no window manager to give the window back its focus when a
        // menu closes: do what one would (activate the window that was active), keys still go to
        // the widget that then has the focus.
        const auto tops = QApplication::topLevelWidgets();
        for (QWidget *w : tops) {
            if (qobject_cast<QMainWindow *>(w) && w->isVisible()) {
                if (!w->isActiveWindow()) {
                    QApplication::setActiveWindow(w);
                    (void)QTest::qWaitForWindowActive(w, 1000);
                }
                // As activation does: the focus back on the widget that had it last.
                if (!QApplication::focusWidget() && w->focusWidget())
                    w->focusWidget()->setFocus(Qt::ActiveWindowFocusReason);
                break;
            }
        }
    }
    return QApplication::focusWidget();
}

bool isChrome(const QObject *o)
{
    return qobject_cast<const QMenu *>(o) || qobject_cast<const QMenuBar *>(o) || qobject_cast<const QToolBar *>(o)
        || qobject_cast<const QAbstractButton *>(o);
}

// What a screen reader says a widget is: its accessible name, else (line edits, combo boxes,
// buttons) its buddy label's or its own text.
QString spokenName(QWidget *w)
{
    if (!w->accessibleName().isEmpty())
        return w->accessibleName();
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

// Qt's own parts of a widget (a spin box's line edit, a dock's title buttons) are named by their owner.
bool isQtInternal(const QWidget *w)
{
    return w->objectName().startsWith(u"qt_"_s) || (w->parentWidget() && w->parentWidget()->focusProxy() == w)
        || (qobject_cast<const QLineEdit *>(w)
            && (qobject_cast<const QComboBox *>(w->parentWidget()) || qobject_cast<const QAbstractSpinBox *>(w->parentWidget())));
}

//! Every widget under `root` that Tab stops at and that has no name a screen reader could say.
QStringList unnamedIn(QWidget *root)
{
    QStringList out;
    QList<QWidget *> all = root->findChildren<QWidget *>();
    all.prepend(root);
    for (QWidget *w : std::as_const(all)) {
        if (!(w->focusPolicy() & Qt::TabFocus) || isQtInternal(w) || w->window() != root)
            continue;
        if (spokenName(w).isEmpty()) {
            QString where;
            for (QWidget *p = w->parentWidget(); p && p != root; p = p->parentWidget()) {
                if (!p->objectName().isEmpty()) {
                    where = p->objectName();
                    break;
                }
            }
            out.append(u"%1 “%2” in %3"_s.arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                                           where.isEmpty() ? root->objectName() : where));
        }
    }
    return out;
}

//! Tab through a dialog: each widget Tab stops at once before it comes round again, going
//! down the dialog (a widget clearly above the one before it, and not in a column to its right,
//! is a jump back up; one is the wrap-around). Empty when sensible, else what is wrong.
QString tabOrderProblem(QWidget *dialog)
{
    QWidget *start = QApplication::focusWidget();
    if (!start || start->window() != dialog)
        return {};
    QList<QWidget *> order{start};
    for (int i = 0; i < 200; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        if (!now || now->window() != dialog)
            return u"Tab leaves the dialog (to %1)"_s.arg(now ? QString::fromLatin1(now->metaObject()->className()) : u"nothing"_s);
        if (now == start)
            break;
        if (order.contains(now))
            return u"Tab goes round without coming back to %1"_s.arg(start->objectName());
        order.append(now);
    }
    int jumpsUp = 0;
    QStringList names;
    for (qsizetype i = 0; i < order.size(); ++i) {
        const QWidget *a = order[i];
        const QWidget *b = order[(i + 1) % order.size()];
        names.append(QString::fromLatin1(a->metaObject()->className()) + u':' + a->objectName());
        const QRect ra(a->mapTo(dialog, QPoint()), a->size());
        const QRect rb(b->mapTo(dialog, QPoint()), b->size());
        // Up to the top of the next column (the form beside a list) is no jump back.
        if (rb.center().y() < ra.top() && rb.left() <= ra.right())
            ++jumpsUp;
    }
    // Shift+Tab comes back the same way.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    if (order.size() > 1 && QApplication::focusWidget() != order.last())
        return u"Shift+Tab does not go back to %1"_s.arg(order.last()->objectName());
    if (jumpsUp > 1)
        return u"Tab jumps back up the dialog %1 times: %2"_s.arg(jumpsUp).arg(names.join(u" → "_s));
    return {};
}

// What the English build must never show: a placeholder nobody filled in ("%1", "%n"), a plural
// form meant for translators ("call(s)"), mnemonic markers shown as text ("&&", "&Save" in a
// tooltip), two mnemonics in one label, or code ("tr(", "QT_TR_NOOP").
QStringList leaksIn(QString text, const QString &where, bool mnemonics)
{
    if (text.isEmpty())
        return {};
    bool rich = Qt::mightBeRichText(text);
    if (rich) {
        text = QTextDocumentFragment::fromHtml(text).toPlainText();
        mnemonics = true; // an entity is no marker, and rich text shows '&' as typed
    }
    QStringList out;
    auto say = [&](const QString &what) { out.append(u"%1: %2 in “%3”"_s.arg(where, what, text)); };
    static const QRegularExpression placeholder(u"%L?[0-9]|%n\\b"_s);
    static const QRegularExpression plural(u"\\w\\((s|es|ies)\\)"_s);
    static const QRegularExpression code(u"\\btr\\(|QT_TR_NOOP|QT_TRANSLATE_NOOP|translate\\(\""_s);
    static const QRegularExpression marker(u"&[A-Za-z0-9]"_s);
    if (placeholder.match(text).hasMatch())
        say(u"an unfilled placeholder"_s);
    if (plural.match(text).hasMatch())
        say(u"a plural form for translators"_s);
    if (code.match(text).hasMatch())
        say(u"code"_s);
    if (!rich) {
        if (mnemonics) {
            QString once = text;
            once.remove(u"&&"_s);
            if (once.count(u'&') > 1)
                say(u"two mnemonic markers"_s);
        } else if (text.contains(u"&&"_s)) {
            say(u"a doubled && shown as text"_s);
        } else if (marker.match(text).hasMatch()) {
            say(u"a mnemonic marker shown as text"_s);
        }
    }
    return out;
}

QString whereIs(const QObject *o)
{
    QString name = QString::fromLatin1(o->metaObject()->className());
    if (!o->objectName().isEmpty())
        name += u' ' + o->objectName();
    for (const QObject *p = o->parent(); p; p = p->parent()) {
        if (!p->objectName().isEmpty())
            return name + u" in "_s + p->objectName();
    }
    return name;
}

//! Every text a user can see under `root`: widgets, their actions and menus, item views' headers and rows.
QStringList markupLeaksIn(QWidget *root)
{
    QStringList out;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    QSet<QAction *> actions;
    for (QWidget *w : std::as_const(widgets)) {
        if (w->window() != root && !qobject_cast<QMenu *>(w))
            continue; // a dialog of its own: checked when it is open
        const QString at = whereIs(w);
        if (w->isWindow() || qobject_cast<QDockWidget *>(w))
            out += leaksIn(w->windowTitle(), at + u" title"_s, false);
        out += leaksIn(w->toolTip(), at + u" tooltip"_s, false);
        out += leaksIn(w->statusTip(), at + u" status tip"_s, false);
        out += leaksIn(w->whatsThis(), at + u" what's this"_s, false);
        out += leaksIn(w->accessibleName(), at + u" accessible name"_s, false);
        out += leaksIn(w->accessibleDescription(), at + u" accessible description"_s, false);
        if (auto *l = qobject_cast<QLabel *>(w))
            out += leaksIn(l->text(), at, l->buddy() != nullptr);
        else if (auto *b = qobject_cast<QAbstractButton *>(w))
            out += leaksIn(b->text(), at, true);
        else if (auto *g = qobject_cast<QGroupBox *>(w))
            out += leaksIn(g->title(), at, true);
        else if (auto *m = qobject_cast<QMenu *>(w))
            out += leaksIn(m->title(), at, true);
        if (auto *e = qobject_cast<QLineEdit *>(w))
            out += leaksIn(e->placeholderText(), at + u" placeholder"_s, false);
        if (auto *c = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < c->count(); ++i)
                out += leaksIn(c->itemText(i), at + u" item"_s, false);
        }
        if (auto *t = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < t->count(); ++i)
                out += leaksIn(t->tabText(i), at + u" tab"_s, true);
        }
        if (auto *v = qobject_cast<QAbstractItemView *>(w); v && v->model()) {
            const QAbstractItemModel *m = v->model();
            for (int c = 0; c < m->columnCount(); ++c) {
                out += leaksIn(m->headerData(c, Qt::Horizontal).toString(), at + u" header"_s, false);
                out += leaksIn(m->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString(), at + u" header tooltip"_s, false);
                for (int r = 0; r < std::min(m->rowCount(), 40); ++r) {
                    const QModelIndex i = m->index(r, c);
                    out += leaksIn(i.data().toString(), at + u" row %1"_s.arg(r), false);
                    out += leaksIn(i.data(Qt::ToolTipRole).toString(), at + u" row %1 tooltip"_s.arg(r), false);
                }
            }
        }
        const auto own = w->actions();
        for (QAction *a : own)
            actions.insert(a);
    }
    const auto children = root->findChildren<QAction *>();
    for (QAction *a : children)
        actions.insert(a);
    for (QAction *a : std::as_const(actions)) {
        if (a->isSeparator())
            continue;
        const QString at = u"action "_s + whereIs(a);
        out += leaksIn(a->text(), at, true);
        if (a->toolTip() != QString(a->text()).remove(u'&'))
            out += leaksIn(a->toolTip(), at + u" tooltip"_s, false);
        out += leaksIn(a->statusTip(), at + u" status tip"_s, false);
    }
    out.removeDuplicates();
    return out;
}

// Closes, with Escape sent to its focused widget, every window that appears
// while it is armed, and remembers what they were.
class DialogCloser : public QObject
{
public:
    DialogCloser()
    {
        m_timer.setInterval(15);
        connect(&m_timer, &QTimer::timeout, this, &DialogCloser::tick);
    }
    void arm()
    {
        m_before.clear();
        m_found.clear();
        m_names.clear();
        m_tries.clear();
        m_checked.clear();
        const auto tops = QApplication::topLevelWidgets();
        for (QWidget *w : tops) {
            if (w->isVisible())
                m_before.insert(w);
        }
        m_timer.start();
    }
    void disarm() { m_timer.stop(); }
    QStringList names() const { return m_names; }
    //! What the dialogs it closed lacked (names, Tab order), over every arming.
    QStringList problems() const { return m_problems; }
    //! Whether a window opened since arm() is still showing (seen by the timer yet or not).
    bool pending() const
    {
        const auto tops = QApplication::topLevelWidgets();
        for (QWidget *w : tops) {
            if (w->isVisible() && !m_before.contains(w) && !qobject_cast<QMenu *>(w)
                && w->windowType() != Qt::ToolTip && w->windowType() != Qt::Popup)
                return true;
        }
        return false;
    }
    //! The windows it saw that Escape did not close.
    QStringList stillOpen() const
    {
        QStringList out;
        for (qsizetype i = 0; i < m_found.size(); ++i) {
            if (m_found[i] && m_found[i]->isVisible())
                out.append(m_names[i]);
        }
        return out;
    }

private:
    void tick()
    {
        const auto tops = QApplication::topLevelWidgets();
        for (QWidget *w : tops) {
            if (!w->isVisible() || m_before.contains(w) || qobject_cast<QMenu *>(w)
                || w->windowType() == Qt::ToolTip || w->windowType() == Qt::Popup)
                continue;
            qsizetype at = -1;
            for (qsizetype i = 0; i < m_found.size(); ++i) {
                if (m_found[i] == w)
                    at = i;
            }
            if (at < 0) {
                m_found.append(w);
                const QString name = QString::fromLatin1(w->metaObject()->className()) + u" “"_s + w->windowTitle() + u'”';
                m_names.append(name);
                m_tries.append(0);
                at = m_found.size() - 1;
            }
            QWidget *focus = QApplication::focusWidget();
            if (!m_checked.value(at)) {
                // Checked once it has the focus: every widget named, a sensible Tab order.
                if ((!focus || focus->window() != w) && m_tries[at]++ < 10)
                    continue;
                m_checked.insert(at, true);
                if (!focus || focus->window() != w)
                    m_problems.append(m_names[at] + u": nothing in it has the keyboard focus"_s);
                const QStringList unnamed = unnamedIn(w);
                if (!unnamed.isEmpty())
                    m_problems.append(m_names[at] + u": no accessible name: "_s + unnamed.join(u", "_s));
                if (const QString order = tabOrderProblem(w); !order.isEmpty())
                    m_problems.append(m_names[at] + u": "_s + order);
                const QStringList leaks = markupLeaksIn(w);
                if (!leaks.isEmpty())
                    m_problems.append(m_names[at] + u": "_s + leaks.join(u"; "_s));
            }
            // Escape to what has the focus in it; a few tries while it is still being shown.
            if (m_tries[at]++ > 30)
                continue;
            QWidget *target = QApplication::focusWidget();
            if (!target || target->window() != w)
                target = w;
            QTest::keyClick(target, Qt::Key_Escape);
        }
    }

    QTimer m_timer;
    QSet<QWidget *> m_before;
    QList<QPointer<QWidget>> m_found;
    QStringList m_names;
    QList<int> m_tries;
    QStringList m_problems;
    QHash<qsizetype, bool> m_checked;
};

} // namespace

class TestKeyboardWalk : public QObject
{
    Q_OBJECT

    TestSupport::SimFixture m_fx;
    std::unique_ptr<ConsoleApp> m_app;
    Console::MainWindow *m_window = nullptr;
    QStringList m_requests; //!< "METHOD path" served since the step began
    QElapsedTimer m_sinceRequest; //!< since the last request that was not a timer's
    int m_notes = 0;
    QString m_one;
    QString m_two;
    QHash<QAction *, QList<QAction *>> m_menuPaths; //!< action -> the menus' actions from the menu bar down

    // --- what the window holds -------------------------------------------------------------

    void collectMenus(QMenu *menu, const QList<QAction *> &path)
    {
        const auto actions = menu->actions();
        for (QAction *a : actions) {
            if (a->isSeparator() || !a->isVisible())
                continue;
            if (a->menu())
                collectMenus(a->menu(), path + QList<QAction *>{a});
            else if (!m_menuPaths.contains(a))
                m_menuPaths.insert(a, path);
        }
    }

    // Every action of the window: its menus', its own, and those its widgets own. Left out:
    // submenu entries (walked through), Qt's line-edit clear buttons (Ctrl+A, Backspace do it),
    // and the hide-me toggles of tool bars inside panels, which nothing shows.
    QList<QAction *> windowActions()
    {
        QList<QAction *> all = m_window->actions() + m_window->findChildren<QAction *>();
        const auto menus = m_window->findChildren<QMenu *>();
        for (const QMenu *m : menus)
            all += m->actions();
        QList<QAction *> out;
        QSet<QAction *> seen;
        for (QAction *a : std::as_const(all)) {
            if (seen.contains(a))
                continue;
            seen.insert(a);
            if (a->isSeparator() || a->menu() || !a->isVisible())
                continue;
            if (a->objectName().startsWith(u"_q_"_s) && qobject_cast<QLineEdit *>(a->parent()))
                continue;
            if (auto *bar = qobject_cast<QToolBar *>(a->parent());
                bar && bar->toggleViewAction() == a && bar->parentWidget() != m_window)
                continue;
            out.append(a);
        }
        return out;
    }

    // --- keys ----------------------------------------------------------------------------

    //! Until what was asked before (a step, a panel that reads as it shows) has been served.
    void settle()
    {
        (void)QTest::qWaitFor([this] { return m_sinceRequest.elapsed() > 200; }, 3000);
    }

    bool waitForPopup(QMenu *menu, int ms = 2000)
    {
        return QTest::qWaitFor([menu] { return QApplication::activePopupWidget() == menu; }, ms);
    }

    void closeMenus()
    {
        for (int i = 0; i < 6 && QApplication::activePopupWidget(); ++i)
            QTest::keyClick(focused(), Qt::Key_Escape);
        // Leaving the menu bar's keyboard mode too.
        if (m_window->menuBar()->activeAction())
            QTest::keyClick(focused(), Qt::Key_Escape);
    }

    // Moves the open menu's highlight down to `target`; false when the keys never get there.
    bool highlight(QMenu *menu, QAction *target)
    {
        for (int i = 0; i <= menu->actions().size() + 1 && menu->activeAction() != target; ++i)
            QTest::keyClick(focused(), Qt::Key_Down);
        return menu->activeAction() == target;
    }

    //! Opens the menus down to `target` with Alt+mnemonic, arrows and Right; the last key (Return) is left to the caller.
    bool openMenusTo(QAction *target, QString *why)
    {
        const QList<QAction *> path = m_menuPaths.value(target);
        if (path.isEmpty()) {
            *why = u"in no menu"_s;
            return false;
        }
        const QChar key = mnemonicOf(path.first()->text());
        if (key.isNull()) {
            *why = u"menu “%1” has no mnemonic"_s.arg(path.first()->text());
            return false;
        }
        QWidget *to = focused();
        if (!to) {
            *why = u"nothing has the focus (active window %1, its last focus %2, menu bar's active %3)"_s.arg(
                nameOf(QApplication::activeWindow()), nameOf(m_window->focusWidget()),
                m_window->menuBar()->activeAction() ? m_window->menuBar()->activeAction()->text() : u"none"_s);
            return false;
        }
        QTest::keyClick(to, key.toLatin1(), Qt::AltModifier);
        if (!waitForPopup(path.first()->menu(), 300)) {
            // Right after a menu closed the first Alt+letter can go unheard; one presses it again.
            QTest::keyClick(focused(), key.toLatin1(), Qt::AltModifier);
        }
        if (!waitForPopup(path.first()->menu())) {
            *why = u"Alt+%1 did not open menu “%2” (open: %3)"_s.arg(key, path.first()->text(),
                                                                      nameOf(QApplication::activePopupWidget()));
            closeMenus();
            return false;
        }
        for (qsizetype i = 1; i < path.size(); ++i) {
            QMenu *menu = path[i - 1]->menu();
            if (!highlight(menu, path[i])) {
                *why = u"arrow keys do not reach submenu “%1”"_s.arg(path[i]->text());
                closeMenus();
                return false;
            }
            QTest::keyClick(focused(), Qt::Key_Right);
            if (!waitForPopup(path[i]->menu())) {
                *why = u"Right did not open submenu “%1”"_s.arg(path[i]->text());
                closeMenus();
                return false;
            }
        }
        if (!highlight(path.last()->menu(), target)) {
            *why = target->isEnabled() ? u"arrow keys do not reach it"_s
                                       : u"disabled (%1)"_s.arg(target->toolTip());
            closeMenus();
            return false;
        }
        return true;
    }

    // The panel's "Go to" entry in the View menu, by keyboard.
    bool goToPanel(QDockWidget *dock, QString *why)
    {
        QAction *go = m_window->findChild<QAction *>(u"actionGoTo_"_s + dock->objectName());
        if (!go) {
            *why = u"no View > Go to entry for panel %1"_s.arg(dock->objectName());
            return false;
        }
        if (!openMenusTo(go, why))
            return false;
        QTest::keyClick(focused(), Qt::Key_Return);
        return QTest::qWaitFor([dock] { return dock->isAncestorOf(QApplication::focusWidget()); }, 2000);
    }

    //! Brings the focus into `scope` by keyboard: its panel's Go to entry, then Tab.
    bool focusInto(QWidget *scope, QString *why)
    {
        auto inside = [scope] {
            QWidget *f = QApplication::focusWidget();
            return f && (f == scope || scope->isAncestorOf(f));
        };
        if (inside())
            return true;
        QDockWidget *dock = nullptr;
        for (QWidget *p = scope; p && !dock; p = p->parentWidget())
            dock = qobject_cast<QDockWidget *>(p);
        if (dock && !(dock->isVisible() && dock->isAncestorOf(QApplication::focusWidget())) && !goToPanel(dock, why))
            return false;
        // A page behind a tab shows once its tab is chosen: Tab to the tab bar, then arrow keys.
        QList<QTabWidget *> tabs;
        for (QWidget *p = scope->parentWidget(); p && p != dock; p = p->parentWidget()) {
            if (auto *t = qobject_cast<QTabWidget *>(p))
                tabs.prepend(t);
        }
        for (QTabWidget *t : std::as_const(tabs)) {
            auto shown = [t, scope] { return t->currentWidget() && t->currentWidget()->isAncestorOf(scope); };
            if (shown())
                continue;
            for (int i = 0; i < 400 && QApplication::focusWidget() != t->tabBar(); ++i) {
                if (!focused())
                    break;
                QTest::keyClick(focused(), Qt::Key_Tab);
            }
            for (int i = 0; i < t->count() && QApplication::focusWidget() == t->tabBar() && !shown(); ++i)
                QTest::keyClick(t->tabBar(), Qt::Key_Right);
            if (!shown()) {
                *why = u"the tab of %1 is not chosen by keyboard"_s.arg(nameOf(scope));
                return false;
            }
        }
        for (int i = 0; i < 400 && !inside(); ++i) {
            QWidget *to = focused();
            if (!to) {
                *why = u"nothing has the focus"_s;
                return false;
            }
            QTest::keyClick(to, Qt::Key_Tab);
        }
        if (!inside())
            *why = u"Tab never reaches %1 (focus ends on %2)"_s.arg(nameOf(scope), nameOf(QApplication::focusWidget()));
        return inside();
    }

    //! Selects these channels in the channel table with the arrow keys (Ctrl+Down, Ctrl+Space for a second one).
    bool selectChannels(const QStringList &ids, QString *why)
    {
        auto *table = m_window->channelsView()->table();
        Console::ChannelActions *acts = m_window->channelActions();
        auto selected = [acts] {
            QStringList s = acts->selection();
            s.sort();
            return s;
        };
        QStringList want = ids;
        want.sort();
        if (selected() == want)
            return true;
        if (!focusInto(table, why))
            return false;
        QTest::keyClick(focused(), Qt::Key_Home, Qt::ControlModifier);
        const int rows = table->model()->rowCount();
        for (int i = 0; i <= rows && !(acts->selection().size() == 1 && ids.contains(acts->selection().first())); ++i)
            QTest::keyClick(focused(), Qt::Key_Down);
        if (ids.size() == 1) {
            // Down again until it is the one asked for (the other of the pair may come first).
            for (int i = 0; i <= rows && acts->selection() != ids; ++i)
                QTest::keyClick(focused(), Qt::Key_Down);
        } else {
            // The other one with Ctrl+Down (the current row moves, the selection stays) and
            // Ctrl+Space (it joins the selection); other calls may be listed between the two.
            for (int i = 0; i <= rows && selected() != want; ++i) {
                QTest::keyClick(focused(), Qt::Key_Down, Qt::ControlModifier);
                QTest::keyClick(focused(), Qt::Key_Space, Qt::ControlModifier);
                if (selected() != want && acts->selection().size() > 1)
                    QTest::keyClick(focused(), Qt::Key_Space, Qt::ControlModifier); // not that one: out again
            }
        }
        if (selected() != want)
            *why = u"arrow keys select %1, not %2"_s.arg(selected().join(u", "_s), want.join(u", "_s));
        return selected() == want;
    }

    // --- what an action did --------------------------------------------------------------

    struct Snapshot
    {
        QHash<QDockWidget *, bool> docks;
        QHash<QObject *, bool> checked;
        QPointer<QWidget> focus;
        int connection = 0;
        bool windowVisible = true;
    };

    Snapshot snapshot()
    {
        Snapshot s;
        const auto docks = m_window->findChildren<QDockWidget *>();
        for (QDockWidget *d : docks)
            s.docks.insert(d, d->isVisible());
        const auto buttons = m_window->findChildren<QAbstractButton *>();
        for (QAbstractButton *b : buttons) {
            if (b->isCheckable())
                s.checked.insert(b, b->isChecked());
        }
        const auto actions = m_window->findChildren<QAction *>();
        for (QAction *a : actions) {
            if (a->isCheckable())
                s.checked.insert(a, a->isChecked());
        }
        // Where keys go: with no window active (a menu just closed), the window's own focus widget.
        s.focus = QApplication::focusWidget() ? QApplication::focusWidget() : m_window->focusWidget();
        s.connection = int(m_window->session()->connection()->state());
        s.windowVisible = m_window->isVisible();
        return s;
    }

    // A timer's reads are not an action's doing: call quality, pings, watches.
    static bool isPolling(const QString &request)
    {
        return request.contains(u"rtp_statistics"_s) || request.contains(u"/asterisk/ping"_s)
            || request.contains(u"CHANNEL%28rtcp"_s) || request.contains(u"CHANNEL(rtcp"_s)
            || request.startsWith(u"GET /ari/events"_s);
    }

    QStringList effects(const Snapshot &before, const DialogCloser &closer)
    {
        QStringList out;
        for (const QString &d : closer.names())
            out.append(u"opened "_s + d);
        for (const QString &r : std::as_const(m_requests)) {
            if (!isPolling(r))
                out.append(u"sent "_s + r);
        }
        const Snapshot now = snapshot();
        for (auto it = before.docks.begin(); it != before.docks.end(); ++it) {
            if (now.docks.value(it.key()) != it.value())
                out.append(u"%1 panel %2"_s.arg(it.value() ? u"hid"_s : u"showed"_s, it.key()->windowTitle()));
        }
        for (auto it = before.checked.begin(); it != before.checked.end(); ++it) {
            if (now.checked.contains(it.key()) && now.checked.value(it.key()) != it.value())
                out.append(u"toggled "_s + it.key()->objectName());
        }
        if (now.focus != before.focus && now.focus && !QApplication::activePopupWidget())
            out.append(u"moved the focus to "_s + nameOf(now.focus));
        if (now.connection != before.connection)
            out.append(u"changed the connection"_s);
        if (now.windowVisible != before.windowVisible)
            out.append(u"closed the window"_s);
        return out;
    }

    // --- the order: what needs a ringing call first, what ends things last -------------------

    int rank(const QAction *a) const
    {
        static const QStringList first = {u"action5"_s /*Ring*/, u"action6"_s /*Stop ringing*/, u"action0"_s /*Answer*/};
        static const QStringList last = {u"playback_stop"_s,          u"recording_cancel"_s /*asks first*/, u"recording_stop"_s,
                                         u"actionRemoveMember"_s,     u"actionDestroyBridge"_s, u"actionDeleteRecording"_s,
                                         u"actionDisconnect"_s,       u"actionConnect"_s};
        if (first.contains(a->objectName()))
            return first.indexOf(a->objectName());
        if (a->objectName() == u"actionBridgeSelected")
            return 10;
        if (last.contains(a->objectName()))
            return 100 + last.indexOf(a->objectName());
        if (a->objectName() == u"actionQuit")
            return 1000;
        // One of a set of choices (the palettes) that is chosen already: after the others, so it changes.
        if (a->actionGroup() && a->actionGroup()->isExclusive() && a->isChecked())
            return 51;
        return 50;
    }

    bool isViewToggle(const QAction *a) const
    {
        const auto docks = m_window->findChildren<QDockWidget *>();
        for (const QDockWidget *d : docks) {
            if (d->toggleViewAction() == a)
                return true;
        }
        const auto bars = m_window->findChildren<QToolBar *>();
        for (const QToolBar *b : bars) {
            if (b->toggleViewAction() == a)
                return true;
        }
        return false;
    }

    //! What an action needs before its turn: the channels it acts on, a row of its table.
    bool prepare(QAction *a, QString *why)
    {
        Console::ChannelActions *acts = m_window->channelActions();
        if (a == acts->bridgeAction())
            return selectChannels({m_one, m_two}, why);
        if (acts->actions().contains(a))
            return selectChannels({m_two}, why);
        if (auto *inspector = qobject_cast<Console::VariableInspector *>(a->parent())) {
            // "Read the variable again" reads the one in the box: type one there first if it is empty.
            auto *box = inspector->findChild<QComboBox *>(u"variable"_s);
            if (!box)
                return false;
            if (box->currentText().isEmpty()) {
                if (!focusInto(box, why))
                    return false;
                QTest::keyClicks(focused(), u"CHANNEL(name)"_s);
            }
            return true;
        }
        if (a->objectName() == u"actionRemoveMember") {
            // A member row: the bridge, expanded, then its first channel.
            auto *tree = m_window->bridgesView()->findChild<QTreeView *>(u"bridgeTree"_s);
            if (!tree || !focusInto(tree, why))
                return false;
            QTest::keyClick(focused(), Qt::Key_Home);
            QTest::keyClick(focused(), Qt::Key_Right);
            QTest::keyClick(focused(), Qt::Key_Down);
            return true;
        }
        if (a->parent() == m_window->bridgesView() && a != m_window->bridgesView()->createAction()) {
            // The bridge itself: the first row of the bridge tree.
            auto *tree = m_window->bridgesView()->findChild<QTreeView *>(u"bridgeTree"_s);
            if (!tree || !focusInto(tree, why))
                return false;
            QTest::keyClick(focused(), Qt::Key_Home);
        }
        return true;
    }

    //! Fires `a` by keyboard; `how` says which way.
    bool fire(QAction *a, DialogCloser &closer, Snapshot *before, QString *how, QString *why)
    {
        if (m_menuPaths.contains(a)) {
            *before = snapshot(); // menus leave the focus where it was
            if (!openMenusTo(a, why))
                return false;
            QStringList names;
            for (QAction *m : m_menuPaths.value(a))
                names.append(m->text().remove(u'&'));
            *how = u"menu "_s + names.join(u" > "_s) + u", Return"_s;
            m_requests.clear();
            closer.arm();
            QTest::keyClick(focused(), Qt::Key_Return);
            return true;
        }
        const QKeySequence key = a->shortcut();
        if (key.isEmpty()) {
            *why = u"in no menu and has no shortcut"_s;
            return false;
        }
        if (a->shortcutContext() == Qt::WidgetShortcut || a->shortcutContext() == Qt::WidgetWithChildrenShortcut) {
            QList<QWidget *> scopes;
            const auto objects = a->associatedObjects();
            for (QObject *o : objects) {
                if (auto *w = qobject_cast<QWidget *>(o); w && !isChrome(w))
                    scopes.append(w);
            }
            if (scopes.isEmpty()) {
                *why = u"its shortcut works in no widget (it was added to none)"_s;
                return false;
            }
            // A view first: that is where its row is chosen.
            std::stable_sort(scopes.begin(), scopes.end(), [](QWidget *x, QWidget *y) {
                return qobject_cast<QAbstractItemView *>(x) && !qobject_cast<QAbstractItemView *>(y);
            });
            if (!focusInto(scopes.first(), why))
                return false;
            if (auto *view = qobject_cast<QAbstractItemView *>(QApplication::focusWidget());
                view && view->model() && view->model()->rowCount() > 0 && !view->currentIndex().isValid())
                QTest::keyClick(view, Qt::Key_Down); // a row to act on
        }
        if (!a->isEnabled()) {
            *why = u"disabled (%1)"_s.arg(a->toolTip());
            return false;
        }
        *how = u"%1 in %2"_s.arg(key.toString(QKeySequence::NativeText), nameOf(focused()));
        settle(); // what moving there asked for (a page that reads as it shows) is not the action's
        *before = snapshot(); // after the focus moved to where the shortcut works
        m_requests.clear();
        closer.arm();
        QTest::keySequence(focused(), key);
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ari-console-tests"_s);
        QCoreApplication::setApplicationName(u"tst_keyboardwalk"_s);
        QSettings().clear();
        QApplication::setQuitOnLastWindowClosed(false);
        // The translations the program loads (for an English locale, English plural forms).
        QVERIFY(!Identity::installTranslations(*qApp, QLocale(QLocale::English)).isEmpty());
        QVERIFY(m_fx.start());
        m_sinceRequest.start();
        // A stored recording for the recordings browser's actions to work on.
        m_fx.sim->asterisk().addStoredRecording(u"walk-stored"_s, u"wav"_s,
                                                AriSim::SimAudio::recordingFile(u"wav"_s, 2000, 2000));
        connect(m_fx.sim.get(), &AriSim::SimServer::requestServed, this,
                [this](const QByteArray &method, const QByteArray &path, int) {
                    m_requests.append(QString::fromLatin1(method + ' ' + path));
                    if (!isPolling(m_requests.last()))
                        m_sinceRequest.restart();
                });

        CommandLine options;
        options.settings = m_fx.settings();
        options.haveUrl = true;
        m_app = std::make_unique<ConsoleApp>(options);
        QVERIFY(m_app->start());
        m_window = m_app->window();
        connect(m_window->notifier(), &Console::Notifier::posted, this, [this] { ++m_notes; });
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->statusText().startsWith(u"● Connected"_s), 10000);

        // A ringing call in Stasis (extension 301 does not answer; the other Local half joins the
        // app when it does); a tone that never ends plays to it, and it is recorded.
        Console::ServerSession *session = m_app->session();
        auto made = TestSupport::awaitResult(
            session->client()->channels().originate({.endpoint = u"Local/301@demo"_s, .app = u"console"_s}));
        QVERIFY(made && made->ok());
        m_one = made->value.id;
        QTRY_VERIFY(session->store()->channel(m_one)); // in Stasis once the other half answers
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QString name = session->store()->channel(m_one)->channel.name;
                name.chop(1);
                for (const auto &lc : session->store()->channels()) {
                    if (lc.channel.name == name + u'2' && lc.inStasis())
                        m_two = lc.channel.id;
                }
                return !m_two.isEmpty();
            }(),
            5000);
        auto played = TestSupport::awaitResult(
            session->client()->channels().play({.channelId = m_two, .media = {u"tone:ring"_s}}));
        QVERIFY(played && played->ok());
        auto recording = TestSupport::awaitResult(
            session->client()->channels().record({.channelId = m_two, .name = u"walk"_s, .format = u"wav"_s}));
        QVERIFY(recording && recording->ok());
        QTRY_COMPARE(session->store()->channel(m_two)->channel.state, u"Ring"_s);
    }

    void everyFocusableWidgetHasAName()
    {
        // The window with every panel, shown or not (a hidden one's widgets count too).
        const QStringList unnamed = unnamedIn(m_window);
        if (!unnamed.isEmpty())
            QFAIL(qPrintable(u"no accessible name:\n  "_s + unnamed.join(u"\n  "_s)));
    }

    void menuBarMnemonicsAreTheirOwn()
    {
        // Alt+letter of a menu opens it, not a panel's button first: a widget of the window with the
        // same mnemonic makes the shortcut ambiguous (the first press only moves the focus there).
        QHash<QChar, QString> menus;
        const auto bar = m_window->menuBar()->actions();
        for (const QAction *top : bar) {
            if (const QChar key = mnemonicOf(top->text()); !key.isNull())
                menus.insert(key, top->text());
        }
        QStringList clashes;
        auto check = [&](const QWidget *w, const QString &text) {
            const QChar key = mnemonicOf(text);
            if (!key.isNull() && menus.contains(key))
                clashes.append(u"%1 “%2” takes Alt+%3 of menu “%4”"_s.arg(whereIs(w), text, key, menus.value(key)));
        };
        const auto widgets = m_window->findChildren<QWidget *>();
        for (const QWidget *w : widgets) {
            if (w->window() != m_window || qobject_cast<const QMenu *>(w) || qobject_cast<const QMenuBar *>(w))
                continue;
            if (auto *b = qobject_cast<const QAbstractButton *>(w))
                check(w, b->text());
            else if (auto *l = qobject_cast<const QLabel *>(w); l && l->buddy())
                check(w, l->text());
            else if (auto *g = qobject_cast<const QGroupBox *>(w))
                check(w, g->title());
            else if (auto *t = qobject_cast<const QTabBar *>(w)) {
                for (int i = 0; i < t->count(); ++i)
                    check(w, t->tabText(i));
            }
        }
        if (!clashes.isEmpty())
            QFAIL(qPrintable(u"\n  "_s + clashes.join(u"\n  "_s)));
    }

    void noUntranslatedMarkupShows()
    {
        // The English build as the program loads it; every panel, menu, tooltip and header of the window.
        const QStringList leaks = markupLeaksIn(m_window);
        if (!leaks.isEmpty())
            QFAIL(qPrintable(u"\n  "_s + leaks.join(u"\n  "_s)));
    }

    void everyActionByKeyboard()
    {
        // Start from the channel table, as after opening the window.
        QString why;
        QVERIFY2(focusInto(m_window->channelsView()->table(), &why), qPrintable(why));

        const QList<QAction *> actions = windowActions();
        m_menuPaths.clear();
        const auto bar = m_window->menuBar()->actions();
        for (QAction *top : bar) {
            if (top->menu())
                collectMenus(top->menu(), {top});
        }
        QVERIFY(actions.size() > 40);

        QList<QAction *> pending = actions;
        std::stable_sort(pending.begin(), pending.end(), [this](QAction *x, QAction *y) { return rank(x) < rank(y); });
        QStringList failures;
        QHash<QAction *, QString> lastWhy;
        DialogCloser closer;
        // Actions that become possible only after another (Unhold after Hold) wait for a later round.
        auto walk = [&](QList<QAction *> pending, int rounds) {
            for (int round = 0; round < rounds && !pending.isEmpty(); ++round) {
                QList<QAction *> later;
                for (const QPointer<QAction> a : std::as_const(pending)) {
                    if (!a)
                        continue;
                    // What the step before sent has been served: its late replies are not this one's doing.
                    settle();
                    QString why;
                    QString how;
                    if (!prepare(a, &why)) {
                        lastWhy.insert(a, why.isEmpty() ? u"disabled (%1)"_s.arg(a->toolTip()) : why);
                        later.append(a);
                        continue;
                    }
                    Snapshot before;
                    const int notesBefore = m_notes;
                    if (!fire(a, closer, &before, &how, &why)) {
                        qInfo().noquote() << nameOf(a) << "— not yet:" << why;
                        lastWhy.insert(a, why);
                        later.append(a);
                        continue;
                    }
                    QStringList did;
                    (void)QTest::qWaitFor([&] { return !(did = effects(before, closer)).isEmpty(); }, 3000);
                    // Dialogs are gone again (Escape closes each), and so are the menus; one that shows a
                    // moment after another effect was seen is waited for too.
                    const bool closed = QTest::qWaitFor([&] { return !closer.pending(); }, 3000);
                    closer.disarm();
                    if (!closed)
                        failures.append(nameOf(a) + u": Escape did not close "_s + closer.stillOpen().join(u", "_s));
                    const QStringList opened = closer.names();
                    for (const QString &d : opened) {
                        if (!did.contains(u"opened "_s + d))
                            did.prepend(u"opened "_s + d);
                    }
                    if (did.isEmpty() && m_notes > notesBefore)
                        did.append(u"posted a notification"_s);
                    qInfo().noquote() << nameOf(a) << "—" << how << "→" << did.join(u"; "_s);
                    if (did.isEmpty())
                        failures.append(nameOf(a) + u": did nothing one can see after "_s + how);
                    // A toggle is put back (a panel shown again) by the same keys.
                    if (isViewToggle(a) && !a->isChecked()) {
                        QString again;
                        Snapshot ignored;
                        const bool refired = fire(a, closer, &ignored, &how, &again);
                        closer.disarm();
                        if (!refired || !QTest::qWaitFor([a] { return a->isChecked(); }, 2000))
                            failures.append(nameOf(a) + u": the same keys do not show it again: "_s + again);
                    }
                    if (!m_window->isVisible())
                        break;
                }
                pending = later;
            }
            return pending;
        };
        // What ends things (stops, deletes, disconnects) once everything else is done, and Quit last of all.
        QList<QAction *> closing;
        QAction *quit = nullptr;
        for (QAction *a : std::as_const(pending)) {
            if (a->objectName() == u"actionQuit")
                quit = a;
            else if (rank(a) >= 100)
                closing.append(a);
        }
        pending.removeIf([&](QAction *a) { return a == quit || closing.contains(a); });
        QVERIFY(quit);
        pending = walk(pending, 3);
        pending += walk(closing, 2);
        pending += walk({quit}, 1);
        for (QAction *a : std::as_const(pending))
            failures.append(nameOf(a) + u": not reached by keyboard: "_s + lastWhy.value(a));
        failures += closer.problems();
        if (!failures.isEmpty())
            QFAIL(qPrintable(u"\n  "_s + failures.join(u"\n  "_s)));
        QVERIFY(!m_window->isVisible()); // Quit came last, and closed the window
    }

    void cleanupTestCase()
    {
        m_app.reset();
    }
};

QTEST_MAIN(TestKeyboardWalk)
#include "tst_keyboardwalk.moc"
