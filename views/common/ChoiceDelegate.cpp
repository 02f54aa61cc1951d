#include "ChoiceDelegate.h"

#include <QComboBox>

namespace candor {

QString cellEditorName(const QWidget *parent, const QModelIndex &index)
{
    QString name = index.model() ? index.model()->headerData(index.column(), Qt::Horizontal).toString() : QString();
    // An editor's parent is the view's viewport.
    if (name.isEmpty() && parent && parent->parentWidget())
        name = parent->parentWidget()->accessibleName();
    return name;
}

ChoiceDelegate::ChoiceDelegate(Choices choices, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_choices(std::move(choices))
{}

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    combo->setAccessibleName(cellEditorName(parent, index));
    for (const auto &[name, value] : m_choices)
        combo->addItem(name, value);
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole).toInt())));
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    const int value = combo->currentData().toInt();
    if (value != index.data(Qt::EditRole).toInt())
        model->setData(index, value, Qt::EditRole);
}

} // namespace candor
