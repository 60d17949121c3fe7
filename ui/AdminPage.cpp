#include "ui/AdminPage.h"

#include "models/ActionPolicy.h"
#include "models/EntityListModel.h"
#include "ui/InlineMessage.h"
#include "ui/Notifier.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QTime>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Console {

AdminPage::AdminPage(const ActionPolicy *policy, Notifier *notifier, QWidget *parent)
    : QWidget(parent), m_policy(policy), m_notifier(notifier),
      m_refresh(new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Refresh"), this)),
      m_readAt(new QLabel(this)), m_body(new QVBoxLayout), m_message(new InlineMessage(this))
{
    m_refresh->setObjectName(u"refresh"_s);
    m_readAt->setForegroundRole(QPalette::PlaceholderText);
    m_message->setObjectName(u"message"_s);
    auto *top = new QHBoxLayout;
    top->setObjectName(u"topRow"_s);
    top->addWidget(m_refresh);
    top->addWidget(m_readAt, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addLayout(m_body, 1);
    layout->addWidget(m_message);
    connect(m_refresh, &QPushButton::clicked, this, &AdminPage::refresh);
}

void AdminPage::setSession(ServerSession *session)
{
    m_session = session;
    m_message->clear();
    updateActions();
}

bool AdminPage::allowed(Ari::OperationId operation) const
{
    return !m_policy || m_policy->general(operation).allowed;
}

void AdminPage::guard(QPushButton *button, Ari::OperationId operation, const QString &help, const QString &extra)
{
    const Verdict v = m_policy ? m_policy->general(operation) : Verdict::yes();
    QString tip = help;
    bool enabled = v.allowed && m_session;
    if (!m_session)
        tip = tr("Not connected");
    else if (!v.allowed)
        tip = v.reason;
    else if (!extra.isEmpty()) {
        enabled = false;
        tip = extra;
    }
    button->setEnabled(enabled);
    button->setToolTip(tip);
}

bool AdminPage::confirm(const QString &title, const QString &text, const QString &acceptText)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, this);
    box.setObjectName(u"confirm"_s);
    QPushButton *yes = box.addButton(acceptText, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == yes;
}

void AdminPage::failed(const QString &what, const Ari::AriError &error)
{
    if (error.kind == Ari::AriError::Kind::Aborted)
        return;
    m_message->showError(what + u": "_s + error.toString());
    if (m_notifier)
        m_notifier->failed(what, error);
}

void AdminPage::succeeded(const QString &text)
{
    m_message->showSuccess(text);
}

void AdminPage::setReadAt()
{
    m_readAt->setText(tr("Read at %1").arg(QTime::currentTime().toString(u"HH:mm:ss"_s)));
}

QTableView *AdminPage::makeTable(QAbstractItemModel *model, const QString &objectName, const QString &accessibleName,
                                 QSortFilterProxyModel *proxy)
{
    if (!proxy)
        proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setSortRole(SortRole);
    proxy->setFilterKeyColumn(-1);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    if (!m_filter) {
        m_filter = new QLineEdit(this);
        m_filter->setObjectName(u"filter"_s);
        m_filter->setClearButtonEnabled(true);
        m_filter->setPlaceholderText(tr("Filter…"));
        m_filter->setAccessibleName(tr("Filter %1").arg(accessibleName));
        m_filter->setMaximumWidth(260);
        if (auto *top = findChild<QHBoxLayout *>(u"topRow"_s))
            top->addWidget(m_filter);
    }
    connect(m_filter, &QLineEdit::textChanged, proxy, &QSortFilterProxyModel::setFilterFixedString);
    auto *table = new QTableView(this);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setModel(proxy);
    table->setSortingEnabled(true);
    table->sortByColumn(0, Qt::AscendingOrder);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace Console
