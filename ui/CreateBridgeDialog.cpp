#include "ui/CreateBridgeDialog.h"

#include "models/ServerSession.h"
#include "ui/InlineMessage.h"
#include "ui/Notifier.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Console {

CreateBridgeDialog::CreateBridgeDialog(ServerSession *session, Notifier *notifier, QWidget *parent)
    : QDialog(parent), m_session(session), m_notifier(notifier)
{
    setWindowTitle(tr("New bridge"));
    setAccessibleName(tr("New bridge"));
    m_form = new QWidget(this);

    auto *kindBox = new QGroupBox(tr("Kind"), m_form);
    m_mixing = new QRadioButton(tr("&Mixing: the members talk to each other"), kindBox);
    m_mixing->setObjectName(u"mixing"_s);
    m_mixing->setToolTip(tr("type=mixing: a conference or a two-party call"));
    m_holding = new QRadioButton(tr("&Holding: the members wait, hearing music or an announcement"), kindBox);
    m_holding->setObjectName(u"holding"_s);
    m_holding->setToolTip(tr("type=holding: a queue or a waiting room; members do not hear each other"));
    m_mixing->setChecked(true);
    auto *kinds = new QButtonGroup(this);
    kinds->addButton(m_mixing);
    kinds->addButton(m_holding);
    auto *kindLayout = new QVBoxLayout(kindBox);
    kindLayout->addWidget(m_mixing);
    kindLayout->addWidget(m_holding);

    auto *flagsBox = new QGroupBox(tr("Options"), m_form);
    m_dtmfEvents = new QCheckBox(tr("&DTMF events: report the digits pressed by members"), flagsBox);
    m_dtmfEvents->setObjectName(u"dtmf_events"_s);
    m_dtmfEvents->setToolTip(tr("type=dtmf_events: ChannelDtmfReceived for bridged channels (audio may then be "
                                "mixed rather than passed natively)"));
    m_proxyMedia = new QCheckBox(tr("&Proxy media: keep the audio flowing through Asterisk"), flagsBox);
    m_proxyMedia->setObjectName(u"proxy_media"_s);
    m_proxyMedia->setToolTip(tr("type=proxy_media: no native (direct) media between the members, "
                                "so recording and snooping always work"));
    m_videoSfu = new QCheckBox(tr("&Video SFU: forward every member's video"), flagsBox);
    m_videoSfu->setObjectName(u"video_sfu"_s);
    m_videoSfu->setToolTip(tr("type=video_sfu: selective forwarding of all video streams"));
    auto *flagsLayout = new QVBoxLayout(flagsBox);
    flagsLayout->addWidget(m_dtmfEvents);
    flagsLayout->addWidget(m_proxyMedia);
    flagsLayout->addWidget(m_videoSfu);

    m_name = new QLineEdit(m_form);
    m_name->setObjectName(u"name"_s);
    m_name->setAccessibleName(tr("Bridge name"));
    m_name->setPlaceholderText(tr("optional, e.g. ops-conference"));
    m_id = new QLineEdit(m_form);
    m_id->setObjectName(u"bridgeId"_s);
    m_id->setAccessibleName(tr("Bridge id"));
    m_id->setPlaceholderText(tr("optional: chosen by Asterisk"));
    m_id->setToolTip(tr("A fixed id (POST /bridges/{id}) lets scripts find the bridge; it must be unique"));
    // An id travels in the URL path: no slashes or spaces.
    m_id->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[^/\\s]*"_s), m_id));
    m_follow = new QCheckBox(tr("&Follow this bridge's events"), m_form);
    m_follow->setObjectName(u"follow"_s);
    m_follow->setChecked(true);
    const QString app = session ? session->connection()->settings().apps.value(0) : QString();
    m_follow->setToolTip(tr("Subscribe the application %1 to the bridge: without it, the console does not hear "
                            "when the bridge is destroyed").arg(app));
    if (session && session->connection()->settings().subscribeAll) {
        m_follow->setEnabled(false);
        m_follow->setToolTip(tr("This connection gets every event (subscribeAll): nothing to subscribe"));
    }

    auto *form = new QFormLayout;
    auto *nameLabel = new QLabel(tr("&Name:"), m_form);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);
    auto *idLabel = new QLabel(tr("&Id:"), m_form);
    idLabel->setBuddy(m_id);
    form->addRow(idLabel, m_id);
    form->addRow(QString(), m_follow);

    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(kindBox);
    formLayout->addWidget(flagsBox);
    formLayout->addLayout(form);

    m_message = new InlineMessage(this);
    m_message->setObjectName(u"message"_s);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = m_buttons->addButton(tr("&Create bridge"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(u"create"_s);
    m_create->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CreateBridgeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CreateBridgeDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(m_buttons);

    setTabOrder(m_mixing, m_holding);
    setTabOrder(m_holding, m_dtmfEvents);
    setTabOrder(m_dtmfEvents, m_proxyMedia);
    setTabOrder(m_proxyMedia, m_videoSfu);
    setTabOrder(m_videoSfu, m_name);
    setTabOrder(m_name, m_id);
    setTabOrder(m_id, m_follow);
    setTabOrder(m_follow, m_buttons);

    connect(m_mixing, &QRadioButton::toggled, this, &CreateBridgeDialog::updateEnabled);
    updateEnabled();
    m_name->setFocus();
}

QString CreateBridgeDialog::typeString() const
{
    QStringList types{m_mixing->isChecked() ? u"mixing"_s : u"holding"_s};
    if (m_dtmfEvents->isChecked())
        types.append(u"dtmf_events"_s);
    if (m_proxyMedia->isEnabled() && m_proxyMedia->isChecked())
        types.append(u"proxy_media"_s);
    if (m_videoSfu->isEnabled() && m_videoSfu->isChecked())
        types.append(u"video_sfu"_s);
    return types.join(u',');
}

void CreateBridgeDialog::updateEnabled()
{
    // Media options only mean something where the members' media meet.
    const bool mixing = m_mixing->isChecked();
    const QString why = tr("Only for a mixing bridge: in a holding bridge the members do not exchange media");
    for (QCheckBox *box : {m_proxyMedia, m_videoSfu}) {
        box->setEnabled(mixing);
        if (!mixing)
            box->setToolTip(why);
    }
    if (mixing) {
        m_proxyMedia->setToolTip(tr("type=proxy_media: no native (direct) media between the members, "
                                    "so recording and snooping always work"));
        m_videoSfu->setToolTip(tr("type=video_sfu: selective forwarding of all video streams"));
    }
}

void CreateBridgeDialog::accept()
{
    if (m_busy)
        return;
    if (!m_session) {
        m_message->showError(tr("Not connected to a server."));
        return;
    }
    const QString id = m_id->text().trimmed();
    const QString name = m_name->text().trimmed();
    if (!id.isEmpty() && m_session->store()->bridge(id)) {
        m_message->showError(tr("A bridge with the id \"%1\" exists already: choose another id or leave it empty.").arg(id));
        m_id->setFocus();
        m_id->selectAll();
        return;
    }
    m_busy = true;
    m_form->setEnabled(false);
    m_create->setEnabled(false);
    m_message->showInfo(tr("Creating the bridge…"));
    auto handle = [this](const Ari::Result<Ari::Bridge> &r) {
        m_busy = false;
        m_form->setEnabled(true);
        m_create->setEnabled(true);
        if (!r.ok()) {
            fail(r.error);
            return;
        }
        created(r.value);
    };
    auto *client = m_session->client();
    if (id.isEmpty()) {
        Ari::BridgesApi::CreateParams p;
        p.type = typeString();
        if (!name.isEmpty())
            p.name = name;
        client->bridges().create(p).then(this, handle);
    } else {
        Ari::BridgesApi::CreateWithIdParams p;
        p.type = typeString();
        p.bridgeId = id;
        if (!name.isEmpty())
            p.name = name;
        client->bridges().createWithId(p).then(this, handle);
    }
}

void CreateBridgeDialog::created(const Ari::Bridge &bridge)
{
    // Asterisk sends no BridgeCreated to an application that is not subscribed to it: the answer
    // itself puts the bridge in the store, so that it shows at once.
    Store *store = m_session->store();
    QList<Ari::Bridge> bridges;
    bridges.reserve(store->bridges().size() + 1);
    for (const LiveBridge &b : store->bridges()) {
        if (b.bridge.id != bridge.id)
            bridges.append(b.bridge);
    }
    bridges.append(bridge);
    Snapshot snapshot;
    snapshot.bridges = bridges;
    store->applySnapshot(snapshot, store->lastSyncedMs());

    const auto &settings = m_session->connection()->settings();
    const QString app = settings.apps.value(0);
    if (m_follow->isChecked() && !settings.subscribeAll && !app.isEmpty()) {
        QPointer<Notifier> notifier = m_notifier;
        const QString id = bridge.id;
        m_session->client()
            ->applications()
            .subscribe({.applicationName = app, .eventSource = {u"bridge:"_s + id}})
            .then(m_session, [notifier, id](const Ari::Result<Ari::Application> &r) {
                if (!r.ok() && notifier)
                    notifier->failed(tr("Following bridge %1 failed").arg(id), r.error);
            });
    }
    Q_EMIT bridgeCreated(bridge.id);
    QDialog::accept();
}

void CreateBridgeDialog::fail(const Ari::AriError &error)
{
    QString text = tr("Creating the bridge failed: %1").arg(error.toString());
    if (error.httpStatus == 409 || (error.httpStatus == 500 && error.message.contains(u"duplicate")))
        text += u"\n"_s + tr("The id may be in use already, or the type not supported: choose another id, or fewer options.");
    m_message->showError(text);
    m_create->setFocus();
}

} // namespace Console
