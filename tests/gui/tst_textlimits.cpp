// Text limits in the GUI and at the storage edge: a multi-line editor refuses a paste or a keystroke that would pass
// its limit (text unchanged, a message that gives both lengths), replacing a selection counts what it removes; a
// table cell holding a text longer than a line edit's default 32,767 characters is edited without being cut; a
// survey comment over the limit is refused whole, from the repository and from nothing else written.
#include "common/SurveyData.h"
#include "common/TextLimits.h"
#include "postmortem/BlameMarks.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace candor;
using namespace candor::testdata;

namespace {

// Exposes the paste and drop entry point, as a paste from the clipboard or a drop reaches it.
class PastingEdit : public LimitedTextEdit
{
public:
    using LimitedTextEdit::LimitedTextEdit;
    void pasteText(const QString &text)
    {
        QMimeData mime;
        mime.setText(text);
        insertFromMimeData(&mime);
    }
};

} // namespace

class TestTextLimits : public QObject
{
    Q_OBJECT

private slots:
    void pasteOverTheLimitIsRefused();
    void pasteReplacingASelectionCountsWhatItRemoves();
    void typingAtTheLimitIsRefused();
    void consoleEntriesHoldTheTextLimit();
    void longCellTextIsEditedWhole();
    void typingSurvivesAChangeFromElsewhere();
    void surveyCommentOverTheLimitIsRefused();
    void surveyTitlesAndQuestionsOverTheLimitAreRefused();
};

void TestTextLimits::pasteOverTheLimitIsRefused()
{
    PastingEdit edit(QStringLiteral("Kept"));
    QCOMPARE(edit.maximumLength(), Limits::TextLength);
    QSignalSpy refused(&edit, &LimitedTextEdit::refused);
    edit.moveCursor(QTextCursor::End);

    edit.pasteText(QString(Limits::TextLength - 4 + 1, QLatin1Char('x')));
    QCOMPARE(edit.toPlainText(), QStringLiteral("Kept"));
    QCOMPARE(refused.size(), 1);
    const QString message = refused.first().first().toString();
    QCOMPARE(message, LimitedTextEdit::refusalMessage(Limits::TextLength + 1, Limits::TextLength));
    QVERIFY2(message.contains(QLocale().toString(Limits::TextLength + 1)), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Nothing was added")), qPrintable(message));

    // Exactly up to the limit is fine.
    edit.pasteText(QString(Limits::TextLength - 4, QLatin1Char('y')));
    QCOMPARE(edit.toPlainText().size(), Limits::TextLength);
    QCOMPARE(refused.size(), 1);
}

void TestTextLimits::pasteReplacingASelectionCountsWhatItRemoves()
{
    PastingEdit edit;
    edit.setMaximumLength(10);
    QSignalSpy refused(&edit, &LimitedTextEdit::refused);
    edit.setPlainText(QStringLiteral("abcdefghij"));
    edit.selectAll();
    edit.pasteText(QStringLiteral("0123456789"));
    QCOMPARE(edit.toPlainText(), QStringLiteral("0123456789"));
    QCOMPARE(refused.size(), 0);

    // Five selected, six pasted: one over.
    QTextCursor cursor = edit.textCursor();
    cursor.setPosition(0);
    cursor.setPosition(5, QTextCursor::KeepAnchor);
    edit.setTextCursor(cursor);
    edit.pasteText(QStringLiteral("ABCDEF"));
    QCOMPARE(edit.toPlainText(), QStringLiteral("0123456789"));
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().first().toString(), LimitedTextEdit::refusalMessage(11, 10));
}

void TestTextLimits::typingAtTheLimitIsRefused()
{
    LimitedTextEdit edit;
    edit.setMaximumLength(5);
    QSignalSpy refused(&edit, &LimitedTextEdit::refused);
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    QTest::keyClicks(&edit, QStringLiteral("abcdefg"));
    QCOMPARE(edit.toPlainText(), QStringLiteral("abcde"));
    QCOMPARE(refused.size(), 2);
    // Deleting and moving still work at the limit.
    QTest::keyClick(&edit, Qt::Key_Backspace);
    QTest::keyClick(&edit, Qt::Key_Left);
    QTest::keyClicks(&edit, QStringLiteral("X"));
    QCOMPARE(edit.toPlainText(), QStringLiteral("abcXd"));
    QCOMPARE(refused.size(), 2);
}

void TestTextLimits::consoleEntriesHoldTheTextLimit()
{
    // The console's entries, notes and summary are BlameTextEdits: the same limit, the same refusal.
    const BlameLanguageChecker checker = BlameLanguageChecker::forLanguage(QStringLiteral("en"));
    BlameTextEdit entry(checker, {}, true);
    QCOMPARE(entry.maximumLength(), Limits::TextLength);
    QSignalSpy refused(&entry, &LimitedTextEdit::refused);
    entry.setText(QStringLiteral("Deploy started"));
    // Through the clipboard, as Ctrl+V does (the offscreen platform keeps an in-process clipboard).
    QGuiApplication::clipboard()->setText(QString(Limits::TextLength, QLatin1Char('z')));
    entry.moveCursor(QTextCursor::End);
    entry.paste();
    QCOMPARE(entry.text(), QStringLiteral("Deploy started"));
    QCOMPARE(refused.size(), 1);
}

void TestTextLimits::longCellTextIsEditedWhole()
{
    const QString longText = QString(50000, QLatin1Char('e')) + QStringLiteral(" end");
    QStandardItemModel model(1, 1);
    model.setData(model.index(0, 0), longText);
    QTableView view;
    view.setModel(&model);
    const QStyleOptionViewItem option;

    // What a plain delegate does: its line edit keeps 32,767 characters, so confirming the cell cuts the text.
    QStyledItemDelegate plain;
    QWidget *plainEditor = plain.createEditor(view.viewport(), option, model.index(0, 0));
    plain.setEditorData(plainEditor, model.index(0, 0));
    QStandardItemModel cut(1, 1);
    plain.setModelData(plainEditor, &cut, cut.index(0, 0));
    QCOMPARE(cut.data(cut.index(0, 0)).toString().size(), 32767);
    delete plainEditor;

    // The long-text delegate (and the blame-mark delegate built on it) keeps it whole.
    const BlameLanguageChecker checker = BlameLanguageChecker::forLanguage(QStringLiteral("en"));
    LongTextDelegate longDelegate;
    BlameMarkDelegate marks(checker, {});
    for (QStyledItemDelegate *delegate :
         {static_cast<QStyledItemDelegate *>(&longDelegate), static_cast<QStyledItemDelegate *>(&marks)}) {
        QWidget *editor = delegate->createEditor(view.viewport(), option, model.index(0, 0));
        delegate->setEditorData(editor, model.index(0, 0));
        QStandardItemModel kept(1, 1);
        delegate->setModelData(editor, &kept, kept.index(0, 0));
        QCOMPARE(kept.data(kept.index(0, 0)).toString(), longText);
        delete editor;
    }
}

// Another desktop changes the item whose cell is being edited: what the person typed stays in the editor, a note
// says what is stored now, and Enter writes theirs (the model gets it) while Escape keeps what is stored.
void TestTextLimits::typingSurvivesAChangeFromElsewhere()
{
    QStandardItemModel model(2, 1);
    model.setData(model.index(0, 0), QStringLiteral("Alert threshold too high"));
    model.setData(model.index(1, 0), QStringLiteral("Runbook out of date"));
    QTableView view;
    view.setModel(&model);
    view.setItemDelegate(new LongTextDelegate(&view));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    // Nothing typed yet: the editor follows what is stored.
    view.edit(model.index(1, 0));
    auto *untouched = view.viewport()->findChild<QLineEdit *>();
    QVERIFY(untouched);
    model.setData(model.index(1, 0), QStringLiteral("Runbook missing the failover step"));
    QCOMPARE(untouched->text(), QStringLiteral("Runbook missing the failover step"));
    QVERIFY(untouched->toolTip().isEmpty());
    QTest::keyClick(untouched, Qt::Key_Escape);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the closed editor is gone

    // Typed, then changed elsewhere: the typing stays and the note names the stored text.
    view.edit(model.index(0, 0));
    auto *editor = view.viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Paging threshold set for daytime load"));
    model.setData(model.index(0, 0), QStringLiteral("Alert fired only after ten minutes"));
    QCOMPARE(editor->text(), QStringLiteral("Paging threshold set for daytime load"));
    QVERIFY2(editor->toolTip().contains(QStringLiteral("Alert fired only after ten minutes")),
             qPrintable(editor->toolTip()));
    // Enter: the person chose to write theirs over it.
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits from the event loop.
    QTRY_COMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("Paging threshold set for daytime load"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    // Escape after such a change keeps what is stored.
    view.edit(model.index(0, 0));
    editor = view.viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Mine"));
    model.setData(model.index(0, 0), QStringLiteral("Theirs"));
    QCOMPARE(editor->text(), QStringLiteral("Mine"));
    QTest::keyClick(editor, Qt::Key_Escape);
    QTest::qWait(50);
    QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("Theirs"));
}

void TestTextLimits::surveyCommentOverTheLimitIsRefused()
{
    SurveyStore store;
    QVERIFY2(store.status, qPrintable(store.status.error()));
    Team checkout;
    checkout.name = QStringLiteral("Checkout");
    const Result<qint64> team = store.teams.insertTeam(checkout);
    QVERIFY2(team, qPrintable(team.error()));
    qint64 wave = 0;
    STEP(addWave(store.surveys, *team, psychSafety, QDate(2026, 3, 2), {}, &wave));
    const Result<Instrument> instrument = store.surveys.latestInstrument(psychSafety);
    QVERIFY(instrument);

    std::vector<SurveyAnswers> responses(2, answersScoring(*instrument, 5));
    responses[1].comment = QString(Limits::TextLength + 1, QLatin1Char('c'));
    const Status status = store.surveys.importResponses(wave, responses);
    QVERIFY(!status);
    QVERIFY2(status.error().startsWith(QStringLiteral("Response 2: The comment has %1 characters")
                                           .arg(QLocale().toString(Limits::TextLength + 1))),
             qPrintable(status.error()));
    // All or nothing: the good response was not kept either.
    QCOMPARE(store.surveys.responseCount(wave), 0);

    responses[1].comment.chop(1);
    const Status atLimit = store.surveys.importResponses(wave, responses);
    QVERIFY2(atLimit, qPrintable(atLimit.error()));
    QCOMPARE(store.surveys.responseCount(wave), 2);
    QCOMPARE(store.surveys.comments(wave).value(0).size(), Limits::TextLength);
}

void TestTextLimits::surveyTitlesAndQuestionsOverTheLimitAreRefused()
{
    SurveyStore store;
    QVERIFY2(store.status, qPrintable(store.status.error()));
    Team checkout;
    checkout.name = QStringLiteral("Checkout");
    const Result<qint64> team = store.teams.insertTeam(checkout);
    QVERIFY2(team, qPrintable(team.error()));

    SurveyWave wave;
    wave.teamId = *team;
    wave.opens = QDate(2026, 3, 2);
    wave.title = QString(Limits::NameLength + 1, QLatin1Char('t'));
    const Result<qint64> refusedWave = store.surveys.createWave(wave, psychSafety);
    QVERIFY(!refusedWave);
    QVERIFY2(refusedWave.error().contains(QStringLiteral("title holds up to")), qPrintable(refusedWave.error()));
    wave.title.chop(1);
    QVERIFY(store.surveys.createWave(wave, psychSafety));

    Instrument custom;
    custom.name = QStringLiteral("Team pulse");
    custom.scalePoints = 5;
    custom.items = {SurveyItem{QStringLiteral("Help"), QString(Limits::TextLength + 1, QLatin1Char('q')), false}};
    const Result<Instrument> refusedQuestion = store.surveys.saveCustomInstrument(custom);
    QVERIFY(!refusedQuestion);
    QVERIFY2(refusedQuestion.error().startsWith(QStringLiteral("A question holds up to")),
             qPrintable(refusedQuestion.error()));
    custom.items[0].text.chop(1);
    custom.name = QString(Limits::NameLength + 1, QLatin1Char('n'));
    const Result<Instrument> refusedName = store.surveys.saveCustomInstrument(custom);
    QVERIFY(!refusedName);
    QVERIFY2(refusedName.error().contains(QStringLiteral("name and description")), qPrintable(refusedName.error()));
    custom.name = QStringLiteral("Team pulse");
    const Result<Instrument> saved = store.surveys.saveCustomInstrument(custom);
    QVERIFY2(saved, qPrintable(saved.error()));
    QCOMPARE(saved->items[0].text.size(), Limits::TextLength);
}

QTEST_MAIN(TestTextLimits)
#include "tst_textlimits.moc"
