#pragma once

#include <QString>
#include <QWidget>

namespace TestSupport {

//! With ARI_UI_SCREENSHOTS=<dir>, saves what the widget shows as <dir>/<name>.png, for a person to
//! look at (light and dark palettes, sizes, wording). Does nothing otherwise.
inline void snap(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("ARI_UI_SCREENSHOTS");
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

} // namespace TestSupport
