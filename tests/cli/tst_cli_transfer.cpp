// candor-cli export and import as scripts see them: the built executable run with QProcess against temporary
// database files. A demo database exported and imported into a new file gives the same export, passes check, and
// prints the same trends and listings; refused imports print one line and change nothing.
#include "cli/CliHarness.h"

#include <QRegularExpression>

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

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestCliTransfer : public QObject, public CliHarness
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        startTestCase();
        m_copyDemos = true; // every test function starts from the same demo
    }
    void init() { startTest(); }
    void cleanup() { finishTest(); }

    void helpNamesTheFormat();
    void exportWritesFileOrStdout();
    void importIntoNewDatabaseLosesNothing();
    void importIntoDatabaseWithDataIsRefused();
    void brokenFileNamesThePlaceAndChangesNothing_data();
    void brokenFileNamesThePlaceAndChangesNothing();
    void usageErrors_data();
    void usageErrors();
    void exportToMissingFolderFails();

private:
    // The demo database of this test, created once per test function.
    QString demo()
    {
        const QString file = createDemo(QStringLiteral("demo.sqlite"));
        if (file.isEmpty())
            qWarning("the demo could not be created");
        return file;
    }
    Run cli(const QString &database, QStringList args)
    {
        args << QStringLiteral("--db") << database;
        return run(args);
    }
};

void TestCliTransfer::helpNamesTheFormat()
{
    const Run overview = run({QStringLiteral("--help")});
    QCOMPARE(overview.exitCode, 0);
    QVERIFY(overview.out.contains(QStringLiteral("export -o FILE.json")));
    QVERIFY(overview.out.contains(QStringLiteral("import FILE.json")));

    const Run exportHelp = run({QStringLiteral("export"), QStringLiteral("--help")});
    QCOMPARE(exportHelp.exitCode, 0);
    QVERIFY(exportHelp.out.contains(QStringLiteral("docs/json-format.md")));
    QVERIFY(exportHelp.out.contains(QStringLiteral("-o, --output <FILE>")));
    const Run importHelp = run({QStringLiteral("import"), QStringLiteral("--help")});
    QCOMPARE(importHelp.exitCode, 0);
    QVERIFY(importHelp.out.contains(QStringLiteral("new, empty database")));
    QVERIFY(importHelp.out.contains(QStringLiteral("512 MB")));
}

void TestCliTransfer::exportWritesFileOrStdout()
{
    const QString database = demo();
    QVERIFY(!database.isEmpty());
    const QString file = path(QStringLiteral("out.json"));
    const Run toFile = cli(database, {QStringLiteral("export"), QStringLiteral("-o"), file});
    QCOMPARE(toFile.exitCode, 0);
    QCOMPARE(toFile.out, QString());
    QCOMPARE(toFile.err, QString());
    const QByteArray written = readAll(file);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(written, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(document.object().value(QLatin1String("format")).toString(), QStringLiteral("candor-export"));
    QCOMPARE(document.object().value(QLatin1String("format_version")).toInt(), 1);
    QCOMPARE(document.object().value(QLatin1String("teams")).toArray().size(), 13);
    QCOMPARE(document.object().value(QLatin1String("incidents")).toArray().size(), 120);
    const QDateTime exportedAt =
        QDateTime::fromString(document.object().value(QLatin1String("exported_at")).toString(), Qt::ISODate);
    QVERIFY(exportedAt.isValid());
    QCOMPARE(exportedAt.timeSpec(), Qt::UTC);
    QVERIFY(qAbs(exportedAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);

    const Run toStdout = cli(database, {QStringLiteral("export")});
    QCOMPARE(toStdout.exitCode, 0);
    QCOMPARE(toStdout.err, QString());
    QCOMPARE(withoutExportTime(toStdout.out), withoutExportTime(QString::fromUtf8(written)));
}

void TestCliTransfer::importIntoNewDatabaseLosesNothing()
{
    const QString database = demo();
    QVERIFY(!database.isEmpty());
    const QString file = path(QStringLiteral("out.json"));
    QCOMPARE(cli(database, {QStringLiteral("export"), QStringLiteral("-o"), file}).exitCode, 0);

    const QString copy = newDatabase(QStringLiteral("copy.sqlite"));
    QVERIFY2(!copy.isEmpty(), qPrintable(candor::testdb::lastError()));
    const Run imported = cli(copy, {QStringLiteral("import"), file});
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(imported.err, QString());
    const QStringList lines = imported.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().startsWith(QStringLiteral("Imported teams: 13, members: 60, incidents: 120, postmortems "
                                                     "and retros: 8, survey instruments: 3, survey waves: 600, "
                                                     "responses: ")),
             qPrintable(lines.first()));

    const Run check = cli(copy, {QStringLiteral("check")});
    QCOMPARE(check.exitCode, 0);
    QVERIFY(check.out.contains(QStringLiteral("Integrity: ok")));

    // The same file again, and the same answers to everything a person can ask.
    const Run again = cli(copy, {QStringLiteral("export")});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(withoutExportTime(again.out), withoutExportTime(QString::fromUtf8(readAll(file))));
    const QList<QStringList> questions = {
        {QStringLiteral("trends"), QStringLiteral("--all")},
        {QStringLiteral("trends"), QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("json")},
        {QStringLiteral("list"), QStringLiteral("incidents"), QStringLiteral("--format"), QStringLiteral("csv")},
        {QStringLiteral("list"), QStringLiteral("teams"), QStringLiteral("--format"), QStringLiteral("csv")},
        {QStringLiteral("list"), QStringLiteral("members"), QStringLiteral("--format"), QStringLiteral("csv")},
        {QStringLiteral("list"), QStringLiteral("actions"), QStringLiteral("--format"), QStringLiteral("csv")},
    };
    for (const QStringList &question : questions) {
        const Run original = cli(database, question);
        const Run copied = cli(copy, question);
        QCOMPARE(original.exitCode, 0);
        QCOMPARE(copied.exitCode, 0);
        QVERIFY2(original.out.count(QLatin1Char('\n')) > 3, qPrintable(question.join(QLatin1Char(' '))));
        QCOMPARE(copied.out, original.out);
    }
    // A postmortem's whole record too.
    const QJsonArray sessions =
        QJsonDocument::fromJson(readAll(file)).object().value(QLatin1String("sessions")).toArray();
    QVERIFY(!sessions.isEmpty());
    const QString incident =
        QString::number(sessions.first().toObject().value(QLatin1String("incident_id")).toInteger());
    const QStringList show = {QStringLiteral("postmortem"), QStringLiteral("show"), incident,
                              QStringLiteral("--format"), QStringLiteral("json")};
    const Run originalRecord = cli(database, show);
    QCOMPARE(originalRecord.exitCode, 0);
    QCOMPARE(cli(copy, show).out, originalRecord.out);
}

void TestCliTransfer::importIntoDatabaseWithDataIsRefused()
{
    const QString database = demo();
    QVERIFY(!database.isEmpty());
    const QString file = path(QStringLiteral("out.json"));
    QCOMPARE(cli(database, {QStringLiteral("export"), QStringLiteral("-o"), file}).exitCode, 0);
    const QString before = withoutExportTime(cli(database, {QStringLiteral("export")}).out);

    const Run refused = cli(database, {QStringLiteral("import"), file});
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(refused.out, QString());
    QCOMPARE(refused.errLines().size(), 1);
    QVERIFY2(refused.err.contains(QStringLiteral("already holds data")), qPrintable(refused.err));
    QVERIFY(refused.err.contains(QStringLiteral("candor-cli --db NEW.sqlite import ") + file));
    QCOMPARE(withoutExportTime(cli(database, {QStringLiteral("export")}).out), before);
}

void TestCliTransfer::brokenFileNamesThePlaceAndChangesNothing_data()
{
    QTest::addColumn<QString>("path");  // the field to change, as "section/index/field"
    QTest::addColumn<QString>("value"); // JSON text of its new value; empty: the file is cut in half instead
    QTest::addColumn<QString>("expected");
    QTest::newRow("bad severity") << QStringLiteral("incidents/12/severity") << QStringLiteral("\"SEV9\"")
                                  << QStringLiteral(
                                         "$.incidents[12].severity: \"SEV9\" is not one of SEV1, SEV2, SEV3, SEV4. "
                                         "Nothing was imported.");
    QTest::newRow("dangling team") << QStringLiteral("members/3/team_id") << QStringLiteral("999")
                                   << QStringLiteral("$.members[3].team_id: there is no team with id 999 in $.teams.");
    QTest::newRow("newer version") << QStringLiteral("format_version") << QStringLiteral("2")
                                   << QStringLiteral("$.format_version: the file is format version 2, written by a "
                                                     "newer Candor; this Candor reads format version 1 and older.");
    QTest::newRow("cut short") << QString() << QString() << QStringLiteral(": JSON syntax error at line ");
}

void TestCliTransfer::brokenFileNamesThePlaceAndChangesNothing()
{
    QFETCH(QString, path);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    const QString database = demo();
    QVERIFY(!database.isEmpty());
    const QString good = this->path(QStringLiteral("good.json"));
    QCOMPARE(cli(database, {QStringLiteral("export"), QStringLiteral("-o"), good}).exitCode, 0);
    const QByteArray json = readAll(good);

    QByteArray broken;
    if (path.isEmpty()) {
        broken = json.left(json.size() / 2);
    } else {
        QJsonObject root = QJsonDocument::fromJson(json).object();
        const QStringList steps = path.split(QLatin1Char('/'));
        const QJsonValue replacement = QJsonDocument::fromJson("[" + value.toUtf8() + "]").array().at(0);
        if (steps.size() == 1) {
            root.insert(steps[0], replacement);
        } else {
            QJsonArray section = root.value(steps[0]).toArray();
            QJsonObject row = section.at(steps[1].toInt()).toObject();
            row.insert(steps[2], replacement);
            section.replace(steps[1].toInt(), row);
            root.insert(steps[0], section);
        }
        broken = QJsonDocument(root).toJson();
    }
    const QString file = this->path(QStringLiteral("broken.json"));
    QVERIFY(writeAll(file, broken));

    const QString target = newDatabase(QStringLiteral("new.sqlite"));
    QVERIFY2(!target.isEmpty(), qPrintable(candor::testdb::lastError()));
    const Run refused = cli(target, {QStringLiteral("import"), file});
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(refused.out, QString());
    QCOMPARE(refused.errLines().size(), 1);
    QVERIFY2(refused.err.startsWith(QStringLiteral("candor-cli: ") + file + QStringLiteral(": ")),
             qPrintable(refused.err));
    QVERIFY2(refused.err.contains(expected), qPrintable(refused.err));
    QVERIFY(refused.err.trimmed().endsWith(QStringLiteral("Nothing was imported.")));

    // Nothing was written: the new database exports empty and still takes the good file.
    const QJsonObject empty = QJsonDocument::fromJson(cli(target, {QStringLiteral("export")}).out.toUtf8()).object();
    for (const char *section : {"teams", "members", "incidents", "sessions", "survey_instruments", "survey_waves"})
        QVERIFY2(empty.value(QLatin1String(section)).toArray().isEmpty(), section);
    QCOMPARE(cli(target, {QStringLiteral("import"), good}).exitCode, 0);
}

void TestCliTransfer::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected");
    QTest::newRow("import without a file")
        << QStringList{QStringLiteral("import")} << 64 << QStringLiteral("import needs one file");
    QTest::newRow("import two files") << QStringList{QStringLiteral("import"), QStringLiteral("a.json"),
                                                     QStringLiteral("b.json")}
                                      << 64 << QStringLiteral("import needs one file");
    QTest::newRow("export with an argument") << QStringList{QStringLiteral("export"), QStringLiteral("out.json")} << 64
                                             << QStringLiteral("export takes no arguments");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("export"), QStringLiteral("--pretty")} << 64
                                    << QStringLiteral("Unknown option");
    QTest::newRow("missing file") << QStringList{QStringLiteral("import"), QStringLiteral("missing.json")} << 1
                                  << QStringLiteral("does not exist");
    QTest::newRow("a folder") << QStringList{QStringLiteral("import"), QStringLiteral(".")} << 1
                              << QStringLiteral("is a folder");
}

void TestCliTransfer::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    const QString database = newDatabase(QStringLiteral("usage.sqlite"));
    QVERIFY2(!database.isEmpty(), qPrintable(candor::testdb::lastError()));
    const Run r = cli(database, args);
    QCOMPARE(r.exitCode, exitCode);
    QCOMPARE(r.out, QString());
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
}

void TestCliTransfer::exportToMissingFolderFails()
{
    const QString database = demo();
    QVERIFY(!database.isEmpty());
    const QString file = path(QStringLiteral("no/such/folder/out.json"));
    const Run r = cli(database, {QStringLiteral("export"), QStringLiteral("-o"), file});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY(!QFileInfo::exists(file));
}

QTEST_GUILESS_MAIN(TestCliTransfer)
#include "tst_cli_transfer.moc"
