#include "ari/AriConnection.h"

#include "ari/EventLookahead.h"

#include "ari/AriLog.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslError>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace Ari {

AriConnection::AriConnection(QObject *parent)
    : QObject(parent), m_client(new AriClient(this)), m_pipeline(std::make_unique<ParsePipeline>())
{
    connect(m_pipeline.get(), &ParsePipeline::ready, this, [this] { deliverParsed(false); });
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &AriConnection::attempt);
    connect(&m_watchdog, &QTimer::timeout, this, &AriConnection::onWatchdog);
}

AriConnection::~AriConnection()
{
    m_wanted = false;
    setEventLookahead(this, {});
    m_pipeline.reset(); // no deliveries from a destructor
    dropSocket();
}

void AriConnection::setSettings(const ConnectionSettings &settings)
{
    m_client->setSettings(settings);
}

QString AriConnection::stateName(State state)
{
    switch (state) {
    case State::Disconnected:
        return u"Disconnected"_s;
    case State::Connecting:
        return u"Connecting"_s;
    case State::Connected:
        return u"Connected"_s;
    case State::Reconnecting:
        return u"Reconnecting"_s;
    case State::AuthFailed:
        return u"Authentication failed"_s;
    case State::TlsFailed:
        return u"Certificate rejected"_s;
    }
    return {};
}

QString AriConnection::stateText() const
{
    QString text = stateName(m_state);
    if (m_state == State::Reconnecting) {
        const qint64 ms = msUntilReconnect();
        text = u"Reconnecting in %1 s"_s.arg((ms + 999) / 1000);
    }
    if (m_state != State::Connected && m_state != State::Disconnected && !m_lastError.isEmpty())
        text += u" ("_s + m_lastError + u')';
    return text;
}

qint64 AriConnection::msUntilReconnect() const
{
    return m_state == State::Reconnecting && m_reconnectTimer.isActive() ? m_reconnectTimer.remainingTime() : -1;
}

void AriConnection::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    qCInfo(lcAriConnection) << "state:" << stateName(state);
    Q_EMIT stateChanged(state);
}

void AriConnection::open()
{
    m_wanted = true;
    m_attempt = 0;
    m_reconnectTimer.stop();
    dropSocket();
    attempt();
}

void AriConnection::close()
{
    m_wanted = false;
    m_reconnectTimer.stop();
    dropSocket();
    m_lastError.clear();
    setState(State::Disconnected);
}

void AriConnection::dropSocket()
{
    // What arrived before the drop is delivered before anyone hears of the drop.
    deliverParsed(true);
    m_watchdog.stop();
    if (m_infoReply)
        m_infoReply->abort();
    if (m_socket) {
        QWebSocket *s = m_socket;
        m_socket = nullptr;
        s->disconnect(this);
        s->abort();
        s->deleteLater();
    }
}

void AriConnection::attempt()
{
    if (!m_wanted)
        return;
    setState(State::Connecting);
    // Read /asterisk/info first: it proves the credentials (a 401 here stops
    // the retries) and tells whether Asterisk restarted since the last connect.
    auto pending = m_client->asterisk().getInfo();
    m_infoReply = pending.reply();
    pending.then(this, [this](const Result<AsteriskInfo> &r) { onInfo(r); });
}

void AriConnection::onInfo(const Result<AsteriskInfo> &r)
{
    m_infoReply = nullptr;
    if (!m_wanted || r.error.kind == AriError::Kind::Aborted)
        return;
    if (!r.ok()) {
        if (r.error.kind == AriError::Kind::Http && r.error.httpStatus == 401) {
            m_lastError = u"authentication failed: Asterisk refused the user or password"_s;
            setState(State::AuthFailed);
            return;
        }
        if (r.error.kind == AriError::Kind::Tls) {
            m_lastError = r.error.toString();
            const qsizetype at = r.error.detail.indexOf(u"SHA-256 "_s);
            m_seenFingerprint = at >= 0 ? r.error.detail.mid(at + 8, 95) : QString();
            setState(State::TlsFailed);
            return;
        }
        fail(r.error.toString());
        return;
    }
    m_pendingInfo = r.value;
    openSocket();
}

void AriConnection::openSocket()
{
    auto *s = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket = s;
    s->setMaxAllowedIncomingMessageSize(quint64(m_client->settings().maxResponseBytes));
    s->setMaxAllowedIncomingFrameSize(quint64(m_client->settings().maxResponseBytes));
    connect(s, &QWebSocket::connected, this, &AriConnection::onSocketConnected);
    connect(s, &QWebSocket::disconnected, this, &AriConnection::onSocketDisconnected);
    connect(s, &QWebSocket::textMessageReceived, this, &AriConnection::onText);
    connect(s, &QWebSocket::binaryMessageReceived, this, &AriConnection::onBinary);
    connect(s, &QWebSocket::pong, this, [this] { m_lastHeard.start(); });
    connect(s, &QWebSocket::sslErrors, this, [this, s](const QList<QSslError> &errors) {
        const QByteArray pin = m_client->pin();
        const QByteArray seen = s->sslConfiguration().peerCertificate().digest(QCryptographicHash::Sha256).toHex();
        if (!pin.isEmpty() && seen == pin)
            s->ignoreSslErrors(errors);
    });
    const QUrl url = m_client->eventsUrl();
    qCDebug(lcAriConnection) << "opening event socket" << url.adjusted(QUrl::RemoveQuery);
    s->open(m_client->authorizedRequest(url));
}

void AriConnection::onSocketConnected()
{
    const QByteArray pin = m_client->pin();
    if (!pin.isEmpty()) {
        const QByteArray seen = m_socket->sslConfiguration().peerCertificate().digest(QCryptographicHash::Sha256).toHex();
        if (seen != pin) {
            m_lastError = u"the server certificate is not the pinned one"_s;
            dropSocket();
            setState(State::TlsFailed);
            return;
        }
    }
    const AsteriskInfo before = m_info;
    const bool restarted = m_haveInfo
                           && (before.system.entityId != m_pendingInfo.system.entityId
                               || before.status.startupTime != m_pendingInfo.status.startupTime);
    m_info = m_pendingInfo;
    m_haveInfo = true;
    m_lastError.clear();
    m_seenFingerprint.clear();
    m_connectedFor.start();
    m_lastHeard.start();
    const auto &s = m_client->settings();
    m_watchdog.start(std::max(10, std::min(s.pingIntervalMs, s.pingTimeoutMs / 2)));
    m_lastTick.start();
    setState(State::Connected);
    if (restarted) {
        qCWarning(lcAriConnection) << "Asterisk restarted: startup time" << m_info.status.startupTime;
        Q_EMIT asteriskRestarted(before, m_info);
    }
    Q_EMIT connected(m_info);
}

void AriConnection::onSocketDisconnected()
{
    QString reason;
    if (m_socket) {
        const auto code = m_socket->closeCode();
        if (code == QWebSocketProtocol::CloseCodeWrongDatatype)
            reason = u"Asterisk sent a frame that is not valid UTF-8"_s;
        else if (code == QWebSocketProtocol::CloseCodeTooMuchData)
            reason = u"Asterisk sent a frame over the size cap"_s;
        else if (m_socket->error() != QAbstractSocket::UnknownSocketError && !m_socket->errorString().isEmpty())
            reason = m_socket->errorString();
        else if (!m_socket->closeReason().isEmpty())
            reason = m_socket->closeReason();
        else
            reason = u"the event socket closed (code %1)"_s.arg(int(code));
    }
    fail(reason);
}

void AriConnection::fail(const QString &reason)
{
    const bool wasConnected = m_state == State::Connected;
    dropSocket();
    if (!m_wanted)
        return;
    m_lastError = reason;
    qCWarning(lcAriConnection) << "connection failed:" << reason;
    if (wasConnected) {
        if (m_connectedFor.isValid() && m_connectedFor.elapsed() >= 5000)
            m_attempt = 0;
        Q_EMIT connectionLost(reason);
    }
    scheduleReconnect();
}

void AriConnection::scheduleReconnect()
{
    const auto &s = m_client->settings();
    const qint64 exp = qint64(s.reconnectBaseMs) << std::min(m_attempt, 20);
    const qint64 capped = std::min<qint64>(exp, s.reconnectCapMs);
    // Full jitter on the upper half: many consoles never reconnect in lockstep.
    const qint64 delay = capped / 2 + QRandomGenerator::global()->bounded(capped / 2 + 1);
    ++m_attempt;
    m_reconnectDelayMs = int(delay);
    m_reconnectTimer.start(m_reconnectDelayMs);
    setState(State::Reconnecting);
}

void AriConnection::onWatchdog()
{
    if (!m_socket)
        return;
    const auto &s = m_client->settings();
    // A tick far later than scheduled means this thread was busy, not that
    // Asterisk was silent: frames may be waiting unread in the socket. Judge
    // silence only from time the event loop could have heard something.
    if (m_lastTick.restart() > m_watchdog.interval() + s.pingTimeoutMs / 2)
        m_lastHeard.start();
    if (m_lastHeard.elapsed() > s.pingTimeoutMs) {
        fail(u"Asterisk has not answered for %1 s"_s.arg(m_lastHeard.elapsed() / 1000.0, 0, 'f', 1));
        return;
    }
    m_socket->ping();
}

void AriConnection::onText(const QString &text)
{
    m_lastHeard.start();
    ++m_eventsReceived;
    m_pipeline->push(text.toUtf8());
}

namespace {

// The lookaheads set with setEventLookahead(), by connection (a few at most; GUI thread only).
std::vector<std::pair<const AriConnection *, std::function<void(const Event &)>>> &lookaheads()
{
    static std::vector<std::pair<const AriConnection *, std::function<void(const Event &)>>> all;
    return all;
}

const std::function<void(const Event &)> *lookaheadOf(const AriConnection *connection)
{
    for (const auto &[c, f] : lookaheads()) {
        if (c == connection)
            return &f;
    }
    return nullptr;
}

} // namespace

void setEventLookahead(AriConnection *connection, std::function<void(const Event &)> lookahead)
{
    auto &all = lookaheads();
    std::erase_if(all, [connection](const auto &entry) { return entry.first == connection; });
    if (connection && lookahead)
        all.emplace_back(connection, std::move(lookahead));
}

void AriConnection::deliverParsed(bool all)
{
    if (!m_pipeline)
        return;
    ++m_deliverDepth;
    // Each event goes out with the next one handed to the lookahead first, if any. It is
    // looked up each time: a slot may remove it (its consumer gone) in the middle of a batch.
    auto deliverFrom = [&](const std::vector<ParsePipeline::Parsed> &batch, size_t &at) {
        while (at < batch.size()) {
            const ParsePipeline::Parsed &p = batch[at++];
            if (at + 1 < batch.size())
                ParsePipeline::prefetch(batch[at + 1]);
            if (at < batch.size() && !lookaheads().empty() && batch[at].status != EventParser::Status::Malformed) {
                if (const std::function<void(const Event &)> *lookahead = lookaheadOf(this))
                    (*lookahead)(batch[at].event);
            }
            deliverOne(p);
        }
    };
    // The batch in hand first: a slot may have called close() in the middle of it.
    deliverFrom(m_batch, m_batchAt);
    if (m_deliverDepth == 1) {
        while (all ? m_pipeline->waitAndTake(m_batch) : m_pipeline->take(m_batch)) {
            m_batchAt = 0;
            deliverFrom(m_batch, m_batchAt);
            if (!all)
                break;
        }
    } else {
        // Called from a slot during a delivery: m_batch's events are still referenced up the stack.
        std::vector<ParsePipeline::Parsed> more;
        while (all ? m_pipeline->waitAndTake(more) : m_pipeline->take(more)) {
            size_t at = 0;
            deliverFrom(more, at);
            if (!all)
                break;
        }
    }
    --m_deliverDepth;
}

void AriConnection::deliverOne(const ParsePipeline::Parsed &p)
{
    if (p.status == EventParser::Status::Malformed) {
        ++m_malformedFrames;
        qCWarning(lcAriEvents) << "malformed frame:" << p.error;
        Q_EMIT malformedFrame(p.error, p.event.raw);
        return;
    }
    if (p.status == EventParser::Status::Incomplete) {
        ++m_malformedFrames;
        qCWarning(lcAriEvents) << "event with bad fields:" << p.error;
        Q_EMIT malformedFrame(p.error, p.event.raw);
    }
    if (p.event.type == EventType::Unknown && p.status == EventParser::Status::Ok) {
        ++m_unknownEvents;
        qCInfo(lcAriEvents) << "unknown event type" << p.event.typeName;
    }
    Q_EMIT eventReceived(p.event);
}

void AriConnection::onBinary(const QByteArray &data)
{
    m_lastHeard.start();
    deliverParsed(true); // in its place in the order
    ++m_malformedFrames;
    Q_EMIT malformedFrame(u"a binary frame on the event socket"_s, data.left(256));
}

} // namespace Ari
