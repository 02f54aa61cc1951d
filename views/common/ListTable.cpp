#include "ListTable.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace candor {

void setUpListTable(QTableView *view, QSortFilterProxyModel *proxy, QAbstractItemModel *source, int sortRole)
{
    proxy->setSourceModel(source);
    proxy->setSortRole(sortRole);
    proxy->setSortLocaleAware(true);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    view->setModel(proxy);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->setTabKeyNavigation(false); // Tab leaves the list; the arrows move in it
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
}

} // namespace candor
