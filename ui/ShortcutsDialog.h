#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <QPointer>

class QAction;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace Console {

//! Help > Keyboard shortcuts: every action of a window that has a shortcut,
//! with the menu it is in and where the shortcut works, read from the window's
//! QActions each time (so whatever is added to the window is listed). It also
//! names shortcuts that clash (the same keys where both would fire, so that
//! Qt fires neither) and shortcuts that can never fire (bound to a widget the
//! action was never added to).
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    //! One action's shortcut as the dialog lists it.
    struct Entry
    {
        QPointer<QAction> action;
        QString text;     //!< the action's text, without mnemonics
        QString keys;     //!< its shortcuts in the platform's words, e.g. "Ctrl+Shift+O"
        QString menu;     //!< the menu(s) it is in, or "Toolbar", or empty
        QString where;    //!< where the shortcut works, e.g. "Anywhere in the window"
        QString problem;  //!< a clash or a shortcut that cannot fire, in words; empty when fine
    };

    //! Every visible action with a shortcut in `window` (its children, its own actions and its menus').
    static QList<Entry> collect(const QWidget *window);

    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);

    //! Reads the window's actions again.
    void reload();
    QTreeWidget *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    //! The list as plain text, one shortcut a line.
    QString plainText() const;

private:
    void applyFilter();

    QPointer<QWidget> m_window;
    QList<Entry> m_entries;
    QLineEdit *m_filter;
    QTreeWidget *m_table;
    QLabel *m_count;
};

} // namespace Console
