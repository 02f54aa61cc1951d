// The hot paths keep using their indexes. Every statement the incident list and search, the action items and
// sessions lists, the survey trends, the wave list, a timeline edit and the team tree really run is captured
// (sqlite3_trace_v2 on every connection the process opens, background readers included) while they are driven through
// the repositories and item models, then each is planned with EXPLAIN QUERY PLAN. A test fails, naming the statement
// and its plan, when a large table is scanned without an index where a search was expected, or when an index an
// operation is expected to use is not used by any of its statements.
//
// Plans depend on sqlite_stat1, so the database is filled with a few thousand incidents, sessions, action items and
// survey waves in one transaction and ANALYZEd: shaped like the large demo organisation, only smaller.
#include "common/TestData.h"
#include "item/ActionItemsModel.h"
#include "item/FigureStore.h"
#include "item/IncidentTableModel.h"
#include "item/MemberTableModel.h"
#include "item/TeamTreeModel.h"
#include "storage/PostmortemRepository.h"
#include "storage/SqlRows.h"
#include "storage/SurveyRepository.h"
#include "storage/Transaction.h"
#include "undo/SessionEdits.h"

#include <QMutex>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <sqlite3.h>

#include <map>
#include <set>

using namespace candor;
using namespace candor::testdata;

namespace {

// The tables that grow with the organisation: reading one of them whole is a full scan worth a test.
const QStringList largeTables = {
    QStringLiteral("incident"),        QStringLiteral("timeline_event"), QStringLiteral("contributing_factor"),
    QStringLiteral("action_item"),     QStringLiteral("postmortem"),     QStringLiteral("survey_wave"),
    QStringLiteral("survey_response"), QStringLiteral("survey_answer"),  QStringLiteral("member"),
};

// Statements seen per operation, from every connection (the trace callback runs on the connection's thread).
struct StatementLog
{
    QMutex mutex;
    QString operation; // where statements go now; empty: not recorded
    std::map<QString, std::set<QString>> statements;
};

StatementLog &statementLog()
{
    static StatementLog log;
    return log;
}

int traceStatement(unsigned type, void *, void *statement, void *text)
{
    if (type != SQLITE_TRACE_STMT)
        return 0;
    const char *sqlText = static_cast<const char *>(text);
    if (qstrncmp(sqlText, "--", 2) == 0) // a trigger's statements: planned with the statement that fired it
        return 0;
    const QString sql = QString::fromUtf8(sqlite3_sql(static_cast<sqlite3_stmt *>(statement))).simplified();
    StatementLog &log = statementLog();
    QMutexLocker locker(&log.mutex);
    if (!log.operation.isEmpty())
        log.statements[log.operation].insert(sql);
    return 0;
}

// Registered with sqlite3_auto_extension: runs for every connection opened after it, Qt's and the background
// readers' alike (Debian's Qt SQLite plugin and Candor share the system libsqlite3).
int traceEveryConnection(sqlite3 *db, char **, const sqlite3_api_routines *)
{
    sqlite3_trace_v2(db, SQLITE_TRACE_STMT, traceStatement, nullptr);
    return SQLITE_OK;
}

// Records the statements run while it lives under an operation's name.
class Operation
{
public:
    explicit Operation(const QString &name)
    {
        QMutexLocker locker(&statementLog().mutex);
        statementLog().operation = name;
    }
    ~Operation()
    {
        QMutexLocker locker(&statementLog().mutex);
        statementLog().operation.clear();
    }
};

// What an operation must use, and what it reads whole on purpose.
struct Expectation
{
    QStringList indexes;   // each must appear in the plan of at least one of the operation's statements
    QStringList fullScans; // large tables this operation deliberately reads whole (say why where declared)
};

bool isQuery(const QString &sql)
{
    static const QRegularExpression skip(
        QStringLiteral("^(PRAGMA|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|ANALYZE|EXPLAIN)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return !skip.match(sql).hasMatch();
}

// Table names by the names a statement gives them ("FROM incident i", "JOIN team AS t"), and each table by itself.
QHash<QString, QString> tableAliases(const QString &sql)
{
    QHash<QString, QString> aliases;
    static const QRegularExpression from(
        QStringLiteral("\\b(?:FROM|JOIN|UPDATE|INTO)\\s+(\\w+)(?:\\s+(?:AS\\s+)?(\\w+))?"),
        QRegularExpression::CaseInsensitiveOption);
    static const QStringList keywords = {QStringLiteral("where"),  QStringLiteral("on"),    QStringLiteral("join"),
                                         QStringLiteral("left"),   QStringLiteral("inner"), QStringLiteral("order"),
                                         QStringLiteral("group"),  QStringLiteral("limit"), QStringLiteral("set"),
                                         QStringLiteral("values"), QStringLiteral("using"), QStringLiteral("cross")};
    for (auto it = from.globalMatch(sql); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString table = match.captured(1);
        aliases.insert(table, table);
        const QString alias = match.captured(2);
        if (!alias.isEmpty() && !keywords.contains(alias.toLower()))
            aliases.insert(alias, table);
    }
    return aliases;
}

} // namespace

class TestQueryPlans : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void incidentList();
    void incidentListFilters();
    void incidentEdits();
    void incidentMetrics();
    void actionItems();
    void sessions();
    void timelineEdit();
    void surveyTrends();
    void waveList();
    void teamTree();

    // Last: every captured statement planned and checked against the expectations.
    void plansUseTheirIndexes();

private:
    void fill();
    Expectation &expect(const QString &operation) { return m_expectations[operation]; }
    QStringList plan(const QString &sql, QString *error) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<PostmortemRepository> m_postmortems;
    std::unique_ptr<SurveyRepository> m_surveys;
    std::map<QString, Expectation> m_expectations;
    qint64 m_department = 0;
    qint64 m_team = 0;
    qint64 m_session = 0;
    qint64 m_wave = 0;
    QString m_instrumentKey;
};

void TestQueryPlans::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCOMPARE(sqlite3_auto_extension(reinterpret_cast<void (*)()>(traceEveryConnection)), SQLITE_OK);
    m_store = std::make_unique<Store>(m_dir.filePath(QStringLiteral("plans.sqlite")));
    QVERIFY2(m_store->status.ok(), qPrintable(m_store->status.error()));
    m_postmortems = std::make_unique<PostmortemRepository>(m_store->database);
    m_surveys = std::make_unique<SurveyRepository>(m_store->database);
    fill();
}

void TestQueryPlans::cleanupTestCase()
{
    sqlite3_cancel_auto_extension(reinterpret_cast<void (*)()>(traceEveryConnection));
}

// 90 teams under 10 departments, 600 members, 10,000 incidents (about 100 a team, as in the large demo), 2,000
// postmortems and 200 retros with 5 timeline events, a factor and 2 action items each, 20 quarterly survey waves a
// team with 8 responses each; then ANALYZE.
void TestQueryPlans::fill()
{
    SurveyRepository &surveys = *m_surveys;
    const QList<Instrument> instruments = surveys.instruments(); // stores the built-ins
    QVERIFY(!instruments.isEmpty());
    m_instrumentKey = instruments.constFirst().key;
    const Result<Instrument> instrument = surveys.latestInstrument(m_instrumentKey);
    QVERIFY2(instrument.ok(), qPrintable(instrument.error()));
    const qint64 instrumentId = instrument->id;
    const int items = int(instrument->items.size());
    QVERIFY(items > 0);

    const QSqlDatabase db = m_store->database.connection();
    WriteTransaction transaction(db);
    QVERIFY2(transaction.isActive(), qPrintable(transaction.error()));
    QSqlQuery q(db);
    const auto run = [&q](const QString &statement, const QVariantList &values) {
        if (q.lastQuery() != statement && !q.prepare(statement))
            return false;
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        return q.exec();
    };
    const qint64 start = 1'600'000'000; // September 2020
    constexpr int departments = 10;
    constexpr int teamsPerDepartment = 9;
    constexpr int teams = departments * (teamsPerDepartment + 1);
    for (int d = 0; d < departments; ++d) {
        const qint64 department = d * (teamsPerDepartment + 1) + 1;
        QVERIFY2(run(QStringLiteral("INSERT INTO team (id, parent_id, name) VALUES (?, ?, ?)"),
                     {department, QVariant(), QStringLiteral("Department %1").arg(d)}),
                 qPrintable(q.lastError().text()));
        for (int t = 1; t <= teamsPerDepartment; ++t)
            QVERIFY(run(QStringLiteral("INSERT INTO team (id, parent_id, name) VALUES (?, ?, ?)"),
                        {department + t, department, QStringLiteral("Team %1-%2").arg(d).arg(t)}));
    }
    m_department = 1;
    m_team = 2;
    for (int m = 0; m < 600; ++m)
        QVERIFY2(run(QStringLiteral("INSERT INTO member (team_id, name, role, is_manager) VALUES (?, ?, ?, ?)"),
                     {m % teams + 1, QStringLiteral("Person %1").arg(m), QStringLiteral("Engineer"), int(m % 10 == 0)}),
                 qPrintable(q.lastError().text()));
    const QStringList words = {QStringLiteral("latency"), QStringLiteral("database"),    QStringLiteral("timeout"),
                               QStringLiteral("deploy"),  QStringLiteral("certificate"), QStringLiteral("queue")};
    constexpr int incidents = 10000;
    for (int i = 1; i <= incidents; ++i) {
        const qint64 started = start + qint64(i) * 3600;
        const int status = i % 3;
        QVERIFY2(run(QStringLiteral("INSERT INTO incident (id, team_id, title, severity, status, service, started_at,"
                                    " detected_at, mitigated_at, resolved_at, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
                                    " ?, ?, ?)"),
                     {i, i % teams + 1, QStringLiteral("%1 in service %2").arg(words.at(i % 6)).arg(i % 40), 1 + i % 4,
                      status, QStringLiteral("service-%1").arg(i % 40), started,
                      i % 7 ? QVariant(started + 300 + i % 900) : QVariant(),
                      status > 0 ? QVariant(started + 1800) : QVariant(),
                      status == 2 ? QVariant(started + 7200 + i % 3600) : QVariant(),
                      QStringLiteral("The %1 went wrong.").arg(words.at((i + 3) % 6))}),
                 qPrintable(q.lastError().text()));
    }
    constexpr int sessions = 2200; // 2,000 postmortems of the first incidents, then 200 retros
    for (int s = 1; s <= sessions; ++s) {
        const bool retro = s > 2000;
        const qint64 created = start + qint64(s) * 3600 + 86400;
        QVERIFY2(run(QStringLiteral("INSERT INTO postmortem (id, kind, incident_id, team_id, title, phase, created_at)"
                                    " VALUES (?, ?, ?, ?, ?, ?, ?)"),
                     {s, int(retro), retro ? QVariant() : QVariant(s), s % teams + 1,
                      retro ? QStringLiteral("Retro %1").arg(s) : QStringLiteral(""), s % 6, created}),
                 qPrintable(q.lastError().text()));
        for (int e = 0; e < 5; ++e)
            QVERIFY2(
                run(QStringLiteral("INSERT INTO timeline_event (postmortem_id, at, kind, text) VALUES (?, ?, ?, ?)"),
                    {s, created - 86400 + e * 600, e, QStringLiteral("Step %1 of the %2").arg(e).arg(words.at(e))}),
                qPrintable(q.lastError().text()));
        QVERIFY2(
            run(QStringLiteral("INSERT INTO contributing_factor (id, postmortem_id, category, text) VALUES (?, ?, ?,"
                               " ?)"),
                {s, s, s % 5, QStringLiteral("The %1 alarm was noisy").arg(words.at(s % 6))}),
            qPrintable(q.lastError().text()));
        for (int a = 0; a < 2; ++a)
            QVERIFY2(run(QStringLiteral("INSERT INTO action_item (postmortem_id, kind, text, owner_team_id, due_date,"
                                        " status, factor_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                         {s, a, QStringLiteral("Fix the %1").arg(words.at((s + a) % 6)), (s + a) % teams + 1,
                          QDate(2021, 1, 1).addDays(s / 2 + a * 30).toString(Qt::ISODate), (s + a) % 4,
                          a == 0 ? QVariant(s) : QVariant(), created}),
                     qPrintable(q.lastError().text()));
    }
    m_session = 1;
    for (int t = 1; t <= teams; ++t) {
        for (int quarter = 0; quarter < 20; ++quarter) {
            const QDate opens = QDate(2021, 1, 10).addMonths(quarter * 3);
            QVERIFY2(
                run(QStringLiteral("INSERT INTO survey_wave (team_id, instrument_id, opens_on, closes_on, invited,"
                                   " k, comment_k, respondents, score_sum, score_squares) VALUES (?, ?, ?, ?, ?, ?,"
                                   " ?, ?, ?, ?)"),
                    {t, instrumentId, opens.toString(Qt::ISODate), opens.addDays(14).toString(Qt::ISODate), 10, 5, 5, 8,
                     8 * 5.0, 8 * 25.0}),
                qPrintable(q.lastError().text()));
            const qint64 wave = q.lastInsertId().toLongLong();
            m_wave = wave;
            for (int position = 0; position < items; ++position)
                QVERIFY(run(QStringLiteral("INSERT INTO survey_wave_item (wave_id, position, scored_sum) VALUES (?, ?,"
                                           " ?)"),
                            {wave, position, 40}));
            for (int r = 0; r < 8; ++r) {
                QVERIFY(run(QStringLiteral("INSERT INTO survey_response (wave_id, score) VALUES (?, ?)"), {wave, 5.0}));
                const qint64 response = q.lastInsertId().toLongLong();
                for (int position = 0; position < items; ++position)
                    QVERIFY(run(QStringLiteral("INSERT INTO survey_answer (response_id, position, value) VALUES (?, ?,"
                                               " ?)"),
                                {response, position, 1 + (r + position) % 5}));
            }
        }
    }
    q.finish();
    const Status committed = transaction.commit();
    QVERIFY2(committed.ok(), qPrintable(committed.error()));
    QVERIFY2(q.exec(QStringLiteral("ANALYZE")), qPrintable(q.lastError().text()));
}

// The incident list: count, first page, a jump to the end and to the middle, the page beside it; every sort key
// in both directions.
void TestQueryPlans::incidentList()
{
    IncidentTableModel model(m_store->incidents, m_store->teams);
    const auto page = [&model]() {
        const int rows = model.rowCount();
        QVERIFY(rows > 0);
        for (const int row : {0, 1, rows - 1, rows / 2, rows / 2 + IncidentTableModel::PageSize})
            QVERIFY(model.data(model.index(std::min(row, rows - 1), IncidentTableModel::TitleColumn)).isValid());
    };
    for (int column = 0; column < IncidentTableModel::ColumnCount; ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const QString name = QStringLiteral("incident list sorted by %1 (column %2) %3")
                                     .arg(model.headerData(column, Qt::Horizontal).toString())
                                     .arg(column)
                                     .arg(order == Qt::AscendingOrder ? QStringLiteral("up") : QStringLiteral("down"));
            {
                Operation operation(name);
                model.sort(column, order);
                page();
            }
            Expectation &e = expect(name);
            switch (column) {
            case IncidentTableModel::StartedColumn:
                e.indexes = {QStringLiteral("incident_started")};
                break;
            case IncidentTableModel::SeverityColumn:
                e.indexes = {QStringLiteral("incident_severity")};
                break;
            case IncidentTableModel::StatusColumn:
                e.indexes = {QStringLiteral("incident_status")};
                break;
            case IncidentTableModel::TitleColumn:
                e.indexes = {QStringLiteral("incident_title")};
                break;
            case IncidentTableModel::TeamColumn:
                // Teams in name order, each team's incidents from its index.
                e.indexes = {QStringLiteral("incident_team_started")};
                break;
            case IncidentTableModel::ServiceColumn:
                e.indexes = {QStringLiteral("incident_service")};
                break;
            default:
                // Time to detect and time to resolve are differences of two columns: no index orders them, so each
                // page reads the matching incidents whole and sorts them (tens of milliseconds on 50,000).
                e.fullScans = {QStringLiteral("incident")};
                break;
            }
        }
    }
}

// Filters by team (with its sub-teams), severity, status and text, alone and together, in the default order.
void TestQueryPlans::incidentListFilters()
{
    IncidentTableModel model(m_store->incidents, m_store->teams);
    model.sort(IncidentTableModel::StartedColumn, Qt::DescendingOrder);
    struct Case
    {
        QString name;
        IncidentFilter filter;
        Expectation expectation;
    };
    IncidentFilter team;
    team.teamId = m_department;
    IncidentFilter severity;
    severity.severity = Severity::Sev1;
    IncidentFilter status;
    status.status = IncidentStatus::Open;
    IncidentFilter text;
    text.text = QStringLiteral("latency");
    IncidentFilter together = team;
    together.severity = Severity::Sev2;
    together.status = IncidentStatus::Resolved;
    const QList<Case> cases = {
        {QStringLiteral("incident list filtered by team"), team, {{QStringLiteral("incident_team_started")}, {}}},
        // One severity of four: walking the start order and skipping the others beats sorting a quarter.
        {QStringLiteral("incident list filtered by severity"), severity, {{}, {}}},
        {QStringLiteral("incident list filtered by status"), status, {{}, {}}},
        // The search box: the full-text index (FTS5), never a pass over the incidents' texts.
        {QStringLiteral("incident list filtered by text"), text, {{QStringLiteral("search_text")}, {}}},
        // Three filters together: whichever index the planner finds narrowest, never a plain scan.
        {QStringLiteral("incident list filtered by team, severity and status"), together, {{}, {}}},
    };
    for (const Case &c : cases) {
        {
            Operation operation(c.name);
            model.setFilter(c.filter);
            const int rows = model.rowCount();
            if (rows > 0) {
                QVERIFY(model.data(model.index(0, 0)).isValid());
                QVERIFY(model.data(model.index(rows - 1, 0)).isValid());
            }
        }
        expect(c.name) = c.expectation;
    }
    model.setFilter({});

    // `candor-cli search`: the best-ranked incidents with snippets, of every team and of a department.
    {
        Operation operation(QStringLiteral("incident search"));
        const Result<QList<IncidentSearchHit>> all = m_store->incidents.search(QStringLiteral("latency"), 0, 20);
        QVERIFY2(all.ok(), qPrintable(all.error()));
        const Result<QList<IncidentSearchHit>> department =
            m_store->incidents.search(QStringLiteral("data"), m_department, 20);
        QVERIFY2(department.ok(), qPrintable(department.error()));
    }
    expect(QStringLiteral("incident search")).indexes = {QStringLiteral("search_text")};
}

// An edit: the incident read, checked, updated, and its new row in the list found.
void TestQueryPlans::incidentEdits()
{
    IncidentTableModel model(m_store->incidents, m_store->teams);
    model.sort(IncidentTableModel::StartedColumn, Qt::DescendingOrder);
    QVERIFY(model.rowCount() > 0);
    QVERIFY(model.data(model.index(0, 0)).isValid());
    const qint64 id = model.idAt(0);
    {
        Operation operation(QStringLiteral("incident edit"));
        const Result<Incident> stored = m_store->incidents.incident(id);
        QVERIFY2(stored.ok(), qPrintable(stored.error()));
        Incident incident = *stored;
        incident.title += QStringLiteral(" (edited)");
        const Status updated = m_store->incidents.update(incident);
        QVERIFY2(updated.ok(), qPrintable(updated.error()));
        QVERIFY(model.rowOfIncident(id) >= 0);
    }
    expect(QStringLiteral("incident edit")).indexes = {QStringLiteral("incident_started")};
}

// The incident details' team figures over the last 90 days.
void TestQueryPlans::incidentMetrics()
{
    {
        Operation operation(QStringLiteral("incident metrics of a department"));
        const QDateTime to = QDateTime::fromSecsSinceEpoch(1'600'000'000 + 10000 * 3600, Qt::UTC);
        const Result<PeriodFacts> facts = m_store->incidents.periodFacts(m_department, to.addDays(-90), to);
        QVERIFY2(facts.ok(), qPrintable(facts.error()));
    }
    expect(QStringLiteral("incident metrics of a department")).indexes = {QStringLiteral("incident_team_started")};
}

// The Action items area's model with its filters, and the repository's list behind the CLI and exports.
void TestQueryPlans::actionItems()
{
    QUndoStack stack;
    SessionEdits edits(stack, *m_postmortems);
    const QDate today(2023, 6, 1);
    struct Case
    {
        QString name;
        ActionFilter filter;
        Expectation expectation;
    };
    ActionFilter open;
    open.openOnly = true;
    open.today = today;
    ActionFilter team = open;
    team.teamId = m_department;
    ActionFilter overdue = open;
    overdue.overdueOnly = true;
    ActionFilter done;
    done.status = ActionStatus::Done;
    done.today = today;
    ActionFilter session;
    session.sessionId = m_session;
    session.today = today;
    const QList<Case> cases = {
        {QStringLiteral("action items: open"), open, {{QStringLiteral("action_item_status_due")}, {}}},
        {QStringLiteral("action items: open, of a department"), team, {{QStringLiteral("action_item_owner")}, {}}},
        {QStringLiteral("action items: overdue"), overdue, {{QStringLiteral("action_item_status_due")}, {}}},
        // Done is most of an organisation's action items: SQLite reads the table in id order (the list's order)
        // rather than the index plus a sort of nearly every row; the count still uses the index.
        {QStringLiteral("action items: done"),
         done,
         {{QStringLiteral("action_item_status_due")}, {QStringLiteral("action_item")}}},
        {QStringLiteral("action items: one session"), session, {{QStringLiteral("action_item_session")}, {}}},
    };
    for (const Case &c : cases) {
        {
            Operation operation(c.name);
            ActionItemsModel model(*m_postmortems, edits, c.filter);
            model.setToday(today);
            QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 0, 10000);
            QVERIFY(model.data(model.index(0, 0)).isValid());
            QVERIFY(model.data(model.index(model.rowCount() - 1, 0)).isValid());
            for (int column = 0; column < model.columnCount(); ++column)
                model.sort(column, Qt::DescendingOrder);
            QVERIFY(!m_postmortems->actionRows(c.filter).isEmpty());
        }
        expect(c.name) = c.expectation;
    }
    {
        Operation operation(QStringLiteral("action items: earlier open ones of a session"));
        m_postmortems->earlierOpenActions(2000);
    }
    // The sessions of the team before this one (a skip-scan of postmortem_team), then their open items.
    expect(QStringLiteral("action items: earlier open ones of a session")).indexes = {
        QStringLiteral("postmortem_team"), QStringLiteral("action_item_session")};
}

// The Sessions area's list.
void TestQueryPlans::sessions()
{
    {
        Operation operation(QStringLiteral("sessions list"));
        SessionTableModel model(*m_postmortems);
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 0, 10000);
        QVERIFY(model.data(model.index(0, 0)).isValid());
        QVERIFY(model.data(model.index(model.rowCount() - 1, 0)).isValid());
        for (int column = 0; column < model.columnCount(); ++column)
            model.sort(column, Qt::AscendingOrder);
    }
    // Every session is listed (newest first), so the list reads postmortem whole once.
    expect(QStringLiteral("sessions list")).fullScans = {QStringLiteral("postmortem")};
    {
        Operation operation(QStringLiteral("session opened"));
        QVERIFY(m_postmortems->session(m_session).ok());
        m_postmortems->participants(m_session);
        m_postmortems->events(m_session);
        m_postmortems->factors(m_session);
        m_postmortems->learnings(m_session);
        m_postmortems->actions(m_session);
        m_postmortems->phaseLog(m_session);
    }
    expect(QStringLiteral("session opened")).indexes = {QStringLiteral("timeline_event_session"),
                                                        QStringLiteral("contributing_factor_session"),
                                                        QStringLiteral("action_item_session")};
}

// One timeline event added, changed and removed: each a durable transaction, run as people type.
void TestQueryPlans::timelineEdit()
{
    {
        Operation operation(QStringLiteral("timeline edit"));
        TimelineEvent event;
        event.sessionId = m_session;
        event.time = QDateTime::fromSecsSinceEpoch(1'600'000'000, Qt::UTC);
        event.kind = EventKind::Repair;
        event.text = QStringLiteral("Rolled back the deploy");
        const Result<qint64> id = m_postmortems->insertEvent(event);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        event.id = *id;
        event.text += QStringLiteral(" and paged the database team");
        const Status updated = m_postmortems->updateEvent(event);
        QVERIFY2(updated.ok(), qPrintable(updated.error()));
        QVERIFY(!m_postmortems->events(m_session).isEmpty());
        const Status removed = m_postmortems->removeEvent(*id);
        QVERIFY2(removed.ok(), qPrintable(removed.error()));
    }
    expect(QStringLiteral("timeline edit")).indexes = {QStringLiteral("timeline_event_session")};
}

// The Insights area's figures and the trends of the CLI: the moments of every wave of an instrument.
void TestQueryPlans::surveyTrends()
{
    {
        Operation operation(QStringLiteral("survey trends"));
        QVERIFY(!m_surveys->waveMoments(m_instrumentKey).empty());
        QVERIFY(!m_surveys->waveMoments().empty());
        QVERIFY(!m_surveys->teamNodes().empty());
    }
    // The organisation-wide trend reads every wave of the instrument (one row per wave, thanks to the running
    // totals), never the responses or answers.
    expect(QStringLiteral("survey trends")).fullScans = {QStringLiteral("survey_wave")};
    {
        Operation operation(QStringLiteral("survey trends with items"));
        QVERIFY(!m_surveys->waveMoments(m_instrumentKey, true).empty());
    }
    expect(QStringLiteral("survey trends with items")).fullScans = {QStringLiteral("survey_wave")};
    {
        Operation operation(QStringLiteral("insights figures"));
        FigureStore store(*m_surveys);
        store.setInstrumentKey(m_instrumentKey);
        QTRY_VERIFY_WITH_TIMEOUT(!store.figures().empty(), 10000);
    }
    expect(QStringLiteral("insights figures")).fullScans = {QStringLiteral("survey_wave")};
    {
        Operation operation(QStringLiteral("one wave's answers"));
        QVERIFY(!m_surveys->answers(m_wave).empty());
        m_surveys->comments(m_wave);
        QCOMPARE(m_surveys->responseCount(m_wave), 8);
    }
    expect(QStringLiteral("one wave's answers")).indexes = {QStringLiteral("survey_response_wave")};
}

// The Surveys area's wave list: all teams, and one team's.
void TestQueryPlans::waveList()
{
    {
        Operation operation(QStringLiteral("wave list of a team"));
        QVERIFY(!m_surveys->waves(m_team).isEmpty());
        QVERIFY(m_surveys->wave(m_wave).ok());
    }
    expect(QStringLiteral("wave list of a team")).indexes = {QStringLiteral("survey_wave_team")};
    {
        Operation operation(QStringLiteral("wave list"));
        QVERIFY(!m_surveys->waves().isEmpty());
    }
    // Every wave of every team, newest first.
    expect(QStringLiteral("wave list")).fullScans = {QStringLiteral("survey_wave")};
}

// The Teams area: the tree, a team's members, its sub-teams.
void TestQueryPlans::teamTree()
{
    {
        Operation operation(QStringLiteral("team tree"));
        TeamTreeModel tree(m_store->teams);
        QVERIFY(tree.rowCount() > 0);
        MemberTableModel members(m_store->teams);
        members.setTeams(m_store->teams.subtreeIds(m_department));
        QVERIFY(members.rowCount() > 0);
        QVERIFY(!m_store->teams.members(m_team).isEmpty());
    }
    // The member list starts with everyone, by name: a full read of member (5,000 rows on the large demo).
    expect(QStringLiteral("team tree")) = {{QStringLiteral("member_team")}, {QStringLiteral("member")}};
}

QStringList TestQueryPlans::plan(const QString &sql, QString *error) const
{
    sqlite3 *db = sql::sqliteHandle(m_store->database.connection());
    sqlite3_stmt *statement = nullptr;
    const QByteArray text = QByteArrayLiteral("EXPLAIN QUERY PLAN ") + sql.toUtf8();
    if (sqlite3_prepare_v2(db, text.constData(), int(text.size()), &statement, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return {};
    }
    // Unbound parameters are NULL: the plan is chosen before any value is known.
    QStringList lines;
    while (sqlite3_step(statement) == SQLITE_ROW)
        lines.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 3))));
    sqlite3_finalize(statement);
    return lines;
}

void TestQueryPlans::plansUseTheirIndexes()
{
    StatementLog &log = statementLog();
    QMutexLocker locker(&log.mutex);
    QVERIFY2(!log.statements.empty(), "no statement was captured: is the trace installed?");
    QStringList problems;
    for (const auto &[operation, expectation] : m_expectations) {
        const auto found = log.statements.find(operation);
        if (found == log.statements.end()) {
            problems.append(QStringLiteral("%1: ran no SQL").arg(operation));
            continue;
        }
        QSet<QString> used;
        for (const QString &sql : found->second) {
            if (!isQuery(sql))
                continue;
            QString error;
            const QStringList lines = plan(sql, &error);
            if (!error.isEmpty()) {
                problems.append(QStringLiteral("%1: cannot plan %2: %3").arg(operation, sql, error));
                continue;
            }
            // CANDOR_SHOW_PLANS=1 prints every plan, to see what a change did to them.
            if (qEnvironmentVariableIntValue("CANDOR_SHOW_PLANS"))
                qInfo().noquote() << operation << "\n   " << sql << "\n    plan:" << lines.join(QStringLiteral(" | "));
            const QHash<QString, QString> aliases = tableAliases(sql);
            static const QRegularExpression index(QStringLiteral("USING (?:COVERING )?INDEX (\\w+)"));
            static const QRegularExpression scan(QStringLiteral("^SCAN (\\w+)$"));
            // A full-text query: "SCAN search_text VIRTUAL TABLE INDEX 0:M4" (the index is the table itself).
            static const QRegularExpression virtualTable(QStringLiteral("^SCAN (\\w+) VIRTUAL TABLE INDEX \\d+:\\S*M"));
            for (const QString &line : lines) {
                if (const QRegularExpressionMatch match = index.match(line); match.hasMatch())
                    used.insert(match.captured(1));
                if (const QRegularExpressionMatch match = virtualTable.match(line); match.hasMatch())
                    used.insert(match.captured(1));
                const QRegularExpressionMatch scanned = scan.match(line);
                if (!scanned.hasMatch())
                    continue;
                const QString table = aliases.value(scanned.captured(1), scanned.captured(1));
                if (largeTables.contains(table) && !expectation.fullScans.contains(table))
                    problems.append(QStringLiteral("%1: reads all of %2 without an index\n    %3\n    plan: %4")
                                        .arg(operation, table, sql, lines.join(QStringLiteral(" | "))));
            }
        }
        for (const QString &expected : expectation.indexes) {
            if (used.contains(expected))
                continue;
            QStringList plans;
            for (const QString &sql : found->second) {
                QString error;
                if (isQuery(sql))
                    plans.append(QStringLiteral("    %1\n      plan: %2")
                                     .arg(sql, plan(sql, &error).join(QStringLiteral(" | "))));
            }
            problems.append(QStringLiteral("%1: does not use %2; its statements:\n%3")
                                .arg(operation, expected, plans.join(QLatin1Char('\n'))));
        }
    }
    // QtTest shortens long failure messages: the statements and plans go to the log in full.
    for (const QString &problem : std::as_const(problems))
        qWarning().noquote() << problem;
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 plan problems (see the warnings above): %2")
                                                .arg(problems.size())
                                                .arg(problems.value(0).left(300))));
}

QTEST_GUILESS_MAIN(TestQueryPlans)
#include "tst_queryplans.moc"
