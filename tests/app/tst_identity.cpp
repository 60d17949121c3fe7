// The program's identity on the desktop: the icon from the resources renders
// at every size, apply() sets the names the desktop file and metainfo use,
// and the translations built into the program load for the locale (German
// menus for German, English plural forms for English and as the fallback).

#include "app/Identity.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

QString sourceDir()
{
    return QDir(qEnvironmentVariable("ARI_TEST_DATA") + u"/../.."_s).absolutePath();
}

void removeTranslators()
{
    const auto translators = qApp->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly);
    for (QTranslator *t : translators)
        delete t; // a deleted translator is removed from the application
}

QStringList menuTitles()
{
    Console::MainWindow window;
    QStringList titles;
    for (const QAction *a : window.menuBar()->actions())
        titles.append(a->text());
    return titles;
}

} // namespace

class TestIdentity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void cleanup() { removeTranslators(); }

    void iconRendersAtEverySize()
    {
        const QIcon icon = Identity::icon();
        QVERIFY2(!icon.isNull(), "the icon resource is missing");
        for (int size : {16, 24, 32, 48, 64, 128, 256}) {
            const QImage image = icon.pixmap(QSize(size, size)).toImage();
            // Blank when Qt's SVG icon engine (Debian: libqt6svg6) is not installed.
            QVERIFY2(image.size() == QSize(size, size), qPrintable(u"%1 px: got %2x%3"_s.arg(size).arg(image.width()).arg(image.height())));
            // The tile is opaque in the middle, the rounded corner is transparent.
            QCOMPARE(qAlpha(image.pixel(size / 2, size / 2)), 255);
            QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
        }
    }

    void applySetsTheDesktopIdentity()
    {
        Identity::apply(*qApp);
        QCOMPARE(QCoreApplication::applicationName(), u"ari-console"_s);
        QCOMPARE(QCoreApplication::organizationName(), u"ari-console"_s); // QSettings' path: never change it
        QCOMPARE(QCoreApplication::applicationVersion(), QStringLiteral(ARI_CONSOLE_VERSION));
        QCOMPARE(QGuiApplication::applicationDisplayName(), u"ARI Console"_s);
        QCOMPARE(QGuiApplication::desktopFileName(), Identity::desktopId());
        QVERIFY(!QGuiApplication::windowIcon().isNull());
        // The desktop file, the metainfo and the icon are named after the same id.
        const QString resources = sourceDir() + u"/resources/"_s;
        QVERIFY2(QFile::exists(resources + Identity::desktopId() + u".desktop"_s), qPrintable(resources));
        QVERIFY(QFile::exists(resources + Identity::desktopId() + u".metainfo.xml"_s));
        QVERIFY(QFile::exists(resources + u"icons/"_s + Identity::desktopId() + u".svg"_s));
    }

    void everyTranslationIsBuiltIn()
    {
        const QStringList ts = QDir(sourceDir() + u"/resources/translations"_s).entryList({u"*.ts"_s});
        QVERIFY(ts.size() >= 2);
        for (QString name : ts) {
            name.replace(u".ts"_s, u".qm"_s);
            QVERIFY2(QFile::exists(u":/i18n/"_s + name), qPrintable(name));
        }
    }

    void germanTranslatesTheMenus()
    {
        QVERIFY(menuTitles().contains(u"&Connection"_s));
        const QStringList loaded = Identity::installTranslations(*qApp, QLocale(QLocale::German, QLocale::Germany));
        QVERIFY2(loaded.contains(u":/i18n/ari-console_de.qm"_s), qPrintable(loaded.join(u", "_s)));
        const QStringList titles = menuTitles();
        QVERIFY2(titles.contains(u"&Verbindung"_s) && titles.contains(u"&Hilfe"_s), qPrintable(titles.join(u", "_s)));
        QCOMPARE(QCoreApplication::translate("Console::MainWindow", "%n call(s)", nullptr, 1), u"1 Anruf"_s);
        QCOMPARE(QCoreApplication::translate("Console::MainWindow", "%n call(s)", nullptr, 3), u"3 Anrufe"_s);
        removeTranslators();
        QVERIFY(menuTitles().contains(u"&Connection"_s));
    }

    void englishHasPluralForms()
    {
        const QStringList loaded = Identity::installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY2(loaded.contains(u":/i18n/ari-console_en.qm"_s), qPrintable(loaded.join(u", "_s)));
        QCOMPARE(QCoreApplication::translate("Console::MainWindow", "%n call(s)", nullptr, 1), u"1 call"_s);
        QCOMPARE(QCoreApplication::translate("Console::MainWindow", "%n call(s)", nullptr, 2), u"2 calls"_s);
        QCOMPARE(QCoreApplication::translate("Console::MainWindow", "%n bridge(s)", nullptr, 0), u"0 bridges"_s);
    }

    void aLanguageWithoutATranslationFallsBackToEnglish()
    {
        const QStringList loaded = Identity::installTranslations(*qApp, QLocale(QLocale::Japanese, QLocale::Japan));
        QVERIFY2(loaded.contains(u":/i18n/ari-console_en.qm"_s), qPrintable(loaded.join(u", "_s)));
        QCOMPARE(QCoreApplication::translate("Console::MainWindow", "%n call(s)", nullptr, 1), u"1 call"_s);
    }
};

QTEST_MAIN(TestIdentity)
#include "tst_identity.moc"
