// The audience (projector) view of a session, driven through a real facilitator console opened from the main window:
// private notes, blaming language the checker marks, a skip reason and anonymous check answers are typed in the
// console, and every text the audience window holds (labels, item models, text documents, titles, tooltips,
// accessible names) is checked to show the shared content, the phase and the speaker, and nothing private; while the
// kiosk goes round, no result of the closing check at all. The window is rendered, and every text is checked to be
// at least the smallest size it documents.
#include "MainWindow.h"
#include "common/MessageBox.h"
#include "common/TestData.h"
#include "gui/AppFixture.h"
#include "gui/GuiHelpers.h"
#include "item/ActionItemsModel.h"
#include "item/TimelineModel.h"
#include "postmortem/AudienceFilter.h"
#include "postmortem/AudienceWindow.h"
#include "postmortem/BlameLanguageChecker.h"
#include "postmortem/BlameMarks.h"
#include "postmortem/PhaseStepper.h"
#include "postmortem/PostmortemSession.h"
#include "postmortem/SessionConsole.h"
#include "storage/PostmortemRepository.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QAction>
#include <QFontInfo>
#include <QImage>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSyntaxHighlighter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextEdit>
#include <QTextLayout>

#include <memory>
#include <set>

using namespace candor;
using namespace candor::testgui;

namespace {

void addModelTexts(const QAbstractItemModel *model, const QModelIndex &parent, QStringList *texts)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole),
                             int(Qt::AccessibleDescriptionRole), int(Qt::StatusTipRole)}) {
                if (const QString text = index.data(role).toString(); !text.isEmpty())
                    texts->append(text);
            }
        }
        addModelTexts(model, model->index(row, 0, parent), texts);
    }
}

// Every text a window and its descendants hold, shown or not: label texts, item models, text documents, button and
// line edit texts, the stepper's step, window titles, tooltips, status tips, accessible names and descriptions.
QStringList allTexts(QWidget *root)
{
    QStringList texts;
    const auto add = [&texts](const QString &text) {
        if (!text.isEmpty())
            texts.append(text);
    };
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        add(w->windowTitle());
        add(w->toolTip());
        add(w->statusTip());
        add(w->whatsThis());
        add(w->accessibleName());
        add(w->accessibleDescription());
        if (QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(w)) {
            for (QAccessible::Text t :
                 {QAccessible::Name, QAccessible::Description, QAccessible::Value, QAccessible::Help})
                add(accessible->text(t));
        }
        if (auto *label = qobject_cast<QLabel *>(w))
            add(label->text());
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model())
            addModelTexts(view->model(), {}, &texts);
        if (auto *edit = qobject_cast<QTextEdit *>(w)) // QTextBrowser too
            add(edit->toPlainText());
        if (auto *edit = qobject_cast<QPlainTextEdit *>(w))
            add(edit->toPlainText());
        if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            add(edit->text());
            add(edit->placeholderText());
        }
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(button->text());
        if (auto *stepper = qobject_cast<PhaseStepper *>(w))
            add(stepper->currentText());
    }
    return texts;
}

// Every string of a snapshot: what the window is built from.
QStringList snapshotTexts(const AudienceSnapshot &s)
{
    QStringList texts = {s.title, s.speaker, s.turnTime, s.phaseTime};
    texts += s.phases;
    texts += s.waiting;
    for (const AudienceSnapshot::Section &section : s.sections) {
        texts << section.heading << section.emptyText;
        for (const AudienceSnapshot::Item &item : section.items)
            texts << item.label << item.text;
    }
    texts.removeAll(QString());
    return texts;
}

// A text document's formats, including those a syntax highlighter lays over the text.
bool hasWavyUnderline(const QTextDocument *document)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.charFormat().underlineStyle() == QTextCharFormat::WaveUnderline)
            return true;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().underlineStyle() == QTextCharFormat::WaveUnderline)
                return true;
        }
        if (const QTextLayout *layout = block.layout()) {
            for (const QTextLayout::FormatRange &range : layout->formats()) {
                if (range.format.underlineStyle() == QTextCharFormat::WaveUnderline)
                    return true;
            }
        }
    }
    return false;
}

const QString collectingOnProjector =
    QStringLiteral("Answers are being collected. The result appears when everyone has answered.");

const QList<BlameLanguageChecker::Kind> allKinds = {
    BlameLanguageChecker::Kind::Hindsight, BlameLanguageChecker::Kind::Omission,
    BlameLanguageChecker::Kind::Label,     BlameLanguageChecker::Kind::Minimising,
    BlameLanguageChecker::Kind::WhyDidnt,  BlameLanguageChecker::Kind::PersonAsCause,
};

} // namespace

class TestAudienceWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void wholeSessionOnTheProjector();
    void retroSafetyCheckStaysWithTheFacilitator();

private:
    // Opens a session from the main window's Sessions area (select its row, Enter); nothing is projected yet.
    void openFromSessions(qint64 sessionId);
    void present();
    void clickAgree(Phase expected);
    // Answers the closing check on the kiosk, checking after every answer that no result shows anywhere.
    void answerClosingOnKiosk(const QList<int> &answers);
    // While the kiosk is open: neither the console nor the room shows any figure about the answers.
    void checkCollecting();
    // Everything the room sees: the shared texts are there, nothing private is, no checker marks, no answers.
    void audit(const QStringList &shared);
    void checkRendering();
    void checkFonts();
    // The texts under a heading of the audience content, in order, up to the next heading.
    QStringList sectionTexts(const QString &heading) const;

    template <typename T>
    T *console(const char *name) const
    {
        return find<T>(m_console.data(), name);
    }
    QAction *presentAction() const;
    AudienceWindow *audience() const { return m_console ? m_console->audienceWindow() : nullptr; }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<App> m_app;
    QPointer<SessionConsole> m_console;
    qint64 m_payments = 0;
    qint64 m_postmortem = 0;
    qint64 m_retro = 0;
    // What must never reach the room (besides every checker hint).
    QStringList m_private;
};

void TestAudienceWindow::initTestCase()
{
    initGuiTestCase();
}

void TestAudienceWindow::init()
{
    m_private.clear();
    STEP(newTestFolder(&m_dir, &m_path));

    testdata::Store store(m_path);
    QVERIFY2(store.status, qPrintable(store.status.error()));
    STEP(insertCheckoutPostmortem(store, &m_payments, &m_postmortem));
    PostmortemRepository postmortems(store.database);
    STEP(keepId(postmortems.insertSession(makeRetro(m_payments, QStringLiteral("Payments retro, sprint 9"),
                                                    QDate::currentDate().addDays(-13), QDate::currentDate())),
                &m_retro));

    STEP(startApp(&m_app, m_path));
}

void TestAudienceWindow::cleanup()
{
    reportMessageBoxes();
    m_app.reset();
    m_dir.reset();
}

void TestAudienceWindow::openFromSessions(qint64 sessionId)
{
    STEP(openConsoleFromSessions(*m_app, sessionId, &m_console));
    QCOMPARE(m_console->sessionId(), sessionId);
    STEP(activate(m_console.data()));
    QVERIFY(!audience()); // nothing is projected until the facilitator says so
}

QAction *TestAudienceWindow::presentAction() const
{
    for (QAction *action : m_console->findChildren<QAction *>()) {
        if (action->text() == QLatin1String("&Present to the room"))
            return action;
    }
    return nullptr;
}

void TestAudienceWindow::present()
{
    QVERIFY(presentAction());
    QVERIFY(!presentAction()->isChecked());
    // F5 in the console: View > Present to the room.
    QTest::keyClick(m_console.data(), Qt::Key_F5);
    QTRY_VERIFY(audience() && audience()->isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(audience()));
    QVERIFY(presentAction()->isChecked());
    // With one screen the view takes it over.
    QVERIFY(audience()->isFullScreen());
    QCOMPARE(audience()->objectName(), QStringLiteral("audienceWindow"));
    QVERIFY(audience()->isWindow());
    QVERIFY(!m_console->isAncestorOf(audience())); // a window of its own, not a part of the console
}

void TestAudienceWindow::clickAgree(Phase expected)
{
    auto *agree = console<QPushButton>("agreeButton");
    QVERIFY(agree && agree->isEnabled());
    QTest::mouseClick(agree, Qt::LeftButton);
    QVERIFY2(!console<QLabel>("consoleBanner")->isVisible(), qPrintable(console<QLabel>("consoleBanner")->text()));
    QCOMPARE(m_console->session().phase(), expected);
}

void TestAudienceWindow::answerClosingOnKiosk(const QList<int> &answers)
{
    // Nothing moves on either screen after an answer, whatever the count now is.
    STEP(answerOnKiosk(m_console, CheckKind::Closing, answers, [this]() { checkCollecting(); }));
    QVERIFY(!sectionTexts(QStringLiteral("How we are doing")).contains(collectingOnProjector));
}

void TestAudienceWindow::checkCollecting()
{
    // The console (answerOnKiosk checks it says it is collecting): no count, no average, not even how many answered.
    static const QRegularExpression figure(QStringLiteral("\\d"));
    const QString result = console<QLabel>("closingResult")->text();
    QVERIFY2(!result.contains(figure), qPrintable(result));
    // The room: the check says answers are being collected, and nothing else about them.
    AudienceWindow *view = audience();
    QVERIFY(view && view->isVisible());
    const QStringList check = sectionTexts(QStringLiteral("How we are doing"));
    QCOMPARE(check, QStringList({collectingOnProjector}));
    const AudienceSnapshot::Section *section = nullptr;
    for (const AudienceSnapshot::Section &s : view->snapshot().sections) {
        if (s.heading == QLatin1String("How we are doing"))
            section = &s;
    }
    QVERIFY(section);
    QVERIFY(section->items.isEmpty());
    QCOMPARE(section->emptyText, collectingOnProjector);
    STEP(audit({collectingOnProjector}));
    QStringList texts = allTexts(view);
    texts += view->visibleTexts();
    texts += snapshotTexts(view->snapshot());
    for (const QString &text : std::as_const(texts)) {
        QVERIFY2(!text.contains(QLatin1String("Average")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("answer")) || text == collectingOnProjector, qPrintable(text));
    }
}

QStringList TestAudienceWindow::sectionTexts(const QString &heading) const
{
    QStringList texts;
    auto *content = find<QWidget>(audience(), "audienceContent");
    if (!content || !content->layout())
        return texts;
    bool inside = false;
    for (int i = 0; i < content->layout()->count(); ++i) {
        auto *label = qobject_cast<QLabel *>(content->layout()->itemAt(i)->widget());
        if (!label)
            continue;
        if (label->objectName() == QLatin1String("audienceHeading")) {
            if (inside)
                break;
            inside = label->text() == heading;
            continue;
        }
        if (inside)
            texts.append(label->text());
    }
    return texts;
}

void TestAudienceWindow::audit(const QStringList &shared)
{
    AudienceWindow *view = audience();
    QVERIFY(view && view->isVisible());
    QStringList texts = allTexts(view);
    texts += view->visibleTexts();
    texts += snapshotTexts(view->snapshot());
    const QString everything = texts.join(QLatin1Char('\n'));

    // The shared content is there, exactly as typed.
    for (const QString &text : shared)
        QVERIFY2(texts.contains(text), qPrintable(QStringLiteral("Not on the projector: ") + text));
    // Nothing private: the notes, unsubmitted drafts, skip reasons.
    for (const QString &text : std::as_const(m_private))
        QVERIFY2(!everything.contains(text), qPrintable(QStringLiteral("On the projector: ") + text));
    // No checker hint, in any form.
    for (BlameLanguageChecker::Kind kind : allKinds) {
        QVERIFY2(!everything.contains(BlameLanguageChecker::hint(kind)), qPrintable(BlameLanguageChecker::hint(kind)));
    }
    QVERIFY2(!everything.contains(QStringLiteral("”: ")), qPrintable(everything));
    // No individual answers of a check: never a per-answer count, never a distribution.
    static const QRegularExpression perAnswer(QStringLiteral("\\b[1-5]: \\d"));
    QVERIFY2(!everything.contains(perAnswer), qPrintable(everything));
    QVERIFY2(!everything.contains(QLatin1String("Distribution")), qPrintable(everything));
    QVERIFY2(!everything.contains(QLatin1String("answers so far")), qPrintable(everything));

    // No checker marks: no highlighter or marking delegate inside, no wavy underline in any text document.
    QVERIFY(view->findChildren<BlameHighlighter *>().isEmpty());
    QVERIFY(view->findChildren<BlameMarkDelegate *>().isEmpty());
    QVERIFY(view->findChildren<QSyntaxHighlighter *>().isEmpty());
    QVERIFY(view->findChildren<BlameTextEdit *>().isEmpty());
    for (const QAbstractItemView *itemView : view->findChildren<QAbstractItemView *>()) {
        QVERIFY(!qobject_cast<BlameMarkDelegate *>(itemView->itemDelegate()));
        for (int column = 0; itemView->model() && column < itemView->model()->columnCount(); ++column)
            QVERIFY(!qobject_cast<BlameMarkDelegate *>(itemView->itemDelegateForColumn(column)));
    }
    QList<const QTextDocument *> documents;
    for (const QTextDocument *document : view->findChildren<QTextDocument *>())
        documents.append(document);
    for (const QTextEdit *edit : view->findChildren<QTextEdit *>())
        documents.append(edit->document());
    for (const QPlainTextEdit *edit : view->findChildren<QPlainTextEdit *>())
        documents.append(edit->document());
    for (const QTextDocument *document : std::as_const(documents))
        QVERIFY2(!hasWavyUnderline(document), qPrintable(document->toPlainText()));
    // What people typed is shown as plain text, never interpreted.
    for (const QLabel *label : view->findChildren<QLabel *>())
        QCOMPARE(label->textFormat(), Qt::PlainText);
}

void TestAudienceWindow::checkRendering()
{
    AudienceWindow *view = audience();
    const QImage image = view->grab().toImage();
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= view->width() && image.height() >= view->height());
    // Not one colour: the near-black background, and light text drawn on it.
    std::set<QRgb> colours;
    int background = 0;
    int light = 0;
    const QRgb backgroundColour = qRgb(0x0b, 0x0f, 0x14);
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QRgb pixel = image.pixel(x, y) | 0xff000000;
            colours.insert(pixel);
            if (pixel == backgroundColour)
                ++background;
            else if (qGray(pixel) > 200)
                ++light;
        }
    }
    QVERIFY2(colours.size() > 2, qPrintable(QString::number(colours.size())));
    const int samples = ((image.width() + 1) / 2) * ((image.height() + 1) / 2);
    QVERIFY2(background > samples / 2, qPrintable(QStringLiteral("%1 of %2").arg(background).arg(samples)));
    QVERIFY2(light > 0, "no light text on the dark background");
}

void TestAudienceWindow::checkFonts()
{
    // AudienceWindow.h: "at least 28 pt at 1080 lines"; minimumPointSize() is the smallest text on the view: 28 pt
    // at 1080 lines, growing with taller windows, never below 28 pt before the zoom. Every other text is larger.
    AudienceWindow *view = audience();
    const double minimum = 28.0 * std::max(1.0, view->height() / 1080.0) * view->zoom();
    QCOMPARE(view->minimumPointSize(), minimum);
    QVERIFY(view->minimumPointSize() >= 28.0 * view->zoom());
    // The font a widget really gets, not just the one asked for: whole pixels, so up to half a pixel (0.375 pt at
    // 96 dpi) smaller.
    const auto checkAtLeastMinimum = [minimum](const QWidget *w) {
        const QString what = QStringLiteral("%1 “%2”: %3 pt, %4 pt drawn, smallest allowed %5 pt")
                                 .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())
                                 .arg(w->font().pointSizeF())
                                 .arg(w->fontInfo().pointSizeF())
                                 .arg(minimum);
        QVERIFY2(w->font().pointSizeF() >= minimum, qPrintable(what));
        QVERIFY2(w->fontInfo().pointSizeF() > minimum - 0.5, qPrintable(what));
    };
    // Every widget that draws text is a label or the stepper, and none is below the minimum.
    for (const QWidget *w : view->findChildren<QWidget *>()) {
        QVERIFY2(!qobject_cast<const QAbstractButton *>(w) && !qobject_cast<const QLineEdit *>(w) &&
                     !qobject_cast<const QTextEdit *>(w) && !qobject_cast<const QPlainTextEdit *>(w) &&
                     !qobject_cast<const QAbstractItemView *>(w),
                 w->metaObject()->className());
        if (qobject_cast<const QLabel *>(w) || qobject_cast<const PhaseStepper *>(w))
            STEP(checkAtLeastMinimum(w));
    }
    // The texts by their part: the smallest ones at the minimum, the rest larger.
    const auto checkEach = [view, minimum](const QString &objectName, double factor) {
        const QList<QLabel *> labels = view->findChildren<QLabel *>(objectName);
        for (const QLabel *label : labels)
            QCOMPARE(label->font().pointSizeF(), minimum * factor);
    };
    STEP(checkEach(QStringLiteral("audienceItemText"), 1.15));
    STEP(checkEach(QStringLiteral("audienceHeading"), 1.1));
    STEP(checkEach(QStringLiteral("audienceItemLabel"), 1.0));
    STEP(checkEach(QStringLiteral("audienceEmpty"), 1.0));
    STEP(checkEach(QStringLiteral("audienceTitle"), 1.3));
    STEP(checkEach(QStringLiteral("audiencePhaseTime"), 1.3));
    STEP(checkEach(QStringLiteral("audienceSpeaker"), 1.25));
    STEP(checkEach(QStringLiteral("audienceTurnTime"), 1.25));
    STEP(checkEach(QStringLiteral("audienceWaiting"), 1.0));
    QCOMPARE(find<PhaseStepper>(view, "audienceStepper")->font().pointSizeF(), minimum);
    const QList<QLabel *> bodies = view->findChildren<QLabel *>(QStringLiteral("audienceItemText"));
    QVERIFY(!bodies.isEmpty());
    QVERIFY(!view->findChildren<QLabel *>(QStringLiteral("audienceHeading")).isEmpty());
}

// ---- Tests ----------------------------------------------------------------------------------------------------

void TestAudienceWindow::wholeSessionOnTheProjector()
{
    STEP(openFromSessions(m_postmortem));
    QCOMPARE(m_console->windowTitle(), QStringLiteral("Postmortem: Checkout errors after deploy"));

    // Opening: an outside facilitator, three people, private notes full of blame.
    STEP(typeInto(console<QLineEdit>("facilitatorEdit"), QStringLiteral("Sam Outsider")));
    QTest::keyClick(console<QLineEdit>("facilitatorEdit"), Qt::Key_Return);
    QCOMPARE(m_console->session().session().facilitator, QStringLiteral("Sam Outsider"));
    STEP(addParticipant(m_console, QStringLiteral("Jonas Weber"), QStringLiteral("On call")));
    STEP(addParticipant(m_console, QStringLiteral("Hana Ueda"), QStringLiteral("Incident lead")));
    STEP(addParticipant(m_console, QStringLiteral("Priya Raman"), QStringLiteral("Database expert")));
    const QString notes = QStringLiteral("Jonas should have paged the DBA sooner, human error. Hana seemed tired.");
    STEP(typeInto(console<QPlainTextEdit>("notesEdit"), notes));
    QCOMPARE(m_app->postmortems->session(m_postmortem)->notes, notes);
    m_private << notes << QStringLiteral("paged the DBA") << QStringLiteral("Hana seemed tired");
    // The console marks the notes; the room will not see them at all.
    QVERIFY(!console<BlameTextEdit>("notesEdit")->currentHints().isEmpty());

    STEP(present());
    QStringList shared = PostmortemText::groundRules();
    shared << QStringLiteral("Checkout errors after deploy") << QStringLiteral("Ground rules")
           << QStringLiteral("In the room") << QStringLiteral("Jonas Weber") << QStringLiteral("On call")
           << QStringLiteral("Hana Ueda") << QStringLiteral("Priya Raman") << QStringLiteral("Database expert")
           << QStringLiteral("Step 1 of 5: Opening");
    STEP(audit(shared));
    STEP(checkRendering());
    STEP(checkFonts());

    // Timeline: events with blaming words, a half-typed one, a speaking round.
    STEP(activate(m_console.data())); // the laptop, as with a second screen
    STEP(clickAgree(Phase::Timeline));
    const QStringList events = {QStringLiteral("Pager fired for checkout errors"),
                                QStringLiteral("Someone should have checked the canary"),
                                QStringLiteral("Rolled back after a human error in the config")};
    auto *eventText = console<QPlainTextEdit>("eventText");
    for (const QString &text : events) {
        STEP(typeInto(eventText, text));
        QTest::keyClick(eventText, Qt::Key_Return);
        QCOMPARE(eventText->toPlainText(), QString());
    }
    QCOMPARE(m_app->postmortems->events(m_postmortem).size(), 3);
    const QString draft = QStringLiteral("Hana forgot to update the status page");
    STEP(typeInto(eventText, draft));
    QCOMPARE(console<QLabel>("eventTextHint")->text(),
             hintFor(QStringLiteral("forgot to"), BlameLanguageChecker::Kind::Omission));
    m_private << draft;
    // The same instruments find all of it in the console, so finding none of it on the projector means something.
    const QString consoleTexts = allTexts(m_console.data()).join(QLatin1Char('\n'));
    QVERIFY(consoleTexts.contains(notes));
    QVERIFY(consoleTexts.contains(draft));
    QVERIFY(consoleTexts.contains(BlameLanguageChecker::hint(BlameLanguageChecker::Kind::Omission)));
    QVERIFY(hasWavyUnderline(eventText->document()));
    QVERIFY(hasWavyUnderline(console<QPlainTextEdit>("notesEdit")->document()));
    QVERIFY(!m_console->findChildren<BlameHighlighter *>().isEmpty());
    // The console's timeline marks them.
    QVERIFY(qobject_cast<BlameMarkDelegate *>(
        console<QTableView>("timelineView")->itemDelegateForColumn(TimelineModel::TextColumn)));
    QTest::mouseClick(console<QPushButton>("startRoundButton"), Qt::LeftButton);
    QCOMPARE(console<QLabel>("speakerLabel")->text(), QStringLiteral("Speaking: Jonas Weber"));

    shared = events;
    shared << QStringLiteral("What happened, in order") << QStringLiteral("Step 2 of 5: Timeline")
           << QStringLiteral("Speaking: Jonas Weber") << QStringLiteral("2:00") << QStringLiteral("Phase 20:00 left")
           << QStringLiteral("Still to speak this round: Hana Ueda, Priya Raman");
    STEP(audit(shared));
    QCOMPARE(find<QLabel>(audience(), "audienceSpeaker")->text(), QStringLiteral("Speaking: Jonas Weber"));
    QCOMPARE(find<PhaseStepper>(audience(), "audienceStepper")->currentText(), QStringLiteral("Step 2 of 5: Timeline"));
    QCOMPARE(sectionTexts(QStringLiteral("What happened, in order")).size(), 2 * events.size()); // time, text
    STEP(checkRendering());
    STEP(checkFonts());

    // The next speaker shows at once.
    QTest::mouseClick(console<QPushButton>("nextSpeakerButton"), Qt::LeftButton);
    QTRY_COMPARE(find<QLabel>(audience(), "audienceSpeaker")->text(), QStringLiteral("Speaking: Hana Ueda"));

    // Contributing factors, one naming a participant as the cause.
    STEP(clickAgree(Phase::Factors));
    const QString personAsCause = QStringLiteral("Jonas Weber deployed without the canary");
    const QString systemic = QStringLiteral("Canary checks were not part of the pipeline");
    auto *factorText = console<QPlainTextEdit>("factorText");
    STEP(typeInto(factorText, personAsCause));
    QCOMPARE(console<QLabel>("factorTextHint")->text(),
             hintFor(QStringLiteral("Jonas Weber"), BlameLanguageChecker::Kind::PersonAsCause));
    QTest::keyClick(factorText, Qt::Key_Return);
    STEP(typeInto(factorText, systemic));
    QTest::keyClick(factorText, Qt::Key_Return);
    QCOMPARE(m_app->postmortems->factors(m_postmortem).size(), 2);
    auto *wentWell = m_console->findChild<QPlainTextEdit *>(QStringLiteral("learningEntry_went-well"));
    const QString learning = QStringLiteral("The rollback took two minutes");
    STEP(typeInto(wentWell, learning));
    QTest::keyClick(wentWell, Qt::Key_Return);
    shared = {personAsCause,
              systemic,
              learning,
              QStringLiteral("Contributing factors"),
              QStringLiteral("What went well"),
              QStringLiteral("Step 3 of 5: Contributing factors")};
    STEP(audit(shared));
    STEP(checkFonts());

    // Moving on without agreement: the reason stays in the record, off the projector.
    const QString reason = QStringLiteral("Out of time; Jonas was careless and it shows");
    STEP(typeInto(console<QLineEdit>("skipReasonEdit"), reason));
    QTest::keyClick(console<QLineEdit>("skipReasonEdit"), Qt::Key_Return);
    QCOMPARE(m_console->session().phase(), Phase::Actions);
    QCOMPARE(m_app->postmortems->phaseLog(m_postmortem).constLast().reason, reason);
    m_private << reason;

    // Actions.
    const QString action = QStringLiteral("Run canary checks in the deploy pipeline");
    auto *actionText = console<QPlainTextEdit>("actionText");
    STEP(typeInto(actionText, action));
    QTest::keyClick(actionText, Qt::Key_Return);
    QCOMPARE(m_app->postmortems->actions(m_postmortem).size(), 1);
    STEP(audit({action, QStringLiteral("What we will do"), QStringLiteral("Step 4 of 5: Actions")}));
    QVERIFY2(sectionTexts(QStringLiteral("What we will do")).constFirst().contains(QLatin1String("Payments")),
             qPrintable(sectionTexts(QStringLiteral("What we will do")).join(QLatin1Char('|'))));

    // Closing: a summary, then the anonymous check.
    STEP(clickAgree(Phase::Closing));
    const QString summary = QStringLiteral("Rolled back within 25 minutes.");
    STEP(typeInto(console<QPlainTextEdit>("summaryEdit"), summary));
    STEP(audit({summary, QStringLiteral("Summary"), QStringLiteral("How we are doing"),
                QStringLiteral("Step 5 of 5: Closing")}));
    QCOMPARE(sectionTexts(QStringLiteral("How we are doing")),
             QStringList({QStringLiteral("Shown once at least 3 people have answered.")}));

    // Two answers: counted, and nothing about them on the projector.
    STEP(activate(m_console.data()));
    STEP(answerClosingOnKiosk({1, 5}));
    QCOMPARE(m_app->postmortems->tally(m_postmortem, CheckKind::Closing).total(), 2);
    STEP(audit({summary}));
    QCOMPARE(sectionTexts(QStringLiteral("How we are doing")),
             QStringList({QStringLiteral("Shown once at least 3 people have answered.")}));
    for (const QString &text : allTexts(audience()))
        QVERIFY2(!text.contains(QLatin1String("answer")) || text.contains(QLatin1String("at least 3 people")),
                 qPrintable(text));

    // A third: only the aggregate.
    STEP(answerClosingOnKiosk({3}));
    QCOMPARE(console<QLabel>("closingResult")->text(), QStringLiteral("3 answers, average 3.0 out of 5."));
    STEP(audit({QStringLiteral("3 answers"), QStringLiteral("Average 3.0 out of 5")}));
    QCOMPARE(sectionTexts(QStringLiteral("How we are doing")),
             QStringList({QStringLiteral("3 answers"), QStringLiteral("Average 3.0 out of 5")}));
    STEP(checkRendering());
    STEP(checkFonts());

    // Ctrl+plus and Ctrl+minus on the projector.
    AudienceWindow *view = audience();
    view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(view));
    QTest::keyClick(view, Qt::Key_Plus, Qt::ControlModifier);
    QCOMPARE(view->zoom(), 1.1);
    QCOMPARE(view->minimumPointSize(), 28.0 * std::max(1.0, view->height() / 1080.0) * 1.1);
    STEP(checkFonts());
    QTest::keyClick(view, Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(view->zoom(), 1.0);
    STEP(checkFonts());
    // Smaller than the floor the back of the room needs is not possible.
    QTest::keyClick(view, Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(view->zoom(), 1.0);
    QCOMPARE(view->minimumPointSize(), 28.0 * std::max(1.0, view->height() / 1080.0));

    // 28 pt at 1080 lines; taller screens get larger type; smaller windows never go below 28 pt.
    view->showNormal();
    view->resize(1920, 1080);
    QTRY_COMPARE(view->height(), 1080);
    QCOMPARE(view->minimumPointSize(), 28.0);
    STEP(checkFonts());
    view->resize(1920, 2160);
    QTRY_COMPARE(view->height(), 2160);
    QCOMPARE(view->minimumPointSize(), 56.0);
    STEP(checkFonts());
    view->resize(1280, 720); // a 720p projector
    QTRY_COMPARE(view->height(), 720);
    QCOMPARE(view->minimumPointSize(), 28.0);
    STEP(checkFonts());
    STEP(checkRendering());

    // F5 there ends the presentation; F5 in the console brings it back; so does Esc.
    QTest::keyClick(view, Qt::Key_F5);
    QTRY_VERIFY(!view->isVisible());
    QVERIFY(!presentAction()->isChecked());
    STEP(activate(m_console.data()));
    STEP(present());
    QCOMPARE(audience(), view); // the same window again
    STEP(audit({summary, QStringLiteral("Average 3.0 out of 5")}));
    view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(view));
    QTest::keyClick(view, Qt::Key_Escape);
    QTRY_VERIFY(!view->isVisible());
    QVERIFY(!presentAction()->isChecked());

    // Finished: the summary and the aggregate stay, every step is done.
    STEP(activate(m_console.data()));
    STEP(clickAgree(Phase::Finished));
    STEP(present());
    STEP(audit({summary, QStringLiteral("Average 3.0 out of 5"), QStringLiteral("All steps done")}));
    QCOMPARE(find<QLabel>(audience(), "audiencePhaseTime")->text(), QString());
}

void TestAudienceWindow::retroSafetyCheckStaysWithTheFacilitator()
{
    STEP(openFromSessions(m_retro));
    QCOMPARE(m_console->windowTitle(), QStringLiteral("Retro: Payments retro, sprint 9"));
    // Paper slips counted and added: enough answers for the facilitator to see the distribution.
    for (const auto &[value, count] : {std::pair{2, 1}, std::pair{4, 2}, std::pair{5, 1}})
        STEP(retype(find<QSpinBox>(m_console.data(), QStringLiteral("safetyTally%1").arg(value)),
                    QString::number(count)));
    QCOMPARE(console<QPushButton>("safetySaveTallyButton")->text(), QStringLiteral("Add slips"));
    QTest::mouseClick(console<QPushButton>("safetySaveTallyButton"), Qt::LeftButton);
    QCOMPARE(m_app->postmortems->tally(m_retro, CheckKind::Safety).counts, (std::array<int, 5>{0, 1, 0, 2, 1}));
    // The boxes are ready for the next slips; they never show what was collected.
    STEP(checkSlipBoxesEmpty(m_console, CheckKind::Safety));
    const QString result = QStringLiteral("4 answers. Distribution: 1: 0, 2: 1, 3: 0, 4: 2, 5: 1");
    QCOMPARE(console<QLabel>("safetyResult")->text(), result);
    const QString notes = QStringLiteral("Safety is low; the manager should have stayed out");
    STEP(typeInto(console<QPlainTextEdit>("notesEdit"), notes));
    m_private << result << notes << PostmortemText::checkQuestion(CheckKind::Safety);

    // View > Present to the room, from the console's menu.
    QAction *action = presentAction();
    QVERIFY(action);
    action->trigger();
    QTRY_VERIFY(audience() && audience()->isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(audience()));
    QStringList shared = PostmortemText::groundRules();
    shared << QStringLiteral("Payments retro, sprint 9") << QStringLiteral("Step 1 of 5: Opening")
           << QStringLiteral("Nobody has joined yet.");
    STEP(audit(shared));
    // The retro's phases carry its own names.
    QVERIFY(audience()->snapshot().phases.contains(QStringLiteral("Notable events")));
    STEP(checkRendering());
    STEP(checkFonts());
    // Answers coming in while projecting change nothing there: three more slips are added to the four.
    STEP(retype(find<QSpinBox>(m_console.data(), QStringLiteral("safetyTally1")), QStringLiteral("3")));
    QTest::mouseClick(console<QPushButton>("safetySaveTallyButton"), Qt::LeftButton);
    QCOMPARE(m_app->postmortems->tally(m_retro, CheckKind::Safety).counts, (std::array<int, 5>{3, 1, 0, 2, 1}));
    QCOMPARE(find<QSpinBox>(m_console.data(), QStringLiteral("safetyTally1"))->value(), 0);
    m_private << console<QLabel>("safetyResult")->text();
    STEP(audit(shared));
}

QTEST_MAIN(TestAudienceWindow)
#include "tst_audiencewindow.moc"
