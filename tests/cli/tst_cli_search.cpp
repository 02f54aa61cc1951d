// candor-cli search, run as the built executable on the small demo organisation: the incidents found are exactly
// those whose texts (title, service, summary, timeline, factors) hold the word, a title match first; table, CSV and
// JSON agree; --team and --limit narrow the list; -o writes what standard output gets; hostile text never fails;
// usage mistakes exit 64, a missing team 1 and a database that cannot be opened 2, each with one line on stderr.
#include "cli/CliHarness.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace candor::clitest;

namespace {

const QStringList searchColumns = {QStringLiteral("id"),    QStringLiteral("started"),    QStringLiteral("team"),
                                   QStringLiteral("title"), QStringLiteral("matched_in"), QStringLiteral("snippet")};

// The incidents whose own texts or postmortem's timeline and factors contain the word (LIKE: independent of the
// full-text index), read straight from the file.
QSet<qint64> incidentsMentioning(const QString &path, const QString &word)
{
    QSet<qint64> ids;
    const QString name = QStringLiteral("tst_cli_search_truth");
    {
        QSqlDatabase db = candor::testdb::connect(path, name);
        if (!db.isOpen())
            return ids;
        QSqlQuery q(db);
        // lower() on both sides: SQLite's LIKE ignores the case of ASCII letters, PostgreSQL's does not.
        q.prepare(
            QStringLiteral("SELECT i.id FROM incident i WHERE lower(i.title) LIKE ? OR lower(i.service) LIKE ?"
                           " OR lower(i.summary) LIKE ?"
                           " OR EXISTS (SELECT 1 FROM postmortem p JOIN timeline_event e ON e.postmortem_id = p.id"
                           "            WHERE p.incident_id = i.id AND lower(e.text) LIKE ?)"
                           " OR EXISTS (SELECT 1 FROM postmortem p JOIN contributing_factor f ON f.postmortem_id = p.id"
                           "            WHERE p.incident_id = i.id AND lower(f.text) LIKE ?)"));
        for (int n = 0; n < 5; ++n)
            q.addBindValue(QStringLiteral("%") + word.toLower() + QStringLiteral("%"));
        if (!q.exec())
            qWarning() << q.lastError().text();
        while (q.next())
            ids.insert(q.value(0).toLongLong());
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ids;
}

} // namespace

class TestCliSearch : public QObject, public CliHarness
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

    void csvListsExactlyTheMatchingIncidents();
    void tableAndJsonAgreeWithCsv();
    void teamAndLimitNarrowTheList();
    void outputFileHoldsWhatStandardOutputGets();
    void hostileTextNeverFails_data();
    void hostileTextNeverFails();
    void mistakesExitWithOneLine_data();
    void mistakesExitWithOneLine();
};

void TestCliSearch::csvListsExactlyTheMatchingIncidents()
{
    const QString db = createDemo(QStringLiteral("demo.sqlite"));
    QVERIFY(!db.isEmpty());
    for (const QString &word : {QStringLiteral("certificate"), QStringLiteral("rolled"), QStringLiteral("latency")}) {
        const Run r = run({QStringLiteral("search"), word, QStringLiteral("--format"), QStringLiteral("csv"),
                           QStringLiteral("--limit"), QStringLiteral("10000"), QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QString());
        QList<QStringList> records;
        QString error;
        QVERIFY2(parseCsv(r.out, &records, &error), qPrintable(error));
        QVERIFY(!records.isEmpty());
        QCOMPARE(records.first(), searchColumns);
        QSet<qint64> found;
        for (int n = 1; n < records.size(); ++n) {
            const QStringList &record = records[n];
            QCOMPARE(record.size(), searchColumns.size());
            QVERIFY2(!found.contains(record[0].toLongLong()), "each incident is listed once");
            found.insert(record[0].toLongLong());
            QVERIFY2(QDateTime::fromString(record[1], Qt::ISODate).isValid(), qPrintable(record[1]));
            QVERIFY(record[1].endsWith(QLatin1Char('Z')));
            QVERIFY2((QStringList{QStringLiteral("title"), QStringLiteral("service"), QStringLiteral("summary"),
                                  QStringLiteral("timeline"), QStringLiteral("factor")}
                          .contains(record[4])),
                     qPrintable(record[4]));
            QVERIFY2(record[5].contains(QLatin1Char('[')) && record[5].contains(QLatin1Char(']')),
                     qPrintable(record[5]));
            QVERIFY2(record[5].toLower().contains(word.left(4)), qPrintable(record[5]));
            if (record[4] == QLatin1String("title"))
                QVERIFY2(record[3].contains(word, Qt::CaseInsensitive), qPrintable(record[3]));
        }
        QVERIFY2(!found.isEmpty(), qPrintable(word));
        QCOMPARE(found, incidentsMentioning(db, word));
        // A title match ranks first.
        if (records.size() > 1 && records[1][4] != QLatin1String("title")) {
            for (int n = 2; n < records.size(); ++n)
                QVERIFY2(records[n][4] != QLatin1String("title"), "a title match ranks before the rest");
        }
    }
}

void TestCliSearch::tableAndJsonAgreeWithCsv()
{
    const QString db = createDemo(QStringLiteral("demo.sqlite"));
    QVERIFY(!db.isEmpty());
    const Run csv = run({QStringLiteral("search"), QStringLiteral("disk full"), QStringLiteral("--format"),
                         QStringLiteral("csv"), QStringLiteral("--db"), db});
    QCOMPARE(csv.exitCode, 0);
    QList<QStringList> records;
    QString error;
    QVERIFY2(parseCsv(csv.out, &records, &error), qPrintable(error));
    QVERIFY(records.size() > 1);

    const Run json = run({QStringLiteral("search"), QStringLiteral("disk full"), QStringLiteral("--format"),
                          QStringLiteral("json"), QStringLiteral("--db"), db});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray array = parseJsonArray(json.out);
    QCOMPARE(array.size(), records.size() - 1);
    for (int n = 0; n < array.size(); ++n) {
        const QJsonObject object = array[n].toObject();
        QCOMPARE(object.keys().size(), searchColumns.size());
        QCOMPARE(object.value(QStringLiteral("id")).toInteger(), records[n + 1][0].toLongLong());
        QCOMPARE(object.value(QStringLiteral("title")).toString(), records[n + 1][3]);
        QCOMPARE(object.value(QStringLiteral("matched_in")).toString(), records[n + 1][4]);
        QCOMPARE(object.value(QStringLiteral("snippet")).toString(), records[n + 1][5]);
    }
    QCOMPARE(array.first().toObject().value(QStringLiteral("matched_in")).toString(), QStringLiteral("title"));

    const Run table = run({QStringLiteral("search"), QStringLiteral("disk full"), QStringLiteral("--db"), db});
    QCOMPARE(table.exitCode, 0);
    const QStringList lines = table.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), records.size()); // a header line and one line per incident
    QVERIFY2(lines.first().startsWith(QStringLiteral("id")), qPrintable(lines.first()));
    for (int n = 1; n < lines.size(); ++n) {
        QVERIFY2(lines[n].startsWith(records[n][0] + QLatin1Char(' ')), qPrintable(lines[n]));
        QVERIFY2(lines[n].endsWith(records[n][5].simplified()), qPrintable(lines[n]));
    }

    const Run none = run({QStringLiteral("search"), QStringLiteral("zzyzx"), QStringLiteral("--db"), db});
    QCOMPARE(none.exitCode, 0);
    QVERIFY2(none.out.contains(QStringLiteral("No incident matches")), qPrintable(none.out));
}

void TestCliSearch::teamAndLimitNarrowTheList()
{
    const QString db = createDemo(QStringLiteral("demo.sqlite"));
    QVERIFY(!db.isEmpty());
    const Run all =
        run({QStringLiteral("search"), QStringLiteral("rolled"), QStringLiteral("--format"), QStringLiteral("csv"),
             QStringLiteral("--limit"), QStringLiteral("10000"), QStringLiteral("--db"), db});
    QCOMPARE(all.exitCode, 0);
    QList<QStringList> records;
    QString error;
    QVERIFY2(parseCsv(all.out, &records, &error), qPrintable(error));
    QVERIFY(records.size() > 4);

    const Run limited =
        run({QStringLiteral("search"), QStringLiteral("rolled"), QStringLiteral("--format"), QStringLiteral("csv"),
             QStringLiteral("--limit"), QStringLiteral("3"), QStringLiteral("--db"), db});
    QCOMPARE(limited.exitCode, 0);
    QList<QStringList> first;
    QVERIFY2(parseCsv(limited.out, &first, &error), qPrintable(error));
    QCOMPARE(first, records.mid(0, 4)); // the best three, in the same order

    // A team without sub-teams in the demo: every row is that team's, and none of its rows is missing.
    const QString team = QStringLiteral("Billing");
    const Run teamRun = run({QStringLiteral("search"), QStringLiteral("rolled"), QStringLiteral("--team"), team,
                             QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--limit"),
                             QStringLiteral("10000"), QStringLiteral("--db"), db});
    QCOMPARE(teamRun.exitCode, 0);
    QList<QStringList> teamRecords;
    QVERIFY2(parseCsv(teamRun.out, &teamRecords, &error), qPrintable(error));
    int expected = 0;
    for (int n = 1; n < records.size(); ++n)
        expected += records[n][2] == team ? 1 : 0;
    QVERIFY(expected > 0);
    QCOMPARE(teamRecords.size() - 1, expected);
    for (int n = 1; n < teamRecords.size(); ++n)
        QCOMPARE(teamRecords[n][2], team);
}

void TestCliSearch::outputFileHoldsWhatStandardOutputGets()
{
    const QString db = createDemo(QStringLiteral("demo.sqlite"));
    QVERIFY(!db.isEmpty());
    const Run out = run({QStringLiteral("search"), QStringLiteral("pool"), QStringLiteral("--format"),
                         QStringLiteral("json"), QStringLiteral("--db"), db});
    QCOMPARE(out.exitCode, 0);
    const QString file = path(QStringLiteral("found.json"));
    const Run written = run({QStringLiteral("search"), QStringLiteral("pool"), QStringLiteral("--format"),
                             QStringLiteral("json"), QStringLiteral("-o"), file, QStringLiteral("--db"), db});
    QCOMPARE(written.exitCode, 0);
    QCOMPARE(written.out, QString());
    QFile saved(file);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(saved.readAll()), out.out);
}

void TestCliSearch::hostileTextNeverFails_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("lone quote") << QStringLiteral("\"");
    QTest::newRow("NEAR") << QStringLiteral("NEAR(disk full, 2)");
    QTest::newRow("minus") << QStringLiteral("-disk");
    QTest::newRow("star") << QStringLiteral("*");
    QTest::newRow("colon") << QStringLiteral("title:disk");
    QTest::newRow("emoji") << QStringLiteral("🔥 disk");
    QTest::newRow("right-to-left") << QStringLiteral("انقطاع الخدمة");
    QTest::newRow("SQL") << QStringLiteral("'); DROP TABLE incident; --");
}

void TestCliSearch::hostileTextNeverFails()
{
    QFETCH(QString, text);
    const QString db = createDemo(QStringLiteral("demo.sqlite"));
    QVERIFY(!db.isEmpty());
    // After "--" even a text starting with a minus is the text, not an option.
    const Run r = run({QStringLiteral("search"), QStringLiteral("--format"), QStringLiteral("csv"),
                       QStringLiteral("--db"), db, QStringLiteral("--"), text});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    QList<QStringList> records;
    QString error;
    QVERIFY2(parseCsv(r.out, &records, &error), qPrintable(error));
    QCOMPARE(records.first(), searchColumns);
    // The file is untouched by the text: the incidents are all still there.
    const Run list = run({QStringLiteral("list"), QStringLiteral("incidents"), QStringLiteral("--format"),
                          QStringLiteral("csv"), QStringLiteral("--db"), db});
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.count(QStringLiteral("\r\n")) > 10);
}

void TestCliSearch::mistakesExitWithOneLine_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");

    QTest::newRow("no text") << QStringList{QStringLiteral("search")} << 64 << QStringLiteral("text to search");
    QTest::newRow("empty text") << QStringList{QStringLiteral("search"), QStringLiteral("  ")} << 64
                                << QStringLiteral("empty");
    QTest::newRow("two texts") << QStringList{QStringLiteral("search"), QStringLiteral("a"), QStringLiteral("b")} << 64
                               << QStringLiteral("quote it");
    QTest::newRow("limit not a number") << QStringList{QStringLiteral("search"), QStringLiteral("disk"),
                                                       QStringLiteral("--limit"), QStringLiteral("many")}
                                        << 64 << QStringLiteral("--limit");
    QTest::newRow("limit zero") << QStringList{QStringLiteral("search"), QStringLiteral("disk"),
                                               QStringLiteral("--limit"), QStringLiteral("0")}
                                << 64 << QStringLiteral("--limit");
    QTest::newRow("unknown format") << QStringList{QStringLiteral("search"), QStringLiteral("disk"),
                                                   QStringLiteral("--format"), QStringLiteral("xml")}
                                    << 64 << QStringLiteral("xml");
    QTest::newRow("text over the search limit")
        << QStringList{QStringLiteral("search"), QStringLiteral("disk ").repeated(201)} << 64
        << QStringLiteral("a search takes up to");
    QTest::newRow("unknown team") << QStringList{QStringLiteral("search"), QStringLiteral("disk"),
                                                 QStringLiteral("--team"), QStringLiteral("Nobody")}
                                  << 1 << QStringLiteral("Nobody");
}

void TestCliSearch::mistakesExitWithOneLine()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    const QString db = createDemo(QStringLiteral("demo.sqlite"));
    QVERIFY(!db.isEmpty());
    const Run r = run(args + QStringList{QStringLiteral("--db"), db});
    QCOMPARE(r.exitCode, exitCode);
    QCOMPARE(r.out, QString());
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY2(r.err.startsWith(QStringLiteral("candor-cli: ")), qPrintable(r.err));
    QVERIFY2(r.err.contains(says), qPrintable(r.err));

    // A database that cannot be opened: exit 2.
    const Run missing = run({QStringLiteral("search"), QStringLiteral("disk"), QStringLiteral("--db"),
                             path(QStringLiteral("no/such.sqlite"))});
    QCOMPARE(missing.exitCode, 2);
    QCOMPARE(missing.errLines().size(), 1);
}

QTEST_GUILESS_MAIN(TestCliSearch)
#include "tst_cli_search.moc"
