#include "ui/SystemView.h"

#include "models/ActionPolicy.h"
#include "models/ServerSession.h"
#include "ui/DeviceStatesPanel.h"
#include "ui/EndpointsPanel.h"
#include "ui/InlineMessage.h"
#include "ui/LogChannelsPanel.h"
#include "ui/MailboxesPanel.h"
#include "ui/ModulesPanel.h"
#include "ui/Notifier.h"
#include "ui/VariableInspector.h"

#include <QCheckBox>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace Console {

namespace {

QString localTime(qint64 ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(ms).toString(u"yyyy-MM-dd HH:mm:ss"_s) : QString();
}

} // namespace

SystemView::SystemView(const ActionPolicy *policy, Notifier *notifier, QWidget *parent)
    : QWidget(parent), m_policy(policy), m_notifier(notifier), m_tabs(new QTabWidget(this)),
      m_refreshInfo(new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Refresh"), this)),
      m_ping(new QPushButton(tr("&Ping"), this)), m_autoPingBox(new QCheckBox(tr("every &5 s"), this)),
      m_pingResult(new QLabel(this)), m_message(new InlineMessage(this)),
      m_modules(new ModulesPanel(policy, notifier, this)), m_logs(new LogChannelsPanel(policy, notifier, this)),
      m_globals(new VariableInspector(policy, notifier, this)), m_endpoints(new EndpointsPanel(policy, notifier, this)),
      m_deviceStates(new DeviceStatesPanel(policy, notifier, this)), m_mailboxes(new MailboxesPanel(policy, notifier, this))
{
    setObjectName(u"systemView"_s);
    setAccessibleName(tr("System"));
    m_tabs->setObjectName(u"systemTabs"_s);
    m_tabs->setAccessibleName(tr("System pages"));
    m_refreshInfo->setObjectName(u"refreshInfo"_s);
    m_refreshInfo->setToolTip(tr("Read /asterisk/info again"));
    m_ping->setObjectName(u"ping"_s);
    m_ping->setToolTip(tr("Ask Asterisk for a pong and time the round trip (GET /asterisk/ping)"));
    m_autoPingBox->setObjectName(u"autoPing"_s);
    m_autoPingBox->setToolTip(tr("Ping every 5 seconds while this is ticked"));
    m_pingResult->setObjectName(u"pingResult"_s);
    m_pingResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setObjectName(u"message"_s);
    m_globals->setObjectName(u"globalVariables"_s);
    m_globals->lockScope(VariableInspector::Scope::Global);

    // The Asterisk page: four groups of labelled values.
    auto *page = new QWidget;
    auto *grid = new QGridLayout;
    const auto group = [this](const QString &title, const QList<std::pair<QString, QString>> &rows) {
        auto *box = new QGroupBox(title);
        auto *form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        for (const auto &[name, label] : rows) {
            auto *value = new QLabel;
            value->setObjectName(u"info_"_s + name);
            value->setTextInteractionFlags(Qt::TextSelectableByMouse);
            value->setWordWrap(true);
            value->setAccessibleName(label);
            m_fields.insert(name, value);
            form->addRow(label + u':', value);
        }
        return box;
    };
    grid->addWidget(group(tr("System"), {{u"version"_s, tr("Version")},
                                         {u"entityId"_s, tr("Entity id")},
                                         {u"name"_s, tr("System name")}}),
                    0, 0);
    grid->addWidget(group(tr("Status"), {{u"startup"_s, tr("Started")},
                                         {u"uptime"_s, tr("Up for")},
                                         {u"lastReload"_s, tr("Last reload")},
                                         {u"sinceReload"_s, tr("Since reload")}}),
                    0, 1);
    grid->addWidget(group(tr("Build"), {{u"os"_s, tr("System")},
                                        {u"kernel"_s, tr("Kernel")},
                                        {u"machine"_s, tr("Machine")},
                                        {u"options"_s, tr("Options")},
                                        {u"date"_s, tr("Built on")},
                                        {u"user"_s, tr("Built by")}}),
                    1, 0);
    grid->addWidget(group(tr("Configuration"), {{u"language"_s, tr("Default language")},
                                                {u"maxChannels"_s, tr("Most channels")},
                                                {u"maxOpenFiles"_s, tr("Most open files")},
                                                {u"maxLoad"_s, tr("Highest load")},
                                                {u"runAs"_s, tr("Runs as")}}),
                    1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    auto *pingRow = new QHBoxLayout;
    pingRow->addWidget(m_refreshInfo);
    pingRow->addSpacing(12);
    pingRow->addWidget(m_ping);
    pingRow->addWidget(m_autoPingBox);
    pingRow->addWidget(m_pingResult, 1);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->addLayout(pingRow);
    pageLayout->addLayout(grid);
    pageLayout->addWidget(m_message);
    pageLayout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setAccessibleName(tr("Asterisk"));
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_tabs->addTab(scroll, tr("Asterisk"));
    m_tabs->addTab(m_modules, tr("Modules"));
    m_tabs->addTab(m_logs, tr("Logging"));
    m_tabs->addTab(m_globals, tr("Global variables"));
    m_tabs->addTab(m_endpoints, tr("Endpoints"));
    m_tabs->addTab(m_deviceStates, tr("Device states"));
    m_tabs->addTab(m_mailboxes, tr("Mailboxes"));
    // In a scroll area, so that a short dock does not force the window taller.
    auto *outerScroll = new QScrollArea(this);
    outerScroll->setAccessibleName(tr("System"));
    outerScroll->setWidget(m_tabs);
    outerScroll->setWidgetResizable(true);
    outerScroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(outerScroll);

    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &SystemView::tick);
    m_tick.start();
    m_autoPing.setInterval(5000);
    connect(&m_autoPing, &QTimer::timeout, this, &SystemView::ping);
    connect(m_autoPingBox, &QCheckBox::toggled, this, [this](bool on) {
        if (on) {
            m_autoPing.start();
            ping();
        } else {
            m_autoPing.stop();
        }
    });
    connect(m_refreshInfo, &QPushButton::clicked, this, &SystemView::refreshInfo);
    connect(m_ping, &QPushButton::clicked, this, &SystemView::ping);
    // A reload moves Asterisk's "last reload" time.
    connect(m_modules, &ModulesPanel::moduleChanged, this, &SystemView::refreshInfo);
    // The log channels are not in the store: read them when their tab first shows.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_logs && m_logs->channels().isEmpty())
            m_logs->refresh();
        QSettings().setValue(u"system/tab"_s, index);
    });
    m_tabs->setCurrentIndex(QSettings().value(u"system/tab"_s, 0).toInt());
    showInfo();
}

SystemView::~SystemView() = default;

void SystemView::setSession(ServerSession *session)
{
    disconnect(m_connectedConnection);
    m_session = session;
    m_pings.clear();
    m_pingResult->clear();
    m_message->clear();
    m_info = session ? session->connection()->asteriskInfo() : Ari::AsteriskInfo{};
    if (session) {
        m_connectedConnection = connect(session->connection(), &Ari::AriConnection::connected, this,
                                        [this](const Ari::AsteriskInfo &info) {
                                            m_info = info;
                                            showInfo();
                                            for (AdminPage *p : std::initializer_list<AdminPage *>{
                                                     m_modules, m_logs, m_endpoints, m_deviceStates, m_mailboxes})
                                                p->updateActions();
                                            if (m_tabs->currentWidget() == m_logs)
                                                m_logs->refresh();
                                        });
    }
    for (AdminPage *p : std::initializer_list<AdminPage *>{m_modules, m_logs, m_endpoints, m_deviceStates, m_mailboxes})
        p->setSession(session);
    m_globals->setSession(session);
    if (session && m_tabs->currentWidget() == m_logs)
        m_logs->refresh();
    showInfo();
}

QLabel *SystemView::field(const QString &name)
{
    return m_fields.value(name);
}

QString SystemView::shownInfo(const QString &name) const
{
    const QLabel *l = m_fields.value(name);
    return l ? l->text() : QString();
}

QString SystemView::formatSpan(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, ms / 1000);
    if (s < 60)
        return tr("%1 s").arg(s);
    if (s < 3600)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QChar(u'0'));
    if (s < 86400)
        return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QChar(u'0'));
    return tr("%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
}

void SystemView::showInfo()
{
    const Ari::AsteriskInfo &i = m_info;
    const auto set = [this](const QString &name, const QString &text) {
        if (QLabel *l = field(name))
            l->setText(text.isEmpty() ? tr("—") : text);
    };
    set(u"version"_s, i.system.version);
    set(u"entityId"_s, i.system.entityId);
    set(u"name"_s, i.config.name);
    set(u"os"_s, i.build.os);
    set(u"kernel"_s, i.build.kernel);
    set(u"machine"_s, i.build.machine);
    set(u"options"_s, i.build.options);
    set(u"date"_s, i.build.date);
    set(u"user"_s, i.build.user);
    set(u"language"_s, i.config.defaultLanguage);
    const QLocale locale;
    set(u"maxChannels"_s, i.config.has(2) && i.config.maxChannels ? locale.toString(i.config.maxChannels) : tr("no limit"));
    set(u"maxOpenFiles"_s, i.config.has(3) && i.config.maxOpenFiles ? locale.toString(i.config.maxOpenFiles) : tr("not set"));
    set(u"maxLoad"_s, i.config.has(4) && i.config.maxLoad > 0 ? locale.toString(i.config.maxLoad, 'f', 2) : tr("not set"));
    const QString user = i.config.setid.user.isEmpty() ? tr("the user that started it") : i.config.setid.user;
    const QString group = i.config.setid.group.isEmpty() ? QString() : u" / "_s + i.config.setid.group;
    set(u"runAs"_s, user + group);
    set(u"startup"_s, localTime(parseAriTime(i.status.startupTime)));
    set(u"lastReload"_s, localTime(parseAriTime(i.status.lastReloadTime)));
    tick();
}

void SystemView::tick()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 started = parseAriTime(m_info.status.startupTime);
    const qint64 reloaded = parseAriTime(m_info.status.lastReloadTime);
    if (QLabel *l = field(u"uptime"_s))
        l->setText(started ? formatSpan(now - started) : tr("—"));
    if (QLabel *l = field(u"sinceReload"_s)) {
        if (!reloaded)
            l->setText(tr("—"));
        else if (reloaded == started)
            l->setText(tr("never reloaded since it started"));
        else
            l->setText(tr("%1 ago").arg(formatSpan(now - reloaded)));
    }
}

void SystemView::refreshInfo()
{
    if (!m_session)
        return;
    m_refreshInfo->setEnabled(false);
    m_session->client()->asterisk().getInfo().then(this, [this](const Ari::Result<Ari::AsteriskInfo> &r) {
        m_refreshInfo->setEnabled(true);
        if (!r.ok()) {
            const QString what = tr("Reading /asterisk/info failed");
            m_message->showError(what + u": "_s + r.error.toString());
            if (m_notifier)
                m_notifier->failed(what, r.error);
            return;
        }
        m_info = r.value;
        m_message->clear();
        showInfo();
        Q_EMIT infoRead(m_info);
    });
}

void SystemView::ping()
{
    if (!m_session)
        return;
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    m_ping->setEnabled(false);
    m_session->client()->asterisk().ping().then(this, [this, timer](const Ari::Result<Ari::AsteriskPing> &r) {
        m_ping->setEnabled(true);
        const qint64 rtt = timer->elapsed();
        const QString at = QTime::currentTime().toString(u"HH:mm:ss"_s);
        if (!r.ok()) {
            m_pingResult->setText(tr("✕ no pong at %1: %2").arg(at, r.error.toString()));
            if (m_notifier && !m_autoPing.isActive())
                m_notifier->failed(tr("Ping failed"), r.error);
            return;
        }
        m_pings.append(rtt);
        while (m_pings.size() > 20)
            m_pings.removeFirst();
        const qint64 lo = *std::min_element(m_pings.cbegin(), m_pings.cend());
        const qint64 hi = *std::max_element(m_pings.cbegin(), m_pings.cend());
        qint64 sum = 0;
        for (qint64 p : std::as_const(m_pings))
            sum += p;
        QString text = tr("● %1 in %2 ms at %3").arg(r.value.ping, QString::number(rtt), at);
        if (m_pings.size() > 1)
            text += u" · "_s
                + tr("last %n: min %1, avg %2, max %3 ms", nullptr, int(m_pings.size()))
                      .arg(lo)
                      .arg(sum / m_pings.size())
                      .arg(hi);
        m_pingResult->setText(text);
        m_pingResult->setToolTip(tr("Asterisk's clock: %1; its id: %2").arg(r.value.timestamp, r.value.asteriskId));
        Q_EMIT pinged(rtt);
    });
}

} // namespace Console
