// libFuzzer target: WebSocket frames (one per line of the input) through the
// event parser, then, in order, into a fresh Store with its channel, bridge
// and event-log models, as the console applies them. Every cell the models
// show is read back, so a bad value that reaches the models is read too.
//
// Besides crashes and sanitizer reports, it checks the parser's contract:
// the frame is always kept verbatim, a frame that is not Ok is explained in
// words, and a half-typed event is never delivered as a typed one.

#include "ari/EventParser.h"
#include "models/BridgeModel.h"
#include "models/ChannelModel.h"
#include "models/EventLogModel.h"
#include "models/Store.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void require(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "fuzz_events: contract broken: %s\n", what);
        std::abort();
    }
}

void readEveryCell(const QAbstractItemModel &model)
{
    const int rows = model.rowCount();
    const int columns = model.columnCount();
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            const QModelIndex index = model.index(r, c);
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::DecorationRole),
                             int(Qt::ForegroundRole), int(Qt::AccessibleTextRole), int(Qt::UserRole) + 1})
                (void)model.data(index, role);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // The models use timers and signals: they need an application object.
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Ari::EventParser parser;
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));

    Console::Store store;
    store.setSyncState(Console::SyncState::Synced, 0);
    Console::ChannelModel channels(&store);
    Console::BridgeModel bridges(&store);
    Console::EventLogModel log;

    qint64 at = 1000;
    for (const QByteArray &frame : input.split('\n')) {
        Ari::Event event;
        QString error;
        const Ari::EventParser::Status status = parser.parse(frame, event, &error);
        require(event.raw == frame, "the event keeps the frame verbatim");
        switch (status) {
        case Ari::EventParser::Status::Ok:
            (void)event.toJson();
            log.append(event, at);
            store.apply(event);
            break;
        case Ari::EventParser::Status::Incomplete:
            require(!error.isEmpty(), "a half-typed event is explained in words");
            require(!event.isKnown(), "a half-typed event is delivered as an unknown one");
            log.append(event, at);
            break;
        case Ari::EventParser::Status::Malformed:
            require(!error.isEmpty(), "a malformed frame is explained in words");
            log.appendMalformed(frame, error, at);
            break;
        }
        at += 20;
    }
    channels.flush();
    bridges.flush();
    log.flush();
    readEveryCell(channels);
    readEveryCell(bridges);
    readEveryCell(log);
    store.expireEnded(at + 3600 * 1000);
    return 0;
}
