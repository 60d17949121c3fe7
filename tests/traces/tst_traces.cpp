// Every HTTP body and every event recorded from a real Asterisk parses into
// its typed value, and writing the value back out reproduces every field.

#include "ari/EventParser.h"
#include "ari/JsonRead.h"
#include "ari/Models.h"
#include "ari/Operations.h"
#include "tests/support/TestSupport.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

using Roundtrip = std::function<std::optional<QJsonValue>(const QByteArray &, QString *)>;

template<typename T>
std::optional<QJsonValue> roundtripOne(const QByteArray &bytes, QString *error)
{
    Ari::ParseProblems problems;
    const auto v = Ari::Json::parseValue<T>(bytes, error, &problems);
    if (!v)
        return std::nullopt;
    if (!problems.isEmpty()) {
        *error = problems.messages.join(u"; "_s);
        return std::nullopt;
    }
    return Ari::Json::write(*v);
}

QHash<QString, Roundtrip> roundtrips()
{
    QHash<QString, Roundtrip> r;
#define ARI_REGISTER(T)                                                                                                \
    r.insert(u## #T##_s, &roundtripOne<Ari::T>);                                                                      \
    r.insert(u"List[" #T "]"_s, &roundtripOne<QList<Ari::T>>);
    ARI_FOR_EACH_MODEL(ARI_REGISTER)
#undef ARI_REGISTER
    return r;
}

// The operation a recorded request went to, by its method and path.
const Ari::OperationSpec *operationFor(const QString &method, const QString &path)
{
    const Ari::OperationSpec *best = nullptr;
    int bestVars = 1000;
    const QStringList segs = path.split(u'/', Qt::SkipEmptyParts);
    for (const Ari::OperationSpec &op : Ari::operations()) {
        if (QLatin1StringView(op.method) != method)
            continue;
        const QStringList tmpl = QString::fromLatin1(op.path).split(u'/', Qt::SkipEmptyParts);
        if (tmpl.size() != segs.size())
            continue;
        int vars = 0;
        bool ok = true;
        for (qsizetype i = 0; i < tmpl.size() && ok; ++i) {
            if (tmpl[i].startsWith(u'{'))
                ++vars;
            else
                ok = tmpl[i] == segs[i];
        }
        if (ok && vars < bestVars) {
            best = &op;
            bestVars = vars;
        }
    }
    return best;
}

} // namespace

class TestTraces : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRecordRoundtrips()
    {
        REQUIRE_SHARED("ari-traces");
        const auto types = roundtrips();
        Ari::EventParser parser;
        int records = 0;
        int failures = 0;
        int lost = 0;
        int events = 0;
        int bodies = 0;
        QDirIterator it(TestSupport::sharedDir() + u"/ari-traces"_s, {u"*.jsonl"_s}, QDir::Files);
        QStringList files;
        while (it.hasNext())
            files.append(it.next());
        files.sort();
        QVERIFY(!files.isEmpty());
        for (const QString &file : files) {
            const QString name = QFileInfo(file).fileName();
            for (const QJsonObject &rec : TestSupport::readJsonLines(file)) {
                const QString kind = rec.value(u"kind"_s).toString();
                const QString where = u"%1 seq %2"_s.arg(name).arg(rec.value(u"seq"_s).toInt());
                QJsonValue original;
                std::optional<QJsonValue> written;
                QString error;
                if (kind == u"event") {
                    ++records;
                    ++events;
                    original = rec.value(u"event"_s);
                    const QByteArray bytes = QJsonDocument(original.toObject()).toJson(QJsonDocument::Compact);
                    Ari::Event ev;
                    const auto status = parser.parse(bytes, ev, &error);
                    if (status == Ari::EventParser::Status::Ok && ev.isKnown())
                        written = ev.toJson();
                    else if (error.isEmpty())
                        error = u"unknown event type "_s + ev.typeName;
                } else if (kind == u"http") {
                    const QJsonObject resp = rec.value(u"response"_s).toObject();
                    const QJsonValue body = resp.value(u"body"_s);
                    const int status = resp.value(u"status"_s).toInt();
                    if (status < 200 || status >= 300 || !(body.isObject() || body.isArray()))
                        continue; // errors, 204s and binary downloads have no typed body
                    const QJsonObject req = rec.value(u"request"_s).toObject();
                    QString path = req.value(u"path"_s).toString();
                    if (!path.startsWith(u"/ari/"))
                        continue;
                    path = path.mid(4);
                    const Ari::OperationSpec *op = operationFor(req.value(u"method"_s).toString(), path);
                    ++records;
                    ++bodies;
                    original = body;
                    if (!op) {
                        error = u"no operation for "_s + path;
                    } else {
                        const auto rt = types.value(QString::fromLatin1(op->responseClass));
                        if (!rt) {
                            error = u"no value type for "_s + QString::fromLatin1(op->responseClass);
                        } else {
                            const QByteArray bytes = body.isObject()
                                                         ? QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact)
                                                         : QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
                            written = rt(bytes, &error);
                        }
                    }
                } else {
                    continue;
                }
                if (!written) {
                    ++failures;
                    qWarning().noquote() << where << "failed:" << error;
                    continue;
                }
                TestSupport::Diff diff;
                TestSupport::diffJson(original, *written, where, diff);
                lost += diff.lost + diff.added;
                if (diff.lost || diff.added) {
                    ++failures;
                    for (const QString &r : diff.report)
                        qWarning().noquote() << r;
                }
            }
        }
        std::printf("ARI traces: %d records, %d failures, %d fields lost (%d events, %d HTTP bodies)\n", records,
                    failures, lost, events, bodies);
        QVERIFY(events > 0 && bodies > 0);
        QCOMPARE(failures, 0);
        QCOMPARE(lost, 0);
    }
};

QTEST_GUILESS_MAIN(TestTraces)
#include "tst_traces.moc"
