#include "ColumnWidths.h"

#include <QAbstractItemView>
#include <QDateTime>
#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QPointer>
#include <QStyle>
#include <QTableView>

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

namespace {

class ColumnFiller : public QObject
{
public:
    ColumnFiller(QTableView *view, int column, int minimumWidth)
        : QObject(view)
        , m_view(view)
        , m_column(column)
        , m_minimum(minimumWidth)
    {
        QHeaderView *header = view->horizontalHeader();
        header->setStretchLastSection(false);
        header->setSectionResizeMode(column, QHeaderView::Fixed);
        view->viewport()->installEventFilter(this);
        connect(header, &QHeaderView::sectionResized, this, [this](int section) {
            if (section != m_column)
                fill();
        });
        connect(header, &QHeaderView::sectionCountChanged, this, &ColumnFiller::fill);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize)
            fill();
        return QObject::eventFilter(watched, event);
    }

private:
    void fill()
    {
        const QHeaderView *header = m_view->horizontalHeader();
        int others = 0;
        for (int i = 0; i < header->count(); ++i) {
            if (i != m_column && !header->isSectionHidden(i))
                others += header->sectionSize(i);
        }
        const int available = m_view->viewport()->width();
        m_view->horizontalHeader()->resizeSection(m_column, std::max(m_minimum, available - others));
    }

    QTableView *m_view;
    int m_column;
    int m_minimum;
};

} // namespace

void fillWithColumn(QTableView *view, int column, int minimumWidth)
{
    new ColumnFiller(view, column, minimumWidth);
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
