// SessionTableModel under QAbstractItemModelTester: empty and populated, newest first, read-only, the kind and phase
// of postmortems and retros, sessions added, changed and removed as precise row signals (never a reset), and renamed
// retros, incidents and teams. Thousands of sessions are read by the page (never all held) and sorted in SQL.
#include "models/SessionModelFixture.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace candor;
using namespace candor::testdata;

class TestSessionTableModel : public SessionModelTest
{
    Q_OBJECT

protected:
    Subject subject() override
    {
        return {[this] { return std::make_unique<SessionTableModel>(repo()); },
                [this] {
                    return idsOf(repo().sessions());
                }};
    }
    int expectedColumns() const override { return SessionTableModel::ColumnCount; }
    void headerRows() override;
    void makeEmpty() override { QVERIFY(repo().removeSession(m_session).ok()); } // an empty database

private slots:
    void newestFirst();
    void phaseAndKind_data();
    void phaseAndKind();
    void renamedSourcesShow_data();
    void renamedSourcesShow();
    void bigListReadsByThePageAndSorts();
};

// ---- Rows of the test functions every session model passes ------------------------------------------------------

void TestSessionTableModel::headerRows()
{
    // As the class comment promises: the sessions list is read-only.
    QTest::newRow("title") << int(SessionTableModel::TitleColumn) << QStringLiteral("Title") << false;
    QTest::newRow("kind") << int(SessionTableModel::KindColumn) << QStringLiteral("Kind") << false;
    QTest::newRow("team") << int(SessionTableModel::TeamColumn) << QStringLiteral("Team") << false;
    QTest::newRow("phase") << int(SessionTableModel::PhaseColumn) << QStringLiteral("Phase") << false;
    QTest::newRow("started") << int(SessionTableModel::CreatedColumn) << QStringLiteral("Started") << false;
}

// ---- Sessions ----------------------------------------------------------------------------------------------------

void TestSessionTableModel::newestFirst()
{
    const qint64 older = addIncident(m_store->incidents, m_platform, QStringLiteral("Certificate expired"));
    const qint64 oldest = addSession(repo(), makePostmortem(older, m_platform, at(0, 10)));
    const qint64 retro = addRetro(m_payments, QStringLiteral("Payments retro, February"), at(0, 50));
    QVERIFY(oldest > 0 && retro > 0);

    SessionTableModel model(repo());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Spies spies(&model);
    using M = SessionTableModel;

    QCOMPARE(shownIds(model), (QList<qint64>{retro, m_session, oldest}));
    QCOMPARE(columnTexts(model, M::TitleColumn),
             (QStringList{QStringLiteral("Payments retro, February"), QStringLiteral("Replica lag"),
                          QStringLiteral("Certificate expired")}));
    QCOMPARE(columnTexts(model, M::KindColumn),
             (QStringList{QStringLiteral("Retro"), QStringLiteral("Postmortem"), QStringLiteral("Postmortem")}));
    QCOMPARE(columnTexts(model, M::TeamColumn),
             (QStringList{QStringLiteral("Payments"), QStringLiteral("Databases"), QStringLiteral("Platform")}));
    QCOMPARE(columnTexts(model, M::PhaseColumn), QStringList(3, QStringLiteral("Opening")));
    const QDateTime created[] = {at(0, 50), at(0, 30), at(0, 10)};
    for (int row = 0; row < 3; ++row) {
        const QModelIndex index = model.index(row, M::CreatedColumn);
        QCOMPARE(index.data(M::SortRole).toLongLong(), created[row].toSecsSinceEpoch());
        QCOMPARE(index.data().toString(), QLocale().toString(created[row].toLocalTime(), QLocale::ShortFormat));
        QCOMPARE(index.data(Qt::ToolTipRole), index.data());
        QVERIFY(!index.data(Qt::EditRole).isValid());
        QVERIFY(!model.flags(index).testFlag(Qt::ItemIsEditable));
    }

    // A session started in between is inserted in between.
    const qint64 between = addRetro(m_platform, QStringLiteral("Platform retro"), at(0, 40));
    checkRowArguments(spies.inserted, 1, 1);
    QCOMPARE(spies.structural(), 1);
    QCOMPARE(shownIds(model), idsOf(repo().sessions()));
    spies.clear();

    // A phase change changes that row only.
    const int row = shownRow(model, m_session);
    QCOMPARE(row, 2);
    Session session = repo().session(m_session).value();
    session.record(Phase::Opening).agreed = at(1);
    session.record(Phase::Timeline).started = at(1);
    QVERIFY(repo()
                .changePhase(m_session, Phase::Timeline, session.phases,
                             {at(1), Phase::Opening, PhaseLogEntry::Agreed, QStringLiteral("Sam Rivers"), {}})
                .ok());
    QCOMPARE(spies.structural(), 0);
    QCOMPARE(spies.changed.size(), 1);
    QCOMPARE(spies.changed.at(0).at(0).value<QModelIndex>().row(), row);
    QCOMPARE(spies.changed.at(0).at(1).value<QModelIndex>().row(), row);
    QCOMPARE(model.index(row, M::PhaseColumn).data().toString(), QStringLiteral("Timeline"));
    QCOMPARE(model.index(row, M::PhaseColumn).data(M::SortRole).toInt(), int(Phase::Timeline));
    spies.clear();

    // Removed: one row out.
    QVERIFY(repo().removeSession(between).ok());
    checkRowArguments(spies.removed, 1, 1);
    QCOMPARE(shownIds(model), (QList<qint64>{retro, m_session, oldest}));
    QCOMPARE(spies.reset.size(), 0);
}

void TestSessionTableModel::phaseAndKind_data()
{
    QTest::addColumn<bool>("retro");
    QTest::addColumn<int>("phase");
    QTest::addColumn<QString>("kindName");
    QTest::addColumn<QString>("phaseName");

    const QString postmortem = QStringLiteral("Postmortem");
    const QString retro = QStringLiteral("Retro");
    QTest::newRow("postmortem, opening") << false << int(Phase::Opening) << postmortem << QStringLiteral("Opening");
    QTest::newRow("postmortem, timeline") << false << int(Phase::Timeline) << postmortem << QStringLiteral("Timeline");
    QTest::newRow("postmortem, factors") << false << int(Phase::Factors) << postmortem
                                         << QStringLiteral("Contributing factors");
    QTest::newRow("postmortem, actions") << false << int(Phase::Actions) << postmortem << QStringLiteral("Actions");
    QTest::newRow("postmortem, closing") << false << int(Phase::Closing) << postmortem << QStringLiteral("Closing");
    QTest::newRow("postmortem, finished") << false << int(Phase::Finished) << postmortem << QStringLiteral("Finished");
    QTest::newRow("retro, opening") << true << int(Phase::Opening) << retro << QStringLiteral("Opening");
    QTest::newRow("retro, notable events") << true << int(Phase::Timeline) << retro << QStringLiteral("Notable events");
    QTest::newRow("retro, helped and hindered")
        << true << int(Phase::Factors) << retro << QStringLiteral("Helped and hindered");
    QTest::newRow("retro, actions") << true << int(Phase::Actions) << retro << QStringLiteral("Actions");
    QTest::newRow("retro, finished") << true << int(Phase::Finished) << retro << QStringLiteral("Finished");
}

void TestSessionTableModel::phaseAndKind()
{
    QFETCH(bool, retro);
    QFETCH(int, phase);
    QFETCH(QString, kindName);
    QFETCH(QString, phaseName);

    const qint64 id = retro ? addRetro(m_platform, QStringLiteral("Platform retro"), at(2)) : m_session;
    QVERIFY(id > 0);
    SessionTableModel model(repo());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    if (phase != int(Phase::Opening)) {
        const Session session = repo().session(id).value();
        QVERIFY(repo()
                    .changePhase(id, static_cast<Phase>(phase), session.phases,
                                 {at(3), Phase::Opening, PhaseLogEntry::Skipped, QStringLiteral("Sam Rivers"),
                                  QStringLiteral("Testing")})
                    .ok());
    }

    const int row = shownRow(model, id);
    QVERIFY(row >= 0);
    const QModelIndex kind = model.index(row, SessionTableModel::KindColumn);
    const QModelIndex shownPhase = model.index(row, SessionTableModel::PhaseColumn);
    QCOMPARE(kind.data().toString(), kindName);
    QCOMPARE(shownPhase.data().toString(), phaseName);
    QCOMPARE(shownPhase.data(Qt::ToolTipRole).toString(), phaseName);
    QCOMPARE(shownPhase.data(SessionTableModel::SortRole).toInt(), phase);
    QCOMPARE(shownPhase.data(SessionTableModel::IdRole).toLongLong(), id);
}

void TestSessionTableModel::renamedSourcesShow_data()
{
    renamedSourcesData();
}

// The sessions list shows titles and team names kept elsewhere; a rename must show. The model follows the
// postmortem repository itself; renamed incidents and teams reach it through reload(), which the main window
// connects to those repositories' signals (as done here; tst_gui checks the window's wiring).
void TestSessionTableModel::renamedSourcesShow()
{
    QFETCH(QString, renamed);

    qint64 retro = 0;
    addRenamedSources(retro);
    if (QTest::currentTestFailed())
        return;
    SessionTableModel sessions(repo());
    connect(&m_store->incidents, &IncidentRepository::updated, &sessions, &SessionTableModel::reload);
    connect(&m_store->teams, &TeamRepository::teamUpdated, &sessions, &SessionTableModel::reload);
    QAbstractItemModelTester sessionsTester(&sessions, QAbstractItemModelTester::FailureReportingMode::QtTest);

    rename(renamed, retro);
    if (QTest::currentTestFailed())
        return;

    QStringList storedSessions;
    for (const SessionRow &row : repo().sessions())
        storedSessions.append(row.title + QLatin1Char('/') + row.teamName);
    QStringList shownSessions;
    for (int row = 0; row < sessions.rowCount(); ++row) {
        shownSessions.append(sessions.index(row, SessionTableModel::TitleColumn).data().toString() + QLatin1Char('/') +
                             sessions.index(row, SessionTableModel::TeamColumn).data().toString());
    }

    QCOMPARE(shownSessions, storedSessions);
    // The rename really reached the rows.
    QVERIFY2(shownSessions.join(QLatin1Char(' ')).contains(renamedTo(renamed)),
             qPrintable(shownSessions.join(QLatin1Char(' '))));
}

void TestSessionTableModel::bigListReadsByThePageAndSorts()
{
    // 2,000 retros in one transaction (straight SQL: as many durable transactions would take a minute).
    QSqlDatabase db = m_store->database.connection();
    QSqlQuery q(db);
    QVERIFY2(db.transaction(), qPrintable(db.lastError().text()));
    QVERIFY(q.prepare(
        QStringLiteral("INSERT INTO postmortem (kind, team_id, title, phase, created_at) VALUES (1, ?, ?, ?, ?)")));
    const qint64 teams[] = {m_platform, m_databases, m_replication, m_payments};
    for (int i = 0; i < 2000; ++i) {
        q.addBindValue(teams[i % 4]);
        q.addBindValue(QStringLiteral("Retro %1").arg((i * 7919) % 2000));
        q.addBindValue(i % 6);
        // Some share a start time, so the order by id breaks ties.
        q.addBindValue(at(0).addSecs(qint64(i / 3) * 3600).toSecsSinceEpoch());
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    QVERIFY2(db.commit(), qPrintable(db.lastError().text()));

    SessionTableModel model(repo());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2001);
    const auto scrolled = [&model](int *mostHeld) {
        QList<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row) {
            ids.append(model.index(row, SessionTableModel::TitleColumn).data(SessionTableModel::IdRole).toLongLong());
            *mostHeld = std::max(*mostHeld, model.cachedRowCount());
        }
        return ids;
    };
    int mostHeld = 0;
    const QList<SessionRow> rows = repo().sessions();
    QCOMPARE(scrolled(&mostHeld), idsOf(rows));
    QVERIFY2(mostHeld <= SessionTableModel::MaxCachedRows, qPrintable(QString::number(mostHeld)));

    // By team, A to Z, then by id; the current row follows its session; back to newest first.
    QPersistentModelIndex current = model.index(10, 0);
    const qint64 currentId = current.data(SessionTableModel::IdRole).toLongLong();
    QList<SessionRow> byTeam = rows;
    std::stable_sort(byTeam.begin(), byTeam.end(), [](const SessionRow &a, const SessionRow &b) {
        const int order = QString::compare(a.teamName, b.teamName, Qt::CaseInsensitive);
        return order < 0 || (order == 0 && a.id < b.id);
    });
    Spies spies(&model);
    model.sort(SessionTableModel::TeamColumn, Qt::AscendingOrder);
    QCOMPARE(scrolled(&mostHeld), idsOf(byTeam));
    QCOMPARE(current.data(SessionTableModel::IdRole).toLongLong(), currentId);
    model.sort(-1, Qt::AscendingOrder);
    QCOMPARE(scrolled(&mostHeld), idsOf(rows));
    QCOMPARE(current.data(SessionTableModel::IdRole).toLongLong(), currentId);
    QCOMPARE(spies.structural(), 0);
    QVERIFY(mostHeld <= SessionTableModel::MaxCachedRows);
}

QTEST_MAIN(TestSessionTableModel)
#include "tst_sessiontablemodel.moc"
