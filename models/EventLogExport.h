#pragma once

#include "ari/Event.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace Console {

//! JSON text helpers for the event log, and its export to and from JSON Lines.
//! Asterisk's key order means something (the type first, then the subject),
//! so these work on the text and never reorder keys, as QJsonDocument would.
//!   EventLogExport::Result r = EventLogExport::write(raws, &file, {password});
//!   EventLogExport::Read back = EventLogExport::read(&file);
namespace EventLogExport {

//! The JSON text indented (two spaces a level), keys in their order. Text that
//! is not JSON comes back as it was.
QString pretty(QByteArrayView json);
//! The JSON text with the whitespace between tokens removed (one line).
QByteArray compact(QByteArrayView json);
//! Whether the text is one JSON object.
bool isJsonObject(QByteArrayView json);

//! What writing an export did.
struct Result
{
    int written = 0;    //!< lines written, one event each
    int unreadable = 0; //!< frames that were not JSON objects, left out
    int redacted = 0;   //!< string values that held a credential, replaced by "REDACTED"
    QString error;      //!< empty when the file was written completely
    bool ok() const { return error.isEmpty(); }
};

//! Writes each event as it arrived, one compact JSON object per line.
//! `secrets` are credentials (the password, "user:password"): a JSON string
//! value equal to one, or holding one of at least 12 characters, is written as
//! "REDACTED", so no credential leaves through an export. (Short secrets are
//! matched whole: the lab's password "asterisk" is also part of "asterisk_id".)
Result write(const QList<QByteArray> &events, QIODevice *out, const QStringList &secrets);

//! What reading an export gave back.
struct Read
{
    QList<Ari::Event> events;
    QStringList problems; //!< "line 7: ..." for lines that were not events
};

//! Reads a .jsonl export: every line through the same parser as the live socket.
Read read(QIODevice *in);

} // namespace EventLogExport

} // namespace Console
