#pragma once

#include <QString>
#include <QStringList>

class QAbstractItemView;
class QTableView;

namespace candor {

// How wide a table column must be to show any of `samples` without eliding, and its header with a sort indicator.
// `bold`: the column's cells can be bold (such as overdue rows); `extra`: room for an icon or the like. Measures
// samples rather than rows, so large tables never read their data to size a column.
int columnWidthFor(const QAbstractItemView *view, const QStringList &samples, const QString &header = {},
                   bool bold = false, int extra = 0);

// Dates and date-times as the locale writes them, one on a late day of each month (month names differ in width),
// for sizing columns.
QStringList dateSamples();
QStringList dateTimeSamples();

// Lets `column` fill the width the other columns leave, but never narrower than `minimumWidth`: below that the
// table scrolls sideways rather than squeezing the column that matters (a plain Stretch section can shrink to
// nothing in a narrow window).
void fillWithColumn(QTableView *view, int column, int minimumWidth);

} // namespace candor
