#pragma once

#include "ari/Operations.h"

#include <QString>

namespace Ari {

//! What went wrong with a call, as a value: the kind, the HTTP status,
//! Asterisk's own message and the meaning the spec documents for that status
//! on that operation. toString() gives the words to show an operator.
struct AriError
{
    enum class Kind : quint8 {
        None,
        Network,        //!< no answer: refused, reset, host not found
        Timeout,        //!< no complete answer within the request timeout
        Tls,            //!< certificate not trusted, or not the pinned one
        Http,           //!< an answer with a status of 400 or more
        Parse,          //!< an answer that is not the JSON the spec promises
        TooLarge,       //!< an answer larger than the size cap
        InvalidRequest, //!< the call itself was wrong (a required parameter missing)
        Aborted,        //!< cancelled by the caller
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    //! Asterisk's message, e.g. "Channel not in Stasis application".
    QString message;
    //! What the spec says this status means for this operation, e.g. "Channel not in a Stasis application".
    QString documented;
    //! Transport detail (Qt's error string, the certificate fingerprint seen, ...).
    QString detail;
    //! "POST /channels/{channelId}/answer"
    QString operation;

    bool isError() const { return kind != Kind::None; }
    //! One line for an operator, e.g. "409 Conflict: Channel not in Stasis application".
    QString toString() const;
    static QString kindName(Kind kind);
    //! The standard reason phrase of an HTTP status ("Conflict").
    static QString reasonPhrase(int status);
};

} // namespace Ari
