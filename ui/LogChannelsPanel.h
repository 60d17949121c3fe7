#pragma once

#include "ui/AdminPage.h"

class QLineEdit;
class QStandardItemModel;
class QTableView;

namespace Console {

//! The System panel's log channels (GET /asterisk/logging): each with its
//! type, status and levels; add one (a file under Asterisk's log directory,
//! with the levels it takes), rotate one, or delete one after a confirmation.
class LogChannelsPanel : public AdminPage
{
    Q_OBJECT

public:
    LogChannelsPanel(const ActionPolicy *policy, Notifier *notifier, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    //! The channel names shown, as Asterisk gives them (a path, or empty for the console).
    QStringList channels() const;
    void selectChannel(const QString &channel);

public Q_SLOTS:
    void refresh() override;
    void updateActions() override;
    void add(const QString &name, const QString &configuration);
    void deleteSelected();
    void rotateSelected();

Q_SIGNALS:
    void changed();

private:
    QString selected() const;
    //! The name ARI takes for a channel: its file name for a file under the log directory.
    static QString nameFor(const QString &channel);

    QStandardItemModel *m_model;
    QTableView *m_table;
    QLineEdit *m_name;
    QLineEdit *m_levels;
    QPushButton *m_add;
    QPushButton *m_delete;
    QPushButton *m_rotate;
};

} // namespace Console
