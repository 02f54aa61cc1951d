#include "InProcess.h"

#include "Report.h"

#include "actions/ActionItemsArea.h"
#include "insights/InsightsArea.h"
#include "insights/TrendChart.h"
#include "item/ActionItemsModel.h"
#include "item/FigureStore.h"
#include "item/HeatmapModel.h"
#include "item/IncidentTableModel.h"
#include "item/TeamTreeModel.h"
#include "item/TrendModel.h"
#include "postmortem/SessionsArea.h"
#include "storage/Database.h"
#include "storage/IncidentRepository.h"
#include "storage/PostmortemRepository.h"
#include "storage/SurveyRepository.h"
#include "storage/TeamRepository.h"
#include "undo/SessionEdits.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QHeaderView>
#include <QLineSeries>
#include <QPointer>
#include <QScrollBar>
#include <QSqlQuery>
#include <QTableView>
#include <QTextStream>
#include <QTimer>
#include <QUndoStack>

#include <functional>
#include <memory>

namespace candor::bench {

QStringList searchTexts()
{
    return {QStringLiteral("latency"), QStringLiteral("db"), QStringLiteral("d")};
}

namespace {

void progress(const QString &message)
{
    QTextStream(stderr) << QStringLiteral("candor-bench: ") << message << Qt::endl;
}

// Processes events until the condition holds or the time is up; true when it holds.
bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    QTimer tick; // wakes the loop while waiting for a condition that no event announces
    tick.start(5);
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

// Counts the paint events of a widget.
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget *widget)
        : m_widget(widget)
    {
        widget->installEventFilter(this);
    }
    ~PaintCounter() override
    {
        if (m_widget)
            m_widget->removeEventFilter(this);
    }
    int count() const { return m_count; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_widget && event->type() == QEvent::Paint)
            ++m_count;
        return false;
    }

private:
    QPointer<QWidget> m_widget;
    int m_count = 0;
};

// Shows a top-level widget and waits for its first paint, then for the loop to be idle once (a zero-timer), as the
// start-up measurement does. False when it did not paint within ten seconds.
bool showAndWaitForPaint(QWidget *widget)
{
    PaintCounter painted(widget);
    widget->resize(1200, 800);
    widget->show();
    if (!waitUntil([&painted]() { return painted.count() > 0; }, 10000))
        return false;
    bool idle = false;
    QTimer::singleShot(0, widget, [&idle]() { idle = true; });
    return waitUntil([&idle]() { return idle; }, 10000);
}

// What the composition root builds before any area (app/main.cpp, AppContext in views/MainWindow.h).
struct Workspace
{
    explicit Workspace(Database &database)
        : teams(database)
        , incidents(database)
        , postmortems(database)
        , surveys(database)
        , teamModel(teams)
        , sessionEdits(undoStack, postmortems)
    {}
    TeamRepository teams;
    IncidentRepository incidents;
    PostmortemRepository postmortems;
    SurveyRepository surveys;
    TeamTreeModel teamModel;
    QUndoStack undoStack;
    SessionEdits sessionEdits;
};

// The first column of the first row (invalid when there is none); the query is finished, leaving no read open.
QVariant firstValue(Database &database, const QString &statement)
{
    QSqlQuery q(database.connection());
    QVariant value;
    if (q.exec(statement) && q.next())
        value = q.value(0);
    q.finish();
    return value;
}

// e. The incident list in a table view: open, scroll to the end, and how many rows it held.
void incidentListFigures(Database &database, Workspace &workspace, int runs, Report &report)
{
    progress(QStringLiteral("incident list"));
    QList<double> opens, scrolls;
    int cached = 0;
    int total = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        IncidentTableModel model(workspace.incidents, workspace.teams);
        QTableView view;
        view.setModel(&model);
        if (!showAndWaitForPaint(&view)) {
            report.failed(QStringLiteral("list.open"), QStringLiteral("incident list: open"),
                          QStringLiteral("never painted"), QStringLiteral("<= 100 ms"));
            return;
        }
        opens.append(timer.nsecsElapsed() / 1e9);

        PaintCounter painted(view.viewport());
        timer.restart();
        view.scrollToBottom();
        if (!waitUntil([&painted]() { return painted.count() > 0; }, 10000)) {
            report.failed(QStringLiteral("list.scroll"), QStringLiteral("incident list: scroll to the end"),
                          QStringLiteral("never painted"), QStringLiteral("<= 100 ms"));
            return;
        }
        scrolls.append(timer.nsecsElapsed() / 1e9);
        cached = model.cachedRowCount();
        total = model.rowCount();
    }
    const int stored = firstValue(database, QStringLiteral("SELECT count(*) FROM incident")).toInt();
    const Stats open = Stats::of(opens);
    const Stats scroll = Stats::of(scrolls);
    report.within(QStringLiteral("list.open"), QStringLiteral("incident list: open (model + view + paint)"),
                  Report::durations(open), QStringLiteral("<= 100 ms"), open.median <= 0.100);
    report.within(QStringLiteral("list.scroll"), QStringLiteral("incident list: scroll to the end + paint"),
                  Report::durations(scroll), QStringLiteral("<= 100 ms"), scroll.median <= 0.100);
    // Never every row: at most the model's page cache (a list shorter than that may be held whole).
    const int bound = IncidentTableModel::PageSize * IncidentTableModel::MaxCachedPages;
    report.within(QStringLiteral("list.cached"), QStringLiteral("incident list: rows held at the end"),
                  QStringLiteral("%1 of %2 rows (%3 incidents stored)").arg(cached).arg(total).arg(stored),
                  QStringLiteral("<= %1, < all").arg(bound),
                  total > 0 && total == stored && cached <= bound && (cached < total || total <= bound));
}

// d (in process). IncidentRepository::search as `candor-cli search` calls it: the best 20 incidents with snippets.
void searchFigures(Workspace &workspace, int runs, Report &report)
{
    progress(QStringLiteral("IncidentRepository::search"));
    constexpr int limit = 20; // the CLI's default
    for (const QString &text : searchTexts()) {
        const QString id = QStringLiteral("search.repo.") + text;
        const QString name = QStringLiteral("IncidentRepository::search(\"%1\", 20)").arg(text);
        QList<double> times;
        qsizetype hits = 0;
        for (int i = 0; i < runs + 1; ++i) {
            QElapsedTimer timer;
            timer.start();
            const Result<QList<IncidentSearchHit>> found = workspace.incidents.search(text, 0, limit);
            const double seconds = timer.nsecsElapsed() / 1e9;
            if (!found) {
                report.failed(id, name, found.error(), QStringLiteral("<= 20 ms"));
                return;
            }
            hits = found->size();
            if (i > 0) // the first one also reads the index's pages from disk
                times.append(seconds);
        }
        const Stats stats = Stats::of(times);
        report.within(id, name, QStringLiteral("%1, %2 hits").arg(Report::durations(stats)).arg(hits),
                      QStringLiteral("<= 20 ms"), stats.median <= 0.020 && hits > 0);
    }
}

// d (in the list). What typing in the incident list's search box costs: the filter set on the list's model, its
// count and first page read, as the view asks for them. The filter's text field is what the box sets.
void searchListFigures(Workspace &workspace, int runs, Report &report)
{
    progress(QStringLiteral("search in the incident list"));
    IncidentTableModel model(workspace.incidents, workspace.teams);
    for (const QString &text : searchTexts()) {
        const QString id = QStringLiteral("search.list.") + text;
        const QString name = QStringLiteral("list search \"%1\": count + first page").arg(text);
        QList<double> times;
        int matches = 0;
        for (int i = 0; i < runs + 1; ++i) {
            model.setFilter({}); // every search starts from the unfiltered list, as after clearing the box
            model.rowCount();
            IncidentFilter filter;
            filter.text = text;
            QElapsedTimer timer;
            timer.start();
            model.setFilter(filter);
            matches = model.rowCount();
            for (int row = 0; row < std::min(matches, 40); ++row)
                model.data(model.index(row, IncidentTableModel::TitleColumn));
            if (i > 0)
                times.append(timer.nsecsElapsed() / 1e9);
        }
        const Stats stats = Stats::of(times);
        report.within(id, name, QStringLiteral("%1, %2 matches").arg(Report::durations(stats)).arg(matches),
                      QStringLiteral("<= 20 ms"), stats.median <= 0.020);
    }
}

// f. An area built as MainWindow builds it, shown, painted; then filled when its data comes in the background.
// The builders are kept small: they follow the areas' constructors.
struct Area
{
    QString id;
    QString name;
    // Builds the area (and the models it owns in the app) as children of a holder widget it returns.
    std::function<QWidget *(Workspace &)> build;
    // True once the area shows its data.
    std::function<bool(QWidget *)> filled;
};

QList<Area> areas()
{
    return {
        {QStringLiteral("area.actions"), QStringLiteral("Action items area"),
         [](Workspace &w) -> QWidget * {
             ActionFilter open;
             open.openOnly = true;
             auto *model = new ActionItemsModel(w.postmortems, w.sessionEdits, open);
             auto *area = new ActionItemsArea(*model, w.teamModel, w.sessionEdits);
             model->setParent(area);
             return area;
         },
         [](QWidget *widget) {
             const auto *area = static_cast<ActionItemsArea *>(widget);
             return area->view()->model() && area->view()->model()->rowCount() > 0;
         }},
        {QStringLiteral("area.sessions"), QStringLiteral("Sessions area"),
         [](Workspace &w) -> QWidget * {
             auto *model = new SessionTableModel(w.postmortems);
             auto *area = new SessionsArea(*model, w.postmortems, w.teamModel);
             model->setParent(area);
             return area;
         },
         [](QWidget *widget) {
             const auto *area = static_cast<SessionsArea *>(widget);
             return area->view()->model() && area->view()->model()->rowCount() > 0;
         }},
        {QStringLiteral("area.insights"), QStringLiteral("Insights area"),
         [](Workspace &w) -> QWidget * { return new InsightsArea(w.surveys, w.incidents, w.teamModel); },
         [](QWidget *widget) {
             const auto *area = static_cast<InsightsArea *>(widget);
             return area->trendModel().rowCount() > 0 || area->heatmapModel().rowCount() > 0;
         }},
    };
}

void areaFigures(Workspace &workspace, int runs, Report &report)
{
    for (const Area &area : areas()) {
        progress(area.name);
        QList<double> opens, fills;
        QString problem;
        for (int i = 0; i < runs && problem.isEmpty(); ++i) {
            QElapsedTimer timer;
            timer.start();
            std::unique_ptr<QWidget> widget(area.build(workspace));
            if (!showAndWaitForPaint(widget.get())) {
                problem = QStringLiteral("never painted");
                break;
            }
            opens.append(timer.nsecsElapsed() / 1e9);
            QWidget *shown = widget.get();
            if (!waitUntil([&area, shown]() { return area.filled(shown); }, 30000))
                problem = QStringLiteral("showed no data within 30 s");
            fills.append(timer.nsecsElapsed() / 1e9);
        }
        if (!problem.isEmpty()) {
            report.failed(area.id, area.name + QStringLiteral(": open"), problem, QStringLiteral("<= 100 ms"));
            continue;
        }
        const Stats open = Stats::of(opens);
        const Stats filled = Stats::of(fills);
        report.within(area.id, area.name + QStringLiteral(": open (build + first paint)"), Report::durations(open),
                      QStringLiteral("<= 100 ms"), open.median <= 0.100);
        // A loading state must fill "within a blink": 400 ms at most.
        report.within(area.id + QStringLiteral(".filled"), area.name + QStringLiteral(": showing its data"),
                      Report::durations(filled), QStringLiteral("<= 400 ms"), filled.median <= 0.400);
    }
}

// h. A comparison of 20 teams in the trend chart: set the series, redraw, grab.
void chartFigures(Workspace &workspace, int runs, Report &report)
{
    progress(QStringLiteral("20-team comparison chart"));
    const QString id = QStringLiteral("chart.compare20");
    const QString name = QStringLiteral("trend chart, 20 teams: fill + grab()");
    const QList<SurveyWaveRow> waves = workspace.surveys.waves();
    if (waves.isEmpty()) {
        report.failed(id, name, QStringLiteral("the database has no survey waves"), QStringLiteral("<= 100 ms"));
        return;
    }
    FigureStore store(workspace.surveys);
    store.setInstrumentKey(waves.constFirst().instrumentKey);
    if (!waitUntil([&store]() { return !store.figures().empty(); }, 60000)) {
        report.failed(id, name, QStringLiteral("no figures after 60 s"), QStringLiteral("<= 100 ms"));
        return;
    }
    // Two sets of 20 teams with figures (different ones when there are 40), alternated so every fill is a change.
    QList<TrendSeries> teams;
    for (const candor::Figure &figure : store.figures()) {
        const TrendSeries series{figure.teamId, FigureScope::Team};
        if (figure.scope == FigureScope::Team && !figure.suppressed && !teams.contains(series))
            teams.append(series);
        if (teams.size() == 40)
            break;
    }
    if (teams.size() < 2) {
        report.failed(id, name, QStringLiteral("fewer than 2 teams with figures"), QStringLiteral("<= 100 ms"));
        return;
    }
    const int compared = int(std::min<qsizetype>(20, teams.size() - 1));
    const QList<QList<TrendSeries>> sets = {teams.mid(0, compared), teams.mid(teams.size() - compared)};
    TrendModel model(store);
    TrendChart chart;
    chart.setModel(&model);
    chart.resize(1000, 600);
    bool redrawn = false;
    QObject::connect(&chart, &TrendChart::redrawn, &chart, [&redrawn]() { redrawn = true; });
    QList<double> times;
    int points = 0;
    for (int i = 0; i < runs + 1; ++i) {
        QElapsedTimer timer;
        timer.start();
        redrawn = false;
        model.setSeries(sets.at(i % 2));
        if (!waitUntil([&redrawn]() { return redrawn; }, 10000)) {
            report.failed(id, name, QStringLiteral("the chart did not redraw"), QStringLiteral("<= 100 ms"));
            return;
        }
        const QPixmap pixmap = chart.grab();
        if (i > 0) // the first one also lays the chart out
            times.append(timer.nsecsElapsed() / 1e9);
        points = 0;
        for (int column = 0; column < model.columnCount(); ++column) {
            for (QLineSeries *segment : chart.segments(column))
                points += int(segment->count());
        }
        if (pixmap.isNull()) {
            report.failed(id, name, QStringLiteral("grab() gave no image"), QStringLiteral("<= 100 ms"));
            return;
        }
    }
    const Stats stats = Stats::of(times);
    report.within(id, name,
                  QStringLiteral("%1, %2 teams, %3 points").arg(Report::durations(stats)).arg(compared).arg(points),
                  QStringLiteral("<= 100 ms"), stats.median <= 0.100);
}

// g. One timeline event added or changed through PostmortemRepository: a durable transaction each.
void editFigures(Database &database, Workspace &workspace, Report &report)
{
    progress(QStringLiteral("timeline edits"));
    const QString insertId = QStringLiteral("edit.insert");
    const QString updateId = QStringLiteral("edit.update");
    const QString insertName = QStringLiteral("postmortem edit: add a timeline event");
    const QString updateName = QStringLiteral("postmortem edit: change a timeline event");
    const QString synchronous = firstValue(database, QStringLiteral("PRAGMA synchronous")).toString();
    // The newest session with a timeline; the events added stay in the working copy, which is thrown away.
    const QVariant session = firstValue(
        database, QStringLiteral("SELECT postmortem_id FROM timeline_event ORDER BY postmortem_id DESC LIMIT 1"));
    if (!session.isValid()) {
        report.failed(insertId, insertName, QStringLiteral("the database has no timeline events"),
                      QStringLiteral("<= 5 ms"));
        return;
    }
    const qint64 sessionId = session.toLongLong();
    const QList<TimelineEvent> events = workspace.postmortems.events(sessionId);
    constexpr int edits = 101;
    QList<double> inserts, updates;
    TimelineEvent event = events.constFirst();
    const QString text = event.text;
    for (int i = 0; i < edits; ++i) {
        TimelineEvent fresh;
        fresh.sessionId = sessionId;
        fresh.time = event.time.addSecs(60 + i);
        fresh.kind = EventKind::Other;
        fresh.text = QStringLiteral("Benchmark event %1").arg(i);
        QElapsedTimer timer;
        timer.start();
        const Result<qint64> id = workspace.postmortems.insertEvent(fresh);
        inserts.append(timer.nsecsElapsed() / 1e9);
        if (!id) {
            report.failed(insertId, insertName, id.error(), QStringLiteral("<= 5 ms"));
            return;
        }

        event.text = text + QStringLiteral(" (edit %1)").arg(i);
        timer.restart();
        const Status updated = workspace.postmortems.updateEvent(event, &event.rowVersion);
        updates.append(timer.nsecsElapsed() / 1e9);
        if (!updated) {
            report.failed(updateId, updateName, updated.error(), QStringLiteral("<= 5 ms"));
            return;
        }
    }
    const QString durable = synchronous == QLatin1String("2")
                                ? QStringLiteral("synchronous=FULL")
                                : QStringLiteral("NOT durable: synchronous=%1").arg(synchronous);
    const Stats insert = Stats::of(inserts);
    const Stats update = Stats::of(updates);
    report.within(insertId, insertName, Report::durations(insert) + QStringLiteral(", ") + durable,
                  QStringLiteral("<= 5 ms"), insert.median <= 0.005 && synchronous == QLatin1String("2"));
    report.within(updateId, updateName, Report::durations(update) + QStringLiteral(", ") + durable,
                  QStringLiteral("<= 5 ms"), update.median <= 0.005 && synchronous == QLatin1String("2"));
}

} // namespace

void inProcessFigures(const QString &path, int runs, Report &report)
{
    Database database;
    Database::Options options;
    options.quickCheck = false;
    if (const Status opened = database.open(path, options); !opened) {
        report.failed(QStringLiteral("open"), QStringLiteral("open the working copy"), opened.error(), QString());
        return;
    }
    Workspace workspace(database);
    incidentListFigures(database, workspace, runs, report);
    searchFigures(workspace, runs, report);
    searchListFigures(workspace, runs, report);
    areaFigures(workspace, runs, report);
    chartFigures(workspace, runs, report);
    editFigures(database, workspace, report);
}

} // namespace candor::bench
