#pragma once

#include <QJsonObject>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace Console {

//! A small name/value table with Add and Remove, for the variables a
//! channel or bridge gets on creation. Rows with an empty name are ignored.
//!   auto *vars = new VariablesEditor(this);
//!   params.variables = vars->isEmpty() ? std::nullopt : std::optional(vars->toJson());
class VariablesEditor : public QWidget
{
    Q_OBJECT

public:
    explicit VariablesEditor(QWidget *parent = nullptr);

    //! {"NAME": "value", ...} of the named rows.
    QJsonObject toJson() const;
    bool isEmpty() const { return toJson().isEmpty(); }
    //! Adds a row and starts editing its name.
    void addRow(const QString &name = {}, const QString &value = {});
    void clear();
    int rowCount() const;
    //! A name that appears twice, or empty when the names are distinct.
    QString duplicateName() const;

Q_SIGNALS:
    void changed();

private:
    void removeSelected();
    void updateButtons();

    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace Console
