#include "app/Identity.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

// Outside any namespace, as Q_INIT_RESOURCE needs: the icon lives in a static
// library (console_resources), whose resource object the linker would drop unseen.
static void initConsoleResources()
{
    Q_INIT_RESOURCE(console);
}

QString Identity::desktopId()
{
    return u"org.ariconsole.AriConsole"_s;
}

QIcon Identity::icon()
{
    initConsoleResources();
    return QIcon(u":/icons/%1.svg"_s.arg(desktopId()));
}

void Identity::apply(QCoreApplication &app)
{
    QCoreApplication::setOrganizationName(u"ari-console"_s);
    QCoreApplication::setApplicationName(u"ari-console"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ARI_CONSOLE_VERSION));
    if (qobject_cast<QGuiApplication *>(&app)) {
        QGuiApplication::setApplicationDisplayName(QCoreApplication::translate("Identity", "ARI Console"));
        QGuiApplication::setDesktopFileName(desktopId());
        QGuiApplication::setWindowIcon(icon());
    }
}

QStringList Identity::installTranslations(QCoreApplication &app, const QLocale &locale)
{
    QStringList loaded;
    // Qt's own strings first, so that the program's translations win where both have one.
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    auto load = [&](auto &&tryLoad) {
        auto *translator = new QTranslator(&app);
        if (!tryLoad(translator)) {
            delete translator;
            return false;
        }
        QCoreApplication::installTranslator(translator);
        loaded.append(translator->filePath());
        return true;
    };
    load([&](QTranslator *t) { return t->load(locale, u"qtbase"_s, u"_"_s, qtDir); });
    // Without a translation for the locale the program speaks English, with English plural
    // forms ("1 call", "2 calls") rather than the source's "%n call(s)".
    if (!load([&](QTranslator *t) { return t->load(locale, u"ari-console"_s, u"_"_s, u":/i18n"_s); }))
        load([](QTranslator *t) { return t->load(u"ari-console_en"_s, u":/i18n"_s); });
    return loaded;
}
