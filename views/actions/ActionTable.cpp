#include "ActionTable.h"

#include "common/ColumnWidths.h"
#include "common/PostmortemChoices.h"
#include "common/TextLimits.h"
#include "item/ActionItemsModel.h"

#include <QDateEdit>
#include <QHeaderView>
#include <QLocale>
#include <QStyle>
#include <QTableView>

namespace candor {

QWidget *DueDateDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *editor = new QDateEdit(parent);
    editor->setObjectName(QStringLiteral("dueDateEditor"));
    editor->setAccessibleName(tr("Due date"));
    editor->setCalendarPopup(true);
    editor->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    return editor;
}

void DueDateDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    static_cast<QDateEdit *>(editor)->setDate(index.data(Qt::EditRole).toDate());
}

void DueDateDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    const QDate date = static_cast<QDateEdit *>(editor)->date();
    // An item without a due date gets the suggested one only when the person confirms it.
    if (date != index.data(Qt::EditRole).toDate() || index.data(Qt::DisplayRole).toString().isEmpty())
        model->setData(index, date, Qt::EditRole);
}

void setUpActionTable(QTableView *view, const ActionItemsModel &model)
{
    view->setItemDelegate(new LongTextDelegate(view)); // the other columns' editors, named by their column
    view->setItemDelegateForColumn(ActionItemsModel::KindColumn, new ChoiceDelegate(actionKindChoices(), view));
    view->setItemDelegateForColumn(ActionItemsModel::StatusColumn, new ChoiceDelegate(actionStatusChoices(), view));
    view->setItemDelegateForColumn(ActionItemsModel::DueColumn, new DueDateDelegate(view));
    view->setItemDelegateForColumn(ActionItemsModel::TextColumn, new LongTextDelegate(view));

    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    // Overdue rows are bold, and in the Action items area their due date carries a warning icon.
    const auto headerText = [&model](int column) {
        return model.headerData(column, Qt::Horizontal).toString();
    };
    QStringList statuses;
    for (ActionStatus s : PostmortemText::actionStatuses())
        statuses.append(ActionItemsModel::statusText(s, true));
    const int icon = view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, view) + 6;
    const int em = view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    header->resizeSection(ActionItemsModel::KindColumn, columnWidthFor(view, choiceNames(actionKindChoices()),
                                                                       headerText(ActionItemsModel::KindColumn), true));
    header->resizeSection(ActionItemsModel::OwnerColumn,
                          std::max(12 * em, columnWidthFor(view, {}, headerText(ActionItemsModel::OwnerColumn))));
    header->resizeSection(ActionItemsModel::PersonColumn,
                          std::max(10 * em, columnWidthFor(view, {}, headerText(ActionItemsModel::PersonColumn))));
    header->resizeSection(ActionItemsModel::DueColumn,
                          columnWidthFor(view, dateSamples(), headerText(ActionItemsModel::DueColumn), true, icon));
    header->resizeSection(ActionItemsModel::StatusColumn,
                          columnWidthFor(view, statuses, headerText(ActionItemsModel::StatusColumn), true));
    header->resizeSection(ActionItemsModel::FactorColumn,
                          std::max(12 * em, columnWidthFor(view, {}, headerText(ActionItemsModel::FactorColumn))));
    header->resizeSection(ActionItemsModel::SourceColumn,
                          std::max(12 * em, columnWidthFor(view, {}, headerText(ActionItemsModel::SourceColumn))));
    // The item's text is what matters: in a narrow window the table scrolls rather than hide it.
    fillWithColumn(view, ActionItemsModel::TextColumn, 20 * em);
}

} // namespace candor
