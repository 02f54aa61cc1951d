// The HR insights report from the window: the Insights area's "Export report…" button (the team shown, with its
// teams) and File > Export > Insights report (PDF)… (the whole organisation in the other views), with file names
// scripted through FileChooser and failures through MessageBox; then InsightsReport itself on the same data. The
// PDF is read back with poppler's pdftotext and pdfinfo. The fixture has a team whose second quarter has three
// answers with a score nobody else has; neither that score nor that count may be anywhere in the file.
#include "MainWindow.h"
#include "common/SurveyData.h"
#include "common/TeamComboBox.h"
#include "gui/AppFixture.h"
#include "gui/GuiHelpers.h"
#include "insights/InsightsArea.h"
#include "insights/InsightsReport.h"
#include "item/FigureStore.h"
#include "storage/SurveyRepository.h"

#include <QBuffer>
#include <QComboBox>
#include <QListWidget>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace candor;
using namespace candor::testgui;

namespace {

struct ReportData
{
    qint64 engineering = 0; // a department: Payments, Platform, Tiny
    qint64 payments = 0;
    qint64 platform = 0;
    qint64 tiny = 0;      // 2025 Q2: three people scoring 1, 1 and 2
    qint64 support = 0;   // a team of its own
    qint64 newcomers = 0; // no waves at all
};

void insertReportData(const QString &path, ReportData *d)
{
    testdata::Store store(path);
    QVERIFY2(store.status, qPrintable(store.status.error()));
    STEP(keepId(store.teams.insertTeam(testdata::makeTeam(QStringLiteral("Engineering"))), &d->engineering));
    STEP(keepId(store.teams.insertTeam(testdata::makeTeam(QStringLiteral("Payments"), d->engineering)), &d->payments));
    STEP(keepId(store.teams.insertTeam(testdata::makeTeam(QStringLiteral("Platform"), d->engineering)), &d->platform));
    STEP(keepId(store.teams.insertTeam(testdata::makeTeam(QStringLiteral("Tiny"), d->engineering)), &d->tiny));
    STEP(keepId(store.teams.insertTeam(testdata::makeTeam(QStringLiteral("Support"))), &d->support));
    STEP(keepId(store.teams.insertTeam(testdata::makeTeam(QStringLiteral("Newcomers"))), &d->newcomers));

    SurveyRepository surveys(store.database);
    const QString key = testdata::psychSafety;
    const QDate q1(2025, 2, 10), q2(2025, 5, 12), q3(2025, 8, 11);
    qint64 wave = 0;
    STEP(testdata::addWave(surveys, d->payments, key, q1, {5, 5, 5, 6, 6, 6}, &wave));
    STEP(testdata::addWave(surveys, d->payments, key, q2, {2, 2, 2, 2, 2, 3}, &wave)); // withheld to protect Tiny
    STEP(testdata::addWave(surveys, d->payments, key, q3, {5, 6, 6, 6, 6, 6}, &wave));
    STEP(testdata::addWave(surveys, d->platform, key, q1, {4, 4, 4, 4, 5, 5, 5, 5}, &wave));
    STEP(testdata::addWave(surveys, d->platform, key, q2, {4, 4, 5, 5, 5, 5, 5, 5}, &wave));
    STEP(testdata::addWave(surveys, d->platform, key, q3, {5, 5, 5, 5, 5, 5, 5, 5}, &wave));
    STEP(testdata::addWave(surveys, d->tiny, key, q1, {3, 3, 3, 4, 4, 4}, &wave));
    STEP(testdata::addWave(surveys, d->tiny, key, q2, {1, 1, 2}, &wave));
    STEP(testdata::addWave(surveys, d->tiny, key, q3, {3, 4, 4, 4, 4, 4, 4}, &wave));
    STEP(testdata::addWave(surveys, d->support, key, q1, {3, 3, 4, 4, 4}, &wave));
    STEP(testdata::addWave(surveys, d->support, key, q2, {4, 4, 4, 4, 4}, &wave));
    STEP(testdata::addWave(surveys, d->support, key, q3, {4, 4, 5, 5, 5}, &wave));
}

QString popplerOutput(const QStringList &command)
{
    QProcess process;
    process.start(QStandardPaths::findExecutable(command.constFirst()), command.mid(1));
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The PDF's text as pdftotext -layout reads it; fails the test when the file is not a PDF with text.
void readPdf(const QString &path, QString *text)
{
    text->clear();
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    QCOMPARE(file.read(5), QByteArray("%PDF-"));
    // Every run of white space made one space: a sentence wrapped over lines, or a table cell's "(k = 5)" kept
    // together by no-break spaces, reads as written.
    *text = popplerOutput({QStringLiteral("pdftotext"), QStringLiteral("-layout"), path, QStringLiteral("-")})
                .normalized(QString::NormalizationForm_KC) // "ﬁ" ligatures, no-break spaces
                .simplified();
    QVERIFY2(!text->isEmpty(), "pdftotext read nothing");
}

// Tiny's withheld quarter: neither its score nor its count of answers, in any form.
void checkWithheldAbsent(const QString &text)
{
    QVERIFY(!text.contains(FigureStore::formatScore(4.0 / 3)));
    QVERIFY(!text.contains(FigureStore::formatScore(13.0 / 6))); // Payments, withheld with it
    static const QRegularExpression count(QStringLiteral("\\bn\\s*=\\s*3\\b|\\b3 (people|responses|respondents)\\b"));
    QVERIFY(!text.contains(count));
    QVERIFY(text.contains(QLatin1String("Withheld (k = 5)")));
}

} // namespace

class TestInsightsReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void buttonReportsTheTeamShown();
    void fileMenuReportsTheOrganisation();
    void cancelledWritesNothing();
    void failedSaveIsShown();
    void teamWithoutFiguresIsRefused();
    void reportDirectly();
    void suggestedFileName();

private:
    InsightsArea *area() const { return find<InsightsArea>(m_app->window.get(), "insightsArea"); }
    void showInsights();
    QString file(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<App> m_app;
    ReportData m_data;
};

void TestInsightsReport::initTestCase()
{
    initGuiTestCase();
    for (const char *tool : {"pdftotext", "pdfinfo"})
        QVERIFY2(!QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty(),
                 qPrintable(QStringLiteral("%1 is missing: install poppler-utils (apt-get install poppler-utils), "
                                           "as ./scripts/test does.")
                                .arg(QLatin1String(tool))));
}

void TestInsightsReport::init()
{
    STEP(newTestFolder(&m_dir, &m_path));
    m_data = {};
    STEP(insertReportData(m_path, &m_data));
    STEP(startApp(&m_app, m_path));
}

void TestInsightsReport::cleanup()
{
    reportMessageBoxes();
    m_app.reset();
    m_dir.reset();
}

void TestInsightsReport::showInsights()
{
    STEP(showAreaByShortcut(*m_app, MainWindow::InsightsPage));
    QVERIFY(area());
}

void TestInsightsReport::buttonReportsTheTeamShown()
{
    STEP(showInsights());
    auto *mode = find<QComboBox>(m_app->window.get(), "insightModeCombo");
    STEP(chooseByKeys(mode, int(InsightsArea::TeamTrend)));
    STEP(chooseByKeys(find<TeamComboBox>(m_app->window.get(), "insightTeamCombo"), m_data.engineering));
    auto *button = find<QPushButton>(m_app->window.get(), "exportReportButton");
    QVERIFY(button && button->isVisible());
    QVERIFY(button->toolTip().contains(QLatin1String("Engineering and every team below it")));

    // A name without a suffix gets ".pdf".
    FileChooser::setNextPath(file(QStringLiteral("engineering")));
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(FileChooser::asked(), QStringList{QStringLiteral("Export insights report")});
    QCOMPARE(MessageBox::shown(), QStringList());
    const QString saved = file(QStringLiteral("engineering.pdf"));
    QVERIFY(QFileInfo::exists(saved));
    QVERIFY(!QFileInfo::exists(file(QStringLiteral("engineering"))));
    QVERIFY(m_app->window->statusBar()->currentMessage().contains(QDir::toNativeSeparators(saved)));

    QString text;
    STEP(readPdf(saved, &text));
    const QString teams =
        QLocale().createSeparatedList({QStringLiteral("Payments"), QStringLiteral("Platform"), QStringLiteral("Tiny")});
    QVERIFY(text.contains(QStringLiteral("Engineering with the teams below it: %1.").arg(teams)));
    for (const char *expected : {"Survey insights", "What is withheld and why", "Engineering with all its teams",
                                 "The teams of Engineering", "Heatmap: mean score by team and quarter",
                                 "Mean score (1 to 7)", "2025 Q1", "2025 Q2", "2025 Q3", "Page 1 of"})
        QVERIFY2(text.contains(QLatin1String(expected)), expected);
    QVERIFY(!text.contains(QLatin1String("Support")));
    QVERIFY(!text.contains(QLatin1String("Newcomers")));
    // Platform's quarters, with how many answered; the department's second quarter counts all 17.
    for (double shown : {4.5, 4.75, 5.0, 55.0 / 17})
        QVERIFY2(text.contains(FigureStore::formatScore(shown)), qPrintable(FigureStore::formatScore(shown)));
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("\\bn\\s*=\\s*17\\b"))));
    STEP(checkWithheldAbsent(text));
}

void TestInsightsReport::fileMenuReportsTheOrganisation()
{
    STEP(showInsights());
    STEP(chooseByKeys(find<QComboBox>(m_app->window.get(), "insightModeCombo"), int(InsightsArea::Heatmap)));
    QVERIFY(find<QPushButton>(m_app->window.get(), "exportReportButton")
                ->toolTip()
                .contains(QLatin1String("whole organisation")));

    auto *menu = find<QMenu>(m_app->window.get(), "exportMenu");
    QVERIFY(menu);
    QAction *action = nullptr;
    for (QAction *candidate : menu->actions()) {
        if (candidate->objectName() == QLatin1String("insightsReportAction"))
            action = candidate;
    }
    QVERIFY(action);
    QCOMPARE(action->text(), QStringLiteral("Insights &report (PDF)…"));
    const QString saved = file(QStringLiteral("organisation.pdf"));
    FileChooser::setNextPath(saved);
    action->trigger();
    QCOMPARE(FileChooser::asked(), QStringList{QStringLiteral("Export insights report")});
    QCOMPARE(MessageBox::shown(), QStringList());

    QString text;
    STEP(readPdf(saved, &text));
    for (const char *expected : {"The whole organisation", "Engineering, all teams", "Payments", "Platform", "Tiny",
                                 "Support", "Departments (each with all its teams) and teams of their own"})
        QVERIFY2(text.contains(QLatin1String(expected)), expected);
    QVERIFY(text.contains(FigureStore::formatScore(3.6))); // Support's first quarter
    QVERIFY(!text.contains(QLatin1String("Newcomers")));   // no waves: nothing to show
    STEP(checkWithheldAbsent(text));
}

void TestInsightsReport::cancelledWritesNothing()
{
    STEP(showInsights());
    FileChooser::setNextPath(QString());
    QTest::mouseClick(find<QPushButton>(m_app->window.get(), "exportReportButton"), Qt::LeftButton);
    QCOMPARE(FileChooser::asked().size(), 1);
    QCOMPARE(MessageBox::shown(), QStringList());
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("*.pdf")}, QDir::Files), QStringList());
}

void TestInsightsReport::failedSaveIsShown()
{
    STEP(showInsights());
    const QString target = file(QStringLiteral("missing-folder/report.pdf"));
    FileChooser::setNextPath(target);
    QTest::mouseClick(find<QPushButton>(m_app->window.get(), "exportReportButton"), Qt::LeftButton);
    QCOMPARE(MessageBox::shown().size(), 1);
    QVERIFY2(MessageBox::shown().constFirst().contains(QDir::toNativeSeparators(target)),
             qPrintable(MessageBox::shown().constFirst()));
    QVERIFY(!QFileInfo::exists(file(QStringLiteral("missing-folder"))));
}

void TestInsightsReport::teamWithoutFiguresIsRefused()
{
    STEP(showInsights());
    STEP(chooseByKeys(find<QComboBox>(m_app->window.get(), "insightModeCombo"), int(InsightsArea::TeamTrend)));
    STEP(chooseByKeys(find<TeamComboBox>(m_app->window.get(), "insightTeamCombo"), m_data.newcomers));
    QCOMPARE(area()->reportTeamId(), m_data.newcomers);
    const QString target = file(QStringLiteral("newcomers.pdf"));
    FileChooser::setNextPath(target);
    QTest::mouseClick(find<QPushButton>(m_app->window.get(), "exportReportButton"), Qt::LeftButton);
    QCOMPARE(MessageBox::shown().size(), 1);
    QVERIFY2(MessageBox::shown().constFirst().contains(QLatin1String("no survey results for Newcomers yet")),
             qPrintable(MessageBox::shown().constFirst()));
    QVERIFY(!QFileInfo::exists(target));
}

void TestInsightsReport::reportDirectly()
{
    SurveyRepository &surveys = *m_app->surveys;
    InsightsReport::Options options;
    options.teamId = m_data.tiny;
    options.pageSize = QPageSize::Letter;
    options.date = QDate(2026, 3, 14);
    const QString tiny = file(QStringLiteral("tiny.pdf"));
    const Status saved = InsightsReport::save(surveys, options, tiny);
    QVERIFY2(saved, qPrintable(saved.error()));
    QString text;
    STEP(readPdf(tiny, &text));
    QVERIFY(text.contains(QLatin1String("Tiny (part of Engineering)")));
    QVERIFY(text.contains(QLocale().toString(options.date, QLocale::LongFormat)));
    for (const char *sibling : {"Payments", "Platform", "Support", "Engineering, all teams"})
        QVERIFY2(!text.contains(QLatin1String(sibling)), sibling);
    // Tiny's own visible quarters: 3.50 of six, 3.86 of seven; its middle quarter withheld.
    QVERIFY(text.contains(FigureStore::formatScore(3.5)));
    QVERIFY(text.contains(FigureStore::formatScore(27.0 / 7)));
    QVERIFY(text.contains(QLatin1String("Withheld: 1 of the 3 figures in this report.")));
    STEP(checkWithheldAbsent(text));
    const QString info = popplerOutput({QStringLiteral("pdfinfo"), tiny});
    QVERIFY2(info.contains(QLatin1String("612 x 792 pts (letter)")), qPrintable(info));
    QVERIFY2(info.contains(QLatin1String("Survey insights: Tiny")), qPrintable(info)); // the document's title

    // A team that is gone is refused, and nothing is written.
    options.teamId = 999999;
    const QString gone = file(QStringLiteral("gone.pdf"));
    const Status refused = InsightsReport::save(surveys, options, gone);
    QVERIFY(!refused);
    QVERIFY(refused.error().contains(QLatin1String("no longer exists")));
    QVERIFY(!QFileInfo::exists(gone));

    // To any device, too.
    options.teamId = 0;
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(InsightsReport::write(surveys, options, buffer));
    QVERIFY(buffer.data().startsWith("%PDF-"));
}

void TestInsightsReport::suggestedFileName()
{
    const QDate date(2026, 3, 14);
    QCOMPARE(InsightsReport::suggestedFileName(QStringLiteral("Engineering"), date),
             QStringLiteral("Insights report, Engineering, 2026-03-14.pdf"));
    QCOMPARE(InsightsReport::suggestedFileName(QString(), date), QStringLiteral("Insights report, 2026-03-14.pdf"));
    QCOMPARE(InsightsReport::suggestedFileName(QStringLiteral("Ops/SRE: EU"), date),
             QStringLiteral("Insights report, Ops-SRE- EU, 2026-03-14.pdf"));
}

QTEST_MAIN(TestInsightsReport)
#include "tst_insightsreport.moc"
