// candor-cli postmortem show and list actions, run as the built executable on the demo's postmortems: Markdown and
// JSON content, escaping of user text, the action list's filters and overdue flag, and every error path with its
// exit code and one line on stderr. Also checks the demo's sessions: the gates they passed, the closing checks, the
// retro, and that their texts pass the blame-language checker.
#include "cli/CliHarness.h"

#include "postmortem/BlameLanguageChecker.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace candor;
using namespace candor::clitest;

namespace {

QJsonObject parseJsonObject(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return {};
    return document.object();
}

bool isIsoUtc(const QJsonValue &value)
{
    const QString text = value.toString();
    return text.endsWith(QLatin1Char('Z')) && QDateTime::fromString(text, Qt::ISODate).isValid();
}

QDate isoDate(const QJsonValue &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

// Direct SQL on a demo file, for what the CLI does not list (sessions without actions) and for awkward texts.
class Sql
{
public:
    explicit Sql(const QString &path)
        : m_name(QStringLiteral("tst_cli_postmortem_%1").arg(++s_count))
    {
        candor::testdb::connect(path, m_name);
    }
    ~Sql()
    {
        QSqlDatabase::database(m_name).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QList<QVariantList> rows(const QString &statement, const QVariantList &values = {}) const
    {
        QList<QVariantList> result;
        QSqlQuery q(QSqlDatabase::database(m_name));
        q.prepare(statement);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            qWarning() << q.lastError().text() << statement;
            return result;
        }
        while (q.next()) {
            QVariantList row;
            for (int c = 0; c < q.record().count(); ++c)
                row.append(q.value(c));
            result.append(row);
        }
        return result;
    }
    bool exec(const QString &statement, const QVariantList &values = {}) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        q.prepare(statement);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            qWarning() << q.lastError().text() << statement;
            return false;
        }
        return true;
    }

private:
    static inline int s_count = 0;
    QString m_name;
};

QStringList arrayTexts(const QJsonArray &array, const QString &key = QString())
{
    QStringList texts;
    for (const QJsonValue &v : array)
        texts.append(key.isEmpty() ? v.toString() : v.toObject().value(key).toString());
    return texts;
}

} // namespace

class TestCliPostmortem : public QObject, public CliHarness
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { startTest(); }
    void cleanup() { finishTest(); }

    void help_data();
    void help();
    void usageErrors_data();
    void usageErrors();
    void noSuchIncident();
    void incidentWithoutPostmortem();
    void unknownTeam();
    void databaseCannotBeOpened();

    void demoSessions();
    void finishedAsJson();
    void finishedAsMarkdown();
    void inProgress();
    void reopenedAndSkippedPhases();
    void markdownEscapesUserText();
    void demoTextsAreBlameless();
    void sameSeedSameSessions();

    void listActionsCsv();
    void listActionsOverdue();
    void listActionsTeamAndStatus();
    void listActionsTable();

private:
    Run cli(const QStringList &args, const QString &database)
    {
        return run(args + QStringList{QStringLiteral("--db"), database});
    }
    QJsonObject showJson(const QString &database, qint64 incidentId)
    {
        const Run r = cli({QStringLiteral("postmortem"), QStringLiteral("show"), QString::number(incidentId),
                           QStringLiteral("--format"), QStringLiteral("json")},
                          database);
        return r.exitCode == 0 ? parseJsonObject(r.out) : QJsonObject();
    }
    QString showMarkdown(const QString &database, qint64 incidentId)
    {
        const Run r =
            cli({QStringLiteral("postmortem"), QStringLiteral("show"), QString::number(incidentId)}, database);
        return r.exitCode == 0 ? r.out : QString();
    }
    // Incident ids of the demo's postmortems in the given phase (5: finished).
    static QList<qint64> postmortemsIn(const QString &database, int phase)
    {
        QList<qint64> ids;
        for (const QVariantList &row :
             Sql(database).rows(QStringLiteral("SELECT incident_id FROM postmortem WHERE kind = 0 AND phase = ?"
                                               " ORDER BY incident_id"),
                                {phase}))
            ids.append(row.value(0).toLongLong());
        return ids;
    }
    void expectFailure(const Run &r, int code, const QString &mentions = QString())
    {
        QCOMPARE(r.exitStatus, QProcess::NormalExit);
        QCOMPARE(r.exitCode, code);
        QCOMPARE(r.out, QString());
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.err.startsWith(QLatin1String("candor-cli: ")), qPrintable(r.err));
        QVERIFY2(r.err.size() > 25, qPrintable(r.err)); // says what is wrong
        if (!mentions.isEmpty())
            QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    }

    QString m_demo; // one demo shared by the read-only tests; tests that change data make their own
    std::unique_ptr<QTemporaryDir> m_shared;
};

void TestCliPostmortem::initTestCase()
{
    startTestCase();
    m_shared = std::make_unique<QTemporaryDir>();
    QVERIFY(m_shared->isValid());
    m_demo = testdb::location(*m_shared, QStringLiteral("demo.db"));
    QVERIFY2(!m_demo.isEmpty(), qPrintable(testdb::lastError()));
    startTest();
    const Run r = run({QStringLiteral("demo"), QStringLiteral("--db"), m_demo});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    QVERIFY2(r.out.contains(QLatin1String("Postmortems: 7")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("Team retros: 1")), qPrintable(r.out));
    finishTest();
}

void TestCliPostmortem::help_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("overview") << QStringList{QStringLiteral("--help")}
                              << QStringList{QStringLiteral("postmortem show INCIDENT_ID"),
                                             QStringLiteral("list actions"), QStringLiteral("--overdue"),
                                             QStringLiteral("list teams|members|incidents")};
    QTest::newRow("postmortem --help") << QStringList{QStringLiteral("postmortem"), QStringLiteral("--help")}
                                       << QStringList{QStringLiteral("--format"),      QStringLiteral("INCIDENT_ID"),
                                                      QStringLiteral("closing_check"), QStringLiteral("phase_log"),
                                                      QStringLiteral("ISO 8601 UTC"),  QStringLiteral("owner_team")};
    QTest::newRow("postmortem show --help")
        << QStringList{QStringLiteral("postmortem"), QStringLiteral("show"), QStringLiteral("--help")}
        << QStringList{QStringLiteral("--format")};
    QTest::newRow("list --help") << QStringList{QStringLiteral("list"), QStringLiteral("--help")}
                                 << QStringList{QStringLiteral("actions"), QStringLiteral("--overdue"),
                                                QStringLiteral("--status"), QStringLiteral("--team")};
}

void TestCliPostmortem::help()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, expected);
    const Run r = run(args);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    for (const QString &text : expected)
        QVERIFY2(r.out.contains(text), qPrintable(QStringLiteral("“%1” missing from: %2").arg(text, r.out)));
}

void TestCliPostmortem::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    auto row = [](const char *name, const QStringList &args) {
        QTest::newRow(name) << args;
    };
    const QString pm = QStringLiteral("postmortem");
    const QString show = QStringLiteral("show");
    const QString list = QStringLiteral("list");
    const QString actions = QStringLiteral("actions");
    row("postmortem alone", {pm});
    row("postmortem with another action", {pm, QStringLiteral("list"), QStringLiteral("1")});
    row("show without an id", {pm, show});
    row("show with a word for an id", {pm, show, QStringLiteral("abc")});
    row("show with id 0", {pm, show, QStringLiteral("0")});
    row("show with a negative id", {pm, show, QStringLiteral("-3")});
    row("show with a fraction", {pm, show, QStringLiteral("1.5")});
    row("show with two ids", {pm, show, QStringLiteral("1"), QStringLiteral("2")});
    row("show --format html", {pm, show, QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("html")});
    row("show --format csv", {pm, show, QStringLiteral("1"), QStringLiteral("--format=csv")});
    row("show --format without a value", {pm, show, QStringLiteral("1"), QStringLiteral("--format")});
    row("show with an unknown option", {pm, show, QStringLiteral("1"), QStringLiteral("--verbose")});
    row("list actions --status closed", {list, actions, QStringLiteral("--status"), QStringLiteral("closed")});
    row("list actions --status without a value", {list, actions, QStringLiteral("--status")});
    row("list actions --format md", {list, actions, QStringLiteral("--format"), QStringLiteral("md")});
    row("list incidents --overdue", {list, QStringLiteral("incidents"), QStringLiteral("--overdue")});
    row("list teams --status open",
        {list, QStringLiteral("teams"), QStringLiteral("--status"), QStringLiteral("open")});
    row("list action (singular)", {list, QStringLiteral("action")});
}

void TestCliPostmortem::usageErrors()
{
    QFETCH(QStringList, args);
    // The command line is checked before the database named by CANDOR_DB is opened or created.
    const QString database = path(QStringLiteral("new.db"));
    QProcessEnvironment environment = baseEnvironment();
    environment.insert(QStringLiteral("CANDOR_DB"), database);
    const Run r = run(args, environment);
    expectFailure(r, 64);
    QVERIFY(!QFileInfo::exists(database));
}

void TestCliPostmortem::noSuchIncident()
{
    const Run r = cli({QStringLiteral("postmortem"), QStringLiteral("show"), QStringLiteral("987654")}, m_demo);
    expectFailure(r, 1, QStringLiteral("987654"));
    const Run json = cli({QStringLiteral("postmortem"), QStringLiteral("show"), QStringLiteral("987654"),
                          QStringLiteral("--format"), QStringLiteral("json")},
                         m_demo);
    expectFailure(json, 1, QStringLiteral("987654"));
}

void TestCliPostmortem::incidentWithoutPostmortem()
{
    const QList<QVariantList> rows =
        Sql(m_demo).rows(QStringLiteral("SELECT id FROM incident WHERE id NOT IN (SELECT incident_id FROM postmortem"
                                        " WHERE incident_id IS NOT NULL) ORDER BY id LIMIT 1"));
    QCOMPARE(rows.size(), 1);
    const QString id = rows.constFirst().value(0).toString();
    const Run r = cli({QStringLiteral("postmortem"), QStringLiteral("show"), id}, m_demo);
    expectFailure(r, 1, id);
    QVERIFY2(r.err.contains(QLatin1String("no postmortem")), qPrintable(r.err));
}

void TestCliPostmortem::unknownTeam()
{
    const Run r = cli({QStringLiteral("list"), QStringLiteral("actions"), QStringLiteral("--team"),
                       QStringLiteral("Nowhere"), QStringLiteral("--overdue")},
                      m_demo);
    expectFailure(r, 1, QStringLiteral("Nowhere"));
}

void TestCliPostmortem::databaseCannotBeOpened()
{
    const QString missing = path(QStringLiteral("no/such/folder/x.db"));
    expectFailure(cli({QStringLiteral("postmortem"), QStringLiteral("show"), QStringLiteral("1")}, missing), 2);
    expectFailure(cli({QStringLiteral("list"), QStringLiteral("actions")}, missing), 2);
}

void TestCliPostmortem::demoSessions()
{
    Sql sql(m_demo);
    // Five finished postmortems, one in the contributing factors, one in the actions, one finished retro.
    QCOMPARE(postmortemsIn(m_demo, 5).size(), 5);
    QCOMPARE(postmortemsIn(m_demo, 2).size(), 1);
    QCOMPARE(postmortemsIn(m_demo, 3).size(), 1);
    const QList<QVariantList> retros =
        sql.rows(QStringLiteral("SELECT id, phase, title, period_start, period_end, facilitator_conflict_accepted"
                                " FROM postmortem WHERE kind = 1"));
    QCOMPARE(retros.size(), 1);
    QCOMPARE(retros.constFirst().value(1).toInt(), 5);
    QVERIFY(!retros.constFirst().value(2).toString().isEmpty());
    QVERIFY(QDate::fromString(retros.constFirst().value(3).toString(), Qt::ISODate).isValid());
    QVERIFY(retros.constFirst().value(3).toString() < retros.constFirst().value(4).toString());
    // The manager runs the retro, and the group accepted that.
    QCOMPARE(retros.constFirst().value(5).toInt(), 1);
    const qint64 retroId = retros.constFirst().value(0).toLongLong();

    // The retro opened with the safety check, shown only as a distribution (at least 3 answers).
    const QList<QVariantList> safety = sql.rows(
        QStringLiteral("SELECT SUM(count) FROM check_tally WHERE postmortem_id = ? AND check_kind = 1"), {retroId});
    QVERIFY(safety.constFirst().value(0).toInt() >= 3);
    // Closing checks: at least one with 3 or more answers, one with exactly 2.
    const QList<QVariantList> closing =
        sql.rows(QStringLiteral("SELECT postmortem_id, SUM(count) FROM check_tally WHERE check_kind = 0"
                                " GROUP BY postmortem_id"));
    int shown = 0;
    int two = 0;
    for (const QVariantList &row : closing) {
        shown += row.value(1).toInt() >= 3 ? 1 : 0;
        two += row.value(1).toInt() == 2 ? 1 : 0;
    }
    QVERIFY(shown >= 3);
    QCOMPARE(two, 1);

    // Every phase change is in the log, and the retro's actions are listed with it as their source.
    QVERIFY(sql.rows(QStringLiteral("SELECT COUNT(*) FROM phase_log")).constFirst().value(0).toInt() >= 30);
    const Run actions =
        cli({QStringLiteral("list"), QStringLiteral("actions"), QStringLiteral("--format"), QStringLiteral("json")},
            m_demo);
    QCOMPARE(actions.exitCode, 0);
    int fromRetro = 0;
    for (const QJsonValue &v : parseJsonArray(actions.out)) {
        if (v.toObject().value(QLatin1String("source")).toString() == retros.constFirst().value(2).toString()) {
            ++fromRetro;
            QVERIFY(v.toObject().value(QLatin1String("incident_id")).isNull());
        }
    }
    QVERIFY(fromRetro >= 2);
}

void TestCliPostmortem::finishedAsJson()
{
    const QList<qint64> finished = postmortemsIn(m_demo, 5);
    QCOMPARE(finished.size(), 5);
    const QDate today = QDate::currentDate();
    const QSet<QString> statuses{QStringLiteral("open"), QStringLiteral("in-progress"), QStringLiteral("done"),
                                 QStringLiteral("dropped")};
    int hidden = 0;
    int done = 0;
    int openOverdue = 0;
    QSet<QString> allCategories;
    for (qint64 id : finished) {
        const QJsonObject pm = showJson(m_demo, id);
        QVERIFY2(!pm.isEmpty(), qPrintable(QString::number(id)));
        for (const char *key : {"session_id", "title", "incident", "team", "facilitator", "created", "phase", "summary",
                                "participants", "phases", "phase_log", "timeline", "factors", "learnings", "actions",
                                "closing_check", "facilitator_conflict_accepted"})
            QVERIFY2(pm.contains(QLatin1String(key)), key);
        QCOMPARE(pm.value(QLatin1String("phase")).toString(), QStringLiteral("finished"));
        QCOMPARE(pm.value(QLatin1String("incident")).toObject().value(QLatin1String("id")).toInteger(), id);
        QCOMPARE(pm.value(QLatin1String("incident")).toObject().value(QLatin1String("status")).toString(),
                 QStringLiteral("resolved"));
        QVERIFY(isIsoUtc(pm.value(QLatin1String("incident")).toObject().value(QLatin1String("started"))));
        QVERIFY(!pm.value(QLatin1String("team")).toString().isEmpty());
        QVERIFY(!pm.value(QLatin1String("facilitator")).toString().isEmpty());
        QVERIFY(!pm.value(QLatin1String("summary")).toString().isEmpty());
        QVERIFY(isIsoUtc(pm.value(QLatin1String("created"))));

        const QJsonArray participants = pm.value(QLatin1String("participants")).toArray();
        QVERIFY(participants.size() >= 3);
        for (const QJsonValue &p : participants) {
            QVERIFY(!p.toObject().value(QLatin1String("name")).toString().isEmpty());
            QVERIFY(!p.toObject().value(QLatin1String("role")).toString().isEmpty());
        }

        // Every phase agreed, by someone, at a time.
        const QJsonArray phases = pm.value(QLatin1String("phases")).toArray();
        QCOMPARE(arrayTexts(phases, QStringLiteral("phase")),
                 (QStringList{QStringLiteral("opening"), QStringLiteral("timeline"), QStringLiteral("factors"),
                              QStringLiteral("actions"), QStringLiteral("closing")}));
        QDateTime previous;
        for (const QJsonValue &v : phases) {
            const QJsonObject phase = v.toObject();
            QCOMPARE(phase.value(QLatin1String("state")).toString(), QStringLiteral("agreed"));
            QVERIFY(isIsoUtc(phase.value(QLatin1String("agreed"))));
            QVERIFY(!phase.value(QLatin1String("agreed_by")).toString().isEmpty());
            QVERIFY(phase.value(QLatin1String("skip_reason")).isNull());
            const QDateTime agreed =
                QDateTime::fromString(phase.value(QLatin1String("agreed")).toString(), Qt::ISODate);
            QVERIFY(!previous.isValid() || previous <= agreed);
            previous = agreed;
        }
        const QJsonArray log = pm.value(QLatin1String("phase_log")).toArray();
        QVERIFY(log.size() >= 5);
        for (const QJsonValue &v : log) {
            QVERIFY(isIsoUtc(v.toObject().value(QLatin1String("at"))));
            QVERIFY(QStringList({QStringLiteral("agreed"), QStringLiteral("skipped"), QStringLiteral("reopened")})
                        .contains(v.toObject().value(QLatin1String("what")).toString()));
        }

        // A timeline of 5 to 10 events in time order, with kinds.
        const QJsonArray timeline = pm.value(QLatin1String("timeline")).toArray();
        QVERIFY2(timeline.size() >= 5 && timeline.size() <= 10, qPrintable(QString::number(timeline.size())));
        QSet<qint64> eventIds;
        QString previousTime;
        QSet<QString> kinds;
        for (const QJsonValue &v : timeline) {
            const QJsonObject e = v.toObject();
            QVERIFY(isIsoUtc(e.value(QLatin1String("time"))));
            QVERIFY(previousTime <= e.value(QLatin1String("time")).toString()); // ISO UTC sorts as text
            previousTime = e.value(QLatin1String("time")).toString();
            kinds.insert(e.value(QLatin1String("kind")).toString());
            QVERIFY(!e.value(QLatin1String("text")).toString().isEmpty());
            eventIds.insert(e.value(QLatin1String("id")).toInteger());
        }
        QVERIFY(kinds.contains(QStringLiteral("detection")));
        QVERIFY(kinds.size() >= 3);

        // 3 to 5 contributing factors across categories, each linked to events of this timeline.
        const QJsonArray factors = pm.value(QLatin1String("factors")).toArray();
        QVERIFY(factors.size() >= 3 && factors.size() <= 5);
        QSet<qint64> factorIds;
        QSet<QString> categories;
        for (const QJsonValue &v : factors) {
            const QJsonObject f = v.toObject();
            categories.insert(f.value(QLatin1String("category")).toString());
            factorIds.insert(f.value(QLatin1String("id")).toInteger());
            const QJsonArray events = f.value(QLatin1String("events")).toArray();
            QVERIFY(!events.isEmpty());
            for (const QJsonValue &e : events) {
                QVERIFY(eventIds.contains(e.toObject().value(QLatin1String("id")).toInteger()));
                QVERIFY(isIsoUtc(e.toObject().value(QLatin1String("time"))));
            }
        }
        QVERIFY(categories.size() >= 3);
        allCategories.unite(categories);

        // Something in every learning list.
        const QJsonObject learnings = pm.value(QLatin1String("learnings")).toObject();
        QCOMPARE(learnings.keys(), (QStringList{QStringLiteral("learned"), QStringLiteral("lucky"),
                                                QStringLiteral("question"), QStringLiteral("went-well")}));
        for (const QString &key : learnings.keys())
            QVERIFY2(!learnings.value(key).toArray().isEmpty(), qPrintable(key));

        // 2 to 4 action items with owning teams, due dates and the factor they address.
        const QJsonArray actions = pm.value(QLatin1String("actions")).toArray();
        QVERIFY(actions.size() >= 2 && actions.size() <= 4);
        for (const QJsonValue &v : actions) {
            const QJsonObject a = v.toObject();
            QVERIFY(!a.value(QLatin1String("owner_team")).toString().isEmpty());
            QVERIFY(!a.value(QLatin1String("kind")).toString().isEmpty());
            const QDate due = isoDate(a.value(QLatin1String("due")));
            QVERIFY(due.isValid());
            const QString status = a.value(QLatin1String("status")).toString();
            QVERIFY2(statuses.contains(status), qPrintable(status));
            const bool open = status == QLatin1String("open") || status == QLatin1String("in-progress");
            QCOMPARE(a.value(QLatin1String("overdue")).toBool(), open && due < today);
            QVERIFY(factorIds.contains(a.value(QLatin1String("factor_id")).toInteger()));
            QVERIFY(!a.value(QLatin1String("factor")).toString().isEmpty());
            if (status == QLatin1String("done")) {
                ++done;
                QVERIFY(isIsoUtc(a.value(QLatin1String("done"))));
            } else {
                QVERIFY(a.value(QLatin1String("done")).isNull());
            }
            if (status == QLatin1String("open") && due < today)
                ++openOverdue;
        }

        // The closing check: an aggregate from 3 answers on, nothing below.
        const QJsonObject check = pm.value(QLatin1String("closing_check")).toObject();
        QCOMPARE(check.value(QLatin1String("minimum_answers")).toInt(), 3);
        if (check.value(QLatin1String("shown")).toBool()) {
            QVERIFY(check.value(QLatin1String("answers")).toInt() >= 3);
            const double mean = check.value(QLatin1String("mean")).toDouble();
            QVERIFY(mean >= 1.0 && mean <= 5.0);
        } else {
            ++hidden;
            QVERIFY(!check.contains(QLatin1String("answers")));
            QVERIFY(!check.contains(QLatin1String("mean")));
        }
    }
    QCOMPARE(hidden, 1);
    QVERIFY(done >= 5);
    QVERIFY(openOverdue >= 3);
    QCOMPARE(allCategories.size(), 5);
}

void TestCliPostmortem::finishedAsMarkdown()
{
    for (qint64 id : postmortemsIn(m_demo, 5)) {
        const Run r = cli({QStringLiteral("postmortem"), QStringLiteral("show"), QString::number(id)}, m_demo);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QString());
        const QString md = r.out;
        const QJsonObject pm = showJson(m_demo, id);
        QVERIFY(md.startsWith(QLatin1String("# Postmortem: ") + pm.value(QLatin1String("title")).toString() +
                              QLatin1Char('\n')));
        for (const char *heading :
             {"## Summary", "## Participants", "## Phases", "## Phase log", "## Timeline", "## Contributing factors",
              "## Learnings", "### What went well", "### Where we got lucky", "### What we learned",
              "### Open questions", "## Action items", "## Closing check"})
            QVERIFY2(md.contains(QLatin1Char('\n') + QLatin1String(heading) + QLatin1Char('\n')), heading);
        QVERIFY(md.contains(QLatin1String("**Team:** ") + pm.value(QLatin1String("team")).toString()));
        QVERIFY(md.contains(QLatin1String("**Facilitator:** ") + pm.value(QLatin1String("facilitator")).toString()));
        QVERIFY(md.contains(QLatin1String("**Phase:** Finished")));
        int agreements = 0;
        for (const QJsonValue &v : pm.value(QLatin1String("phase_log")).toArray())
            agreements += v.toObject().value(QLatin1String("what")).toString() == QLatin1String("agreed") ? 1 : 0;
        QCOMPARE(md.count(QLatin1String(", confirmed by ")), 5 + agreements);
        QVERIFY(!md.contains(QLatin1String("not reached")));
        // No runs of blank lines, no trailing spaces, no tabs, and the one blank line before each heading.
        QVERIFY(!md.contains(QLatin1String("\n\n\n")));
        QVERIFY(!md.contains(QLatin1String(" \n")));
        QVERIFY(!md.contains(QLatin1Char('\t')));
        QVERIFY(!md.contains(QLatin1Char('\r')));

        // Everything said is there: participants with roles, events in order, factors, learnings, actions.
        for (const QJsonValue &v : pm.value(QLatin1String("participants")).toArray()) {
            const QJsonObject p = v.toObject();
            QVERIFY(md.contains(
                QStringLiteral("- %1 (%2)\n")
                    .arg(p.value(QLatin1String("name")).toString(), p.value(QLatin1String("role")).toString())));
        }
        qsizetype at = 0;
        for (const QString &text : arrayTexts(pm.value(QLatin1String("timeline")).toArray(), QStringLiteral("text"))) {
            const qsizetype found = md.indexOf(text, at);
            QVERIFY2(found > at, qPrintable(text)); // in time order
            at = found;
        }
        for (const QString &text : arrayTexts(pm.value(QLatin1String("factors")).toArray(), QStringLiteral("text")))
            QVERIFY2(md.contains(QLatin1String("\n- ") + text + QLatin1String("\n  - Explains the events at ")),
                     qPrintable(text));
        const QJsonObject learnings = pm.value(QLatin1String("learnings")).toObject();
        for (const QString &key : learnings.keys()) {
            for (const QString &text : arrayTexts(learnings.value(key).toArray()))
                QVERIFY2(md.contains(QLatin1String("\n- ") + text + QLatin1Char('\n')), qPrintable(text));
        }
        for (const QJsonValue &v : pm.value(QLatin1String("actions")).toArray()) {
            const QJsonObject a = v.toObject();
            QVERIFY(md.contains(QLatin1String(":** ") + a.value(QLatin1String("text")).toString() + QLatin1Char('\n')));
            QVERIFY(md.contains(QLatin1String("  - Owner: ") + a.value(QLatin1String("owner_team")).toString()));
            QVERIFY(md.contains(QLatin1String("  - Addresses: ") + a.value(QLatin1String("factor")).toString()));
        }
        QCOMPARE(md.count(QLatin1String("  - Due: ")), pm.value(QLatin1String("actions")).toArray().size());
        int overdue = 0;
        for (const QJsonValue &v : pm.value(QLatin1String("actions")).toArray())
            overdue += v.toObject().value(QLatin1String("overdue")).toBool() ? 1 : 0;
        QCOMPARE(md.count(QLatin1String("(overdue)")), overdue);

        // The closing check: the average from 3 answers on, never the counts.
        const QJsonObject check = pm.value(QLatin1String("closing_check")).toObject();
        const QString closing = md.mid(md.indexOf(QLatin1String("## Closing check")));
        if (check.value(QLatin1String("shown")).toBool()) {
            QVERIFY2(closing.contains(
                         QStringLiteral("Answers: %1. Average: ").arg(check.value(QLatin1String("answers")).toInt())),
                     qPrintable(closing));
        } else {
            QVERIFY2(closing.contains(QLatin1String("Fewer than 3 people answered")), qPrintable(closing));
            QVERIFY(!closing.contains(QLatin1String("Average")));
        }
    }
}

void TestCliPostmortem::inProgress()
{
    // In the contributing factors: the first two phases agreed, factors open, the rest not reached.
    const QList<qint64> inFactors = postmortemsIn(m_demo, 2);
    QCOMPARE(inFactors.size(), 1);
    QJsonObject pm = showJson(m_demo, inFactors.constFirst());
    QCOMPARE(pm.value(QLatin1String("phase")).toString(), QStringLiteral("factors"));
    QStringList states;
    for (const QJsonValue &v : pm.value(QLatin1String("phases")).toArray())
        states.append(v.toObject().value(QLatin1String("state")).toString());
    QCOMPARE(states, (QStringList{QStringLiteral("agreed"), QStringLiteral("agreed"), QStringLiteral("current"),
                                  QStringLiteral("not-reached"), QStringLiteral("not-reached")}));
    QVERIFY(!pm.value(QLatin1String("factors")).toArray().isEmpty());
    QVERIFY(pm.value(QLatin1String("actions")).toArray().isEmpty());
    QCOMPARE(pm.value(QLatin1String("closing_check")).toObject().value(QLatin1String("shown")).toBool(), false);
    QString md = showMarkdown(m_demo, inFactors.constFirst());
    QVERIFY(md.contains(QLatin1String("- **Contributing factors:** in progress since ")));
    QVERIFY(md.contains(QLatin1String("- **Actions:** not reached\n")));
    QVERIFY(md.contains(QLatin1String("- **Closing:** not reached\n")));
    QVERIFY(md.contains(QLatin1String("**Phase:** Contributing factors")));
    QVERIFY(md.contains(QLatin1String("No action items yet.")));
    QVERIFY(md.contains(QLatin1String("No summary yet.")));
    QVERIFY(md.contains(QLatin1String("The closing check comes at the end of the session.")));

    // In the actions, with open actions from an earlier postmortem of the same team ("did our earlier fixes hold").
    const QList<qint64> inActions = postmortemsIn(m_demo, 3);
    QCOMPARE(inActions.size(), 1);
    pm = showJson(m_demo, inActions.constFirst());
    QCOMPARE(pm.value(QLatin1String("phase")).toString(), QStringLiteral("actions"));
    QVERIFY(!pm.value(QLatin1String("actions")).toArray().isEmpty());
    md = showMarkdown(m_demo, inActions.constFirst());
    QVERIFY(md.contains(QLatin1String("- **Actions:** in progress since ")));
    QVERIFY(md.contains(QLatin1String("- **Closing:** not reached\n")));

    const QString team = pm.value(QLatin1String("team")).toString();
    const QList<QVariantList> earlier = Sql(m_demo).rows(
        QStringLiteral("SELECT a.id FROM action_item a JOIN postmortem p ON p.id = a.postmortem_id"
                       " JOIN team t ON t.id = p.team_id WHERE t.name = ? AND p.incident_id <> ? AND p.phase = 5"
                       " AND a.status IN (0, 1) AND p.created_at < (SELECT created_at FROM postmortem"
                       " WHERE incident_id = ?)"),
        {team, inActions.constFirst(), inActions.constFirst()});
    QVERIFY2(earlier.size() >= 1, qPrintable(team));
}

void TestCliPostmortem::reopenedAndSkippedPhases()
{
    // The demo's configuration-push postmortem went back to its timeline once.
    qint64 reopened = 0;
    for (qint64 id : postmortemsIn(m_demo, 5)) {
        const QJsonObject pm = showJson(m_demo, id);
        for (const QJsonValue &v : pm.value(QLatin1String("phase_log")).toArray()) {
            if (v.toObject().value(QLatin1String("what")).toString() == QLatin1String("reopened")) {
                QCOMPARE(v.toObject().value(QLatin1String("phase")).toString(), QStringLiteral("timeline"));
                reopened = id;
            }
        }
    }
    QVERIFY(reopened > 0);
    QVERIFY(showMarkdown(m_demo, reopened).contains(QLatin1String(": Timeline reopened by ")));

    // A skipped phase shows its reason, in the phases and in the log.
    const QString database = createDemo(QStringLiteral("skipped.db"));
    QVERIFY(!database.isEmpty());
    const qint64 id = postmortemsIn(database, 3).constFirst(); // in the actions
    {
        Sql sql(database);
        QVERIFY(sql.exec(QStringLiteral("UPDATE phase_record SET agreed_at = NULL, agreed_by = '', skip_reason = ?"
                                        " WHERE phase = 1 AND postmortem_id = (SELECT id FROM postmortem"
                                        " WHERE incident_id = ?)"),
                         {QStringLiteral("Logs were lost; the group moved on."), id}));
        QVERIFY(sql.exec(QStringLiteral("INSERT INTO phase_log (postmortem_id, at, phase, what, who, reason)"
                                        " SELECT id, created_at + 60, 1, 1, 'Facilitator', ? FROM postmortem"
                                        " WHERE incident_id = ?"),
                         {QStringLiteral("Logs were lost; the group moved on."), id}));
    }
    const QJsonObject pm = showJson(database, id);
    const QJsonObject timeline = pm.value(QLatin1String("phases")).toArray().at(1).toObject();
    QCOMPARE(timeline.value(QLatin1String("state")).toString(), QStringLiteral("skipped"));
    QCOMPARE(timeline.value(QLatin1String("skip_reason")).toString(),
             QStringLiteral("Logs were lost; the group moved on."));
    QVERIFY(timeline.value(QLatin1String("agreed")).isNull());
    const QString md = showMarkdown(database, id);
    QVERIFY2(md.contains(QLatin1String("- **Timeline:** skipped: Logs were lost; the group moved on.\n")),
             qPrintable(md));
    QVERIFY(md.contains(QLatin1String(": Timeline skipped. Reason: Logs were lost; the group moved on.\n")));
}

void TestCliPostmortem::markdownEscapesUserText()
{
    const QString database = createDemo(QStringLiteral("awkward.db"));
    QVERIFY(!database.isEmpty());
    const qint64 id = postmortemsIn(database, 5).constFirst();
    const QString event =
        QStringLiteral("*bold* _it_ [link](http://x) <script>alert(1)</script> `code` | pipe &amp; ~~gone~~ "
                       "![img](y) C# \\ end\nsecond line");
    const QString factor = QStringLiteral("- looks like a list item");
    const QString learning = QStringLiteral("1. looks numbered");
    const QString name = QStringLiteral("**Ana** <i>");
    const QString role = QStringLiteral("> quoted");
    const QString summary = QStringLiteral("# Not a heading\n\n---\n\n2) not a list");
    const QString action = QStringLiteral("+ plus and = equals");
    {
        Sql sql(database);
        const QString session = QStringLiteral("(SELECT id FROM postmortem WHERE incident_id = %1)").arg(id);
        QVERIFY(sql.exec(QStringLiteral("UPDATE timeline_event SET text = ? WHERE id = (SELECT MIN(id) FROM"
                                        " timeline_event WHERE postmortem_id = %1)")
                             .arg(session),
                         {event}));
        QVERIFY(sql.exec(QStringLiteral("UPDATE contributing_factor SET text = ? WHERE id = (SELECT MIN(id) FROM"
                                        " contributing_factor WHERE postmortem_id = %1)")
                             .arg(session),
                         {factor}));
        QVERIFY(sql.exec(QStringLiteral("UPDATE learning SET text = ? WHERE id = (SELECT MIN(id) FROM learning"
                                        " WHERE postmortem_id = %1)")
                             .arg(session),
                         {learning}));
        QVERIFY(sql.exec(QStringLiteral("UPDATE participant SET name = ?, role = ? WHERE id = (SELECT MIN(id) FROM"
                                        " participant WHERE postmortem_id = %1)")
                             .arg(session),
                         {name, role}));
        QVERIFY(sql.exec(QStringLiteral("UPDATE postmortem SET summary = ? WHERE id = %1").arg(session), {summary}));
        QVERIFY(sql.exec(QStringLiteral("UPDATE action_item SET text = ? WHERE id = (SELECT MIN(id) FROM"
                                        " action_item WHERE postmortem_id = %1)")
                             .arg(session),
                         {action}));
    }

    const QString md = showMarkdown(database, id);
    QVERIFY(!md.isEmpty());
    // Every special character is escaped, so CommonMark shows the text as typed, on one line.
    const QString escapedEvent =
        QStringLiteral("\\*bold\\* \\_it\\_ \\[link\\](http://x) \\<script\\>alert(1)\\</script\\> \\`code\\` \\| pipe "
                       "\\&amp; \\~\\~gone\\~\\~ \\!\\[img\\](y) C\\# \\\\ end second line");
    QVERIFY2(md.contains(QLatin1String("): ") + escapedEvent + QLatin1Char('\n')), qPrintable(md));
    QVERIFY(md.contains(QLatin1String("\n- \\- looks like a list item\n")));
    QVERIFY(md.contains(QLatin1String("\n- 1\\. looks numbered\n")));
    QVERIFY(md.contains(QLatin1String("\n- \\*\\*Ana\\*\\* \\<i\\> (\\> quoted)\n")));
    QVERIFY(md.contains(QLatin1String("\n\\# Not a heading\n\n\\---\n\n2\\) not a list\n")));
    QVERIFY(md.contains(QLatin1String(":** \\+ plus and = equals\n")));
    QVERIFY(!md.contains(QLatin1String("<script>")));
    // Headings stay the only lines that start with '#'.
    for (const QString &line : md.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1Char('#')))
            QVERIFY2(QRegularExpression(QStringLiteral("^#{1,3} [^#]")).match(line).hasMatch(), qPrintable(line));
    }

    // JSON keeps the texts exactly as typed.
    const QJsonObject pm = showJson(database, id);
    QVERIFY(arrayTexts(pm.value(QLatin1String("timeline")).toArray(), QStringLiteral("text")).contains(event));
    QVERIFY(arrayTexts(pm.value(QLatin1String("factors")).toArray(), QStringLiteral("text")).contains(factor));
    QVERIFY(arrayTexts(pm.value(QLatin1String("participants")).toArray(), QStringLiteral("name")).contains(name));
    QCOMPARE(pm.value(QLatin1String("summary")).toString(), summary);
}

void TestCliPostmortem::demoTextsAreBlameless()
{
    const BlameLanguageChecker checker = BlameLanguageChecker::forLanguage(QStringLiteral("en"));
    QVERIFY(!checker.isEmpty());
    QList<qint64> ids = postmortemsIn(m_demo, 5) + postmortemsIn(m_demo, 2) + postmortemsIn(m_demo, 3);
    QCOMPARE(ids.size(), 7);
    for (qint64 id : std::as_const(ids)) {
        const QJsonObject pm = showJson(m_demo, id);
        const QStringList people =
            arrayTexts(pm.value(QLatin1String("participants")).toArray(), QStringLiteral("name")) +
            QStringList{pm.value(QLatin1String("facilitator")).toString()};
        QStringList texts{pm.value(QLatin1String("summary")).toString(), pm.value(QLatin1String("title")).toString()};
        texts += arrayTexts(pm.value(QLatin1String("timeline")).toArray(), QStringLiteral("text"));
        texts += arrayTexts(pm.value(QLatin1String("actions")).toArray(), QStringLiteral("text"));
        const QJsonObject learnings = pm.value(QLatin1String("learnings")).toObject();
        for (const QString &key : learnings.keys())
            texts += arrayTexts(learnings.value(key).toArray());
        for (const QString &text : std::as_const(texts))
            QVERIFY2(checker.check(text).isEmpty(), qPrintable(text));
        for (const QString &text : arrayTexts(pm.value(QLatin1String("factors")).toArray(), QStringLiteral("text")))
            QVERIFY2(checker.check(text, people).isEmpty(), qPrintable(text));
    }
    // The retro's texts too.
    Sql sql(m_demo);
    for (const char *table : {"timeline_event", "contributing_factor", "learning", "action_item"}) {
        for (const QVariantList &row : sql.rows(QStringLiteral("SELECT text FROM %1").arg(QLatin1String(table))))
            QVERIFY2(checker.check(row.value(0).toString()).isEmpty(), qPrintable(row.value(0).toString()));
    }
}

void TestCliPostmortem::sameSeedSameSessions()
{
    const QString first = createDemo(QStringLiteral("first.db"), QStringLiteral("5"));
    const QString second = createDemo(QStringLiteral("second.db"), QStringLiteral("5"));
    const QString other = createDemo(QStringLiteral("other.db"), QStringLiteral("6"));
    QVERIFY(!first.isEmpty() && !second.isEmpty() && !other.isEmpty());
    const QList<qint64> ids = postmortemsIn(first, 5) + postmortemsIn(first, 2) + postmortemsIn(first, 3);
    QCOMPARE(ids.size(), 7);
    QCOMPARE(postmortemsIn(second, 5) + postmortemsIn(second, 2) + postmortemsIn(second, 3), ids);
    for (qint64 id : ids) {
        QCOMPARE(showMarkdown(first, id), showMarkdown(second, id));
        const QJsonObject a = showJson(first, id);
        QVERIFY(!a.isEmpty());
        QCOMPARE(showJson(second, id), a);
    }
    auto actions = [this](const QString &database) {
        return cli({QStringLiteral("list"), QStringLiteral("actions"), QStringLiteral("--format"),
                    QStringLiteral("csv")},
                   database)
            .out;
    };
    QCOMPARE(actions(first), actions(second));
    QVERIFY(actions(first) != actions(other));
}

void TestCliPostmortem::listActionsCsv()
{
    const Run r = cli(
        {QStringLiteral("list"), QStringLiteral("actions"), QStringLiteral("--format"), QStringLiteral("csv")}, m_demo);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    QList<QStringList> records;
    QString error;
    QVERIFY2(parseCsv(r.out, &records, &error), qPrintable(error));
    const QStringList header{QStringLiteral("id"),           QStringLiteral("due"),        QStringLiteral("overdue"),
                             QStringLiteral("status"),       QStringLiteral("kind"),       QStringLiteral("owner_team"),
                             QStringLiteral("owner_person"), QStringLiteral("text"),       QStringLiteral("factor"),
                             QStringLiteral("source"),       QStringLiteral("incident_id")};
    QCOMPARE(records.constFirst(), header);
    const QList<QVariantList> count = Sql(m_demo).rows(QStringLiteral("SELECT COUNT(*) FROM action_item"));
    QCOMPARE(records.size() - 1, count.constFirst().value(0).toInt());
    const QDate today = QDate::currentDate();
    QDate previous;
    for (qsizetype i = 1; i < records.size(); ++i) {
        const QStringList &a = records.at(i);
        QCOMPARE(a.size(), header.size());
        const QDate due = QDate::fromString(a.at(1), Qt::ISODate);
        QVERIFY2(due.isValid(), qPrintable(a.at(1)));
        QVERIFY(!previous.isValid() || previous <= due); // soonest due first
        previous = due;
        const bool open = a.at(3) == QLatin1String("open") || a.at(3) == QLatin1String("in-progress");
        QCOMPARE(a.at(2), open && due < today ? QStringLiteral("yes") : QStringLiteral("no"));
        QVERIFY(!a.at(5).isEmpty());
        QVERIFY(!a.at(7).isEmpty());
        QVERIFY(!a.at(9).isEmpty());
    }
}

void TestCliPostmortem::listActionsOverdue()
{
    const QDate today = QDate::currentDate();
    for (const QString &format : {QStringLiteral("json"), QStringLiteral("csv")}) {
        const Run r = cli({QStringLiteral("list"), QStringLiteral("actions"), QStringLiteral("--overdue"),
                           QStringLiteral("--format"), format},
                          m_demo);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QString());
        if (format == QLatin1String("csv")) {
            QList<QStringList> records;
            QString error;
            QVERIFY2(parseCsv(r.out, &records, &error), qPrintable(error));
            QVERIFY(records.size() > 3);
            for (qsizetype i = 1; i < records.size(); ++i)
                QCOMPARE(records.at(i).at(2), QStringLiteral("yes"));
            continue;
        }
        const QJsonArray overdue = parseJsonArray(r.out);
        QVERIFY(overdue.size() >= 3);
        for (const QJsonValue &v : overdue) {
            const QJsonObject a = v.toObject();
            QCOMPARE(a.value(QLatin1String("overdue")), QJsonValue(true));
            QVERIFY(isoDate(a.value(QLatin1String("due"))) < today);
            const QString status = a.value(QLatin1String("status")).toString();
            QVERIFY(status == QLatin1String("open") || status == QLatin1String("in-progress"));
        }
        // The same items as the full list marks overdue.
        const Run all =
            cli({QStringLiteral("list"), QStringLiteral("actions"), QStringLiteral("--format"), QStringLiteral("json")},
                m_demo);
        QJsonArray expected;
        for (const QJsonValue &v : parseJsonArray(all.out)) {
            if (v.toObject().value(QLatin1String("overdue")).toBool())
                expected.append(v);
        }
        QCOMPARE(overdue, expected);
    }
    // Overdue and done never meet.
    const Run none =
        cli({QStringLiteral("list"), QStringLiteral("actions"), QStringLiteral("--overdue"), QStringLiteral("--status"),
             QStringLiteral("done"), QStringLiteral("--format"), QStringLiteral("json")},
            m_demo);
    QCOMPARE(none.exitCode, 0);
    const QJsonDocument empty = QJsonDocument::fromJson(none.out.toUtf8());
    QVERIFY(empty.isArray());
    QVERIFY(empty.array().isEmpty());
}

void TestCliPostmortem::listActionsTeamAndStatus()
{
    const Run all =
        cli({QStringLiteral("list"), QStringLiteral("actions"), QStringLiteral("--format"), QStringLiteral("json")},
            m_demo);
    const QJsonArray every = parseJsonArray(all.out);
    QVERIFY(every.size() > 10);

    // A department covers its teams; the list holds exactly their items.
    auto filtered = [&](const QStringList &options) {
        const Run r = cli(QStringList{QStringLiteral("list"), QStringLiteral("actions"), QStringLiteral("--format"),
                                      QStringLiteral("json")} +
                              options,
                          m_demo);
        return r.exitCode == 0 && r.err.isEmpty() ? parseJsonArray(r.out) : QJsonArray{QStringLiteral("failed")};
    };
    const QSet<QString> platform{QStringLiteral("Build and release"), QStringLiteral("Observability"),
                                 QStringLiteral("Networking"), QStringLiteral("Databases")};
    for (const QString &team : {QStringLiteral("Platform"), QStringLiteral("Observability")}) {
        QJsonArray expected;
        for (const QJsonValue &v : every) {
            const QString owner = v.toObject().value(QLatin1String("owner_team")).toString();
            if (team == QLatin1String("Platform") ? platform.contains(owner) : owner == team)
                expected.append(v);
        }
        QVERIFY(!expected.isEmpty());
        QCOMPARE(filtered({QStringLiteral("--team"), team}), expected);
    }

    for (const QString &status :
         {QStringLiteral("open"), QStringLiteral("in-progress"), QStringLiteral("done"), QStringLiteral("dropped")}) {
        QJsonArray expected;
        for (const QJsonValue &v : every) {
            if (v.toObject().value(QLatin1String("status")).toString() == status)
                expected.append(v);
        }
        QVERIFY2(!expected.isEmpty(), qPrintable(status));
        QCOMPARE(filtered({QStringLiteral("--status"), status}), expected);
    }

    // Team, overdue and CSV together.
    const Run r = cli({QStringLiteral("list"), QStringLiteral("actions"), QStringLiteral("--team"),
                       QStringLiteral("Observability"), QStringLiteral("--overdue"), QStringLiteral("--format"),
                       QStringLiteral("csv")},
                      m_demo);
    QCOMPARE(r.exitCode, 0);
    QList<QStringList> records;
    QString error;
    QVERIFY2(parseCsv(r.out, &records, &error), qPrintable(error));
    QVERIFY(records.size() >= 2);
    for (qsizetype i = 1; i < records.size(); ++i) {
        QCOMPARE(records.at(i).at(5), QStringLiteral("Observability"));
        QCOMPARE(records.at(i).at(2), QStringLiteral("yes"));
    }
}

void TestCliPostmortem::listActionsTable()
{
    const Run r = cli({QStringLiteral("list"), QStringLiteral("actions"), QStringLiteral("--overdue")}, m_demo);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 4);
    QVERIFY(lines.constFirst().startsWith(QLatin1String("id")));
    QVERIFY(lines.constFirst().contains(QLatin1String("overdue")));
    QVERIFY(lines.constFirst().contains(QLatin1String("owner_team")));
    QVERIFY(!r.out.contains(QLatin1Char('\r')));
}

QTEST_GUILESS_MAIN(TestCliPostmortem)
#include "tst_cli_postmortem.moc"
