#include "ColumnWidths.h"

#include <QAbstractItemView>
#include <QDateTime>
#include <QLocale>
#include <QStyle>

#include <algorithm>

namespace candor {

int columnWidthFor(const QAbstractItemView *view, const QStringList &samples, const QString &header, bool bold,
                   int extra)
{
    QFont font = view->font();
    font.setBold(bold);
    const QFontMetrics cells(font);
    int width = 0;
    for (const QString &sample : samples)
        width = std::max(width, cells.horizontalAdvance(sample));
    // The style's text margins on both sides, and a little air.
    const int margin = 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1) +
                       view->fontMetrics().averageCharWidth() * 2;
    width += margin + extra;
    if (!header.isEmpty()) {
        // Header text, its margins and the sort indicator.
        const QFontMetrics headerMetrics(view->font());
        const int indicator = view->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, view);
        const int headerMargin = view->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, view);
        width = std::max(width, headerMetrics.horizontalAdvance(header) + indicator + 4 * headerMargin);
    }
    return width;
}

QStringList dateSamples()
{
    QStringList samples;
    for (int month = 1; month <= 12; ++month)
        samples.append(QLocale().toString(QDate(2000, month, 28), QLocale::ShortFormat));
    return samples;
}

QStringList dateTimeSamples()
{
    QStringList samples;
    for (int month = 1; month <= 12; ++month)
        samples.append(QLocale().toString(QDateTime(QDate(2000, month, 28), QTime(23, 58, 58)), QLocale::ShortFormat));
    return samples;
}

} // namespace candor
