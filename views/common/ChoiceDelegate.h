#pragma once

#include <QList>
#include <QPair>
#include <QStyledItemDelegate>

namespace candor {

// The accessible name of a cell's editor: its column's header, or the view's own name for a list without one.
QString cellEditorName(const QWidget *parent, const QModelIndex &index);

// Edits a cell whose EditRole is one of a few numbers (a kind, a status) with a combo box of their names.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using Choices = QList<QPair<QString, int>>; // (translated name, value)
    explicit ChoiceDelegate(Choices choices, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    Choices m_choices;
};

} // namespace candor
