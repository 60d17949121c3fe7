#pragma once

#include <QDir>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace TestSupport {

//! The read-only reference folder (../shared), or an empty string when it is absent.
QString sharedDir();
//! Skips the current test cleanly when ../shared/<sub> is absent.
#define REQUIRE_SHARED(sub)                                                                                            \
    do {                                                                                                               \
        if (TestSupport::sharedDir().isEmpty() || !QDir(TestSupport::sharedDir() + u"/" sub).exists())                 \
            QSKIP("../shared/" sub " is absent");                                                                      \
    } while (false)

//! Reads every record of a .jsonl file.
QList<QJsonObject> readJsonLines(const QString &path);

//! Deep comparison that counts the fields of `expected` missing or different
//! in `actual`, and the fields `actual` has that `expected` lacks. Describes
//! the first few in `report`.
struct Diff
{
    int lost = 0;
    int added = 0;
    QStringList report;
};
void diffJson(const QJsonValue &expected, const QJsonValue &actual, const QString &path, Diff &diff);

} // namespace TestSupport
