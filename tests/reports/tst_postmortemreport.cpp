// The postmortem report: a fixed postmortem (fixed times, UTC, US English) full of awkward user text, read through
// the repositories and rendered as Markdown and HTML against golden files (CANDOR_UPDATE_GOLDEN=1 rewrites them);
// the Markdown parsed by cmark to show it has the intended structure and reads as typed; the HTML escaped and
// standalone; the QTextDocument and the PDF (pages, page numbers, header rows repeated, A4 and Letter).
#include "common/PostmortemData.h"
#include "reports/PostmortemReport.h"
#include "reports/ReportDocument.h"
#include "reports/SaveFile.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>

#include <ctime>
#include <memory>

using namespace candor;
using namespace candor::testdata;

namespace {

// Texts a person might type, with every character CommonMark or HTML could take for markup.
const QString title = QStringLiteral("Checkout <errors> & *timeouts* in #payments_v2");
const QString eventMarkup = QStringLiteral("Alert fired: `p99 > 2s` for [checkout](http://x) | pager 📟 & <b>paged</b>");
const QString eventRtl = QStringLiteral("השירות חזר לפעול");
const QString eventList = QStringLiteral("- rollback started");
const QString factorEmphasis = QStringLiteral("_Retry storms_ doubled the load on **the database**");
const QString factorHash = QStringLiteral("# of retries was not capped");
const QString learningNumbered = QStringLiteral("1. Canary checks caught the second wave");
const QString learningQuestion = QStringLiteral("Why 3 retries? [see runbook] ~maybe~");
const QString participantName = QStringLiteral("Ana **Lima**");
const QString participantRole = QStringLiteral("> incident commander");
const QString participantRtl = QStringLiteral("נועה כהן");
const QString summary =
    QStringLiteral("A bad config & a *retry storm* took checkout down.\nIt came back in 2 hours.\n\n"
                   "2) Rollbacks work; <script>alert(1)</script> is not run.");
const QString actionAlert = QStringLiteral("+ Alert on the error rate 🚨 | not only on latency");
const QString actionRunbook = QStringLiteral("Write the `retry` runbook");
const QString skipReason = QStringLiteral("Owners were not in the room; <to follow> & more");

const QDate today(2024, 3, 20);

QString goldenPath(const char *name)
{
    return QStringLiteral(CANDOR_TEST_DATA "/") + QString::fromLatin1(name);
}

// The first line where two texts differ, to show in a failure.
QString firstDifference(const QString &actual, const QString &expected)
{
    const QStringList a = actual.split(QLatin1Char('\n'));
    const QStringList e = expected.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < std::max(a.size(), e.size()); ++i) {
        if (a.value(i) != e.value(i))
            return QStringLiteral("line %1\n  actual:   %2\n  expected: %3").arg(i + 1).arg(a.value(i), e.value(i));
    }
    return QStringLiteral("(same lines)");
}

void compareGolden(const QString &actual, const char *name)
{
    const QString path = goldenPath(name);
    if (qEnvironmentVariableIntValue("CANDOR_UPDATE_GOLDEN") == 1) {
        const Status written = SaveFile::write(path, actual.toUtf8());
        QVERIFY2(written, qPrintable(written.error()));
        qInfo("Rewrote %s", qPrintable(path));
    }
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly),
             qPrintable(QStringLiteral("%1 is missing; run the test with CANDOR_UPDATE_GOLDEN=1").arg(path)));
    const QString expected = QString::fromUtf8(file.readAll());
    QVERIFY2(actual == expected, qPrintable(QStringLiteral("%1 differs at %2\n(CANDOR_UPDATE_GOLDEN=1 rewrites it)")
                                                .arg(path, firstDifference(actual, expected))));
}

// Runs a tool the tests need (cmark, pdftotext, pdfinfo); fails clearly when it is not installed.
void runTool(const QString &tool, const QStringList &args, const QByteArray &input, QString *output)
{
    QVERIFY2(!QStandardPaths::findExecutable(tool).isEmpty(),
             qPrintable(QStringLiteral("%1 is not installed. Install cmark and poppler-utils (./scripts/test installs "
                                       "them).")
                            .arg(tool)));
    QProcess process;
    process.start(tool, args);
    QVERIFY(process.waitForStarted());
    process.write(input);
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    *output = QString::fromUtf8(process.readAllStandardOutput());
}

// cmark's HTML for a Markdown text.
void cmark(const QString &markdown, QString *html)
{
    runTool(QStringLiteral("cmark"), {}, markdown.toUtf8(), html);
}

// Every match of a regular expression's first group.
QStringList captures(const QString &text, const QString &pattern)
{
    QStringList found;
    QRegularExpressionMatchIterator it = QRegularExpression(pattern).globalMatch(text);
    while (it.hasNext())
        found.append(it.next().captured(1));
    return found;
}

QString unescapeHtml(QString text)
{
    text.replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

} // namespace

class TestPostmortemReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void markdownGolden();
    void htmlGolden();
    void markdownStructure();
    void markdownReadsAsTyped_data();
    void markdownReadsAsTyped();
    void tablesAsLists();
    void htmlStandaloneAndEscaped();
    void textDocument();
    void pdfPages_data();
    void pdfPages();
    void defaultPageSize_data();
    void defaultPageSize();
    void fileBaseName();
    void readErrors();
    void inProgress();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PostmortemStore> m_store;
    qint64 m_teamId = 0;
    qint64 m_incidentId = 0;
    qint64 m_sessionId = 0;
    ReportDocument m_report;
};

void TestPostmortemReport::initTestCase()
{
    qputenv("TZ", "UTC");
    tzset();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<PostmortemStore>(m_dir->filePath(QStringLiteral("report.sqlite")));
    QVERIFY2(m_store->status, qPrintable(m_store->status.error()));
    PostmortemRepository &pm = m_store->postmortems;

    m_teamId = addTeam(m_store->teams, QStringLiteral("Payments & Billing"));
    const qint64 platform = addTeam(m_store->teams, QStringLiteral("Platform"));
    QVERIFY(m_teamId > 0 && platform > 0);
    Incident incident = makeIncident(m_teamId, title);
    incident.summary = QStringLiteral("Checkout returned errors for 2 hours.");
    incident.customerImpact = QStringLiteral("About 3% of checkouts failed; **no** data was lost.");
    m_incidentId = idOf(m_store->incidents.insert(incident), "insert incident");
    QVERIFY(m_incidentId > 0);

    Session session = makePostmortem(m_incidentId, m_teamId, at(20), QStringLiteral("Sam Rivers"));
    m_sessionId = addSession(pm, session);
    QVERIFY(m_sessionId > 0);
    QVERIFY(addParticipant(pm, [&] {
                Participant p = makeParticipant(m_sessionId, participantName);
                p.role = participantRole;
                return p;
            }()) > 0);
    QVERIFY(addParticipant(pm, makeParticipant(m_sessionId, participantRtl)) > 0);
    QVERIFY(addParticipant(pm, [&] {
                Participant p = makeParticipant(m_sessionId, QStringLiteral("Jonas Weber"));
                p.role.clear();
                return p;
            }()) > 0);

    const qint64 e1 = addEvent(pm, makeEvent(m_sessionId, at(10), eventList, EventKind::Repair));
    const qint64 e2 = addEvent(pm, makeEvent(m_sessionId, at(10, 5), eventMarkup, EventKind::Detection));
    const qint64 e3 = addEvent(pm, makeEvent(m_sessionId, at(10, 40), eventRtl, EventKind::KeyMoment));
    QVERIFY(e1 > 0 && e2 > 0 && e3 > 0);
    const qint64 f1 = addFactor(pm, makeFactor(m_sessionId, factorEmphasis, {e1, e3}, FactorCategory::Technology));
    const qint64 f2 = addFactor(pm, makeFactor(m_sessionId, factorHash, {e2}, FactorCategory::Process));
    const qint64 f3 = addFactor(pm, makeFactor(m_sessionId, QStringLiteral("Nobody owned the retry settings"), {},
                                               FactorCategory::Organisation));
    QVERIFY(f1 > 0 && f2 > 0 && f3 > 0);
    QVERIFY(addLearning(pm, makeLearning(m_sessionId, LearningKind::WentWell, learningNumbered)) > 0);
    QVERIFY(addLearning(pm, makeLearning(m_sessionId, LearningKind::Learned, eventRtl)) > 0);
    QVERIFY(addLearning(pm, makeLearning(m_sessionId, LearningKind::Question, learningQuestion)) > 0);

    ActionItem overdue = makeAction(m_sessionId, m_teamId, actionAlert, QDate(2024, 3, 10), ActionStatus::Open, f2);
    overdue.kind = ActionKind::DetectSooner;
    ActionItem done = makeAction(m_sessionId, platform, actionRunbook, QDate(2024, 3, 18), ActionStatus::Done, f1);
    done.kind = ActionKind::RespondBetter;
    done.done = QDateTime(QDate(2024, 3, 15), QTime(9, 30), Qt::UTC);
    ActionItem later = makeAction(m_sessionId, m_teamId, QStringLiteral("Cap retries in the client"), QDate(2024, 4, 1),
                                  ActionStatus::InProgress, f1);
    later.kind = ActionKind::Prevent;
    later.ownerPerson = QStringLiteral("José Álvarez");
    ActionItem undated = makeAction(m_sessionId, platform, QStringLiteral("Share the story at the guild"));
    undated.kind = ActionKind::LearnShare;
    for (const ActionItem &a : {overdue, done, later, undated})
        QVERIFY(addAction(pm, a) > 0);
    QVERIFY(pm.setSummary(m_sessionId, summary));
    CheckTally tally;
    tally.counts = {0, 1, 1, 2, 1};
    QVERIFY(pm.setTally(m_sessionId, CheckKind::Closing, tally));

    // The phases: opening and timeline agreed, the timeline reopened and agreed again, factors agreed, actions
    // skipped with a reason, closing agreed.
    std::array<PhaseRecord, PhaseCount> records = pm.session(m_sessionId)->phases;
    const auto step = [&](Phase next, Phase phase, PhaseLogEntry::What what, const QDateTime &time,
                          const QString &who = QStringLiteral("Sam Rivers"), const QString &reason = QString()) {
        PhaseRecord &r = records[size_t(phase)];
        if (what == PhaseLogEntry::Agreed) {
            r.agreed = time;
            r.agreedBy = who;
        } else if (what == PhaseLogEntry::Skipped) {
            r.skipReason = reason;
        } else {
            r = PhaseRecord();
            r.started = time;
        }
        if (next != phase && next != Phase::Finished && what != PhaseLogEntry::Reopened)
            records[size_t(next)].started = time;
        return pm.changePhase(m_sessionId, next, records, PhaseLogEntry{time, phase, what, who, reason});
    };
    QVERIFY(step(Phase::Timeline, Phase::Opening, PhaseLogEntry::Agreed, at(20, 10)));
    QVERIFY(step(Phase::Factors, Phase::Timeline, PhaseLogEntry::Agreed, at(20, 30)));
    QVERIFY(step(Phase::Timeline, Phase::Timeline, PhaseLogEntry::Reopened, at(20, 35)));
    QVERIFY(step(Phase::Factors, Phase::Timeline, PhaseLogEntry::Agreed, at(20, 40), QStringLiteral("Ana Lima")));
    QVERIFY(step(Phase::Actions, Phase::Factors, PhaseLogEntry::Agreed, at(21)));
    QVERIFY(step(Phase::Closing, Phase::Actions, PhaseLogEntry::Skipped, at(21, 20), QString(), skipReason));
    QVERIFY(step(Phase::Finished, Phase::Closing, PhaseLogEntry::Agreed, at(21, 30)));

    const Result<PostmortemContent> content =
        PostmortemReport::read(m_store->incidents, pm, m_store->teams, m_incidentId);
    QVERIFY2(content, qPrintable(content.error()));
    m_report = PostmortemReport::build(*content, today);
}

void TestPostmortemReport::markdownGolden()
{
    compareGolden(m_report.toMarkdown(), "postmortem.md");
}

void TestPostmortemReport::htmlGolden()
{
    compareGolden(m_report.toHtml(), "postmortem.html");
}

void TestPostmortemReport::markdownStructure()
{
    const QString markdown = m_report.toMarkdown();
    QVERIFY(!markdown.contains(QLatin1String("\n\n\n")));
    QVERIFY(!markdown.contains(QLatin1String(" \n")));
    QVERIFY(!markdown.contains(QLatin1Char('\r')));
    QVERIFY(markdown.endsWith(QLatin1String(".\n")));
    QString html;
    cmark(markdown, &html);
    if (QTest::currentTestFailed())
        return;

    // The headings, in order: the title, the sections, the categories and learnings below them.
    QCOMPARE(captures(html, QStringLiteral("<h1>(.*?)</h1>")),
             QStringList{QStringLiteral("Postmortem: Checkout &lt;errors&gt; &amp; *timeouts* in #payments_v2")});
    QCOMPARE(captures(html, QStringLiteral("<h2>(.*?)</h2>")),
             (QStringList{
                 QStringLiteral("Summary"), QStringLiteral("Incident summary"), QStringLiteral("Customer impact"),
                 QStringLiteral("Incident metrics"), QStringLiteral("Participants"), QStringLiteral("Timeline"),
                 QStringLiteral("Contributing factors"), QStringLiteral("Learnings"), QStringLiteral("Action items"),
                 QStringLiteral("Phases"), QStringLiteral("Phase log"), QStringLiteral("Closing check")}));
    QCOMPARE(captures(html, QStringLiteral("<h3>(.*?)</h3>")),
             (QStringList{PostmortemText::categoryName(FactorCategory::Process),
                          PostmortemText::categoryName(FactorCategory::Technology),
                          PostmortemText::categoryName(FactorCategory::Organisation), QStringLiteral("What went well"),
                          QStringLiteral("Where we got lucky"), QStringLiteral("What we learned"),
                          QStringLiteral("Open questions")}));

    // Nothing a person typed became markup: no emphasis, code, links, images or raw HTML; bold only for labels.
    for (const char *markup : {"<em>", "<code>", "<a ", "<img", "<script", "<b>", "raw HTML omitted", "<hr",
                               "<blockquote>", "<ol", "<pre>", "<del>"})
        QVERIFY2(!html.contains(QLatin1String(markup)), markup);
    const QStringList strong = captures(html, QStringLiteral("<strong>(.*?)</strong>"));
    // 7 header fields, 4 metrics, 5 phases, 4 action kinds.
    QCOMPARE(strong.size(), 7 + 4 + 5 + 4);
    for (const QString &label : strong)
        QVERIFY2(label.endsWith(QLatin1Char(':')), qPrintable(label));
    QVERIFY(strong.contains(QStringLiteral("Detect sooner:")));
    QVERIFY(strong.contains(QStringLiteral("Time to resolve:")));

    // One list item per field, person, event, factor and what it explains, learning, action and its details,
    // and log entry.
    const int items = 7 + 4 + 3 + 3 + 3 * 2 + 3 + 4 * 5 + 5 + 7;
    QCOMPARE(int(html.count(QLatin1String("<li>"))), items);
    // Nested lists: under each factor, and under each action.
    QCOMPARE(int(html.count(QLatin1String("<ul>"))), 13 + 3 + 4);

    // Every text reads as typed.
    for (const QString &text :
         {title, eventMarkup, eventRtl, eventList, factorEmphasis, factorHash, learningNumbered, learningQuestion,
          participantName, participantRole, participantRtl, actionAlert, actionRunbook, skipReason})
        QVERIFY2(html.contains(text.toHtmlEscaped()), qPrintable(text));
    QVERIFY(html.contains(QStringLiteral("<p>A bad config &amp; a *retry storm* took checkout down. It came back in 2 "
                                         "hours.</p>\n<p>2) Rollbacks work; &lt;script&gt;alert(1)&lt;/script&gt; is "
                                         "not run.</p>")));
    // Events in time order, each with its time and kind.
    const qsizetype list = html.indexOf(eventList.toHtmlEscaped());
    const qsizetype markup = html.indexOf(eventMarkup.toHtmlEscaped());
    const qsizetype rtl = html.indexOf(eventRtl.toHtmlEscaped());
    QVERIFY(list > 0 && list < markup && markup < rtl);
    QVERIFY(html.contains(QStringLiteral("<li>3/1/24 10:05 AM (Detection): ") + eventMarkup.toHtmlEscaped()));
    // The agreed timeline says when it was agreed.
    QVERIFY(html.contains(QLatin1String("<p>The group agreed this timeline on 3/1/24 8:40 PM (confirmed by Ana "
                                        "Lima).</p>")));
}

void TestPostmortemReport::markdownReadsAsTyped_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("emphasis") << QStringLiteral("*a* _b_ **c** __d__");
    QTest::newRow("code and links") << QStringLiteral("`x` [a](b) ![c](d) <http://e> https://f");
    QTest::newRow("html and entities") << QStringLiteral("<i>x</i> &amp; &#35; &copy; < > &");
    QTest::newRow("heading") << QStringLiteral("# not a heading");
    QTest::newRow("list item") << QStringLiteral("- not an item");
    QTest::newRow("plus") << QStringLiteral("+ not an item");
    QTest::newRow("ordered") << QStringLiteral("1. not numbered");
    QTest::newRow("ordered paren") << QStringLiteral("12) not numbered");
    QTest::newRow("decimal") << QStringLiteral("4.5 hours");
    QTest::newRow("rule") << QStringLiteral("---");
    QTest::newRow("setext") << QStringLiteral("===");
    QTest::newRow("quote") << QStringLiteral("> not quoted");
    QTest::newRow("table pipes") << QStringLiteral("| a | b |");
    QTest::newRow("strike") << QStringLiteral("~~gone~~");
    QTest::newRow("backslashes") << QStringLiteral("C:\\temp\\ and a final \\");
    QTest::newRow("emoji and rtl") << QStringLiteral("🚨 השירות חזר 🎉");
    QTest::newRow("fence") << QStringLiteral("```cpp");
    QTest::newRow("line breaks") << QStringLiteral("one\ntwo  \nthree");
}

void TestPostmortemReport::markdownReadsAsTyped()
{
    QFETCH(QString, text);
    ReportDocument doc(text);
    doc.addParagraph(text);
    doc.addList({{text, {{text, {}}}}});
    doc.addFields({{ReportText(QStringLiteral("Label")), text}});
    QString html;
    cmark(doc.toMarkdown(), &html);
    if (QTest::currentTestFailed())
        return;
    const QString expected = text.simplified();
    QCOMPARE(unescapeHtml(captures(html, QStringLiteral("<h1>(.*?)</h1>")).value(0)), expected);
    QCOMPARE(unescapeHtml(captures(html, QStringLiteral("<p>(.*?)</p>")).value(0)), expected);
    QVERIFY2(html.contains(QStringLiteral("<li>") + expected.toHtmlEscaped() + QStringLiteral("\n<ul>\n<li>") +
                           expected.toHtmlEscaped() + QStringLiteral("</li>")),
             qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("<li><strong>Label:</strong> ") + expected.toHtmlEscaped() +
                           QStringLiteral("</li>")),
             qPrintable(html));
}

void TestPostmortemReport::tablesAsLists()
{
    ReportDocument doc(QStringLiteral("Tables"));
    ReportTable plain;
    plain.headers = QStringList{QStringLiteral("Action"), QStringLiteral("Owner"), QStringLiteral("Due")};
    plain.rows = {{QStringLiteral("Fix it"), QStringLiteral("Ops"), QString()},
                  {QStringLiteral("- Test it"), QStringLiteral("QA | Dev"), QStringLiteral("5/1/24")}};
    doc.addTable(plain);
    ReportTable pattern;
    pattern.headers = QStringList{QStringLiteral("Time"), QStringLiteral("Text")};
    pattern.listPattern = QStringLiteral("%1: %2 (%3)");
    pattern.rows = {{QStringLiteral("10:00"), QStringLiteral("%1 stays")}};
    doc.addTable(pattern);
    doc.addList({{QStringLiteral("after"), {}}});
    QCOMPARE(doc.toMarkdown(), QStringLiteral("# Tables\n\n"
                                              "- Fix it\n"
                                              "  - Owner: Ops\n"
                                              "- \\- Test it\n"
                                              "  - Owner: QA \\| Dev\n"
                                              "  - Due: 5/1/24\n\n"
                                              "* 10:00: %1 stays (%3)\n\n"
                                              "- after\n"));
    QString html;
    cmark(doc.toMarkdown(), &html);
    if (QTest::currentTestFailed())
        return;
    // Three lists, not one: adjacent lists change their bullet.
    QCOMPARE(int(html.count(QLatin1String("<ul>"))), 3 + 2);
    QCOMPARE(int(html.count(QLatin1String("<li>"))), 2 + 3 + 1 + 1);
}

void TestPostmortemReport::htmlStandaloneAndEscaped()
{
    const QString html = m_report.toHtml();
    QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">")));
    QVERIFY(html.endsWith(QLatin1String("</html>\n")));
    QVERIFY(html.contains(QStringLiteral("<title>Postmortem: ") + title.toHtmlEscaped() + QStringLiteral("</title>")));
    QVERIFY(html.contains(QLatin1String("<meta name=\"description\" content=\"Blameless postmortem of incident")));
    QVERIFY(html.contains(QLatin1String("@media print")));
    QVERIFY(html.contains(QLatin1String("thead { display: table-header-group; }")));
    QVERIFY(html.contains(QLatin1String("content: \"Page \" counter(page) \" of \" counter(pages)")));
    // Nothing external: no scripts, links or images.
    for (const char *external : {"<script", "<link", "<img", "src=", "href="})
        QVERIFY2(!html.contains(QLatin1String(external)), external);
    // Every user text escaped, never raw.
    for (const QString &text :
         {title, eventMarkup, factorEmphasis, participantName, participantRole, actionAlert, skipReason})
        QVERIFY2(html.contains(text.toHtmlEscaped()), qPrintable(text));
    QVERIFY(!html.contains(QLatin1String("<b>paged</b>")));
    QVERIFY(!html.contains(QLatin1String("<to follow>")));
    // Tables with a header row; right-to-left text isolated inside a sentence, and every block finds its direction.
    QCOMPARE(int(html.count(QLatin1String("<thead>"))), 2);
    QVERIFY(html.contains(QLatin1String("<th scope=\"col\">What happened</th>")));
    QVERIFY(html.contains(QStringLiteral("<td dir=\"auto\">") + eventRtl + QStringLiteral("</td>")));
    QVERIFY(html.contains(QStringLiteral("<li dir=\"auto\"><bdi>") + participantRtl));
    QVERIFY(html.contains(QLatin1String("<strong>Detect sooner:</strong> ") + actionAlert.toHtmlEscaped()));
}

void TestPostmortemReport::textDocument()
{
    const std::unique_ptr<QTextDocument> doc = m_report.toTextDocument();
    QCOMPARE(doc->metaInformation(QTextDocument::DocumentTitle), QStringLiteral("Postmortem: ") + title);
    QStringList headings;
    int listItems = 0;
    QList<QTextTable *> tables;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0)
            headings.append(QString::number(block.blockFormat().headingLevel()) + block.text());
        if (block.textList())
            ++listItems;
        if (QTextTable *table = qobject_cast<QTextTable *>(QTextCursor(block).currentFrame());
            table && !tables.contains(table))
            tables.append(table);
    }
    QCOMPARE(headings.value(0), QStringLiteral("1Postmortem: ") + title);
    QVERIFY(headings.contains(QStringLiteral("2Timeline")));
    QVERIFY(headings.contains(QStringLiteral("3Technology")));
    QCOMPARE(headings.size(), 1 + 12 + 7);
    // Participants, factors and what they explain, learnings, the log.
    QCOMPARE(listItems, 3 + 3 * 2 + 3 + 7);
    // Field lists (header, metrics, phases) and the two real tables, which repeat their header row.
    QCOMPARE(tables.size(), 5);
    QList<int> headerRows;
    for (QTextTable *table : tables)
        headerRows.append(table->format().headerRowCount());
    QCOMPARE(headerRows, (QList<int>{0, 0, 1, 1, 0}));
    QTextTable *timeline = tables.at(2);
    QCOMPARE(timeline->rows(), 1 + 3);
    QCOMPARE(timeline->columns(), 3);
    QCOMPARE(timeline->cellAt(0, 2).firstCursorPosition().block().text(), QStringLiteral("What happened"));
    QCOMPARE(timeline->cellAt(2, 2).firstCursorPosition().block().text(), eventMarkup);
    QTextTable *actions = tables.at(3);
    QCOMPARE(actions->rows(), 1 + 4);
    QCOMPARE(actions->cellAt(1, 0).firstCursorPosition().block().text(),
             QStringLiteral("Detect sooner: ") + actionAlert);
    QCOMPARE(actions->cellAt(1, 2).firstCursorPosition().block().text(), QStringLiteral("3/10/24 (overdue)"));
}

void TestPostmortemReport::pdfPages_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<QString>("pdfinfoSize");
    QTest::newRow("A4") << int(QPageSize::A4) << QStringLiteral("595 x 842 pts (A4)");
    QTest::newRow("Letter") << int(QPageSize::Letter) << QStringLiteral("612 x 792 pts (letter)");
}

void TestPostmortemReport::pdfPages()
{
    QFETCH(int, pageSize);
    QFETCH(QString, pdfinfoSize);
    // The report with a long timeline, so the table crosses pages.
    const Result<PostmortemContent> read =
        PostmortemReport::read(m_store->incidents, m_store->postmortems, m_store->teams, m_incidentId);
    QVERIFY(read);
    PostmortemContent content = *read;
    for (int i = 0; i < 120; ++i) {
        TimelineEvent e = makeEvent(m_sessionId, at(11, i % 60), QStringLiteral("Step %1 of the long recovery").arg(i));
        e.id = 1000 + i;
        content.events.append(e);
    }
    const ReportDocument doc = PostmortemReport::build(content, today);
    const QString path = m_dir->filePath(QStringLiteral("report-%1.pdf").arg(pageSize));
    const Status saved = SaveFile::write(path, [&doc, pageSize](QIODevice &device, QString *error) {
        return doc.writePdf(device, QPageSize::PageSizeId(pageSize), error);
    });
    QVERIFY2(saved, qPrintable(saved.error()));

    QString info;
    runTool(QStringLiteral("pdfinfo"), {path}, {}, &info);
    if (QTest::currentTestFailed())
        return;
    const auto line = [&info](const QString &key) {
        return QRegularExpression(QStringLiteral("^%1:\\s+(.*)$").arg(key), QRegularExpression::MultilineOption)
            .match(info)
            .captured(1);
    };
    QCOMPARE(line(QStringLiteral("Page size")), pdfinfoSize);
    QCOMPARE(line(QStringLiteral("Title")), QStringLiteral("Postmortem: ") + title);
    QCOMPARE(line(QStringLiteral("Creator")), QStringLiteral("Candor"));
    const int pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
    QVERIFY2(pages >= 4, qPrintable(info));

    QString text;
    runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")}, {}, &text);
    if (QTest::currentTestFailed())
        return;
    const QStringList pageTexts = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    QCOMPARE(int(pageTexts.size()), pages);
    for (int i = 0; i < pages; ++i)
        QVERIFY2(pageTexts.at(i).contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages)),
                 qPrintable(pageTexts.at(i)));
    // The timeline's header row on every page the table reaches.
    int withHeader = 0;
    int withSteps = 0;
    for (const QString &page : pageTexts) {
        withSteps += page.contains(QLatin1String("of the long recovery")) ? 1 : 0;
        withHeader += page.contains(QRegularExpression(QStringLiteral("Time\\s+Kind\\s+What happened"))) ? 1 : 0;
    }
    QVERIFY2(withSteps >= 2, qPrintable(text));
    QCOMPARE(withHeader, withSteps);
    // Sections in order.
    qsizetype at = 0;
    for (const char *heading : {"Summary", "Customer impact", "Incident metrics", "Timeline", "Contributing factors",
                                "Learnings", "Action items", "Phase log", "Closing check"}) {
        const qsizetype found = text.indexOf(QLatin1String(heading), at);
        QVERIFY2(found > at, heading);
        at = found;
    }
}

void TestPostmortemReport::defaultPageSize_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<int>("pageSize");
    QTest::newRow("en_US") << QStringLiteral("en_US") << int(QPageSize::Letter);
    QTest::newRow("es_US") << QStringLiteral("es_US") << int(QPageSize::Letter);
    QTest::newRow("en_CA") << QStringLiteral("en_CA") << int(QPageSize::Letter);
    QTest::newRow("fr_CA") << QStringLiteral("fr_CA") << int(QPageSize::Letter);
    QTest::newRow("es_MX") << QStringLiteral("es_MX") << int(QPageSize::Letter);
    QTest::newRow("en_GB") << QStringLiteral("en_GB") << int(QPageSize::A4);
    QTest::newRow("de_DE") << QStringLiteral("de_DE") << int(QPageSize::A4);
    QTest::newRow("fr_FR") << QStringLiteral("fr_FR") << int(QPageSize::A4);
    QTest::newRow("ja_JP") << QStringLiteral("ja_JP") << int(QPageSize::A4);
    QTest::newRow("C") << QStringLiteral("C") << int(QPageSize::A4);
}

void TestPostmortemReport::defaultPageSize()
{
    QFETCH(QString, locale);
    QFETCH(int, pageSize);
    QCOMPARE(int(ReportDocument::defaultPageSize(QLocale(locale))), pageSize);
}

void TestPostmortemReport::fileBaseName()
{
    Incident incident;
    incident.id = 12;
    incident.title = title;
    QCOMPARE(PostmortemReport::fileBaseName(incident),
             QStringLiteral("postmortem-12-checkout-errors-timeouts-in-payments-v2"));
    incident.title = QStringLiteral("***");
    QCOMPARE(PostmortemReport::fileBaseName(incident), QStringLiteral("postmortem-12"));
    incident.title = eventRtl;
    QCOMPARE(PostmortemReport::fileBaseName(incident), QStringLiteral("postmortem-12-השירות-חזר-לפעול"));
}

void TestPostmortemReport::readErrors()
{
    PostmortemReport::Problem problem = PostmortemReport::Problem::None;
    Result<PostmortemContent> content =
        PostmortemReport::read(m_store->incidents, m_store->postmortems, m_store->teams, 987654, &problem);
    QVERIFY(!content);
    QCOMPARE(problem, PostmortemReport::Problem::NoIncident);
    QVERIFY2(content.error().contains(QLatin1String("987654")), qPrintable(content.error()));

    const qint64 other = addIncident(m_store->incidents, m_teamId, QStringLiteral("Quiet incident"));
    QVERIFY(other > 0);
    content = PostmortemReport::read(m_store->incidents, m_store->postmortems, m_store->teams, other, &problem);
    QVERIFY(!content);
    QCOMPARE(problem, PostmortemReport::Problem::NoPostmortem);
    QVERIFY2(content.error().contains(QLatin1String("no postmortem")), qPrintable(content.error()));
    QVERIFY2(content.error().contains(QLatin1String("Start postmortem")), qPrintable(content.error()));
    const Result<ReportDocument> doc =
        PostmortemReport::create(m_store->incidents, m_store->postmortems, m_store->teams, other);
    QVERIFY(!doc);
    QCOMPARE(doc.error(), content.error());
    QVERIFY(m_store->incidents.remove(other));
}

void TestPostmortemReport::inProgress()
{
    // A postmortem just started: every section is there and says what is still missing.
    const qint64 incident = addIncident(m_store->incidents, m_teamId, QStringLiteral("Fresh incident"));
    QVERIFY(incident > 0);
    Incident open = *m_store->incidents.incident(incident);
    open.status = IncidentStatus::Open;
    open.mitigated = QDateTime();
    open.resolved = QDateTime();
    open.customerImpact.clear();
    QVERIFY(m_store->incidents.update(open));
    QVERIFY(addSession(m_store->postmortems, makePostmortem(incident, m_teamId, at(13), QString())) > 0);
    const Result<ReportDocument> doc =
        PostmortemReport::create(m_store->incidents, m_store->postmortems, m_store->teams, incident);
    QVERIFY2(doc, qPrintable(doc.error()));
    const QString md = doc->toMarkdown();
    for (const char *text :
         {"- **Facilitator:** not named yet\n", "- **Phase:** Opening\n", "No summary yet.",
          "No customer impact was recorded for this incident.", "- **Time to mitigate:** not mitigated yet\n",
          "- **Time to resolve:** not resolved yet\n", "Nobody has been added yet.",
          "The timeline has not been started yet.", "No events yet.", "No contributing factors yet.",
          "No action items yet.", "- **Opening:** in progress since 3/1/24 1:00 PM\n", "- **Timeline:** not reached\n",
          "No phase has been closed yet.", "The closing check comes at the end of the session."})
        QVERIFY2(md.contains(QString::fromUtf8(text)), text);
    QCOMPARE(int(md.count(QLatin1String("None recorded."))), 4);
}

QTEST_MAIN(TestPostmortemReport)
#include "tst_postmortemreport.moc"
