#pragma once

#include <QCoreApplication>
#include <QPalette>
#include <QString>

class QColor;

namespace Console {

//! The console's colours: the desktop's own (System), or the Fusion style with a light or a dark
//! palette of its own. main() applies the one chosen (--palette, else the one saved) before the
//! window opens; the View > Appearance menu switches and saves it. Colours the console paints
//! itself (call states, errors) go through readable() so they keep their contrast on either.
class Appearance
{
    Q_DECLARE_TR_FUNCTIONS(Console::Appearance)

public:
    enum class Scheme { System, Light, Dark };

    //! "system", "light" or "dark" (as --palette takes them and the settings keep them).
    static QString key(Scheme scheme);
    //! The scheme for a key; `ok` is false for anything else (System is returned then).
    static Scheme fromKey(const QString &key, bool *ok = nullptr);
    //! The menu's words for it, with a mnemonic.
    static QString label(Scheme scheme);

    //! Applies it to the whole application (style and palette). System puts back what the
    //! application had before the first apply().
    static void apply(Scheme scheme);
    //! The scheme applied last (System until apply() is called).
    static Scheme current();
    //! The scheme saved in the settings (System when none or an unknown one is).
    static Scheme saved();
    static void save(Scheme scheme);

    static QPalette lightPalette();
    static QPalette darkPalette();
    //! Whether these colours are light text on a dark background.
    static bool isDark(const QPalette &palette);
    //! `color` made light enough to read on `background` (a dark one), as it is on a light one.
    static QColor readable(const QColor &color, const QColor &background);
    //! The same, on the application palette's base (the background of lists and tables).
    static QColor readable(const QColor &color);
};

} // namespace Console
