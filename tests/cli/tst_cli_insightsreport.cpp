// candor-cli insights-report as HR and scripts use it: the built executable run with QProcess against a temporary
// database, the PDF read back with poppler's pdftotext, pdfinfo and pdfimages. The fixture (written through
// SurveyRepository) has a department with a team whose second quarter has three answers and a score nobody else has,
// so it must be withheld, and with it a sibling (complementary suppression); neither number may reach the PDF.
#include "cli/CliHarness.h"
#include "common/SurveyData.h"
#include "common/TestData.h"

#include <QRegularExpression>

using namespace candor;
using namespace candor::clitest;

namespace {

// Poppler's tools, needed to read the PDF back; the test fails, saying so, when they are missing.
QString poppler(const QString &tool)
{
    return QStandardPaths::findExecutable(tool);
}

// What a poppler tool prints for a file; empty when it failed.
QString popplerOutput(const QStringList &command)
{
    QProcess process;
    process.start(poppler(command.constFirst()), command.mid(1));
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The PDF's text with every run of white space made one space, so that a sentence wrapped over lines (or a table
// cell's "(k = 5)", kept together by no-break spaces) reads as written.
QString pdfText(const QString &path)
{
    return popplerOutput({QStringLiteral("pdftotext"), QStringLiteral("-layout"), path, QStringLiteral("-")})
        .normalized(QString::NormalizationForm_KC) // "ﬁ" ligatures, no-break spaces
        .simplified();
}

QString score(double mean)
{
    return QString::number(mean, 'f', 2); // the C locale of the tests (LC_ALL=C.UTF-8)
}

// "n = 3", however pdftotext spaces it.
QRegularExpression respondents(int n)
{
    return QRegularExpression(QStringLiteral("\\bn\\s*=\\s*%1\\b").arg(n));
}

} // namespace

class TestCliInsightsReport : public QObject, private CliHarness
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void wholeOrganisation();
    void withheldGroupAppearsNowhere();
    void teamScopeLeavesOtherTeamsOut_data();
    void teamScopeLeavesOtherTeamsOut();
    void pageSize_data();
    void pageSize();
    void helpDescribesIt();
    void usageErrors_data();
    void usageErrors();
    void unknownTeamIsNamed();
    void nothingToReport();
    void unwritableOutputLeavesNothing();
    void databaseCannotBeOpened();
    void demoOrganisation();

private:
    // This test function's database, made by init().
    QString db() const { return m_database; }
    Run cli(QStringList args)
    {
        args << QStringLiteral("--db") << db();
        return run(args);
    }
    // Runs insights-report with `extra`, checks it succeeded and wrote a PDF; *text is the PDF's text.
    void report(const QStringList &extra, const QString &file, QString *text);
    // Engineering (Payments, Platform, Tiny) and Support, psych-safety waves in 2025 Q1 to Q3.
    void buildOrganisation();

    QString m_database;
};

void TestCliInsightsReport::initTestCase()
{
    startTestCase();
    for (const char *tool : {"pdftotext", "pdfinfo", "pdfimages"})
        QVERIFY2(!poppler(QLatin1String(tool)).isEmpty(),
                 qPrintable(QStringLiteral("%1 is missing: install poppler-utils (apt-get install poppler-utils), "
                                           "as ./scripts/test does.")
                                .arg(QLatin1String(tool))));
}

void TestCliInsightsReport::init()
{
    startTest();
    m_database = newDatabase(QStringLiteral("insights.db"));
    QVERIFY2(!m_database.isEmpty(), qPrintable(testdb::lastError()));
}

void TestCliInsightsReport::cleanup()
{
    finishTest();
}

void TestCliInsightsReport::buildOrganisation()
{
    testdata::Store store(db());
    QVERIFY2(store.status, qPrintable(store.status.error()));
    qint64 engineering = 0, payments = 0, platform = 0, tiny = 0, support = 0;
    const auto team = [&store](const QString &name, qint64 parent, qint64 *id) {
        const Result<qint64> inserted = store.teams.insertTeam(testdata::makeTeam(name, parent));
        QVERIFY2(inserted, qPrintable(inserted.error()));
        *id = *inserted;
    };
    STEP(team(QStringLiteral("Engineering"), 0, &engineering));
    STEP(team(QStringLiteral("Payments"), engineering, &payments));
    STEP(team(QStringLiteral("Platform"), engineering, &platform));
    STEP(team(QStringLiteral("Tiny"), engineering, &tiny));
    STEP(team(QStringLiteral("Support"), 0, &support));

    SurveyRepository surveys(store.database);
    const QString key = testdata::psychSafety;
    const QDate q1(2025, 2, 10), q2(2025, 5, 12), q3(2025, 8, 11);
    qint64 wave = 0;
    // Payments: 5.50 (6), then 2.17 (6, withheld to protect Tiny), then 5.83 (6).
    STEP(testdata::addWave(surveys, payments, key, q1, {5, 5, 5, 6, 6, 6}, &wave));
    STEP(testdata::addWave(surveys, payments, key, q2, {2, 2, 2, 2, 2, 3}, &wave));
    STEP(testdata::addWave(surveys, payments, key, q3, {5, 6, 6, 6, 6, 6}, &wave));
    // Platform: 4.50, 4.75, 5.00 (8 each).
    STEP(testdata::addWave(surveys, platform, key, q1, {4, 4, 4, 4, 5, 5, 5, 5}, &wave));
    STEP(testdata::addWave(surveys, platform, key, q2, {4, 4, 5, 5, 5, 5, 5, 5}, &wave));
    STEP(testdata::addWave(surveys, platform, key, q3, {5, 5, 5, 5, 5, 5, 5, 5}, &wave));
    // Tiny: 3.50 (6), then three people scoring 1, 1 and 2 (1.33: below k = 5), then 3.86 (7).
    STEP(testdata::addWave(surveys, tiny, key, q1, {3, 3, 3, 4, 4, 4}, &wave));
    STEP(testdata::addWave(surveys, tiny, key, q2, {1, 1, 2}, &wave));
    STEP(testdata::addWave(surveys, tiny, key, q3, {3, 4, 4, 4, 4, 4, 4}, &wave));
    // Support: 3.60, 4.00, 4.60 (5 each).
    STEP(testdata::addWave(surveys, support, key, q1, {3, 3, 4, 4, 4}, &wave));
    STEP(testdata::addWave(surveys, support, key, q2, {4, 4, 4, 4, 4}, &wave));
    STEP(testdata::addWave(surveys, support, key, q3, {4, 4, 5, 5, 5}, &wave));
}

void TestCliInsightsReport::report(const QStringList &extra, const QString &file, QString *text)
{
    text->clear();
    const Run r = cli(QStringList{QStringLiteral("insights-report")} + extra + QStringList{QStringLiteral("-o"), file});
    QCOMPARE(r.exitStatus, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QString());
    QVERIFY2(!r.err.contains(QLatin1String("candor-cli:")), qPrintable(r.err));
    QVERIFY(QFileInfo(file).size() > 0);
    QFile pdf(file);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    *text = pdfText(file);
    QVERIFY2(!text->isEmpty(), "pdftotext read nothing");
}

void TestCliInsightsReport::wholeOrganisation()
{
    STEP(buildOrganisation());
    QString text;
    STEP(report({}, path(QStringLiteral("all.pdf")), &text));

    // The title, the scope, the threshold in words, the note on what was withheld, the instrument's section.
    for (const char *expected : {"Survey insights", "The whole organisation",
                                 "k = 5: a figure is shown only when "
                                 "at least 5 people answered",
                                 "What is withheld and why", "Complementary suppression", "Withheld (k = 5)",
                                 "Team psychological safety (7-point scale)", "Heatmap: mean score by team and quarter",
                                 "Contents", "Page 1 of"})
        QVERIFY2(text.contains(QLatin1String(expected)), expected);
    // Two of the 15 figures (four teams and the department, three quarters) are withheld: Tiny and Payments in Q2.
    QVERIFY2(text.contains(QLatin1String("Withheld: 2 of the 15 figures in this report.")),
             qPrintable(text.left(3000)));
    for (const char *quarter : {"2025 Q1", "2025 Q2", "2025 Q3"})
        QVERIFY2(text.contains(QLatin1String(quarter)), quarter);
    for (const char *team : {"Engineering, all teams", "Payments", "Platform", "Tiny", "Support"})
        QVERIFY2(text.contains(QLatin1String(team)), team);

    // The charts are in the file as vectors: their axis titles and legends are text, and there is no image.
    QVERIFY(text.contains(QLatin1String("Mean score (1 to 7)")));
    QVERIFY(text.count(QStringLiteral("Quarter")) >= 2); // one axis per chart
    QVERIFY(text.contains(QLatin1String("Departments (each with all its teams) and teams of their own")));
    QVERIFY(text.contains(QLatin1String("The teams of Engineering")));
    const QStringList images =
        popplerOutput({QStringLiteral("pdfimages"), QStringLiteral("-list"), path(QStringLiteral("all.pdf"))})
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(images.size(), 2); // the header lines only

    // The figures that may be shown are: the teams' and the department's, with how many answered.
    for (double shown : {5.5, 35.0 / 6, 4.5, 4.75, 5.0, 3.5, 27.0 / 7, 3.6, 4.0, 4.6})
        QVERIFY2(text.contains(score(shown)), qPrintable(score(shown)));
    QVERIFY(text.contains(score(55.0 / 17))); // Engineering in Q2: 17 people, the withheld ones among them
    for (int n : {6, 8, 7, 5, 20, 17, 21})
        QVERIFY2(text.contains(respondents(n)), qPrintable(QString::number(n)));
}

void TestCliInsightsReport::withheldGroupAppearsNowhere()
{
    STEP(buildOrganisation());
    for (const QStringList &scope :
         {QStringList{}, QStringList{QStringLiteral("--team"), QStringLiteral("Engineering")},
          QStringList{QStringLiteral("--team"), QStringLiteral("Tiny")}}) {
        QString text;
        STEP(report(scope, path(QStringLiteral("report.pdf")), &text));
        // Tiny's second quarter: three people, 1.33. Payments' second quarter, withheld to protect it: 2.17.
        QVERIFY2(!text.contains(score(4.0 / 3)), qPrintable(scope.join(u' ')));
        QVERIFY2(!text.contains(score(13.0 / 6)), qPrintable(scope.join(u' ')));
        QVERIFY2(!text.contains(respondents(3)), qPrintable(scope.join(u' ')));
        static const QRegularExpression counted(QStringLiteral("\\b3 (people|responses|respondents|answers)\\b"));
        QVERIFY2(!text.contains(counted), qPrintable(scope.join(u' ')));
        // In its place, the withheld text.
        QVERIFY(text.contains(QLatin1String("Withheld (k = 5)")));
        QVERIFY(text.contains(QLatin1String("Withheld: fewer than 5 responses, or held back so that a smaller group "
                                            "cannot be worked out")));
    }
}

void TestCliInsightsReport::teamScopeLeavesOtherTeamsOut_data()
{
    QTest::addColumn<QString>("team");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");
    QTest::newRow("department") << QStringLiteral("Engineering")
                                << QStringList{QStringLiteral("Engineering with all its teams"),
                                               QStringLiteral("The teams of Engineering"),
                                               QStringLiteral("Payments"),
                                               QStringLiteral("Platform"),
                                               QStringLiteral("Tiny"),
                                               score(4.5)}
                                << QStringList{QStringLiteral("Support"), score(3.6), score(4.6)};
    QTest::newRow("team") << QStringLiteral("Support") << QStringList{QStringLiteral("Support"), score(3.6), score(4.6)}
                          << QStringList{QStringLiteral("Engineering"), QStringLiteral("Payments"),
                                         QStringLiteral("Platform"), QStringLiteral("Tiny"), score(4.5)};
    QTest::newRow("letter case") << QStringLiteral("support") << QStringList{QStringLiteral("Support"), score(3.6)}
                                 << QStringList{QStringLiteral("Platform"), QStringLiteral("Tiny")};
}

void TestCliInsightsReport::teamScopeLeavesOtherTeamsOut()
{
    QFETCH(QString, team);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    STEP(buildOrganisation());
    QString text;
    STEP(report({QStringLiteral("--team"), team}, path(QStringLiteral("team.pdf")), &text));
    for (const QString &expected : std::as_const(present))
        QVERIFY2(text.contains(expected), qPrintable(expected));
    for (const QString &unexpected : std::as_const(absent))
        QVERIFY2(!text.contains(unexpected), qPrintable(unexpected));
    QVERIFY(text.contains(QLatin1String("Mean score (1 to 7)")));
}

void TestCliInsightsReport::pageSize_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("size");
    QTest::newRow("default") << QStringList{} << QStringLiteral("595 x 842 pts (A4)");
    QTest::newRow("a4") << QStringList{QStringLiteral("--page"), QStringLiteral("a4")}
                        << QStringLiteral("595 x 842 pts (A4)");
    QTest::newRow("letter") << QStringList{QStringLiteral("--page"), QStringLiteral("letter")}
                            << QStringLiteral("612 x 792 pts (letter)");
    QTest::newRow("LETTER") << QStringList{QStringLiteral("--page"), QStringLiteral("LETTER"), QStringLiteral("--all")}
                            << QStringLiteral("612 x 792 pts (letter)");
}

void TestCliInsightsReport::pageSize()
{
    QFETCH(QStringList, args);
    QFETCH(QString, size);
    STEP(buildOrganisation());
    const QString file = path(QStringLiteral("sized.pdf"));
    QString text;
    STEP(report(args, file, &text));
    const QString info = popplerOutput({QStringLiteral("pdfinfo"), file});
    QVERIFY2(info.contains(QStringLiteral("Page size:       ") + size), qPrintable(info));
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    const int count = pages.match(info).captured(1).toInt();
    QVERIFY(count >= 2);
    // Every page is numbered, out of the whole.
    for (int page = 1; page <= count; ++page)
        QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(count)),
                 qPrintable(QString::number(page)));
}

void TestCliInsightsReport::helpDescribesIt()
{
    Run r = run({QStringLiteral("insights-report"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    for (const char *option : {"--team", "--all", "--page", "--output", "--db"})
        QVERIFY2(r.out.contains(QLatin1String(option)), option);
    QVERIFY(r.out.contains(QLatin1String("withheld")));
    r = run({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QLatin1String("insights-report [--team NAME | --all] [--page a4|letter] -o FILE.pdf")));
}

void TestCliInsightsReport::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString out = QStringLiteral("-o");
    const QString file = QStringLiteral("r.pdf");
    QTest::newRow("no -o") << QStringList{} << QStringLiteral("needs -o FILE.pdf");
    QTest::newRow("team and all") << QStringList{QStringLiteral("--team"), QStringLiteral("Support"),
                                                 QStringLiteral("--all"), out, file}
                                  << QStringLiteral("either --team NAME or --all");
    QTest::newRow("page") << QStringList{QStringLiteral("--page"), QStringLiteral("a5"), out, file}
                          << QStringLiteral("Unknown page size “a5”");
    QTest::newRow("argument") << QStringList{QStringLiteral("Support"), out, file}
                              << QStringLiteral("takes no arguments");
    QTest::newRow("option") << QStringList{QStringLiteral("--format"), QStringLiteral("pdf"), out, file}
                            << QStringLiteral("Unknown option");
    QTest::newRow("team without name") << QStringList{out, file, QStringLiteral("--team")}
                                       << QStringLiteral("Missing value after");
}

void TestCliInsightsReport::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    STEP(buildOrganisation());
    const Run r = run(QStringList{QStringLiteral("insights-report"), QStringLiteral("--db"), db()} + args);
    QCOMPARE(r.exitStatus, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 64);
    QCOMPARE(r.out, QString());
    const QStringList lines = r.errLines().filter(QStringLiteral("candor-cli: "));
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.constFirst().contains(message), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("r.pdf"))));
}

void TestCliInsightsReport::unknownTeamIsNamed()
{
    STEP(buildOrganisation());
    const QString file = path(QStringLiteral("r.pdf"));
    const Run r = cli({QStringLiteral("insights-report"), QStringLiteral("--team"), QStringLiteral("Nobody here"),
                       QStringLiteral("-o"), file});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QString());
    const QStringList lines = r.errLines().filter(QStringLiteral("candor-cli: "));
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.constFirst().contains(QStringLiteral("“Nobody here”")), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(file));
}

void TestCliInsightsReport::nothingToReport()
{
    STEP(buildOrganisation());
    // A team without a single wave, and then an organisation without any.
    {
        testdata::Store store(db());
        QVERIFY(store.teams.insertTeam(testdata::makeTeam(QStringLiteral("Newcomers"))));
    }
    const QString file = path(QStringLiteral("r.pdf"));
    Run r = cli({QStringLiteral("insights-report"), QStringLiteral("--team"), QStringLiteral("Newcomers"),
                 QStringLiteral("-o"), file});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("no survey results for Newcomers yet")), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(file));

    const QString empty = newDatabase(QStringLiteral("empty.db"));
    QVERIFY2(!empty.isEmpty(), qPrintable(testdb::lastError()));
    r = run({QStringLiteral("insights-report"), QStringLiteral("--db"), empty, QStringLiteral("-o"), file});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("no survey results for the organisation yet")), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(file));
}

void TestCliInsightsReport::unwritableOutputLeavesNothing()
{
    STEP(buildOrganisation());
    // A folder that does not exist, and a folder given as the file.
    const QString missing = path(QStringLiteral("no-such-folder/r.pdf"));
    Run r = cli({QStringLiteral("insights-report"), QStringLiteral("-o"), missing});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.errLines().filter(QStringLiteral("candor-cli: ")).size(), 1);
    QVERIFY2(r.err.contains(QLatin1String("r.pdf")), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("no-such-folder"))));

    QVERIFY(QDir(path(QString())).mkdir(QStringLiteral("folder.pdf")));
    r = cli({QStringLiteral("insights-report"), QStringLiteral("-o"), path(QStringLiteral("folder.pdf"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("is a folder")), qPrintable(r.err));
    QVERIFY(QDir(path(QStringLiteral("folder.pdf"))).isEmpty());
    // Nothing left beside the files the test made.
    QCOMPARE(QDir(path(QString())).entryList(QDir::Files).filter(QStringLiteral(".pdf")), QStringList());
}

void TestCliInsightsReport::databaseCannotBeOpened()
{
    const QString garbage = path(QStringLiteral("garbage.db"));
    QFile file(garbage);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    const QString out = path(QStringLiteral("r.pdf"));
    const Run r = run({QStringLiteral("insights-report"), QStringLiteral("--db"), garbage, QStringLiteral("-o"), out});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.errLines().filter(QStringLiteral("candor-cli: ")).size(), 1);
    QVERIFY(!QFileInfo::exists(out));
}

void TestCliInsightsReport::demoOrganisation()
{
    const QString demo = createDemo(QStringLiteral("demo.db"));
    QVERIFY(!demo.isEmpty());
    const QString file = path(QStringLiteral("demo.pdf"));
    const Run r = run({QStringLiteral("insights-report"), QStringLiteral("--db"), demo, QStringLiteral("-o"), file});
    QCOMPARE(r.exitCode, 0);
    const QString text = pdfText(file);
    // Every built-in instrument, with its own chart and heatmap.
    for (const char *instrument :
         {"Team psychological safety (7-point scale)", "Team culture (Westrum) (7-point scale)",
          "Team health check (3-point scale)", "Mean score (1 to 3)"})
        QVERIFY2(text.contains(QLatin1String(instrument)), instrument);
    QCOMPARE(text.count(QStringLiteral("Heatmap: mean score by team and quarter")), 3);
    QVERIFY(text.contains(QLatin1String("Withheld (k = 5)")));
}

QTEST_GUILESS_MAIN(TestCliInsightsReport)
#include "tst_cli_insightsreport.moc"
