#include "ui/AboutDialog.h"

#include "models/ServerSession.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Console {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent), m_asterisk(new QLabel)
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About %1").arg(QGuiApplication::applicationDisplayName()));

    auto *icon = new QLabel;
    icon->setObjectName(u"aboutIcon"_s);
    icon->setAccessibleName(tr("Application icon"));
    icon->setPixmap(QApplication::windowIcon().pixmap(QSize(64, 64), devicePixelRatio()));
    icon->setAlignment(Qt::AlignHCenter);

    auto *name = new QLabel(u"<h2>%1</h2>"_s.arg(QGuiApplication::applicationDisplayName().toHtmlEscaped()));
    name->setObjectName(u"aboutName"_s);
    name->setAlignment(Qt::AlignHCenter);
    auto *summary = new QLabel(tr("An operator console for Asterisk over ARI."));
    summary->setObjectName(u"aboutSummary"_s);
    summary->setAlignment(Qt::AlignHCenter);

    auto label = [](const QString &objectName, const QString &text) {
        auto *l = new QLabel(text);
        l->setObjectName(objectName);
        l->setAlignment(Qt::AlignHCenter);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        l->setWordWrap(true);
        return l;
    };
    auto *version = label(u"aboutVersion"_s, versionText());
    auto *qt = label(u"aboutQt"_s, qtText());
    m_asterisk->setObjectName(u"aboutAsterisk"_s);
    m_asterisk->setAlignment(Qt::AlignHCenter);
    m_asterisk->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_asterisk->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->setObjectName(u"aboutButtons"_s);
    auto *copy = buttons->addButton(tr("&Copy details"), QDialogButtonBox::ActionRole);
    copy->setObjectName(u"aboutCopy"_s);
    copy->setToolTip(tr("Copy the versions and the platform, e.g. for a support ticket"));
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(details()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    for (QWidget *w : {static_cast<QWidget *>(icon), static_cast<QWidget *>(name), static_cast<QWidget *>(summary),
                       static_cast<QWidget *>(version), static_cast<QWidget *>(qt), static_cast<QWidget *>(m_asterisk)})
        layout->addWidget(w);
    layout->addSpacing(8);
    layout->addWidget(buttons);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    setMinimumWidth(420);
    updateAsterisk();
}

void AboutDialog::setSession(ServerSession *session, bool simulated)
{
    if (m_session) {
        disconnect(m_session->connection(), nullptr, this, nullptr);
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    m_simulated = simulated;
    if (session) {
        connect(session->connection(), &Ari::AriConnection::stateChanged, this, &AboutDialog::updateAsterisk);
        connect(session->connection(), &Ari::AriConnection::connected, this, &AboutDialog::updateAsterisk);
        connect(session, &QObject::destroyed, this, &AboutDialog::updateAsterisk, Qt::QueuedConnection);
    }
    updateAsterisk();
}

QString AboutDialog::versionText() const
{
    return tr("Version %1").arg(QCoreApplication::applicationVersion());
}

QString AboutDialog::qtText() const
{
    const QString running = QString::fromLatin1(qVersion());
    const QString built = QStringLiteral(QT_VERSION_STR);
    return running == built ? tr("Qt %1").arg(running) : tr("Qt %1 (built with Qt %2)").arg(running, built);
}

QString AboutDialog::asteriskText() const
{
    if (!m_session)
        return tr("Not connected to an Asterisk");
    auto *connection = m_session->connection();
    const Ari::AsteriskInfo &info = connection->asteriskInfo();
    const QString version = info.system.version;
    if (version.isEmpty())
        return tr("Asterisk: not connected yet (%1)").arg(connection->stateText());
    QString server = m_simulated ? tr("Simulated Asterisk %1").arg(version) : tr("Asterisk %1").arg(version);
    if (!info.system.entityId.isEmpty())
        server += u' ' + tr("(entity %1)").arg(info.system.entityId);
    if (connection->state() == Ari::AriConnection::State::Connected)
        return tr("%1, connected").arg(server);
    // Say plainly that this is what the last connection reported, not what is there now.
    return tr("%1 when last connected; now: %2").arg(server, connection->stateText());
}

QString AboutDialog::details() const
{
    return QStringList{QGuiApplication::applicationDisplayName() + u' ' + QCoreApplication::applicationVersion(),
                       qtText(), asteriskText(),
                       tr("Platform: %1 (%2, %3)")
                           .arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture(),
                                QGuiApplication::platformName())}
        .join(u'\n');
}

void AboutDialog::updateAsterisk()
{
    m_asterisk->setText(asteriskText());
    m_asterisk->setAccessibleName(m_asterisk->text());
}

} // namespace Console
