// HeatmapModel under QAbstractItemModelTester, on real SQLite files written through SurveyRepository: teams by
// construct in a chosen quarter (the latest with data unless chosen), item means computable by hand, withheld teams
// that show the withheld text and no number in any role, a department whose small team stays hidden, the colour
// scale (diverging, text readable on every shade), one instrument (so one scale length) per model, and changes in
// the repository followed.
#include "Translations.h"
#include "common/ModelSpies.h"
#include "common/SurveyData.h"
#include "common/TestData.h"
#include "common/TestDatabase.h"
#include "item/FigureStore.h"
#include "item/HeatmapModel.h"
#include "storage/Database.h"
#include "storage/SurveyRepository.h"
#include "storage/TeamRepository.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using namespace candor;
using namespace candor::testdata;

namespace {

// WCAG contrast ratio of two colours.
double contrast(const QColor &a, const QColor &b)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const auto luminance = [&channel](const QColor &c) {
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

class TestHeatmapModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void emptyModel();
    void teamsByConstruct();
    void withheldTeamCarriesNoNumber();
    void chooseQuarter();
    void departmentKeepsSmallTeamHidden();
    void colourScale_data();
    void colourScale();
    void oneScaleLengthPerModel();
    void followsRepository();

private:
    qint64 addTeam(const QString &name, qint64 parentId = 0);
    std::unique_ptr<HeatmapModel> makeModel();
    // Platform (five people, item means 3.0 to 5.6) and Mobile (four people) in 2025 Q1, Web in 2025 Q2.
    void addTwoQuarters();
    int rowOfTeam(const HeatmapModel &model, qint64 teamId) const;

    std::unique_ptr<testdata::SurveyStore> m_data;
    std::unique_ptr<FigureStore> m_store;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    qint64 m_platform = 0;
    qint64 m_mobile = 0;
    qint64 m_web = 0;
    qint64 m_mobileWave = 0;
};

void TestHeatmapModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(*QCoreApplication::instance());
}

void TestHeatmapModel::init()
{
    m_data = std::make_unique<testdata::SurveyStore>();
    QVERIFY2(m_data->status, qPrintable(m_data->status.error()));
    m_store = std::make_unique<FigureStore>(m_data->surveys);
    m_store->setInstrumentKey(psychSafety);
}

void TestHeatmapModel::cleanup()
{
    m_testers.clear();
    m_store.reset();
    m_data.reset();
}

void TestHeatmapModel::cleanupTestCase()
{
    testdb::dropAll();
}

qint64 TestHeatmapModel::addTeam(const QString &name, qint64 parentId)
{
    const Result<qint64> id = m_data->teams.insertTeam(makeTeam(name, parentId));
    return id ? *id : 0;
}

std::unique_ptr<HeatmapModel> TestHeatmapModel::makeModel()
{
    auto model = std::make_unique<HeatmapModel>(*m_store);
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
        model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    return model;
}

void TestHeatmapModel::addTwoQuarters()
{
    m_platform = addTeam(QStringLiteral("Platform"));
    m_mobile = addTeam(QStringLiteral("Mobile"));
    m_web = addTeam(QStringLiteral("Web"));
    qint64 wave = 0;
    // Item sums 15, 18, 21, 23, 25, 27, 28 over five people: means 3.0, 3.6, 4.2, 4.6, 5.0, 5.4, 5.6.
    STEP(addWaveOfItems(m_data->surveys, m_platform, psychSafety, QDate(2025, 2, 3),
                        {{1, 2, 3, 4, 5, 6, 7},
                         {2, 3, 4, 5, 6, 7, 7},
                         {3, 3, 3, 3, 3, 3, 3},
                         {4, 4, 4, 4, 4, 4, 4},
                         {5, 6, 7, 7, 7, 7, 7}},
                        &wave));
    STEP(addWave(m_data->surveys, m_mobile, psychSafety, QDate(2025, 3, 3), {6, 6, 6, 6}, &m_mobileWave));
    STEP(addWave(m_data->surveys, m_web, psychSafety, QDate(2025, 4, 7), {2, 2, 2, 2, 2}, &wave));
    m_store->reload();
}

int TestHeatmapModel::rowOfTeam(const HeatmapModel &model, qint64 teamId) const
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(HeatmapModel::TeamIdRole).toLongLong() == teamId)
            return row;
    }
    return -1;
}

void TestHeatmapModel::emptyModel()
{
    auto model = makeModel();
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(model->columnCount(), 2 + 7); // team, overall, the seven constructs
    QVERIFY(model->periods().isEmpty());
    QVERIFY(!model->period().isValid());
    QVERIFY(!model->index(0, 0).isValid());
    QVERIFY(!model->data(QModelIndex()).isValid());
    QCOMPARE(model->rowCount(model->index(0, 0)), 0);
    QVERIFY(!model->figureAt(0));
    QCOMPARE(model->teamIdAt(0), 0);

    // No instrument: no columns but the team and overall.
    m_store->setInstrumentKey(QString());
    QCOMPARE(model->columnCount(), 2);
}

void TestHeatmapModel::teamsByConstruct()
{
    STEP(addTwoQuarters());
    auto model = makeModel();
    m_store->reload();
    QCOMPARE(model->headerData(HeatmapModel::TeamColumn, Qt::Horizontal).toString(), QStringLiteral("Team"));
    QCOMPARE(model->headerData(HeatmapModel::OverallColumn, Qt::Horizontal).toString(), QStringLiteral("Overall"));
    QCOMPARE(model->headerData(HeatmapModel::FirstConstructColumn, Qt::Horizontal).toString(),
             QStringLiteral("Mistakes held against you"));
    QCOMPARE(model->headerData(HeatmapModel::FirstConstructColumn + 6, Qt::Horizontal).toString(),
             QStringLiteral("Skills valued"));

    // The latest quarter with data first.
    QCOMPARE(model->periods(), (QList<Period>{{2025, 1}, {2025, 2}}));
    QCOMPARE(model->period(), (Period{2025, 2}));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, HeatmapModel::TeamColumn).data().toString(), QStringLiteral("Web"));

    model->setPeriod({2025, 1});
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, HeatmapModel::TeamColumn).data().toString(), QStringLiteral("Mobile"));
    const int platform = rowOfTeam(*model, m_platform);
    QCOMPARE(platform, 1);
    const QStringList expected = {QStringLiteral("3.00"), QStringLiteral("3.60"), QStringLiteral("4.20"),
                                  QStringLiteral("4.60"), QStringLiteral("5.00"), QStringLiteral("5.40"),
                                  QStringLiteral("5.60")};
    for (int item = 0; item < 7; ++item) {
        const QModelIndex cell = model->index(platform, HeatmapModel::FirstConstructColumn + item);
        QCOMPARE(cell.data().toString(), expected.at(item));
        QCOMPARE(cell.data(HeatmapModel::MeanRole).toDouble(), expected.at(item).toDouble());
        QCOMPARE(cell.data(HeatmapModel::RespondentsRole).toInt(), 5);
    }
    // Overall: 157 / 35.
    QCOMPARE(model->index(platform, HeatmapModel::OverallColumn).data().toString(), QStringLiteral("4.49"));
    QVERIFY(std::abs(model->index(platform, HeatmapModel::OverallColumn).data(HeatmapModel::MeanRole).toDouble() -
                     157.0 / 35.0) < 1e-9);

    // Below the middle of the scale orange, above it blue, the text readable on both.
    const QModelIndex low = model->index(platform, HeatmapModel::FirstConstructColumn);
    const QModelIndex high = model->index(platform, HeatmapModel::FirstConstructColumn + 6);
    const QColor lowColour = low.data(Qt::BackgroundRole).value<QColor>();
    const QColor highColour = high.data(Qt::BackgroundRole).value<QColor>();
    QVERIFY(lowColour.red() > lowColour.blue());
    QVERIFY(highColour.blue() > highColour.red());
    QVERIFY(contrast(lowColour, low.data(Qt::ForegroundRole).value<QColor>()) >= 4.5);
    QVERIFY(contrast(highColour, high.data(Qt::ForegroundRole).value<QColor>()) >= 4.5);
    QVERIFY(!model->index(platform, HeatmapModel::TeamColumn).data(Qt::BackgroundRole).isValid());
    // Nothing rests on colour alone: what a screen reader says names the construct and the value.
    QVERIFY2(low.data(Qt::AccessibleTextRole)
                 .toString()
                 .startsWith(QStringLiteral("Platform, Mistakes held against you: 3.00")),
             qPrintable(low.data(Qt::AccessibleTextRole).toString()));
}

void TestHeatmapModel::withheldTeamCarriesNoNumber()
{
    STEP(addTwoQuarters());
    auto model = makeModel();
    model->setPeriod({2025, 1});
    const int mobile = rowOfTeam(*model, m_mobile);
    QVERIFY(mobile >= 0);
    QCOMPARE(model->index(mobile, HeatmapModel::TeamColumn).data().toString(), QStringLiteral("Mobile"));
    for (int column = HeatmapModel::OverallColumn; column < model->columnCount(); ++column) {
        const QModelIndex cell = model->index(mobile, column);
        QCOMPARE(cell.data().toString(), QStringLiteral("Withheld (k = 5)"));
        QVERIFY(cell.data(HeatmapModel::SuppressedRole).toBool());
        QVERIFY(!cell.data(Qt::BackgroundRole).isValid());
        // Four people scoring 6: neither number anywhere.
        for (int role = 0; role < Qt::UserRole + 64; ++role) {
            if (role == HeatmapModel::TeamIdRole || role == HeatmapModel::SortRole || role == Qt::TextAlignmentRole ||
                role == Qt::FontRole)
                continue;
            const QVariant value = cell.data(role);
            if (!value.isValid() || value.typeId() == QMetaType::Bool)
                continue;
            QVERIFY2(value.typeId() == QMetaType::QString, qPrintable(QStringLiteral("role %1").arg(role)));
            QVERIFY2(!value.toString().contains(QLatin1Char('4')) && !value.toString().contains(QLatin1Char('6')),
                     qPrintable(value.toString()));
        }
        // Sorted below every score.
        QCOMPARE(cell.data(HeatmapModel::SortRole).toDouble(), -1.0);
    }
    QVERIFY(model->figureAt(mobile)->suppressed);
    QCOMPARE(model->figureAt(mobile)->respondents, 0);
    QVERIFY(model->figureAt(mobile)->summary.itemMeans.empty());
}

void TestHeatmapModel::chooseQuarter()
{
    STEP(addTwoQuarters());
    auto model = makeModel();
    QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
    model->setPeriod({2025, 1});
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model->period(), (Period{2025, 1}));
    model->setPeriod({2025, 1});
    QCOMPARE(reset.size(), 1);
    // A quarter without data shows the latest with data.
    model->setPeriod({2019, 3});
    QCOMPARE(model->period(), (Period{2025, 2}));
    QCOMPARE(reset.size(), 2);

    // The chosen quarter stays through a reload while it has data.
    model->setPeriod({2025, 1});
    reset.clear();
    m_store->reload();
    QCOMPARE(model->period(), (Period{2025, 1}));
    QCOMPARE(model->rowCount(), 2);
}

void TestHeatmapModel::departmentKeepsSmallTeamHidden()
{
    const qint64 engineering = addTeam(QStringLiteral("Engineering"));
    const qint64 platform = addTeam(QStringLiteral("Platform"), engineering);
    const qint64 mobile = addTeam(QStringLiteral("Mobile"), engineering);
    qint64 wave = 0;
    STEP(addWave(m_data->surveys, platform, psychSafety, QDate(2025, 2, 3), {5, 5, 6, 6, 7, 7}, &wave));
    STEP(addWave(m_data->surveys, mobile, psychSafety, QDate(2025, 2, 3), {1, 1, 1, 1}, &wave));
    m_store->reload();
    auto model = makeModel();
    QCOMPARE(model->rowCount(), 2);
    const int mobileRow = rowOfTeam(*model, mobile);
    const int platformRow = rowOfTeam(*model, platform);
    QCOMPARE(model->index(mobileRow, HeatmapModel::TeamColumn).data().toString(),
             QStringLiteral("Engineering / Mobile"));
    QVERIFY(model->index(mobileRow, HeatmapModel::OverallColumn).data(HeatmapModel::SuppressedRole).toBool());
    // With the department's figure shown elsewhere, Platform beside it would give Mobile away: whichever of the two
    // the policy withholds, Mobile's figure never follows from what can be seen.
    const Figure *rollup = m_store->find(FigureScope::Rollup, engineering, {2025, 1});
    QVERIFY(rollup);
    const bool platformShown =
        !model->index(platformRow, HeatmapModel::OverallColumn).data(HeatmapModel::SuppressedRole).toBool();
    QVERIFY(!(platformShown && !rollup->suppressed));
}

void TestHeatmapModel::colourScale_data()
{
    QTest::addColumn<int>("scalePoints");
    QTest::newRow("7-point agreement") << 7;
    QTest::newRow("3-point traffic light") << 3;
    QTest::newRow("5-point") << 5;
    QTest::newRow("11-point") << 11;
}

void TestHeatmapModel::colourScale()
{
    QFETCH(int, scalePoints);
    const double middle = (scalePoints + 1) / 2.0;
    // The middle is a pale neutral; the ends are orange and blue.
    const QColor neutral = HeatmapModel::colourFor(middle, scalePoints);
    QVERIFY(std::abs(neutral.red() - neutral.blue()) < 4);
    const QColor worst = HeatmapModel::colourFor(1, scalePoints);
    const QColor best = HeatmapModel::colourFor(scalePoints, scalePoints);
    QVERIFY(worst.red() > worst.blue() + 100);
    QVERIFY(best.blue() > best.red() + 100);
    // Beyond the ends stays at the ends.
    QCOMPARE(HeatmapModel::colourFor(scalePoints + 3, scalePoints), best);
    // The value written on any shade stays readable (WCAG AA for normal text).
    for (double mean = 1; mean <= scalePoints; mean += 0.125) {
        const QColor background = HeatmapModel::colourFor(mean, scalePoints);
        const double ratio = contrast(background, HeatmapModel::textColourOn(background));
        QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1 on %2: %3").arg(mean).arg(background.name()).arg(ratio)));
    }
}

void TestHeatmapModel::oneScaleLengthPerModel()
{
    const qint64 platform = addTeam(QStringLiteral("Platform"));
    qint64 wave = 0;
    STEP(addWave(m_data->surveys, platform, psychSafety, QDate(2025, 2, 3), {6, 6, 6, 6, 6}, &wave));
    STEP(addWave(m_data->surveys, platform, healthCheck, QDate(2025, 2, 3), {3, 3, 3, 2, 2}, &wave));
    m_store->reload();
    auto model = makeModel();
    QCOMPARE(model->columnCount(), 2 + 7);
    QCOMPARE(model->index(0, HeatmapModel::OverallColumn).data().toString(), QStringLiteral("6.00"));
    QCOMPARE(model->figureAt(0)->scalePoints, 7);

    QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
    m_store->setInstrumentKey(healthCheck);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model->columnCount(), 2 + 10);
    QCOMPARE(model->figureAt(0)->scalePoints, 3);
    QCOMPARE(model->figureAt(0)->instrumentKey, healthCheck);
    QCOMPARE(model->index(0, HeatmapModel::OverallColumn).data().toString(), QStringLiteral("2.60"));
    // On a 3-point scale 2.6 is favourable: blue.
    const QColor colour = model->index(0, HeatmapModel::OverallColumn).data(Qt::BackgroundRole).value<QColor>();
    QVERIFY(colour.blue() > colour.red());
}

void TestHeatmapModel::followsRepository()
{
    STEP(addTwoQuarters());
    auto model = makeModel();
    model->setPeriod({2025, 1});
    const int mobile = rowOfTeam(*model, m_mobile);
    QVERIFY(model->index(mobile, HeatmapModel::OverallColumn).data(HeatmapModel::SuppressedRole).toBool());

    // A fifth person at Mobile: the same rows, changed in place.
    Spies spies(model.get());
    QSignalSpy periods(model.get(), &HeatmapModel::periodsChanged);
    const Result<Instrument> instrument = m_data->surveys.latestInstrument(psychSafety);
    QVERIFY(instrument);
    QVERIFY(m_data->surveys.submitResponse(m_mobileWave, answersScoring(*instrument, 1)));
    QTRY_COMPARE(spies.changed.size(), 1);
    QCOMPARE(spies.structural(), 0);
    QCOMPARE(periods.size(), 0);
    QCOMPARE(model->index(mobile, HeatmapModel::OverallColumn).data().toString(), QStringLiteral("5.00"));
    QCOMPARE(model->index(mobile, HeatmapModel::OverallColumn).data(HeatmapModel::RespondentsRole).toInt(), 5);

    // A wave in a new quarter: the list of quarters changes, the chosen one stays.
    spies.clear();
    qint64 wave = 0;
    STEP(addWave(m_data->surveys, m_web, psychSafety, QDate(2025, 8, 4), {4, 4, 4, 4, 4}, &wave));
    QTRY_COMPARE(periods.size(), 1);
    QCOMPARE(model->periods().size(), 3);
    QCOMPARE(model->period(), (Period{2025, 1}));
}

QTEST_GUILESS_MAIN(TestHeatmapModel)
#include "tst_heatmapmodel.moc"
