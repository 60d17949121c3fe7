#pragma once

#include <QIcon>
#include <QLocale>
#include <QStringList>

class QCoreApplication;

//! Who the program is to the desktop: its names and version (QSettings and
//! --version use them), its desktop id and window icon, and its translations.
//! main() calls apply() right after creating the application object.
class Identity
{
public:
    //! The desktop id: the .desktop file, the AppStream metainfo and the icon are named after it.
    static QString desktopId();
    //! The application icon, from the resources (SVG, so crisp at any size).
    static QIcon icon();

    //! Sets the names and version; with a QGuiApplication also the display name,
    //! the desktop file name (Wayland's app_id) and the window icon.
    static void apply(QCoreApplication &app);

    //! Loads the translations for `locale` (the program's from the resources, Qt's own
    //! from the Qt installation) into the application. Returns the files it loaded.
    static QStringList installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());
};
