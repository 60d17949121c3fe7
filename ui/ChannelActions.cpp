#include "ui/ChannelActions.h"

#include "models/ServerSession.h"
#include "ui/MediaController.h"
#include "ui/Notifier.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace Console {

namespace {

// A small form dialog: labelled fields, OK/Cancel. Returns the field texts by key.
struct Field
{
    QString key;
    QString label;
    QString value;
    QStringList choices; //!< a combo box when set
    bool required = false;
};

bool askFields(QWidget *parent, const QString &title, const QString &intro, QList<Field> &fields,
               const QString &checkText = {}, bool *checked = nullptr)
{
    QDialog dlg(parent);
    dlg.setWindowTitle(title);
    auto *form = new QFormLayout(&dlg);
    if (!intro.isEmpty()) {
        auto *label = new QLabel(intro);
        label->setWordWrap(true);
        form->addRow(label);
    }
    QList<QWidget *> editors;
    for (const Field &f : fields) {
        QWidget *w;
        if (!f.choices.isEmpty()) {
            auto *c = new QComboBox;
            c->setEditable(true);
            c->addItems(f.choices);
            c->setCurrentText(f.value);
            w = c;
        } else {
            auto *e = new QLineEdit(f.value);
            w = e;
        }
        w->setAccessibleName(f.label);
        w->setObjectName(f.key);
        form->addRow(f.label, w);
        editors.append(w);
    }
    QCheckBox *extra = nullptr;
    if (checked) {
        extra = new QCheckBox(checkText);
        extra->setChecked(*checked);
        form->addRow(extra);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dlg, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dlg, &QDialog::reject);
    auto validate = [&] {
        bool ok = true;
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (!fields[i].required)
                continue;
            const QString text = qobject_cast<QComboBox *>(editors[i]) ? qobject_cast<QComboBox *>(editors[i])->currentText()
                                                                        : qobject_cast<QLineEdit *>(editors[i])->text();
            ok = ok && !text.trimmed().isEmpty();
        }
        buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    };
    for (QWidget *w : editors) {
        if (auto *e = qobject_cast<QLineEdit *>(w))
            QObject::connect(e, &QLineEdit::textChanged, &dlg, validate);
        else if (auto *c = qobject_cast<QComboBox *>(w))
            QObject::connect(c, &QComboBox::currentTextChanged, &dlg, validate);
    }
    validate();
    if (dlg.exec() != QDialog::Accepted)
        return false;
    if (checked)
        *checked = extra->isChecked();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (auto *c = qobject_cast<QComboBox *>(editors[i]))
            fields[i].value = c->currentText().trimmed();
        else
            fields[i].value = qobject_cast<QLineEdit *>(editors[i])->text().trimmed();
    }
    return true;
}

const QStringList hangupReasons = {u"normal"_s,       u"busy"_s,         u"congestion"_s,        u"no_answer"_s,
                                   u"timeout"_s,      u"rejected"_s,     u"unallocated"_s,       u"normal_unspecified"_s,
                                   u"number_incomplete"_s, u"codec_mismatch"_s, u"interworking"_s, u"failure"_s,
                                   u"answered_elsewhere"_s};

} // namespace

ChannelActions::ChannelActions(ServerSession *session, const ActionPolicy *policy, Notifier *notifier,
                               QWidget *dialogParent)
    : QObject(dialogParent), m_session(session), m_policy(policy), m_notifier(notifier), m_dialogParent(dialogParent)
{
    m_confirmHangup = QSettings().value(u"actions/confirmHangup"_s, true).toBool();
    using A = ChannelAction;
    make(A::Answer, tr("&Answer"), QKeySequence(u"Ctrl+Shift+A"_s), tr("Answer the ringing channel"));
    make(A::Hangup, tr("&Hang up…"), QKeySequence::Delete, tr("Hang up the channel"));
    make(A::ContinueInDialplan, tr("&Continue in dialplan…"), QKeySequence(u"Ctrl+Shift+C"_s),
         tr("Send the channel back to the dialplan"));
    make(A::Redirect, tr("&Redirect…"), {}, tr("Redirect the channel to another endpoint"));
    make(A::Move, tr("&Move to app…"), {}, tr("Move the channel to another Stasis application"));
    make(A::Ring, tr("R&ing"), {}, tr("Indicate ringing to the channel"));
    make(A::RingStop, tr("Stop ringing"), {}, tr("Stop indicating ringing"));
    make(A::SendDtmf, tr("Send &DTMF…"), QKeySequence(u"Ctrl+D"_s), tr("Send DTMF digits"));
    make(A::Hold, tr("H&old"), QKeySequence(u"Ctrl+Shift+H"_s), tr("Put the channel on hold"));
    make(A::Unhold, tr("&Unhold"), QKeySequence(u"Ctrl+Shift+U"_s), tr("Take the channel off hold"));
    make(A::Mute, tr("&Mute…"), QKeySequence(u"Ctrl+Shift+M"_s), tr("Mute the channel"));
    make(A::Unmute, tr("Unmu&te…"), {}, tr("Unmute the channel"));
    make(A::StartMoh, tr("Start music on hold…"), {}, tr("Play music on hold to the channel"));
    make(A::StopMoh, tr("Stop music on hold"), {}, tr("Stop music on hold"));
    make(A::StartSilence, tr("Start silence"), {}, tr("Play silence to the channel"));
    make(A::StopSilence, tr("Stop silence"), {}, tr("Stop playing silence"));
    make(A::Play, tr("&Play…"), QKeySequence(u"Ctrl+Shift+P"_s),
         tr("Play sounds, recordings, numbers, digits or tones to the channel"));
    make(A::Record, tr("&Record…"), QKeySequence(u"Ctrl+Shift+R"_s), tr("Record the channel"));
    m_bridge = new QAction(tr("&Bridge selected"), this);
    m_bridge->setShortcut(QKeySequence(u"B"_s));
    m_bridge->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_bridge->setObjectName(u"actionBridgeSelected"_s);
    connect(m_bridge, &QAction::triggered, this, [this] { bridgeChannels(m_selection); });
    refresh();
}

void ChannelActions::setSession(ServerSession *session)
{
    m_session = session;
    refresh();
}

QAction *ChannelActions::make(ChannelAction a, const QString &text, const QKeySequence &shortcut, const QString &help)
{
    auto *act = new QAction(text, this);
    act->setShortcut(shortcut);
    act->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    act->setStatusTip(help);
    act->setData(help);
    act->setObjectName(u"action"_s + QString::number(int(a)));
    connect(act, &QAction::triggered, this, [this, a] { trigger(a); });
    m_actions.insert(a, act);
    return act;
}

QList<QAction *> ChannelActions::actions() const
{
    QList<QAction *> out;
    for (int i = 0; i <= int(ChannelAction::Record); ++i) {
        if (QAction *a = m_actions.value(ChannelAction(i)))
            out.append(a);
    }
    out.append(m_bridge);
    return out;
}

void ChannelActions::fillMenu(QMenu *menu) const
{
    using A = ChannelAction;
    for (A a : {A::Answer, A::Hangup})
        menu->addAction(action(a));
    menu->addSeparator();
    for (A a : {A::Hold, A::Unhold, A::Mute, A::Unmute, A::SendDtmf})
        menu->addAction(action(a));
    menu->addSeparator();
    for (A a : {A::Ring, A::RingStop, A::StartMoh, A::StopMoh, A::StartSilence, A::StopSilence})
        menu->addAction(action(a));
    menu->addSeparator();
    for (A a : {A::Play, A::Record})
        menu->addAction(action(a));
    menu->addSeparator();
    for (A a : {A::ContinueInDialplan, A::Redirect, A::Move})
        menu->addAction(action(a));
    menu->addAction(m_bridge);
}

void ChannelActions::setSelection(const QStringList &channelIds)
{
    m_selection = channelIds;
    refresh();
}

void ChannelActions::setConfirmHangup(bool confirm)
{
    m_confirmHangup = confirm;
    QSettings().setValue(u"actions/confirmHangup"_s, confirm);
}

void ChannelActions::refresh()
{
    const Store *store = m_session ? m_session->store() : nullptr;
    for (auto it = m_actions.begin(); it != m_actions.end(); ++it) {
        QAction *act = it.value();
        QString reason;
        bool allowed = store && !m_selection.isEmpty();
        if (!store)
            reason = tr("Not connected");
        else if (m_selection.isEmpty())
            reason = tr("Select a channel first");
        if ((it.key() == ChannelAction::Play || it.key() == ChannelAction::Record) && !m_media) {
            allowed = false;
            reason = tr("Media is not available in this window");
        }
        if (it.key() == ChannelAction::Record && m_selection.size() > 1) {
            allowed = false;
            reason = tr("Record one channel at a time (or record their bridge)");
        }
        for (const QString &id : std::as_const(m_selection)) {
            const LiveChannel *lc = store->anyChannel(id);
            const Verdict v = lc ? m_policy->channel(*lc, it.key()) : Verdict::no(tr("The channel is gone"));
            if (!v.allowed) {
                allowed = false;
                reason = v.reason;
                break;
            }
        }
        act->setEnabled(allowed);
        act->setToolTip(allowed ? act->data().toString() : reason);
    }
    // Bridging two channels needs both in Stasis.
    bool canBridge = store && m_selection.size() == 2;
    QString why = canBridge ? QString() : tr("Select exactly two channels");
    for (const QString &id : std::as_const(m_selection)) {
        const LiveChannel *lc = store ? store->anyChannel(id) : nullptr;
        const Verdict v = lc ? m_policy->channel(*lc, ChannelAction::AddToBridge) : Verdict::no(tr("The channel is gone"));
        if (!v.allowed) {
            // The policy's reason (read-only, replay, not in Stasis) before the count's.
            canBridge = false;
            why = v.reason;
            break;
        }
    }
    m_bridge->setEnabled(canBridge);
    m_bridge->setToolTip(canBridge ? tr("Put both channels in a new mixing bridge") : why);
}

bool ChannelActions::askArguments(ChannelAction a, QVariantMap &args)
{
    using A = ChannelAction;
    QList<Field> fields;
    QString title;
    QString intro;
    switch (a) {
    case A::Hangup: {
        if (!m_confirmHangup) {
            args.insert(u"reason"_s, u"normal"_s);
            return true;
        }
        fields = {{u"reason"_s, tr("Reason"), u"normal"_s, hangupReasons}};
        bool dontAsk = false;
        const QString who = m_selection.size() == 1 ? m_selection.first() : tr("%n channels", nullptr, int(m_selection.size()));
        if (!askFields(m_dialogParent, tr("Hang up"), tr("Hang up %1?").arg(who), fields, tr("Don't ask again"), &dontAsk))
            return false;
        if (dontAsk)
            setConfirmHangup(false);
        args.insert(u"reason"_s, fields[0].value);
        return true;
    }
    case A::ContinueInDialplan:
        title = tr("Continue in dialplan");
        fields = {{u"context"_s, tr("Context"), {}, {}},
                  {u"extension"_s, tr("Extension"), {}, {}},
                  {u"priority"_s, tr("Priority"), {}, {}},
                  {u"label"_s, tr("Label"), {}, {}}};
        intro = tr("Empty fields continue where the channel left the dialplan.");
        break;
    case A::Redirect:
        title = tr("Redirect");
        fields = {{u"endpoint"_s, tr("Endpoint"), {}, {}, true}};
        intro = tr("For example PJSIP/1001. Local channels cannot be redirected: Asterisk accepts and ignores it.");
        break;
    case A::Move:
        title = tr("Move to another application");
        fields = {{u"app"_s, tr("Application"), {}, {}, true}, {u"appArgs"_s, tr("Arguments"), {}, {}}};
        break;
    case A::SendDtmf:
        title = tr("Send DTMF");
        fields = {{u"dtmf"_s, tr("Digits"), {}, {}, true}};
        break;
    case A::Mute:
    case A::Unmute:
        title = a == A::Mute ? tr("Mute") : tr("Unmute");
        fields = {{u"direction"_s, tr("Direction"), u"both"_s, {u"both"_s, u"in"_s, u"out"_s}}};
        break;
    case A::StartMoh:
        title = tr("Music on hold");
        fields = {{u"mohClass"_s, tr("Class"), u"default"_s, {}}};
        break;
    default:
        return true;
    }
    if (!askFields(m_dialogParent, title, intro, fields))
        return false;
    for (const Field &f : std::as_const(fields)) {
        if (!f.value.isEmpty())
            args.insert(f.key, f.value);
    }
    return true;
}

void ChannelActions::trigger(ChannelAction a)
{
    refresh();
    if (!m_session || !m_actions.value(a)->isEnabled())
        return;
    const QStringList targets = m_selection;
    if (a == ChannelAction::Play && m_media) {
        m_media->openPlayDialog(m_media->channelTargets(targets));
        return;
    }
    if (a == ChannelAction::Record && m_media && targets.size() == 1) {
        m_media->openRecordDialog(m_media->channelTargets(targets).first());
        return;
    }
    QVariantMap args;
    if (!askArguments(a, args))
        return;
    if (a == ChannelAction::Move && args.value(u"app"_s).toString().isEmpty())
        return; // never send a move without an app: it crashes Asterisk (traces README)
    for (const QString &id : targets)
        run(a, id, args);
}

void ChannelActions::hangup(const QStringList &ids, const QString &reason)
{
    for (const QString &id : ids)
        run(ChannelAction::Hangup, id, {{u"reason"_s, reason}});
}

void ChannelActions::run(ChannelAction a, const QString &id, const QVariantMap &args)
{
    Ari::AriClient *client = m_session->client();
    const QString what = m_actions.value(a)->text().remove(u'&').remove(u'…');
    auto report = [this, what, id](const Ari::Result<void> &r) {
        if (!r.ok())
            m_notifier->failed(tr("%1 on %2").arg(what, id), r.error);
    };
    auto opt = [&](const char *key) -> std::optional<QString> {
        const QString v = args.value(QString::fromLatin1(key)).toString();
        return v.isEmpty() ? std::nullopt : std::optional<QString>(v);
    };
    using A = ChannelAction;
    switch (a) {
    case A::Answer:
        client->channels().answer({.channelId = id}).then(this, report);
        break;
    case A::Hangup:
        client->channels().hangup({.channelId = id, .reason = opt("reason")}).then(this, report);
        break;
    case A::ContinueInDialplan: {
        std::optional<qint64> priority;
        if (const auto p = opt("priority"))
            priority = p->toLongLong();
        client->channels()
            .continueInDialplan({.channelId = id, .context = opt("context"), .extension = opt("extension"),
                                 .priority = priority, .label = opt("label")})
            .then(this, report);
        break;
    }
    case A::Redirect:
        client->channels().redirect({.channelId = id, .endpoint = *opt("endpoint")}).then(this, report);
        break;
    case A::Move:
        client->channels().move({.channelId = id, .app = *opt("app"), .appArgs = opt("appArgs")}).then(this, report);
        break;
    case A::Ring:
        client->channels().ring({.channelId = id}).then(this, report);
        break;
    case A::RingStop:
        client->channels().ringStop({.channelId = id}).then(this, report);
        break;
    case A::SendDtmf:
        client->channels().sendDTMF({.channelId = id, .dtmf = opt("dtmf")}).then(this, report);
        break;
    case A::Hold:
        client->channels().hold({.channelId = id}).then(this, report);
        break;
    case A::Unhold:
        client->channels().unhold({.channelId = id}).then(this, report);
        break;
    case A::Mute:
        client->channels().mute({.channelId = id, .direction = opt("direction")}).then(this, report);
        break;
    case A::Unmute:
        client->channels().unmute({.channelId = id, .direction = opt("direction")}).then(this, report);
        break;
    case A::StartMoh:
        client->channels().startMoh({.channelId = id, .mohClass = opt("mohClass")}).then(this, report);
        break;
    case A::StopMoh:
        client->channels().stopMoh({.channelId = id}).then(this, report);
        break;
    case A::StartSilence:
        client->channels().startSilence({.channelId = id}).then(this, report);
        break;
    case A::StopSilence:
        client->channels().stopSilence({.channelId = id}).then(this, report);
        break;
    default:
        break;
    }
}

void ChannelActions::playMedia(const QStringList &ids, const QStringList &media)
{
    if (m_media && !media.isEmpty())
        m_media->play(m_media->channelTargets(ids), PlayRequest{.media = media});
}

void ChannelActions::bridgeChannels(const QStringList &ids)
{
    if (!m_session || ids.size() < 2)
        return;
    Ari::AriClient *client = m_session->client();
    const Verdict v = m_policy->general(Ari::OperationId::BridgesCreate);
    if (!v.allowed) {
        m_notifier->warning(v.reason);
        return;
    }
    client->bridges().create({.type = u"mixing"_s}).then(this, [this, ids](const Ari::Result<Ari::Bridge> &r) {
        if (!r.ok()) {
            m_notifier->failed(tr("Creating a bridge"), r.error);
            return;
        }
        m_session->client()
            ->bridges()
            .addChannel({.bridgeId = r.value.id, .channel = ids})
            .then(this, [this, id = r.value.id](const Ari::Result<void> &added) {
                if (!added.ok())
                    m_notifier->failed(tr("Adding the channels to bridge %1").arg(id), added.error);
            });
    });
}

} // namespace Console
