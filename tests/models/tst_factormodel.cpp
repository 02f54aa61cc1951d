// FactorModel under QAbstractItemModelTester: empty and populated, its roles and flags, the events a factor explains
// (relabelled when an event changes or goes), factors added and removed through SessionEdits as precise row signals
// (never a reset), and cell edits that become undoable commands, are refused with editFailed, or push nothing.
#include "models/SessionModelFixture.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace candor;
using namespace candor::testdata;

class TestFactorModel : public EditableSessionModelTest
{
    Q_OBJECT

protected:
    Subject subject() override
    {
        return {[this] { return std::make_unique<FactorModel>(repo(), edits(), m_session); },
                [this] {
                    return idsOf(repo().factors(m_session));
                }};
    }
    int expectedColumns() const override { return FactorModel::ColumnCount; }
    void headerRows() override;
    void undoableEditRows() override;
    void refusedEditRows() override;
    void unchangedEditRows() override;

private slots:
    void eventsColumn();
};

// ---- Rows of the test functions every session model passes ------------------------------------------------------

void TestFactorModel::headerRows()
{
    // As the class comment promises: a factor's category and text edit in place.
    QTest::newRow("category") << int(FactorModel::CategoryColumn) << QStringLiteral("Category") << true;
    QTest::newRow("text") << int(FactorModel::TextColumn) << QStringLiteral("Contributing factor") << true;
    QTest::newRow("events") << int(FactorModel::EventsColumn) << QStringLiteral("Explains") << false;
}

void TestFactorModel::undoableEditRows()
{
    QTest::newRow("category") << 0 << int(FactorModel::CategoryColumn) << QVariant(int(FactorCategory::Organisation))
                              << QStringLiteral("Edit contributing factor “Replica lag went unalerted”");
    QTest::newRow("text") << 1 << int(FactorModel::TextColumn) << QVariant(QStringLiteral("Deploys skip canaries"))
                          << QStringLiteral("Edit contributing factor “Deploys skip canaries”");
}

void TestFactorModel::refusedEditRows()
{
    QTest::newRow("empty text") << int(FactorModel::TextColumn) << int(Qt::EditRole) << QVariant(QString()) << true;
    QTest::newRow("unknown category") << int(FactorModel::CategoryColumn) << int(Qt::EditRole) << QVariant(9) << true;
}

void TestFactorModel::unchangedEditRows()
{
    QTest::newRow("category") << 1 << int(FactorModel::CategoryColumn) << false;
    QTest::newRow("text") << 1 << int(FactorModel::TextColumn) << false;
    QTest::newRow("category after its events were reordered") << 1 << int(FactorModel::CategoryColumn) << true;
}

// ---- The events a factor explains --------------------------------------------------------------------------------

void TestFactorModel::eventsColumn()
{
    const Populated p = populate();
    QVERIFY(p.complete());
    FactorModel model(repo(), edits(), m_session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Spies spies(&model);
    auto event = [this](qint64 id) {
        return repo().event(id).value();
    };

    QCOMPARE(shownIds(model), p.factors);
    const QModelIndex lag = model.index(0, FactorModel::EventsColumn);
    const QModelIndex canary = model.index(1, FactorModel::EventsColumn);
    QCOMPARE(model.index(0, FactorModel::CategoryColumn).data().toString(), QStringLiteral("Technology"));
    QCOMPARE(model.index(1, FactorModel::CategoryColumn).data().toString(), QStringLiteral("Process"));
    QCOMPARE(model.index(1, FactorModel::CategoryColumn).data(Qt::EditRole).toInt(), int(FactorCategory::Process));
    QCOMPARE(model.index(1, FactorModel::TextColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Deploys skip the canary stage"));

    // Linked events by their labels, in time order whatever order they were linked in.
    const QString detection = TimelineModel::label(event(p.events.at(0)));
    const QString repair = TimelineModel::label(event(p.events.at(2)));
    QCOMPARE(lag.data().toString(), TimelineModel::label(event(p.events.at(1))));
    QCOMPARE(canary.data().toString(), detection + QStringLiteral(", ") + repair);
    QCOMPARE(canary.data(Qt::ToolTipRole).toString(), detection + QLatin1Char('\n') + repair);
    QCOMPARE(canary.data(FactorModel::EventIdsRole).value<QList<qint64>>(),
             (QList<qint64>{p.events.at(0), p.events.at(2)}));
    QVERIFY(!canary.data(Qt::EditRole).isValid());

    // An edited event relabels the factors; no row changes.
    TimelineEvent keyMoment = event(p.events.at(0));
    keyMoment.kind = EventKind::KeyMoment;
    QVERIFY(edits().editEvent(keyMoment).ok());
    QCOMPARE(spies.structural(), 0);
    QVERIFY(!spies.changed.isEmpty());
    for (const QList<QVariant> &arguments : std::as_const(spies.changed)) {
        QCOMPARE(arguments.at(0).value<QModelIndex>().column(), int(FactorModel::EventsColumn));
        QCOMPARE(arguments.at(1).value<QModelIndex>().column(), int(FactorModel::EventsColumn));
    }
    QCOMPARE(canary.data().toString(), TimelineModel::label(keyMoment) + QStringLiteral(", ") + repair);
    QVERIFY(canary.data().toString().contains(QStringLiteral("Key moment")));
    spies.clear();

    // A removed event is no longer explained; undo links it again.
    QVERIFY(edits().removeEvent(p.events.at(2)).ok());
    QCOMPARE(spies.structural(), 0);
    QCOMPARE(canary.data().toString(), TimelineModel::label(keyMoment));
    QCOMPARE(canary.data(FactorModel::EventIdsRole).value<QList<qint64>>(), QList<qint64>{p.events.at(0)});
    stack().undo();
    QCOMPARE(spies.structural(), 0);
    QCOMPARE(canary.data().toString(), TimelineModel::label(keyMoment) + QStringLiteral(", ") + repair);
    QCOMPARE(canary.data(FactorModel::EventIdsRole).value<QList<qint64>>(),
             (QList<qint64>{p.events.at(0), p.events.at(2)}));
    spies.clear();

    // A factor added and removed through the facade: one row in, one row out.
    const Result<qint64> added = edits().addFactor(
        makeFactor(m_session, QStringLiteral("Region failover untested"), {}, FactorCategory::Environment));
    QVERIFY(added.ok());
    checkOnly(spies, Change::Inserted, 2);
    QCOMPARE(model.index(2, FactorModel::EventsColumn).data().toString(), QString());
    spies.clear();
    QVERIFY(edits().removeFactor(p.factors.at(0)).ok());
    checkOnly(spies, Change::Removed, 0);
    spies.clear();
    stack().undo();
    checkOnly(spies, Change::Inserted, 0);
    QCOMPARE(shownIds(model), idsOf(repo().factors(m_session)));
}

QTEST_MAIN(TestFactorModel)
#include "tst_factormodel.moc"
