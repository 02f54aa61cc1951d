// The main window's Surveys area as a person uses it: reached with Ctrl+5, driven by clicks and typed keys on
// widgets found by objectName, and checked in the widgets and the database. A new wave through its dialog (and a
// refusal from the repository shown in it), a messy CSV export imported through the mapping dialog (problems by row
// and line, Import disabled until they are fixed, all or nothing), the mapping remembered for the same header, a
// file too large refused, the detail panel that shows figures only from k responses and comments only from the
// comment threshold, deleting a wave after asking, and custom instruments with their versions.
#include "MainWindow.h"
#include "common/MessageBox.h"
#include "common/SurveyData.h"
#include "common/TeamComboBox.h"
#include "gui/AppFixture.h"
#include "gui/GuiHelpers.h"
#include "item/SurveyWaveModel.h"
#include "storage/SurveyRepository.h"
#include "survey/Instruments.h"
#include "survey/Scoring.h"
#include "survey/SurveyCsv.h"
#include "surveys/CsvImportDialog.h"
#include "surveys/InstrumentDialog.h"
#include "surveys/SurveysArea.h"
#include "surveys/WaveDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace candor;
using namespace candor::testgui;

namespace {

// A CSV cell as a form tool quotes it.
QByteArray quoted(const QString &cell)
{
    QString text = cell;
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return '"' + text.toUtf8() + '"';
}

// A file of lines joined with CRLF, behind a UTF-8 byte order mark, as spreadsheet tools save "CSV UTF-8".
void writeCsv(const QString &path, const QList<QByteArray> &lines)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QByteArray bytes("\xEF\xBB\xBF");
    for (const QByteArray &line : lines)
        bytes += line + "\r\n";
    QCOMPARE(file.write(bytes), bytes.size());
}

// A message with a count as the application shows it: its English plural forms come from translations/candor_en.ts
// once `update_translations` has picked the message up.
QString counted(const char *context, const char *source, int n)
{
    return QCoreApplication::translate(context, source, nullptr, n);
}

} // namespace

class TestSurveysArea : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void wavesListed();
    void surveyMenuFromAnotherArea();
    void newWaveThroughDialog();
    void newWaveRefusedByRepository();
    void importMessyCsv();
    void mappingRememberedForSameHeader();
    void fileTooLargeRefused();
    void detailsOnlyFromK();
    void deleteWaveAsksFirst();
    void customInstrumentVersions();

private:
    void showSurveys();
    void selectWave(qint64 waveId);
    // Select the wave, Import CSV…: the dialog is open.
    void openImport(qint64 waveId, QPointer<CsvImportDialog> *dialog);
    // Types a path into the dialog's file field and presses Enter.
    void loadFile(CsvImportDialog *dialog, const QString &path);
    QStringList problems(CsvImportDialog *dialog) const
    {
        return itemTexts(find<QListWidget>(dialog, "csvProblemsList"));
    }
    // The header of a psych-safety export: the time, the seven statements (numbered), a comment column.
    QByteArray safetyHeader() const;
    // Adds respondents scoring `scores` (one each) to a wave through the repository.
    void addRespondents(qint64 waveId, const std::vector<int> &scores, const QStringList &comments = {});
    SurveysArea *area() const { return find<SurveysArea>(m_app->window.get(), "surveysArea"); }
    template <typename T>
    T *inArea(const char *name) const
    {
        return find<T>(area(), name);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<App> m_app;
    qint64 m_payments = 0;
    qint64 m_support = 0;
    qint64 m_pulse = 0; // Payments, psych-safety, k 5, comments from 6, 20 invited, four responses, two comments
    Instrument m_safety;
};

void TestSurveysArea::initTestCase()
{
    initGuiTestCase();
}

void TestSurveysArea::init()
{
    STEP(newTestFolder(&m_dir, &m_path));
    {
        testdata::Store store(m_path);
        QVERIFY2(store.status, qPrintable(store.status.error()));
        const Result<qint64> payments = store.teams.insertTeam(testdata::makeTeam(QStringLiteral("Payments")));
        const Result<qint64> support = store.teams.insertTeam(testdata::makeTeam(QStringLiteral("Support")));
        QVERIFY(payments && support);
        m_payments = *payments;
        m_support = *support;
        SurveyRepository surveys(store.database);
        SurveyWave wave;
        wave.teamId = m_payments;
        wave.title = QStringLiteral("Pulse");
        wave.opens = QDate::currentDate().addDays(-3);
        wave.invited = 20;
        wave.k = 5;
        wave.commentK = 6;
        const Result<qint64> pulse = surveys.createWave(wave, testdata::psychSafety);
        QVERIFY2(pulse, qPrintable(pulse.error()));
        m_pulse = *pulse;
        m_safety = *surveys.latestInstrument(testdata::psychSafety);
        std::vector<SurveyAnswers> answers;
        for (int score : {4, 4, 5, 5})
            answers.push_back(testdata::answersScoring(m_safety, score));
        answers[0].comment = QStringLiteral("More pairing, please.");
        answers[2].comment = QStringLiteral("On-call feels calmer.");
        QVERIFY(surveys.importResponses(m_pulse, answers));
    }
    STEP(startApp(&m_app, m_path));
}

void TestSurveysArea::cleanup()
{
    reportMessageBoxes();
    m_app.reset();
    m_dir.reset();
}

void TestSurveysArea::showSurveys()
{
    QTest::keyClick(m_app->window.get(), Qt::Key_5, Qt::ControlModifier);
    QVERIFY(area());
    QTRY_VERIFY(area()->isVisible());
    QCOMPARE(find<QListWidget>(m_app->window.get(), "navigation")->currentRow(), int(MainWindow::SurveysPage));
}

void TestSurveysArea::selectWave(qint64 waveId)
{
    auto *table = inArea<QTableView>("waveTable");
    STEP(clickRow(table, rowOfId(table->model(), waveId, SurveyWaveModel::IdRole)));
    QCOMPARE(area()->selectedWaveId(), waveId);
}

void TestSurveysArea::openImport(qint64 waveId, QPointer<CsvImportDialog> *dialog)
{
    STEP(showSurveys());
    STEP(selectWave(waveId));
    QTest::mouseClick(inArea<QPushButton>("importCsvButton"), Qt::LeftButton);
    QTRY_VERIFY(find<CsvImportDialog>(area(), "csvImportDialog"));
    *dialog = find<CsvImportDialog>(area(), "csvImportDialog");
    QVERIFY(QTest::qWaitForWindowExposed(dialog->data()));
    QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(dialog->data()));
    QVERIFY(!find<QPushButton>(dialog->data(), "csvImportButton")->isEnabled());
}

void TestSurveysArea::loadFile(CsvImportDialog *dialog, const QString &path)
{
    auto *edit = find<QLineEdit>(dialog, "csvPathEdit");
    STEP(retype(edit, path));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(dialog->filePath(), path);
}

QByteArray TestSurveysArea::safetyHeader() const
{
    QList<QByteArray> cells{quoted(QStringLiteral("Timestamp"))};
    for (int i = 0; i < m_safety.itemCount(); ++i)
        cells.append(quoted(QStringLiteral("%1. %2").arg(i + 1).arg(m_safety.items[size_t(i)].text)));
    cells.append(quoted(QStringLiteral("Anything else? (comment)")));
    return cells.join(',');
}

void TestSurveysArea::addRespondents(qint64 waveId, const std::vector<int> &scores, const QStringList &comments)
{
    std::vector<SurveyAnswers> answers;
    for (size_t i = 0; i < scores.size(); ++i) {
        answers.push_back(testdata::answersScoring(m_safety, scores[i]));
        if (int(i) < comments.size())
            answers.back().comment = comments.at(int(i));
    }
    const Status status = m_app->surveys->importResponses(waveId, answers);
    QVERIFY2(status, qPrintable(status.error()));
}

void TestSurveysArea::wavesListed()
{
    STEP(showSurveys());
    auto *table = inArea<QTableView>("waveTable");
    QCOMPARE(columnTexts(table->model(), SurveyWaveModel::TitleColumn), QStringList(QStringLiteral("Pulse")));
    QCOMPARE(columnTexts(table->model(), SurveyWaveModel::ResponsesColumn),
             QStringList(QStringLiteral("Withheld (k = 5)")));
    QVERIFY(!inArea<QLabel>("surveysEmptyHint")->isVisible());
    // Kiosk, Import and Delete need a wave.
    for (const char *name : {"kioskButton", "importCsvButton", "deleteWaveButton"})
        QVERIFY2(!inArea<QPushButton>(name)->isEnabled(), name);
    QVERIFY(inArea<QLabel>("waveDetailsPlaceholder")->isVisible());
    STEP(selectWave(m_pulse));
    for (const char *name : {"kioskButton", "importCsvButton", "deleteWaveButton"})
        QVERIFY2(inArea<QPushButton>(name)->isEnabled(), name);
    // The team filter: Support has no waves.
    STEP(chooseByKeys(inArea<TeamComboBox>("surveyTeamFilter"), m_support));
    QCOMPARE(table->model()->rowCount(), 0);
    QVERIFY(inArea<QLabel>("surveysEmptyHint")->isVisible());
    STEP(chooseByKeys(inArea<TeamComboBox>("surveyTeamFilter"), m_payments));
    QCOMPARE(table->model()->rowCount(), 1);
}

void TestSurveysArea::surveyMenuFromAnotherArea()
{
    STEP(showAreaByShortcut(*m_app, MainWindow::InsightsPage));
    STEP(showAreaByNavigation(*m_app, MainWindow::SurveysPage));
    STEP(showAreaByShortcut(*m_app, MainWindow::IncidentsPage));
    // Survey > New wave… (Ctrl+Shift+W) shows the Surveys area and opens the dialog there.
    QTest::keyClick(m_app->window.get(), Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(find<WaveDialog>(area(), "waveDialog"));
    QPointer<WaveDialog> dialog = find<WaveDialog>(area(), "waveDialog");
    QVERIFY(area()->isVisible());
    QCOMPARE(find<QListWidget>(m_app->window.get(), "navigation")->currentRow(), int(MainWindow::SurveysPage));
    QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(dialog.data()));
    QTest::keyClick(dialog.data(), Qt::Key_Escape);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
}

void TestSurveysArea::newWaveThroughDialog()
{
    STEP(showSurveys());
    QTest::mouseClick(inArea<QPushButton>("newWaveButton"), Qt::LeftButton);
    QTRY_VERIFY(find<WaveDialog>(area(), "waveDialog"));
    QPointer<WaveDialog> dialog = find<WaveDialog>(area(), "waveDialog");
    QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(dialog.data()));
    auto *team = find<TeamComboBox>(dialog.data(), "waveTeamCombo");
    auto *instrument = find<QComboBox>(dialog.data(), "waveInstrumentCombo");
    auto *title = find<QLineEdit>(dialog.data(), "waveTitleEdit");
    auto *opens = find<QDateEdit>(dialog.data(), "waveOpensEdit");
    auto *hasClose = find<QCheckBox>(dialog.data(), "waveHasCloseCheck");
    auto *closes = find<QDateEdit>(dialog.data(), "waveClosesEdit");
    auto *invited = find<QSpinBox>(dialog.data(), "waveInvitedSpin");
    auto *k = find<QSpinBox>(dialog.data(), "waveKSpin");
    auto *commentK = find<QSpinBox>(dialog.data(), "waveCommentKSpin");
    QVERIFY(team && instrument && title && opens && hasClose && closes && invited && k && commentK);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(team));
    // Defaults: today, open-ended, invited not known, k 5 with comments from k; the note says they are frozen.
    QCOMPARE(opens->date(), QDate::currentDate());
    QVERIFY(!hasClose->isChecked());
    QVERIFY(!closes->isEnabled());
    QCOMPARE(invited->text(), QStringLiteral("Not known"));
    QCOMPARE(k->value(), 5);
    QCOMPARE(k->minimum(), 3);
    QCOMPARE(k->maximum(), 10);
    QCOMPARE(commentK->value(), 5);
    QVERIFY(
        find<QLabel>(dialog.data(), "waveFrozenNote")->text().contains(QLatin1String("frozen when the wave opens")));
    // Built-ins and their descriptions.
    QCOMPARE(instrument->count(), 3);
    QCOMPARE(instrument->itemText(0), QStringLiteral("Team psychological safety"));
    QVERIFY(find<QLabel>(dialog.data(), "waveInstrumentDescription")
                ->text()
                .startsWith(Instruments::displayDescription(m_safety)));

    // OK without a team: refused inline, the team field focused.
    title->setFocus();
    QTest::mouseClick(find<QPushButton>(dialog.data(), "okButton"), Qt::LeftButton);
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY2(dialog->errorText().contains(QLatin1String("Choose the team the wave is for.")),
             qPrintable(dialog->errorText()));
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(team));

    STEP(chooseByKeys(team, m_support));
    STEP(chooseByKeys(instrument, QStringLiteral("westrum")));
    QVERIFY(find<QLabel>(dialog.data(), "waveInstrumentDescription")
                ->text()
                .endsWith(
                    counted("candor::WaveDialog", "%n question(s) on a %1-point scale.", 6).arg(QStringLiteral("7"))));
    STEP(typeInto(title, QStringLiteral("Culture, autumn")));
    // A closing day before the opening day is refused.
    STEP(clickCheckBox(hasClose));
    QVERIFY(closes->isEnabled());
    closes->setDate(QDate::currentDate().addDays(-1));
    QTest::mouseClick(find<QPushButton>(dialog.data(), "okButton"), Qt::LeftButton);
    QVERIFY2(dialog->errorText().contains(QLatin1String("The wave closes before it opens")),
             qPrintable(dialog->errorText()));
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(hasClose)); // the field with the problem
    closes->setDate(QDate::currentDate().addDays(14));
    STEP(retype(invited, QStringLiteral("12")));
    // k up to 6: the comment threshold follows until chosen, then stays at least k.
    k->setFocus();
    QTest::keyClick(k, Qt::Key_Up);
    QCOMPARE(k->value(), 6);
    QCOMPARE(commentK->value(), 6);
    QCOMPARE(commentK->minimum(), 6);
    STEP(retype(commentK, QStringLiteral("8")));
    QCOMPARE(commentK->value(), 8);
    k->setFocus();
    QTest::keyClick(k, Qt::Key_Down);
    QCOMPARE(commentK->value(), 8);

    QTest::mouseClick(find<QPushButton>(dialog.data(), "okButton"), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
    const QList<SurveyWaveRow> waves = m_app->surveys->waves(m_support);
    QCOMPARE(waves.size(), 1);
    const SurveyWave &created = waves.first().wave;
    QCOMPARE(waves.first().instrumentKey, QStringLiteral("westrum"));
    QCOMPARE(created.title, QStringLiteral("Culture, autumn"));
    QCOMPARE(created.opens, QDate::currentDate());
    QCOMPARE(created.closes, QDate::currentDate().addDays(14));
    QCOMPARE(created.invited, 12);
    QCOMPARE(created.k, 5);
    QCOMPARE(created.commentK, 8);
    // Listed and selected; the details say what it is and show nothing yet.
    QCOMPARE(area()->selectedWaveId(), created.id);
    QCOMPARE(inArea<QLabel>("waveDetailTitle")->text(), QStringLiteral("Culture, autumn"));
    QCOMPARE(inArea<QLabel>("waveDetailTeam")->text(), QStringLiteral("Support"));
    QCOMPARE(inArea<QLabel>("waveDetailInstrument")->text(), QStringLiteral("Team culture (Westrum), version 1"));
    QCOMPARE(inArea<QLabel>("waveDetailThresholds")->text(),
             QStringLiteral("Figures from 5 responses (k), comments from 8. Frozen when the wave opened."));
    QCOMPARE(inArea<QLabel>("waveWithheldNote")->text(),
             QStringLiteral("Withheld: fewer than 5 responses, or held back so that a smaller group cannot be worked "
                            "out from the figures shown. Nothing is shown, so no one can be singled out."));
}

void TestSurveysArea::newWaveRefusedByRepository()
{
    STEP(showSurveys());
    QTest::mouseClick(inArea<QPushButton>("newWaveButton"), Qt::LeftButton);
    QTRY_VERIFY(find<WaveDialog>(area(), "waveDialog"));
    QPointer<WaveDialog> dialog = find<WaveDialog>(area(), "waveDialog");
    QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(dialog.data()));
    STEP(chooseByKeys(find<TeamComboBox>(dialog.data(), "waveTeamCombo"), m_support));
    // The team goes while the dialog is open: the repository refuses, the dialog stays with the reason.
    QVERIFY(m_app->teams->removeTeam(m_support));
    QTest::mouseClick(find<QPushButton>(dialog.data(), "okButton"), Qt::LeftButton);
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY2(dialog->errorText().startsWith(QLatin1String("There is no team")), qPrintable(dialog->errorText()));
    QCOMPARE(m_app->surveys->waves().size(), 1);
    QTest::mouseClick(find<QPushButton>(dialog.data(), "cancelButton"), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
}

void TestSurveysArea::importMessyCsv()
{
    const QString path = m_dir->filePath(QStringLiteral("export.csv"));
    // Labels in any case, a quoted comment over two lines (so row 2 starts on line 4), one answer that is no
    // answer and one left blank.
    STEP(writeCsv(path, {safetyHeader(),
                         "2025/03/01 10:00,Disagree,Agree,Strongly disagree,Somewhat agree,Disagree,Agree,"
                         "Strongly agree,\"Good team.\r\nBut \"\"busy\"\".\"",
                         "2025/03/01 10:05,strongly disagree,maybe,disagree,agree,2,6,7,",
                         "2025/03/01 10:09,3,5,,5,3,5,6,"}));
    QPointer<CsvImportDialog> dialog;
    STEP(openImport(m_pulse, &dialog));
    STEP(loadFile(dialog.data(), path));
    QCOMPARE(find<QLabel>(dialog.data(), "csvFileSummary")->text(),
             counted("candor::CsvImportDialog", "%n column(s)", 9) + QStringLiteral(", ") +
                 counted("candor::CsvImportDialog", "%n row(s) below the header", 3));
    auto *preview = find<QTableWidget>(dialog.data(), "csvPreview");
    QCOMPARE(preview->columnCount(), 9);
    QCOMPARE(preview->horizontalHeaderItem(0)->text(), QStringLiteral("Timestamp")); // no BOM left
    QCOMPARE(preview->rowCount(), 3);
    // The columns were matched by their headings.
    SurveyCsv::Mapping guessed = dialog->mapping();
    QCOMPARE(guessed.itemColumns, std::vector<int>({1, 2, 3, 4, 5, 6, 7}));
    QCOMPARE(guessed.commentColumn, 8);
    QVERIFY(find<QComboBox>(dialog.data(), "csvItemColumn2")
                ->currentText()
                .startsWith(QStringLiteral("3. 2. ") + m_safety.items[1].text.left(20)));

    // Both problems listed with their row and line; nothing may be imported.
    const QStringList listed = problems(dialog.data());
    QCOMPARE(listed.size(), 2);
    QVERIFY2(listed.at(0).startsWith(QLatin1String("Row 2 (line 4), column 3")), qPrintable(listed.at(0)));
    QVERIFY2(listed.at(0).contains(QStringLiteral("“maybe”")), qPrintable(listed.at(0)));
    QVERIFY2(listed.at(1).startsWith(QLatin1String("Row 3 (line 5), column 4")), qPrintable(listed.at(1)));
    QVERIFY2(listed.at(1).contains(QLatin1String("blank")), qPrintable(listed.at(1)));
    QCOMPARE(find<QLabel>(dialog.data(), "csvStatus")->text(),
             counted("candor::CsvImportDialog",
                     "%n problem(s) to fix before anything can be imported: correct the file or the columns above.",
                     2));
    auto *import = find<QPushButton>(dialog.data(), "csvImportButton");
    QVERIFY(!import->isEnabled());

    // A mapping that leaves a question out is a problem too, listed at once; putting it back clears it.
    auto *fourth = find<QComboBox>(dialog.data(), "csvItemColumn4");
    STEP(chooseByKeys(fourth, -1));
    QVERIFY(problems(dialog.data()).first().startsWith(QLatin1String("Question 4 ")));
    STEP(chooseByKeys(fourth, 4));
    QCOMPARE(problems(dialog.data()).size(), 2);

    // The file fixed and read again: ready, then imported all at once.
    STEP(writeCsv(path, {safetyHeader(),
                         "2025/03/01 10:00,Disagree,Agree,Strongly disagree,Somewhat agree,Disagree,Agree,"
                         "Strongly agree,\"Good team.\r\nBut \"\"busy\"\".\"",
                         "2025/03/01 10:05,strongly disagree,Neither agree nor disagree,disagree,agree,2,6,7,",
                         "2025/03/01 10:09,3,5,4,5,3,5,6,"}));
    STEP(loadFile(dialog.data(), path));
    QCOMPARE(problems(dialog.data()), QStringList());
    QCOMPARE(find<QLabel>(dialog.data(), "csvStatus")->text(),
             counted("candor::CsvImportDialog", "Ready to import %n response(s).", 3));
    QVERIFY(import->isEnabled());
    QTest::mouseClick(import, Qt::LeftButton);
    QCOMPARE(find<QLabel>(dialog.data(), "csvStatus")->text(),
             counted("candor::CsvImportDialog", "Imported %n response(s).", 3));
    QCOMPARE(dialog->importedCount(), 3);
    QVERIFY(!import->isEnabled()); // not twice
    QCOMPARE(m_app->surveys->responseCount(m_pulse), 7);
    std::vector<std::vector<int>> stored = m_app->surveys->answers(m_pulse);
    const std::vector<std::vector<int>> imported = {
        {2, 6, 1, 5, 2, 6, 7}, {1, 4, 2, 6, 2, 6, 7}, {3, 5, 4, 5, 3, 5, 6}};
    for (const std::vector<int> &row : imported)
        QVERIFY(std::find(stored.cbegin(), stored.cend(), row) != stored.cend());
    const QStringList comments = m_app->surveys->comments(m_pulse);
    QCOMPARE(comments.size(), 3);
    QVERIFY(std::any_of(comments.cbegin(), comments.cend(), [](const QString &comment) {
        return comment.startsWith(QLatin1String("Good team.")) && comment.endsWith(QLatin1String("But \"busy\"."));
    }));
    QTest::mouseClick(find<QPushButton>(dialog.data(), "csvCloseButton"), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
    // Seven responses now: the wave shows.
    QTRY_COMPARE(cellText(inArea<QTableView>("waveTable")->model(), m_pulse, SurveyWaveModel::IdRole,
                          SurveyWaveModel::ResponsesColumn),
                 QStringLiteral("7"));
}

void TestSurveysArea::mappingRememberedForSameHeader()
{
    const QByteArray header = "Q1,Q2,Q3,Q4,Q5,Q6,Q7,Notes";
    const QString first = m_dir->filePath(QStringLiteral("march.csv"));
    STEP(writeCsv(first, {header, "1,2,3,4,5,6,7,fine", "7,6,5,4,3,2,1,"}));
    QPointer<CsvImportDialog> dialog;
    STEP(openImport(m_pulse, &dialog));
    STEP(loadFile(dialog.data(), first));
    // Nothing matches these headings: every question says so, and Import waits.
    for (int i = 1; i <= 7; ++i)
        QCOMPARE(find<QComboBox>(dialog.data(), QStringLiteral("csvItemColumn%1").arg(i))->currentText(),
                 QStringLiteral("(not in the file)"));
    QCOMPARE(problems(dialog.data()).size(), 7);
    QVERIFY(!find<QPushButton>(dialog.data(), "csvImportButton")->isEnabled());
    // Chosen by keys: question n in column Qn, comments in Notes.
    for (int i = 1; i <= 7; ++i)
        STEP(chooseByKeys(find<QComboBox>(dialog.data(), QStringLiteral("csvItemColumn%1").arg(i)), i - 1));
    STEP(chooseByKeys(find<QComboBox>(dialog.data(), "csvCommentColumn"), 7));
    QCOMPARE(problems(dialog.data()), QStringList());
    QTest::mouseClick(find<QPushButton>(dialog.data(), "csvImportButton"), Qt::LeftButton);
    QCOMPARE(dialog->importedCount(), 2);
    QTest::mouseClick(find<QPushButton>(dialog.data(), "csvCloseButton"), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
    QVERIFY(m_app->surveys->comments(m_pulse).contains(QStringLiteral("fine")));

    // The next export of the same form, into another wave: the same columns, chosen already.
    SurveyWave wave;
    wave.teamId = m_payments;
    wave.title = QStringLiteral("April");
    wave.opens = QDate::currentDate();
    const Result<qint64> april = m_app->surveys->createWave(wave, testdata::psychSafety);
    QVERIFY(april);
    const QString second = m_dir->filePath(QStringLiteral("april.csv"));
    STEP(writeCsv(second, {header, "2,2,2,2,2,2,2,", "3,3,3,3,3,3,3,good"}));
    STEP(openImport(*april, &dialog));
    STEP(loadFile(dialog.data(), second));
    QCOMPARE(dialog->mapping().itemColumns, std::vector<int>({0, 1, 2, 3, 4, 5, 6}));
    QCOMPARE(dialog->mapping().commentColumn, 7);
    QCOMPARE(find<QLabel>(dialog.data(), "csvMappingNote")->text(),
             QStringLiteral("The columns you chose last time for a file with these headings."));
    QVERIFY(find<QPushButton>(dialog.data(), "csvImportButton")->isEnabled());

    // A header of another form is matched afresh; a file with no rows has nothing to import.
    const QString empty = m_dir->filePath(QStringLiteral("empty.csv"));
    STEP(writeCsv(empty, {"Q1,Q2,Q3,Q4,Q5,Q6,Q7,Remarks"}));
    STEP(loadFile(dialog.data(), empty));
    QCOMPARE(dialog->mapping().itemColumns, std::vector<int>(7, -1));
    for (int i = 1; i <= 7; ++i)
        STEP(chooseByKeys(find<QComboBox>(dialog.data(), QStringLiteral("csvItemColumn%1").arg(i)), i - 1));
    QCOMPARE(problems(dialog.data()), QStringList());
    QCOMPARE(find<QLabel>(dialog.data(), "csvStatus")->text(),
             QStringLiteral("The file has no rows of answers below its header."));
    QVERIFY(!find<QPushButton>(dialog.data(), "csvImportButton")->isEnabled());
    QCOMPARE(m_app->surveys->responseCount(*april), 0);
}

void TestSurveysArea::fileTooLargeRefused()
{
    const QString path = m_dir->filePath(QStringLiteral("huge.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(SurveyCsv::MaximumBytes + 1)); // sparse: no 50 MB written
    }
    QPointer<CsvImportDialog> dialog;
    STEP(openImport(m_pulse, &dialog));
    STEP(loadFile(dialog.data(), path));
    auto *problem = find<QLabel>(dialog.data(), "csvFileProblem");
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QLatin1String("larger than any survey export")), qPrintable(problem->text()));
    QVERIFY(!find<QPushButton>(dialog.data(), "csvImportButton")->isEnabled());
    // A path with no file says so too.
    STEP(loadFile(dialog.data(), m_dir->filePath(QStringLiteral("missing.csv"))));
    QVERIFY2(problem->text().startsWith(QLatin1String("There is no file at")), qPrintable(problem->text()));
}

void TestSurveysArea::detailsOnlyFromK()
{
    STEP(showSurveys());
    STEP(selectWave(m_pulse));
    QCOMPARE(inArea<QLabel>("waveDetailTitle")->text(), QStringLiteral("Pulse"));
    QCOMPARE(inArea<QLabel>("waveDetailTeam")->text(), QStringLiteral("Payments"));
    QCOMPARE(inArea<QLabel>("waveDetailInvited")->text(), QStringLiteral("20"));
    auto *note = inArea<QLabel>("waveWithheldNote");
    auto *respondents = inArea<QLabel>("waveRespondents");
    auto *comments = inArea<QListWidget>("waveCommentList");
    // Four responses: nothing but the note.
    QCOMPARE(note->text(),
             QStringLiteral("Withheld: fewer than 5 responses, or held back so that a smaller group cannot be worked "
                            "out from the figures shown. Nothing is shown, so no one can be singled out."));
    QVERIFY(!respondents->isVisible());
    QVERIFY(!inArea<QLabel>("waveMean")->isVisible());
    QVERIFY(!inArea<QTableWidget>("waveItemMeans")->isVisible());
    QVERIFY(!comments->isVisible());
    QCOMPARE(comments->count(), 0);
    for (const QLabel *label : area()->findChildren<QLabel *>()) {
        if (label->isVisible())
            QVERIFY2(!label->text().contains(QLatin1Char('4')) || label == inArea<QLabel>("waveDetailDates"),
                     qPrintable(label->objectName() + QStringLiteral(": ") + label->text()));
    }

    // The fifth: the figures, but not yet the comments (from six).
    STEP(addRespondents(m_pulse, {6}));
    QTRY_VERIFY(respondents->isVisible());
    QCOMPARE(respondents->text(), QStringLiteral("5"));
    const double sd = std::sqrt(((4 - 4.8) * (4 - 4.8) * 2 + (5 - 4.8) * (5 - 4.8) * 2 + (6 - 4.8) * (6 - 4.8)) / 4);
    const double half = scoring::studentT975(4) * sd / std::sqrt(5.0);
    const QLocale locale;
    QCOMPARE(inArea<QLabel>("waveMean")->text(),
             QStringLiteral("%1 (95% confidence interval %2 to %3) on a scale of 1 to 7")
                 .arg(locale.toString(4.8, 'f', 2), locale.toString(4.8 - half, 'f', 2),
                      locale.toString(4.8 + half, 'f', 2)));
    QCOMPARE(inArea<QLabel>("waveDistribution")->text(),
             QStringLiteral("0% unfavourable, 40% neutral, 60% favourable"));
    QCOMPARE(inArea<QLabel>("waveResponseRate")->text(), QStringLiteral("25% of 20 invited"));
    QVERIFY(inArea<QLabel>("waveResponseRate")->isVisible());
    QVERIFY(!inArea<QLabel>("waveAlpha")->isVisible()); // too few answers for alpha to mean anything
    auto *items = inArea<QTableWidget>("waveItemMeans");
    QVERIFY(items->isVisible());
    QCOMPARE(items->rowCount(), 7);
    QCOMPARE(items->item(0, 0)->text(), QStringLiteral("Mistakes held against you"));
    QCOMPARE(items->item(0, 1)->text(), locale.toString(4.8, 'f', 2));
    QVERIFY(!comments->isVisible());
    QCOMPARE(comments->count(), 0);
    QCOMPARE(inArea<QLabel>("waveCommentsNote")->text(),
             QStringLiteral("Comments are shown from 6 responses, so no one is known by how they write."));

    // The sixth: the comments too, in random order.
    STEP(addRespondents(m_pulse, {3}, {QStringLiteral("Quieter standups.")}));
    QTRY_VERIFY(comments->isVisible());
    QStringList shown = itemTexts(comments);
    shown.sort();
    QCOMPARE(shown, QStringList({QStringLiteral("More pairing, please."), QStringLiteral("On-call feels calmer."),
                                 QStringLiteral("Quieter standups.")}));
    // Ten with varied answers: Cronbach's alpha as well.
    std::vector<SurveyAnswers> varied;
    for (const std::vector<int> &scored :
         {std::vector<int>{2, 3, 2, 3, 2, 3, 2}, std::vector<int>{6, 7, 6, 5, 7, 6, 6},
          std::vector<int>{4, 4, 5, 4, 3, 4, 5}, std::vector<int>{5, 6, 6, 7, 6, 5, 6}})
        varied.push_back(testdata::answersScoring(m_safety, scored));
    QVERIFY(m_app->surveys->importResponses(m_pulse, varied));
    QTRY_VERIFY(inArea<QLabel>("waveAlpha")->isVisible());
    QVERIFY2(inArea<QLabel>("waveAlpha")->text().startsWith(QLatin1String("Cronbach's alpha ")),
             qPrintable(inArea<QLabel>("waveAlpha")->text()));
    QCOMPARE(respondents->text(), QStringLiteral("10"));
}

void TestSurveysArea::deleteWaveAsksFirst()
{
    STEP(showSurveys());
    STEP(selectWave(m_pulse));
    MessageBox::clearShown();
    // Cancel (the default): nothing happens.
    QTest::mouseClick(inArea<QPushButton>("deleteWaveButton"), Qt::LeftButton);
    QCOMPARE(MessageBox::shown(),
             QStringList(QStringLiteral("Delete the wave “Pulse” of Payments? This removes all its answers and "
                                        "comments. This cannot be undone.")));
    QCOMPARE(m_app->surveys->waves().size(), 1);
    // Yes, with the Delete key on the table: gone with its answers and comments.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    inArea<QTableView>("waveTable")->setFocus();
    QTest::keyClick(inArea<QTableView>("waveTable"), Qt::Key_Delete);
    QCOMPARE(m_app->surveys->waves().size(), 0);
    QCOMPARE(m_app->surveys->responseCount(m_pulse), 0);
    QCOMPARE(m_app->surveys->comments(m_pulse), QStringList());
    QCOMPARE(inArea<QTableView>("waveTable")->model()->rowCount(), 0);
    QVERIFY(inArea<QLabel>("waveDetailsPlaceholder")->isVisible());
    QVERIFY(!inArea<QPushButton>("deleteWaveButton")->isEnabled());
}

void TestSurveysArea::customInstrumentVersions()
{
    STEP(showSurveys());
    QTest::mouseClick(inArea<QPushButton>("instrumentsButton"), Qt::LeftButton);
    QTRY_VERIFY(find<InstrumentDialog>(area(), "instrumentDialog"));
    QPointer<InstrumentDialog> dialog = find<InstrumentDialog>(area(), "instrumentDialog");
    QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(dialog.data()));
    auto *list = find<QListWidget>(dialog.data(), "instrumentList");
    auto *name = find<QLineEdit>(dialog.data(), "instrumentNameEdit");
    auto *description = find<QLineEdit>(dialog.data(), "instrumentDescriptionEdit");
    auto *scale = find<QSpinBox>(dialog.data(), "instrumentScaleSpin");
    auto *items = find<QTableWidget>(dialog.data(), "instrumentItemsTable");
    auto *save = find<QPushButton>(dialog.data(), "saveInstrumentButton");
    auto *saved = find<QLabel>(dialog.data(), "instrumentSavedNote");
    QCOMPARE(itemTexts(list), QStringList({QStringLiteral("Team psychological safety (built in)"),
                                           QStringLiteral("Team culture (Westrum) (built in)"),
                                           QStringLiteral("Team health check (built in)")}));
    // A built-in shows its questions, read only.
    QCOMPARE(list->currentRow(), 0);
    QCOMPARE(items->rowCount(), 7);
    QCOMPARE(items->item(0, 0)->text(), Instruments::displayText(m_safety, m_safety.items[0]));
    QCOMPARE(items->item(0, 2)->checkState(), Qt::Checked);
    QVERIFY(!(items->item(0, 0)->flags() & Qt::ItemIsEditable));
    QVERIFY(name->isReadOnly());
    QVERIFY(!save->isVisible());
    QVERIFY(find<QLabel>(dialog.data(), "instrumentBuiltInNote")->isVisible());

    // A new one: name, description, a 4-point scale, two questions (the second reverse-scored).
    QTest::mouseClick(find<QPushButton>(dialog.data(), "newInstrumentButton"), Qt::LeftButton);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(name));
    QVERIFY(save->isVisible());
    QVERIFY(scale->isEnabled());
    QCOMPARE(scale->value(), 5);
    QTest::keyClicks(name, QStringLiteral("Deploy confidence"));
    STEP(typeInto(description, QStringLiteral("How safe shipping feels")));
    scale->setFocus();
    QTest::keyClick(scale, Qt::Key_Down);
    QCOMPARE(scale->value(), 4);
    for (const QString &text : {QStringLiteral("I can deploy on a Friday"), QStringLiteral("Rollbacks scare me")}) {
        QTest::mouseClick(find<QPushButton>(dialog.data(), "addItemButton"), Qt::LeftButton);
        QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget()->parentWidget() == items->viewport());
        QTest::keyClicks(QApplication::focusWidget(), text);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    }
    QCOMPARE(items->rowCount(), 2);
    items->setFocus();
    items->setCurrentCell(1, 2);
    QTest::keyClick(items, Qt::Key_Space);
    QCOMPARE(items->item(1, 2)->checkState(), Qt::Checked);
    QVERIFY(dialog->hasUnsavedChanges());
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(saved->text(), QStringLiteral("Saved as version 1. New waves can ask it now."));
    QVERIFY(!dialog->hasUnsavedChanges());
    const QString key = Instruments::customKey(QStringLiteral("Deploy confidence"));
    const Result<Instrument> first = m_app->surveys->latestInstrument(key);
    QVERIFY2(first, qPrintable(first.error()));
    QCOMPARE(first->version, 1);
    QCOMPARE(first->scalePoints, 4);
    QCOMPARE(first->description, QStringLiteral("How safe shipping feels"));
    QCOMPARE(first->items.size(), size_t(2));
    QCOMPARE(first->items[0].text, QStringLiteral("I can deploy on a Friday"));
    QVERIFY(!first->items[0].reversed);
    QVERIFY(first->items[1].reversed);
    QCOMPARE(list->currentItem()->text(), QStringLiteral("Deploy confidence (version 1)"));
    // Its scale is fixed now, and the dialog says why.
    QVERIFY(!scale->isEnabled());
    QVERIFY(find<QLabel>(dialog.data(), "instrumentScaleNote")
                ->text()
                .startsWith(QLatin1String("The scale is fixed once the instrument exists")));

    // A wave asks version 1.
    SurveyWave wave;
    wave.teamId = m_support;
    wave.opens = QDate::currentDate();
    const Result<qint64> asked = m_app->surveys->createWave(wave, key);
    QVERIFY2(asked, qPrintable(asked.error()));

    // A question reworded and a third added: version 2; the wave keeps version 1.
    items->setFocus();
    items->setCurrentCell(0, 0);
    QTest::keyClick(items, Qt::Key_F2);
    QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget()->parentWidget() == items->viewport());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("I would deploy on a Friday afternoon"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    // An empty question is refused by the save, with the reason in the dialog.
    QTest::mouseClick(find<QPushButton>(dialog.data(), "addItemButton"), Qt::LeftButton);
    QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget()->parentWidget() == items->viewport());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTest::mouseClick(save, Qt::LeftButton);
    auto *problem = find<QLabel>(dialog.data(), "instrumentProblem");
    QVERIFY(problem->isVisible());
    QCOMPARE(problem->text(), QStringLiteral("Every question needs its text. Remove empty questions."));
    QCOMPARE(m_app->surveys->latestInstrument(key)->version, 1);
    // Typed in, moved to the top, saved.
    items->setFocus();
    QCOMPARE(items->currentRow(), 1);
    QTest::keyClick(items, Qt::Key_F2);
    QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget()->parentWidget() == items->viewport());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Our pipeline catches my mistakes"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(items->currentRow(), 1);
    QTest::mouseClick(find<QPushButton>(dialog.data(), "moveItemUpButton"), Qt::LeftButton);
    QCOMPARE(items->item(0, 0)->text(), QStringLiteral("Our pipeline catches my mistakes"));
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(!problem->isVisible());
    QCOMPARE(saved->text(), QStringLiteral("Saved as version 2. Waves already run keep the version they asked; new "
                                           "waves ask this one."));
    const Result<Instrument> second = m_app->surveys->latestInstrument(key);
    QCOMPARE(second->version, 2);
    QCOMPARE(second->items.size(), size_t(3));
    QCOMPARE(second->items[0].text, QStringLiteral("Our pipeline catches my mistakes"));
    QCOMPARE(second->items[1].text, QStringLiteral("I would deploy on a Friday afternoon"));
    QCOMPARE(m_app->surveys->wave(*asked)->instrumentVersion, 1);
    QCOMPARE(cellText(inArea<QTableView>("waveTable")->model(), *asked, SurveyWaveModel::IdRole,
                      SurveyWaveModel::InstrumentColumn),
             QStringLiteral("Deploy confidence, version 1"));
    QCOMPARE(list->currentItem()->text(), QStringLiteral("Deploy confidence (version 2)"));

    // Unsaved changes are not lost by a click elsewhere: the dialog asks (Cancel keeps them).
    STEP(typeInto(description, QStringLiteral(" on Fridays")));
    MessageBox::clearShown();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(0)).center());
    QCOMPARE(MessageBox::shown().size(), 1);
    QCOMPARE(description->text(), QStringLiteral("How safe shipping feels on Fridays"));
    QCOMPARE(list->currentItem()->text(), QStringLiteral("Deploy confidence (version 2)"));
    MessageBox::setNextAnswer(QMessageBox::Discard);
    QTest::mouseClick(find<QPushButton>(dialog.data(), "instrumentCloseButton"), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(m_app->surveys->latestInstrument(key)->description, QStringLiteral("How safe shipping feels"));
}

QTEST_MAIN(TestSurveysArea)
#include "tst_surveysarea.moc"
