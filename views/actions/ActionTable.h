#pragma once

#include <QStyledItemDelegate>

class QTableView;

namespace candor {

class ActionItemsModel;

// Edits a due date with a calendar; the model's EditRole gives a date (a suggestion when none is set).
class DueDateDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

// Sets up a table of action items the same way wherever it appears (the Action items area, the console's actions
// page): editors for kind, status and due date, the text column filling the rest (never narrower than 20 em), the other
// columns as wide as their longest value. `model` gives the header texts; the view may show it through a proxy.
void setUpActionTable(QTableView *view, const ActionItemsModel &model);

} // namespace candor
