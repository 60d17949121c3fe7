#include "models/EventLogExport.h"

#include "ari/EventParser.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace Console::EventLogExport {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The end of the JSON string that starts at `from` (its opening quote), past the closing quote.
qsizetype stringEnd(QByteArrayView json, qsizetype from)
{
    qsizetype i = from + 1;
    while (i < json.size()) {
        if (json[i] == '\\')
            i += 2;
        else if (json[i] == '"')
            return i + 1;
        else
            ++i;
    }
    return json.size();
}

// The next token after `i` that is not whitespace, or 0.
char nextToken(QByteArrayView json, qsizetype i)
{
    while (i < json.size() && isSpace(json[i]))
        ++i;
    return i < json.size() ? json[i] : 0;
}

QString jsonString(const QString &text)
{
    // QJsonDocument writes a string with JSON's escapes; only what stands between the quotes is wanted.
    const QByteArray array = QJsonDocument(QJsonArray{QJsonValue(text)}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(2, array.size() - 4)); // ["..."] less the brackets and quotes
}

} // namespace

QByteArray compact(QByteArrayView json)
{
    QByteArray out;
    out.reserve(json.size());
    qsizetype i = 0;
    while (i < json.size()) {
        const char c = json[i];
        if (c == '"') {
            const qsizetype end = stringEnd(json, i);
            out.append(json.sliced(i, end - i));
            i = end;
        } else {
            if (!isSpace(c))
                out.append(c);
            ++i;
        }
    }
    return out;
}

QString pretty(QByteArrayView json)
{
    QJsonParseError error;
    (void)QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return QString::fromUtf8(json);
    QByteArray out;
    out.reserve(json.size() * 2);
    int depth = 0;
    const auto newline = [&] {
        out.append('\n');
        out.append(QByteArray(depth * 2, ' '));
    };
    qsizetype i = 0;
    while (i < json.size()) {
        const char c = json[i];
        if (isSpace(c)) {
            ++i;
            continue;
        }
        if (c == '"') {
            const qsizetype end = stringEnd(json, i);
            out.append(json.sliced(i, end - i));
            i = end;
            continue;
        }
        switch (c) {
        case '{':
        case '[': {
            const char close = c == '{' ? '}' : ']';
            out.append(c);
            // An empty object or array stays on its line.
            qsizetype j = i + 1;
            while (j < json.size() && isSpace(json[j]))
                ++j;
            if (j < json.size() && json[j] == close) {
                out.append(close);
                i = j + 1;
                continue;
            }
            ++depth;
            newline();
            break;
        }
        case '}':
        case ']':
            --depth;
            newline();
            out.append(c);
            break;
        case ',':
            out.append(c);
            newline();
            break;
        case ':':
            out.append(": ");
            break;
        default:
            out.append(c);
        }
        ++i;
    }
    return QString::fromUtf8(out);
}

bool isJsonObject(QByteArrayView json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &error);
    return error.error == QJsonParseError::NoError && doc.isObject();
}

Result write(const QList<QByteArray> &events, QIODevice *out, const QStringList &secrets)
{
    Result result;
    // A secret as it appears inside a JSON string (escaped), with whether it is matched inside longer text.
    QList<std::pair<QByteArray, bool>> needles;
    for (const QString &s : secrets) {
        if (!s.isEmpty())
            needles.append({jsonString(s).toUtf8(), s.size() >= 12});
    }
    for (const QByteArray &raw : events) {
        if (!isJsonObject(raw)) {
            ++result.unreadable;
            continue;
        }
        QByteArray line = compact(raw);
        if (!needles.isEmpty()) {
            QByteArray redacted;
            redacted.reserve(line.size());
            qsizetype i = 0;
            while (i < line.size()) {
                if (line[i] != '"') {
                    redacted.append(line[i++]);
                    continue;
                }
                const qsizetype end = stringEnd(line, i);
                const QByteArrayView inner = QByteArrayView(line).sliced(i + 1, std::max<qsizetype>(0, end - i - 2));
                const bool isKey = nextToken(line, end) == ':';
                bool secret = false;
                for (const auto &[needle, inside] : needles) {
                    if (!isKey && (inner == needle || (inside && inner.contains(needle))))
                        secret = true;
                }
                if (secret) {
                    redacted.append("\"REDACTED\"");
                    ++result.redacted;
                } else {
                    redacted.append(QByteArrayView(line).sliced(i, end - i));
                }
                i = end;
            }
            line = std::move(redacted);
        }
        line.append('\n');
        if (out->write(line) != line.size()) {
            result.error = out->errorString();
            return result;
        }
        ++result.written;
    }
    return result;
}

Read read(QIODevice *in)
{
    Read result;
    Ari::EventParser parser;
    int number = 0;
    while (!in->atEnd()) {
        QByteArray line = in->readLine();
        ++number;
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        Ari::Event event;
        QString why;
        if (parser.parse(line, event, &why) == Ari::EventParser::Status::Malformed) {
            result.problems.append(QCoreApplication::translate("EventLogExport", "line %1: %2").arg(number).arg(why));
            continue;
        }
        result.events.append(std::move(event));
    }
    return result;
}

} // namespace Console::EventLogExport
