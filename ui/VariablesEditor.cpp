#include "ui/VariablesEditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Console {

VariablesEditor::VariablesEditor(QWidget *parent)
    : QWidget(parent), m_table(new QTableWidget(0, 2, this)), m_add(new QPushButton(tr("Add variable"), this)),
      m_remove(new QPushButton(tr("Remove"), this))
{
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(0, 160);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    m_table->setAccessibleName(tr("Variables"));
    m_table->setToolTip(tr("Channel variables set on creation, e.g. CALLERID(name) or a dialplan variable"));
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 3 + m_table->horizontalHeader()->sizeHint().height());
    m_add->setAccessibleName(tr("Add variable"));
    m_remove->setAccessibleName(tr("Remove variable"));
    m_remove->setToolTip(tr("Remove the selected variables"));

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    setFocusProxy(m_table);
    connect(m_add, &QPushButton::clicked, this, [this] { addRow(); });
    connect(m_remove, &QPushButton::clicked, this, &VariablesEditor::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &VariablesEditor::updateButtons);
    connect(m_table, &QTableWidget::itemChanged, this, &VariablesEditor::changed);
    updateButtons();
}

QJsonObject VariablesEditor::toJson() const
{
    QJsonObject out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *name = m_table->item(row, 0);
        const QTableWidgetItem *value = m_table->item(row, 1);
        const QString key = name ? name->text().trimmed() : QString();
        if (!key.isEmpty())
            out.insert(key, value ? value->text() : QString());
    }
    return out;
}

void VariablesEditor::addRow(const QString &name, const QString &value)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(name));
    m_table->setItem(row, 1, new QTableWidgetItem(value));
    m_table->setCurrentCell(row, 0);
    if (name.isEmpty() && isVisible())
        m_table->editItem(m_table->item(row, 0));
    updateButtons();
    Q_EMIT changed();
}

void VariablesEditor::clear()
{
    m_table->setRowCount(0);
    updateButtons();
    Q_EMIT changed();
}

int VariablesEditor::rowCount() const
{
    return m_table->rowCount();
}

QString VariablesEditor::duplicateName() const
{
    QSet<QString> seen;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *name = m_table->item(row, 0);
        const QString key = name ? name->text().trimmed() : QString();
        if (key.isEmpty())
            continue;
        if (seen.contains(key))
            return key;
        seen.insert(key);
    }
    return {};
}

void VariablesEditor::removeSelected()
{
    QList<int> rows;
    const auto ranges = m_table->selectedRanges();
    for (const QTableWidgetSelectionRange &r : ranges) {
        for (int row = r.topRow(); row <= r.bottomRow(); ++row)
            rows.append(row);
    }
    if (rows.isEmpty() && m_table->currentRow() >= 0)
        rows.append(m_table->currentRow());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (int row : rows)
        m_table->removeRow(row);
    updateButtons();
    Q_EMIT changed();
}

void VariablesEditor::updateButtons()
{
    m_remove->setEnabled(m_table->rowCount() > 0);
}

} // namespace Console
