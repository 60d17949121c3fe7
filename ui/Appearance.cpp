#include "ui/Appearance.h"

#include <QApplication>
#include <QColor>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

#include <memory>

using namespace Qt::StringLiterals;

namespace Console {

namespace {

struct Original
{
    bool saved = false;
    QString style;
    QPalette palette;
};

Original &original()
{
    static Original o;
    return o;
}

Appearance::Scheme &applied()
{
    static Appearance::Scheme s = Appearance::Scheme::System;
    return s;
}

const auto settingsKey = u"view/palette"_s;

} // namespace

QString Appearance::key(Scheme scheme)
{
    switch (scheme) {
    case Scheme::Light:
        return u"light"_s;
    case Scheme::Dark:
        return u"dark"_s;
    case Scheme::System:
        break;
    }
    return u"system"_s;
}

Appearance::Scheme Appearance::fromKey(const QString &key, bool *ok)
{
    const QString k = key.trimmed().toLower();
    if (ok)
        *ok = true;
    if (k == u"light")
        return Scheme::Light;
    if (k == u"dark")
        return Scheme::Dark;
    if (ok)
        *ok = k == u"system";
    return Scheme::System;
}

QString Appearance::label(Scheme scheme)
{
    switch (scheme) {
    case Scheme::Light:
        return tr("&Light");
    case Scheme::Dark:
        return tr("&Dark");
    case Scheme::System:
        break;
    }
    return tr("&System colours");
}

void Appearance::apply(Scheme scheme)
{
    Original &o = original();
    if (!o.saved) {
        o.saved = true;
        o.style = QApplication::style() ? QApplication::style()->name() : QString();
        o.palette = QApplication::palette();
    }
    applied() = scheme;
    if (scheme == Scheme::System) {
        if (!o.style.isEmpty() && QApplication::style()->name() != o.style)
            QApplication::setStyle(o.style);
        QApplication::setPalette(o.palette);
        return;
    }
    // Fusion draws with the palette alone, so both look as designed on every desktop.
    if (QApplication::style()->name().compare(u"fusion"_s, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(u"Fusion"_s);
    QApplication::setPalette(scheme == Scheme::Dark ? darkPalette() : lightPalette());
}

Appearance::Scheme Appearance::current()
{
    return applied();
}

Appearance::Scheme Appearance::saved()
{
    return fromKey(QSettings().value(settingsKey).toString());
}

void Appearance::save(Scheme scheme)
{
    QSettings().setValue(settingsKey, key(scheme));
}

QPalette Appearance::lightPalette()
{
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
    return fusion ? fusion->standardPalette() : QPalette();
}

QPalette Appearance::darkPalette()
{
    const QColor window(0x2d, 0x2d, 0x30);
    const QColor base(0x1f, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x86, 0x86, 0x8a);
    QPalette p(window);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x28, 0x28, 0x2c));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3f));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9e));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x36, 0x36, 0x3a));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x46, 0x46, 0x4c));
    p.setColor(QPalette::Mid, QColor(0x5a, 0x5a, 0x60)); // lines drawn with it (the timeline's lifelines) show on Base
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x1b));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0e));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb4, 0x9c, 0xff));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x44, 0x44, 0x4a));
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, disabled);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    return p;
}

bool Appearance::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5 || palette.color(QPalette::Window).lightnessF() < 0.4;
}

QColor Appearance::readable(const QColor &color, const QColor &background)
{
    if (background.lightnessF() >= 0.5)
        return color;
    // On a dark background the same hue, lighter (and a grey a light grey).
    float h = 0, s = 0, l = 0, a = 1;
    color.getHslF(&h, &s, &l, &a);
    if (l >= 0.62f)
        return color;
    return QColor::fromHslF(h, std::min(s, 0.85f), 0.62f + 0.12f * l, a);
}

QColor Appearance::readable(const QColor &color)
{
    return readable(color, QApplication::palette().color(QPalette::Base));
}

} // namespace Console
