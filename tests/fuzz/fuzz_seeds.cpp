// fuzz_seeds TRACES_DIR OUT_DIR: the seed corpus for the fuzz targets, made
// at build time from the traces of a real Asterisk (../shared/ari-traces)
// when the folder is there, plus minimal seeds for every response parser.
//
//   OUT_DIR/events/   runs of up to 8 consecutive frames of one socket, one per line,
//                     the exact text Asterisk sent
//   OUT_DIR/replies/  one REST answer body each, after one byte naming its parser
//                     (the operation's responseClass, matched by method and path)
//   OUT_DIR/capture/  one capture file (models/CaptureReader's format) per trace,
//                     with the trace's first 40 frames as its events
//
// It fails when an operation returns a model that fuzz_replies has no parser
// for, so a model added to the spec cannot go unfuzzed.

#include "ari/Operations.h"
#include "tests/fuzz/ReplyDecoders.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>

#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {

bool writeSeed(const QString &dir, const QByteArray &bytes)
{
    const QString name = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex());
    QFile f(dir + u'/' + name);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// "/channels/{channelId}/snoop" as a pattern for the path as sent.
QRegularExpression pathPattern(const char *path)
{
    QString re = QRegularExpression::escape(QString::fromLatin1(path));
    re.replace(QRegularExpression(uR"(\\\{[^}]*\\\})"_s), u"[^/]+"_s);
    return QRegularExpression(u"^/ari"_s + re + u'$');
}

const char *responseClassFor(const QString &method, const QString &path)
{
    static const auto table = [] {
        QList<std::pair<const Ari::OperationSpec *, QRegularExpression>> t;
        for (const Ari::OperationSpec &op : Ari::operations())
            t.append({&op, pathPattern(op.path)});
        return t;
    }();
    // The most specific template wins: "/channels/create" over "/channels/{channelId}".
    const Ari::OperationSpec *best = nullptr;
    int bestLiteral = -1;
    for (const auto &[op, re] : table) {
        if (method != QLatin1StringView(op->method) || !re.match(path).hasMatch())
            continue;
        const int literal = int(std::strlen(op->path)) - int(QString::fromLatin1(op->path).count(u'{')) * 16;
        if (literal > bestLiteral) {
            best = op;
            bestLiteral = literal;
        }
    }
    return best ? best->responseClass : nullptr;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: fuzz_seeds TRACES_DIR OUT_DIR\n");
        return 2;
    }
    const QString traces = QString::fromLocal8Bit(argv[1]);
    const QString out = QString::fromLocal8Bit(argv[2]);
    const QString eventsDir = out + u"/events"_s;
    const QString repliesDir = out + u"/replies"_s;
    const QString captureDir = out + u"/capture"_s;
    for (const QString &d : {eventsDir, repliesDir, captureDir}) {
        QDir(d).removeRecursively();
        if (!QDir().mkpath(d)) {
            std::fprintf(stderr, "fuzz_seeds: cannot create %s\n", qPrintable(d));
            return 1;
        }
    }

    // Every model an operation returns has a parser to fuzz.
    int uncovered = 0;
    for (const Ari::OperationSpec &op : Ari::operations()) {
        const char *rc = op.responseClass;
        if (std::strcmp(rc, "void") == 0 || std::strcmp(rc, "binary") == 0 || op.websocket)
            continue;
        if (FuzzSupport::replyDecoderIndex(rc) < 0) {
            std::fprintf(stderr, "fuzz_seeds: %s %s returns %s, which fuzz_replies cannot parse\n", op.method,
                         op.path, rc);
            ++uncovered;
        }
    }
    if (uncovered)
        return 1;

    // Minimal seeds for every parser, with or without the traces.
    int replies = 0;
    const auto decoders = FuzzSupport::replyDecoders();
    for (size_t i = 0; i < decoders.size(); ++i) {
        const QByteArray body = std::strncmp(decoders[i].name, "List[", 5) == 0 ? "[{}]" : "{}";
        replies += writeSeed(repliesDir, char(i) + body);
    }

    int events = 0;
    int files = 0;
    QDir dir(traces);
    for (const QString &name : dir.entryList({u"*.jsonl"_s}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        ++files;
        QByteArray capture = "{\"k\":\"capture\",\"format\":\"ari-console-capture\",\"version\":1,\"started\":0}\n"
                             "{\"k\":\"server\",\"server\":0,\"name\":\"lab\",\"url\":\"http://127.0.0.1:8088\","
                             "\"apps\":[\"console\"],\"subscribe_all\":false}\n";
        int captured = 0;
        QMap<QString, QList<QByteArray>> runs; // per socket label
        auto flush = [&](const QString &ws) {
            if (!runs.value(ws).isEmpty())
                events += writeSeed(eventsDir, runs.value(ws).join('\n'));
            runs.remove(ws);
        };
        while (!f.atEnd()) {
            const QByteArray line = f.readLine().trimmed();
            const QJsonObject rec = QJsonDocument::fromJson(line).object();
            const QString kind = rec.value(u"kind"_s).toString();
            if (kind == u"event"_s) {
                // The exact text: "event" is the record's last member.
                const qsizetype at = line.indexOf("\"event\":{");
                if (at < 0 || !line.endsWith("}}"))
                    continue;
                const QString ws = rec.value(u"ws"_s).toString();
                runs[ws].append(line.mid(at + 8, line.size() - at - 9));
                if (captured++ < 40)
                    capture += QJsonDocument(QJsonObject{{u"k"_s, u"event"_s},
                                                         {u"at"_s, rec.value(u"t_ms"_s).toInteger()},
                                                         {u"server"_s, 0},
                                                         {u"raw"_s, QString::fromUtf8(runs[ws].last())}})
                                   .toJson(QJsonDocument::Compact)
                               + '\n';
                if (runs[ws].size() == 8)
                    flush(ws);
            } else if (kind == u"ws_close"_s || kind == u"ws_open"_s) {
                flush(rec.value(u"ws"_s).toString());
            } else if (kind == u"http"_s) {
                const QJsonObject req = rec.value(u"request"_s).toObject();
                const QJsonValue body = rec.value(u"response"_s).toObject().value(u"body"_s);
                if (!body.isObject() && !body.isArray())
                    continue;
                const char *rc = responseClassFor(req.value(u"method"_s).toString(), req.value(u"path"_s).toString());
                const int index = rc ? FuzzSupport::replyDecoderIndex(rc) : -1;
                if (index < 0)
                    continue; // an error body, or an operation without a model
                const QByteArray text = body.isObject() ? QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact)
                                                        : QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
                replies += writeSeed(repliesDir, char(index) + text);
            }
        }
        for (const QString &ws : runs.keys())
            flush(ws);
        writeSeed(captureDir, capture + "{\"k\":\"end\",\"at\":1}\n");
    }
    std::printf("fuzz_seeds: %d trace files, %d event seeds, %d reply seeds\n", files, events, replies);
    return 0;
}
