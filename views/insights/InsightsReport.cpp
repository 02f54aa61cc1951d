#include "InsightsReport.h"

#include "TrendChart.h"
#include "item/FigureStore.h"
#include "item/HeatmapModel.h"
#include "item/TrendModel.h"
#include "reports/SaveFile.h"
#include "storage/SurveyRepository.h"
#include "survey/AnonymityPolicy.h"
#include "survey/Instruments.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QBuffer>
#include <QCollator>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHash>
#include <QLegend>
#include <QLineSeries>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <memory>
#include <vector>

namespace candor {

namespace {

// More lines than this in one chart are split over several charts, so that every line can still be told apart.
constexpr int MaxSeriesPerChart = 6;
// Beyond this many charts of teams for one instrument, the teams are compared in the heatmap only.
constexpr int MaxTeamCharts = 12;
// Device units per inch of the PDF: fine enough for vector charts and hairlines.
constexpr int Resolution = 600;
constexpr qreal ChartHeightMm = 82;

// "Withheld (k = 5)" with the parenthesis kept whole, so a narrow cell breaks it only before "(".
QString unbroken(QString text)
{
    static const QRegularExpression inside(QStringLiteral(R"(\(([^()]*)\))"));
    QRegularExpressionMatchIterator it = inside.globalMatch(text);
    QList<QRegularExpressionMatch> matches;
    while (it.hasNext())
        matches.append(it.next());
    for (auto m = matches.crbegin(); m != matches.crend(); ++m)
        text.replace(m->capturedStart(), m->capturedLength(), m->captured().replace(QLatin1Char(' '), QChar::Nbsp));
    return text;
}

QFont reportFont(qreal points, bool bold = false, bool italic = false)
{
    QFont font = QApplication::font();
    font.setPointSizeF(points);
    font.setBold(bold);
    font.setItalic(italic);
    return font;
}

// The teams of the report: the whole organisation, or one team with every team below it.
struct Scope
{
    qint64 rootId = 0; // 0: the whole organisation
    QHash<qint64, TeamNode> nodes;
    QHash<qint64, QList<qint64>> children; // by parent (0: the top level), sorted by name
    QList<qint64> roots;                   // the scope's top: the team, or the organisation's top-level teams
    QList<QPair<qint64, int>> order;       // every team in scope, parents before children, with its depth

    bool hasChildren(qint64 id) const { return !children.value(id).isEmpty(); }
    QString name(qint64 id) const { return nodes.value(id).name; }
};

Scope scopeOf(const std::vector<TeamNode> &teams, qint64 rootId)
{
    Scope scope;
    scope.rootId = rootId;
    for (const TeamNode &team : teams)
        scope.nodes.insert(team.id, team);
    for (const TeamNode &team : teams) {
        const qint64 parent = scope.nodes.contains(team.parentId) && team.parentId != team.id ? team.parentId : 0;
        scope.children[parent].append(team.id);
    }
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    for (QList<qint64> &list : scope.children) {
        std::sort(list.begin(), list.end(), [&](qint64 a, qint64 b) {
            return collator.compare(scope.nodes.value(a).name, scope.nodes.value(b).name) < 0;
        });
    }
    scope.roots = rootId > 0 ? QList<qint64>{rootId} : scope.children.value(0);
    // Depth first, bounded in case of a cycle.
    QList<QPair<qint64, int>> stack;
    for (auto it = scope.roots.crbegin(); it != scope.roots.crend(); ++it)
        stack.append({*it, 0});
    QSet<qint64> seen;
    while (!stack.isEmpty()) {
        const auto [id, depth] = stack.takeLast();
        if (seen.contains(id))
            continue;
        seen.insert(id);
        scope.order.append({id, depth});
        const QList<qint64> below = scope.children.value(id);
        for (auto it = below.crbegin(); it != below.crend(); ++it)
            stack.append({*it, depth + 1});
    }
    return scope;
}

struct ChartSpec
{
    QString heading;
    QList<TrendSeries> series;
};

// One instrument's part of the report. Every number in it is read from TrendModels over the instrument's
// FigureStore: the roles that carry numbers are empty for withheld figures.
struct Section
{
    std::unique_ptr<FigureStore> store;
    QString title;
    int scalePoints = 0;
    TrendModel *table = nullptr; // the heatmap's figures: quarters (rows) by teams and departments (columns)
    std::vector<ChartSpec> charts;
    QString chartsNote; // why the teams' charts were left out, if they were
    QList<int> depths;  // of the table's columns, for indenting
    int figures = 0;
    int withheld = 0;
    int lowestK = 0;
    int highestK = 0;
};

quint64 seriesKey(qint64 teamId, FigureScope scope)
{
    return quint64(teamId) << 2 | quint64(scope);
}

// The instrument's figures in scope, or nothing when the scope has none.
std::unique_ptr<Section> sectionOf(SurveyRepository &surveys, const Instrument &instrument, const Scope &scope)
{
    auto section = std::make_unique<Section>();
    section->store = std::make_unique<FigureStore>(surveys);
    FigureStore &store = *section->store;
    store.setInstrumentKey(instrument.key);
    if (!store.hasWaves())
        return nullptr;
    section->title = InsightsReport::tr("%1 (%2-point scale)", "instrument name, scale length")
                         .arg(Instruments::displayName(store.instrument() ? *store.instrument() : instrument))
                         .arg(store.scalePoints());
    section->scalePoints = store.scalePoints();

    QSet<quint64> present; // teams and departments with a figure (shown or withheld) in some quarter
    for (const Figure &figure : store.figures()) {
        if (figure.scope != FigureScope::Wave)
            present.insert(seriesKey(figure.teamId, figure.scope));
    }
    const auto has = [&present](qint64 id, FigureScope figureScope) {
        return present.contains(seriesKey(id, figureScope));
    };
    // A line for a team: a department's with all its teams, else the team's own waves.
    const auto lineOf = [&](qint64 id) {
        return TrendSeries{id, scope.hasChildren(id) ? FigureScope::Rollup : FigureScope::Team};
    };

    // The table: each department with all its teams, then its own waves, then its teams; parents first.
    QList<TrendSeries> columns;
    for (const auto &[id, depth] : scope.order) {
        if (scope.hasChildren(id)) {
            if (has(id, FigureScope::Rollup)) {
                columns.append({id, FigureScope::Rollup});
                section->depths.append(depth);
            }
            if (has(id, FigureScope::Team)) {
                columns.append({id, FigureScope::Team});
                section->depths.append(depth + 1);
            }
        } else if (has(id, FigureScope::Team)) {
            columns.append({id, FigureScope::Team});
            section->depths.append(depth);
        }
    }
    if (columns.isEmpty())
        return nullptr;
    section->table = new TrendModel(store, &store);
    section->table->setSeries(columns);
    for (int row = 0; row < section->table->rowCount(); ++row) {
        for (int column = 0; column < section->table->columnCount(); ++column) {
            if (const Figure *figure = section->table->figureAt(row, column)) {
                ++section->figures;
                section->lowestK = section->lowestK ? std::min(section->lowestK, figure->k) : figure->k;
                section->highestK = std::max(section->highestK, figure->k);
                if (section->table->index(row, column).data(TrendModel::SuppressedRole).toBool())
                    ++section->withheld;
            }
        }
    }

    // Charts of at most MaxSeriesPerChart lines: the top of the scope, then each department's teams.
    const auto addCharts = [&](std::vector<ChartSpec> &charts, const QString &heading,
                               const QList<TrendSeries> &candidates) {
        QList<TrendSeries> series;
        for (const TrendSeries &s : candidates) {
            if (has(s.teamId, s.scope))
                series.append(s);
        }
        const int parts = int((series.size() + MaxSeriesPerChart - 1) / MaxSeriesPerChart);
        for (int part = 0; part < parts; ++part) {
            // Balanced: 7 lines make charts of 4 and 3, not of 6 and 1.
            const int from = int(series.size()) * part / parts;
            const int to = int(series.size()) * (part + 1) / parts;
            charts.push_back({parts == 1 ? heading
                                         : InsightsReport::tr("%1 (%2 of %3)", "chart heading, part, parts")
                                               .arg(heading, QLocale().toString(part + 1), QLocale().toString(parts)),
                              series.mid(from, to - from)});
        }
    };
    QList<TrendSeries> top;
    for (qint64 id : scope.roots)
        top.append(lineOf(id));
    bool anyDepartment = false;
    for (qint64 id : scope.roots)
        anyDepartment = anyDepartment || scope.hasChildren(id);
    const QString topHeading =
        scope.rootId > 0 ? (scope.hasChildren(scope.rootId)
                                ? InsightsReport::tr("%1 with all its teams").arg(scope.name(scope.rootId))
                                : scope.name(scope.rootId))
        : anyDepartment  ? InsightsReport::tr("Departments (each with all its teams) and teams of their own")
                         : InsightsReport::tr("Teams");
    addCharts(section->charts, topHeading, top);

    std::vector<ChartSpec> teamCharts;
    for (const auto &[id, depth] : scope.order) {
        if (!scope.hasChildren(id))
            continue;
        QList<TrendSeries> series{{id, FigureScope::Team}}; // the department's own waves, if any
        for (qint64 child : scope.children.value(id))
            series.append(lineOf(child));
        addCharts(teamCharts, InsightsReport::tr("The teams of %1").arg(scope.name(id)), series);
    }
    if (int(teamCharts.size()) > MaxTeamCharts) {
        section->chartsNote = InsightsReport::tr("With this many teams the teams are not charted one by one: the "
                                                 "heatmap below compares them. A report of one department charts "
                                                 "its teams.");
    } else {
        for (ChartSpec &chart : teamCharts)
            section->charts.push_back(std::move(chart));
    }
    return section;
}

// A trend chart styled for paper. Its own legend is hidden: a horizontal QLegend cuts long names short, so the
// report writes the legend itself, wrapping as names need.
void styleForPrint(QChart *chart)
{
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(Qt::white);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setDropShadowEnabled(false);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->legend()->hide();
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(reportFont(8));
        axis->setLabelsColor(Qt::black);
        axis->setTitleFont(reportFont(8.5, true));
        axis->setTitleBrush(Qt::black);
        axis->setLinePenColor(QColor(0x40, 0x40, 0x40));
        axis->setGridLineColor(QColor(0xd0, 0xd0, 0xd0));
    }
    for (QAbstractSeries *series : chart->series()) {
        if (auto *line = qobject_cast<QLineSeries *>(series))
            line->setMarkerSize(2.8); // a radius: a dot about 1.5 mm across
    }
}

// Draws the chart of a view as vectors into `target` (device units of the painter). The scene is laid out in the
// view's pixels and scaled onto the page, so point sizes print as set.
void renderChart(TrendChart &view, QPainter &painter, const QRectF &target)
{
    QChart *chart = view.chart();
    const qreal scale = view.logicalDpiX() / qreal(painter.device()->logicalDpiX());
    const QSizeF size(target.width() * scale, target.height() * scale);
    chart->setGeometry(QRectF(QPointF(0, 0), size));
    if (QGraphicsLayout *layout = chart->layout())
        layout->activate();
    view.scene()->setSceneRect(QRectF(QPointF(0, 0), size));
    view.scene()->render(&painter, target, QRectF(QPointF(0, 0), size), Qt::IgnoreAspectRatio);
}

// Pages of the PDF with a cursor that runs down them; a footer with the page number on each.
class Pages
{
public:
    Pages(QPdfWriter &writer, QString footer, int pageCount)
        : m_writer(writer)
        , m_footer(std::move(footer))
        , m_pageCount(pageCount)
    {}

    bool begin()
    {
        if (!m_painter.begin(&m_writer))
            return false;
        const QRect paint = m_writer.pageLayout().paintRectPixels(m_writer.resolution());
        m_width = paint.width();
        m_height = paint.height();
        m_bottom = m_height - mm(9);
        return true;
    }

    void end()
    {
        drawFooter();
        m_painter.end();
    }

    QPainter &painter() { return m_painter; }
    qreal mm(qreal millimetres) const { return millimetres * m_writer.resolution() / 25.4; }
    qreal width() const { return m_width; }
    qreal y() const { return m_y; }
    void advance(qreal height) { m_y += height; }
    int page() const { return m_page; }
    bool fits(qreal height) const { return m_y + height <= m_bottom; }

    void newPage()
    {
        drawFooter();
        m_writer.newPage();
        ++m_page;
        m_y = 0;
    }

    // A new page unless `height` still fits on this one (or this one is still empty).
    void keep(qreal height)
    {
        if (m_y > 0 && !fits(height))
            newPage();
    }

    qreal textHeight(const QString &text, const QFont &font, qreal width, int flags = Qt::TextWordWrap)
    {
        m_painter.setFont(font);
        return m_painter.boundingRect(QRectF(0, 0, width, 1e6), flags, text).height();
    }

    // A paragraph across the page (from `indent`), with `after` millimetres of space below it.
    void paragraph(const QString &text, const QFont &font, qreal after = 2.5, const QColor &colour = Qt::black,
                   qreal indent = 0)
    {
        const qreal height = textHeight(text, font, m_width - indent);
        keep(height);
        m_painter.setFont(font);
        m_painter.setPen(colour);
        m_painter.drawText(QRectF(indent, m_y, m_width - indent, height), Qt::TextWordWrap, text);
        m_y += height + mm(after);
    }

private:
    void drawFooter()
    {
        const QFont font = reportFont(7.5);
        m_painter.setFont(font);
        m_painter.setPen(QPen(QColor(0x60, 0x60, 0x60), mm(0.2)));
        const qreal top = m_height - mm(6);
        m_painter.drawLine(QPointF(0, top), QPointF(m_width, top));
        const QRectF line(0, top + mm(1), m_width, mm(5));
        m_painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, m_footer);
        const QLocale locale;
        const QString number =
            m_pageCount > 0
                ? InsightsReport::tr("Page %1 of %2").arg(locale.toString(m_page), locale.toString(m_pageCount))
                : InsightsReport::tr("Page %1").arg(locale.toString(m_page));
        m_painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, number);
    }

    QPdfWriter &m_writer;
    QPainter m_painter;
    QString m_footer;
    int m_pageCount = 0;
    int m_page = 1;
    qreal m_y = 0;
    qreal m_width = 0;
    qreal m_height = 0;
    qreal m_bottom = 0;
};

// Lays out and draws the whole report. Run twice: once to count the pages (charts left out), then for real.
class Renderer
{
public:
    Renderer(Pages &pages, const Scope &scope, const std::vector<std::unique_ptr<Section>> &sections, const QDate &date,
             bool drawCharts, const QList<int> &sectionPages)
        : m_pages(pages)
        , m_scope(scope)
        , m_sections(sections)
        , m_date(date)
        , m_drawCharts(drawCharts)
        , m_knownSectionPages(sectionPages)
    {}

    void run()
    {
        front();
        for (const std::unique_ptr<Section> &section : m_sections) {
            m_pages.newPage();
            m_sectionPages.append(m_pages.page());
            instrument(*section);
        }
    }

    const QList<int> &sectionPages() const { return m_sectionPages; }

private:
    QPainter &painter() { return m_pages.painter(); }
    qreal mm(qreal millimetres) const { return m_pages.mm(millimetres); }
    static QString number(int value) { return QLocale().toString(value); }

    void heading(const QString &text, qreal points, qreal keepBelow, qreal before = 3)
    {
        const QFont font = reportFont(points, true);
        const qreal height = m_pages.textHeight(text, font, m_pages.width());
        if (m_pages.y() > 0)
            m_pages.advance(mm(before));
        m_pages.keep(height + mm(1.5) + keepBelow);
        m_pages.paragraph(text, font, 1.5, QColor(0x1a, 0x1a, 0x1a));
    }

    // A label in the left column and its text beside it.
    void fact(const QString &label, const QString &text)
    {
        const QFont labelFont = reportFont(9.5, true);
        const QFont textFont = reportFont(9.5);
        const qreal labelWidth = mm(32);
        const qreal width = m_pages.width() - labelWidth;
        const qreal height =
            std::max(m_pages.textHeight(text, textFont, width), m_pages.textHeight(label, labelFont, labelWidth));
        m_pages.keep(height);
        painter().setPen(Qt::black);
        painter().setFont(labelFont);
        painter().drawText(QRectF(0, m_pages.y(), labelWidth, height), Qt::TextWordWrap, label);
        painter().setFont(textFont);
        painter().drawText(QRectF(labelWidth, m_pages.y(), width, height), Qt::TextWordWrap, text);
        m_pages.advance(height + mm(1.8));
    }

    QString kInWords(int lowest, int highest) const
    {
        if (lowest == highest)
            return InsightsReport::tr("k = %1: a figure is shown only when at least %1 people answered. k is the "
                                      "anonymity threshold, fixed for each survey wave when it was created.")
                .arg(number(highest));
        return InsightsReport::tr("k = %1 to %2, fixed for each survey wave when it was created: a figure is shown "
                                  "only when at least k people answered, where k is the strictest threshold among "
                                  "the waves behind it.")
            .arg(number(lowest), number(highest));
    }

    QString scopeText() const
    {
        if (m_scope.rootId == 0) {
            int departments = 0;
            int teams = 0;
            for (const auto &[id, depth] : m_scope.order)
                ++(m_scope.hasChildren(id) ? departments : teams);
            const QString teamCount = InsightsReport::tr("%Ln team(s)", nullptr, teams);
            if (departments == 0)
                return InsightsReport::tr("The whole organisation: %1.").arg(teamCount);
            return InsightsReport::tr("The whole organisation: %1 and %2.", "departments, teams")
                .arg(InsightsReport::tr("%Ln department(s)", nullptr, departments), teamCount);
        }
        const qint64 root = m_scope.rootId;
        const QString name = m_scope.name(root);
        QStringList below;
        for (const auto &[id, depth] : m_scope.order) {
            if (id != root)
                below.append(m_scope.name(id));
        }
        const qint64 parent = m_scope.nodes.value(root).parentId;
        const QString within =
            m_scope.nodes.contains(parent)
                ? InsightsReport::tr(" (part of %1)", "after a team's name").arg(m_scope.name(parent))
                : QString();
        if (below.isEmpty())
            return InsightsReport::tr("%1%2.", "team, where it belongs").arg(name, within);
        return InsightsReport::tr("%1%2 with the teams below it: %3.", "team, where it belongs, its teams")
            .arg(name, within, QLocale().createSeparatedList(below));
    }

    void front()
    {
        m_pages.paragraph(InsightsReport::tr("Survey insights"), reportFont(22, true), 1);
        m_pages.paragraph(InsightsReport::tr("Team psychological safety and health by quarter, for HR"), reportFont(11),
                          6, QColor(0x40, 0x40, 0x40));

        int lowest = 0;
        int highest = 0;
        int figures = 0;
        int withheld = 0;
        QStringList instruments;
        for (const std::unique_ptr<Section> &section : m_sections) {
            lowest = lowest ? std::min(lowest, section->lowestK) : section->lowestK;
            highest = std::max(highest, section->highestK);
            figures += section->figures;
            withheld += section->withheld;
            instruments.append(section->title);
        }
        fact(InsightsReport::tr("Scope"), scopeText());
        fact(InsightsReport::tr("Prepared"), QLocale().toString(m_date, QLocale::LongFormat));
        fact(InsightsReport::tr("Instruments"), QLocale().createSeparatedList(instruments));
        fact(InsightsReport::tr("Anonymity"), kInWords(lowest, highest));

        heading(InsightsReport::tr("How to read this report"), 13, mm(15), 4);
        m_pages.paragraph(
            InsightsReport::tr("Each figure is the mean score of a group's answers in one calendar quarter: a team's "
                               "own survey waves, or a department's together with all the teams below it. Scores run "
                               "from 1, the least favourable answer, to the top of the instrument's scale; negatively "
                               "worded statements are turned round before they count. No single person's answer "
                               "appears anywhere in this report."),
            reportFont(9.5));

        heading(InsightsReport::tr("What is withheld and why"), 13, mm(15), 4);
        m_pages.paragraph(
            InsightsReport::tr("A figure is withheld for one of two reasons. Too few answers: fewer than k people "
                               "answered, so the figure would come too close to individuals. Complementary "
                               "suppression: the figure would let a withheld one be worked out. When a department's "
                               "figure and all but one of its teams' figures are shown, for example, the last team's "
                               "figure follows by subtraction, so one more figure of that department is withheld "
                               "too. The report does not say which reason applies to which figure, since that too "
                               "would say something about a small group."),
            reportFont(9.5));
        const QString withheldSample = AnonymityPolicy::withheldText(highest);
        m_pages.paragraph(InsightsReport::tr("A withheld figure reads “%1” in the tables and leaves a gap in its chart "
                                             "line. No number behind it, neither its score nor how many people "
                                             "answered, is written anywhere in this file.")
                              .arg(withheldSample),
                          reportFont(9.5));
        QString counts;
        if (withheld == 0)
            counts = InsightsReport::tr("No figure in this report had to be withheld (%Ln figure(s) in all).", nullptr,
                                        figures);
        else
            counts = InsightsReport::tr("Withheld: %Ln of the %1 figures in this report.", nullptr, withheld)
                         .arg(number(figures));
        m_pages.paragraph(counts, reportFont(9.5, true));
        for (const std::unique_ptr<Section> &section : m_sections) {
            m_pages.paragraph(InsightsReport::tr("%1: %Ln of %2 withheld.", "instrument, withheld figures, all figures",
                                                 section->withheld)
                                  .arg(section->title, number(section->figures)),
                              reportFont(9.5), 1, Qt::black, mm(5));
        }

        heading(InsightsReport::tr("Contents"), 13, mm(12), 6);
        const QFont font = reportFont(9.5);
        for (size_t i = 0; i < m_sections.size(); ++i) {
            const qreal height = m_pages.textHeight(m_sections[i]->title, font, m_pages.width());
            m_pages.keep(height);
            painter().setFont(font);
            painter().setPen(Qt::black);
            const QRectF line(0, m_pages.y(), m_pages.width(), height);
            painter().drawText(line, Qt::AlignLeft, m_sections[i]->title);
            const int page = m_knownSectionPages.value(int(i));
            painter().drawText(line, Qt::AlignRight,
                               page > 0 ? InsightsReport::tr("page %1").arg(number(page)) : QString());
            m_pages.advance(height + mm(1.2));
        }
    }

    void instrument(const Section &section)
    {
        const TrendModel &table = *section.table;
        m_pages.paragraph(section.title, reportFont(17, true), 1.5);
        const QString first = FigureStore::periodLabel(table.periodAt(0));
        const QString last = FigureStore::periodLabel(table.periodAt(table.rowCount() - 1));
        m_pages.paragraph(
            InsightsReport::tr("%1 to %2. Mean scores from 1 (least favourable) to %3 (most favourable). %4")
                .arg(first, last, number(section.scalePoints),
                     InsightsReport::tr("%Ln of %1 figures withheld.", nullptr, section.withheld)
                         .arg(number(section.figures))),
            reportFont(9.5), 2, QColor(0x30, 0x30, 0x30));

        for (const ChartSpec &chart : section.charts)
            trendChart(*section.store, chart);
        if (!section.chartsNote.isEmpty())
            m_pages.paragraph(section.chartsNote, reportFont(9, false, true), 2);
        heatmap(section);
    }

    void trendChart(FigureStore &store, const ChartSpec &spec)
    {
        TrendModel model(store);
        model.setSeries(spec.series);
        TrendChart view;
        view.setModel(&model);
        styleForPrint(view.chart());
        // The legend: each line's name beside a piece of it, in the pen it is drawn with.
        QList<QPair<QString, QPen>> entries;
        for (int column = 0; column < model.columnCount(); ++column) {
            const QList<QLineSeries *> segments = view.segments(column);
            if (!segments.isEmpty())
                entries.append({model.seriesName(column), segments.constFirst()->pen()});
        }
        const QString gapNote = view.gapNote();
        const QFont noteFont = reportFont(8, false, true);
        const qreal noteHeight = gapNote.isEmpty() ? 0 : m_pages.textHeight(gapNote, noteFont, m_pages.width());
        const qreal legendHeight = legend(entries, false);
        const qreal chartHeight = mm(ChartHeightMm);
        heading(spec.heading, 11.5, chartHeight + legendHeight + noteHeight, 4);
        if (m_drawCharts)
            renderChart(view, painter(), QRectF(0, m_pages.y(), m_pages.width(), chartHeight));
        m_pages.advance(chartHeight + mm(1));
        m_pages.advance(legend(entries, true) + mm(1.5));
        if (!gapNote.isEmpty())
            m_pages.paragraph(gapNote, noteFont, 2, QColor(0x30, 0x30, 0x30));
    }

    // Lays out (and with draw, draws) a chart's legend below the cursor in centred rows; returns its height.
    qreal legend(const QList<QPair<QString, QPen>> &entries, bool draw)
    {
        const QFont font = reportFont(8);
        const QFontMetricsF metrics(font, painter().device());
        const qreal swatch = mm(7);
        const qreal gap = mm(1.5);
        const qreal spacing = mm(5);
        const qreal lineHeight = metrics.height() + mm(1);
        // Rows of entries that fit the width.
        QList<QList<int>> rows(1);
        QList<qreal> widths(1, 0);
        for (int i = 0; i < entries.size(); ++i) {
            const qreal width =
                swatch + gap + std::min(metrics.horizontalAdvance(entries.at(i).first), m_pages.width() - swatch - gap);
            if (!rows.last().isEmpty() && widths.last() + spacing + width > m_pages.width()) {
                rows.append(QList<int>());
                widths.append(0);
            }
            widths.last() += (rows.last().isEmpty() ? 0 : spacing) + width;
            rows.last().append(i);
        }
        if (!draw)
            return rows.size() * lineHeight;
        painter().setFont(font);
        qreal y = m_pages.y();
        for (int r = 0; r < rows.size(); ++r) {
            qreal x = (m_pages.width() - widths.at(r)) / 2;
            for (int i : rows.at(r)) {
                QPen pen = entries.at(i).second;
                // The chart's pen is in the view's pixels; on paper a line of the same weight.
                pen.setWidthF(mm(0.66));
                painter().setPen(pen);
                const qreal middle = y + lineHeight / 2;
                painter().drawLine(QPointF(x, middle), QPointF(x + swatch, middle));
                painter().setPen(Qt::NoPen);
                painter().setBrush(pen.color());
                painter().drawEllipse(QPointF(x + swatch / 2, middle), mm(0.75), mm(0.75));
                painter().setBrush(Qt::NoBrush);
                painter().setPen(Qt::black);
                const qreal textWidth =
                    std::min(metrics.horizontalAdvance(entries.at(i).first), m_pages.width() - swatch - gap);
                painter().drawText(QRectF(x + swatch + gap, y, textWidth + mm(0.5), lineHeight),
                                   Qt::AlignLeft | Qt::AlignVCenter, entries.at(i).first);
                x += swatch + gap + textWidth + spacing;
            }
            y += lineHeight;
        }
        return rows.size() * lineHeight;
    }

    // Teams by quarter: the overall mean with how many answered, coloured on the heatmap's scale.
    void heatmap(const Section &section)
    {
        const TrendModel &table = *section.table;
        const int quarters = table.rowCount();
        const int teams = table.columnCount();
        const QFont nameFont = reportFont(8);
        const QFont rollupFont = reportFont(8, true);
        const QFont headerFont = reportFont(7.5, true);
        const QFont scoreFont = reportFont(8.5, true);
        const QFont countFont = reportFont(6.5);
        const QFont withheldFont = reportFont(6.5, false, true);
        const qreal pad = mm(1.2);
        const qreal indent = mm(3);

        qreal nameWidth = mm(28);
        for (int column = 0; column < teams; ++column) {
            const bool rollup = table.series().at(column).scope == FigureScope::Rollup;
            const qreal width = QFontMetricsF(rollup ? rollupFont : nameFont, painter().device())
                                    .horizontalAdvance(table.seriesName(column));
            nameWidth = std::max(nameWidth, width + section.depths.value(column) * indent + 2 * pad + mm(1.5));
        }
        nameWidth = std::min(nameWidth, mm(62));
        const qreal minimumCell = mm(15.5);
        const int fit = std::max(1, int((m_pages.width() - nameWidth) / minimumCell));
        const int chunks = (quarters + fit - 1) / fit;
        const int perChunk = (quarters + chunks - 1) / chunks;
        const qreal cellWidth = std::min((m_pages.width() - nameWidth) / perChunk, mm(24));
        const qreal headerHeight = mm(6);
        const qreal rowHeight = mm(8.5);

        heading(InsightsReport::tr("Heatmap: mean score by team and quarter"), 11.5,
                headerHeight + 3 * rowHeight + mm(6), 5);
        for (int chunk = 0; chunk < chunks; ++chunk) {
            const int from = chunk * perChunk;
            const int to = std::min(quarters, from + perChunk);
            const QString caption = InsightsReport::tr("%1 to %2", "first and last quarter")
                                        .arg(FigureStore::periodLabel(table.periodAt(from)),
                                             FigureStore::periodLabel(table.periodAt(to - 1)));
            const auto header = [&](bool continued) {
                m_pages.paragraph(continued ? InsightsReport::tr("%1 (continued)").arg(caption) : caption,
                                  reportFont(8.5, true), 1, QColor(0x30, 0x30, 0x30));
                const qreal y = m_pages.y();
                painter().setFont(headerFont);
                painter().setPen(Qt::black);
                painter().drawText(QRectF(pad, y, nameWidth - 2 * pad, headerHeight), Qt::AlignLeft | Qt::AlignVCenter,
                                   InsightsReport::tr("Team"));
                for (int row = from; row < to; ++row) {
                    const QRectF cell(nameWidth + (row - from) * cellWidth, y, cellWidth, headerHeight);
                    painter().drawText(cell, Qt::AlignCenter, FigureStore::periodLabel(table.periodAt(row)));
                }
                painter().setPen(QPen(Qt::black, mm(0.25)));
                painter().drawLine(QPointF(0, y + headerHeight),
                                   QPointF(nameWidth + (to - from) * cellWidth, y + headerHeight));
                m_pages.advance(headerHeight);
            };
            if (chunk > 0)
                m_pages.advance(mm(3));
            m_pages.keep(mm(6) + headerHeight + std::min(teams, 3) * rowHeight);
            header(false);
            for (int column = 0; column < teams; ++column) {
                if (!m_pages.fits(rowHeight)) {
                    m_pages.newPage();
                    header(true);
                }
                const qreal y = m_pages.y();
                const bool rollup = table.series().at(column).scope == FigureScope::Rollup;
                const qreal left = pad + section.depths.value(column) * indent;
                painter().setFont(rollup ? rollupFont : nameFont);
                painter().setPen(Qt::black);
                painter().drawText(QRectF(left, y, nameWidth - left - pad, rowHeight),
                                   Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, table.seriesName(column));
                for (int row = from; row < to; ++row) {
                    const QRectF cell(nameWidth + (row - from) * cellWidth, y, cellWidth, rowHeight);
                    drawCell(table.index(row, column), cell.adjusted(mm(0.3), mm(0.3), -mm(0.3), -mm(0.3)),
                             section.scalePoints, scoreFont, countFont, withheldFont);
                }
                painter().setPen(QPen(QColor(0xc8, 0xc8, 0xc8), mm(0.15)));
                painter().drawLine(QPointF(0, y + rowHeight),
                                   QPointF(nameWidth + (to - from) * cellWidth, y + rowHeight));
                m_pages.advance(rowHeight);
            }
        }
        m_pages.advance(mm(3));
        heatmapKey(section, scoreFont, withheldFont);
    }

    void drawCell(const QModelIndex &index, const QRectF &cell, int scalePoints, const QFont &scoreFont,
                  const QFont &countFont, const QFont &withheldFont)
    {
        QPainter &p = painter();
        const QVariant mean = index.data(TrendModel::MeanRole);
        if (mean.isValid()) {
            const QColor background = HeatmapModel::colourFor(mean.toDouble(), scalePoints);
            p.fillRect(cell, background);
            p.setPen(HeatmapModel::textColourOn(background));
            const QRectF upper(cell.left(), cell.top(), cell.width(), cell.height() * 0.58);
            const QRectF lower(cell.left(), upper.bottom(), cell.width(), cell.height() - upper.height());
            p.setFont(scoreFont);
            p.drawText(upper, Qt::AlignHCenter | Qt::AlignBottom, FigureStore::formatScore(mean.toDouble()));
            p.setFont(countFont);
            p.drawText(lower, Qt::AlignHCenter | Qt::AlignTop,
                       InsightsReport::tr("n = %1", "how many people answered")
                           .arg(number(index.data(TrendModel::RespondentsRole).toInt())));
        } else if (index.data(TrendModel::SuppressedRole).toBool()) {
            // The model's own text for it: "Withheld (k = 5)", and nothing else.
            p.fillRect(cell, QColor(0xee, 0xee, 0xee));
            p.setPen(QColor(0x33, 0x33, 0x33));
            p.setFont(withheldFont);
            p.drawText(cell, Qt::AlignCenter | Qt::TextWordWrap, unbroken(index.data(Qt::DisplayRole).toString()));
        } else {
            p.setPen(QColor(0x80, 0x80, 0x80));
            p.setFont(scoreFont);
            p.drawText(cell, Qt::AlignCenter, QStringLiteral("–"));
        }
    }

    void heatmapKey(const Section &section, const QFont &scoreFont, const QFont &withheldFont)
    {
        const int points = std::max(section.scalePoints, 2);
        const qreal swatch = mm(7);
        const qreal height = mm(5.5);
        const QFont textFont = reportFont(8);
        const QString explanation = AnonymityPolicy::withheldExplanation(section.highestK);
        const qreal explanationHeight = m_pages.textHeight(explanation, textFont, m_pages.width() - mm(22));
        m_pages.keep(height * 2 + explanationHeight + mm(14));

        // The colour scale, 1 to n.
        qreal y = m_pages.y();
        painter().setFont(textFont);
        painter().setPen(Qt::black);
        const QString low = InsightsReport::tr("Least favourable");
        const qreal lowWidth = QFontMetricsF(textFont, painter().device()).horizontalAdvance(low) + mm(2);
        painter().drawText(QRectF(0, y, lowWidth, height), Qt::AlignLeft | Qt::AlignVCenter, low);
        for (int value = 1; value <= points; ++value) {
            const QRectF box(lowWidth + (value - 1) * swatch, y, swatch, height);
            const QColor colour = HeatmapModel::colourFor(value, points);
            painter().fillRect(box, colour);
            painter().setPen(HeatmapModel::textColourOn(colour));
            painter().setFont(scoreFont);
            painter().drawText(box, Qt::AlignCenter, number(value));
        }
        painter().setPen(Qt::black);
        painter().setFont(textFont);
        painter().drawText(QRectF(lowWidth + points * swatch + mm(2), y, m_pages.width(), height),
                           Qt::AlignLeft | Qt::AlignVCenter, InsightsReport::tr("Most favourable"));
        m_pages.advance(height + mm(2));

        // A withheld cell, and a quarter without a survey.
        y = m_pages.y();
        const qreal sample = mm(20);
        const qreal sampleHeight = std::max(height, explanationHeight);
        painter().fillRect(QRectF(0, y, sample, sampleHeight), QColor(0xee, 0xee, 0xee));
        painter().setPen(QColor(0x33, 0x33, 0x33));
        painter().setFont(withheldFont);
        painter().drawText(QRectF(0, y, sample, sampleHeight), Qt::AlignCenter | Qt::TextWordWrap,
                           unbroken(AnonymityPolicy::withheldText(section.highestK)));
        painter().setPen(Qt::black);
        painter().setFont(textFont);
        painter().drawText(QRectF(sample + mm(2), y, m_pages.width() - sample - mm(2), sampleHeight),
                           Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, explanation);
        m_pages.advance(sampleHeight + mm(1.5));
        y = m_pages.y();
        painter().setPen(QColor(0x80, 0x80, 0x80));
        painter().setFont(textFont);
        painter().drawText(QRectF(0, y, sample, height), Qt::AlignCenter, QStringLiteral("–"));
        painter().setPen(Qt::black);
        painter().setFont(textFont);
        painter().drawText(QRectF(sample + mm(2), y, m_pages.width() - sample - mm(2), height),
                           Qt::AlignLeft | Qt::AlignVCenter, InsightsReport::tr("No survey in that quarter."));
        m_pages.advance(height + mm(2));
        m_pages.paragraph(InsightsReport::tr("Each cell is the mean score of the quarter, with n, the number of people "
                                             "who answered. A department's row in bold counts all its teams."),
                          textFont, 2);
    }

    Pages &m_pages;
    const Scope &m_scope;
    const std::vector<std::unique_ptr<Section>> &m_sections;
    QDate m_date;
    bool m_drawCharts;
    QList<int> m_knownSectionPages;
    QList<int> m_sectionPages;
};

void setUp(QPdfWriter &writer, const InsightsReport::Options &options, const QString &title)
{
    writer.setResolution(Resolution);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Candor"));
    const QPageSize size(options.pageSize == QPageSize::Letter ? QPageSize::Letter : QPageSize::A4);
    writer.setPageLayout(QPageLayout(size, QPageLayout::Portrait, QMarginsF(18, 16, 18, 12), QPageLayout::Millimeter));
}

// What the report shows, gathered before anything is drawn.
struct Contents
{
    Scope scope;
    QString scopeName;
    std::vector<std::unique_ptr<Section>> sections;
};

Status prepare(SurveyRepository &surveys, const InsightsReport::Options &options, Contents *contents)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return Status::failure(InsightsReport::tr("The insights report draws its charts with Qt Widgets: make it "
                                                  "from Candor or with candor-cli insights-report."));
    contents->scope = scopeOf(surveys.teamNodes(), options.teamId);
    const Scope &scope = contents->scope;
    if (options.teamId > 0 && !scope.nodes.contains(options.teamId))
        return Status::failure(
            InsightsReport::tr("The team of the report no longer exists. Choose another team and try again."));
    contents->scopeName = options.teamId > 0 ? scope.name(options.teamId) : InsightsReport::tr("the organisation");
    for (const Instrument &instrument : surveys.instruments()) {
        if (std::unique_ptr<Section> section = sectionOf(surveys, instrument, scope))
            contents->sections.push_back(std::move(section));
    }
    if (contents->sections.empty())
        return Status::failure(InsightsReport::tr("There are no survey results for %1 yet, so there is nothing to "
                                                  "report. Run a survey wave first.")
                                   .arg(contents->scopeName));
    return {};
}

Status render(const Contents &contents, const InsightsReport::Options &options, QIODevice &device)
{
    const QDate date = options.date.isValid() ? options.date : QDate::currentDate();
    const QString title = options.teamId > 0 ? InsightsReport::tr("Survey insights: %1").arg(contents.scopeName)
                                             : InsightsReport::tr("Survey insights");
    const QString footer =
        InsightsReport::tr("Candor · %1 · %2", "footer: title, date").arg(title, QLocale().toString(date));

    // A first run without the charts counts the pages, for "Page 2 of 9" and the contents.
    int pageCount = 0;
    QList<int> sectionPages;
    {
        QBuffer draft;
        draft.open(QIODevice::WriteOnly);
        QPdfWriter writer(&draft);
        setUp(writer, options, title);
        Pages pages(writer, footer, 0);
        if (!pages.begin())
            return Status::failure(InsightsReport::tr("The PDF could not be started."));
        Renderer renderer(pages, contents.scope, contents.sections, date, false, {});
        renderer.run();
        pageCount = pages.page();
        sectionPages = renderer.sectionPages();
        pages.end();
    }
    QPdfWriter writer(&device);
    setUp(writer, options, title);
    Pages pages(writer, footer, pageCount);
    if (!pages.begin())
        return Status::failure(InsightsReport::tr("The PDF could not be started: %1").arg(device.errorString()));
    Renderer renderer(pages, contents.scope, contents.sections, date, true, sectionPages);
    renderer.run();
    pages.end();
    return {};
}

} // namespace

QPageSize::PageSizeId InsightsReport::defaultPageSize(const QLocale &locale)
{
    return locale.measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4;
}

QString InsightsReport::suggestedFileName(const QString &scopeName, const QDate &date)
{
    QString name =
        scopeName.isEmpty()
            ? tr("Insights report, %1.pdf", "file name: ISO date").arg(date.toString(Qt::ISODate))
            : tr("Insights report, %1, %2.pdf", "file name: team, ISO date").arg(scopeName, date.toString(Qt::ISODate));
    // Characters that some file systems refuse.
    static const QRegularExpression unsafe(QStringLiteral(R"([/\\:*?"<>|\x00-\x1f])"));
    return name.replace(unsafe, QStringLiteral("-"));
}

Status InsightsReport::save(SurveyRepository &surveys, const Options &options, const QString &path)
{
    // Everything that can go wrong with the figures is found before the file is created.
    Contents contents;
    if (const Status prepared = prepare(surveys, options, &contents); !prepared)
        return prepared;
    return SaveFile::write(path, [&](QIODevice &device, QString *error) {
        const Status written = render(contents, options, device);
        if (!written)
            *error = written.error();
        return written.ok();
    });
}

Status InsightsReport::write(SurveyRepository &surveys, const Options &options, QIODevice &device)
{
    Contents contents;
    if (const Status prepared = prepare(surveys, options, &contents); !prepared)
        return prepared;
    return render(contents, options, device);
}

} // namespace candor
