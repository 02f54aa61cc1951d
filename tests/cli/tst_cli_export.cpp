// candor-cli list incidents|actions and trends as CSV, run as the built executable on the demo organisation (plus
// rows with commas, quotes, line breaks, emoji and right-to-left text written straight into the file): the CSV read
// back with a strict RFC 4180 parser equals the database row for row; -o writes exactly what standard output gets;
// --bom puts the three bytes of a UTF-8 byte-order mark first and is refused with any other format. A write that the
// system stops part-way (a file size limit: `ulimit -f` with SIGXFSZ ignored) exits 1 with one line on stderr and
// leaves neither the file nor a temporary behind.
#include "cli/CliHarness.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace candor::clitest;

// Runs a helper that checks with QTest macros, and ends the test when the helper failed.
#define STEP(call)                                                                                                     \
    do {                                                                                                               \
        call;                                                                                                          \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

namespace {

const QByteArray bomBytes("\xEF\xBB\xBF");
const QString awkwardTitle = QStringLiteral("Checkout, \"payments\" and\r\nrefunds 🔥 — انقطاع الخدمة");
const QString awkwardService = QStringLiteral("שירות-תשלומים");
const QString awkwardAction = QStringLiteral("Alert on queue depth,\nper region 👩🏽‍💻 \"p99\"");

const QStringList incidentColumns = {QStringLiteral("id"),      QStringLiteral("started"),  QStringLiteral("severity"),
                                     QStringLiteral("status"),  QStringLiteral("team"),     QStringLiteral("service"),
                                     QStringLiteral("title"),   QStringLiteral("detected"), QStringLiteral("mitigated"),
                                     QStringLiteral("resolved")};
const QStringList actionColumns = {
    QStringLiteral("id"),     QStringLiteral("due"),        QStringLiteral("overdue"),      QStringLiteral("status"),
    QStringLiteral("kind"),   QStringLiteral("owner_team"), QStringLiteral("owner_person"), QStringLiteral("text"),
    QStringLiteral("factor"), QStringLiteral("source"),     QStringLiteral("incident_id")};

// Direct SQL on a demo file: the truth to compare the CSV with, and rows with awkward texts.
class Sql
{
public:
    explicit Sql(const QString &path)
        : m_name(QStringLiteral("tst_cli_export_%1").arg(++s_count))
    {
        m_open = candor::testdb::connect(path, m_name).isOpen();
    }
    ~Sql()
    {
        QSqlDatabase::database(m_name).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
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
    QString m_name;
    bool m_open = false;
    static inline int s_count = 0;
};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A time column as the CSV must have it: ISO 8601 in UTC, empty when NULL.
QString isoTime(const QVariant &seconds)
{
    if (seconds.isNull())
        return QString();
    return QDateTime::fromSecsSinceEpoch(seconds.toLongLong(), Qt::UTC).toString(Qt::ISODate);
}

QString incidentStatus(int status)
{
    const QStringList keys = {QStringLiteral("open"), QStringLiteral("mitigated"), QStringLiteral("resolved")};
    return keys.value(status);
}

QString actionStatus(int status)
{
    const QStringList keys = {QStringLiteral("open"), QStringLiteral("in-progress"), QStringLiteral("done"),
                              QStringLiteral("dropped")};
    return keys.value(status);
}

QString actionKind(int kind)
{
    const QStringList keys = {QStringLiteral("prevent"), QStringLiteral("detect-sooner"),
                              QStringLiteral("mitigate-faster"), QStringLiteral("respond-better"),
                              QStringLiteral("learn-and-share")};
    return keys.value(kind);
}

// Everything in a folder, hidden files (QSaveFile's temporaries) included.
QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
}

} // namespace

class TestCliExport : public QObject, public CliHarness
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        startTestCase();
        m_copyDemos = true; // every test function starts from the same demo
    }
    void init();
    void cleanup() { finishTest(); }

    void incidentsAsCsv();
    void actionsAsCsv();
    void trendsAsCsv();
    void outputFileHoldsWhatStandardOutputGets_data();
    void outputFileHoldsWhatStandardOutputGets();
    void byteOrderMark_data();
    void byteOrderMark();
    void byteOrderMarkOnlyWithCsv_data();
    void byteOrderMarkOnlyWithCsv();
    void failedWriteLeavesNothing_data();
    void failedWriteLeavesNothing();
    void outputThatCannotBeCreated_data();
    void outputThatCannotBeCreated();

private:
    // The records of a CSV file, strictly parsed; fails the test on anything that is not RFC 4180.
    void readCsv(const QByteArray &bytes, QList<QStringList> *records);
    // candor-cli with its arguments under `sh -c`, with the shell's file size limit (in its own ulimit -f units)
    // and SIGXFSZ ignored, so a write past the limit fails with EFBIG instead of killing the process.
    Run runLimited(const QStringList &args, int limit);
    // candor-cli run by `program` with `arguments`; *rawOut, when given, gets standard output byte for byte (Run::out
    // is decoded text, and decoding drops a leading byte-order mark).
    Run runProcess(const QString &program, const QStringList &arguments, const QStringList &shown,
                   QByteArray *rawOut = nullptr);

    QString m_db;
    qint64 m_awkwardIncident = 0;
    qint64 m_awkwardAction = 0;
};

void TestCliExport::init()
{
    startTest();
    m_db = createDemo(QStringLiteral("demo.sqlite"));
    QVERIFY2(!m_db.isEmpty(), "candor-cli demo failed");
    // An incident and an action item whose texts need quoting, from the right-to-left and emoji ranges too.
    Sql sql(m_db);
    QVERIFY(sql.isOpen());
    const QList<QVariantList> team = sql.rows(QStringLiteral("SELECT id FROM team ORDER BY id LIMIT 1"));
    const QList<QVariantList> session =
        sql.rows(QStringLiteral("SELECT id FROM postmortem WHERE incident_id IS NOT NULL ORDER BY id LIMIT 1"));
    QVERIFY(!team.isEmpty() && !session.isEmpty());
    QVERIFY(sql.exec(QStringLiteral("INSERT INTO incident (team_id, title, severity, status, service, started_at,"
                                    " detected_at) VALUES (?, ?, 1, 0, ?, ?, ?)"),
                     {team[0][0], awkwardTitle, awkwardService,
                      QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), Qt::UTC).toSecsSinceEpoch(),
                      QDateTime(QDate(2025, 1, 2), QTime(3, 9), Qt::UTC).toSecsSinceEpoch()}));
    m_awkwardIncident = sql.rows(QStringLiteral("SELECT max(id) FROM incident")).value(0).value(0).toLongLong();
    QVERIFY(sql.exec(QStringLiteral("INSERT INTO action_item (postmortem_id, kind, text, owner_team_id, owner_person,"
                                    " due_date, status, created_at) VALUES (?, 2, ?, ?, ?, '2025-02-03', 1, ?)"),
                     {session[0][0], awkwardAction, team[0][0], QStringLiteral("Zoë \"Z\" Öztürk"),
                      QDateTime::currentSecsSinceEpoch()}));
    m_awkwardAction = sql.rows(QStringLiteral("SELECT max(id) FROM action_item")).value(0).value(0).toLongLong();
    QVERIFY(m_awkwardIncident > 0 && m_awkwardAction > 0);
}

void TestCliExport::readCsv(const QByteArray &bytes, QList<QStringList> *records)
{
    QVERIFY2(!bytes.startsWith(bomBytes), "a byte-order mark without --bom");
    QString error;
    QVERIFY2(parseCsv(QString::fromUtf8(bytes), records, &error), qPrintable(error));
    QVERIFY(!records->isEmpty());
    for (const QStringList &record : std::as_const(*records))
        QCOMPARE(record.size(), records->first().size());
}

Run TestCliExport::runLimited(const QStringList &args, int limit)
{
    // $0 is candor-cli, "$@" its arguments: nothing is quoted by hand.
    return runProcess(
        QStringLiteral("/bin/sh"),
        QStringList{QStringLiteral("-c"),
                    QStringLiteral("trap '' XFSZ; ulimit -f %1 || exit 99; exec \"$0\" \"$@\"").arg(limit),
                    QStringLiteral(CANDOR_CLI_PATH)} +
            args,
        QStringList{QStringLiteral("(ulimit -f %1)").arg(limit)} + args);
}

Run TestCliExport::runProcess(const QString &program, const QStringList &arguments, const QStringList &shown,
                              QByteArray *rawOut)
{
    Run r;
    r.args = shown;
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.setWorkingDirectory(m_dir->path());
    process.setProcessEnvironment(baseEnvironment());
    process.start();
    if (process.waitForStarted(30000) && process.waitForFinished(120000)) {
        r.finished = true;
        r.exitStatus = process.exitStatus();
        r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    } else {
        process.kill();
        process.waitForFinished(5000);
    }
    const QByteArray out = process.readAllStandardOutput();
    if (rawOut)
        *rawOut = out;
    r.out = QString::fromUtf8(out);
    r.err = QString::fromUtf8(process.readAllStandardError());
    m_runs.append(r);
    return r;
}

void TestCliExport::incidentsAsCsv()
{
    const QString out = path(QStringLiteral("incidents.csv"));
    const Run r = run({QStringLiteral("list"), QStringLiteral("incidents"), QStringLiteral("--format"),
                       QStringLiteral("csv"), QStringLiteral("-o"), out, QStringLiteral("--db"), m_db});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QString());
    QCOMPARE(r.err, QString());
    QList<QStringList> records;
    STEP(readCsv(readAll(out), &records));
    QCOMPARE(records.first(), incidentColumns);

    Sql sql(m_db);
    const QList<QVariantList> expected = sql.rows(
        QStringLiteral("SELECT i.id, i.started_at, i.severity, i.status, t.name, i.service, i.title, i.detected_at,"
                       " i.mitigated_at, i.resolved_at FROM incident i JOIN team t ON t.id = i.team_id"
                       " ORDER BY i.started_at, i.id"));
    QVERIFY(expected.size() > 100);
    QCOMPARE(records.size() - 1, expected.size());
    bool sawAwkward = false;
    for (int i = 0; i < expected.size(); ++i) {
        const QVariantList &row = expected.at(i);
        const QStringList want = {row[0].toString(),
                                  isoTime(row[1]),
                                  QStringLiteral("SEV%1").arg(row[2].toInt()),
                                  incidentStatus(row[3].toInt()),
                                  row[4].toString(),
                                  row[5].toString(),
                                  row[6].toString(),
                                  isoTime(row[7]),
                                  isoTime(row[8]),
                                  isoTime(row[9])};
        QCOMPARE(records.at(i + 1), want);
        sawAwkward = sawAwkward || row[0].toLongLong() == m_awkwardIncident;
    }
    QVERIFY(sawAwkward);
    // The awkward row as written, line break and all.
    for (const QStringList &record : std::as_const(records)) {
        if (record.first() == QString::number(m_awkwardIncident)) {
            QCOMPARE(record.at(1), QStringLiteral("2025-01-02T03:04:05Z"));
            QCOMPARE(record.at(5), awkwardService);
            QCOMPARE(record.at(6), awkwardTitle);
            QCOMPARE(record.at(7), QStringLiteral("2025-01-02T03:09:00Z"));
            QCOMPARE(record.at(8), QString());
        }
    }
}

void TestCliExport::actionsAsCsv()
{
    const QString out = path(QStringLiteral("actions.csv"));
    const Run r = run({QStringLiteral("list"), QStringLiteral("actions"), QStringLiteral("--format"),
                       QStringLiteral("csv"), QStringLiteral("-o"), out, QStringLiteral("--db"), m_db});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    QList<QStringList> records;
    STEP(readCsv(readAll(out), &records));
    QCOMPARE(records.first(), actionColumns);

    Sql sql(m_db);
    const QList<QVariantList> expected = sql.rows(QStringLiteral(
        "SELECT a.id, a.due_date, a.status, a.kind, t.name, a.owner_person, a.text,"
        " coalesce(f.text, ''), coalesce(nullif(p.title, ''), i.title), p.incident_id"
        " FROM action_item a JOIN team t ON t.id = a.owner_team_id JOIN postmortem p ON p.id = a.postmortem_id"
        " LEFT JOIN incident i ON i.id = p.incident_id LEFT JOIN contributing_factor f ON f.id = a.factor_id"));
    QVERIFY(expected.size() > 5);
    QCOMPARE(records.size() - 1, expected.size());
    QHash<QString, QStringList> byId;
    for (const QStringList &record : records.mid(1))
        byId.insert(record.first(), record);
    const QDate today = QDate::currentDate();
    for (const QVariantList &row : expected) {
        const QString id = row[0].toString();
        QVERIFY2(byId.contains(id), qPrintable(id));
        const QStringList &record = byId.value(id);
        const QString due = row[1].toString();
        const int status = row[2].toInt();
        const bool overdue = status <= 1 && !due.isEmpty() && QDate::fromString(due, Qt::ISODate) < today;
        const QStringList want = {id,
                                  due,
                                  overdue ? QStringLiteral("yes") : QStringLiteral("no"),
                                  actionStatus(status),
                                  actionKind(row[3].toInt()),
                                  row[4].toString(),
                                  row[5].toString(),
                                  row[6].toString(),
                                  row[7].toString(),
                                  record.at(9), // the source title: checked below for the awkward row
                                  row[9].isNull() ? QString() : row[9].toString()};
        QCOMPARE(record, want);
    }
    const QStringList awkward = byId.value(QString::number(m_awkwardAction));
    QCOMPARE(awkward.at(1), QStringLiteral("2025-02-03"));
    QCOMPARE(awkward.at(2), QStringLiteral("yes"));
    QCOMPARE(awkward.at(3), QStringLiteral("in-progress"));
    QCOMPARE(awkward.at(4), QStringLiteral("mitigate-faster"));
    QCOMPARE(awkward.at(6), QStringLiteral("Zoë \"Z\" Öztürk"));
    QCOMPARE(awkward.at(7), awkwardAction);
    QVERIFY(!awkward.at(9).isEmpty());
    QVERIFY(!awkward.at(10).isEmpty());
    // Soonest due first, undated last.
    QString previous;
    bool undated = false;
    for (const QStringList &record : records.mid(1)) {
        if (record.at(1).isEmpty()) {
            undated = true;
            continue;
        }
        QVERIFY2(!undated, "a dated item after an undated one");
        QVERIFY2(previous <= record.at(1), qPrintable(previous + QLatin1String(" > ") + record.at(1)));
        previous = record.at(1);
    }
}

void TestCliExport::trendsAsCsv()
{
    const QString out = path(QStringLiteral("trends.csv"));
    const Run csv = run({QStringLiteral("trends"), QStringLiteral("--all"), QStringLiteral("--format"),
                         QStringLiteral("csv"), QStringLiteral("-o"), out, QStringLiteral("--db"), m_db});
    QCOMPARE(csv.exitCode, 0);
    QCOMPARE(csv.err, QString());
    QList<QStringList> records;
    STEP(readCsv(readAll(out), &records));
    QCOMPARE(records.first(),
             (QStringList{QStringLiteral("scope"), QStringLiteral("team"), QStringLiteral("parent"),
                          QStringLiteral("instrument"), QStringLiteral("period"), QStringLiteral("respondents"),
                          QStringLiteral("score"), QStringLiteral("suppressed")}));
    // The same rows as the JSON rendering, field by field; withheld rows carry no numbers.
    const Run json = run({QStringLiteral("trends"), QStringLiteral("--all"), QStringLiteral("--format"),
                          QStringLiteral("json"), QStringLiteral("--db"), m_db});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray rows = parseJsonArray(json.out);
    QVERIFY(rows.size() > 100);
    QCOMPARE(records.size() - 1, rows.size());
    int withheld = 0;
    for (int i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows.at(i).toObject();
        const QStringList &record = records.at(i + 1);
        QCOMPARE(record.at(0), row.value(QLatin1String("scope")).toString());
        QCOMPARE(record.at(1), row.value(QLatin1String("team")).toString());
        QCOMPARE(record.at(2), row.value(QLatin1String("parent")).toString());
        QCOMPARE(record.at(3), row.value(QLatin1String("instrument")).toString());
        QCOMPARE(record.at(4), row.value(QLatin1String("period")).toString());
        const bool suppressed = row.value(QLatin1String("suppressed")).toBool();
        QCOMPARE(record.at(7), suppressed ? QStringLiteral("true") : QStringLiteral("false"));
        if (suppressed) {
            ++withheld;
            QCOMPARE(record.at(5), QString());
            QCOMPARE(record.at(6), QString());
        } else {
            QCOMPARE(record.at(5).toInt(), row.value(QLatin1String("respondents")).toInt());
            QCOMPARE(record.at(6).toDouble(), row.value(QLatin1String("score")).toDouble());
        }
    }
    QVERIFY2(withheld > 0, "the demo has small groups; some rows must be withheld");
}

void TestCliExport::outputFileHoldsWhatStandardOutputGets_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("list incidents csv") << QStringList{QStringLiteral("list"), QStringLiteral("incidents"),
                                                       QStringLiteral("--format"), QStringLiteral("csv")};
    QTest::newRow("list actions csv --bom")
        << QStringList{QStringLiteral("list"), QStringLiteral("actions"), QStringLiteral("--format"),
                       QStringLiteral("csv"), QStringLiteral("--bom")};
    QTest::newRow("list teams table") << QStringList{QStringLiteral("list"), QStringLiteral("teams")};
    QTest::newRow("list members json") << QStringList{QStringLiteral("list"), QStringLiteral("members"),
                                                      QStringLiteral("--format"), QStringLiteral("json")};
    QTest::newRow("trends --team csv") << QStringList{QStringLiteral("trends"), QStringLiteral("--team"),
                                                      QStringLiteral("Payments")};
    QTest::newRow("trends json") << QStringList{QStringLiteral("trends"), QStringLiteral("--format"),
                                                QStringLiteral("json")};
}

void TestCliExport::outputFileHoldsWhatStandardOutputGets()
{
    QFETCH(QStringList, args);
    args << QStringLiteral("--db") << m_db;
    const Run toStdout = run(args);
    QCOMPARE(toStdout.exitCode, 0);
    QVERIFY(!toStdout.out.isEmpty());
    const QString out = path(QStringLiteral("out.txt"));
    const Run toFile = run(args + QStringList{QStringLiteral("-o"), out});
    QCOMPARE(toFile.exitCode, 0);
    QCOMPARE(toFile.out, QString());
    QCOMPARE(toFile.err, QString());
    QCOMPARE(QString::fromUtf8(readAll(out)), toStdout.out);
    const QStringList expected = candor::testdb::onPostgreSql()
                                     ? QStringList{QStringLiteral("out.txt")}
                                     : QStringList{QStringLiteral("demo.sqlite"), QStringLiteral("out.txt")};
    QCOMPARE(entries(m_dir->path()), expected);
}

void TestCliExport::byteOrderMark_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("list incidents") << QStringList{QStringLiteral("list"), QStringLiteral("incidents"),
                                                   QStringLiteral("--format"), QStringLiteral("csv")};
    QTest::newRow("list actions") << QStringList{QStringLiteral("list"), QStringLiteral("actions"),
                                                 QStringLiteral("--format"), QStringLiteral("csv")};
    QTest::newRow("trends") << QStringList{QStringLiteral("trends"), QStringLiteral("--all")};
}

void TestCliExport::byteOrderMark()
{
    QFETCH(QStringList, args);
    args << QStringLiteral("--db") << m_db;
    const QString plainPath = path(QStringLiteral("plain.csv"));
    const QString markedPath = path(QStringLiteral("marked.csv"));
    QCOMPARE(run(args + QStringList{QStringLiteral("-o"), plainPath}).exitCode, 0);
    QCOMPARE(run(args + QStringList{QStringLiteral("--bom"), QStringLiteral("-o"), markedPath}).exitCode, 0);
    const QByteArray plain = readAll(plainPath);
    const QByteArray marked = readAll(markedPath);
    QCOMPARE(marked.left(3), bomBytes);
    QVERIFY(!plain.startsWith(bomBytes));
    QCOMPARE(marked.mid(3), plain);
    QCOMPARE(marked.count(bomBytes), 1);
    QList<QStringList> records;
    STEP(readCsv(marked.mid(3), &records));
    // On standard output too.
    QByteArray stdoutBytes;
    const Run toStdout = runProcess(QStringLiteral(CANDOR_CLI_PATH), args + QStringList{QStringLiteral("--bom")},
                                    args + QStringList{QStringLiteral("--bom")}, &stdoutBytes);
    QCOMPARE(toStdout.exitCode, 0);
    QCOMPARE(stdoutBytes, marked);
}

void TestCliExport::byteOrderMarkOnlyWithCsv_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("list json") << QStringList{QStringLiteral("list"), QStringLiteral("incidents"),
                                              QStringLiteral("--format"), QStringLiteral("json")};
    QTest::newRow("list table") << QStringList{QStringLiteral("list"), QStringLiteral("teams")};
    QTest::newRow("trends json") << QStringList{QStringLiteral("trends"), QStringLiteral("--format"),
                                                QStringLiteral("json")};
}

void TestCliExport::byteOrderMarkOnlyWithCsv()
{
    QFETCH(QStringList, args);
    const QString out = path(QStringLiteral("out.json"));
    const Run r =
        run(args + QStringList{QStringLiteral("--bom"), QStringLiteral("-o"), out, QStringLiteral("--db"), m_db});
    QCOMPARE(r.exitCode, 64);
    QCOMPARE(r.out, QString());
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY2(r.err.startsWith(QLatin1String("candor-cli: ")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("--bom")) && r.err.contains(QLatin1String("csv")), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(out));
}

void TestCliExport::failedWriteLeavesNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("earlierFile");
    const QStringList incidents{QStringLiteral("list"), QStringLiteral("incidents"), QStringLiteral("--format"),
                                QStringLiteral("csv")};
    QTest::newRow("list incidents csv") << incidents << false;
    QTest::newRow("list incidents csv over an earlier file") << incidents << true;
    QTest::newRow("list incidents json") << QStringList{QStringLiteral("list"), QStringLiteral("incidents"),
                                                        QStringLiteral("--format"), QStringLiteral("json")}
                                         << false;
    QTest::newRow("trends --bom") << QStringList{QStringLiteral("trends"), QStringLiteral("--all"),
                                                 QStringLiteral("--bom")}
                                  << false;
}

void TestCliExport::failedWriteLeavesNothing()
{
    QFETCH(QStringList, args);
    QFETCH(bool, earlierFile);
    args << QStringLiteral("--db") << m_db;
    const QString out = path(QStringLiteral("out.csv"));
    // What an unlimited run writes is well past the limit (8 blocks: 4 KiB in dash, 8 KiB in bash).
    const Run unlimited = run(args);
    QCOMPARE(unlimited.exitCode, 0);
    QVERIFY2(unlimited.out.toUtf8().size() > 16 * 1024, qPrintable(QString::number(unlimited.out.size())));
    if (earlierFile) {
        QFile earlier(out);
        QVERIFY(earlier.open(QIODevice::WriteOnly));
        QVERIFY(earlier.write("id,title\r\n1,an export that fitted\r\n") > 0);
    }
    const QByteArray before = fingerprint(out);

    // SQLite's shared-memory file (32 KiB) must exist before the limit: a connection held open here keeps it, as a
    // running Candor does. The limit then falls on the export alone.
    Sql holder(m_db);
    QVERIFY(holder.isOpen());
    QVERIFY(!holder.rows(QStringLiteral("SELECT count(*) FROM incident")).isEmpty());
    const QStringList folderBefore = entries(m_dir->path());

    const Run r = runLimited(args + QStringList{QStringLiteral("-o"), out}, 8);
    QVERIFY2(r.finished && r.exitStatus == QProcess::NormalExit, "candor-cli did not exit normally");
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QString());
    QCOMPARE(r.errLines().size(), 1);
    const QString line = r.errLines().first();
    QVERIFY2(line.startsWith(QLatin1String("candor-cli: ")), qPrintable(line));
    QVERIFY2(line.contains(QDir::toNativeSeparators(out)), qPrintable(line));
    QVERIFY2(line.contains(QLatin1String("File too large")), qPrintable(line)); // the tests run with LC_ALL=C.UTF-8
    QCOMPARE(fingerprint(out), before);
    QCOMPARE(entries(m_dir->path()), folderBefore); // no temporary left
}

void TestCliExport::outputThatCannotBeCreated_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("said");
    QTest::newRow("missing folder") << QStringLiteral("missing/out.csv") << QStringLiteral("folder exists");
    QTest::newRow("a folder") << QStringLiteral("exports") << QStringLiteral("is a folder");
}

void TestCliExport::outputThatCannotBeCreated()
{
    QFETCH(QString, target);
    QFETCH(QString, said);
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("exports")));
    const QStringList before = entries(m_dir->path());
    const Run r = run({QStringLiteral("list"), QStringLiteral("incidents"), QStringLiteral("--format"),
                       QStringLiteral("csv"), QStringLiteral("-o"), path(target), QStringLiteral("--db"), m_db});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QString());
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY2(r.err.contains(said), qPrintable(r.err));
    QCOMPARE(entries(m_dir->path()), before);
    QCOMPARE(entries(path(QStringLiteral("exports"))), QStringList());
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
