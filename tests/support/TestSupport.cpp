#include "tests/support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcessEnvironment>

using namespace Qt::StringLiterals;

namespace TestSupport {

QString sharedDir()
{
    const QString dir = qEnvironmentVariable("ARI_SHARED_DIR", QStringLiteral(ARI_SHARED_DIR_DEFAULT));
    if (dir.isEmpty() || !QDir(dir).exists())
        return {};
    return QDir(dir).absolutePath();
}

QList<QJsonObject> readJsonLines(const QString &path)
{
    QList<QJsonObject> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        if (!line.isEmpty())
            out.append(QJsonDocument::fromJson(line).object());
    }
    return out;
}

void diffJson(const QJsonValue &expected, const QJsonValue &actual, const QString &path, Diff &diff)
{
    auto note = [&](const QString &what) {
        if (diff.report.size() < 20)
            diff.report.append(path + u": "_s + what);
    };
    if (expected.isObject() && actual.isObject()) {
        const QJsonObject e = expected.toObject();
        const QJsonObject a = actual.toObject();
        for (auto it = e.begin(); it != e.end(); ++it) {
            if (!a.contains(it.key())) {
                ++diff.lost;
                note(u"lost field "_s + it.key());
            } else {
                diffJson(it.value(), a.value(it.key()), path + u'.' + it.key(), diff);
            }
        }
        for (auto it = a.begin(); it != a.end(); ++it) {
            if (!e.contains(it.key())) {
                ++diff.added;
                note(u"added field "_s + it.key());
            }
        }
        return;
    }
    if (expected.isArray() && actual.isArray()) {
        const QJsonArray e = expected.toArray();
        const QJsonArray a = actual.toArray();
        if (e.size() != a.size()) {
            ++diff.lost;
            note(u"array size %1 != %2"_s.arg(e.size()).arg(a.size()));
            return;
        }
        for (qsizetype i = 0; i < e.size(); ++i)
            diffJson(e.at(i), a.at(i), path + u'[' + QString::number(i) + u']', diff);
        return;
    }
    if (expected != actual) {
        ++diff.lost;
        note(u"value differs"_s);
    }
}

} // namespace TestSupport
