#pragma once

#include <QLoggingCategory>

// Logging categories of the client. Nothing logged here ever carries a
// password or an Authorization header: log operations and paths only.
Q_DECLARE_LOGGING_CATEGORY(lcAriRest)
Q_DECLARE_LOGGING_CATEGORY(lcAriEvents)
Q_DECLARE_LOGGING_CATEGORY(lcAriConnection)
