#include "ui/OriginateDialog.h"

#include "models/ServerSession.h"
#include "ui/InlineMessage.h"
#include "ui/Notifier.h"
#include "ui/VariablesEditor.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStringListModel>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace Console {

namespace {

// A form row whose label's mnemonic focuses the field.
void addBuddyRow(QFormLayout *form, const QString &text, QWidget *field)
{
    auto *label = new QLabel(text, form->parentWidget());
    label->setBuddy(field);
    form->addRow(label, field);
}

} // namespace

namespace {

// Where the recent originates live: only what identifies a call, never variables.
constexpr QLatin1StringView recentGroup{"originate/recent"};

struct Recent
{
    QString endpoint;
    int mode = 0;
    QString app, appArgs, context, extension, label, callerId;
    int priority = 1;
    int timeout = 30;

    bool sameAs(const Recent &o) const
    {
        return endpoint == o.endpoint && mode == o.mode && app == o.app && appArgs == o.appArgs
            && context == o.context && extension == o.extension && label == o.label && priority == o.priority
            && callerId == o.callerId;
    }
};

QList<Recent> readRecent()
{
    QList<Recent> out;
    QSettings settings;
    const int n = settings.beginReadArray(recentGroup);
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        Recent r;
        r.endpoint = settings.value(u"endpoint"_s).toString();
        r.mode = settings.value(u"mode"_s).toInt();
        r.app = settings.value(u"app"_s).toString();
        r.appArgs = settings.value(u"appArgs"_s).toString();
        r.context = settings.value(u"context"_s).toString();
        r.extension = settings.value(u"extension"_s).toString();
        r.priority = settings.value(u"priority"_s, 1).toInt();
        r.label = settings.value(u"label"_s).toString();
        r.callerId = settings.value(u"callerId"_s).toString();
        r.timeout = settings.value(u"timeout"_s, 30).toInt();
        if (!r.endpoint.isEmpty())
            out.append(r);
    }
    settings.endArray();
    return out;
}

void writeRecent(const QList<Recent> &list)
{
    QSettings settings;
    settings.remove(recentGroup);
    settings.beginWriteArray(recentGroup, int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        const Recent &r = list.at(i);
        settings.setArrayIndex(i);
        settings.setValue(u"endpoint"_s, r.endpoint);
        settings.setValue(u"mode"_s, r.mode);
        settings.setValue(u"app"_s, r.app);
        settings.setValue(u"appArgs"_s, r.appArgs);
        settings.setValue(u"context"_s, r.context);
        settings.setValue(u"extension"_s, r.extension);
        settings.setValue(u"priority"_s, r.priority);
        settings.setValue(u"label"_s, r.label);
        settings.setValue(u"callerId"_s, r.callerId);
        settings.setValue(u"timeout"_s, r.timeout);
    }
    settings.endArray();
}

QString summary(const Recent &r)
{
    using M = OriginateDialog::Mode;
    switch (M(r.mode)) {
    case M::Dialplan:
        return QCoreApplication::translate("OriginateDialog", "%1 → dialplan %2@%3")
            .arg(r.endpoint, r.label.isEmpty() ? r.extension : r.extension + u'/' + r.label, r.context);
    case M::CreateThenDial:
        return QCoreApplication::translate("OriginateDialog", "%1 → create and dial into %2").arg(r.endpoint, r.app);
    case M::Application:
        break;
    }
    return QCoreApplication::translate("OriginateDialog", "%1 → app %2").arg(r.endpoint, r.app);
}

std::optional<QString> opt(const QString &text)
{
    const QString t = text.trimmed();
    return t.isEmpty() ? std::nullopt : std::optional<QString>(t);
}

// A widget that cannot be used now says why; its usual help comes back when it can.
void enableWithReason(QWidget *w, bool enabled, const QString &help, const QString &why)
{
    w->setEnabled(enabled);
    w->setToolTip(enabled ? help : why);
}

} // namespace

OriginateDialog::OriginateDialog(ServerSession *session, Notifier *notifier, QWidget *parent)
    : QDialog(parent), m_session(session), m_notifier(notifier)
{
    setWindowTitle(tr("Originate a call"));
    setAccessibleName(tr("Originate a call"));
    m_stasisWait.setSingleShot(true);
    m_stasisWait.setInterval(5000);
    m_stasisPoll.setInterval(250);
    connect(&m_stasisWait, &QTimer::timeout, this, [this] {
        giveUpWaiting(tr("The channel did not enter the application \"%1\" within %2 s, so it was not dialed.")
                          .arg(appName())
                          .arg(m_stasisWait.interval() / 1000.0));
    });
    connect(&m_stasisPoll, &QTimer::timeout, this, &OriginateDialog::pollStasis);
    buildUi();
    loadRecent();
    refreshCompletions();
    setMode(Mode::Application);
    m_endpoint->setFocus();
}

OriginateDialog::~OriginateDialog()
{
    disconnect(m_storeWatch);
}

void OriginateDialog::buildUi()
{
    m_form = new QWidget(this);

    m_recent = new QComboBox(m_form);
    m_recent->setAccessibleName(tr("Recent calls"));
    m_recent->setToolTip(tr("Fill the form from a recent call"));
    m_recent->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_recent->setMinimumContentsLength(30);

    m_endpoint = new QLineEdit(m_form);
    m_endpoint->setObjectName(u"endpoint"_s);
    m_endpoint->setAccessibleName(tr("Endpoint"));
    m_endpoint->setPlaceholderText(tr("e.g. PJSIP/1001 or Local/300@demo"));
    m_endpoint->setToolTip(tr("The endpoint to call: technology/resource"));
    m_endpoint->setClearButtonEnabled(true);

    // Where the call goes.
    m_modeApp = new QRadioButton(tr("Into an &application"), m_form);
    m_modeApp->setToolTip(tr("When the endpoint answers, the call enters a Stasis application (POST /channels with app)"));
    m_modeDialplan = new QRadioButton(tr("Into the &dialplan"), m_form);
    m_modeDialplan->setToolTip(tr("When the endpoint answers, the call continues at a context, extension and priority"));
    m_modeCreate = new QRadioButton(tr("&Create, then dial"), m_form);
    m_modeCreate->setToolTip(tr("Create the channel in an application first (POST /channels/create), then dial it: "
                                "the application controls it before it rings"));
    m_modeApp->setObjectName(u"modeApp"_s);
    m_modeDialplan->setObjectName(u"modeDialplan"_s);
    m_modeCreate->setObjectName(u"modeCreate"_s);
    m_recent->setObjectName(u"recent"_s);
    auto *modes = new QButtonGroup(this);
    modes->addButton(m_modeApp, int(Mode::Application));
    modes->addButton(m_modeDialplan, int(Mode::Dialplan));
    modes->addButton(m_modeCreate, int(Mode::CreateThenDial));
    connect(modes, &QButtonGroup::idClicked, this, [this](int id) { setMode(Mode(id)); });
    m_modeHint = new QLabel(m_form);
    m_modeHint->setWordWrap(true);
    m_modeHint->setForegroundRole(QPalette::PlaceholderText);

    // Into an application.
    m_app = new QComboBox(m_form);
    m_app->setObjectName(u"app"_s);
    m_app->setEditable(true);
    m_app->setInsertPolicy(QComboBox::NoInsert);
    m_app->setAccessibleName(tr("Application"));
    m_appArgs = new QLineEdit(m_form);
    m_appArgs->setObjectName(u"appArgs"_s);
    m_appArgs->setAccessibleName(tr("Application arguments"));
    m_appArgs->setPlaceholderText(tr("comma-separated, optional"));
    auto *appBox = new QGroupBox(tr("Application"), m_form);
    auto *appForm = new QFormLayout(appBox);
    addBuddyRow(appForm, tr("A&pp:"), m_app);
    addBuddyRow(appForm, tr("Argu&ments:"), m_appArgs);

    // Into the dialplan.
    m_context = new QLineEdit(m_form);
    m_context->setObjectName(u"context"_s);
    m_context->setAccessibleName(tr("Context"));
    m_context->setPlaceholderText(tr("default"));
    m_extension = new QLineEdit(m_form);
    m_extension->setObjectName(u"extension"_s);
    m_extension->setAccessibleName(tr("Extension"));
    m_priority = new QSpinBox(m_form);
    m_priority->setObjectName(u"priority"_s);
    m_priority->setAccessibleName(tr("Priority"));
    m_priority->setRange(1, 99999);
    m_label = new QLineEdit(m_form);
    m_label->setObjectName(u"label"_s);
    m_label->setAccessibleName(tr("Label"));
    m_label->setPlaceholderText(tr("optional"));
    auto *dpBox = new QGroupBox(tr("Dialplan"), m_form);
    auto *dpForm = new QFormLayout(dpBox);
    addBuddyRow(dpForm, tr("Conte&xt:"), m_context);
    addBuddyRow(dpForm, tr("Exte&nsion:"), m_extension);
    addBuddyRow(dpForm, tr("Priorit&y:"), m_priority);
    addBuddyRow(dpForm, tr("or &label:"), m_label);

    // The call itself.
    m_callerId = new QLineEdit(m_form);
    m_callerId->setObjectName(u"callerId"_s);
    m_callerId->setAccessibleName(tr("Caller ID"));
    m_callerId->setPlaceholderText(tr("e.g. \"Operator\" <1000>"));
    m_timeout = new QSpinBox(m_form);
    m_timeout->setObjectName(u"timeout"_s);
    m_timeout->setAccessibleName(tr("Timeout"));
    m_timeout->setRange(0, 3600);
    m_timeout->setValue(30);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setSpecialValueText(tr("No timeout"));

    // Advanced: ids, originator, formats, variables. Folded away unless used.
    m_advancedToggle = new QToolButton(m_form);
    m_advancedToggle->setText(tr("Ad&vanced: ids, formats, variables"));
    m_advancedToggle->setAccessibleName(tr("Show advanced options"));
    m_advancedToggle->setObjectName(u"advanced"_s);
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    m_advancedToggle->setAutoRaise(true);
    m_advanced = new QWidget(m_form);
    m_channelId = new QLineEdit(m_advanced);
    m_channelId->setObjectName(u"channelId"_s);
    m_channelId->setAccessibleName(tr("Channel id"));
    m_channelId->setPlaceholderText(tr("chosen by Asterisk"));
    m_otherChannelId = new QLineEdit(m_advanced);
    m_otherChannelId->setObjectName(u"otherChannelId"_s);
    m_otherChannelId->setAccessibleName(tr("Other channel id"));
    m_otherChannelId->setPlaceholderText(tr("Local channels only: the ;2 half"));
    m_originator = new QComboBox(m_advanced);
    m_originator->setObjectName(u"originator"_s);
    m_originator->setEditable(true);
    m_originator->setInsertPolicy(QComboBox::NoInsert);
    m_originator->setAccessibleName(tr("Originator channel"));
    m_originator->setToolTip(tr("The channel this call is made for: the new channel takes its formats and links to it"));
    m_formats = new QLineEdit(m_advanced);
    m_formats->setObjectName(u"formats"_s);
    m_formats->setAccessibleName(tr("Formats"));
    m_formats->setPlaceholderText(tr("e.g. ulaw,slin16"));
    m_variables = new VariablesEditor(m_advanced);
    m_variables->setObjectName(u"variables"_s);
    auto *advForm = new QFormLayout(m_advanced);
    advForm->setContentsMargins(16, 0, 0, 0);
    auto addRow = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, m_advanced);
        label->setBuddy(field);
        advForm->addRow(label, field);
    };
    addRow(tr("C&hannel id:"), m_channelId);
    addRow(tr("Othe&r channel id:"), m_otherChannelId);
    addRow(tr("Ori&ginator:"), m_originator);
    addRow(tr("&Formats:"), m_formats);
    addRow(tr("Variable&s:"), m_variables);
    m_advanced->hide();
    connect(m_advancedToggle, &QToolButton::toggled, this, [this](bool on) {
        m_advanced->setVisible(on);
        m_advancedToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        adjustSize();
    });

    // The layout: what to call, where it goes, how.
    auto *top = new QFormLayout;
    auto *recentLabel = new QLabel(tr("Recent:"), m_form);
    recentLabel->setBuddy(m_recent);
    m_recentLabel = recentLabel;
    top->addRow(recentLabel, m_recent);
    auto *endpointLabel = new QLabel(tr("&Endpoint:"), m_form);
    endpointLabel->setBuddy(m_endpoint);
    top->addRow(endpointLabel, m_endpoint);

    auto *modeRow = new QHBoxLayout;
    modeRow->addWidget(m_modeApp);
    modeRow->addWidget(m_modeDialplan);
    modeRow->addWidget(m_modeCreate);
    modeRow->addStretch();

    auto *targets = new QHBoxLayout;
    targets->addWidget(appBox, 1);
    targets->addWidget(dpBox, 1);

    auto *callForm = new QFormLayout;
    auto *cidLabel = new QLabel(tr("Caller &ID:"), m_form);
    cidLabel->setBuddy(m_callerId);
    auto *timeoutLabel = new QLabel(tr("&Timeout:"), m_form);
    timeoutLabel->setBuddy(m_timeout);
    auto *callRow = new QHBoxLayout;
    callRow->addWidget(m_callerId, 2);
    callRow->addSpacing(12);
    callRow->addWidget(timeoutLabel);
    callRow->addWidget(m_timeout);
    callForm->addRow(cidLabel, callRow);

    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addLayout(top);
    formLayout->addSpacing(4);
    formLayout->addLayout(modeRow);
    formLayout->addWidget(m_modeHint);
    formLayout->addLayout(targets);
    formLayout->addLayout(callForm);
    formLayout->addWidget(m_advancedToggle, 0, Qt::AlignLeft);
    formLayout->addWidget(m_advanced);

    m_message = new InlineMessage(this);
    m_message->setObjectName(u"message"_s);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_go = m_buttons->addButton(tr("&Originate"), QDialogButtonBox::AcceptRole);
    m_go->setObjectName(u"originate"_s);
    m_go->setDefault(true);
    m_go->setAccessibleName(tr("Originate"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OriginateDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &OriginateDialog::reject);

    auto *layout = new QVBoxLayout(this);
    setMinimumWidth(560); // room for both destinations side by side, and their placeholders
    layout->addWidget(m_form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(m_buttons);

    // Tab order follows the reading order: endpoint first, recent last among the fields.
    setTabOrder(m_endpoint, m_modeApp);
    setTabOrder(m_modeApp, m_modeDialplan);
    setTabOrder(m_modeDialplan, m_modeCreate);
    setTabOrder(m_modeCreate, m_app);
    setTabOrder(m_app, m_appArgs);
    setTabOrder(m_appArgs, m_context);
    setTabOrder(m_context, m_extension);
    setTabOrder(m_extension, m_priority);
    setTabOrder(m_priority, m_label);
    setTabOrder(m_label, m_callerId);
    setTabOrder(m_callerId, m_timeout);
    setTabOrder(m_timeout, m_advancedToggle);
    setTabOrder(m_advancedToggle, m_channelId);
    setTabOrder(m_channelId, m_otherChannelId);
    setTabOrder(m_otherChannelId, m_originator);
    setTabOrder(m_originator, m_formats);
    setTabOrder(m_formats, m_variables);
    setTabOrder(m_variables, m_recent);
    setTabOrder(m_recent, m_buttons);

    connect(m_label, &QLineEdit::textChanged, this, &OriginateDialog::updateEnabled);
    connect(m_originator, &QComboBox::currentTextChanged, this, &OriginateDialog::updateEnabled);
    connect(m_recent, &QComboBox::activated, this, &OriginateDialog::applyRecent);
    // A new attempt starts clean: an old error next to changed fields only confuses.
    for (QLineEdit *e : {m_endpoint, m_appArgs, m_context, m_extension, m_label, m_callerId})
        connect(e, &QLineEdit::textEdited, this, [this] {
            if (!m_busy && m_message->kind() != InlineMessage::Kind::Info)
                m_message->clear();
        });
}

void OriginateDialog::setMode(Mode mode)
{
    m_mode = mode;
    QRadioButton *radio = mode == Mode::Dialplan ? m_modeDialplan : mode == Mode::CreateThenDial ? m_modeCreate : m_modeApp;
    radio->setChecked(true);
    switch (mode) {
    case Mode::Application:
        m_modeHint->setText(tr("The call enters the application when the endpoint answers."));
        break;
    case Mode::Dialplan:
        m_modeHint->setText(tr("The call continues in the dialplan when the endpoint answers."));
        break;
    case Mode::CreateThenDial:
        m_modeHint->setText(tr("The channel is created in the application, which then dials it: "
                               "the application holds it before it rings."));
        break;
    }
    updateEnabled();
}

void OriginateDialog::setEndpoint(const QString &endpoint)
{
    m_endpoint->setText(endpoint);
}

void OriginateDialog::updateEnabled()
{
    const bool app = m_mode != Mode::Dialplan;
    const bool dialplan = m_mode == Mode::Dialplan;
    const bool create = m_mode == Mode::CreateThenDial;
    const QString notWithApp = tr("Not used when the call goes into an application (mutually exclusive with app)");
    const QString notWithDialplan = tr("Not used when the call goes into the dialplan (mutually exclusive with "
                                       "context, extension, priority and label)");
    enableWithReason(m_app, app, tr("The Stasis application that gets the call"), notWithDialplan);
    enableWithReason(m_appArgs, app, tr("Arguments passed to the application with StasisStart"), notWithDialplan);
    enableWithReason(m_context, dialplan, tr("The context to continue in; \"default\" when empty"), notWithApp);
    enableWithReason(m_extension, dialplan, tr("The extension to continue at when the endpoint answers"), notWithApp);
    enableWithReason(m_label, dialplan, tr("A priority label; it supersedes the priority"), notWithApp);
    const bool labelled = !m_label->text().trimmed().isEmpty();
    enableWithReason(m_priority, dialplan && !labelled, tr("The priority to continue at; 1 when not changed"),
                     dialplan ? tr("The label \"%1\" supersedes the priority").arg(m_label->text().trimmed())
                              : notWithApp);
    enableWithReason(m_callerId, !create, tr("The caller ID shown to the called endpoint"),
                     tr("/channels/create takes no caller ID: set CALLERID(all) in the variables instead"));
    m_timeout->setToolTip(create ? tr("How long the dial rings before giving up")
                                 : tr("How long to ring before giving up (30 s by default)"));
    const bool hasOriginator = !originatorId().isEmpty();
    enableWithReason(m_formats, !hasOriginator,
                     tr("The formats the new channel offers when there is no originator, e.g. ulaw,slin16"),
                     tr("The new channel takes the originator's formats"));
    m_go->setText(create ? tr("Create and dial") : tr("&Originate"));
}

QString OriginateDialog::appName() const
{
    return m_app->currentText().trimmed();
}

QString OriginateDialog::originatorId() const
{
    const QString text = m_originator->currentText().trimmed();
    const int index = m_originator->findText(text);
    if (index >= 0 && !m_originator->itemData(index).toString().isEmpty())
        return m_originator->itemData(index).toString();
    return text;
}

void OriginateDialog::refreshCompletions()
{
    // Endpoints: the recent ones first, then the ones Asterisk knows.
    QStringList endpoints;
    const QList<Recent> recent = readRecent();
    for (const Recent &r : recent) {
        if (!endpoints.contains(r.endpoint))
            endpoints.append(r.endpoint);
    }
    QStringList apps;
    if (m_session) {
        const Store *store = m_session->store();
        QStringList known;
        for (const Ari::Endpoint &e : store->endpoints())
            known.append(Store::endpointKey(e));
        known.sort(Qt::CaseInsensitive);
        for (const QString &e : std::as_const(known)) {
            if (!endpoints.contains(e))
                endpoints.append(e);
        }
        apps = m_session->connection()->settings().apps;
        QStringList others = store->applications().keys();
        others.sort(Qt::CaseInsensitive);
        for (const QString &a : std::as_const(others)) {
            if (!apps.contains(a))
                apps.append(a);
        }
        // The originator: live channels by name.
        const QString keep = m_originator->currentText();
        m_originator->clear();
        m_originator->addItem(QString(), QString());
        QList<const LiveChannel *> channels;
        for (const LiveChannel &c : store->channels())
            channels.append(&c);
        std::sort(channels.begin(), channels.end(),
                  [](const LiveChannel *a, const LiveChannel *b) { return a->channel.name < b->channel.name; });
        for (const LiveChannel *c : std::as_const(channels))
            m_originator->addItem(c->channel.name, c->channel.id);
        m_originator->setEditText(keep);
    }
    auto *completer = new QCompleter(endpoints, m_endpoint);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    if (QCompleter *old = m_endpoint->completer())
        old->deleteLater();
    m_endpoint->setCompleter(completer);

    const QString keepApp = m_app->currentText();
    m_app->clear();
    m_app->addItems(apps);
    m_app->setEditText(keepApp.isEmpty() ? apps.value(0) : keepApp);
}

void OriginateDialog::loadRecent()
{
    m_recent->clear();
    const QList<Recent> recent = readRecent();
    // Nothing to repeat yet: the row would only push the endpoint down.
    m_recent->setVisible(!recent.isEmpty());
    if (QWidget *label = m_recentLabel)
        label->setVisible(!recent.isEmpty());
    if (recent.isEmpty())
        return;
    m_recent->addItem(tr("Choose a recent call to repeat…"));
    for (const Recent &r : recent)
        m_recent->addItem(summary(r));
}

QStringList OriginateDialog::recentSummaries() const
{
    QStringList out;
    const QList<Recent> recent = readRecent();
    for (const Recent &r : recent)
        out.append(summary(r));
    return out;
}

void OriginateDialog::applyRecent(int index)
{
    const QList<Recent> recent = readRecent();
    if (index < 1 || index > recent.size())
        return;
    const Recent &r = recent.at(index - 1);
    m_endpoint->setText(r.endpoint);
    m_app->setEditText(r.app);
    m_appArgs->setText(r.appArgs);
    m_context->setText(r.context);
    m_extension->setText(r.extension);
    m_priority->setValue(r.priority);
    m_label->setText(r.label);
    m_callerId->setText(r.callerId);
    m_timeout->setValue(r.timeout);
    setMode(Mode(qBound(0, r.mode, 2)));
    m_message->clear();
    m_go->setFocus();
}

void OriginateDialog::rememberCurrent()
{
    Recent r;
    r.endpoint = m_endpoint->text().trimmed();
    r.mode = int(m_mode);
    if (m_mode != Mode::Dialplan) {
        r.app = appName();
        r.appArgs = m_appArgs->text().trimmed();
    } else {
        r.context = m_context->text().trimmed();
        r.extension = m_extension->text().trimmed();
        r.priority = m_priority->value();
        r.label = m_label->text().trimmed();
    }
    r.callerId = m_callerId->text().trimmed();
    r.timeout = m_timeout->value();
    QList<Recent> list = readRecent();
    list.removeIf([&](const Recent &o) { return o.sameAs(r); });
    list.prepend(r);
    while (list.size() > maxRecent)
        list.removeLast();
    writeRecent(list);
}

QString OriginateDialog::validate(QWidget **focus) const
{
    const QString endpoint = m_endpoint->text().trimmed();
    if (endpoint.isEmpty()) {
        *focus = m_endpoint;
        return tr("Type the endpoint to call, e.g. PJSIP/1001 or Local/300@demo.");
    }
    const qsizetype slash = endpoint.indexOf(u'/');
    if (slash <= 0 || slash == endpoint.size() - 1) {
        *focus = m_endpoint;
        return tr("\"%1\" is not an endpoint: write technology/resource, e.g. PJSIP/1001 or Local/300@demo.").arg(endpoint);
    }
    if (m_mode != Mode::Dialplan && appName().isEmpty()) {
        *focus = m_app;
        return tr("Choose the application that gets the call.");
    }
    if (m_mode == Mode::Dialplan && m_extension->text().trimmed().isEmpty()) {
        *focus = m_extension;
        return tr("Type the extension the call continues at.");
    }
    if (const QString dup = m_variables->duplicateName(); !dup.isEmpty()) {
        *focus = m_variables;
        return tr("The variable %1 is set twice.").arg(dup);
    }
    const QString id = m_channelId->text().trimmed();
    if (!id.isEmpty() && id == m_otherChannelId->text().trimmed()) {
        *focus = m_otherChannelId;
        return tr("The two channel ids must differ.");
    }
    return {};
}

void OriginateDialog::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    m_form->setEnabled(!busy);
    m_go->setEnabled(!busy);
    if (busy) {
        m_message->showInfo(status);
    }
}

void OriginateDialog::fail(const QString &what, const Ari::AriError &error)
{
    setBusy(false);
    QString text = what + u": "_s + error.toString();
    // Asterisk's words are terse; add what an operator can do about the common ones.
    if (error.kind == Ari::AriError::Kind::Http && error.httpStatus == 500 && error.message.contains(u"Allocation failed"))
        text += u"\n"_s + tr("Asterisk could not create a channel for \"%1\": check the technology (PJSIP/, Local/, ...) "
                            "and that the endpoint exists.").arg(m_endpoint->text().trimmed());
    else if (error.httpStatus == 409)
        text += u"\n"_s + tr("A channel with that id exists already: choose another id or leave it empty.");
    else if (error.kind == Ari::AriError::Kind::Network || error.kind == Ari::AriError::Kind::Timeout)
        text += u"\n"_s + tr("The server did not answer: the call may or may not have been placed; check the channel list.");
    m_message->showError(text);
    m_go->setFocus();
}

void OriginateDialog::accept()
{
    if (m_busy)
        return;
    if (!m_session) {
        m_message->showError(tr("Not connected to a server."));
        return;
    }
    QWidget *focus = nullptr;
    if (const QString problem = validate(&focus); !problem.isEmpty()) {
        m_message->showError(problem);
        if (focus)
            focus->setFocus();
        return;
    }
    if (m_mode == Mode::CreateThenDial)
        createThenDial();
    else
        originate();
}

void OriginateDialog::reject()
{
    // A channel created but not yet dialed belongs to nobody once the dialog goes: hang it up.
    if (!m_pendingId.isEmpty() && !m_dialing && m_session) {
        m_session->client()->channels().hangup({.channelId = m_pendingId});
        m_pendingId.clear();
    }
    disconnect(m_storeWatch);
    m_stasisWait.stop();
    m_stasisPoll.stop();
    QDialog::reject();
}

void OriginateDialog::originate()
{
    Ari::ChannelsApi::OriginateParams p;
    p.endpoint = m_endpoint->text().trimmed();
    if (m_mode == Mode::Application) {
        p.app = appName();
        p.appArgs = opt(m_appArgs->text());
    } else {
        p.context = opt(m_context->text());
        p.extension = m_extension->text().trimmed();
        if (const auto label = opt(m_label->text()))
            p.label = label;
        else
            p.priority = m_priority->value();
    }
    p.callerId = opt(m_callerId->text());
    p.timeout = m_timeout->value() == 0 ? qint64(-1) : qint64(m_timeout->value()); // -1: ring until answered
    p.channelId = opt(m_channelId->text());
    p.otherChannelId = opt(m_otherChannelId->text());
    const QString originator = originatorId();
    if (!originator.isEmpty())
        p.originator = originator;
    else
        p.formats = opt(m_formats->text());
    if (!m_variables->isEmpty())
        p.variables = m_variables->toJson();

    const QString endpoint = p.endpoint;
    setBusy(true, tr("Calling %1…").arg(endpoint));
    m_session->client()->channels().originate(p).then(this, [this, endpoint](const Ari::Result<Ari::Channel> &r) {
        if (!r.ok()) {
            fail(tr("Originate failed"), r.error);
            return;
        }
        // Without subscribeAll the console hears nothing of a dialplan call: follow it explicitly,
        // so that its hangup reaches the channel list.
        if (m_mode == Mode::Dialplan && m_session && !m_session->connection()->settings().subscribeAll) {
            const QString app = m_session->connection()->settings().apps.value(0);
            if (!app.isEmpty())
                m_session->client()->applications().subscribe({.applicationName = app,
                                                                .eventSource = {u"channel:"_s + r.value.id}});
        }
        watchEarlyEnd(r.value.id, endpoint);
        succeed(r.value.id);
    });
}

void OriginateDialog::createThenDial()
{
    Ari::ChannelsApi::CreateParams p;
    p.endpoint = m_endpoint->text().trimmed();
    p.app = appName();
    p.appArgs = opt(m_appArgs->text());
    p.channelId = opt(m_channelId->text());
    p.otherChannelId = opt(m_otherChannelId->text());
    const QString originator = originatorId();
    if (!originator.isEmpty())
        p.originator = originator;
    else
        p.formats = opt(m_formats->text());
    if (!m_variables->isEmpty())
        p.variables = m_variables->toJson();

    m_pendingEndpoint = p.endpoint;
    m_dialing = false;
    setBusy(true, tr("Creating the channel for %1…").arg(p.endpoint));
    m_session->client()->channels().create(p).then(this, [this](const Ari::Result<Ari::Channel> &r) {
        if (!r.ok()) {
            fail(tr("Creating the channel failed"), r.error);
            return;
        }
        m_pendingId = r.value.id;
        // /channels/create can answer before the channel is in Stasis, and a dial then gets 409:
        // wait for StasisStart (through the store, or by asking when the app is not ours).
        m_message->showInfo(tr("Waiting for the channel to enter %1…").arg(appName()));
        const QString id = m_pendingId;
        m_storeWatch = connect(m_session->store(), &Store::changed, this,
                               [this, id](Entity entity, const QString &changedId, Change) {
                                   if (entity == Entity::Channel && changedId == id)
                                       checkStasis();
                               });
        m_stasisWait.start();
        m_stasisPoll.start();
        checkStasis();
    });
}

void OriginateDialog::checkStasis()
{
    if (m_pendingId.isEmpty() || m_dialing || !m_session)
        return;
    const LiveChannel *c = m_session->store()->anyChannel(m_pendingId);
    if (!c)
        return;
    if (c->isEnded()) {
        giveUpWaiting(tr("The channel ended (%1) before it could be dialed.")
                          .arg(c->hangupCauseText.isEmpty() ? tr("no cause given") : c->hangupCauseText));
        return;
    }
    if (c->inStasis())
        dial();
}

void OriginateDialog::pollStasis()
{
    if (m_pendingId.isEmpty() || m_dialing || !m_session)
        return;
    const QString id = m_pendingId;
    m_session->client()->channels().get({.channelId = id}).then(this, [this, id](const Ari::Result<Ari::Channel> &r) {
        if (id != m_pendingId || m_dialing)
            return;
        if (r.ok() && r.value.dialplan.appName == u"Stasis")
            dial();
        else if (r.httpStatus == 404)
            giveUpWaiting(tr("The channel ended before it could be dialed."));
    });
}

void OriginateDialog::dial()
{
    m_dialing = true;
    disconnect(m_storeWatch);
    m_stasisWait.stop();
    m_stasisPoll.stop();
    Ari::ChannelsApi::DialParams p;
    p.channelId = m_pendingId;
    const QString originator = originatorId();
    if (!originator.isEmpty())
        p.caller = originator;
    if (m_timeout->value() > 0)
        p.timeout = m_timeout->value();
    m_message->showInfo(tr("Dialing %1…").arg(m_pendingEndpoint));
    const QString id = m_pendingId;
    const QString endpoint = m_pendingEndpoint;
    m_session->client()->channels().dial(p).then(this, [this, id, endpoint](const Ari::Result<void> &r) {
        if (!r.ok()) {
            m_dialing = false;
            // The channel exists but will not ring: leave nothing behind.
            if (m_session)
                m_session->client()->channels().hangup({.channelId = id});
            m_pendingId.clear();
            fail(tr("Dialing failed (the created channel was hung up)"), r.error);
            return;
        }
        m_pendingId.clear();
        watchEarlyEnd(id, endpoint);
        succeed(id);
    });
}

void OriginateDialog::giveUpWaiting(const QString &why)
{
    disconnect(m_storeWatch);
    m_stasisWait.stop();
    m_stasisPoll.stop();
    const QString id = m_pendingId;
    m_pendingId.clear();
    if (!id.isEmpty() && m_session) {
        if (const LiveChannel *c = m_session->store()->anyChannel(id); !c || !c->isEnded())
            m_session->client()->channels().hangup({.channelId = id});
    }
    setBusy(false);
    m_message->showError(why);
}

void OriginateDialog::succeed(const QString &channelId)
{
    setBusy(false);
    m_message->clear();
    rememberCurrent();
    Q_EMIT originated(channelId);
    QDialog::accept();
}

void OriginateDialog::watchEarlyEnd(const QString &channelId, const QString &endpoint)
{
    // Asterisk accepts an originate into a context that does not exist (200), then the channel dies at
    // once, often before the answer arrives and before the console heard of it at all. The dialog is
    // gone by then, so the notifier tells the operator: from the store when it saw the end, else from
    // a GET shortly after that finds the channel gone.
    if (!m_session || !m_notifier)
        return;
    Store *store = m_session->store();
    QPointer<Notifier> notifier = m_notifier;
    auto settled = std::make_shared<bool>(false);
    auto report = [notifier, settled, endpoint](const QString &cause) {
        if (*settled)
            return;
        *settled = true;
        if (notifier)
            notifier->warning(tr("The call to %1 ended at once (%2): check the endpoint, context and extension.")
                                  .arg(endpoint, cause.isEmpty() ? tr("no cause given") : cause));
    };
    auto fromStore = [store, settled, report, channelId]() {
        const LiveChannel *c = store->anyChannel(channelId);
        if (!c || *settled)
            return;
        if (!c->isEnded()) {
            if (c->channel.state == u"Up")
                *settled = true; // it got going: whatever happens next is not an originate failure
            return;
        }
        if (c->channel.state == u"Up")
            *settled = true;
        else
            report(c->hangupCauseText);
    };
    fromStore();
    auto watch = std::make_shared<QMetaObject::Connection>();
    *watch = connect(store, &Store::changed, m_notifier, [fromStore, watch, settled, channelId](Entity e, const QString &id, Change) {
        if (e == Entity::Channel && id == channelId)
            fromStore();
        if (*settled)
            QObject::disconnect(*watch);
    });
    QPointer<ServerSession> session = m_session;
    QTimer::singleShot(500, m_notifier, [session, settled, report, channelId] {
        if (*settled || !session)
            return;
        session->client()->channels().get({.channelId = channelId}).then(session, [report](const Ari::Result<Ari::Channel> &r) {
            if (r.httpStatus == 404)
                report(tr("gone within half a second"));
        });
    });
    QTimer::singleShot(4000, m_notifier, [watch] { QObject::disconnect(*watch); });
}

} // namespace Console
