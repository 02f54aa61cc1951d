#pragma once

class QAbstractItemModel;
class QSortFilterProxyModel;
class QTableView;

namespace candor {

// The read-only lists of the areas (sessions, survey waves): sorted through a proxy on the model's sort role,
// locale-aware and case-insensitive; whole rows selected one at a time; one line per row; interactive column
// widths. The caller names the view and sets its column widths.
void setUpListTable(QTableView *view, QSortFilterProxyModel *proxy, QAbstractItemModel *source, int sortRole);

} // namespace candor
