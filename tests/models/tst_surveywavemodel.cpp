// SurveyWaveModel under QAbstractItemModelTester, on real SQLite files written through SurveyRepository: the empty
// model and invalid indexes, one row per wave with its columns, a Responses cell that comes from the wave's figure
// (a count when shown, "Fewer than k responses" when withheld, and no number in any role of a withheld wave, also when
// complementary suppression withholds a wave of six beside a sibling of four), the team filter with and without
// sub-teams, kiosk collection that hides the count, and the repository's changes followed with precise signals.
#include "common/ModelSpies.h"
#include "common/SurveyData.h"
#include "common/TestData.h"
#include "common/TestDatabase.h"
#include "item/SurveyWaveModel.h"
#include "storage/Database.h"
#include "storage/SurveyRepository.h"
#include "storage/TeamRepository.h"
#include "survey/AnonymityPolicy.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace candor;
using namespace candor::testdata;

namespace {
const QString westrum = QStringLiteral("westrum");
} // namespace

class TestSurveyWaveModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void emptyModel();
    void headers_data();
    void headers();
    void columns();
    void withheldBelowK_data();
    void withheldBelowK();
    void complementarySuppression();
    void teamFilter();
    void collectingHidesCount();
    void followsRepository();
    void sortRoles();

private:
    qint64 addTeam(const QString &name, qint64 parentId = 0);
    void renameTeam(qint64 teamId, const QString &name);
    std::unique_ptr<SurveyWaveModel> makeModel();
    // Checks that no role of any cell of the wave's row carries `number` (as a number or inside a text).
    void checkNoNumber(const SurveyWaveModel &model, qint64 waveId, int number);

    std::unique_ptr<testdata::SurveyStore> m_data;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    const QDate m_opens{2025, 2, 10};
};

void TestSurveyWaveModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestSurveyWaveModel::init()
{
    m_data = std::make_unique<testdata::SurveyStore>();
    QVERIFY2(m_data->status, qPrintable(m_data->status.error()));
}

void TestSurveyWaveModel::cleanup()
{
    m_testers.clear();
    m_data.reset();
}

void TestSurveyWaveModel::cleanupTestCase()
{
    testdb::dropAll();
}

qint64 TestSurveyWaveModel::addTeam(const QString &name, qint64 parentId)
{
    const Result<qint64> id = m_data->teams.insertTeam(makeTeam(name, parentId));
    if (!id)
        qWarning("%s", qPrintable(id.error()));
    return id ? *id : 0;
}

void TestSurveyWaveModel::renameTeam(qint64 teamId, const QString &name)
{
    Result<Team> team = m_data->teams.team(teamId);
    QVERIFY(team);
    Team renamed = *team;
    renamed.name = name;
    QVERIFY(m_data->teams.updateTeam(renamed));
}

std::unique_ptr<SurveyWaveModel> TestSurveyWaveModel::makeModel()
{
    auto model = std::make_unique<SurveyWaveModel>(m_data->surveys);
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
        model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    return model;
}

void TestSurveyWaveModel::checkNoNumber(const SurveyWaveModel &model, qint64 waveId, int number)
{
    const int row = model.rowOf(waveId);
    QVERIFY(row >= 0);
    const QString digits = QString::number(number);
    const QModelIndex cell = model.index(row, SurveyWaveModel::ResponsesColumn);
    for (int role = 0; role <= SurveyWaveModel::ShownRole; ++role) {
        const QVariant value = cell.data(role);
        if (!value.isValid())
            continue;
        QVERIFY2(!value.toString().contains(digits),
                 qPrintable(QStringLiteral("role %1 says %2").arg(role).arg(value.toString())));
        bool isNumber = false;
        const int asNumber = value.toInt(&isNumber);
        QVERIFY2(!isNumber || asNumber != number, qPrintable(QStringLiteral("role %1 is %2").arg(role).arg(asNumber)));
    }
    QCOMPARE(model.waveRow(waveId)->respondents, 0);
    QCOMPARE(model.waveRow(waveId)->row.responses, 0);
}

void TestSurveyWaveModel::emptyModel()
{
    addTeam(QStringLiteral("Payments"));
    auto model = makeModel();
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(model->columnCount(), int(SurveyWaveModel::ColumnCount));
    QVERIFY(!model->index(0, 0).isValid());
    QCOMPARE(model->data(QModelIndex()), QVariant());
    QCOMPARE(model->flags(QModelIndex()), Qt::NoItemFlags);
    QCOMPARE(model->rowCount(model->index(0, 0)), 0);
    QVERIFY(!model->waveRow(1));
}

void TestSurveyWaveModel::headers_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("title");
    QTest::newRow("title") << int(SurveyWaveModel::TitleColumn) << QStringLiteral("Wave");
    QTest::newRow("team") << int(SurveyWaveModel::TeamColumn) << QStringLiteral("Team");
    QTest::newRow("instrument") << int(SurveyWaveModel::InstrumentColumn) << QStringLiteral("Instrument");
    QTest::newRow("opens") << int(SurveyWaveModel::OpensColumn) << QStringLiteral("Opens");
    QTest::newRow("closes") << int(SurveyWaveModel::ClosesColumn) << QStringLiteral("Closes");
    QTest::newRow("invited") << int(SurveyWaveModel::InvitedColumn) << QStringLiteral("Invited");
    QTest::newRow("threshold") << int(SurveyWaveModel::ThresholdColumn) << QStringLiteral("k (comments)");
    QTest::newRow("responses") << int(SurveyWaveModel::ResponsesColumn) << QStringLiteral("Responses");
}

void TestSurveyWaveModel::headers()
{
    QFETCH(int, column);
    QFETCH(QString, title);
    auto model = makeModel();
    QCOMPARE(model->headerData(column, Qt::Horizontal).toString(), title);
    QCOMPARE(model->headerData(column, Qt::Vertical), QVariant());
}

void TestSurveyWaveModel::columns()
{
    const qint64 payments = addTeam(QStringLiteral("Payments"));
    SurveyWave wave;
    wave.teamId = payments;
    wave.title = QStringLiteral("Q1 pulse");
    wave.opens = m_opens;
    wave.closes = m_opens.addDays(14);
    wave.invited = 12;
    wave.k = 6;
    wave.commentK = 8;
    const Result<qint64> id = m_data->surveys.createWave(wave, healthCheck);
    QVERIFY2(id, qPrintable(id.error()));
    SurveyWave open = wave;
    open.title.clear();
    open.closes = {};
    open.invited = 0;
    open.k = 5;
    open.commentK = 5;
    const Result<qint64> openId = m_data->surveys.createWave(open, psychSafety);
    QVERIFY(openId);

    auto model = makeModel();
    QCOMPARE(model->rowCount(), 2);
    const int row = model->rowOf(*id);
    QVERIFY(row >= 0);
    const auto cell = [&](int r, int column) {
        return model->index(r, column).data().toString();
    };
    QCOMPARE(cell(row, SurveyWaveModel::TitleColumn), QStringLiteral("Q1 pulse"));
    QCOMPARE(cell(row, SurveyWaveModel::TeamColumn), QStringLiteral("Payments"));
    QCOMPARE(cell(row, SurveyWaveModel::InstrumentColumn), QStringLiteral("Team health check, version 1"));
    QCOMPARE(cell(row, SurveyWaveModel::OpensColumn), QLocale().toString(m_opens, QLocale::ShortFormat));
    QCOMPARE(cell(row, SurveyWaveModel::ClosesColumn), QLocale().toString(m_opens.addDays(14), QLocale::ShortFormat));
    QCOMPARE(cell(row, SurveyWaveModel::InvitedColumn), QStringLiteral("12"));
    QCOMPARE(cell(row, SurveyWaveModel::ThresholdColumn), QStringLiteral("6 (8)"));
    QCOMPARE(cell(row, SurveyWaveModel::ResponsesColumn), QStringLiteral("Withheld (k = 6)"));
    QCOMPARE(model->index(row, 0).data(SurveyWaveModel::IdRole).toLongLong(), *id);
    QCOMPARE(model->index(row, 0).data(SurveyWaveModel::TeamIdRole).toLongLong(), payments);
    QCOMPARE(model->index(row, 0).data(SurveyWaveModel::ShownRole).toBool(), false);
    QCOMPARE(model->flags(model->index(row, 0)), Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren);

    const int openRow = model->rowOf(*openId);
    QCOMPARE(cell(openRow, SurveyWaveModel::TitleColumn),
             QStringLiteral("Wave of %1").arg(QLocale().toString(m_opens, QLocale::ShortFormat)));
    QCOMPARE(cell(openRow, SurveyWaveModel::InstrumentColumn), QStringLiteral("Team psychological safety, version 1"));
    QCOMPARE(cell(openRow, SurveyWaveModel::ClosesColumn), QStringLiteral("Open-ended"));
    QCOMPARE(cell(openRow, SurveyWaveModel::InvitedColumn), QStringLiteral("Not known"));
    QCOMPARE(cell(openRow, SurveyWaveModel::ThresholdColumn), QStringLiteral("5"));
    // Out of range: nothing.
    QCOMPARE(model->index(0, SurveyWaveModel::ColumnCount).data(), QVariant());
    QVERIFY(!model->index(2, 0).isValid());
}

void TestSurveyWaveModel::withheldBelowK_data()
{
    QTest::addColumn<int>("k");
    QTest::addColumn<int>("responses");
    QTest::addColumn<bool>("shown");
    QTest::newRow("4 of k 5: withheld") << 5 << 4 << false;
    QTest::newRow("5 of k 5: shown") << 5 << 5 << true;
    QTest::newRow("no responses: withheld") << 5 << 0 << false;
    QTest::newRow("3 of k 3: shown") << 3 << 3 << true;
    QTest::newRow("9 of k 10: withheld") << 10 << 9 << false;
}

void TestSurveyWaveModel::withheldBelowK()
{
    QFETCH(int, k);
    QFETCH(int, responses);
    QFETCH(bool, shown);
    const qint64 payments = addTeam(QStringLiteral("Payments"));
    qint64 wave = 0;
    STEP(addWave(m_data->surveys, payments, psychSafety, m_opens, std::vector<int>(size_t(responses), 5), &wave, k));
    QCOMPARE(m_data->surveys.responseCount(wave), responses);

    auto model = makeModel();
    const QModelIndex cell = model->index(model->rowOf(wave), SurveyWaveModel::ResponsesColumn);
    QCOMPARE(cell.data(SurveyWaveModel::ShownRole).toBool(), shown);
    if (shown) {
        QCOMPARE(cell.data().toString(), QLocale().toString(responses));
        QCOMPARE(cell.data(SurveyWaveModel::SortRole).toInt(), responses);
    } else {
        QCOMPARE(cell.data().toString(), AnonymityPolicy::withheldText(k));
        QCOMPARE(cell.data().toString(), QStringLiteral("Withheld (k = %1)").arg(k));
        if (responses > 0)
            STEP(checkNoNumber(*model, wave, responses));
    }
}

void TestSurveyWaveModel::complementarySuppression()
{
    // Engineering has two teams that ran the same instrument in one quarter: Payments with six responses, Search
    // with four. Search is withheld (4 < 5); showing Payments beside Engineering's rollup would give Search away
    // (10 - 6 = 4), so Payments' wave of six is withheld too.
    const qint64 engineering = addTeam(QStringLiteral("Engineering"));
    const qint64 payments = addTeam(QStringLiteral("Payments"), engineering);
    const qint64 search = addTeam(QStringLiteral("Search"), engineering);
    qint64 six = 0;
    qint64 four = 0;
    STEP(addWave(m_data->surveys, payments, psychSafety, m_opens, {6, 5, 4, 6, 7, 5}, &six));
    STEP(addWave(m_data->surveys, search, psychSafety, m_opens.addDays(3), {2, 3, 4, 2}, &four));

    auto model = makeModel();
    QCOMPARE(model->rowCount(), 2);
    for (qint64 wave : {six, four}) {
        const QModelIndex cell = model->index(model->rowOf(wave), SurveyWaveModel::ResponsesColumn);
        QCOMPARE(cell.data().toString(), QStringLiteral("Withheld (k = 5)"));
        QCOMPARE(cell.data(SurveyWaveModel::ShownRole).toBool(), false);
    }
    STEP(checkNoNumber(*model, six, 6));
    STEP(checkNoNumber(*model, four, 4));

    // One more answer in Search: both teams reach k and show, each its own count.
    Spies spies(model.get());
    const Status added =
        m_data->surveys.submitResponse(four, answersScoring(*m_data->surveys.latestInstrument(psychSafety), 3));
    QVERIFY2(added, qPrintable(added.error()));
    QCOMPARE(spies.structural(), 0);
    QVERIFY(spies.changed.size() >= 2); // both rows changed, not one reset
    QCOMPARE(model->index(model->rowOf(six), SurveyWaveModel::ResponsesColumn).data().toString(), QStringLiteral("6"));
    QCOMPARE(model->index(model->rowOf(four), SurveyWaveModel::ResponsesColumn).data().toString(), QStringLiteral("5"));
}

void TestSurveyWaveModel::teamFilter()
{
    const qint64 engineering = addTeam(QStringLiteral("Engineering"));
    const qint64 payments = addTeam(QStringLiteral("Payments"), engineering);
    const qint64 support = addTeam(QStringLiteral("Support"));
    qint64 department = 0;
    qint64 team = 0;
    qint64 other = 0;
    STEP(addWave(m_data->surveys, engineering, westrum, m_opens, {}, &department));
    STEP(addWave(m_data->surveys, payments, psychSafety, m_opens.addDays(1), {}, &team));
    STEP(addWave(m_data->surveys, support, psychSafety, m_opens.addDays(2), {}, &other));

    auto model = makeModel();
    const auto ids = [&model]() {
        QList<qint64> list;
        for (int row = 0; row < model->rowCount(); ++row)
            list.append(model->index(row, 0).data(SurveyWaveModel::IdRole).toLongLong());
        return list;
    };
    // Newest first.
    QCOMPARE(ids(), QList<qint64>({other, team, department}));
    model->setTeamFilter(engineering, true);
    QCOMPARE(model->teamFilter(), engineering);
    QCOMPARE(ids(), QList<qint64>({team, department}));
    model->setTeamFilter(engineering, false);
    QCOMPARE(ids(), QList<qint64>({department}));
    model->setTeamFilter(payments, true);
    QCOMPARE(ids(), QList<qint64>({team}));
    model->setTeamFilter(0, true);
    QCOMPARE(ids(), QList<qint64>({other, team, department}));

    // A wave of a team outside the filter does not show up; one of a team inside does.
    model->setTeamFilter(support, true);
    Spies spies(model.get());
    qint64 added = 0;
    STEP(addWave(m_data->surveys, payments, psychSafety, m_opens.addDays(5), {}, &added));
    QCOMPARE(spies.structural(), 0);
    STEP(addWave(m_data->surveys, support, psychSafety, m_opens.addDays(6), {}, &added));
    checkRowArguments(spies.inserted, 0, 0);
    QCOMPARE(spies.reset.size(), 0);
    QCOMPARE(ids(), QList<qint64>({added, other}));
}

void TestSurveyWaveModel::collectingHidesCount()
{
    const qint64 payments = addTeam(QStringLiteral("Payments"));
    qint64 wave = 0;
    STEP(addWave(m_data->surveys, payments, psychSafety, m_opens, {5, 5, 5, 5, 5, 5}, &wave));
    auto model = makeModel();
    const auto cell = [&]() {
        return model->index(model->rowOf(wave), SurveyWaveModel::ResponsesColumn);
    };
    QCOMPARE(cell().data().toString(), QStringLiteral("6"));

    Spies spies(model.get());
    model->setCollecting(wave, true);
    QVERIFY(model->isCollecting(wave));
    QCOMPARE(spies.changed.size(), 1);
    QCOMPARE(cell().data().toString(), QStringLiteral("Collecting in kiosk mode"));
    QCOMPARE(cell().data(SurveyWaveModel::ShownRole).toBool(), false);
    // A respondent in the kiosk moves nothing.
    QVERIFY(m_data->surveys.submitResponse(wave, answersScoring(*m_data->surveys.latestInstrument(psychSafety), 2)));
    QCOMPARE(cell().data().toString(), QStringLiteral("Collecting in kiosk mode"));
    STEP(checkNoNumber(*model, wave, 7));
    model->setCollecting(wave, false);
    QCOMPARE(cell().data().toString(), QStringLiteral("7"));
}

void TestSurveyWaveModel::followsRepository()
{
    const qint64 payments = addTeam(QStringLiteral("Payments"));
    qint64 older = 0;
    qint64 wave = 0;
    STEP(addWave(m_data->surveys, payments, westrum, m_opens.addMonths(-6), {}, &older));
    STEP(addWave(m_data->surveys, payments, psychSafety, m_opens, {4, 4, 4, 4}, &wave));
    auto model = makeModel();
    QCOMPARE(model->rowOf(wave), 0);
    Spies spies(model.get());

    // The fifth response: only that row changes, from withheld to a count.
    QSignalSpy responses(&m_data->surveys, &SurveyRepository::responsesChanged);
    QVERIFY(m_data->surveys.submitResponse(wave, answersScoring(*m_data->surveys.latestInstrument(psychSafety), 6)));
    QCOMPARE(responses.size(), 1);
    QCOMPARE(spies.structural(), 0);
    QCOMPARE(spies.changed.size(), 1);
    QCOMPARE(spies.changed.at(0).at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(spies.changed.at(0).at(1).value<QModelIndex>().row(), 0);
    QCOMPARE(model->index(0, SurveyWaveModel::ResponsesColumn).data().toString(), QStringLiteral("5"));

    // A new wave, newest first: one row inserted at the top.
    spies.clear();
    qint64 newest = 0;
    STEP(addWave(m_data->surveys, payments, psychSafety, m_opens.addDays(30), {}, &newest));
    checkRowArguments(spies.inserted, 0, 0);
    QCOMPARE(spies.reset.size(), 0);
    QCOMPARE(model->rowOf(newest), 0);

    // A removed wave: one row removed.
    spies.clear();
    QVERIFY(m_data->surveys.removeWave(wave));
    checkRowArguments(spies.removed, 1, 1);
    QCOMPARE(spies.reset.size(), 0);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->rowOf(wave), -1);

    // A renamed team shows after a reload (the area reloads on the team tree's changes).
    STEP(renameTeam(payments, QStringLiteral("Payments & Billing")));
    spies.clear();
    model->reload();
    QCOMPARE(spies.changed.size(), 2);
    QCOMPARE(model->index(0, SurveyWaveModel::TeamColumn).data().toString(), QStringLiteral("Payments & Billing"));
}

void TestSurveyWaveModel::sortRoles()
{
    const qint64 payments = addTeam(QStringLiteral("Payments"));
    qint64 shown = 0;
    qint64 withheld = 0;
    STEP(addWave(m_data->surveys, payments, psychSafety, m_opens, {5, 5, 5, 5, 5, 5, 5}, &shown));
    STEP(addWave(m_data->surveys, payments, westrum, m_opens.addMonths(4), {5, 5}, &withheld));
    auto model = makeModel();
    const auto sortValue = [&](qint64 wave, int column) {
        return model->index(model->rowOf(wave), column).data(SurveyWaveModel::SortRole);
    };
    QCOMPARE(sortValue(shown, SurveyWaveModel::ResponsesColumn).toInt(), 7);
    QCOMPARE(sortValue(withheld, SurveyWaveModel::ResponsesColumn).toInt(), -1);
    QCOMPARE(sortValue(shown, SurveyWaveModel::OpensColumn).toLongLong(), m_opens.toJulianDay());
    QVERIFY(sortValue(shown, SurveyWaveModel::ClosesColumn).toLongLong() >
            sortValue(shown, SurveyWaveModel::OpensColumn).toLongLong());
    QCOMPARE(sortValue(shown, SurveyWaveModel::InvitedColumn).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestSurveyWaveModel)
#include "tst_surveywavemodel.moc"
