// candor-cli survey create-wave, survey import and trends as scripts see them: the built executable run with
// QProcess against temporary database files, checked by exit code, stdout and stderr. What was stored is read back
// through trends and, for counts the CLI never prints, straight from the file with Qt SQL (read-only).
#include "cli/CliHarness.h"

#include <QDate>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <map>
#include <set>

using namespace candor::clitest;

namespace {

const QString trendsHeader = QStringLiteral("scope,team,parent,instrument,period,respondents,score,suppressed");

// One row of `trends --format csv`, by field name.
struct TrendLine
{
    QString scope, team, parent, instrument, period, respondents, score, suppressed;
    bool isSuppressed() const { return suppressed == QLatin1String("true"); }
    QString key() const
    {
        return scope + QLatin1Char('|') + team + QLatin1Char('|') + instrument + QLatin1Char('|') + period;
    }
};

// The rows of trends CSV after the exact header; fails the test (returns false) on anything malformed.
bool parseTrends(const QString &text, QList<TrendLine> *lines)
{
    QList<QStringList> records;
    QString error;
    if (!parseCsv(text, &records, &error)) {
        qWarning().noquote() << "not CSV:" << error;
        return false;
    }
    if (records.isEmpty() || records.constFirst().join(QLatin1Char(',')) != trendsHeader) {
        qWarning().noquote() << "bad header:" << (records.isEmpty() ? QString() : records.constFirst().join(u','));
        return false;
    }
    lines->clear();
    for (qsizetype i = 1; i < records.size(); ++i) {
        const QStringList &r = records[i];
        if (r.size() != 8) {
            qWarning() << "record" << i << "has" << r.size() << "fields";
            return false;
        }
        lines->append(TrendLine{r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7]});
    }
    return true;
}

const TrendLine *findLine(const QList<TrendLine> &lines, const QString &scope, const QString &team)
{
    for (const TrendLine &line : lines) {
        if (line.scope == scope && line.team == team)
            return &line;
    }
    return nullptr;
}

QString periodOf(const QDate &date)
{
    return QStringLiteral("%1-Q%2").arg(date.year()).arg((date.month() - 1) / 3 + 1);
}

// The rows of a CSV answer file: a timestamp column, then the seven psych-safety answers; CRLF line ends.
QByteArray answerFile(const QList<QStringList> &rows)
{
    QByteArray bytes = "Timestamp,Q1,Q2,Q3,Q4,Q5,Q6,Q7\r\n";
    for (const QStringList &row : rows)
        bytes += "2026-01-12 09:30," + row.join(QLatin1Char(',')).toUtf8() + "\r\n";
    return bytes;
}

QList<QStringList> repeated(const QStringList &row, int times)
{
    QList<QStringList> rows;
    for (int i = 0; i < times; ++i)
        rows.append(row);
    return rows;
}

// A Qt SQL connection to a database (read-only on a file), for what the CLI does not print.
class Peek
{
public:
    explicit Peek(const QString &location)
    {
        if (candor::testdb::onPostgreSql()) {
            candor::testdb::connect(location, m_name);
            return;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(location);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        db.open();
    }
    ~Peek() { QSqlDatabase::removeDatabase(m_name); }
    Peek(const Peek &) = delete;
    Peek &operator=(const Peek &) = delete;

    QList<QVariantList> rows(const QString &statement) const
    {
        QList<QVariantList> result;
        QSqlQuery q(QSqlDatabase::database(m_name));
        if (!q.exec(statement)) {
            qWarning("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
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
    int count(const QString &table) const
    {
        const QList<QVariantList> r = rows(QStringLiteral("SELECT count(*) FROM %1").arg(table));
        return r.isEmpty() ? -1 : r.constFirst().constFirst().toInt();
    }

private:
    QString m_name = QStringLiteral("peek");
};

} // namespace

class TestCliSurvey : public QObject, public CliHarness
{
    Q_OBJECT

private slots:
    void initTestCase() { startTestCase(); }
    void init()
    {
        startTest();
        m_database = newDatabase(QStringLiteral("survey.db"));
        QVERIFY2(!m_database.isEmpty(), qPrintable(candor::testdb::lastError()));
    }
    void cleanup() { finishTest(); }

    void helpListsSurveyAndTrends();
    void createWavePrintsOnlyTheId();
    void createWaveUsageErrors_data();
    void createWaveUsageErrors();
    void createWaveRefused_data();
    void createWaveRefused();
    void importMessyFile();
    void importWithBadRowsImportsNothing();
    void importUsageErrors_data();
    void importUsageErrors();
    void trendsSuppressesSmallTeamAndItsComplement();
    void trendsJsonMatchesCsv();
    void trendsTeamLimitsRows();
    void trendsScoreRoundsHalfUp_data();
    void trendsScoreRoundsHalfUp();
    void trendsUsageErrors_data();
    void trendsUsageErrors();
    void trendsOnTheDemo();

private:
    // This test function's database, made by init().
    QString db() const { return m_database; }
    Run cli(QStringList args)
    {
        args << QStringLiteral("--db") << db();
        return run(args);
    }
    bool addTeam(const QString &name, const QString &parent = {});
    // create-wave for a psych-safety wave opening 2026-01-10; returns the id printed, empty on failure.
    QString createWave(const QString &team, const QString &opens = QStringLiteral("2026-01-10"));
    bool writeFile(const QString &name, const QByteArray &bytes);
    // Imports the seven-answer rows into the wave; true when candor-cli says it did.
    bool importRows(const QString &wave, const QList<QStringList> &rows);
    QList<TrendLine> trends(const QStringList &extra = {});
    // A department with teams of 4, 6 and 9 responses in 2026-Q1 (see the expected scores where it is used).
    void buildDepartment();

    QString m_database;
};

bool TestCliSurvey::addTeam(const QString &name, const QString &parent)
{
    QStringList args{QStringLiteral("team"), QStringLiteral("add"), name};
    if (!parent.isEmpty())
        args << QStringLiteral("--parent") << parent;
    return cli(args).exitCode == 0;
}

QString TestCliSurvey::createWave(const QString &team, const QString &opens)
{
    const Run r = cli({QStringLiteral("survey"), QStringLiteral("create-wave"), QStringLiteral("--team"), team,
                       QStringLiteral("--instrument"), QStringLiteral("psych-safety"), QStringLiteral("--opens"), opens,
                       QStringLiteral("--invited"), QStringLiteral("12")});
    static const QRegularExpression id(QStringLiteral("^([1-9][0-9]*)\n$"));
    const QRegularExpressionMatch match = id.match(r.out);
    return r.exitCode == 0 && r.err.isEmpty() && match.hasMatch() ? match.captured(1) : QString();
}

bool TestCliSurvey::writeFile(const QString &name, const QByteArray &bytes)
{
    QFile file(path(name));
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

bool TestCliSurvey::importRows(const QString &wave, const QList<QStringList> &rows)
{
    const QString name = QStringLiteral("answers-%1.csv").arg(wave);
    if (!writeFile(name, answerFile(rows)))
        return false;
    const Run r = cli({QStringLiteral("survey"), QStringLiteral("import"), QStringLiteral("--wave"), wave,
                       QStringLiteral("--columns"), QStringLiteral("2,3,4,5,6,7,8"), path(name)});
    return r.exitCode == 0 && r.err.isEmpty();
}

QList<TrendLine> TestCliSurvey::trends(const QStringList &extra)
{
    const Run r = cli(QStringList{QStringLiteral("trends")} + extra);
    QList<TrendLine> lines;
    if (r.exitCode != 0 || !r.err.isEmpty() || !parseTrends(r.out, &lines))
        return {};
    return lines;
}

void TestCliSurvey::buildDepartment()
{
    QVERIFY(addTeam(QStringLiteral("Engineering")));
    for (const char *team : {"Alpha", "Bravo", "Charlie"})
        QVERIFY(addTeam(QString::fromLatin1(team), QStringLiteral("Engineering")));
    const QString alpha = createWave(QStringLiteral("Alpha"));
    const QString bravo = createWave(QStringLiteral("Bravo"));
    const QString charlie = createWave(QStringLiteral("Charlie"), QStringLiteral("2026-02-20"));
    QVERIFY(!alpha.isEmpty() && !bravo.isEmpty() && !charlie.isEmpty());
    // Items 1, 3 and 5 are reversed (8 - value). Alpha: 4 x all 4 (score 4). Bravo: 6 x all 1 (7,1,7,1,7,1,1:
    // 25/7). Charlie: 5 x all 7 (1,7,1,7,1,7,7: 31/7) and 4 x the best answers (all 7 scored: 7).
    const QStringList all4{QStringLiteral("4"), QStringLiteral("4"), QStringLiteral("4"), QStringLiteral("4"),
                           QStringLiteral("4"), QStringLiteral("4"), QStringLiteral("4")};
    const QStringList all1{QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("1"),
                           QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("1")};
    const QStringList all7{QStringLiteral("7"), QStringLiteral("7"), QStringLiteral("7"), QStringLiteral("7"),
                           QStringLiteral("7"), QStringLiteral("7"), QStringLiteral("7")};
    const QStringList best{QStringLiteral("1"), QStringLiteral("7"), QStringLiteral("1"), QStringLiteral("7"),
                           QStringLiteral("1"), QStringLiteral("7"), QStringLiteral("7")};
    QVERIFY(importRows(alpha, repeated(all4, 4)));
    QVERIFY(importRows(bravo, repeated(all1, 6)));
    QVERIFY(importRows(charlie, repeated(all7, 5) + repeated(best, 4)));
}

void TestCliSurvey::helpListsSurveyAndTrends()
{
    Run r = run({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    for (const char *text : {"survey create-wave", "survey import", "trends"})
        QVERIFY2(r.out.contains(QLatin1String(text)), text);
    r = run({QStringLiteral("survey"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QLatin1String("--comment-column")));
    QVERIFY(r.out.contains(QLatin1String("--instrument")));
    r = run({QStringLiteral("trends"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QLatin1String("--format")));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("xdg-data")))); // help opens no database
}

void TestCliSurvey::createWavePrintsOnlyTheId()
{
    QVERIFY(addTeam(QStringLiteral("Checkout")));
    const Run r = cli({QStringLiteral("survey"), QStringLiteral("create-wave"), QStringLiteral("--team"),
                       QStringLiteral("Checkout"), QStringLiteral("--instrument"), QStringLiteral("psych-safety"),
                       QStringLiteral("--opens"), QStringLiteral("2026-01-10"), QStringLiteral("--invited"),
                       QStringLiteral("8")});
    QCOMPARE(r.exitStatus, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    QVERIFY2(QRegularExpression(QStringLiteral("^[1-9][0-9]*\n$")).match(r.out).hasMatch(), qPrintable(r.out));

    const QString second = createWave(QStringLiteral("Checkout"), QStringLiteral("2026-04-10"));
    QVERIFY(!second.isEmpty());
    QVERIFY(second != r.out.trimmed());

    // Empty waves show no figure (whether a team row says so is SurveyFigures' choice).
    const Run r2 = cli({QStringLiteral("trends")});
    QCOMPARE(r2.exitCode, 0);
    QList<TrendLine> lines;
    QVERIFY(parseTrends(r2.out, &lines));
    for (const TrendLine &line : std::as_const(lines)) {
        QCOMPARE(line.team, QStringLiteral("Checkout"));
        QVERIFY(line.isSuppressed());
    }
    Peek peek(db());
    QCOMPARE(peek.count(QStringLiteral("survey_wave")), 2);
    const QVariantList first =
        peek.rows(QStringLiteral("SELECT k, comment_k, invited FROM survey_wave ORDER BY id")).value(0);
    QCOMPARE(first.size(), 3);
    QCOMPARE(first[0].toInt(), 5); // the default k, frozen
    QCOMPARE(first[1].toInt(), 5);
    QCOMPARE(first[2].toInt(), 8);
}

void TestCliSurvey::createWaveUsageErrors_data()
{
    QTest::addColumn<QStringList>("args");

    const QStringList base{QStringLiteral("survey"), QStringLiteral("create-wave")};
    const QStringList team{QStringLiteral("--team"), QStringLiteral("Checkout")};
    const QStringList instrument{QStringLiteral("--instrument"), QStringLiteral("psych-safety")};
    const QStringList opens{QStringLiteral("--opens"), QStringLiteral("2026-01-10")};
    auto row = [&](const char *name, const QStringList &args) {
        QTest::newRow(name) << base + args;
    };
    row("missing --team", instrument + opens);
    row("missing --instrument", team + opens);
    row("missing --opens", team + instrument);
    row("bad date", team + instrument + QStringList{QStringLiteral("--opens"), QStringLiteral("2026-02-30")});
    row("date in another format",
        team + instrument + QStringList{QStringLiteral("--opens"), QStringLiteral("10/01/2026")});
    row("bad closing date",
        team + instrument + opens + QStringList{QStringLiteral("--closes"), QStringLiteral("soon")});
    row("k 11", team + instrument + opens + QStringList{QStringLiteral("--k"), QStringLiteral("11")});
    row("k 2", team + instrument + opens + QStringList{QStringLiteral("--k"), QStringLiteral("2")});
    row("comment k below k", team + instrument + opens +
                                 QStringList{QStringLiteral("--k"), QStringLiteral("6"), QStringLiteral("--comment-k"),
                                             QStringLiteral("5")});
    row("invited -1", team + instrument + opens + QStringList{QStringLiteral("--invited=-1")});
    row("invited abc", team + instrument + opens + QStringList{QStringLiteral("--invited"), QStringLiteral("abc")});
    row("an argument", team + instrument + opens + QStringList{QStringLiteral("now")});
    QTest::newRow("no action") << QStringList{QStringLiteral("survey")};
    QTest::newRow("unknown action") << QStringList{QStringLiteral("survey"), QStringLiteral("close-wave")};
}

void TestCliSurvey::createWaveUsageErrors()
{
    QFETCH(QStringList, args);

    // The command line is checked before the database (CANDOR_DB) is opened or created.
    QProcessEnvironment environment = baseEnvironment();
    environment.insert(QStringLiteral("CANDOR_DB"), db());
    const Run r = run(args, environment);
    QCOMPARE(r.exitStatus, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 64);
    QCOMPARE(r.out, QString());
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY2(r.err.startsWith(QLatin1String("candor-cli: ")), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(db()));
}

void TestCliSurvey::createWaveRefused_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message"); // a part of stderr

    const QStringList opens{QStringLiteral("--opens"), QStringLiteral("2026-01-10")};
    QTest::newRow("unknown instrument") << QStringList{QStringLiteral("--team"), QStringLiteral("Checkout"),
                                                       QStringLiteral("--instrument"), QStringLiteral("pulse")} +
                                               opens
                                        << QStringLiteral("psych-safety"); // lists the known ones
    QTest::newRow("unknown team") << QStringList{QStringLiteral("--team"), QStringLiteral("Nobody"),
                                                 QStringLiteral("--instrument"), QStringLiteral("westrum")} +
                                         opens
                                  << QStringLiteral("Nobody");
    QTest::newRow("closes before it opens")
        << QStringList{QStringLiteral("--team"),  QStringLiteral("Checkout"), QStringLiteral("--instrument"),
                       QStringLiteral("westrum"), QStringLiteral("--closes"), QStringLiteral("2026-01-09")} +
               opens
        << QStringLiteral("closes before it opens");
}

void TestCliSurvey::createWaveRefused()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);

    QVERIFY(addTeam(QStringLiteral("Checkout")));
    const Run r = cli(QStringList{QStringLiteral("survey"), QStringLiteral("create-wave")} + args);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QString());
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(Peek(db()).count(QStringLiteral("survey_wave")), 0);
}

void TestCliSurvey::importMessyFile()
{
    QVERIFY(addTeam(QStringLiteral("Checkout")));
    const QString wave = createWave(QStringLiteral("Checkout"));
    QVERIFY(!wave.isEmpty());
    // A form tool's export: a BOM, CRLF, headers and comments with quoted commas, quotes and line breaks, English
    // labels in any case, a quoted number and a blank line at the end. Scored (items 1, 3, 5 reversed):
    //   7 6 3 7 1 6 5 -> 1 6 5 7 7 6 5 = 37
    //   1 2 3 4 5 6 7 -> 7 2 5 4 3 6 7 = 34
    //   1 7 2 6 2 7 7 -> 7 7 6 6 6 7 7 = 46
    //   4 4 4 4 4 4 4 -> 28
    //   4 5 4 5 3 5 6 -> 4 5 4 5 5 5 6 = 34
    // Mean: 179 / 35 = 5.114... -> 5.11
    const QByteArray bytes =
        "\xEF\xBB\xBF"
        "Timestamp,\"When someone gets something wrong, it is held against them\",Q2,Q3,Q4,Q5,Q6,Q7,\"Anything "
        "else? (optional)\"\r\n"
        "2026-01-12 09:30,Strongly Agree,agree,Somewhat Disagree,7,1,6,5,\"Good, mostly.\"\r\n"
        "2026-01-12 09:31,1,2,3,4,5,6,7,\"Line one\r\nline two, with comma\"\r\n"
        "2026-01-12 09:32,STRONGLY DISAGREE,Strongly agree,disagree,6,2,7,7,\r\n"
        "2026-01-12 09:33,neither agree nor disagree,Neither Agree Nor Disagree,neither agree nor disagree,4,4,4,"
        "4,\"He said \"\"hi\"\"\"\r\n"
        "2026-01-12 09:34,\"4\",5,4,Somewhat agree,3,5,6,\r\n"
        "\r\n";
    QVERIFY(writeFile(QStringLiteral("messy.csv"), bytes));
    const Run r = cli({QStringLiteral("survey"), QStringLiteral("import"), QStringLiteral("--wave"), wave,
                       QStringLiteral("--columns"), QStringLiteral("2,3,4,5,6,7,8"), QStringLiteral("--comment-column"),
                       QStringLiteral("9"), path(QStringLiteral("messy.csv"))});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    QVERIFY2(r.out.contains(QLatin1String("5")), qPrintable(r.out));

    const QList<TrendLine> lines = trends();
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines[0].scope, QStringLiteral("team"));
    QCOMPARE(lines[0].team, QStringLiteral("Checkout"));
    QCOMPARE(lines[0].parent, QString());
    QCOMPARE(lines[0].instrument, QStringLiteral("psych-safety"));
    QCOMPARE(lines[0].period, QStringLiteral("2026-Q1"));
    QCOMPARE(lines[0].respondents, QStringLiteral("5"));
    QCOMPARE(lines[0].score, QStringLiteral("5.11"));
    QCOMPARE(lines[0].suppressed, QStringLiteral("false"));

    // The comments, whole and apart from the answers.
    Peek peek(db());
    std::set<QString> comments;
    for (const QVariantList &row : peek.rows(QStringLiteral("SELECT text FROM survey_comment")))
        comments.insert(row.constFirst().toString());
    QCOMPARE(comments, (std::set<QString>{QStringLiteral("Good, mostly."), QStringLiteral("He said \"hi\""),
                                          QStringLiteral("Line one\nline two, with comma")}));
    QCOMPARE(peek.count(QStringLiteral("survey_answer")), 35);
}

void TestCliSurvey::importWithBadRowsImportsNothing()
{
    QVERIFY(addTeam(QStringLiteral("Checkout")));
    const QString wave = createWave(QStringLiteral("Checkout"));
    QVERIFY(!wave.isEmpty());
    const QStringList good{QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),    QStringLiteral("5"),
                           QStringLiteral("6"), QStringLiteral("7"), QStringLiteral("agree")};
    QVERIFY(importRows(wave, repeated(good, 5)));
    const QList<TrendLine> before = trends();
    QCOMPARE(before.size(), 1);
    QCOMPARE(before[0].respondents, QStringLiteral("5"));

    // Rows 2 and 5 are wrong (an 8, a word that is no answer); the others are fine.
    QList<QStringList> rows = repeated(good, 6);
    rows[1][3] = QStringLiteral("8");
    rows[4][6] = QStringLiteral("maybe");
    QVERIFY(writeFile(QStringLiteral("bad.csv"), answerFile(rows)));
    const Run r = cli({QStringLiteral("survey"), QStringLiteral("import"), QStringLiteral("--wave"), wave,
                       QStringLiteral("--columns"), QStringLiteral("2,3,4,5,6,7,8"), path(QStringLiteral("bad.csv"))});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QString());
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY2(r.err.startsWith(QLatin1String("candor-cli: ")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("Row 2")) && r.err.contains(QLatin1String("Row 5")), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QLatin1String("Row 1 ")) && !r.err.contains(QLatin1String("Row 3")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("“8”")) && r.err.contains(QStringLiteral("“maybe”")), qPrintable(r.err));

    QCOMPARE(trends().constFirst().respondents, QStringLiteral("5"));
    Peek peek(db());
    QCOMPARE(peek.count(QStringLiteral("survey_response")), 5);
    QCOMPARE(peek.count(QStringLiteral("survey_answer")), 35);
}

void TestCliSurvey::importUsageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<bool>("databaseUntouched"); // refused before the database is opened

    const QStringList file{QStringLiteral("answers.csv")};
    const QStringList wave{QStringLiteral("--wave"), QStringLiteral("1")};
    const QStringList columns{QStringLiteral("--columns"), QStringLiteral("2,3,4,5,6,7,8")};
    auto row = [](const char *name, const QStringList &args, int exitCode, bool untouched) {
        QTest::newRow(name) << QStringList{QStringLiteral("survey"), QStringLiteral("import")} + args << exitCode
                            << untouched;
    };
    row("missing --wave", columns + file, 64, true);
    row("missing --columns", wave + file, 64, true);
    row("no file", wave + columns, 64, true);
    row("two files", wave + columns + file + file, 64, true);
    row("--wave abc", QStringList{QStringLiteral("--wave"), QStringLiteral("abc")} + columns + file, 64, true);
    row("--columns with a word", wave + QStringList{QStringLiteral("--columns"), QStringLiteral("2,x")} + file, 64,
        true);
    row("--columns from 0", wave + QStringList{QStringLiteral("--columns"), QStringLiteral("0,1")} + file, 64, true);
    row("--comment-column 0",
        wave + columns + QStringList{QStringLiteral("--comment-column"), QStringLiteral("0")} + file, 64, true);
    row("six columns for seven questions",
        wave + QStringList{QStringLiteral("--columns"), QStringLiteral("2,3,4,5,6,7")} + file, 64, false);
    row("unknown wave", QStringList{QStringLiteral("--wave"), QStringLiteral("999")} + columns + file, 1, false);
    row("missing file", wave + columns + QStringList{QStringLiteral("missing.csv")}, 1, true);
    row("unclosed quote", wave + columns + QStringList{QStringLiteral("unclosed.csv")}, 1, true);
}

void TestCliSurvey::importUsageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(bool, databaseUntouched);

    QVERIFY(writeFile(QStringLiteral("answers.csv"), answerFile(repeated(QStringList(7, QStringLiteral("3")), 5))));
    QVERIFY(
        writeFile(QStringLiteral("unclosed.csv"), answerFile({QStringList(7, QStringLiteral("3"))}) + "x,\"3,3\r\n"));
    if (!databaseUntouched) {
        QVERIFY(addTeam(QStringLiteral("Checkout")));
        QCOMPARE(createWave(QStringLiteral("Checkout")), QStringLiteral("1"));
    }
    const Run r = cli(args);
    QCOMPARE(r.exitStatus, QProcess::NormalExit);
    QCOMPARE(r.exitCode, exitCode);
    QCOMPARE(r.out, QString());
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY2(r.err.startsWith(QLatin1String("candor-cli: ")), qPrintable(r.err));
    if (databaseUntouched)
        QVERIFY(!QFileInfo::exists(db()));
    else
        QCOMPARE(Peek(db()).count(QStringLiteral("survey_response")), 0);
}

void TestCliSurvey::trendsSuppressesSmallTeamAndItsComplement()
{
    buildDepartment();
    if (QTest::currentTestFailed())
        return;
    const Run r = cli({QStringLiteral("trends"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    QVERIFY(r.out.startsWith(trendsHeader + QStringLiteral("\r\n")));
    QList<TrendLine> lines;
    QVERIFY(parseTrends(r.out, &lines));
    QCOMPARE(lines.size(), 4); // three teams and the department's rollup; the department has no waves of its own

    const TrendLine *alpha = findLine(lines, QStringLiteral("team"), QStringLiteral("Alpha"));
    const TrendLine *bravo = findLine(lines, QStringLiteral("team"), QStringLiteral("Bravo"));
    const TrendLine *charlie = findLine(lines, QStringLiteral("team"), QStringLiteral("Charlie"));
    const TrendLine *rollup = findLine(lines, QStringLiteral("rollup"), QStringLiteral("Engineering"));
    QVERIFY(alpha && bravo && charlie && rollup);
    for (const TrendLine *line : {alpha, bravo, charlie, rollup}) {
        QCOMPARE(line->instrument, QStringLiteral("psych-safety"));
        QCOMPARE(line->period, QStringLiteral("2026-Q1")); // Charlie's wave opened in February: the same quarter
    }
    QCOMPARE(alpha->parent, QStringLiteral("Engineering"));
    QCOMPARE(rollup->parent, QString());

    // The team of 4 is withheld, with no numbers at all.
    QVERIFY(alpha->isSuppressed());
    QCOMPARE(alpha->respondents, QString());
    QCOMPARE(alpha->score, QString());
    // Complementary suppression: another sibling or the rollup goes too.
    QVERIFY(bravo->isSuppressed() || charlie->isSuppressed() || rollup->isSuppressed());

    // Arithmetically: what the rollup minus the shown teams leaves must not be one hidden team, nor rest on fewer
    // than 5 responses.
    const std::map<QString, int> actual{
        {QStringLiteral("Alpha"), 4}, {QStringLiteral("Bravo"), 6}, {QStringLiteral("Charlie"), 9}};
    if (!rollup->isSuppressed()) {
        int shown = 0;
        double shownSum = 0;
        int hiddenTeams = 0;
        int hiddenRespondents = 0;
        for (const TrendLine *team : {alpha, bravo, charlie}) {
            if (team->isSuppressed()) {
                ++hiddenTeams;
                hiddenRespondents += actual.at(team->team);
            } else {
                shown += team->respondents.toInt();
                shownSum += team->respondents.toInt() * team->score.toDouble();
            }
        }
        QCOMPARE(rollup->respondents.toInt() - shown, hiddenRespondents);
        QVERIFY2(hiddenTeams != 1, "one hidden team is the rollup minus the shown ones");
        QVERIFY(hiddenRespondents >= 5);
        QVERIFY(rollup->respondents.toInt() * rollup->score.toDouble() - shownSum > 0);
    }
    // What this policy does: the smallest shown sibling (Bravo, 6) goes; Charlie and the rollup stay.
    QVERIFY(bravo->isSuppressed());
    QCOMPARE(bravo->respondents, QString());
    QVERIFY(!charlie->isSuppressed());
    QVERIFY(!rollup->isSuppressed());
    // Charlie: (5 x 31/7 + 4 x 7) / 9 = 351/63 = 5.571... The rollup: (351/7 + 4 x 4 + 6 x 25/7) / 19 =
    // 613/133 = 4.609...
    QCOMPARE(charlie->respondents, QStringLiteral("9"));
    QCOMPARE(charlie->score, QStringLiteral("5.57"));
    QCOMPARE(rollup->respondents, QStringLiteral("19"));
    QCOMPARE(rollup->score, QStringLiteral("4.61"));
    for (const TrendLine &line : std::as_const(lines))
        QCOMPARE(line.suppressed, line.isSuppressed() ? QStringLiteral("true") : QStringLiteral("false"));
}

void TestCliSurvey::trendsJsonMatchesCsv()
{
    buildDepartment();
    if (QTest::currentTestFailed())
        return;
    const QList<TrendLine> lines = trends();
    const Run r = cli({QStringLiteral("trends"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    const QJsonArray array = parseJsonArray(r.out);
    QCOMPARE(array.size(), lines.size());
    QCOMPARE(lines.size(), 4);
    const QStringList fields = trendsHeader.split(QLatin1Char(','));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QJsonObject object = array[i].toObject();
        const TrendLine &line = lines[i];
        QStringList keys = object.keys();
        keys.sort();
        QStringList expectedKeys = fields;
        expectedKeys.sort();
        QCOMPARE(keys, expectedKeys);
        QCOMPARE(object.value(QLatin1String("scope")).toString(), line.scope);
        QCOMPARE(object.value(QLatin1String("team")).toString(), line.team);
        QCOMPARE(object.value(QLatin1String("parent")).toString(), line.parent);
        QCOMPARE(object.value(QLatin1String("instrument")).toString(), line.instrument);
        QCOMPARE(object.value(QLatin1String("period")).toString(), line.period);
        QCOMPARE(object.value(QLatin1String("suppressed")), QJsonValue(line.isSuppressed()));
        if (line.isSuppressed()) {
            QVERIFY(object.value(QLatin1String("respondents")).isNull());
            QVERIFY(object.value(QLatin1String("score")).isNull());
        } else {
            QCOMPARE(object.value(QLatin1String("respondents")).toInt(-1), line.respondents.toInt());
            QCOMPARE(QString::number(object.value(QLatin1String("score")).toDouble(), 'f', 2), line.score);
        }
    }
}

void TestCliSurvey::trendsTeamLimitsRows()
{
    buildDepartment();
    if (QTest::currentTestFailed())
        return;
    QVERIFY(addTeam(QStringLiteral("Elsewhere")));
    const QString other = createWave(QStringLiteral("Elsewhere"));
    QVERIFY(importRows(other, repeated(QStringList(7, QStringLiteral("5")), 6)));
    const QList<TrendLine> all = trends({QStringLiteral("--all")});
    QCOMPARE(all.size(), 5);

    // One team: only its rows, withheld as in the whole picture (the policy sees every team whatever is printed).
    QList<TrendLine> lines = trends({QStringLiteral("--team"), QStringLiteral("Bravo")});
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines[0].team, QStringLiteral("Bravo"));
    QVERIFY(lines[0].isSuppressed());

    // A department: its rollup and its teams.
    lines = trends({QStringLiteral("--team"), QStringLiteral("Engineering")});
    QCOMPARE(lines.size(), 4);
    std::set<QString> teams;
    for (const TrendLine &line : std::as_const(lines)) {
        teams.insert(line.team);
        const auto same =
            std::find_if(all.begin(), all.end(), [&](const TrendLine &a) { return a.key() == line.key(); });
        QVERIFY(same != all.end());
        QCOMPARE(line.suppressed, same->suppressed);
        QCOMPARE(line.respondents, same->respondents);
        QCOMPARE(line.score, same->score);
    }
    QCOMPARE(teams, (std::set<QString>{QStringLiteral("Engineering"), QStringLiteral("Alpha"), QStringLiteral("Bravo"),
                                       QStringLiteral("Charlie")}));

    lines = trends({QStringLiteral("--team"), QStringLiteral("Elsewhere"), QStringLiteral("--instrument"),
                    QStringLiteral("psych-safety")});
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines[0].respondents, QStringLiteral("6"));
    QCOMPARE(lines[0].score, QStringLiteral("4.14")); // all 5 scores 3 5 3 5 3 5 5: 29/7 for everyone
    const Run none = cli({QStringLiteral("trends"), QStringLiteral("--instrument"), QStringLiteral("westrum")});
    QCOMPARE(none.exitCode, 0);
    QCOMPARE(none.out, trendsHeader + QStringLiteral("\r\n"));
}

void TestCliSurvey::trendsScoreRoundsHalfUp_data()
{
    QTest::addColumn<QStringList>("higher"); // the answers of the respondents above the lowest score
    QTest::addColumn<int>("lowest");         // respondents answering 7 1 7 1 7 1 1, which scores 1 everywhere
    QTest::addColumn<int>("higherCount");
    QTest::addColumn<QString>("score");

    // Exact means on a rounding tie, whose nearest doubles (as the respondents' scores add up) lie just below it.
    // 1 x 1 + 7 x 8/7 = 9, over 8: 1.125.
    QTest::newRow("8 respondents, 1.125")
        << QStringList{QStringLiteral("7"), QStringLiteral("2"), QStringLiteral("7"), QStringLiteral("1"),
                       QStringLiteral("7"), QStringLiteral("1"), QStringLiteral("1")}
        << 1 << 7 << QStringLiteral("1.13");
    // 37 x 1 + 3 x 2 = 43, over 40: 1.075.
    QTest::newRow("40 respondents, 1.075")
        << QStringList{QStringLiteral("6"), QStringLiteral("2"), QStringLiteral("6"), QStringLiteral("2"),
                       QStringLiteral("6"), QStringLiteral("2"), QStringLiteral("2")}
        << 37 << 3 << QStringLiteral("1.08");
}

void TestCliSurvey::trendsScoreRoundsHalfUp()
{
    QFETCH(QStringList, higher);
    QFETCH(int, lowest);
    QFETCH(int, higherCount);
    QFETCH(QString, score);

    QVERIFY(addTeam(QStringLiteral("Delta")));
    const QString wave = createWave(QStringLiteral("Delta"));
    const QStringList low{QStringLiteral("7"), QStringLiteral("1"), QStringLiteral("7"), QStringLiteral("1"),
                          QStringLiteral("7"), QStringLiteral("1"), QStringLiteral("1")};
    QVERIFY(importRows(wave, repeated(low, lowest) + repeated(higher, higherCount)));
    const QList<TrendLine> lines = trends();
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines[0].respondents, QString::number(lowest + higherCount));
    QCOMPARE(lines[0].score, score);
    // JSON says the same.
    const Run r = cli({QStringLiteral("trends"), QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonValue json = parseJsonArray(r.out).at(0).toObject().value(QLatin1String("score"));
    QCOMPARE(QString::number(json.toDouble(), 'f', 2), score);
    QCOMPARE(json.toDouble(), score.toDouble());
}

void TestCliSurvey::trendsUsageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");

    QTest::newRow("--format xml") << QStringList{QStringLiteral("trends"), QStringLiteral("--format"),
                                                 QStringLiteral("xml")}
                                  << 64;
    QTest::newRow("--team and --all") << QStringList{QStringLiteral("trends"), QStringLiteral("--team"),
                                                     QStringLiteral("Alpha"), QStringLiteral("--all")}
                                      << 64;
    QTest::newRow("an argument") << QStringList{QStringLiteral("trends"), QStringLiteral("now")} << 64;
    QTest::newRow("unknown team") << QStringList{QStringLiteral("trends"), QStringLiteral("--team"),
                                                 QStringLiteral("Nobody")}
                                  << 1;
    QTest::newRow("unknown instrument") << QStringList{QStringLiteral("trends"), QStringLiteral("--instrument"),
                                                       QStringLiteral("pulse")}
                                        << 1;
}

void TestCliSurvey::trendsUsageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);

    QVERIFY(addTeam(QStringLiteral("Alpha")));
    const Run r = cli(args);
    QCOMPARE(r.exitCode, exitCode);
    QCOMPARE(r.out, QString());
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY2(r.err.startsWith(QLatin1String("candor-cli: ")), qPrintable(r.err));
}

void TestCliSurvey::trendsOnTheDemo()
{
    const QString demo = createDemo(QStringLiteral("demo.db"));
    QVERIFY(!demo.isEmpty());
    const Run r = run({QStringLiteral("trends"), QStringLiteral("--all"), QStringLiteral("--db"), demo});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    QList<TrendLine> lines;
    QVERIFY(parseTrends(r.out, &lines));
    QVERIFY(lines.size() > 500); // 10 teams and 3 departments, 3 instruments, 20 quarters

    // What each team and department really has, read from the file.
    std::map<qint64, qint64> parentOf;
    std::map<qint64, QString> nameOf;
    Peek peek(demo);
    for (const QVariantList &row : peek.rows(QStringLiteral("SELECT id, parent_id, name FROM team"))) {
        parentOf[row[0].toLongLong()] = row[1].toLongLong();
        nameOf[row[0].toLongLong()] = row[2].toString();
    }
    struct Actual
    {
        int respondents = 0;
        double sum = 0;
    };
    std::map<QString, Actual> teamActual;    // "team|instrument|period", the team's own waves
    std::map<QString, Actual> subtreeActual; // the same over the team and every team below it
    const QList<QVariantList> waves = peek.rows(QStringLiteral(
        "SELECT w.team_id, i.key, w.opens_on, count(r.id), coalesce(sum(r.score), 0) FROM survey_wave w"
        " JOIN survey_instrument i ON i.id = w.instrument_id LEFT JOIN survey_response r ON r.wave_id = w.id"
        " GROUP BY w.id, w.team_id, i.key, w.opens_on"));
    QCOMPARE(waves.size(), 600);
    for (const QVariantList &row : waves) {
        const QString suffix = QLatin1Char('|') + row[1].toString() + QLatin1Char('|') +
                               periodOf(QDate::fromString(row[2].toString(), Qt::ISODate));
        const qint64 team = row[0].toLongLong();
        Actual &own = teamActual[nameOf[team] + suffix];
        own.respondents += row[3].toInt();
        own.sum += row[4].toDouble();
        for (qint64 at = team; at != 0; at = parentOf[at]) {
            Actual &all = subtreeActual[nameOf[at] + suffix];
            all.respondents += row[3].toInt();
            all.sum += row[4].toDouble();
        }
    }

    static const QRegularExpression twoDecimals(QStringLiteral("^[1-7]\\.[0-9]{2}$"));
    int suppressed = 0;
    std::map<QString, std::vector<const TrendLine *>> children; // "department|instrument|period"
    for (const TrendLine &line : std::as_const(lines)) {
        const QString key = line.team + QLatin1Char('|') + line.instrument + QLatin1Char('|') + line.period;
        if (line.scope == QLatin1String("team") && !line.parent.isEmpty())
            children[line.parent + QLatin1Char('|') + line.instrument + QLatin1Char('|') + line.period].push_back(
                &line);
        if (line.isSuppressed()) {
            ++suppressed;
            QCOMPARE(line.respondents, QString());
            QCOMPARE(line.score, QString());
            continue;
        }
        QVERIFY2(line.respondents.toInt() >= 5, qPrintable(key));
        QVERIFY2(twoDecimals.match(line.score).hasMatch(), qPrintable(line.score));
        const Actual actual = line.scope == QLatin1String("team") ? teamActual.at(key) : subtreeActual.at(key);
        QCOMPARE(line.respondents.toInt(), actual.respondents);
        QVERIFY2(qAbs(line.score.toDouble() - actual.sum / actual.respondents) <= 0.005 + 1e-9, qPrintable(key));
    }
    QVERIFY2(suppressed > 0, "the small teams of the demo are never withheld");

    // No shown rollup gives a hidden team away: the hidden teams under it are none, or two or more that hold at
    // least 5 responses together.
    for (const TrendLine &line : std::as_const(lines)) {
        if (line.scope != QLatin1String("rollup") || line.isSuppressed())
            continue;
        const QString key = line.team + QLatin1Char('|') + line.instrument + QLatin1Char('|') + line.period;
        int hidden = 0;
        int hiddenRespondents = 0;
        int shown = 0;
        for (const TrendLine *child : children[key]) {
            if (child->isSuppressed()) {
                ++hidden;
                hiddenRespondents +=
                    teamActual.at(child->team + QLatin1Char('|') + line.instrument + QLatin1Char('|') + line.period)
                        .respondents;
            } else {
                shown += child->respondents.toInt();
            }
        }
        QCOMPARE(line.respondents.toInt() - shown, hiddenRespondents);
        QVERIFY2(hidden != 1, qPrintable(key));
        QVERIFY2(hidden == 0 || hiddenRespondents >= 5, qPrintable(key));
    }
}

QTEST_GUILESS_MAIN(TestCliSurvey)
#include "tst_cli_survey.moc"
