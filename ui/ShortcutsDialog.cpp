#include "ui/ShortcutsDialog.h"

#include "ui/Appearance.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSet>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Console {

namespace {

enum Column { ActionColumn, KeysColumn, WhereColumn, MenuColumn, ProblemColumn, ColumnCount };

// "&Hang up…" -> "Hang up…"; "&&" is a literal "&".
QString withoutMnemonic(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'&' && i + 1 < text.size())
            ++i;
        else if (text[i] == u'&')
            continue;
        out += text[i];
    }
    return out;
}

bool isChrome(const QWidget *w)
{
    return qobject_cast<const QMenu *>(w) || qobject_cast<const QMenuBar *>(w) || qobject_cast<const QToolBar *>(w)
        || qobject_cast<const QAbstractButton *>(w);
}

// The widgets a widget-bound shortcut works in: those the action was added to,
// other than menus, tool bars and their buttons (focus is rarely there).
QList<QWidget *> scopesOf(const QAction *action)
{
    QList<QWidget *> out;
    const QList<QObject *> objects = action->associatedObjects();
    for (QObject *o : objects) {
        auto *w = qobject_cast<QWidget *>(o);
        if (w && !isChrome(w))
            out.append(w);
    }
    return out;
}

QString nameOf(const QWidget *w)
{
    if (!w->accessibleName().isEmpty())
        return w->accessibleName();
    for (const QWidget *p = w; p; p = p->parentWidget()) {
        if (auto *dock = qobject_cast<const QDockWidget *>(p))
            return dock->windowTitle();
    }
    return w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName();
}

bool overlaps(const QList<QWidget *> &a, const QList<QWidget *> &b)
{
    for (const QWidget *x : a) {
        for (const QWidget *y : b) {
            if (x == y || x->isAncestorOf(y) || y->isAncestorOf(x))
                return true;
        }
    }
    return false;
}

} // namespace

QList<ShortcutsDialog::Entry> ShortcutsDialog::collect(const QWidget *window)
{
    QList<QAction *> actions = window->findChildren<QAction *>();
    actions += window->actions();
    const QList<QMenu *> menus = window->findChildren<QMenu *>();
    for (const QMenu *m : menus)
        actions += m->actions();

    struct Found
    {
        QAction *action;
        bool windowWide;
        QList<QWidget *> scopes;
    };
    QList<Found> found;
    QSet<QAction *> seen;
    for (QAction *a : std::as_const(actions)) {
        if (seen.contains(a) || a->isSeparator() || a->shortcuts().isEmpty() || !a->isVisible())
            continue;
        seen.insert(a);
        QList<QWidget *> scopes = scopesOf(a);
        const bool wide = a->shortcutContext() == Qt::WindowShortcut
            || a->shortcutContext() == Qt::ApplicationShortcut || scopes.contains(const_cast<QWidget *>(window));
        found.append({a, wide, scopes});
    }

    QList<Entry> out;
    QList<QStringList> placesOf; // beside `out`: the panels a scoped entry works in
    for (const Found &f : std::as_const(found)) {
        Entry e;
        e.action = f.action;
        e.text = withoutMnemonic(f.action->text());
        QStringList keys;
        for (const QKeySequence &k : f.action->shortcuts())
            keys.append(k.toString(QKeySequence::NativeText));
        e.keys = keys.join(u", "_s);

        QStringList menuNames;
        bool onToolBar = false;
        const QList<QObject *> objects = f.action->associatedObjects();
        for (QObject *o : objects) {
            if (auto *m = qobject_cast<QMenu *>(o); m && !m->title().isEmpty())
                menuNames.append(withoutMnemonic(m->title()));
            onToolBar = onToolBar || qobject_cast<QToolBar *>(o);
        }
        menuNames.removeDuplicates();
        e.menu = !menuNames.isEmpty() ? menuNames.join(u", "_s) : onToolBar ? tr("Toolbar") : QString();

        QStringList problems;
        QStringList names;
        if (f.windowWide) {
            e.where = tr("Anywhere in the window");
        } else if (f.scopes.isEmpty()) {
            e.where = tr("Nowhere");
            problems.append(tr("Cannot fire: the shortcut works only inside a view, and the action was added to none"));
        } else {
            for (const QWidget *w : f.scopes)
                names.append(nameOf(w));
            names.removeDuplicates();
            e.where = tr("In %1").arg(names.join(u", "_s));
        }
        for (const Found &other : std::as_const(found)) {
            if (other.action == f.action || (!other.windowWide && other.scopes.isEmpty()))
                continue;
            bool sameKeys = false;
            for (const QKeySequence &k : f.action->shortcuts())
                sameKeys = sameKeys || other.action->shortcuts().contains(k);
            if (sameKeys && (f.windowWide || other.windowWide || overlaps(f.scopes, other.scopes)))
                problems.append(tr("Same keys as “%1”: Qt fires neither").arg(withoutMnemonic(other.action->text())));
        }
        // The same action in several panels (the variable inspector of the Variables panel and
        // of System's global variables): one row, naming every panel it works in.
        qsizetype same = -1;
        for (qsizetype i = 0; i < out.size() && same < 0 && !names.isEmpty(); ++i) {
            if (!placesOf[i].isEmpty() && out[i].text == e.text && out[i].keys == e.keys)
                same = i;
        }
        if (same >= 0) {
            placesOf[same] += names;
            placesOf[same].removeDuplicates();
            out[same].where = tr("In %1").arg(placesOf[same].join(u", "_s));
            if (out[same].menu.isEmpty())
                out[same].menu = e.menu;
            for (const QString &p : std::as_const(problems)) {
                if (!out[same].problem.contains(p))
                    out[same].problem += (out[same].problem.isEmpty() ? QString() : u"; "_s) + p;
            }
            continue;
        }
        e.problem = problems.join(u"; "_s);
        out.append(e);
        placesOf.append(names);
    }
    return out;
}

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent), m_window(window), m_filter(new QLineEdit), m_table(new QTreeWidget), m_count(new QLabel)
{
    setObjectName(u"shortcutsDialog"_s);
    setWindowTitle(tr("Keyboard Shortcuts"));

    m_filter->setObjectName(u"shortcutsFilter"_s);
    m_filter->setAccessibleName(tr("Filter shortcuts"));
    m_filter->setPlaceholderText(tr("Filter by action, keys or menu"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);

    m_table->setObjectName(u"shortcutsTable"_s);
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHeaderLabels({tr("Action"), tr("Shortcut"), tr("Where it works"), tr("Menu"), tr("Problem")});
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(MenuColumn, Qt::AscendingOrder);
    m_table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->header()->setStretchLastSection(true);

    m_count->setObjectName(u"shortcutsCount"_s);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->setObjectName(u"shortcutsButtons"_s);
    auto *copy = buttons->addButton(tr("&Copy list"), QDialogButtonBox::ActionRole);
    copy->setObjectName(u"shortcutsCopy"_s);
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(plainText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    resize(760, 520);

    reload();
}

void ShortcutsDialog::reload()
{
    m_entries = m_window ? collect(m_window) : QList<Entry>{};
    m_table->clear();
    bool anyProblem = false;
    for (const Entry &e : std::as_const(m_entries)) {
        auto *item = new QTreeWidgetItem(m_table, {e.text, e.keys, e.where, e.menu, QString()});
        if (!e.problem.isEmpty()) {
            anyProblem = true;
            // A symbol and words, not colour alone.
            item->setText(ProblemColumn, u"⚠ "_s + e.problem);
            item->setForeground(ProblemColumn, Appearance::readable(QColor(0xc6, 0x28, 0x28)));
        }
        if (e.action && !e.action->toolTip().isEmpty() && e.action->toolTip() != e.text)
            item->setToolTip(ActionColumn, e.action->toolTip());
    }
    m_table->setColumnHidden(ProblemColumn, !anyProblem);
    applyFilter();
}

void ShortcutsDialog::applyFilter()
{
    const QString needle = m_filter->text().trimmed();
    int shown = 0;
    for (int i = 0; i < m_table->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_table->topLevelItem(i);
        bool match = needle.isEmpty();
        for (int c = 0; c < ColumnCount && !match; ++c)
            match = item->text(c).contains(needle, Qt::CaseInsensitive);
        item->setHidden(!match);
        shown += match ? 1 : 0;
    }
    m_count->setText(tr("%n shortcut(s)", nullptr, shown));
}

QString ShortcutsDialog::plainText() const
{
    QStringList lines;
    for (int i = 0; i < m_table->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_table->topLevelItem(i);
        if (item->isHidden())
            continue;
        QString line = item->text(KeysColumn) + u'\t' + item->text(ActionColumn);
        if (!item->text(MenuColumn).isEmpty())
            line += u"\t(" + item->text(MenuColumn) + u')';
        line += u'\t' + item->text(WhereColumn);
        if (!item->text(ProblemColumn).isEmpty())
            line += u'\t' + item->text(ProblemColumn);
        lines.append(line);
    }
    return lines.join(u'\n');
}

} // namespace Console
