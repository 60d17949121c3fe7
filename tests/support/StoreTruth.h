#pragma once

#include <QJsonArray>
#include <QStringList>

namespace Console {
class Store;
}

namespace TestSupport {

//! How far a Store is from the server's truth (its channels and bridges).
struct StoreTally
{
    int stale = 0;   //!< in the store, gone from the server
    int missing = 0; //!< on the server, not in the store
    int fields = 0;  //!< present in both, some field differs
    QStringList report;
    bool clean() const { return stale == 0 && missing == 0 && fields == 0; }
};

//! The store against the server's own lists (GET /channels, GET /bridges, or
//! the simulator's state), field for field; bridge member order does not count.
StoreTally compareStore(const Console::Store &store, const QJsonArray &channels, const QJsonArray &bridges);

} // namespace TestSupport
