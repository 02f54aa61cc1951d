// candor-cli migrate as a script sees it: the built executable run with QProcess. The demo organisation copied from
// its file into a server database answers every question the same way (trends --all byte for byte, the listings,
// search, the whole export); a target that holds data is refused and left as it was; a copy that lost rows fails the
// count; the file is never changed, also when it comes from an older Candor; a wrong command line, a missing or
// broken source and a server that cannot be reached each give their exit code and one line.
//
// The copies need the PostgreSQL cluster and run in tst_cli_migrate_pg only; the refusals run in both variants.
#include "cli/CliHarness.h"
#include "common/TestDatabase.h"

#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace candor;
using namespace candor::clitest;

namespace {

// The export without its export time, for comparing two exports.
QString withoutExportTime(const QString &json)
{
    static const QRegularExpression line(QStringLiteral("\n  \"exported_at\": \"[^\"]*\",\n"));
    QString result = json;
    result.replace(line, QStringLiteral("\n"));
    return result;
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Nothing listens on port 1 of the loopback interface: the connection is refused at once.
const QString closedPortUrl = QStringLiteral("postgresql://candor@127.0.0.1:1/candor");

} // namespace

class TestCliMigrate : public QObject, public CliHarness
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { testdb::dropAll(); }
    void init() { startTest(); }
    void cleanup() { finishTest(); }

    void helpNamesTheCommand();
    void usageErrors_data();
    void usageErrors();
    void sourceProblems_data();
    void sourceProblems();
    void unreachableServer();
    void copiesTheDemoWithTheSameAnswers();
    void refusesTargetWithData();
    void differentCountsFail();
    void olderFileIsUpdatedInACopyOnly();

private:
    Run migrate(const QString &from, const QString &to)
    {
        return run({QStringLiteral("migrate"), QStringLiteral("--from"), from, QStringLiteral("--to"), to});
    }
    Run cli(const QString &database, QStringList args)
    {
        args << QStringLiteral("--db") << database;
        return run(args);
    }

    // The small demo organisation, made once for the whole test; no test changes its content.
    QTemporaryDir m_shared;
    QString m_demo;
};

void TestCliMigrate::initTestCase()
{
    startTestCase();
    QVERIFY(m_shared.isValid());
    startTest();
    const QString file = m_shared.filePath(QStringLiteral("demo.sqlite"));
    const Run demo =
        run({QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("1"), QStringLiteral("--db"), file});
    finishTest();
    QCOMPARE(demo.exitCode, 0);
    m_demo = file;
}

void TestCliMigrate::helpNamesTheCommand()
{
    const Run overview = run({QStringLiteral("--help")});
    QCOMPARE(overview.exitCode, 0);
    QVERIFY(overview.out.contains(QStringLiteral("migrate --from FILE.sqlite --to URL")));

    const Run help = run({QStringLiteral("migrate"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QStringLiteral("--from <FILE>")));
    QVERIFY(help.out.contains(QStringLiteral("--to <URL>")));
    QVERIFY(help.out.contains(QStringLiteral("PGPASSWORD")));
    // Named as people type it, and without the --db it refuses.
    QVERIFY2(help.out.startsWith(QStringLiteral("Usage: candor-cli migrate [options]")), qPrintable(help.out));
    QVERIFY2(!help.out.contains(QStringLiteral("--db")), qPrintable(help.out));
}

void TestCliMigrate::usageErrors_data()
{
    // DEMO stands for the demo's file.
    const QString demo = QStringLiteral("DEMO");
    const QString from = QStringLiteral("--from");
    const QString to = QStringLiteral("--to");
    const QString migrate = QStringLiteral("migrate");
    const QString server = QStringLiteral("postgresql://candor@127.0.0.1:1/candor");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no --to") << QStringList{migrate, from, demo} << QStringLiteral("needs both --from and --to");
    QTest::newRow("no --from") << QStringList{migrate, to, server} << QStringLiteral("needs both --from and --to");
    QTest::newRow("a file as --to") << QStringList{migrate, from, demo, to, QStringLiteral("copy.sqlite")}
                                    << QStringLiteral("--to takes the URL of a PostgreSQL database");
    QTest::newRow("the same file twice") << QStringList{migrate, from, demo, to, demo}
                                         << QStringLiteral("is given as both --from and --to");
    QTest::newRow("a URL as --from") << QStringList{migrate, from,
                                                    QStringLiteral("postgresql://candor:s3cr3t@127.0.0.1/a"), to,
                                                    server}
                                     << QStringLiteral("--from takes the path of a Candor database file");
    QTest::newRow("a password in the URL")
        << QStringList{migrate, from, demo, to, QStringLiteral("postgresql://candor:s3cr3t@127.0.0.1/candor")}
        << QStringLiteral("The URL contains a password");
    QTest::newRow("a bad port") << QStringList{migrate, from, demo, to,
                                               QStringLiteral("postgresql://candor@127.0.0.1:99999/candor")}
                                << QStringLiteral("port");
    QTest::newRow("--db") << QStringList{QStringLiteral("--db"), demo, migrate, from, demo, to, server}
                          << QStringLiteral("migrate does not take --db");
    QTest::newRow("an argument") << QStringList{migrate, from, demo, to, server, QStringLiteral("extra")}
                                 << QStringLiteral("migrate takes no arguments");
    QTest::newRow("unknown option") << QStringList{migrate, from, demo, to, server, QStringLiteral("--force")}
                                    << QStringLiteral("Unknown option");
}

void TestCliMigrate::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    args.replaceInStrings(QStringLiteral("DEMO"), m_demo);
    const QByteArray before = fingerprint(m_demo);
    const Run r = run(args);
    QCOMPARE(r.exitCode, 64);
    QCOMPARE(r.out, QString());
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QStringLiteral("s3cr3t")), "a password is never repeated");
    QCOMPARE(fingerprint(m_demo), before);
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("copy.sqlite"))));
}

void TestCliMigrate::sourceProblems_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content"); // "folder": a folder; empty name: no file
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing") << QStringLiteral("missing.sqlite") << QByteArray() << QStringLiteral("no database file");
    QTest::newRow("empty") << QStringLiteral("empty.sqlite") << QByteArrayLiteral("") << QStringLiteral("is empty");
    QTest::newRow("a folder") << QStringLiteral("folder.sqlite") << QByteArrayLiteral("folder")
                              << QStringLiteral("is a folder");
    QTest::newRow("not a database") << QStringLiteral("notes.sqlite")
                                    << QByteArrayLiteral("Minutes of the retro, not a database.\n")
                                    << QStringLiteral("is not a Candor database");
}

void TestCliMigrate::sourceProblems()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    const QString file = path(name);
    if (content == "folder")
        QVERIFY(QDir().mkdir(file));
    else if (!content.isNull())
        QVERIFY(writeAll(file, content));
    const QByteArray before = fingerprint(file);

    // The server is not reached: the source is refused first.
    const Run r = migrate(file, closedPortUrl);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QString());
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    QCOMPARE(fingerprint(file), before);
    // Nothing is left beside it either.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden).size(),
             content.isNull() || content == "folder" ? 0 : 1);
}

void TestCliMigrate::unreachableServer()
{
    const QByteArray before = fingerprint(m_demo);
    const Run r = migrate(m_demo, closedPortUrl);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QString());
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY2(r.err.contains(QStringLiteral("Cannot reach the PostgreSQL server at 127.0.0.1")), qPrintable(r.err));
    QCOMPARE(fingerprint(m_demo), before);
}

void TestCliMigrate::copiesTheDemoWithTheSameAnswers()
{
    if (!testdb::onPostgreSql())
        QSKIP("Copies into a server database: run tst_cli_migrate_pg.");
    CANDOR_TEST_LOCATION(server, *m_dir, QStringLiteral("migrated"));
    const QByteArray before = fingerprint(m_demo);

    const Run copied = migrate(m_demo, server);
    QCOMPARE(copied.exitCode, 0);
    QCOMPARE(copied.err, QString());
    const QStringList lines = copied.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("Copied “%1” to postgresql://").arg(m_demo)),
             qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("Teams: 13, members: 60, incidents: 120, postmortems and retros: "
                                                   "8, survey instruments: 3, survey waves: 600, responses: ")),
             qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).contains(QStringLiteral("tables holds the same number of rows on both sides")),
             qPrintable(lines.at(2)));
    QCOMPARE(fingerprint(m_demo), before);

    // The test: the same trends on the file and on the server, byte for byte; and everything else a person
    // can ask.
    const QList<QStringList> questions = {
        {QStringLiteral("trends"), QStringLiteral("--all")},
        {QStringLiteral("trends"), QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("json")},
        {QStringLiteral("list"), QStringLiteral("incidents"), QStringLiteral("--format"), QStringLiteral("csv")},
        {QStringLiteral("list"), QStringLiteral("teams"), QStringLiteral("--format"), QStringLiteral("csv")},
        {QStringLiteral("list"), QStringLiteral("members"), QStringLiteral("--format"), QStringLiteral("csv")},
        {QStringLiteral("list"), QStringLiteral("actions"), QStringLiteral("--format"), QStringLiteral("csv")},
    };
    for (const QStringList &question : questions) {
        const Run original = cli(m_demo, question);
        const Run onServer = cli(server, question);
        QCOMPARE(original.exitCode, 0);
        QCOMPARE(onServer.exitCode, 0);
        QVERIFY2(original.out.count(QLatin1Char('\n')) > 3, qPrintable(question.join(QLatin1Char(' '))));
        QCOMPARE(onServer.out, original.out);
    }
    // The whole content, every id included.
    const Run exportedFile = cli(m_demo, {QStringLiteral("export")});
    const Run exportedServer = cli(server, {QStringLiteral("export")});
    QCOMPARE(exportedFile.exitCode, 0);
    QCOMPARE(exportedServer.exitCode, 0);
    QCOMPARE(withoutExportTime(exportedServer.out), withoutExportTime(exportedFile.out));
    // The server's search index was built from the copied rows.
    const QStringList search = {QStringLiteral("search"), QStringLiteral("database"), QStringLiteral("--limit"),
                                QStringLiteral("200"),    QStringLiteral("--format"), QStringLiteral("json")};
    const Run foundInFile = cli(m_demo, search);
    const Run foundOnServer = cli(server, search);
    QCOMPARE(foundInFile.exitCode, 0);
    QCOMPARE(foundOnServer.exitCode, 0);
    const auto ids = [](const QString &json) {
        QList<qint64> found;
        for (const QJsonValue &hit : parseJsonArray(json))
            found << hit.toObject().value(QLatin1String("id")).toVariant().toLongLong();
        std::sort(found.begin(), found.end());
        return found;
    };
    QVERIFY(!ids(foundInFile.out).isEmpty());
    QCOMPARE(ids(foundOnServer.out), ids(foundInFile.out));
}

void TestCliMigrate::refusesTargetWithData()
{
    if (!testdb::onPostgreSql())
        QSKIP("Needs a server database: run tst_cli_migrate_pg.");
    CANDOR_TEST_LOCATION(server, *m_dir, QStringLiteral("twice"));
    QCOMPARE(migrate(m_demo, server).exitCode, 0);
    const Run first = cli(server, {QStringLiteral("export")});
    QCOMPARE(first.exitCode, 0);

    const Run again = migrate(m_demo, server);
    QCOMPARE(again.exitCode, 1);
    QCOMPARE(again.out, QString());
    QCOMPARE(again.errLines().size(), 1);
    QVERIFY2(again.err.contains(QStringLiteral("already holds data")), qPrintable(again.err));
    QVERIFY2(again.err.contains(QStringLiteral("CREATE DATABASE")), qPrintable(again.err));
    const Run after = cli(server, {QStringLiteral("export")});
    QCOMPARE(withoutExportTime(after.out), withoutExportTime(first.out));

    // A single team is data too.
    CANDOR_TEST_LOCATION(oneTeam, *m_dir, QStringLiteral("one-team"));
    QCOMPARE(cli(oneTeam, {QStringLiteral("team"), QStringLiteral("add"), QStringLiteral("Platform")}).exitCode, 0);
    const Run refused = migrate(m_demo, oneTeam);
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(refused.errLines().size(), 1);
    const Run teams = cli(
        oneTeam, {QStringLiteral("list"), QStringLiteral("teams"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(parseJsonArray(teams.out).size(), 1);
}

void TestCliMigrate::differentCountsFail()
{
    if (!testdb::onPostgreSql())
        QSKIP("Needs a server database: run tst_cli_migrate_pg.");
    CANDOR_TEST_LOCATION(server, *m_dir, QStringLiteral("lossy"));
    // Candor's schema, then a trigger that silently drops every survey comment written: the import succeeds, and
    // only the count afterwards can tell.
    QCOMPARE(cli(server, {QStringLiteral("list"), QStringLiteral("teams")}).exitCode, 0);
    {
        const Result<ConnectionSpec> spec = ConnectionSpec::parse(server);
        QVERIFY(spec.ok());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("lossy"));
        spec->configure(db);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        QVERIFY2(q.exec(QStringLiteral("CREATE FUNCTION lose_row() RETURNS trigger LANGUAGE plpgsql"
                                       " AS $$ BEGIN RETURN NULL; END $$")),
                 qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(QStringLiteral("CREATE TRIGGER lose_comments BEFORE INSERT ON survey_comment"
                                       " FOR EACH ROW EXECUTE FUNCTION lose_row()")),
                 qPrintable(q.lastError().text()));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("lossy"));

    const Run r = migrate(m_demo, server);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QString());
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY2(r.err.contains(QStringLiteral("table survey_comment holds 100 rows in")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("but 0 in postgresql://")), qPrintable(r.err));
}

void TestCliMigrate::olderFileIsUpdatedInACopyOnly()
{
    if (!testdb::onPostgreSql())
        QSKIP("Copies into a server database: run tst_cli_migrate_pg.");
    const int older = Database::latestSchemaVersion() - 1;
    const QString file = path(QStringLiteral("older.sqlite"));
    {
        Database database;
        Database::Options options;
        options.migrate = false;
        QVERIFY(database.open(file, options).ok());
        QVERIFY(Migrations::migrate(database.connection(), older).ok());
        QSqlQuery q(database.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO team (id, name) VALUES (4, 'Storage')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO incident (id, team_id, title, severity, status, started_at)"
                                      " VALUES (9, 4, 'Bucket quota exceeded', 2, 2, 0)")));
    }
    const QByteArray before = fingerprint(file);
    CANDOR_TEST_LOCATION(server, *m_dir, QStringLiteral("older"));

    const Run copied = migrate(file, server);
    QCOMPARE(copied.exitCode, 0);
    QVERIFY2(copied.out.contains(QStringLiteral("Teams: 1, members: 0, incidents: 1,")), qPrintable(copied.out));
    const Run incidents = cli(server, {QStringLiteral("list"), QStringLiteral("incidents"), QStringLiteral("--format"),
                                       QStringLiteral("json")});
    QCOMPARE(incidents.exitCode, 0);
    const QJsonArray rows = parseJsonArray(incidents.out);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().toObject().value(QLatin1String("id")).toVariant().toLongLong(), 9);

    // The file keeps its version and bytes; no backup of it was taken beside it.
    QCOMPARE(fingerprint(file), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{QStringLiteral("older.sqlite")});
    const Run check = cli(file, {QStringLiteral("check")});
    QVERIFY2(check.out.contains(QStringLiteral("Schema version: %1 ").arg(older)), qPrintable(check.out));
}

QTEST_GUILESS_MAIN(TestCliMigrate)
#include "tst_cli_migrate.moc"
