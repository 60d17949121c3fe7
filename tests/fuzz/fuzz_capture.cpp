// libFuzzer target: the capture reader (models/CaptureReader), which reads the
// JSON Lines capture files a user opens for replay: plain or gzipped bytes in,
// records out. Besides crashes and sanitizer reports it checks that what it
// could not read is said in words, and that an unreadable file yields nothing
// to replay.

#include "models/CaptureReader.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void require(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "fuzz_capture: contract broken: %s\n", what);
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // A small inflate cap: a few bytes of gzip must not become gigabytes here.
    const Console::Capture capture = Console::CaptureReader::read(bytes, 16 * 1024 * 1024);
    if (capture.unreadable) {
        require(capture.records.isEmpty(), "an unreadable capture has no records to replay");
        require(!capture.errors.isEmpty(), "an unreadable capture says why");
    }
    for (const QString &e : capture.errors)
        require(!e.isEmpty(), "every error is in words");
    return 0;
}
