// A survey wave run in kiosk mode from the Surveys area, driven with the keys and clicks people use on a shared
// screen: six respondents one after another, and after each submit nothing of that person left in any widget (no
// checked answer, no text, no undo history in the comment box, no Back to them, the intro or the first question
// on screen); the kiosk never shows a result or a count, and the area shows none while the kiosk collects. Also a
// health check's trend keys, Back within one person, a failed submit that keeps the answers, Escape that asks
// before ending the session or discarding a person's answers, and "Thank you" that returns to the intro by itself.
#include "MainWindow.h"
#include "common/MessageBox.h"
#include "common/SurveyData.h"
#include "gui/AppFixture.h"
#include "gui/GuiHelpers.h"
#include "item/SurveyWaveModel.h"
#include "storage/SurveyRepository.h"
#include "survey/Instruments.h"
#include "surveys/KioskRespondent.h"
#include "surveys/KioskWindow.h"
#include "surveys/SurveysArea.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

#include <algorithm>
#include <memory>

using namespace candor;
using namespace candor::testgui;

namespace {

// The texts a window shows (labels, buttons, its title), visible ones only, in widget order.
QStringList visibleTexts(const QWidget *root)
{
    QStringList texts{root->windowTitle()};
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        if (label->isVisible())
            texts.append(label->text());
    }
    for (const QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (button->isVisible())
            texts.append(button->text());
    }
    return texts;
}

} // namespace

class TestKiosk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void sixRespondentsLeaveNothingBehind();
    void healthCheckTrendKeys();
    void backStaysWithinOnePerson();
    void failedSubmitKeepsAnswers();
    void escapeAsksFirst();
    void thanksReturnsToIntro();

private:
    // Ctrl+5, a click on the wave's row, Run in kiosk mode…: the kiosk is on screen and active.
    void openKiosk(qint64 waveId);
    // A key as a person presses it: to whichever widget has the focus in the kiosk.
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = {});
    // One person from the intro to "Thank you", keys only (or the mouse for Start and Submit when `mouse`).
    void answerAll(const std::vector<int> &values, const QString &comment, bool mouse);
    // Nothing of the person before is left in any widget of the kiosk.
    void checkNothingLeft();
    template <typename T>
    T *kiosk(const char *name) const
    {
        return find<T>(m_kiosk.data(), name);
    }
    QString responsesCell(qint64 waveId) const
    {
        const QTableView *table = find<QTableView>(m_app->window.get(), "waveTable");
        return cellText(table->model(), waveId, SurveyWaveModel::IdRole, SurveyWaveModel::ResponsesColumn);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<App> m_app;
    QPointer<KioskWindow> m_kiosk;
    qint64 m_team = 0;
    qint64 m_safetyWave = 0; // psych-safety, k 5, comments from 6, no responses
    qint64 m_healthWave = 0; // health-check, k 3
    Instrument m_safety;
};

void TestKiosk::initTestCase()
{
    initGuiTestCase();
}

void TestKiosk::init()
{
    STEP(newTestFolder(&m_dir, &m_path));
    {
        testdata::Store store(m_path);
        QVERIFY2(store.status, qPrintable(store.status.error()));
        const Result<qint64> team = store.teams.insertTeam(testdata::makeTeam(QStringLiteral("Payments")));
        QVERIFY(team);
        m_team = *team;
        SurveyRepository surveys(store.database);
        SurveyWave wave;
        wave.teamId = m_team;
        wave.title = QStringLiteral("Spring pulse");
        wave.opens = QDate::currentDate();
        wave.k = 5;
        wave.commentK = 6;
        const Result<qint64> safety = surveys.createWave(wave, testdata::psychSafety);
        QVERIFY2(safety, qPrintable(safety.error()));
        m_safetyWave = *safety;
        wave.title = QStringLiteral("Health check");
        wave.k = wave.commentK = 3;
        const Result<qint64> health = surveys.createWave(wave, testdata::healthCheck);
        QVERIFY2(health, qPrintable(health.error()));
        m_healthWave = *health;
        m_safety = *surveys.latestInstrument(testdata::psychSafety);
    }
    STEP(startApp(&m_app, m_path));
}

void TestKiosk::cleanup()
{
    reportMessageBoxes();
    MessageBox::setScripted(true);
    delete m_kiosk.data();
    m_app.reset();
    m_dir.reset();
}

void TestKiosk::openKiosk(qint64 waveId)
{
    QTest::keyClick(m_app->window.get(), Qt::Key_5, Qt::ControlModifier);
    auto *area = find<SurveysArea>(m_app->window.get(), "surveysArea");
    QVERIFY(area);
    QTRY_VERIFY(area->isVisible());
    auto *table = find<QTableView>(area, "waveTable");
    STEP(clickRow(table, rowOfId(table->model(), waveId, SurveyWaveModel::IdRole)));
    QCOMPARE(area->selectedWaveId(), waveId);
    QTest::mouseClick(find<QPushButton>(area, "kioskButton"), Qt::LeftButton);
    QTRY_VERIFY(area->kioskOf(waveId));
    m_kiosk = area->kioskOf(waveId);
    QCOMPARE(m_kiosk->objectName(), QStringLiteral("kioskWindow"));
    QVERIFY(QTest::qWaitForWindowExposed(m_kiosk.data()));
    QVERIFY(m_kiosk->isFullScreen());
    STEP(activate(m_kiosk.data()));
    m_kiosk->setThanksDuration(60 * 60 * 1000); // the tests press Next person themselves
    // The intro, with the promise, and Start ready for Enter or a tap.
    QVERIFY(kiosk<QWidget>("kioskIntroPage")->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(kiosk<QPushButton>("kioskStartButton")));
}

void TestKiosk::press(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QWidget *focus = QApplication::focusWidget();
    QVERIFY2(focus && focus->window() == m_kiosk.data(), "the kiosk has no focus");
    QTest::keyClick(focus, key, modifiers);
}

void TestKiosk::answerAll(const std::vector<int> &values, const QString &comment, bool mouse)
{
    if (mouse)
        QTest::mouseClick(kiosk<QPushButton>("kioskStartButton"), Qt::LeftButton);
    else
        STEP(press(Qt::Key_Space));
    QTRY_VERIFY(kiosk<QWidget>("kioskQuestionPage") && kiosk<QWidget>("kioskQuestionPage")->isVisible());
    auto *progress = kiosk<QLabel>("kioskProgress");
    auto *statement = kiosk<QLabel>("kioskStatement");
    for (size_t i = 0; i < values.size(); ++i) {
        QCOMPARE(progress->text(), QStringLiteral("Question %1 of %2").arg(i + 1).arg(values.size()));
        QCOMPARE(statement->text(), Instruments::displayText(m_safety, m_safety.items[i]));
        // Nothing is chosen when a question appears for the first time.
        for (QAbstractButton *button : kiosk<QWidget>("kioskQuestionPage")->findChildren<QAbstractButton *>())
            QVERIFY2(!button->isChecked(), qPrintable(button->objectName()));
        if (mouse && i % 2 == 1)
            QTest::mouseClick(kiosk<QPushButton>(qPrintable(QStringLiteral("kioskAnswer%1").arg(values[i]))),
                              Qt::LeftButton);
        else
            STEP(press(Qt::Key(Qt::Key_0 + values[i])));
    }
    auto *box = kiosk<QPlainTextEdit>("kioskComment");
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(box));
    if (!comment.isEmpty())
        QTest::keyClicks(box, comment);
    if (mouse)
        QTest::mouseClick(kiosk<QPushButton>("kioskSubmitButton"), Qt::LeftButton);
    else
        STEP(press(Qt::Key_Return, Qt::ControlModifier));
    QTRY_VERIFY(kiosk<QWidget>("kioskThanksPage")->isVisible());
}

void TestKiosk::checkNothingLeft()
{
    QVERIFY(m_kiosk);
    // One respondent's widgets, all new: only one exists, at its first question.
    const QList<KioskRespondent *> respondents = m_kiosk->findChildren<KioskRespondent *>();
    QCOMPARE(respondents.size(), 1);
    QCOMPARE(respondents.first()->currentQuestion(), 0);
    QVERIFY(!respondents.first()->isComplete());
    for (const QAbstractButton *button : m_kiosk->findChildren<QAbstractButton *>())
        QVERIFY2(!button->isChecked(), qPrintable(button->objectName() + QStringLiteral(" is checked")));
    for (const QPlainTextEdit *edit : m_kiosk->findChildren<QPlainTextEdit *>()) {
        QCOMPARE(edit->toPlainText(), QString());
        QVERIFY(!edit->document()->isUndoAvailable());
        QVERIFY(!edit->document()->isRedoAvailable());
    }
    for (const QTextEdit *edit : m_kiosk->findChildren<QTextEdit *>())
        QVERIFY(edit->toPlainText().isEmpty() && !edit->document()->isUndoAvailable());
    for (const QLineEdit *edit : m_kiosk->findChildren<QLineEdit *>())
        QVERIFY(edit->text().isEmpty() && !edit->isUndoAvailable());
    QCOMPARE(kiosk<QLabel>("kioskStatement")->text(), Instruments::displayText(m_safety, m_safety.items[0]));
    QCOMPARE(kiosk<QLabel>("kioskProgress")->text(), QStringLiteral("Question 1 of 7"));
    QVERIFY(!kiosk<QPushButton>("kioskBackButton")->isEnabled());
    QVERIFY(!kiosk<QPushButton>("kioskNextButton")->isEnabled());
    QVERIFY(kiosk<QLabel>("kioskError")->text().isEmpty());
}

void TestKiosk::sixRespondentsLeaveNothingBehind()
{
    STEP(openKiosk(m_safetyWave));
    QCOMPARE(kiosk<QLabel>("kioskTeam")->text(), QStringLiteral("Payments: Spring pulse"));
    QCOMPARE(kiosk<QLabel>("kioskInstrument")->text(), QStringLiteral("Team psychological safety"));
    QCOMPARE(kiosk<QLabel>("kioskDescription")->text(), Instruments::displayDescription(m_safety));
    QCOMPARE(kiosk<QLabel>("kioskPromise")->text(),
             QStringLiteral("Your answers are anonymous. Results are shown only when at least 5 people have "
                            "answered; comments only when at least 6 have."));
    const QStringList intro = visibleTexts(m_kiosk.data());
    QStringList thanks;
    // The area shows no figure of the wave while the kiosk collects.
    QCOMPARE(responsesCell(m_safetyWave), QStringLiteral("Collecting in kiosk mode"));

    const std::vector<std::vector<int>> people = {{7, 6, 1, 7, 2, 6, 7}, {1, 2, 3, 4, 5, 6, 7}, {4, 4, 4, 4, 4, 4, 4},
                                                  {2, 3, 5, 6, 1, 7, 3}, {6, 6, 2, 5, 2, 5, 6}, {3, 5, 4, 2, 6, 1, 2}};
    const QStringList comments = {
        QStringLiteral("Retros feel safer since spring."), QString(), QString(),
        QStringLiteral("More time for 1:1s, please."),     QString(), QStringLiteral("Thanks for asking")};
    for (int person = 0; person < 6; ++person) {
        STEP(answerAll(people[size_t(person)], comments.at(person), person % 2 == 1));
        QCOMPARE(m_app->surveys->responseCount(m_safetyWave), person + 1);
        // Before the next person: nothing of this one anywhere, and "Thank you" the same for everyone.
        STEP(checkNothingLeft());
        if (thanks.isEmpty())
            thanks = visibleTexts(m_kiosk.data());
        QCOMPARE(visibleTexts(m_kiosk.data()), thanks);
        if (person % 2 == 0)
            QTest::mouseClick(kiosk<QPushButton>("kioskNextPersonButton"), Qt::LeftButton);
        else
            STEP(press(Qt::Key_Escape)); // Esc on "Thank you" is Next person too
        QTRY_VERIFY(kiosk<QWidget>("kioskIntroPage")->isVisible());
        STEP(checkNothingLeft());
        // The intro says exactly what it said before anyone answered: no count, no result.
        QCOMPARE(visibleTexts(m_kiosk.data()), intro);
        QCOMPARE(responsesCell(m_safetyWave), QStringLiteral("Collecting in kiosk mode"));
    }

    // Every answer landed as given (in random order), and the comments apart from them.
    std::vector<std::vector<int>> stored = m_app->surveys->answers(m_safetyWave);
    std::vector<std::vector<int>> expected = people;
    std::sort(stored.begin(), stored.end());
    std::sort(expected.begin(), expected.end());
    QCOMPARE(stored, expected);
    QStringList storedComments = m_app->surveys->comments(m_safetyWave);
    storedComments.sort();
    QStringList expectedComments = comments;
    expectedComments.removeAll(QString());
    expectedComments.sort();
    QCOMPARE(storedComments, expectedComments);

    // Esc on the intro ends the session after asking; the figures come back in the area.
    MessageBox::clearShown();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    STEP(press(Qt::Key_Escape));
    QTRY_VERIFY(m_kiosk.isNull());
    QCOMPARE(MessageBox::shown(),
             QStringList(QStringLiteral("End kiosk mode for this wave? Answers already submitted are saved.")));
    QTRY_COMPARE(responsesCell(m_safetyWave), QStringLiteral("6"));
}

void TestKiosk::healthCheckTrendKeys()
{
    STEP(openKiosk(m_healthWave));
    STEP(press(Qt::Key_Return));
    QTRY_VERIFY(kiosk<QWidget>("kioskQuestionPage")->isVisible());
    auto *progress = kiosk<QLabel>("kioskProgress");
    QCOMPARE(progress->text(), QStringLiteral("Question 1 of 10"));
    QCOMPARE(kiosk<QPushButton>("kioskAnswer3")->text(), QStringLiteral("3   Going well"));
    // A value alone does not move on: the trend is asked too (B, S or W, or its row of buttons).
    STEP(press(Qt::Key_3));
    QCOMPARE(progress->text(), QStringLiteral("Question 1 of 10"));
    QVERIFY(kiosk<QPushButton>("kioskAnswer3")->isChecked());
    STEP(press(Qt::Key_B));
    QCOMPARE(progress->text(), QStringLiteral("Question 2 of 10"));
    // The trend first, then the value.
    STEP(press(Qt::Key_W));
    QCOMPARE(progress->text(), QStringLiteral("Question 2 of 10"));
    QVERIFY(kiosk<QPushButton>("kioskTrendWorse")->isChecked());
    STEP(press(Qt::Key_1));
    QCOMPARE(progress->text(), QStringLiteral("Question 3 of 10"));
    // A key beyond the scale answers nothing.
    STEP(press(Qt::Key_4));
    QCOMPARE(progress->text(), QStringLiteral("Question 3 of 10"));
    QVERIFY(!kiosk<QPushButton>("kioskNextButton")->isEnabled());
    for (int i = 2; i < 10; ++i) {
        STEP(press(Qt::Key_2));
        QTest::mouseClick(kiosk<QPushButton>("kioskTrendSame"), Qt::LeftButton);
    }
    QTRY_VERIFY(kiosk<QPlainTextEdit>("kioskComment")->isVisible());
    QTest::mouseClick(kiosk<QPushButton>("kioskSubmitButton"), Qt::LeftButton);
    QTRY_VERIFY(kiosk<QWidget>("kioskThanksPage")->isVisible());
    QCOMPARE(m_app->surveys->responseCount(m_healthWave), 1);

    QSqlQuery q(m_app->database.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT a.position, a.value, a.trend FROM survey_answer a JOIN survey_response r"
                                  " ON r.id = a.response_id WHERE r.wave_id = %1 ORDER BY a.position")
                       .arg(m_healthWave)));
    QStringList stored;
    while (q.next())
        stored.append(QStringLiteral("%1:%2").arg(q.value(1).toInt()).arg(q.value(2).toInt()));
    QCOMPARE(stored,
             QStringList({QStringLiteral("3:1"), QStringLiteral("1:-1"), QStringLiteral("2:0"), QStringLiteral("2:0"),
                          QStringLiteral("2:0"), QStringLiteral("2:0"), QStringLiteral("2:0"), QStringLiteral("2:0"),
                          QStringLiteral("2:0"), QStringLiteral("2:0")}));
}

void TestKiosk::backStaysWithinOnePerson()
{
    STEP(openKiosk(m_safetyWave));
    STEP(press(Qt::Key_Space));
    QTRY_VERIFY(kiosk<QWidget>("kioskQuestionPage")->isVisible());
    auto *progress = kiosk<QLabel>("kioskProgress");
    auto *back = kiosk<QPushButton>("kioskBackButton");
    // No Back from the first question: there is nothing before it of this person.
    QVERIFY(!back->isEnabled());
    STEP(press(Qt::Key_Backspace));
    QCOMPARE(progress->text(), QStringLiteral("Question 1 of 7"));
    STEP(press(Qt::Key_6));
    STEP(press(Qt::Key_2));
    QCOMPARE(progress->text(), QStringLiteral("Question 3 of 7"));
    // Back shows the answer given; another key changes it and moves on again.
    QTest::mouseClick(back, Qt::LeftButton);
    QCOMPARE(progress->text(), QStringLiteral("Question 2 of 7"));
    QVERIFY(kiosk<QPushButton>("kioskAnswer2")->isChecked());
    QVERIFY(kiosk<QPushButton>("kioskNextButton")->isEnabled());
    STEP(press(Qt::Key_Backspace));
    QCOMPARE(progress->text(), QStringLiteral("Question 1 of 7"));
    QVERIFY(kiosk<QPushButton>("kioskAnswer6")->isChecked());
    STEP(press(Qt::Key_Return)); // Enter keeps the answer and goes on
    QCOMPARE(progress->text(), QStringLiteral("Question 2 of 7"));
    STEP(press(Qt::Key_5));
    QCOMPARE(progress->text(), QStringLiteral("Question 3 of 7"));
    QVERIFY(!kiosk<QPushButton>("kioskAnswer2")->isChecked()); // question 3 has no answer yet
    for (int i = 2; i < 7; ++i)
        STEP(press(Qt::Key_4));
    auto *box = kiosk<QPlainTextEdit>("kioskComment");
    QTRY_VERIFY(box->isVisible());
    QTest::keyClicks(box, QStringLiteral("ok"));
    // Back from the comment to the last question, and forward again: the comment stays.
    QTest::mouseClick(kiosk<QPushButton>("kioskCommentBackButton"), Qt::LeftButton);
    QCOMPARE(progress->text(), QStringLiteral("Question 7 of 7"));
    QVERIFY(kiosk<QPushButton>("kioskAnswer4")->isChecked());
    QTest::mouseClick(kiosk<QPushButton>("kioskNextButton"), Qt::LeftButton);
    QTRY_VERIFY(box->isVisible());
    QCOMPARE(box->toPlainText(), QStringLiteral("ok"));
    QTest::mouseClick(kiosk<QPushButton>("kioskSubmitButton"), Qt::LeftButton);
    QTRY_VERIFY(kiosk<QWidget>("kioskThanksPage")->isVisible());
    const std::vector<std::vector<int>> stored = m_app->surveys->answers(m_safetyWave);
    QCOMPARE(stored, std::vector<std::vector<int>>({{6, 5, 4, 4, 4, 4, 4}}));
    STEP(checkNothingLeft());
}

void TestKiosk::failedSubmitKeepsAnswers()
{
    STEP(openKiosk(m_safetyWave));
    STEP(press(Qt::Key_Space));
    for (int i = 0; i < 7; ++i)
        STEP(press(Qt::Key_3));
    auto *box = kiosk<QPlainTextEdit>("kioskComment");
    QTRY_VERIFY(box->isVisible());
    QTest::keyClicks(box, QStringLiteral("Keep this"));
    // The wave is deleted elsewhere while this person answers: the submit fails and says so.
    QVERIFY(m_app->surveys->removeWave(m_safetyWave));
    QTest::mouseClick(kiosk<QPushButton>("kioskSubmitButton"), Qt::LeftButton);
    QTRY_VERIFY(!kiosk<QLabel>("kioskError")->text().isEmpty());
    QVERIFY2(kiosk<QLabel>("kioskError")->text().startsWith(QLatin1String("Your answers could not be saved:")),
             qPrintable(kiosk<QLabel>("kioskError")->text()));
    QVERIFY(kiosk<QLabel>("kioskError")->isVisible());
    QVERIFY(box->isVisible());
    QCOMPARE(box->toPlainText(), QStringLiteral("Keep this"));
    QVERIFY(kiosk<KioskRespondent>("kioskRespondent")->isComplete());
    QTest::mouseClick(kiosk<QPushButton>("kioskCommentBackButton"), Qt::LeftButton);
    QVERIFY(kiosk<QPushButton>("kioskAnswer3")->isChecked());
}

void TestKiosk::escapeAsksFirst()
{
    STEP(openKiosk(m_safetyWave));
    // Esc on the intro asks; No keeps the kiosk.
    MessageBox::clearShown();
    MessageBox::setNextAnswer(QMessageBox::No);
    STEP(press(Qt::Key_Escape));
    QTRY_COMPARE(MessageBox::shown().size(), 1);
    QVERIFY(m_kiosk && m_kiosk->isVisible());
    // Closing the window asks the same.
    m_kiosk->close();
    QTRY_COMPARE(MessageBox::shown().size(), 2); // scripted: No, the default
    QVERIFY(m_kiosk && m_kiosk->isVisible());

    // Esc while a person answers asks whether to discard their answers; No keeps them.
    STEP(activate(m_kiosk.data()));
    QTest::mouseClick(kiosk<QPushButton>("kioskStartButton"), Qt::LeftButton);
    QTRY_VERIFY(kiosk<QWidget>("kioskQuestionPage")->isVisible());
    STEP(press(Qt::Key_7));
    STEP(press(Qt::Key_6));
    MessageBox::clearShown();
    MessageBox::setNextAnswer(QMessageBox::No);
    STEP(press(Qt::Key_Escape));
    QTRY_COMPARE(MessageBox::shown(),
                 QStringList(QStringLiteral(
                     "Discard this person's answers and go back to the start? Nothing of them is saved.")));
    QCOMPARE(kiosk<QLabel>("kioskProgress")->text(), QStringLiteral("Question 3 of 7"));
    QTest::mouseClick(kiosk<QPushButton>("kioskBackButton"), Qt::LeftButton);
    QVERIFY(kiosk<QPushButton>("kioskAnswer6")->isChecked());
    // Yes: back to the intro with nothing of them left, and nothing saved.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    STEP(press(Qt::Key_Escape));
    QTRY_VERIFY(kiosk<QWidget>("kioskIntroPage")->isVisible());
    STEP(checkNothingLeft());
    QCOMPARE(m_app->surveys->responseCount(m_safetyWave), 0);

    // The touch way out: Discard my answers on a question, then the comment page's.
    QTest::mouseClick(kiosk<QPushButton>("kioskStartButton"), Qt::LeftButton);
    QTRY_VERIFY(kiosk<QWidget>("kioskQuestionPage")->isVisible());
    STEP(press(Qt::Key_1));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(kiosk<QPushButton>("kioskDiscardButton"), Qt::LeftButton);
    QTRY_VERIFY(kiosk<QWidget>("kioskIntroPage")->isVisible());
    STEP(checkNothingLeft());

    // Ending the session while a person answers says their answers go.
    QTest::mouseClick(kiosk<QPushButton>("kioskStartButton"), Qt::LeftButton);
    QTRY_VERIFY(kiosk<QWidget>("kioskQuestionPage")->isVisible());
    STEP(press(Qt::Key_2));
    MessageBox::clearShown();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_kiosk->close();
    QTRY_VERIFY(m_kiosk.isNull());
    QCOMPARE(MessageBox::shown(),
             QStringList(QStringLiteral("End kiosk mode? The answers of the person answering now are discarded; "
                                        "answers already submitted are saved.")));
    QCOMPARE(m_app->surveys->responseCount(m_safetyWave), 0);
}

void TestKiosk::thanksReturnsToIntro()
{
    STEP(openKiosk(m_safetyWave));
    m_kiosk->setThanksDuration(50);
    STEP(answerAll({1, 1, 1, 1, 1, 1, 1}, {}, false));
    QTRY_VERIFY(kiosk<QWidget>("kioskIntroPage")->isVisible());
    STEP(checkNothingLeft());
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(kiosk<QPushButton>("kioskStartButton")));
}

QTEST_MAIN(TestKiosk)
#include "tst_kiosk.moc"
