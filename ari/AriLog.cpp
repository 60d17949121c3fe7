#include "ari/AriLog.h"

Q_LOGGING_CATEGORY(lcAriRest, "ari.rest", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAriEvents, "ari.events", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAriConnection, "ari.connection", QtInfoMsg)
