// ActionItemsModel under QAbstractItemModelTester: empty and populated, its roles and flags, filters by team,
// status, session and overdue (switched without a reset), overdue rows that stand out and follow a new day, several
// models of one repository kept in step, the open items of earlier sessions, renamed sources, and cell edits that
// become undoable commands, are refused with editFailed, or push nothing. A list of thousands of items is read by
// the page (never all rows held), shows what `list actions` lists for every filter, sorts in SQL, and an edit in
// it is one precise signal.
#include "domain/Validation.h"
#include "models/SessionModelFixture.h"
#include "reports/Listings.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QFont>
#include <QHash>
#include <QLocale>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <limits>
#include <memory>
#include <utility>
#include <vector>

using namespace candor;
using namespace candor::testdata;

// Runs a helper that checks with QTest macros and stops the test when it failed.
#ifndef STEP
#define STEP(call)                                                                                                     \
    do {                                                                                                               \
        call;                                                                                                          \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)
#endif

class TestActionItemsModel : public EditableSessionModelTest
{
    Q_OBJECT

protected:
    // The postmortem's items, measured against 1 March.
    Subject subject() override
    {
        ActionFilter filter;
        filter.sessionId = m_session;
        return {[this, filter] {
                    auto model = std::make_unique<ActionItemsModel>(repo(), edits(), filter);
                    model->setToday(March1);
                    return model;
                },
                [this, filter] {
                    ActionFilter withToday = filter;
                    withToday.today = March1;
                    return idsOf(repo().actionRows(withToday));
                }};
    }
    int expectedColumns() const override { return ActionItemsModel::ColumnCount; }
    void headerRows() override;
    void undoableEditRows() override;
    void refusedEditRows() override;
    void unchangedEditRows() override;

private slots:
    void filters_data();
    void filters();
    void overdueRoles();
    void newTodayUpdatesOverdueRows();
    void modelsOfOneSessionAndAll();
    void earlierOpenItems();
    void renamedSourcesShow_data();
    void renamedSourcesShow();
    void bigListReadsByThePage();
    void bigListFiltersAsListActions();
    void bigListSortsInSql();
    void bigListEditIsOneSignal();
    void bigDatabaseFiltersInBackground();

private:
    // Adds `count` action items to the postmortem in one transaction (straight SQL: thousands of durable
    // transactions would take a minute): owners, due dates and statuses vary, texts are "Bulk item N".
    void addBulkItems(int count);
    // The ids in the order the model shows them, read row by row as a view scrolling to the end would.
    static QList<qint64> scrolledIds(const ActionItemsModel &model, int *mostHeld);
};

// ---- Rows of the test functions every session model passes ------------------------------------------------------

void TestActionItemsModel::headerRows()
{
    // As the class comment promises: an item's text, kind, person, due date and status edit in place.
    QTest::newRow("text") << int(ActionItemsModel::TextColumn) << QStringLiteral("Action item") << true;
    QTest::newRow("kind") << int(ActionItemsModel::KindColumn) << QStringLiteral("Kind") << true;
    QTest::newRow("owner team") << int(ActionItemsModel::OwnerColumn) << QStringLiteral("Owner team") << false;
    QTest::newRow("person") << int(ActionItemsModel::PersonColumn) << QStringLiteral("Person") << true;
    QTest::newRow("due") << int(ActionItemsModel::DueColumn) << QStringLiteral("Due") << true;
    QTest::newRow("status") << int(ActionItemsModel::StatusColumn) << QStringLiteral("Status") << true;
    QTest::newRow("factor") << int(ActionItemsModel::FactorColumn) << QStringLiteral("Addresses") << false;
    QTest::newRow("source") << int(ActionItemsModel::SourceColumn) << QStringLiteral("From") << false;
}

void TestActionItemsModel::undoableEditRows()
{
    QTest::newRow("text") << 0 << int(ActionItemsModel::TextColumn)
                          << QVariant(QStringLiteral("Alert on replica lag over 30 s"))
                          << QStringLiteral("Edit action item “Alert on replica lag over 30 s”");
    QTest::newRow("kind") << 0 << int(ActionItemsModel::KindColumn) << QVariant(int(ActionKind::Prevent))
                          << QStringLiteral("Edit action item “Alert on replica lag”");
    QTest::newRow("person") << 0 << int(ActionItemsModel::PersonColumn) << QVariant(QStringLiteral("Mei Xu"))
                            << QStringLiteral("Edit action item “Alert on replica lag”");
    QTest::newRow("due date, same place") << 0 << int(ActionItemsModel::DueColumn) << QVariant(QDate(2024, 2, 22))
                                          << QStringLiteral("Edit action item “Alert on replica lag”");
    QTest::newRow("marked done") << 0 << int(ActionItemsModel::StatusColumn) << QVariant(int(ActionStatus::Done))
                                 << QStringLiteral("Mark “Alert on replica lag” done");
    QTest::newRow("marked in progress") << 0 << int(ActionItemsModel::StatusColumn)
                                        << QVariant(int(ActionStatus::InProgress))
                                        << QStringLiteral("Mark “Alert on replica lag” in progress");
    QTest::newRow("dropped") << 0 << int(ActionItemsModel::StatusColumn) << QVariant(int(ActionStatus::Dropped))
                             << QStringLiteral("Drop “Alert on replica lag”");
    QTest::newRow("reopened") << 1 << int(ActionItemsModel::StatusColumn) << QVariant(int(ActionStatus::Open))
                              << QStringLiteral("Reopen “Add a canary stage”");
}

void TestActionItemsModel::refusedEditRows()
{
    const int edit = Qt::EditRole;
    QTest::newRow("empty text") << int(ActionItemsModel::TextColumn) << edit << QVariant(QString()) << true;
    QTest::newRow("unknown kind") << int(ActionItemsModel::KindColumn) << edit << QVariant(-1) << true;
    QTest::newRow("unknown status") << int(ActionItemsModel::StatusColumn) << edit << QVariant(7) << true;
    QTest::newRow("person's name too long") << int(ActionItemsModel::PersonColumn) << edit
                                            << QVariant(QString(Limits::NameLength + 1, QLatin1Char('x'))) << true;
}

void TestActionItemsModel::unchangedEditRows()
{
    QTest::newRow("text") << 0 << int(ActionItemsModel::TextColumn) << false;
    QTest::newRow("kind") << 0 << int(ActionItemsModel::KindColumn) << false;
    QTest::newRow("due") << 0 << int(ActionItemsModel::DueColumn) << false;
    QTest::newRow("status") << 1 << int(ActionItemsModel::StatusColumn) << false;
}

// ---- Action items ------------------------------------------------------------------------------------------------

void TestActionItemsModel::filters_data()
{
    QTest::addColumn<QString>("team"); // empty: every team
    QTest::addColumn<int>("status");   // -1: every status
    QTest::addColumn<bool>("openOnly");
    QTest::addColumn<bool>("overdueOnly");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QString>("session"); // "postmortem", "retro", or empty for every session
    QTest::addColumn<QStringList>("shown");
    QTest::addColumn<QStringList>("overdue");

    const QString all;
    const QString alert = QStringLiteral("Alert on replica lag");         // postmortem, Databases, 20 Feb, open
    const QString canary = QStringLiteral("Add a canary stage");          // postmortem, Platform, 10 Mar, in progress
    const QString runbook = QStringLiteral("Write the failover runbook"); // postmortem, Replication, undated, open
    const QString retry = QStringLiteral("Fix retry");                    // retro, Platform, 25 Feb, done
    const QString cache = QStringLiteral("Drop cache");                   // retro, Databases, 28 Feb, in progress
    const QString idea = QStringLiteral("Old idea");                      // retro, Payments, 15 Jan, dropped
    const QString today = QStringLiteral("Due today");                    // retro, Replication, 1 Mar, open
    // Shown by due date, undated last.
    QTest::newRow("every item on 1 March")
        << all << -1 << false << false << March1 << all
        << QStringList{idea, alert, retry, cache, today, canary, runbook} << QStringList{alert, cache};
    QTest::newRow("department: its teams and their sub-teams")
        << QStringLiteral("Platform") << -1 << false << false << March1 << all
        << QStringList{alert, retry, cache, today, canary, runbook} << QStringList{alert, cache};
    QTest::newRow("team with a sub-team") << QStringLiteral("Databases") << -1 << false << false << March1 << all
                                          << QStringList{alert, cache, today, runbook} << QStringList{alert, cache};
    QTest::newRow("leaf team") << QStringLiteral("Replication") << -1 << false << false << March1 << all
                               << QStringList{today, runbook} << QStringList();
    QTest::newRow("team outside the department")
        << QStringLiteral("Payments") << -1 << false << false << March1 << all << QStringList{idea} << QStringList();
    QTest::newRow("status in progress") << all << int(ActionStatus::InProgress) << false << false << March1 << all
                                        << QStringList{cache, canary} << QStringList{cache};
    QTest::newRow("status done: past due but never overdue")
        << all << int(ActionStatus::Done) << false << false << March1 << all << QStringList{retry} << QStringList();
    QTest::newRow("open only") << all << -1 << true << false << March1 << all
                               << QStringList{alert, cache, today, canary, runbook} << QStringList{alert, cache};
    QTest::newRow("overdue on 1 March: due today is not")
        << all << -1 << false << true << March1 << all << QStringList{alert, cache} << QStringList{alert, cache};
    QTest::newRow("overdue on 2 March") << all << -1 << false << true << QDate(2024, 3, 2) << all
                                        << QStringList{alert, cache, today} << QStringList{alert, cache, today};
    QTest::newRow("overdue a year later: closed and undated never are")
        << all << -1 << false << true << QDate(2025, 3, 1) << all << QStringList{alert, cache, today, canary}
        << QStringList{alert, cache, today, canary};
    QTest::newRow("overdue before anything was due")
        << all << -1 << false << true << QDate(2024, 1, 1) << all << QStringList() << QStringList();
    QTest::newRow("one session") << all << -1 << false << false << March1 << QStringLiteral("postmortem")
                                 << QStringList{alert, canary, runbook} << QStringList{alert};
    QTest::newRow("one session on 11 March")
        << all << -1 << false << false << QDate(2024, 3, 11) << QStringLiteral("postmortem")
        << QStringList{alert, canary, runbook} << QStringList{alert, canary};
    QTest::newRow("other session, overdue only on 2 March")
        << all << -1 << false << true << QDate(2024, 3, 2) << QStringLiteral("retro") << QStringList{cache, today}
        << QStringList{cache, today};
    QTest::newRow("department, open only, one session")
        << QStringLiteral("Databases") << -1 << true << false << March1 << QStringLiteral("retro")
        << QStringList{cache, today} << QStringList{cache};
}

void TestActionItemsModel::filters()
{
    QFETCH(QString, team);
    QFETCH(int, status);
    QFETCH(bool, openOnly);
    QFETCH(bool, overdueOnly);
    QFETCH(QDate, today);
    QFETCH(QString, session);
    QFETCH(QStringList, shown);
    QFETCH(QStringList, overdue);

    QVERIFY(populate().complete());
    const qint64 retro = addRetro(m_platform, QStringLiteral("Platform retro, February"), at(40));
    QVERIFY(retro > 0);
    const struct
    {
        const char *text;
        qint64 owner;
        QDate due;
        ActionStatus status;
    } items[] = {
        {"Fix retry", m_platform, QDate(2024, 2, 25), ActionStatus::Done},
        {"Drop cache", m_databases, QDate(2024, 2, 28), ActionStatus::InProgress},
        {"Old idea", m_payments, QDate(2024, 1, 15), ActionStatus::Dropped},
        {"Due today", m_replication, QDate(2024, 3, 1), ActionStatus::Open},
    };
    for (const auto &item : items)
        QVERIFY(repo()
                    .insertAction(makeAction(retro, item.owner, QString::fromUtf8(item.text), item.due, item.status))
                    .ok());
    const QHash<QString, qint64> teams = {{QStringLiteral("Platform"), m_platform},
                                          {QStringLiteral("Databases"), m_databases},
                                          {QStringLiteral("Replication"), m_replication},
                                          {QStringLiteral("Payments"), m_payments}};

    ActionFilter filter;
    filter.teamId = teams.value(team);
    if (status >= 0)
        filter.status = static_cast<ActionStatus>(status);
    filter.openOnly = openOnly;
    filter.overdueOnly = overdueOnly;
    if (!session.isEmpty())
        filter.sessionId = session == QLatin1String("retro") ? retro : m_session;

    // Built with the filter, and switched to it from an unfiltered model: the same rows, and never a reset.
    ActionItemsModel filtered(repo(), edits(), filter);
    filtered.setToday(today);
    ActionItemsModel switched(repo(), edits(), ActionFilter());
    switched.setToday(today);
    QAbstractItemModelTester filteredTester(&filtered, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester switchedTester(&switched, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Spies spies(&switched);
    QCOMPARE(switched.rowCount(), 7);
    switched.setFilter(filter);
    QCOMPARE(spies.reset.size(), 0);
    QCOMPARE(spies.removed.size(), 7 - shown.size());

    for (const ActionItemsModel *model : {&filtered, &switched}) {
        QCOMPARE(model->today(), today);
        QCOMPARE(columnTexts(*model, ActionItemsModel::TextColumn), shown);
        QCOMPARE(model->overdueCount(), int(overdue.size()));
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, ActionItemsModel::TextColumn);
            QCOMPARE(index.data(ActionItemsModel::OverdueRole).toBool(), overdue.contains(index.data().toString()));
        }
    }
    QCOMPARE(switched.filter().teamId, filter.teamId);
    QCOMPARE(switched.filter().sessionId, filter.sessionId);
}

void TestActionItemsModel::overdueRoles()
{
    const Populated p = populate();
    QVERIFY(p.complete());
    ActionFilter filter;
    filter.sessionId = m_session;
    ActionItemsModel model(repo(), edits(), filter);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.today(), QDate::currentDate());
    model.setToday(March1);
    QCOMPARE(model.today(), March1);
    QCOMPARE(shownIds(model), p.actions);
    QCOMPARE(model.overdueCount(), 1);
    auto cell = [&model](int row, int column) {
        return model.index(row, column);
    };
    using M = ActionItemsModel;

    // Due 20 February, open: ten days late on 1 March (a leap year).
    QVERIFY(cell(0, M::TextColumn).data(M::OverdueRole).toBool());
    QCOMPARE(cell(0, M::DueColumn).data().toString(), QLocale().toString(QDate(2024, 2, 20), QLocale::ShortFormat));
    QCOMPARE(cell(0, M::DueColumn).data(Qt::EditRole).toDate(), QDate(2024, 2, 20));
    QCOMPARE(cell(0, M::DueColumn).data(M::SortRole).toLongLong(), QDate(2024, 2, 20).toJulianDay());
    QCOMPARE(cell(0, M::StatusColumn).data().toString(), QStringLiteral("Open, overdue"));
    QCOMPARE(cell(0, M::StatusColumn).data(Qt::EditRole).toInt(), int(ActionStatus::Open));
    for (int column = 0; column < M::ColumnCount; ++column) {
        QVERIFY(cell(0, column).data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(cell(0, column).data(Qt::ToolTipRole).toString(), QStringLiteral("Overdue by 10 day(s)"));
        const bool warned = column == M::DueColumn || column == M::StatusColumn;
        QCOMPARE(cell(0, column).data(Qt::ForegroundRole).canConvert<QColor>(), warned);
    }
    QCOMPARE(cell(0, M::OwnerColumn).data().toString(), QStringLiteral("Databases"));
    QCOMPARE(cell(0, M::FactorColumn).data().toString(), QStringLiteral("Replica lag went unalerted"));
    QCOMPARE(cell(0, M::SourceColumn).data().toString(), QStringLiteral("Replica lag"));
    QCOMPARE(cell(0, M::SourceColumn).data(M::IncidentIdRole).toLongLong(), m_incident);
    QCOMPARE(cell(0, M::KindColumn).data().toString(), QStringLiteral("Detect sooner"));
    QCOMPARE(cell(0, M::KindColumn).data(M::SortRole).toInt(), int(ActionKind::DetectSooner));

    // Due 10 March, in progress: not overdue, nothing stands out.
    QVERIFY(!cell(1, M::TextColumn).data(M::OverdueRole).toBool());
    QCOMPARE(cell(1, M::StatusColumn).data().toString(), QStringLiteral("In progress"));
    QCOMPARE(cell(1, M::TextColumn).data(Qt::ToolTipRole).toString(), QStringLiteral("Add a canary stage"));
    QVERIFY(!cell(1, M::DueColumn).data(Qt::ToolTipRole).isValid());
    for (int column = 0; column < M::ColumnCount; ++column) {
        QVERIFY(!cell(1, column).data(Qt::FontRole).isValid());
        QVERIFY(!cell(1, column).data(Qt::ForegroundRole).isValid());
    }

    // Undated: shows nothing, sorts after every date, and offers two weeks from today to edit.
    QVERIFY(!cell(2, M::TextColumn).data(M::OverdueRole).toBool());
    QCOMPARE(cell(2, M::DueColumn).data().toString(), QString());
    QCOMPARE(cell(2, M::DueColumn).data(M::SortRole).toLongLong(), std::numeric_limits<qint64>::max());
    QCOMPARE(cell(2, M::DueColumn).data(Qt::EditRole).toDate(), QDate(2024, 3, 15));
    QCOMPARE(cell(2, M::FactorColumn).data().toString(), QString());

    // Done: no longer overdue, the row stays (this model shows every status).
    QVERIFY(model.setData(cell(0, M::StatusColumn), int(ActionStatus::Done)));
    QCOMPARE(model.overdueCount(), 0);
    QVERIFY(!cell(0, M::TextColumn).data(M::OverdueRole).toBool());
    QCOMPARE(cell(0, M::StatusColumn).data().toString(), QStringLiteral("Done"));
    QVERIFY(repo().action(p.actions.at(0))->done.isValid());
    stack().undo();
    QCOMPARE(model.overdueCount(), 1);
    QVERIFY(!repo().action(p.actions.at(0))->done.isValid());
}

// What a row shows depends on the day it is measured against: a new day must reach the views.
void TestActionItemsModel::newTodayUpdatesOverdueRows()
{
    QVERIFY(populate().complete());
    ActionFilter filter;
    filter.sessionId = m_session;
    ActionItemsModel model(repo(), edits(), filter);
    model.setToday(March1);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Spies spies(&model);
    const QModelIndex status = model.index(1, ActionItemsModel::StatusColumn); // due 10 March
    QVERIFY(!status.data(ActionItemsModel::OverdueRole).toBool());

    model.setToday(QDate(2024, 3, 11));
    QCOMPARE(model.overdueCount(), 2);
    QVERIFY(status.data(ActionItemsModel::OverdueRole).toBool());
    QCOMPARE(status.data().toString(), QStringLiteral("In progress, overdue"));
    QCOMPARE(spies.structural(), 0);
    // The rows are the same, but what is overdue changed: views must repaint them.
    QVERIFY(!spies.changed.isEmpty());
}

void TestActionItemsModel::modelsOfOneSessionAndAll()
{
    const Populated p = populate();
    QVERIFY(p.complete());
    const qint64 retro = addRetro(m_platform, QStringLiteral("Platform retro, February"), at(40));
    QVERIFY(retro > 0);
    QVERIFY(repo()
                .insertAction(makeAction(retro, m_databases, QStringLiteral("Drop cache"), QDate(2024, 2, 28),
                                         ActionStatus::InProgress))
                .ok());

    ActionFilter one;
    one.sessionId = m_session;
    ActionFilter openOnly;
    openOnly.openOnly = true;
    ActionItemsModel ofSession(repo(), edits(), one);
    ActionItemsModel everything(repo(), edits(), ActionFilter());
    ActionItemsModel openOnes(repo(), edits(), openOnly);
    const std::vector<std::pair<ActionItemsModel *, ActionFilter>> models = {
        {&ofSession, one}, {&everything, ActionFilter()}, {&openOnes, openOnly}};
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (const auto &[model, filter] : models) {
        model->setToday(March1);
        testers.push_back(
            std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    }
    Spies sessionSpies(&ofSession);
    Spies allSpies(&everything);
    Spies openSpies(&openOnes);
    auto check = [&] {
        for (const auto &[model, filter] : models) {
            ActionFilter withToday = filter;
            withToday.today = March1;
            QCOMPARE(shownIds(*model), idsOf(repo().actionRows(withToday)));
        }
        QCOMPARE(sessionSpies.reset.size() + allSpies.reset.size() + openSpies.reset.size(), 0);
    };
    auto clear = [&] {
        sessionSpies.clear();
        allSpies.clear();
        openSpies.clear();
    };
    QCOMPARE(ofSession.rowCount(), 3);
    QCOMPARE(everything.rowCount(), 4);
    QCOMPARE(openOnes.rowCount(), 4);
    QCOMPARE(everything.index(1, ActionItemsModel::SourceColumn).data().toString(),
             QStringLiteral("Platform retro, February"));
    QCOMPARE(everything.index(1, ActionItemsModel::SourceColumn).data(ActionItemsModel::IncidentIdRole).toLongLong(),
             0);
    check();

    // Added to the retro: the models across sessions insert it at its due date; the postmortem's model is silent.
    QVERIFY(edits()
                .addAction(makeAction(retro, m_platform, QStringLiteral("Rotate the deploy keys"), QDate(2024, 3, 5)))
                .ok());
    checkRowArguments(allSpies.inserted, 2, 2);
    checkRowArguments(openSpies.inserted, 2, 2);
    QCOMPARE(sessionSpies.structural() + int(sessionSpies.changed.size()), 0);
    check();
    clear();

    // Added to the postmortem: all three insert it.
    QVERIFY(edits()
                .addAction(
                    makeAction(m_session, m_payments, QStringLiteral("Page the payments team too"), QDate(2024, 3, 20)))
                .ok());
    QCOMPARE(sessionSpies.inserted.size(), 1);
    QCOMPARE(allSpies.inserted.size(), 1);
    QCOMPARE(openSpies.inserted.size(), 1);
    check();
    clear();

    // Marked done in place: it stays where every status shows, and leaves the open list; undo brings it back.
    const int openRow = shownRow(openOnes, p.actions.at(0));
    QVERIFY(openRow >= 0);
    QVERIFY(openOnes.setData(openOnes.index(openRow, ActionItemsModel::StatusColumn), int(ActionStatus::Done)));
    checkRowArguments(openSpies.removed, openRow, openRow);
    QCOMPARE(sessionSpies.structural() + allSpies.structural(), 0);
    QCOMPARE(sessionSpies.changed.size(), 1);
    QCOMPARE(allSpies.changed.size(), 1);
    check();
    clear();
    stack().undo();
    checkRowArguments(openSpies.inserted, openRow, openRow);
    check();
    clear();

    // The factor an item addresses is renamed, then removed: the rows follow; undo links it again.
    ContributingFactor factor = repo().factor(p.factors.at(0)).value();
    factor.text = QStringLiteral("Replica lag had no alert");
    QVERIFY(edits().editFactor(factor).ok());
    QCOMPARE(ofSession.index(0, ActionItemsModel::FactorColumn).data().toString(), factor.text);
    QCOMPARE(sessionSpies.structural(), 0);
    QCOMPARE(sessionSpies.changed.size(), 1);
    QVERIFY(edits().removeFactor(factor.id).ok());
    QCOMPARE(ofSession.index(0, ActionItemsModel::FactorColumn).data().toString(), QString());
    stack().undo();
    QCOMPARE(ofSession.index(0, ActionItemsModel::FactorColumn).data().toString(), factor.text);
    QCOMPARE(sessionSpies.structural(), 0);
    check();
    clear();

    // The retro is removed with its items: gone from the models across sessions only.
    const int retroItems = int(repo().actions(retro).size());
    QVERIFY(repo().removeSession(retro).ok());
    QCOMPARE(int(allSpies.removed.size()), retroItems);
    QCOMPARE(sessionSpies.structural(), 0);
    check();
}

void TestActionItemsModel::earlierOpenItems()
{
    const Populated p = populate();
    QVERIFY(p.complete());
    // A later retro of the postmortem's team sees the postmortem's open items.
    const qint64 later = addRetro(m_databases, QStringLiteral("Databases retro, March"), at(50));
    QVERIFY(later > 0);
    QVERIFY(repo().insertAction(makeAction(later, m_databases, QStringLiteral("Own item of the retro"))).ok());
    ActionFilter filter;
    filter.earlierThanSessionId = later;
    ActionItemsModel model(repo(), edits(), filter);
    model.setToday(March1);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Spies spies(&model);

    QCOMPARE(shownIds(model), p.actions);
    QCOMPARE(shownIds(model), idsOf(repo().earlierOpenActions(later)));
    QCOMPARE(model.overdueCount(), 1);

    // Marked done from the retro: no longer open, so it leaves.
    QVERIFY(model.setData(model.index(1, ActionItemsModel::StatusColumn), int(ActionStatus::Done)));
    checkRowArguments(spies.removed, 1, 1);
    QCOMPARE(shownIds(model), (QList<qint64>{p.actions.at(0), p.actions.at(2)}));
    QCOMPARE(stack().undoText(), QStringLiteral("Mark “Add a canary stage” done"));
    spies.clear();
    stack().undo();
    checkRowArguments(spies.inserted, 1, 1);
    QCOMPARE(shownIds(model), p.actions);
}

void TestActionItemsModel::renamedSourcesShow_data()
{
    renamedSourcesData();
}

// The action items show titles and team names kept elsewhere; a rename must show. The model follows the postmortem
// repository itself; renamed incidents and teams reach it through reload(), which the main window connects to those
// repositories' signals (as done here; tst_gui checks the window's wiring).
void TestActionItemsModel::renamedSourcesShow()
{
    QFETCH(QString, renamed);

    qint64 retro = 0;
    addRenamedSources(retro);
    if (QTest::currentTestFailed())
        return;
    ActionItemsModel actions(repo(), edits(), ActionFilter());
    actions.setToday(March1);
    connect(&m_store->incidents, &IncidentRepository::updated, &actions, &ActionItemsModel::reload);
    connect(&m_store->teams, &TeamRepository::teamUpdated, &actions, &ActionItemsModel::reload);
    QAbstractItemModelTester actionsTester(&actions, QAbstractItemModelTester::FailureReportingMode::QtTest);

    rename(renamed, retro);
    if (QTest::currentTestFailed())
        return;

    QStringList storedActions;
    for (const ActionRow &row : repo().actionRows({}))
        storedActions.append(row.source + QLatin1Char('/') + row.ownerTeamName);
    QStringList shownActions;
    for (int row = 0; row < actions.rowCount(); ++row) {
        shownActions.append(actions.index(row, ActionItemsModel::SourceColumn).data().toString() + QLatin1Char('/') +
                            actions.index(row, ActionItemsModel::OwnerColumn).data().toString());
    }

    QCOMPARE(shownActions, storedActions);
    // The rename really reached the rows.
    QVERIFY2(shownActions.join(QLatin1Char(' ')).contains(renamedTo(renamed)),
             qPrintable(shownActions.join(QLatin1Char(' '))));
}

void TestActionItemsModel::addBulkItems(int count)
{
    QSqlDatabase db = m_store->database.connection();
    QSqlQuery q(db);
    QVERIFY2(db.transaction(), qPrintable(db.lastError().text()));
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO action_item (postmortem_id, kind, text, owner_team_id, owner_person,"
                                     " due_date, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")));
    const qint64 owners[] = {m_platform, m_databases, m_replication, m_payments};
    for (int i = 0; i < count; ++i) {
        q.addBindValue(m_session);
        q.addBindValue(i % 5);
        // Texts out of id order (and of mixed case), so sorting by text is not the id order.
        q.addBindValue(
            QStringLiteral("%1ulk item %2").arg(i % 2 ? QLatin1Char('b') : QLatin1Char('B')).arg((i * 7919) % count));
        q.addBindValue(owners[i % 4]);
        q.addBindValue(QStringLiteral("Person %1").arg(i % 13));
        // One in ten undated; the rest spread around 1 March.
        q.addBindValue(i % 10 == 0 ? QVariant()
                                   : QVariant(QDate(2024, 3, 1).addDays(i % 61 - 30).toString(Qt::ISODate)));
        q.addBindValue((i / 3) % 4); // open, in progress, done, dropped, not in step with the owners
        q.addBindValue(at(0).toSecsSinceEpoch());
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    QVERIFY2(db.commit(), qPrintable(db.lastError().text()));
}

QList<qint64> TestActionItemsModel::scrolledIds(const ActionItemsModel &model, int *mostHeld)
{
    QList<qint64> ids;
    *mostHeld = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.append(model.index(row, ActionItemsModel::TextColumn).data(ActionItemsModel::IdRole).toLongLong());
        *mostHeld = std::max(*mostHeld, model.cachedRowCount());
    }
    return ids;
}

void TestActionItemsModel::bigListReadsByThePage()
{
    QVERIFY(populate().complete());
    STEP(addBulkItems(3000));
    ActionItemsModel model(repo(), edits(), ActionFilter());
    model.setToday(March1);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 3003);
    // Opening reads one page for what a view shows first, not the list.
    QVERIFY(model.index(0, ActionItemsModel::TextColumn).data().isValid());
    QVERIFY(model.cachedRowCount() <= ActionItemsModel::PageSize);
    // Scrolling to the end holds a few pages at most, and shows every row in the SQL order.
    int mostHeld = 0;
    ActionFilter withToday;
    withToday.today = March1;
    QCOMPARE(scrolledIds(model, &mostHeld), idsOf(repo().actionRows(withToday)));
    QVERIFY2(mostHeld <= ActionItemsModel::MaxCachedRows, qPrintable(QStringLiteral("%1 rows held").arg(mostHeld)));
    QVERIFY(mostHeld < model.rowCount() / 2);
    // The overdue count comes from SQL, for the whole list.
    int overdue = 0;
    for (const ActionRow &row : repo().actionRows(withToday))
        overdue += row.item.isOverdue(March1) ? 1 : 0;
    QVERIFY(overdue > 100);
    QCOMPARE(model.overdueCount(), overdue);
}

void TestActionItemsModel::bigListFiltersAsListActions()
{
    QVERIFY(populate().complete());
    STEP(addBulkItems(1500));
    ActionItemsModel model(repo(), edits(), ActionFilter());
    model.setToday(March1);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ActionFilter byTeam;
    byTeam.teamId = m_platform; // with Databases and Replication below it
    ActionFilter open;
    open.openOnly = true;
    ActionFilter overdue;
    overdue.overdueOnly = true;
    ActionFilter doneOfPayments;
    doneOfPayments.teamId = m_payments;
    doneOfPayments.status = ActionStatus::Done;
    for (ActionFilter filter : {byTeam, open, overdue, doneOfPayments, ActionFilter()}) {
        filter.today = March1;
        model.setFilter(filter);
        // What `candor-cli list actions` prints for the same filter, in the same order.
        const Listing listed = listings::actions(repo(), filter);
        QList<qint64> expected;
        for (const QVariantList &row : listed.rows)
            expected.append(row.at(0).toLongLong());
        QVERIFY(!expected.isEmpty());
        int mostHeld = 0;
        QCOMPARE(scrolledIds(model, &mostHeld), expected);
        QVERIFY(mostHeld <= ActionItemsModel::MaxCachedRows);
        int shownOverdue = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            shownOverdue += model.index(row, 0).data(ActionItemsModel::OverdueRole).toBool() ? 1 : 0;
        QCOMPARE(model.overdueCount(), shownOverdue);
    }
}

void TestActionItemsModel::bigListSortsInSql()
{
    QVERIFY(populate().complete());
    STEP(addBulkItems(1200));
    ActionItemsModel model(repo(), edits(), ActionFilter());
    model.setToday(March1);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ActionFilter withToday;
    withToday.today = March1;
    const QList<ActionRow> rows = repo().actionRows(withToday);
    const QList<qint64> ownOrder = idsOf(rows);
    // A row the view has current follows its item through every sort.
    QPersistentModelIndex current = model.index(5, ActionItemsModel::TextColumn);
    const qint64 currentId = current.data(ActionItemsModel::IdRole).toLongLong();

    const auto sortedBy = [&rows](auto less) {
        QList<ActionRow> sorted = rows;
        std::stable_sort(sorted.begin(), sorted.end(), [&less](const ActionRow &a, const ActionRow &b) {
            return less(a, b) || (!less(b, a) && a.item.id < b.item.id);
        });
        return idsOf(sorted);
    };
    const QList<qint64> byText = sortedBy([](const ActionRow &a, const ActionRow &b) {
        return QString::compare(a.item.text, b.item.text, Qt::CaseInsensitive) < 0;
    });
    const QList<qint64> byStatus =
        sortedBy([](const ActionRow &a, const ActionRow &b) { return int(a.item.status) < int(b.item.status); });
    Spies spies(&model);
    int mostHeld = 0;
    model.sort(ActionItemsModel::TextColumn, Qt::AscendingOrder);
    QCOMPARE(scrolledIds(model, &mostHeld), byText);
    QCOMPARE(current.data(ActionItemsModel::IdRole).toLongLong(), currentId);
    model.sort(ActionItemsModel::TextColumn, Qt::DescendingOrder);
    QList<qint64> reversed = byText;
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(scrolledIds(model, &mostHeld), reversed);
    model.sort(ActionItemsModel::StatusColumn, Qt::AscendingOrder);
    QCOMPARE(scrolledIds(model, &mostHeld), byStatus);
    QCOMPARE(current.data(ActionItemsModel::IdRole).toLongLong(), currentId);
    // No column: back to the list's own order (overdue and soonest due first).
    model.sort(-1, Qt::AscendingOrder);
    QCOMPARE(scrolledIds(model, &mostHeld), ownOrder);
    QCOMPARE(current.data(ActionItemsModel::IdRole).toLongLong(), currentId);
    QVERIFY(mostHeld <= ActionItemsModel::MaxCachedRows);
    // Rows only moved: layout changes, never a reset or a row removed.
    QCOMPARE(spies.structural(), 0);
    QCOMPARE(int(spies.layout.size()), 4);
}

void TestActionItemsModel::bigListEditIsOneSignal()
{
    QVERIFY(populate().complete());
    STEP(addBulkItems(2000));
    ActionFilter open;
    open.openOnly = true;
    ActionItemsModel model(repo(), edits(), open);
    model.setToday(March1);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int total = model.rowCount();
    QVERIFY(total > 900);
    // Somewhere in the middle, past the pages read so far.
    const int row = total / 2 + 17;
    QPersistentModelIndex below = model.index(row + 40, ActionItemsModel::TextColumn);
    const qint64 belowId = below.data(ActionItemsModel::IdRole).toLongLong();
    const qint64 id = model.index(row, 0).data(ActionItemsModel::IdRole).toLongLong();
    Spies spies(&model);
    QVERIFY(model.setData(model.index(row, ActionItemsModel::StatusColumn), int(ActionStatus::Done)));
    checkRowArguments(spies.removed, row, row);
    QCOMPARE(spies.structural(), 1);
    QCOMPARE(model.rowCount(), total - 1);
    QCOMPARE(model.rowOf(id), -1);
    QCOMPARE(below.row(), row + 39);
    QCOMPARE(below.data(ActionItemsModel::IdRole).toLongLong(), belowId);
    spies.clear();
    stack().undo();
    checkRowArguments(spies.inserted, row, row);
    QCOMPARE(spies.structural(), 1);
    QCOMPARE(model.rowOf(id), row);

    // A changed text stays in place: one dataChanged for that row.
    spies.clear();
    QVERIFY(model.setData(model.index(row, ActionItemsModel::TextColumn), QStringLiteral("Renamed bulk item")));
    QCOMPARE(spies.structural() + int(spies.layout.size()), 0);
    QCOMPARE(spies.changed.size(), 1);
    QCOMPARE(spies.changed.at(0).at(0).value<QModelIndex>().row(), row);
    QCOMPARE(model.index(row, ActionItemsModel::TextColumn).data().toString(), QStringLiteral("Renamed bulk item"));
}

void TestActionItemsModel::bigDatabaseFiltersInBackground()
{
    QVERIFY(populate().complete());
    STEP(addBulkItems(ActionItemsModel::BackgroundRows + 200));
    ActionItemsModel model(repo(), edits(), ActionFilter());
    model.setToday(March1);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int all = model.rowCount();
    const auto listed = [this](ActionFilter filter) {
        filter.today = March1;
        QList<qint64> ids;
        for (const QVariantList &row : listings::actions(repo(), filter).rows)
            ids.append(row.at(0).toLongLong());
        return ids;
    };
    int mostHeld = 0;

    // A new filter is read on another thread: the rows shown stay until the new ones arrive.
    QSignalSpy loading(&model, &ActionItemsModel::loadingChanged);
    ActionFilter open;
    open.openOnly = true;
    model.setFilter(open);
    QVERIFY(model.isLoading());
    QCOMPARE(model.rowCount(), all);
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(loading.size(), 2);
    QCOMPARE(scrolledIds(model, &mostHeld), listed(open));
    QCOMPARE(model.overdueCount(), int(listed([&] {
                                           ActionFilter f = open;
                                           f.overdueOnly = true;
                                           return f;
                                       }())
                                           .size()));

    // An edit while a read is on its way is shown at once, with the new filter; the older read is dropped.
    ActionFilter overdue;
    overdue.overdueOnly = true;
    model.setFilter(overdue);
    QVERIFY(model.isLoading());
    const qint64 first = listed(overdue).constFirst();
    QVERIFY(edits().setActionStatus(first, ActionStatus::Done).ok());
    QVERIFY(!model.isLoading());
    const QList<qint64> expected = listed(overdue);
    QVERIFY(!expected.contains(first));
    QCOMPARE(scrolledIds(model, &mostHeld), expected);
    QTest::qWait(100);
    QCOMPARE(scrolledIds(model, &mostHeld), expected);
    QVERIFY(mostHeld <= ActionItemsModel::MaxCachedRows);
}

QTEST_MAIN(TestActionItemsModel)
#include "tst_actionitemsmodel.moc"
