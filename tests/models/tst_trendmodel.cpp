// TrendModel under QAbstractItemModelTester, on real SQLite files written through SurveyRepository: quarters from the
// first to the last with data and none skipped, withheld quarters that say so and carry no number in any role, two
// waves of one quarter counted together, department rollups that never let a hidden team be worked out from what is
// shown, comparisons, one instrument (so one scale length) per model, and changes in the repository followed.
#include "Translations.h"
#include "common/ModelSpies.h"
#include "common/SurveyData.h"
#include "common/TestData.h"
#include "common/TestDatabase.h"
#include "item/FigureStore.h"
#include "item/TrendModel.h"
#include "storage/Database.h"
#include "storage/SurveyRepository.h"
#include "storage/TeamRepository.h"
#include "survey/AnonymityPolicy.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>
#include <numeric>

using namespace candor;
using namespace candor::testdata;

class TestTrendModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void emptyModel();
    void teamTrendByQuarter();
    void withheldQuarterCarriesNoNumber();
    void twoWavesInOneQuarterCountTogether();
    void rollupNeverRevealsHiddenTeam_data();
    void rollupNeverRevealsHiddenTeam();
    void compareTeams();
    void oneScaleLengthPerModel();
    void followsRepository();
    void periodLabels();

private:
    qint64 addTeam(const QString &name, qint64 parentId = 0);
    // A model on the store with its tester, showing `series`.
    std::unique_ptr<TrendModel> makeModel(const QList<TrendSeries> &series);

    std::unique_ptr<testdata::SurveyStore> m_data;
    std::unique_ptr<FigureStore> m_store;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void TestTrendModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(*QCoreApplication::instance()); // English plural forms
}

void TestTrendModel::init()
{
    m_data = std::make_unique<testdata::SurveyStore>();
    QVERIFY2(m_data->status, qPrintable(m_data->status.error()));
    m_store = std::make_unique<FigureStore>(m_data->surveys);
    m_store->setInstrumentKey(psychSafety);
}

void TestTrendModel::cleanup()
{
    m_testers.clear();
    m_store.reset();
    m_data.reset();
}

void TestTrendModel::cleanupTestCase()
{
    testdb::dropAll();
}

qint64 TestTrendModel::addTeam(const QString &name, qint64 parentId)
{
    const Result<qint64> id = m_data->teams.insertTeam(makeTeam(name, parentId));
    return id ? *id : 0;
}

std::unique_ptr<TrendModel> TestTrendModel::makeModel(const QList<TrendSeries> &series)
{
    auto model = std::make_unique<TrendModel>(*m_store);
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
        model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    model->setSeries(series);
    return model;
}

void TestTrendModel::emptyModel()
{
    const qint64 payments = addTeam(QStringLiteral("Payments"));
    m_store->reload(); // the team's name (the application's store follows the team tree)
    auto model = makeModel({{payments, FigureScope::Team}});
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(model->columnCount(), 1);
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Payments"));
    QVERIFY(!model->index(0, 0).isValid());
    QVERIFY(!model->data(model->index(0, 0)).isValid());
    QVERIFY(!model->data(QModelIndex()).isValid());
    QCOMPARE(model->rowCount(model->index(0, 0)), 0);
    QVERIFY(!model->figureAt(0, 0));
    QVERIFY(!model->hasWithheld());

    model->setSeries({});
    QCOMPARE(model->columnCount(), 0);
    QCOMPARE(model->rowCount(), 0);
}

void TestTrendModel::teamTrendByQuarter()
{
    const qint64 payments = addTeam(QStringLiteral("Payments"));
    qint64 wave = 0;
    // 2025 Q1: five people scoring 4, 5, 5, 6, 6. Q2: four people (withheld). Q3: no wave. Q4: 5 people.
    STEP(addWave(m_data->surveys, payments, psychSafety, QDate(2025, 2, 10), {4, 5, 5, 6, 6}, &wave));
    STEP(addWave(m_data->surveys, payments, psychSafety, QDate(2025, 5, 12), {6, 6, 6, 6}, &wave));
    STEP(addWave(m_data->surveys, payments, psychSafety, QDate(2025, 11, 3), {7, 7, 6, 6, 4}, &wave));
    m_store->reload();
    auto model = makeModel({{payments, FigureScope::Team}});

    QCOMPARE(model->rowCount(), 4); // Q1 to Q4, the empty Q3 included
    QCOMPARE(model->scalePoints(), 7);
    QCOMPARE(model->periodAt(0), (Period{2025, 1}));
    QCOMPARE(model->periodAt(3), (Period{2025, 4}));
    QCOMPARE(model->rowOf(Period{2025, 3}), 2);
    QCOMPARE(model->rowOf(Period{2024, 4}), -1);
    QCOMPARE(model->headerData(0, Qt::Vertical).toString(), QStringLiteral("2025 Q1"));
    QCOMPARE(model->headerData(2, Qt::Vertical, TrendModel::PeriodRole).toInt(), (Period{2025, 3}).index());
    QCOMPARE(model->headerData(0, Qt::Horizontal, TrendModel::TeamIdRole).toLongLong(), payments);

    // Q1: mean 5.2; variance 2.8 / 4 = 0.7; half width t(4) * sqrt(0.7 / 5).
    const QModelIndex q1 = model->index(0, 0);
    QCOMPARE(q1.data().toString(), QStringLiteral("5.20"));
    QCOMPARE(q1.data(TrendModel::MeanRole).toDouble(), 5.2);
    QCOMPARE(q1.data(TrendModel::RespondentsRole).toInt(), 5);
    const double half = 2.776445 * std::sqrt(0.7 / 5);
    QVERIFY(std::abs(q1.data(TrendModel::CiLowRole).toDouble() - (5.2 - half)) < 1e-4);
    QVERIFY(std::abs(q1.data(TrendModel::CiHighRole).toDouble() - (5.2 + half)) < 1e-4);
    QCOMPARE(q1.data(TrendModel::SuppressedRole).toBool(), false);
    // (The plural form comes from translations/candor_en.ts once update_translations has picked the text up.)
    QVERIFY2(q1.data(Qt::ToolTipRole)
                 .toString()
                 .startsWith(QStringLiteral("Payments, 2025 Q1: mean 5.20 (95% CI 4.16 to 6.24), 5 response")),
             qPrintable(q1.data(Qt::ToolTipRole).toString()));

    // Q2 withheld, Q3 no wave: both gaps, told apart.
    const QModelIndex q2 = model->index(1, 0);
    QCOMPARE(q2.data().toString(), AnonymityPolicy::withheldText(5));
    QCOMPARE(q2.data().toString(), QStringLiteral("Withheld (k = 5)"));
    QVERIFY(q2.data(TrendModel::SuppressedRole).toBool());
    QVERIFY(!q2.data(TrendModel::MeanRole).isValid());
    const QModelIndex q3 = model->index(2, 0);
    QCOMPARE(q3.data().toString(), QString());
    QVERIFY(!q3.data(TrendModel::SuppressedRole).toBool());
    QVERIFY(!q3.data(TrendModel::MeanRole).isValid());
    QVERIFY(!model->figureAt(2, 0));
    QCOMPARE(q3.data(Qt::ToolTipRole).toString(), QStringLiteral("Payments, 2025 Q3: no survey in this quarter"));

    QCOMPARE(model->index(3, 0).data().toString(), QStringLiteral("6.00"));
    QVERIFY(model->hasWithheld());
    QCOMPARE(model->strictestWithheldK(), 5);
}

void TestTrendModel::withheldQuarterCarriesNoNumber()
{
    const qint64 payments = addTeam(QStringLiteral("Payments"));
    qint64 wave = 0;
    STEP(addWave(m_data->surveys, payments, psychSafety, QDate(2025, 2, 10), {5, 5, 5, 5, 5}, &wave));
    // Four people scoring 6: neither 4 nor 6 may show anywhere.
    STEP(addWave(m_data->surveys, payments, psychSafety, QDate(2025, 5, 12), {6, 6, 6, 6}, &wave));
    m_store->reload();
    auto model = makeModel({{payments, FigureScope::Team}});
    QCOMPARE(model->rowCount(), 2);
    const QModelIndex withheld = model->index(1, 0);
    QCOMPARE(withheld.data().toString(), QStringLiteral("Withheld (k = 5)"));
    QVERIFY(withheld.data(Qt::FontRole).value<QFont>().italic());

    // The row, the series and the alignment are not figures; everything else is text without the hidden numbers,
    // a flag, or nothing.
    const QList<int> identifiers = {TrendModel::PeriodRole, TrendModel::TeamIdRole, TrendModel::ScopeRole,
                                    Qt::TextAlignmentRole, Qt::FontRole};
    for (int role = 0; role < Qt::UserRole + 64; ++role) {
        if (identifiers.contains(role))
            continue;
        const QVariant value = withheld.data(role);
        if (!value.isValid() || value.typeId() == QMetaType::Bool)
            continue;
        QVERIFY2(value.typeId() == QMetaType::QString, qPrintable(QStringLiteral("role %1").arg(role)));
        const QString text = value.toString();
        QVERIFY2(!text.contains(QLatin1Char('4')) && !text.contains(QLatin1Char('6')), qPrintable(text));
    }
    const Figure *figure = model->figureAt(1, 0);
    QVERIFY(figure);
    QVERIFY(figure->suppressed);
    QCOMPARE(figure->respondents, 0);
    QCOMPARE(figure->summary.mean, 0.0);
    QCOMPARE(figure->moments.sum, 0.0);
}

void TestTrendModel::twoWavesInOneQuarterCountTogether()
{
    const qint64 payments = addTeam(QStringLiteral("Payments"));
    qint64 first = 0;
    qint64 second = 0;
    // Three people each in January and in March: neither wave may be shown, the quarter (six) may.
    STEP(addWave(m_data->surveys, payments, psychSafety, QDate(2025, 1, 13), {3, 4, 5}, &first));
    STEP(addWave(m_data->surveys, payments, psychSafety, QDate(2025, 3, 24), {5, 6, 7}, &second));
    m_store->reload();
    auto model = makeModel({{payments, FigureScope::Team}});
    QCOMPARE(model->rowCount(), 1);
    const QModelIndex quarter = model->index(0, 0);
    QCOMPARE(quarter.data(TrendModel::RespondentsRole).toInt(), 6);
    QCOMPARE(quarter.data(TrendModel::MeanRole).toDouble(), 5.0); // 30 / 6
    QCOMPARE(quarter.data().toString(), QStringLiteral("5.00"));
    QVERIFY(!quarter.data(TrendModel::SuppressedRole).toBool());
}

void TestTrendModel::rollupNeverRevealsHiddenTeam_data()
{
    QTest::addColumn<int>("own");             // the department's own respondents (0: no wave of its own)
    QTest::addColumn<QList<int>>("children"); // respondents of each team below it
    QTest::newRow("two teams, one with four") << 0 << QList<int>{6, 4};
    QTest::newRow("three teams, one with four") << 0 << QList<int>{6, 4, 8};
    QTest::newRow("three teams, two small") << 0 << QList<int>{4, 3, 9};
    QTest::newRow("own waves and a team with four") << 6 << QList<int>{4, 7};
}

void TestTrendModel::rollupNeverRevealsHiddenTeam()
{
    QFETCH(int, own);
    QFETCH(QList<int>, children);
    const qint64 engineering = addTeam(QStringLiteral("Engineering"));
    const QDate opens(2025, 2, 10);
    const auto scores = [](int n) {
        std::vector<int> s;
        for (int i = 0; i < n; ++i)
            s.push_back(1 + (i * 3) % 7);
        return s;
    };
    QList<TrendSeries> series = {{engineering, FigureScope::Rollup}};
    qint64 wave = 0;
    if (own > 0) {
        STEP(addWave(m_data->surveys, engineering, psychSafety, opens, scores(own), &wave));
        series.append({engineering, FigureScope::Team});
    }
    QList<int> sizes = own > 0 ? QList<int>{own} : QList<int>{};
    for (int i = 0; i < children.size(); ++i) {
        const qint64 team = addTeam(QStringLiteral("Team %1").arg(i + 1), engineering);
        STEP(addWave(m_data->surveys, team, psychSafety, opens, scores(children.at(i)), &wave));
        series.append({team, FigureScope::Team});
        sizes.append(children.at(i));
    }
    m_store->reload();
    auto model = makeModel(series);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Engineering, all teams"));

    const int total = std::accumulate(sizes.begin(), sizes.end(), 0);
    int hidden = 0;
    int shownSum = 0;
    for (int column = 1; column < model->columnCount(); ++column) {
        const QModelIndex cell = model->index(0, column);
        const bool small = sizes.at(column - 1) < 5;
        if (small) {
            // Primary suppression.
            QVERIFY(cell.data(TrendModel::SuppressedRole).toBool());
            QCOMPARE(cell.data().toString(), QStringLiteral("Withheld (k = 5)"));
        }
        if (cell.data(TrendModel::SuppressedRole).toBool()) {
            ++hidden;
            QVERIFY(!cell.data(TrendModel::RespondentsRole).isValid());
            QVERIFY(!cell.data(TrendModel::MeanRole).isValid());
        } else {
            QCOMPARE(cell.data(TrendModel::RespondentsRole).toInt(), sizes.at(column - 1));
            shownSum += cell.data(TrendModel::RespondentsRole).toInt();
        }
    }
    const QModelIndex rollup = model->index(0, 0);
    if (!rollup.data(TrendModel::SuppressedRole).toBool()) {
        QCOMPARE(rollup.data(TrendModel::RespondentsRole).toInt(), total);
        // Whole minus the shown parts must not pin down one hidden part, nor a sum of fewer than k.
        if (hidden > 0) {
            QVERIFY2(hidden >= 2, "one hidden team beside a shown department can be worked out");
            QVERIFY(rollup.data(TrendModel::RespondentsRole).toInt() - shownSum >= 5);
        }
    } else {
        QVERIFY(!rollup.data(TrendModel::RespondentsRole).isValid());
        QVERIFY(!rollup.data(TrendModel::MeanRole).isValid());
    }
}

void TestTrendModel::compareTeams()
{
    const qint64 payments = addTeam(QStringLiteral("Payments"));
    const qint64 search = addTeam(QStringLiteral("Search"));
    const qint64 silent = addTeam(QStringLiteral("Silent")); // no waves at all
    qint64 wave = 0;
    STEP(addWave(m_data->surveys, payments, psychSafety, QDate(2025, 2, 10), {5, 5, 5, 5, 5}, &wave));
    STEP(addWave(m_data->surveys, search, psychSafety, QDate(2025, 8, 1), {3, 3, 3, 4, 4}, &wave));
    STEP(addWave(m_data->surveys, search, psychSafety, QDate(2025, 11, 1), {2, 2, 2, 2, 2}, &wave));
    m_store->reload();
    auto model = makeModel({{payments, FigureScope::Team}});
    QCOMPARE(model->rowCount(), 1);

    QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
    model->setSeries({{payments, FigureScope::Team}, {search, FigureScope::Team}, {silent, FigureScope::Team}});
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model->columnCount(), 3);
    QCOMPARE(model->rowCount(), 4); // Q1 to Q4 of both
    QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Search"));
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("5.00"));
    QCOMPARE(model->index(0, 1).data().toString(), QString());
    QCOMPARE(model->index(2, 1).data().toString(), QStringLiteral("3.40"));
    QCOMPARE(model->index(3, 1).data().toString(), QStringLiteral("2.00"));
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(!model->index(row, 2).data(TrendModel::MeanRole).isValid());
    QVERIFY(!model->hasWithheld());

    // The same series again: nothing happens.
    model->setSeries(model->series());
    QCOMPARE(reset.size(), 1);
}

void TestTrendModel::oneScaleLengthPerModel()
{
    const qint64 payments = addTeam(QStringLiteral("Payments"));
    qint64 wave = 0;
    // The same team and quarter on a 7-point and a 3-point instrument.
    STEP(addWave(m_data->surveys, payments, psychSafety, QDate(2025, 2, 10), {6, 6, 6, 6, 6}, &wave));
    STEP(addWave(m_data->surveys, payments, healthCheck, QDate(2025, 2, 10), {2, 2, 3, 3, 3}, &wave));
    STEP(addWave(m_data->surveys, payments, healthCheck, QDate(2025, 5, 10), {1, 1, 1, 1, 1}, &wave));
    m_store->reload();
    auto model = makeModel({{payments, FigureScope::Team}});
    const auto checkOneScale = [&model](const QString &key, int points) {
        QCOMPARE(model->scalePoints(), points);
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                if (const Figure *figure = model->figureAt(row, column)) {
                    QCOMPARE(figure->instrumentKey, key);
                    QCOMPARE(figure->scalePoints, points);
                }
            }
        }
    };
    STEP(checkOneScale(psychSafety, 7));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 0).data(TrendModel::MeanRole).toDouble(), 6.0);

    QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
    m_store->setInstrumentKey(healthCheck);
    QCOMPARE(reset.size(), 1);
    STEP(checkOneScale(healthCheck, 3));
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, 0).data(TrendModel::MeanRole).toDouble(), 2.6);
    QCOMPARE(model->index(1, 0).data().toString(), QStringLiteral("1.00"));
}

void TestTrendModel::followsRepository()
{
    const qint64 payments = addTeam(QStringLiteral("Payments"));
    qint64 first = 0;
    qint64 small = 0;
    STEP(addWave(m_data->surveys, payments, psychSafety, QDate(2025, 2, 10), {5, 5, 5, 5, 5}, &first));
    STEP(addWave(m_data->surveys, payments, psychSafety, QDate(2025, 5, 12), {6, 6, 6, 6}, &small));
    m_store->reload();
    auto model = makeModel({{payments, FigureScope::Team}});
    QVERIFY(model->index(1, 0).data(TrendModel::SuppressedRole).toBool());

    // A fifth response: the same quarters, so the cells change in place (the selection stays).
    Spies spies(model.get());
    const Result<Instrument> instrument = m_data->surveys.latestInstrument(psychSafety);
    QVERIFY(instrument);
    QVERIFY(m_data->surveys.submitResponse(small, answersScoring(*instrument, 1)));
    QCOMPARE(spies.changed.size(), 0); // recomputed once the event loop runs, for many changes at once
    QTRY_COMPARE(spies.changed.size(), 1);
    QCOMPARE(spies.structural(), 0);
    QCOMPARE(model->index(1, 0).data(TrendModel::RespondentsRole).toInt(), 5);
    QCOMPARE(model->index(1, 0).data().toString(), QStringLiteral("5.00")); // (4 * 6 + 1) / 5

    // A new quarter: new rows.
    spies.clear();
    qint64 later = 0;
    STEP(addWave(m_data->surveys, payments, psychSafety, QDate(2025, 10, 1), {7, 7, 7, 7, 7}, &later));
    QTRY_COMPARE(spies.reset.size(), 1);
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(model->index(3, 0).data().toString(), QStringLiteral("7.00"));

    // A wave removed: its quarter goes.
    spies.clear();
    QVERIFY(m_data->surveys.removeWave(later));
    QTRY_COMPARE(spies.reset.size(), 1);
    QCOMPARE(model->rowCount(), 2);

    // While inactive nothing is recomputed; on activation it is.
    m_store->setActive(false);
    spies.clear();
    QVERIFY(m_data->surveys.removeWave(first));
    QTest::qWait(20);
    QCOMPARE(spies.reset.size(), 0);
    QCOMPARE(model->rowCount(), 2);
    m_store->setActive(true);
    QCOMPARE(spies.reset.size(), 1);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->periodAt(0), (Period{2025, 2}));
}

void TestTrendModel::periodLabels()
{
    QCOMPARE(FigureStore::periodLabel(Period{2026, 1}), QStringLiteral("2026 Q1"));
    QCOMPARE(FigureStore::periodLabel(Period{}), QString());
    QCOMPARE(FigureStore::formatScore(4.626), QStringLiteral("4.63"));
    // Years never get a group separator, whatever the locale.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(FigureStore::periodLabel(Period{2026, 3}), QStringLiteral("2026 Q3"));
    QCOMPARE(FigureStore::formatScore(4.5), QStringLiteral("4,50"));
    QLocale::setDefault(before);
}

QTEST_GUILESS_MAIN(TestTrendModel)
#include "tst_trendmodel.moc"
