#include "ui/ProfileDialog.h"

#include "ari/AriClient.h"
#include "ari/AriConnection.h"
#include "ui/InlineMessage.h"
#include "ui/Notifier.h"
#include "ui/ProfileStore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Console {

namespace {
// 32 bytes as AB:CD:... read best in two rows of 16, in a fixed-width font.
QString fingerprintHtml(const QString &fingerprint)
{
    const QString half = fingerprint.left(47);
    const QString rest = fingerprint.mid(48);
    return u"<span style=\"white-space:pre\">"_s + half.toHtmlEscaped()
        + (rest.isEmpty() ? QString() : u"<br>"_s + rest.toHtmlEscaped()) + u"</span>"_s;
}
} // namespace

ProfileDialog::ProfileDialog(ProfileStore *store, Notifier *notifier, QWidget *parent)
    : QDialog(parent), m_store(store), m_notifier(notifier)
{
    setWindowTitle(tr("Connection profiles"));
    setAccessibleName(tr("Connection profiles"));

    m_list = new QListWidget(this);
    m_list->setObjectName(u"profiles"_s);
    m_list->setAccessibleName(tr("Profiles"));
    m_list->setMinimumWidth(140);
    m_list->setMaximumWidth(200);
    m_new = new QPushButton(tr("&New"), this);
    m_new->setObjectName(u"new"_s);
    m_remove = new QPushButton(tr("Remo&ve"), this);
    m_remove->setObjectName(u"remove"_s);
    m_remove->setToolTip(tr("Delete this profile and its saved password"));

    auto field = [this](const char *name, const QString &accessible) {
        auto *e = new QLineEdit(this);
        e->setObjectName(QString::fromLatin1(name));
        e->setAccessibleName(accessible);
        return e;
    };
    m_name = field("name", tr("Profile name"));
    m_name->setPlaceholderText(tr("e.g. lab, production"));
    m_url = field("url", tr("Server URL"));
    m_url->setPlaceholderText(tr("http://127.0.0.1:8088"));
    m_url->setToolTip(tr("The Asterisk HTTP server (http.conf), without /ari; use https:// for TLS"));
    m_user = field("user", tr("ARI user"));
    m_user->setToolTip(tr("A user from ari.conf"));
    m_password = field("password", tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(tr("Kept in the system keychain, never in the settings file"));
    m_passwordNote = new QLabel(this);
    m_passwordNote->setWordWrap(true);
    m_passwordNote->setForegroundRole(QPalette::PlaceholderText);
    m_passwordNote->hide();
    m_app = field("app", tr("Application name"));
    m_app->setPlaceholderText(Profile::defaultAppName());
    m_app->setToolTip(tr("The Stasis application this console registers. Two consoles with the same application "
                         "name replace each other: the first one stops getting events. The default, %1, is unique "
                         "to you on this machine.").arg(Profile::defaultAppName()));
    m_subscribeAll = new QCheckBox(tr("See &every call (subscribe to all events)"), this);
    m_subscribeAll->setObjectName(u"subscribeAll"_s);
    m_subscribeAll->setToolTip(tr("Also show calls that never enter the console's application, e.g. calls that "
                                  "stay in the dialplan (subscribeAll=true)"));
    m_readOnly = new QCheckBox(tr("Read-&only: watch, change nothing"), this);
    m_readOnly->setObjectName(u"readOnly"_s);
    m_readOnly->setToolTip(tr("Every action that changes Asterisk is disabled for this profile"));
    m_supervisor = new QLineEdit(this);
    m_supervisor->setObjectName(u"supervisorEndpoint"_s);
    m_supervisor->setAccessibleName(tr("Supervisor phone"));
    m_supervisor->setPlaceholderText(tr("none: listen through this computer"));
    m_supervisor->setToolTip(tr("An endpoint such as PJSIP/supervisor: Listen, Whisper and Barge ring this phone "
                                "and bridge it with the call, instead of playing the call through this computer"));
    m_rtpPort = new QSpinBox(this);
    m_rtpPort->setObjectName(u"rtpPort"_s);
    m_rtpPort->setAccessibleName(tr("RTP port for listening"));
    m_rtpPort->setRange(0, 65535);
    m_rtpPort->setSpecialValueText(tr("any free port"));
    m_rtpPort->setToolTip(tr("The UDP port Asterisk sends a call's audio to when it has no WebSocket media "
                             "(chan_websocket). Set a fixed one and open it in the firewall when Asterisk is remote."));
    m_autoConnect = new QCheckBox(tr("Connect &at startup"), this);
    m_autoConnect->setObjectName(u"autoConnect"_s);
    m_autoConnect->setToolTip(tr("Only one profile connects at startup"));

    // TLS.
    auto *tls = new QGroupBox(tr("TLS (https:// only)"), this);
    m_caFile = field("caFile", tr("Extra CA file"));
    m_caFile->setParent(tls);
    m_caFile->setPlaceholderText(tr("optional: a PEM file, for a private CA"));
    m_browse = new QPushButton(tr("&Browse…"), tls);
    m_browse->setAccessibleName(tr("Browse for a CA file"));
    m_pin = field("pin", tr("Pinned SHA-256 fingerprint"));
    m_pin->setParent(tls);
    m_pin->setPlaceholderText(tr("optional: AB:CD:…, only this certificate is accepted"));
    m_showFingerprint = new QPushButton(tr("Show &fingerprint"), tls);
    m_showFingerprint->setObjectName(u"showFingerprint"_s);
    m_showFingerprint->setToolTip(tr("Connect once and show the certificate the server presents"));
    m_fingerprint = new QLabel(tls);
    m_fingerprint->setObjectName(u"fingerprint"_s);
    m_fingerprint->setWordWrap(true);
    m_fingerprint->setTextFormat(Qt::RichText);
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_fingerprint->hide();
    m_trust = new QPushButton(tr("Trust t&his certificate"), tls);
    m_trust->setObjectName(u"trust"_s);
    m_trust->setToolTip(tr("Pin this fingerprint: from now on only this certificate is accepted"));
    m_trust->hide();
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_browse);
    auto *pinRow = new QHBoxLayout;
    pinRow->addWidget(m_pin, 1);
    pinRow->addWidget(m_showFingerprint);
    auto *tlsForm = new QFormLayout(tls);
    auto *caLabel = new QLabel(tr("&CA file:"), tls);
    caLabel->setBuddy(m_caFile);
    tlsForm->addRow(caLabel, caRow);
    auto *pinLabel = new QLabel(tr("&Pinned:"), tls);
    pinLabel->setBuddy(m_pin);
    tlsForm->addRow(pinLabel, pinRow);
    tlsForm->addRow(m_fingerprint);
    auto *trustRow = new QHBoxLayout;
    trustRow->addStretch();
    trustRow->addWidget(m_trust);
    tlsForm->addRow(trustRow);

    m_test = new QPushButton(tr("&Test connection"), this);
    m_test->setObjectName(u"test"_s);
    m_test->setToolTip(tr("Read /asterisk/info with these settings"));
    m_message = new InlineMessage(this);
    m_message->setObjectName(u"message"_s);

    auto *form = new QFormLayout;
    auto addRow = [&](const QString &text, QWidget *w) {
        auto *label = new QLabel(text, this);
        label->setBuddy(w);
        form->addRow(label, w);
    };
    addRow(tr("Na&me:"), m_name);
    addRow(tr("&URL:"), m_url);
    addRow(tr("Use&r:"), m_user);
    auto *passwordBox = new QVBoxLayout;
    passwordBox->setSpacing(2);
    passwordBox->addWidget(m_password);
    passwordBox->addWidget(m_passwordNote);
    auto *passwordLabel = new QLabel(tr("Pass&word:"), this);
    passwordLabel->setBuddy(m_password);
    form->addRow(passwordLabel, passwordBox);
    addRow(tr("Appl&ication:"), m_app);
    form->addRow(QString(), m_subscribeAll);
    form->addRow(QString(), m_readOnly);
    form->addRow(QString(), m_autoConnect);
    addRow(tr("Supervisor p&hone:"), m_supervisor);
    addRow(tr("RTP &port:"), m_rtpPort);

    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(tls);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addStretch();
    right->addLayout(testRow);
    right->addWidget(m_message);
    right->addStretch();

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_new);
    listButtons->addWidget(m_remove);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left);
    columns->addSpacing(8);
    columns->addLayout(right, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = m_buttons->addButton(tr("&Save"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(u"save"_s);
    m_connect = m_buttons->addButton(tr("Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(u"connect"_s);
    m_connect->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProfileDialog::reject);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_connect, &QPushButton::clicked, this, [this] {
        if (!save())
            return;
        Q_EMIT connectRequested(currentProfile(), m_password->text());
        accept();
    });

    auto *layout = new QVBoxLayout(this);
    setMinimumWidth(640); // a fingerprint row (16 bytes in hex) fits without wrapping
    layout->addLayout(columns, 1);
    layout->addWidget(m_buttons);

    setTabOrder(m_list, m_new);
    setTabOrder(m_new, m_remove);
    setTabOrder(m_remove, m_name);
    setTabOrder(m_name, m_url);
    setTabOrder(m_url, m_user);
    setTabOrder(m_user, m_password);
    setTabOrder(m_password, m_app);
    setTabOrder(m_app, m_subscribeAll);
    setTabOrder(m_subscribeAll, m_readOnly);
    setTabOrder(m_readOnly, m_autoConnect);
    // Down the form (the supervisor's phone and RTP port are its last rows), then the TLS box below it.
    setTabOrder(m_autoConnect, m_supervisor);
    setTabOrder(m_supervisor, m_rtpPort);
    setTabOrder(m_rtpPort, m_caFile);
    setTabOrder(m_caFile, m_browse);
    setTabOrder(m_browse, m_pin);
    setTabOrder(m_pin, m_showFingerprint);
    setTabOrder(m_showFingerprint, m_trust);
    setTabOrder(m_trust, m_test);
    setTabOrder(m_test, m_buttons);

    connect(m_list, &QListWidget::currentTextChanged, this, [this](const QString &name) {
        if (name.isEmpty() || name == m_editing || !m_store)
            return;
        if (const Profile *p = m_store->profile(name))
            showProfile(*p);
    });
    connect(m_new, &QPushButton::clicked, this, &ProfileDialog::newProfile);
    connect(m_remove, &QPushButton::clicked, this, &ProfileDialog::removeProfile);
    connect(m_password, &QLineEdit::textEdited, this, [this] { m_passwordDirty = true; });
    connect(m_url, &QLineEdit::textChanged, this, &ProfileDialog::updateButtons);
    connect(m_name, &QLineEdit::textChanged, this, &ProfileDialog::updateButtons);
    connect(m_browse, &QPushButton::clicked, this, &ProfileDialog::browseCaFile);
    connect(m_test, &QPushButton::clicked, this, &ProfileDialog::testConnection);
    connect(m_showFingerprint, &QPushButton::clicked, this, &ProfileDialog::showFingerprint);
    connect(m_trust, &QPushButton::clicked, this, &ProfileDialog::trustFingerprint);

    if (store) {
        connect(store, &ProfileStore::passwordRead, this,
                [this](const QString &name, const QString &password, bool found) {
                    if (name != m_editing || m_passwordDirty)
                        return;
                    m_password->setText(password);
                    setNote(found ? tr("Saved in the system keychain.")
                                                  : tr("No password saved for this profile."));
                });
        connect(store, &ProfileStore::keychainError, this, [this](const QString &, const QString &text) {
            setNote(text);
            if (m_notifier)
                m_notifier->warning(text);
        });
        connect(store, &ProfileStore::passwordWritten, this, [this](const QString &name) {
            if (name == m_editing)
                setNote(tr("Saved in the system keychain."));
        });
    }

    reloadList();
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        newProfile();
}

ProfileDialog::~ProfileDialog()
{
    stopProbe();
}

void ProfileDialog::setNote(const QString &text)
{
    m_passwordNote->setText(text);
    m_passwordNote->setVisible(!text.isEmpty());
}

void ProfileDialog::reloadList()
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    if (!m_store)
        return;
    for (const Profile &p : m_store->profiles()) {
        auto *item = new QListWidgetItem(p.name, m_list);
        item->setToolTip(p.url.toString());
        if (p.name == m_editing)
            m_list->setCurrentItem(item);
    }
}

void ProfileDialog::selectProfile(const QString &name)
{
    const auto items = m_list->findItems(name, Qt::MatchExactly);
    if (!items.isEmpty())
        m_list->setCurrentItem(items.first());
    else
        newProfile();
}

void ProfileDialog::showProfile(const Profile &p)
{
    stopProbe();
    m_editing = p.name;
    m_name->setText(p.name);
    m_url->setText(p.url.toString());
    m_user->setText(p.user);
    m_password->clear();
    m_passwordDirty = false;
    setNote(p.name.isEmpty() ? QString() : tr("Reading the keychain…"));
    m_app->setText(p.appName);
    m_subscribeAll->setChecked(p.subscribeAll);
    m_readOnly->setChecked(p.readOnly);
    m_autoConnect->setChecked(p.autoConnect);
    m_supervisor->setText(p.supervisorEndpoint);
    m_rtpPort->setValue(p.rtpPort);
    m_caFile->setText(p.extraCaFile);
    m_pin->setText(p.pinnedSha256);
    m_fingerprint->hide();
    m_trust->hide();
    m_message->clear();
    updateButtons();
    if (!p.name.isEmpty() && m_store) {
        if (m_store->keychainAvailable())
            m_store->readPassword(p.name);
        else
            setNote(tr("No keychain (Secret Service) is available: the password will be asked for "
                                       "each time"));
    }
}

Profile ProfileDialog::currentProfile() const
{
    Profile p;
    p.name = m_name->text().trimmed();
    p.url = QUrl::fromUserInput(m_url->text().trimmed());
    if (m_url->text().trimmed().isEmpty())
        p.url = QUrl();
    p.user = m_user->text().trimmed();
    p.appName = m_app->text().trimmed();
    p.subscribeAll = m_subscribeAll->isChecked();
    p.readOnly = m_readOnly->isChecked();
    p.autoConnect = m_autoConnect->isChecked();
    p.supervisorEndpoint = m_supervisor->text().trimmed();
    p.rtpPort = m_rtpPort->value();
    p.extraCaFile = m_caFile->text().trimmed();
    p.pinnedSha256 = m_pin->text().trimmed();
    return p;
}

void ProfileDialog::newProfile()
{
    Profile p;
    p.url = QUrl(u"http://127.0.0.1:8088"_s);
    showProfile(p);
    m_list->clearSelection();
    m_name->setFocus();
}

void ProfileDialog::removeProfile()
{
    if (!m_store || m_editing.isEmpty())
        return;
    const QString name = m_editing;
    m_editing.clear();
    m_store->remove(name);
    reloadList();
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        newProfile();
    m_message->showInfo(tr("The profile %1 and its saved password were removed.").arg(name));
}

bool ProfileDialog::save()
{
    if (!m_store)
        return false;
    const Profile p = currentProfile();
    if (const QString problem = p.problem(); !problem.isEmpty()) {
        m_message->showError(problem);
        return false;
    }
    if (p.name != m_editing && m_store->profile(p.name)) {
        m_message->showError(tr("A profile named %1 exists already.").arg(p.name));
        m_name->setFocus();
        return false;
    }
    const QString previous = m_editing;
    m_editing = p.name;
    m_store->save(p, previous);
    if (m_passwordDirty) {
        if (m_password->text().isEmpty())
            m_store->deletePassword(p.name);
        else
            m_store->writePassword(p.name, m_password->text());
        m_passwordDirty = false;
    }
    reloadList();
    m_message->showSuccess(tr("The profile %1 is saved.").arg(p.name));
    updateButtons();
    return true;
}

void ProfileDialog::updateButtons()
{
    const bool https = QUrl::fromUserInput(m_url->text().trimmed()).scheme() == u"https";
    m_showFingerprint->setEnabled(https);
    m_showFingerprint->setToolTip(https ? tr("Connect once and show the certificate the server presents")
                                        : tr("Only an https:// server has a certificate"));
    m_remove->setEnabled(!m_editing.isEmpty());
}

void ProfileDialog::browseCaFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Extra CA certificates"), m_caFile->text(),
                                                      tr("PEM certificates (*.pem *.crt);;All files (*)"));
    if (!file.isEmpty())
        m_caFile->setText(file);
}

void ProfileDialog::testConnection()
{
    const Profile p = currentProfile();
    if (const QString problem = p.problem(); !problem.isEmpty()) {
        m_message->showError(problem);
        return;
    }
    auto *client = new Ari::AriClient(this);
    Ari::ConnectionSettings settings = p.toSettings(m_password->text());
    settings.requestTimeoutMs = 5000;
    client->setSettings(settings);
    if (!client->settingsError().isEmpty()) {
        m_message->showError(client->settingsError());
        client->deleteLater();
        return;
    }
    m_test->setEnabled(false);
    m_message->showInfo(tr("Connecting to %1…").arg(p.url.toString()));
    client->asterisk().getInfo().then(this, [this, client](const Ari::Result<Ari::AsteriskInfo> &r) {
        client->deleteLater();
        m_test->setEnabled(true);
        if (!r.ok()) {
            QString text = tr("The connection failed: %1").arg(r.error.toString());
            if (r.error.httpStatus == 401)
                text += u"\n"_s + tr("Check the user and password (ari.conf).");
            else if (r.error.kind == Ari::AriError::Kind::Tls)
                text += u"\n"_s + tr("Use \"Show fingerprint\" to see the certificate, or give the CA file.");
            m_message->showError(text);
            return;
        }
        const QString system = r.value.config.name.isEmpty() ? QString() : tr(" on %1").arg(r.value.config.name);
        m_message->showSuccess(tr("Connected: Asterisk %1%2.").arg(r.value.system.version, system));
    });
}

void ProfileDialog::showFingerprint()
{
    stopProbe();
    Profile p = currentProfile();
    if (p.url.scheme() != u"https") {
        m_message->showError(tr("Only an https:// server has a certificate."));
        return;
    }
    Ari::ConnectionSettings settings = p.toSettings(m_password->text());
    // Pinning a fingerprint no certificate has makes every certificate fail, trusted or not, and the
    // failure names the one seen: that is the certificate to show.
    settings.tls.pinnedSha256 = QString(64, u'0');
    settings.requestTimeoutMs = 5000;
    m_probe = new Ari::AriConnection(this);
    m_probe->setSettings(settings);
    m_showFingerprint->setEnabled(false);
    m_fingerprint->hide();
    m_trust->hide();
    m_message->showInfo(tr("Reading the certificate of %1…").arg(p.url.host()));
    const QPointer<Ari::AriConnection> probe = m_probe;
    connect(probe, &Ari::AriConnection::stateChanged, this, [this, probe](Ari::AriConnection::State state) {
        if (!probe || state == Ari::AriConnection::State::Connecting)
            return;
        const QString seen = probe->seenFingerprint();
        const QString error = probe->lastError();
        stopProbe();
        updateButtons();
        if (!seen.isEmpty()) {
            m_seenFingerprint = seen;
            const bool same = Ari::ConnectionSettings::normalizeFingerprint(seen)
                == Ari::ConnectionSettings::normalizeFingerprint(m_pin->text());
            m_fingerprint->setText(tr("The server presents a certificate with the SHA-256 fingerprint:") + u"<br><tt>"_s
                                   + fingerprintHtml(seen) + u"</tt><br>"_s
                                   + (same ? tr("It is the pinned one.")
                                           : tr("Compare it with the one your Asterisk administrator gives you "
                                                "before you trust it.").toHtmlEscaped()));
            m_fingerprint->show();
            m_trust->setVisible(!same);
            m_message->clear();
            if (!same)
                m_trust->setFocus();
            return;
        }
        m_message->showError(tr("No certificate could be read: %1")
                                 .arg(error.isEmpty() ? tr("the server did not answer") : error));
    });
    // A silent server must not leave the button dead.
    QTimer::singleShot(8000, probe, [this, probe] {
        if (probe && probe->state() != Ari::AriConnection::State::Connected) {
            stopProbe();
            updateButtons();
            m_message->showError(tr("No certificate could be read: the server did not answer within 8 s."));
        }
    });
    m_probe->open();
}

void ProfileDialog::stopProbe()
{
    if (!m_probe)
        return;
    Ari::AriConnection *probe = m_probe;
    m_probe = nullptr;
    probe->disconnect(this);
    probe->close();
    probe->deleteLater();
}

void ProfileDialog::trustFingerprint()
{
    if (m_seenFingerprint.isEmpty())
        return;
    m_pin->setText(m_seenFingerprint);
    m_trust->hide();
    m_fingerprint->setText(tr("Pinned: only the certificate with this fingerprint is accepted:") + u"<br><tt>"_s
                           + fingerprintHtml(m_seenFingerprint) + u"</tt><br>"_s
                           + tr("Save the profile to keep it.").toHtmlEscaped());
    m_save->setFocus();
}

} // namespace Console
