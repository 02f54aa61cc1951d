// The main window's Insights area as a person uses it: Ctrl+6, then the instrument, view and team pickers, the
// comparison lists, the heatmap, a click on a chart point and a cell of the table, all on widgets found by
// objectName. The data (a department with two teams, a team of its own, survey waves with a withheld quarter, and
// incidents) is written through the repositories before the application starts.
#include "MainWindow.h"
#include "common/SurveyData.h"
#include "common/TeamComboBox.h"
#include "gui/AppFixture.h"
#include "gui/GuiHelpers.h"
#include "insights/InsightsArea.h"
#include "insights/MttrChart.h"
#include "insights/NumbersPanel.h"
#include "insights/TrendChart.h"
#include "item/FigureStore.h"
#include "item/HeatmapModel.h"
#include "item/QuarterIncidentsModel.h"
#include "item/TrendModel.h"
#include "storage/SurveyRepository.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QChildEvent>
#include <QComboBox>
#include <QHash>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QScatterSeries>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace candor;
using namespace candor::testgui;

namespace {

// The teams, waves and incidents of the tests.
struct InsightsData
{
    qint64 engineering = 0; // a department
    qint64 payments = 0;    // in Engineering: 2025 Q1 five people, Q2 four (withheld), Q3 six
    qint64 mobile = 0;      // in Engineering: six people every quarter
    qint64 support = 0;     // a team of its own: five people every quarter
    qint64 paymentsQ2 = 0;  // the wave with four responses
};

QDateTime localTime(const QDate &date, int hour)
{
    return QDateTime(date, QTime(hour, 0));
}

void insertInsightsData(const QString &path, InsightsData *d)
{
    testdata::Store store(path);
    QVERIFY2(store.status, qPrintable(store.status.error()));
    STEP(keepId(store.teams.insertTeam(testdata::makeTeam(QStringLiteral("Engineering"))), &d->engineering));
    STEP(keepId(store.teams.insertTeam(testdata::makeTeam(QStringLiteral("Payments"), d->engineering)), &d->payments));
    STEP(keepId(store.teams.insertTeam(testdata::makeTeam(QStringLiteral("Mobile"), d->engineering)), &d->mobile));
    STEP(keepId(store.teams.insertTeam(testdata::makeTeam(QStringLiteral("Support"))), &d->support));

    SurveyRepository surveys(store.database);
    const QString key = testdata::psychSafety;
    qint64 wave = 0;
    STEP(testdata::addWave(surveys, d->payments, key, QDate(2025, 2, 10), {4, 5, 5, 6, 6}, &wave));
    STEP(testdata::addWave(surveys, d->payments, key, QDate(2025, 5, 12), {6, 6, 6, 6}, &d->paymentsQ2));
    STEP(testdata::addWave(surveys, d->payments, key, QDate(2025, 8, 11), {5, 5, 5, 6, 6, 6}, &wave));
    for (const QDate &opens : {QDate(2025, 2, 10), QDate(2025, 5, 12), QDate(2025, 8, 11)}) {
        STEP(testdata::addWave(surveys, d->mobile, key, opens, {3, 4, 4, 5, 5, 6}, &wave));
        STEP(testdata::addWave(surveys, d->support, key, opens, {2, 3, 3, 3, 4}, &wave));
    }

    // Payments: a resolved SEV1 in Q1 (two hours), an open SEV3 in Q3.
    Incident outage = testdata::makeIncident(d->payments, QStringLiteral("Card payments down"));
    outage.severity = Severity::Sev1;
    outage.started = localTime(QDate(2025, 2, 20), 9);
    outage.detected = outage.started.addSecs(300);
    outage.mitigated = outage.started.addSecs(3600);
    outage.resolved = outage.started.addSecs(7200);
    QVERIFY(store.incidents.insert(outage));
    Incident slow = testdata::makeIncident(d->payments, QStringLiteral("Refunds slow"));
    slow.severity = Severity::Sev3;
    slow.status = IncidentStatus::Open;
    slow.started = localTime(QDate(2025, 8, 20), 14);
    slow.detected = slow.started.addSecs(600);
    slow.mitigated = {};
    slow.resolved = {};
    QVERIFY(store.incidents.insert(slow));
}

} // namespace

// Counts, for every XY series a chart takes, its pointsReplaced and pointAdded signals from then on. The chart's
// series are owned by an object inside it: every object of the chart is watched for new children.
class FillCounter : public QObject
{
public:
    explicit FillCounter(QObject *chart)
    {
        chart->installEventFilter(this);
        for (QObject *inside : chart->findChildren<QObject *>())
            inside->installEventFilter(this);
    }
    QHash<const QObject *, std::pair<int, int>> counts; // replaced, added

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() != QEvent::ChildAdded)
            return false;
        if (auto *xy = qobject_cast<QXYSeries *>(static_cast<QChildEvent *>(event)->child());
            xy && !counts.contains(xy)) {
            counts.insert(xy, {0, 0});
            connect(xy, &QXYSeries::pointsReplaced, this, [this, xy]() { ++counts[xy].first; });
            connect(xy, &QXYSeries::pointAdded, this, [this, xy]() { ++counts[xy].second; });
            // A series redrawn away is forgotten, so a new one at the same address starts from nothing.
            connect(xy, &QObject::destroyed, this, [this, xy]() { counts.remove(xy); });
        }
        return false;
    }
};

class TestInsightsArea : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void emptyState();
    void teamTrendWithGap();
    void clickedPointShowsTheNumbers();
    void compareTwoTeams();
    void departmentRollup();
    void heatmapShows();
    void followsNewResponses();

private:
    void showInsights();
    InsightsArea *area() const { return find<InsightsArea>(m_app->window.get(), "insightsArea"); }
    QComboBox *modeCombo() const { return find<QComboBox>(m_app->window.get(), "insightModeCombo"); }
    TrendChart *chart() const { return find<TrendChart>(m_app->window.get(), "trendChart"); }
    NumbersPanel *numbers() const { return find<NumbersPanel>(m_app->window.get(), "numbersPanel"); }
    void chooseTeam(qint64 teamId);
    void checkInList(const char *listName, qint64 teamId);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<App> m_app;
    InsightsData m_data;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void TestInsightsArea::initTestCase()
{
    initGuiTestCase();
}

void TestInsightsArea::init()
{
    STEP(newTestFolder(&m_dir, &m_path));
    m_data = {};
    if (QByteArray(QTest::currentTestFunction()) != "emptyState")
        STEP(insertInsightsData(m_path, &m_data));
    STEP(startApp(&m_app, m_path));
}

void TestInsightsArea::cleanup()
{
    reportMessageBoxes();
    m_testers.clear();
    m_app.reset();
    m_dir.reset();
}

void TestInsightsArea::showInsights()
{
    QTest::keyClick(m_app->window.get(), Qt::Key_6, Qt::ControlModifier);
    QTRY_VERIFY(area() && area()->isVisible());
    QCOMPARE(find<QListWidget>(m_app->window.get(), "navigation")->currentRow(), int(MainWindow::InsightsPage));
    // The area is built when first shown; its models are checked from then on.
    if (m_testers.empty()) {
        InsightsArea *insights = area();
        for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *>{
                 &insights->trendModel(), &insights->heatmapModel(), insights->incidentModel()})
            m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    }
    // The figures are computed on a thread of their own; the area shows at once and fills when they are ready.
    QTRY_VERIFY(!area()->figureStore().isComputing());
    QVERIFY(area()->figureStore().isReady());
}

void TestInsightsArea::chooseTeam(qint64 teamId)
{
    auto *team = find<TeamComboBox>(m_app->window.get(), "insightTeamCombo");
    QVERIFY(team && team->isVisible());
    STEP(chooseByKeys(team, teamId));
}

void TestInsightsArea::checkInList(const char *listName, qint64 teamId)
{
    auto *list = find<QListWidget>(m_app->window.get(), listName);
    QVERIFY(list && list->isVisible());
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem *item = list->item(row);
        if (item->data(Qt::UserRole).toLongLong() != teamId)
            continue;
        // Keyboard: the item current, then Space.
        list->setFocus();
        list->setCurrentItem(item);
        const Qt::CheckState before = item->checkState();
        QTest::keyClick(list, Qt::Key_Space);
        QTRY_VERIFY(item->checkState() != before);
        return;
    }
    QFAIL(qPrintable(QStringLiteral("team %1 not in %2").arg(teamId).arg(QLatin1String(listName))));
}

void TestInsightsArea::emptyState()
{
    STEP(showInsights());
    auto *empty = find<QLabel>(m_app->window.get(), "insightsEmptyState");
    QVERIFY(empty);
    QTRY_VERIFY(empty->isVisible());
    QTRY_COMPARE(empty->text(), QStringLiteral("No survey waves yet: create one in Surveys."));
    QVERIFY(!chart()->isVisible());
    // Every view says the same.
    chooseByKeys(modeCombo(), int(InsightsArea::Heatmap));
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->text(), QStringLiteral("No survey waves yet: create one in Surveys."));
}

void TestInsightsArea::teamTrendWithGap()
{
    STEP(showInsights());
    QCOMPARE(find<QComboBox>(m_app->window.get(), "insightInstrumentCombo")->currentData().toString(),
             testdata::psychSafety);
    STEP(chooseTeam(m_data.payments));
    QTRY_VERIFY(chart()->isVisible());

    // Q1 and Q3 shown, Q2 withheld: two segments of one line, one legend entry, and the note says why.
    const TrendModel &model = area()->trendModel();
    QCOMPARE(model.columnCount(), 1);
    QCOMPARE(model.rowCount(), 3);
    const QList<QLineSeries *> segments = chart()->segments(0);
    QCOMPARE(segments.size(), 2);
    QCOMPARE(segments.at(0)->points(), (QList<QPointF>{{0, 5.2}}));
    QCOMPARE(segments.at(1)->count(), 1);
    QCOMPARE(segments.at(1)->at(0).x(), 2.0);
    QCOMPARE(segments.at(0)->color(), segments.at(1)->color());
    auto *note = find<QLabel>(m_app->window.get(), "trendGapNote");
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().startsWith(QStringLiteral("Gaps: fewer than 5 responses")), qPrintable(note->text()));

    // The table beside it shows the same figures.
    auto *table = find<QTableView>(m_app->window.get(), "trendTable");
    QCOMPARE(table->model(), &model);
    QCOMPARE(columnTexts(table->model(), 0),
             (QStringList{QStringLiteral("5.20"), QStringLiteral("Withheld (k = 5)"), QStringLiteral("5.50")}));

    // The team's incidents: a SEV1 in Q1, a SEV3 in Q3, as markers; MTTR beside.
    const QList<QScatterSeries *> markers = chart()->incidentMarkers();
    QCOMPARE(markers.size(), 2);
    QCOMPARE(markers.at(0)->name(), QStringLiteral("SEV1 incidents"));
    QCOMPARE(markers.at(0)->count(), 1);
    QCOMPARE(qRound(markers.at(0)->at(0).x()), 0);
    QCOMPARE(markers.at(0)->at(0).y(), 1.0);
    QCOMPARE(markers.at(1)->name(), QStringLiteral("SEV3 incidents"));
    QCOMPARE(qRound(markers.at(1)->at(0).x()), 2);
    QVERIFY(markers.at(0)->markerShape() != markers.at(1)->markerShape());
    auto *mttr = find<MttrChart>(m_app->window.get(), "mttrChart");
    QVERIFY(mttr->isVisible());
    QCOMPARE(mttr->values(), (QList<qreal>{2.0, 0.0, 0.0}));
    QCOMPARE(mttr->unitText(), QStringLiteral("Hours"));
    const QuarterIncidentsModel &incidents = *area()->incidentModel();
    QCOMPARE(incidents.rowCount(), 3);
    QCOMPARE(incidents.index(2, QuarterIncidentsModel::ExcludedColumn).data().toString(), QStringLiteral("1"));

    // Support has no incidents: no markers; its own line has no gap.
    STEP(chooseTeam(m_data.support));
    QTRY_COMPARE(area()->trendModel().headerData(0, Qt::Horizontal).toString(), QStringLiteral("Support"));
    QCOMPARE(chart()->segments(0).size(), 1);
    QCOMPARE(chart()->segments(0).at(0)->count(), 3);
    QVERIFY(chart()->incidentMarkers().isEmpty());
    QVERIFY(!note->isVisible());
}

void TestInsightsArea::clickedPointShowsTheNumbers()
{
    STEP(showInsights());
    STEP(chooseTeam(m_data.payments));
    QTRY_COMPARE(chart()->segments(0).size(), 2);
    QCOMPARE(numbers()->shownPeriod(), Period());

    // A click on the Q1 point of the line.
    QLineSeries *line = chart()->segments(0).at(0);
    QChart *c = chart()->chart();
    const QPointF inChart = c->mapToPosition(line->at(0), line);
    const QPoint atView = chart()->mapFromScene(c->mapToScene(inChart));
    QTest::mouseClick(chart()->viewport(), Qt::LeftButton, {}, atView);
    QTRY_COMPARE(numbers()->shownPeriod(), (Period{2025, 1}));
    QCOMPARE(numbers()->shownSeries(), QStringLiteral("Payments"));
    const QString text = numbers()->toPlainText();
    for (const QString &expected :
         {QStringLiteral("Respondents"), QStringLiteral("5.20 on a scale of 1 to 7"), QStringLiteral("4.16 to 6.24"),
          QStringLiteral("Mistakes held against you"), QStringLiteral("SEV1: 1"), QStringLiteral("2 h"),
          QStringLiteral("Open incidents left out of MTTR")})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" in: ") + text));
    // The table follows the chart (and the other way round).
    auto *table = find<QTableView>(m_app->window.get(), "trendTable");
    QCOMPARE(table->currentIndex(), area()->trendModel().index(0, 0));

    // Choosing the withheld quarter in the table: the reason, and no number of it.
    STEP(clickRow(table, 1));
    QTRY_COMPARE(numbers()->shownPeriod(), (Period{2025, 2}));
    const QString withheld = numbers()->toPlainText();
    QVERIFY2(withheld.contains(QStringLiteral("Withheld: fewer than 5 responses")), qPrintable(withheld));
    QVERIFY(!withheld.contains(QStringLiteral("Respondents")));
    QVERIFY(!withheld.contains(QStringLiteral("Mean")));

    // And by keyboard: Down to Q3, with its open SEV3 left out of MTTR.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Down);
    QTRY_COMPARE(numbers()->shownPeriod(), (Period{2025, 3}));
    QVERIFY2(numbers()->toPlainText().contains(QStringLiteral("none resolved yet")),
             qPrintable(numbers()->toPlainText()));
}

void TestInsightsArea::compareTwoTeams()
{
    STEP(showInsights());
    // Every line the chart draws gets its points in one replace() once on the chart, never point by point.
    FillCounter fills(chart()->chart());
    STEP(chooseTeam(m_data.payments));
    chooseByKeys(modeCombo(), int(InsightsArea::CompareTeams));
    // The comparison starts from the team shown; Support is added from the list.
    auto *list = find<QListWidget>(m_app->window.get(), "compareTeamList");
    QTRY_VERIFY(list->isVisible());
    STEP(checkInList("compareTeamList", m_data.support));
    const TrendModel &model = area()->trendModel();
    QTRY_COMPARE(model.columnCount(), 2);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Payments"));
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Support"));
    QCOMPARE(chart()->segments(0).size(), 2);
    QCOMPARE(chart()->segments(1).size(), 1);
    QVERIFY(chart()->segments(0).at(0)->color() != chart()->segments(1).at(0)->color());
    for (int column = 0; column < 2; ++column) {
        for (QLineSeries *segment : chart()->segments(column)) {
            QVERIFY(fills.counts.contains(segment));
            QCOMPARE(fills.counts.value(segment).first, 1);
            QCOMPARE(fills.counts.value(segment).second, 0);
        }
    }
    // Incidents belong beside one team only.
    QVERIFY(chart()->incidentMarkers().isEmpty());
    QVERIFY(!find<MttrChart>(m_app->window.get(), "mttrChart")->isVisible());

    // The filter narrows the list; unchecking leaves one team.
    QTest::keyClicks(find<QLineEdit>(m_app->window.get(), "insightListFilter"), QStringLiteral("supp"));
    int visible = 0;
    for (int row = 0; row < list->count(); ++row)
        visible += list->item(row)->isHidden() ? 0 : 1;
    QCOMPARE(visible, 1);
    STEP(checkInList("compareTeamList", m_data.support));
    QTRY_COMPARE(model.columnCount(), 1);
}

void TestInsightsArea::departmentRollup()
{
    STEP(showInsights());
    chooseByKeys(modeCombo(), int(InsightsArea::Departments));
    // The top-level departments to begin with.
    QTRY_COMPARE(area()->trendModel().columnCount(), 1);
    QCOMPARE(area()->trendModel().headerData(0, Qt::Horizontal).toString(), QStringLiteral("Engineering, all teams"));
    QCOMPARE(area()->trendModel().series().constFirst().scope, FigureScope::Rollup);
    // Q1: five and six people together.
    QCOMPARE(area()->trendModel().index(0, 0).data(TrendModel::RespondentsRole).toInt(), 11);
    QCOMPARE(find<QListWidget>(m_app->window.get(), "departmentList")->count(), 1);
    // Q2: Payments' four people must not be worked out from Engineering and Mobile.
    const QVariant engineering = area()->trendModel().index(1, 0).data(TrendModel::RespondentsRole);
    STEP(chooseByKeys(modeCombo(), int(InsightsArea::CompareTeams)));
    STEP(checkInList("compareTeamList", m_data.mobile));
    QTRY_VERIFY(!area()->trendModel().series().isEmpty());
    const int mobile = int(area()->trendModel().series().indexOf(TrendSeries{m_data.mobile, FigureScope::Team}));
    QVERIFY(mobile >= 0);
    const QVariant mobileQ2 = area()->trendModel().index(1, mobile).data(TrendModel::RespondentsRole);
    QVERIFY2(!(engineering.isValid() && mobileQ2.isValid()), "Engineering and Mobile in Q2 reveal Payments");
}

void TestInsightsArea::heatmapShows()
{
    STEP(showInsights());
    chooseByKeys(modeCombo(), int(InsightsArea::Heatmap));
    auto *table = find<QTableView>(m_app->window.get(), "heatmapTable");
    QTRY_VERIFY(table->isVisible());
    auto *quarter = find<QComboBox>(m_app->window.get(), "heatmapQuarterCombo");
    QVERIFY(quarter->isVisible());
    QCOMPARE(quarter->count(), 3);
    QCOMPARE(quarter->currentText(), QStringLiteral("2025 Q3"));
    QCOMPARE(table->model()->rowCount(), 3);
    QCOMPARE(columnTexts(table->model(), HeatmapModel::TeamColumn),
             (QStringList{QStringLiteral("Engineering / Mobile"), QStringLiteral("Engineering / Payments"),
                          QStringLiteral("Support")}));
    QVERIFY(table->model()->index(2, HeatmapModel::OverallColumn).data(Qt::BackgroundRole).isValid());

    // Q2 by keyboard: Payments is withheld there.
    STEP(chooseByKeys(quarter, (Period{2025, 2}).index()));
    QTRY_COMPARE(area()->heatmapModel().period(), (Period{2025, 2}));
    const int payments = rowOfId(table->model(), m_data.payments, HeatmapModel::TeamIdRole);
    QVERIFY(payments >= 0);
    QCOMPARE(table->model()->index(payments, HeatmapModel::OverallColumn).data().toString(),
             QStringLiteral("Withheld (k = 5)"));

    // A row's numbers in the panel.
    STEP(clickRow(table, rowOfId(table->model(), m_data.support, HeatmapModel::TeamIdRole), {},
                  HeatmapModel::OverallColumn));
    QTRY_COMPARE(numbers()->shownSeries(), QStringLiteral("Support"));
    QCOMPARE(numbers()->shownPeriod(), (Period{2025, 2}));
    QVERIFY(numbers()->toPlainText().contains(QStringLiteral("3.00 on a scale of 1 to 7")));
}

void TestInsightsArea::followsNewResponses()
{
    STEP(showInsights());
    STEP(chooseTeam(m_data.payments));
    QTRY_COMPARE(chart()->segments(0).size(), 2);
    // A fifth person answers the Q2 wave: the gap closes, in the chart and in the table.
    const Result<Instrument> instrument = m_app->surveys->latestInstrument(testdata::psychSafety);
    QVERIFY(instrument);
    QVERIFY(m_app->surveys->submitResponse(m_data.paymentsQ2, testdata::answersScoring(*instrument, 1)));
    QTRY_COMPARE(chart()->segments(0).size(), 1);
    QCOMPARE(chart()->segments(0).at(0)->count(), 3);
    QVERIFY(!find<QLabel>(m_app->window.get(), "trendGapNote")->isVisible());
    QCOMPARE(area()->trendModel().index(1, 0).data().toString(), QStringLiteral("5.00"));

    // While another area is shown nothing is recomputed; back in Insights it is.
    QTest::keyClick(m_app->window.get(), Qt::Key_1, Qt::ControlModifier);
    QTRY_VERIFY(!area()->isVisible());
    qint64 wave = 0;
    STEP(testdata::addWave(*m_app->surveys, m_data.payments, testdata::psychSafety, QDate(2025, 11, 3), {7, 7, 7, 7, 7},
                           &wave));
    QTest::qWait(20);
    QCOMPARE(area()->trendModel().rowCount(), 3);
    STEP(showInsights());
    QTRY_COMPARE(area()->trendModel().rowCount(), 4);
    QCOMPARE(chart()->segments(0).at(0)->count(), 4);
}

QTEST_MAIN(TestInsightsArea)
#include "tst_insightsarea.moc"
