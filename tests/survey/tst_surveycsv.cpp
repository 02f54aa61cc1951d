// SurveyCsv: reading form-tool exports (BOM, line endings, quoting, bad UTF-8, blank lines), guessing which
// column holds which question, checking every row with its row and line number, and three exports end to end.
#include "survey/Instruments.h"
#include "survey/SurveyCsv.h"

#include <QFile>
#include <QTest>
#include <QTranslator>

using namespace candor;

namespace {

using Rows = QList<QStringList>;
using Values = QList<QList<int>>;

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(CANDOR_TEST_DATA "/") + QString::fromUtf8(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Cannot open the test file %s", name);
    return file.readAll();
}

Instrument builtIn(const char *key)
{
    const std::optional<Instrument> instrument = Instruments::builtInByKey(QString::fromUtf8(key));
    if (!instrument)
        qFatal("No built-in instrument %s", key);
    return *instrument;
}

// A custom instrument with the given item texts, as typed by a user.
Instrument custom(const QStringList &texts, int scalePoints = 7, bool hasTrend = false)
{
    Instrument instrument;
    instrument.key = QStringLiteral("custom-test");
    instrument.name = QStringLiteral("Test");
    instrument.scalePoints = scalePoints;
    instrument.hasTrend = hasTrend;
    for (const QString &text : texts)
        instrument.items.push_back(SurveyItem{QString(), text, false});
    return instrument;
}

// The three-item instrument the inline CSVs below answer, under the header "Timestamp,First,Second,Third,Comment".
Instrument threeItems(int scalePoints = 7, bool hasTrend = false)
{
    return custom({QStringLiteral("First"), QStringLiteral("Second"), QStringLiteral("Third")}, scalePoints, hasTrend);
}

const QByteArray threeHeader = "Timestamp,First,Second,Third,Comment\n";

QString safety(int item)
{
    return builtIn("psych-safety").items.at(size_t(item)).text;
}

QList<int> list(const std::vector<int> &values)
{
    return QList<int>(values.cbegin(), values.cend());
}

Values values(const SurveyCsv::Import &import)
{
    Values all;
    for (const SurveyAnswers &answers : import.responses)
        all.append(list(answers.values));
    return all;
}

QStringList comments(const SurveyCsv::Import &import)
{
    QStringList all;
    for (const SurveyAnswers &answers : import.responses)
        all.append(answers.comment);
    return all;
}

// Where each problem is, in one comparable list: "file" or "row 2, line 3".
QStringList locations(const SurveyCsv::Import &import)
{
    QStringList all;
    for (const SurveyCsv::Problem &problem : import.problems) {
        all.append(problem.row == 0 ? QStringLiteral("file")
                                    : QStringLiteral("row %1, line %2").arg(problem.row).arg(problem.line));
    }
    return all;
}

QStringList messages(const SurveyCsv::Import &import)
{
    QStringList all;
    for (const SurveyCsv::Problem &problem : import.problems)
        all.append(problem.message);
    return all;
}

} // namespace

class TestSurveyCsv : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void parseFailure_data();
    void parseFailure();
    void parseRejectsLargeFile();

    void guessMapping_data();
    void guessMapping();

    void read_data();
    void read();
    void readProblems_data();
    void readProblems();
    void readMessageSaysWhatAndWhatToDo();
    void readTableWithoutLines();
    void labelsInEveryLanguage_data();
    void labelsInEveryLanguage();

    void googleFormsExport();
    void microsoftFormsExport();
    void exportWithBadRows();
};

void TestSurveyCsv::parse_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<QList<int>>("lines");

    const QStringList ab = {QStringLiteral("a"), QStringLiteral("b")};
    const Rows twoRows = {{QStringLiteral("1"), QStringLiteral("2")}, {QStringLiteral("3"), QStringLiteral("4")}};
    const QList<int> twoLines = {2, 3};

    QTest::newRow("LF, no BOM") << QByteArray("a,b\n1,2\n3,4\n") << ab << twoRows << twoLines;
    QTest::newRow("CRLF with BOM") << QByteArray("\xEF\xBB\xBF"
                                                 "a,b\r\n1,2\r\n3,4\r\n")
                                   << ab << twoRows << twoLines;
    QTest::newRow("BOM with LF") << QByteArray("\xEF\xBB\xBF"
                                               "a,b\n1,2\n3,4\n")
                                 << ab << twoRows << twoLines;
    QTest::newRow("lone CR, as old Mac exports") << QByteArray("a,b\r1,2\r3,4\r") << ab << twoRows << twoLines;
    QTest::newRow("mixed line endings") << QByteArray("a,b\r\n1,2\n3,4\r") << ab << twoRows << twoLines;
    QTest::newRow("no line break at the end") << QByteArray("a,b\n1,2\n3,4") << ab << twoRows << twoLines;
    QTest::newRow("quoted comma") << QByteArray("a,b\n\"1,5\",2\n") << ab
                                  << Rows{{QStringLiteral("1,5"), QStringLiteral("2")}} << QList<int>{2};
    QTest::newRow("doubled quotes inside quotes")
        << QByteArray("a,b\n\"say \"\"hi\"\"\",\"\"\"\"\n") << ab
        << Rows{{QStringLiteral("say \"hi\""), QStringLiteral("\"")}} << QList<int>{2};
    QTest::newRow("quoted empty field") << QByteArray("a,b\n\"\",2\n") << ab << Rows{{QString(), QStringLiteral("2")}}
                                        << QList<int>{2};
    QTest::newRow("quoted newlines: later rows keep their file lines")
        << QByteArray("a,b\n1,\"x\ny\nz\"\n3,4\n") << ab
        << Rows{{QStringLiteral("1"), QStringLiteral("x\ny\nz")}, {QStringLiteral("3"), QStringLiteral("4")}}
        << QList<int>{2, 5};
    QTest::newRow("quoted CRLF and CR become LF")
        << QByteArray("a,b\r\n1,\"x\r\ny\rz\"\r\n3,4\r\n") << ab
        << Rows{{QStringLiteral("1"), QStringLiteral("x\ny\nz")}, {QStringLiteral("3"), QStringLiteral("4")}}
        << QList<int>{2, 5};
    QTest::newRow("quoted header with a comma")
        << QByteArray("\"Question, one\",b\n1,2\n") << QStringList{QStringLiteral("Question, one"), QStringLiteral("b")}
        << Rows{{QStringLiteral("1"), QStringLiteral("2")}} << QList<int>{2};
    QTest::newRow("spaces before an opening quote")
        << QByteArray("a,b\n1,  \"x, y\"\n") << ab << Rows{{QStringLiteral("1"), QStringLiteral("x, y")}}
        << QList<int>{2};
    QTest::newRow("quote inside an unquoted field kept as text")
        << QByteArray("a,b\n1,5\"2\n") << ab << Rows{{QStringLiteral("1"), QStringLiteral("5\"2")}} << QList<int>{2};
    QTest::newRow("empty fields kept") << QByteArray("a,b,c\n,,\n1,,3\n")
                                       << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}
                                       << Rows{{QString(), QString(), QString()},
                                               {QStringLiteral("1"), QString(), QStringLiteral("3")}}
                                       << QList<int>{2, 3};
    QTest::newRow("accents and emoji") << QByteArray("a,b\nCaf\xC3\xA9,\xF0\x9F\x99\x82\n") << ab
                                       << Rows{{QStringLiteral(u"Café"), QStringLiteral(u"🙂")}} << QList<int>{2};
    QTest::newRow("trailing blank lines dropped") << QByteArray("a,b\n1,2\n3,4\n\n\n") << ab << twoRows << twoLines;
    QTest::newRow("trailing blank CRLF lines, spaces and empty cells dropped")
        << QByteArray("a,b\r\n1,2\r\n3,4\r\n\r\n  \r\n,\r\n") << ab << twoRows << twoLines;
    QTest::newRow("blank row in the middle kept, for read() to skip")
        << QByteArray("a,b\n1,2\n\n3,4\n") << ab
        << Rows{{QStringLiteral("1"), QStringLiteral("2")}, {QString()}, {QStringLiteral("3"), QStringLiteral("4")}}
        << QList<int>{2, 3, 4};
    QTest::newRow("blank lines above the header skipped")
        << QByteArray("\n\na,b\n1,2\n") << ab << Rows{{QStringLiteral("1"), QStringLiteral("2")}} << QList<int>{4};
    QTest::newRow("header only") << QByteArray("a,b\r\n") << ab << Rows{} << QList<int>{};
}

void TestSurveyCsv::parse()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, header);
    QFETCH(Rows, rows);
    QFETCH(QList<int>, lines);

    const Result<SurveyCsv::Table> table = SurveyCsv::parse(bytes);
    QVERIFY2(table.ok(), qPrintable(table.error()));
    QCOMPARE(table->header, header);
    QCOMPARE(Rows(table->rows.cbegin(), table->rows.cend()), rows);
    QCOMPARE(list(table->rowLines), lines);
}

void TestSurveyCsv::parseFailure_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("start");  // the message names the line first
    QTest::addColumn<QString>("naming"); // and says what is wrong

    const QString utf8 = QStringLiteral("UTF-8");
    const QString quote = QStringLiteral("quoted field that is never closed");
    QTest::newRow("Latin-1 accent on line 2") << QByteArray("a,b\nCaf\xE9,2\n") << QStringLiteral("Line 2 ") << utf8;
    QTest::newRow("invalid byte after a CRLF quoted newline")
        << QByteArray("a,b\r\n1,\"x\r\ny\"\r\n\xFF,2\r\n") << QStringLiteral("Line 4 ") << utf8;
    QTest::newRow("invalid byte after lone CRs")
        << QByteArray("a,b\r1,2\r3,\x80\r") << QStringLiteral("Line 3 ") << utf8;
    QTest::newRow("multi-byte sequence cut off at the end")
        << QByteArray("a,b\n1,2\n3,\xC3") << QStringLiteral("Line 3 ") << utf8;
    QTest::newRow("overlong encoding") << QByteArray("a,\xC0\xAF\n") << QStringLiteral("Line 1 ") << utf8;
    QTest::newRow("UTF-16 export") << QByteArray("\xFF\xFE"
                                                 "a\0,\0b\0",
                                                 8)
                                   << QStringLiteral("Line 1 ") << utf8;
    QTest::newRow("unterminated quote on line 3")
        << QByteArray("a,b\n1,2\n3,\"never closed\n4,5\n") << QStringLiteral("Line 3 ") << quote;
    QTest::newRow("unterminated quote after a closed multi-line one")
        << QByteArray("a,b\n1,\"x\ny\"\n3,\"z") << QStringLiteral("Line 4 ") << quote;
    QTest::newRow("unterminated quote in the header")
        << QByteArray("\"a,b\n1,2\n") << QStringLiteral("Line 1 ") << quote;

    const QString empty = QStringLiteral("The file is empty.");
    QTest::newRow("empty file") << QByteArray() << empty << empty;
    QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF") << empty << empty;
    QTest::newRow("blank lines only") << QByteArray("\r\n\r\n  \r\n") << empty << empty;
}

void TestSurveyCsv::parseFailure()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, start);
    QFETCH(QString, naming);

    const Result<SurveyCsv::Table> table = SurveyCsv::parse(bytes);
    QVERIFY(!table.ok());
    QVERIFY2(table.error().startsWith(start), qPrintable(table.error()));
    QVERIFY2(table.error().contains(naming), qPrintable(table.error()));
    QVERIFY2(table.error().contains(QStringLiteral("import")), qPrintable(table.error()));
}

void TestSurveyCsv::parseRejectsLargeFile()
{
    const QByteArray tooLarge(SurveyCsv::MaximumBytes + 1, 'a');
    const Result<SurveyCsv::Table> rejected = SurveyCsv::parse(tooLarge);
    QVERIFY(!rejected.ok());
    QVERIFY2(rejected.error().contains(QStringLiteral("50 MB")), qPrintable(rejected.error()));

    const QByteArray atTheLimit(SurveyCsv::MaximumBytes, 'a');
    const Result<SurveyCsv::Table> accepted = SurveyCsv::parse(atTheLimit);
    QVERIFY2(accepted.ok(), qPrintable(accepted.error()));
    QCOMPARE(accepted->header.size(), 1);
}

void TestSurveyCsv::guessMapping_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QStringList>("itemTexts"); // a custom instrument; empty: the built-in psych-safety one
    QTest::addColumn<QList<int>>("itemColumns");
    QTest::addColumn<int>("commentColumn");

    QStringList verbatim;
    QStringList numbered;
    for (int item = 0; item < 7; ++item) {
        verbatim.append(safety(item));
        numbered.append(QStringLiteral("%1. %2").arg(item + 1).arg(safety(item)));
    }
    const QString timestamp = QStringLiteral("Timestamp");
    const QString anyComments = QStringLiteral("Any comments?");

    QTest::newRow("Google Forms: timestamp, questions as asked, \"Any comments?\"")
        << QStringList{timestamp} + verbatim + QStringList{anyComments} << QStringList()
        << QList<int>{1, 2, 3, 4, 5, 6, 7} << 8;
    QTest::newRow("numbered questions, comments first")
        << QStringList{anyComments} + numbered << QStringList() << QList<int>{1, 2, 3, 4, 5, 6, 7} << 0;
    QTest::newRow("no comment column") << numbered << QStringList() << QList<int>{0, 1, 2, 3, 4, 5, 6} << -1;

    QStringList edited = verbatim;
    edited[0] = QStringLiteral("\"WHEN someone on this team gets something wrong, it tends to be remembered against "
                               "them\"");
    edited[1] = QStringLiteral("  On this  team we can raise problems\nand hard topics openly?");
    edited[2] = QStringLiteral(u"“People here are sometimes pushed aside for being different”:");
    edited[3] = safety(3).toUpper();
    QTest::newRow("case, spacing, quotes and end punctuation ignored")
        << edited << QStringList() << QList<int>{0, 1, 2, 3, 4, 5, 6} << -1;

    QStringList reversed = numbered;
    std::reverse(reversed.begin(), reversed.end());
    QTest::newRow("questions in another order") << reversed << QStringList() << QList<int>{6, 5, 4, 3, 2, 1, 0} << -1;

    QStringList missing = verbatim;
    missing.removeAt(3);
    QTest::newRow("a question missing from the file")
        << missing << QStringList() << QList<int>{0, 1, 2, -1, 3, 4, 5} << -1;

    QStringList twice = verbatim;
    twice.insert(1, safety(0));
    QTest::newRow("a question twice: the copy is left unmapped")
        << twice << QStringList() << QList<int>{0, 2, 3, 4, 5, 6, 7} << -1;

    QTest::newRow("an exact header wins over one that only contains the text")
        << QStringList{QStringLiteral("We ship fast and safely."), QStringLiteral("We ship fast")}
        << QStringList{QStringLiteral("We ship fast"), QStringLiteral("We ship fast and safely")} << QList<int>{1, 0}
        << -1;
    QTest::newRow("the closest header that contains the text")
        << QStringList{timestamp, QStringLiteral("5. We have fun at work, mostly"), QStringLiteral("4. We have fun")}
        << QStringList{QStringLiteral("We have fun")} << QList<int>{2} << -1;
    QTest::newRow("\"comment\" inside a question does not make it the comment column")
        << QStringList{QStringLiteral("1. I can comment freely in meetings"), QStringLiteral("Comments")}
        << QStringList{QStringLiteral("I can comment freely in meetings.")} << QList<int>{0} << 1;
    QTest::newRow("\"comment\" anywhere in a header that is no question")
        << QStringList{QStringLiteral("Timestamp"), QStringLiteral("Comment on the process")}
        << QStringList{QStringLiteral("We ship fast")} << QList<int>{-1} << 1;
    QTest::newRow("empty header") << QStringList() << QStringList() << QList<int>{-1, -1, -1, -1, -1, -1, -1} << -1;
}

void TestSurveyCsv::guessMapping()
{
    QFETCH(QStringList, header);
    QFETCH(QStringList, itemTexts);
    QFETCH(QList<int>, itemColumns);
    QFETCH(int, commentColumn);

    const Instrument instrument = itemTexts.isEmpty() ? builtIn("psych-safety") : custom(itemTexts);
    const SurveyCsv::Mapping mapping = SurveyCsv::guessMapping(header, instrument);
    QCOMPARE(list(mapping.itemColumns), itemColumns);
    QCOMPARE(mapping.commentColumn, commentColumn);
}

void TestSurveyCsv::read_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("scalePoints");
    QTest::addColumn<bool>("hasTrend");
    QTest::addColumn<QList<int>>("itemColumns");
    QTest::addColumn<int>("commentColumn");
    QTest::addColumn<Values>("values");
    QTest::addColumn<QStringList>("comments");

    const QList<int> columns = {1, 2, 3};
    QTest::newRow("numbers") << threeHeader + "t1,1,4,7,\nt2,7,7,7,ok\n"
                             << 7 << false << columns << 4 << Values{{1, 4, 7}, {7, 7, 7}}
                             << QStringList{QString(), QStringLiteral("ok")};
    QTest::newRow("labels in mixed case")
        << threeHeader + "t1,Strongly Disagree,NEITHER AGREE NOR DISAGREE,strongly agree,\n"
                         "t2,sOmEwHaT aGrEe,Disagree,agree,\nt3,somewhat disagree,Somewhat Agree,Agree,\n"
        << 7 << false << columns << 4 << Values{{1, 4, 7}, {5, 2, 6}, {3, 5, 6}}
        << QStringList{QString(), QString(), QString()};
    QTest::newRow("numbers and labels in one row")
        << threeHeader + "t1,2,Agree,7,\n"
        << 7 << false << columns << 4 << Values{{2, 6, 7}} << QStringList{QString()};
    QTest::newRow("cells trimmed") << threeHeader + "t1,  3 , agree ,\t5\t,  a comment  \n"
                                   << 7 << false << columns << 4 << Values{{3, 6, 5}}
                                   << QStringList{QStringLiteral("a comment")};
    QTest::newRow("quoted comment with commas, doubled quotes and a line break")
        << threeHeader + "t1,1,2,3,\"Good, mostly. \"\"Retro\"\" helps.\r\nMore please\"\r\n"
        << 7 << false << columns << 4 << Values{{1, 2, 3}}
        << QStringList{QStringLiteral("Good, mostly. \"Retro\" helps.\nMore please")};
    QTest::newRow("blank comments are empty") << threeHeader + "t1,1,2,3,\nt2,1,2,3,   \nt3,1,2,3,\"\"\n"
                                              << 7 << false << columns << 4 << Values{{1, 2, 3}, {1, 2, 3}, {1, 2, 3}}
                                              << QStringList{QString(), QString(), QString()};
    QTest::newRow("no comment column") << threeHeader + "t1,1,2,3,ignored\n"
                                       << 7 << false << columns << -1 << Values{{1, 2, 3}} << QStringList{QString()};
    QTest::newRow("comment column beyond a short row is blank")
        << threeHeader + "t1,1,2,3\n"
        << 7 << false << columns << 4 << Values{{1, 2, 3}} << QStringList{QString()};
    QTest::newRow("blank rows skipped") << threeHeader + "t1,1,2,3,\n\n,,,,\n  , ,\t,,\nt2,4,5,6,\n"
                                        << 7 << false << columns << 4 << Values{{1, 2, 3}, {4, 5, 6}}
                                        << QStringList{QString(), QString()};
    QTest::newRow("extra cells beyond the header")
        << threeHeader + "t1,1,2,3,c,extra,more\n"
        << 7 << false << columns << 4 << Values{{1, 2, 3}} << QStringList{QStringLiteral("c")};
    QTest::newRow("duplicate header names: mapped by position")
        << QByteArray("Q,Q,Q,Comment\n1,2,3,c\n") << 7 << false << QList<int>{0, 1, 2} << 3 << Values{{1, 2, 3}}
        << QStringList{QStringLiteral("c")};
    QTest::newRow("columns in another order")
        << threeHeader + "t1,1,2,3,\n"
        << 7 << false << QList<int>{3, 1, 2} << 4 << Values{{3, 1, 2}} << QStringList{QString()};
    QTest::newRow("5-point scale") << threeHeader + "t1,1,3,5,\n"
                                   << 5 << false << columns << 4 << Values{{1, 3, 5}} << QStringList{QString()};
    QTest::newRow("instrument with a trend: values only")
        << threeHeader + "t1,1,2,3,\nt2,3,3,1,\n"
        << 3 << true << columns << 4 << Values{{1, 2, 3}, {3, 3, 1}} << QStringList{QString(), QString()};
    QTest::newRow("BOM and CRLF") << QByteArray("\xEF\xBB\xBF") + threeHeader.trimmed() + "\r\nt1,7,6,5,x\r\n"
                                  << 7 << false << columns << 4 << Values{{7, 6, 5}}
                                  << QStringList{QStringLiteral("x")};
    QTest::newRow("header only: nothing to import, nothing wrong")
        << threeHeader << 7 << false << columns << 4 << Values{} << QStringList{};
}

void TestSurveyCsv::read()
{
    QFETCH(QByteArray, csv);
    QFETCH(int, scalePoints);
    QFETCH(bool, hasTrend);
    QFETCH(QList<int>, itemColumns);
    QFETCH(int, commentColumn);
    QFETCH(Values, values);
    QFETCH(QStringList, comments);

    const Result<SurveyCsv::Table> table = SurveyCsv::parse(csv);
    QVERIFY2(table.ok(), qPrintable(table.error()));
    const SurveyCsv::Mapping mapping{std::vector<int>(itemColumns.cbegin(), itemColumns.cend()), commentColumn};
    const SurveyCsv::Import import = SurveyCsv::read(*table, mapping, threeItems(scalePoints, hasTrend));
    QCOMPARE(messages(import), QStringList());
    QCOMPARE(::values(import), values);
    QCOMPARE(::comments(import), comments);
    for (const SurveyAnswers &answers : import.responses)
        QVERIFY(answers.trends.empty());
}

void TestSurveyCsv::readProblems_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("scalePoints");
    QTest::addColumn<QList<int>>("itemColumns");
    QTest::addColumn<int>("commentColumn");
    QTest::addColumn<QStringList>("locations");
    QTest::addColumn<QStringList>("fragments"); // one per problem, found in its message

    const QList<int> columns = {1, 2, 3};
    const QString row1 = QStringLiteral("row 1, line 2");
    QTest::newRow("number above the scale")
        << threeHeader + "t1,1,8,3,\n"
        << 7 << columns << 4 << QStringList{row1}
        << QStringList{QStringLiteral(u"Row 1 (line 2), column 3 “Second”: “8” is not an answer from 1 to 7")};
    QTest::newRow("zero") << threeHeader + "t1,0,2,3,\n"
                          << 7 << columns << 4 << QStringList{row1}
                          << QStringList{QStringLiteral(u"column 2 “First”: “0”")};
    QTest::newRow("negative number") << threeHeader + "t1,1,2,-3,\n"
                                     << 7 << columns << 4 << QStringList{row1}
                                     << QStringList{QStringLiteral(u"“-3” is not an answer")};
    QTest::newRow("decimal number") << threeHeader + "t1,1,2.5,3,\n"
                                    << 7 << columns << 4 << QStringList{row1}
                                    << QStringList{QStringLiteral(u"“2.5” is not an answer")};
    QTest::newRow("misspelt label") << threeHeader + "t1,Strongly agreee,2,3,\n"
                                    << 7 << columns << 4 << QStringList{row1}
                                    << QStringList{QStringLiteral(u"“Strongly agreee” is not an answer from 1 to 7 or "
                                                                  u"one of the scale's labels")};
    QTest::newRow("label on a 4-point scale")
        << threeHeader + "t1,agree,2,3,\n"
        << 4 << columns << 4 << QStringList{row1}
        << QStringList{QStringLiteral(u"“agree” is not an answer from 1 to 4. Correct the file")};
    QTest::newRow("7-point label on a 5-point scale")
        << threeHeader + "t1,somewhat agree,2,3,\n"
        << 5 << columns << 4 << QStringList{row1}
        << QStringList{QStringLiteral(u"“somewhat agree” is not an answer from 1 to 5 or one of the scale's labels")};
    QTest::newRow("6 on a 5-point scale")
        << threeHeader + "t1,1,2,6,\n"
        << 5 << columns << 4 << QStringList{row1}
        << QStringList{QStringLiteral(u"“6” is not an answer from 1 to 5 or one of the scale's labels.")};
    QTest::newRow("blank answer") << threeHeader + "t1,1,,3,\n"
                                  << 7 << columns << 4 << QStringList{row1}
                                  << QStringList{QStringLiteral(u"Row 1 (line 2), column 3 “Second” is blank")};
    QTest::newRow("answer of spaces is blank")
        << threeHeader + "t1,1,2,  ,\n"
        << 7 << columns << 4 << QStringList{row1} << QStringList{QStringLiteral(u"column 4 “Third” is blank")};
    QTest::newRow("short row") << threeHeader + "t1,1,2\n"
                               << 7 << columns << 4 << QStringList{row1}
                               << QStringList{QStringLiteral(u"Row 1 (line 2) ends after column 3, but answers are "
                                                             u"expected up to column 4 “Third”")};
    QTest::newRow("every bad cell of a row")
        << threeHeader + "t1,0,,9,\n"
        << 7 << columns << 4 << QStringList{row1, row1, row1}
        << QStringList{QStringLiteral(u"“0”"), QStringLiteral(u"is blank"), QStringLiteral(u"“9”")};
    QTest::newRow("lines after a quoted multi-line comment")
        << threeHeader + "t1,1,2,3,\"a\nb\nc\"\nt2,1,2,x,\n"
        << 7 << columns << 4 << QStringList{QStringLiteral("row 2, line 5")}
        << QStringList{QStringLiteral(u"Row 2 (line 5)")};
    QTest::newRow("lines with lone CRs") << QByteArray("Timestamp,First,Second,Third,Comment\rt1,1,2,3,\rt2,9,2,3,\r")
                                         << 7 << columns << 4 << QStringList{QStringLiteral("row 2, line 3")}
                                         << QStringList{QStringLiteral(u"Row 2 (line 3)")};
    QTest::newRow("blank rows skipped but counted") << threeHeader + "t1,1,2,3,\n\nt3,9,2,3,\n"
                                                    << 7 << columns << 4 << QStringList{QStringLiteral("row 3, line 4")}
                                                    << QStringList{QStringLiteral(u"Row 3 (line 4)")};
    QTest::newRow("comment longer than a comment holds")
        << threeHeader + "t1,1,2,3,\"" + QByteArray(100001, 'x') + "\"\n"
        << 7 << columns << 4 << QStringList{row1}
        << QStringList{QStringLiteral(u"Row 1 (line 2), column 5 “Comment”: the comment has %1 characters; a comment "
                                      u"holds up to %2. Shorten it in the file")
                           .arg(QLocale().toString(100001), QLocale().toString(100000))};
    QTest::newRow("comment of exactly the limit is fine, a bad answer still reported")
        << threeHeader + "t1,1,2,3," + QByteArray(100000, 'x') + "\nt2,9,2,3,\n"
        << 7 << columns << 4 << QStringList{QStringLiteral("row 2, line 3")} << QStringList{QStringLiteral(u"“9”")};
    QTest::newRow("good rows around bad ones: every bad row reported")
        << threeHeader + "t1,1,2,3,\nt2,1,2,8,\nt3,1,2,3,\nt4,,2,3,\n"
        << 7 << columns << 4 << QStringList{QStringLiteral("row 2, line 3"), QStringLiteral("row 4, line 5")}
        << QStringList{QStringLiteral(u"“8”"), QStringLiteral(u"is blank")};

    const QString file = QStringLiteral("file");
    QTest::newRow("column outside the header")
        << threeHeader + "t1,1,2,3,\n"
        << 7 << QList<int>{1, 2, 7} << 4 << QStringList{file}
        << QStringList{QStringLiteral(u"Question 3 “Third” is set to column 8, but the file has only 5")};
    QTest::newRow("two questions in one column")
        << threeHeader + "t1,1,2,3,\n"
        << 7 << QList<int>{1, 1, 3} << 4 << QStringList{file}
        << QStringList{QStringLiteral(u"Questions 1 and 2 are both set to column 2 “First”")};
    QTest::newRow("unmapped question") << threeHeader + "t1,1,2,3,\n"
                                       << 7 << QList<int>{1, -1, 3} << 4 << QStringList{file}
                                       << QStringList{QStringLiteral(u"Question 2 “Second” has no column")};
    QTest::newRow("fewer columns than questions") << threeHeader + "t1,1,2,3,\n"
                                                  << 7 << QList<int>{1, 2} << 4 << QStringList{file}
                                                  << QStringList{QStringLiteral(u"Question 3 “Third” has no column")};
    QTest::newRow("more columns than questions") << threeHeader + "t1,1,2,3,\n"
                                                 << 7 << QList<int>{1, 2, 3, 4} << -1 << QStringList{file}
                                                 << QStringList{QStringLiteral("the instrument asks 3 questions")};
    QTest::newRow("comment column outside the header")
        << threeHeader + "t1,1,2,3,\n"
        << 7 << columns << 9 << QStringList{file} << QStringList{QStringLiteral("Comments are set to column 10")};
    QTest::newRow("comment column holds answers")
        << threeHeader + "t1,1,2,3,\n"
        << 7 << columns << 2 << QStringList{file}
        << QStringList{QStringLiteral(u"Column 3 “Second” is set to hold both comments and the answers to question 2")};
    QTest::newRow("mapping problems come alone, before any row is checked")
        << threeHeader + "t1,9,9,9,\n"
        << 7 << QList<int>{1, 1, 1} << 4 << QStringList{file, file}
        << QStringList{QStringLiteral("Questions 1 and 2"), QStringLiteral("Questions 1 and 3")};
}

void TestSurveyCsv::readProblems()
{
    QFETCH(QByteArray, csv);
    QFETCH(int, scalePoints);
    QFETCH(QList<int>, itemColumns);
    QFETCH(int, commentColumn);
    QFETCH(QStringList, locations);
    QFETCH(QStringList, fragments);

    const Result<SurveyCsv::Table> table = SurveyCsv::parse(csv);
    QVERIFY2(table.ok(), qPrintable(table.error()));
    const SurveyCsv::Mapping mapping{std::vector<int>(itemColumns.cbegin(), itemColumns.cend()), commentColumn};
    const SurveyCsv::Import import = SurveyCsv::read(*table, mapping, threeItems(scalePoints));
    QCOMPARE(::locations(import), locations);
    const QStringList found = messages(import);
    for (int i = 0; i < fragments.size(); ++i)
        QVERIFY2(found[i].contains(fragments[i]), qPrintable(found[i]));
    // Nothing may be imported from a file with problems, not even its good rows.
    QCOMPARE(import.responses.size(), size_t(0));
}

void TestSurveyCsv::readMessageSaysWhatAndWhatToDo()
{
    const Result<SurveyCsv::Table> table = SurveyCsv::parse(threeHeader + "t1,1,2,3,\n\"t2\nlate\",1,Agree!,3,\n");
    QVERIFY2(table.ok(), qPrintable(table.error()));
    const SurveyCsv::Import import = SurveyCsv::read(*table, {{1, 2, 3}, 4}, threeItems());
    QCOMPARE(messages(import), QStringList{QStringLiteral(
                                   u"Row 2 (line 3), column 3 “Second”: “Agree!” is not an answer from 1 to 7 or one "
                                   u"of the scale's labels. Correct the file and import it again.")});
}

void TestSurveyCsv::readTableWithoutLines()
{
    // A table built in code rather than parsed: one line per row below the header is assumed.
    SurveyCsv::Table table;
    table.header = QStringList{QStringLiteral("First"), QStringLiteral("Second"), QStringLiteral("Third")};
    table.rows = {{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")},
                  {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("%1")}};
    const SurveyCsv::Import import = SurveyCsv::read(table, {{0, 1, 2}, -1}, threeItems());
    QCOMPARE(locations(import), QStringList{QStringLiteral("row 2, line 3")});
    // A "%1" in a cell stays as it is, rather than being taken for a placeholder.
    QVERIFY2(import.problems.front().message.contains(QStringLiteral(u"“%1” is not an answer from 1 to 7")),
             qPrintable(import.problems.front().message));
}

void TestSurveyCsv::labelsInEveryLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("scalePoints");
    for (const QString &language : {QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")}) {
        for (const int points : {3, 5, 7})
            QTest::newRow(qPrintable(QStringLiteral("%1, %2 points").arg(language).arg(points))) << language << points;
    }
}

// A form made in another language imports whatever language Candor speaks now: each point's label as the
// translation file words it, in upper case too, reads as that point.
void TestSurveyCsv::labelsInEveryLanguage()
{
    QFETCH(QString, language);
    QFETCH(int, scalePoints);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/candor_%1.qm").arg(language)));
    QCoreApplication::installTranslator(&translator);
    QStringList labels;
    for (int value = 1; value <= scalePoints; ++value)
        labels.append(Instruments::scaleLabel(scalePoints, value));
    QCoreApplication::removeTranslator(&translator);

    for (int value = 1; value <= scalePoints; ++value) {
        const QString label = labels.at(value - 1);
        QVERIFY2(label != Instruments::scaleLabel(scalePoints, value),
                 qPrintable(QStringLiteral("“%1” is not translated").arg(label)));
        QCOMPARE(Instruments::parseAnswer(label, scalePoints), value);
        QCOMPARE(Instruments::parseAnswer(QLatin1Char(' ') + label.toUpper() + QLatin1Char(' '), scalePoints), value);
    }
}

void TestSurveyCsv::googleFormsExport()
{
    // BOM, CRLF, a timestamp first, the question titles as headers and a quoted two-line comment with an emoji.
    const Result<SurveyCsv::Table> table = SurveyCsv::parse(fixture("google-forms-psych-safety.csv"));
    QVERIFY2(table.ok(), qPrintable(table.error()));
    QCOMPARE(table->header.front(), QStringLiteral("Timestamp"));
    QCOMPARE(table->header.size(), 9);
    QCOMPARE(list(table->rowLines), (QList<int>{2, 3, 5, 6, 7}));

    const Instrument instrument = builtIn("psych-safety");
    const SurveyCsv::Mapping mapping = SurveyCsv::guessMapping(table->header, instrument);
    QCOMPARE(list(mapping.itemColumns), (QList<int>{1, 2, 3, 4, 5, 6, 7}));
    QCOMPARE(mapping.commentColumn, 8);

    const SurveyCsv::Import import = SurveyCsv::read(*table, mapping, instrument);
    QCOMPARE(messages(import), QStringList());
    QCOMPARE(values(import), (Values{{2, 6, 2, 5, 3, 6, 6},
                                     {1, 7, 1, 6, 2, 7, 7},
                                     {3, 5, 2, 4, 4, 5, 6},
                                     {5, 3, 4, 3, 5, 4, 5},
                                     {2, 6, 1, 5, 2, 6, 7}}));
    QCOMPARE(comments(import),
             (QStringList{QString(),
                          QStringLiteral(u"Retros feel safer since we started writing things down, not pointing at "
                                         u"people.\nMore of that, please 🙂"),
                          QStringLiteral("The \"no blame\" rule helps, most of the time."), QString(),
                          QStringLiteral("Planning, reviews, stand-ups: all fine.")}));
}

void TestSurveyCsv::microsoftFormsExport()
{
    // Every field quoted, LF, no BOM, form columns before numbered questions, agreement labels in mixed case and
    // blank lines at the end.
    const Result<SurveyCsv::Table> table = SurveyCsv::parse(fixture("microsoft-forms-labels.csv"));
    QVERIFY2(table.ok(), qPrintable(table.error()));
    QCOMPARE(table->rows.size(), size_t(4));

    const Instrument instrument = builtIn("westrum");
    const SurveyCsv::Mapping mapping = SurveyCsv::guessMapping(table->header, instrument);
    QCOMPARE(list(mapping.itemColumns), (QList<int>{5, 6, 7, 8, 9, 10}));
    QCOMPARE(mapping.commentColumn, 11);

    const SurveyCsv::Import import = SurveyCsv::read(*table, mapping, instrument);
    QCOMPARE(messages(import), QStringList());
    QCOMPARE(values(import), (Values{{6, 5, 7, 6, 4, 6}, {7, 6, 6, 3, 6, 7}, {5, 2, 4, 5, 3, 5}, {1, 1, 2, 2, 3, 2}}));
    QCOMPARE(comments(import),
             (QStringList{QString(), QStringLiteral("Cross-team work, e.g. with the platform group, could be easier."),
                          QString(),
                          QStringLiteral("Bad news still travels slowly.\nPeople wait for the weekly meeting.")}));
}

void TestSurveyCsv::exportWithBadRows()
{
    const Result<SurveyCsv::Table> table = SurveyCsv::parse(fixture("bad-rows.csv"));
    QVERIFY2(table.ok(), qPrintable(table.error()));
    const Instrument instrument = builtIn("psych-safety");
    const SurveyCsv::Mapping mapping = SurveyCsv::guessMapping(table->header, instrument);
    QCOMPARE(list(mapping.itemColumns), (QList<int>{1, 2, 3, 4, 5, 6, 7}));

    const SurveyCsv::Import import = SurveyCsv::read(*table, mapping, instrument);
    QCOMPARE(locations(import), (QStringList{QStringLiteral("row 2, line 3"), QStringLiteral("row 3, line 4"),
                                             QStringLiteral("row 5, line 7"), QStringLiteral("row 6, line 8"),
                                             QStringLiteral("row 8, line 10"), QStringLiteral("row 8, line 10")}));
    const QStringList found = messages(import);
    QVERIFY2(found[0].contains(QStringLiteral(u"column 4 “People here are sometimes pushed aside for being "
                                              u"different.”: “8”")),
             qPrintable(found[0]));
    QVERIFY2(found[1].contains(QStringLiteral(u"column 2 “When someone on this team gets something wrong, it tends "
                                              u"to be remembered against them.” is blank")),
             qPrintable(found[1]));
    QVERIFY2(found[2].contains(QStringLiteral(u"“Strongly agreed”")), qPrintable(found[2]));
    QVERIFY2(found[3].contains(QStringLiteral("ends after column 4")), qPrintable(found[3]));
    QVERIFY2(found[4].contains(QStringLiteral(u"“0”")), qPrintable(found[4]));
    QVERIFY2(found[5].contains(QStringLiteral(u"column 6 “Asking colleagues on this team for help is difficult.”: "
                                              u"“agree-ish”")),
             qPrintable(found[5]));
    QCOMPARE(import.responses.size(), size_t(0));
}

QTEST_GUILESS_MAIN(TestSurveyCsv)
#include "tst_surveycsv.moc"
