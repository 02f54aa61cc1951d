#include "postmortem/BlameLanguageChecker.h"

#include <QtTest>

using namespace candor;
using Kind = BlameLanguageChecker::Kind;

Q_DECLARE_METATYPE(BlameLanguageChecker::Kind)

class TestBlameChecker : public QObject
{
    Q_OBJECT

private slots:
    void englishRules_data();
    void englishRules();
    void personAsCause();
    void givenNameAsCause_data();
    void givenNameAsCause();
    void overlappingFindingsKeepTheFirst();
    void unknownLanguageFallsBackToEnglish();
    void invalidRulesAreReported();
    void everyKindHasAHint();
    void longTextIsChecked();
};

void TestBlameChecker::englishRules_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // the words found, in order
    QTest::addColumn<QList<Kind>>("kinds");

    QTest::newRow("neutral description") << QStringLiteral("The deploy raised latency; the alert fired at 02:10.")
                                         << QStringList() << QList<Kind>();
    QTest::newRow("should have") << QStringLiteral("She should have checked the dashboard.")
                                 << QStringList{QStringLiteral("should have")} << QList<Kind>{Kind::Hindsight};
    QTest::newRow("contraction with typographic apostrophe")
        << QStringLiteral("We could\u2019ve rolled back sooner.") << QStringList{QStringLiteral("could\u2019ve")}
        << QList<Kind>{Kind::Hindsight};
    QTest::newRow("case and line break inside the phrase")
        << QStringLiteral("They FAILED\nTO page the owner.") << QStringList{QStringLiteral("FAILED\nTO")}
        << QList<Kind>{Kind::Omission};
    QTest::newRow("labels") << QStringLiteral("Root cause: human error. Careless change.")
                            << QStringList{QStringLiteral("human error"), QStringLiteral("Careless")}
                            << QList<Kind>{Kind::Label, Kind::Label};
    QTest::newRow("longer phrase wins") << QStringLiteral("Nobody is at fault here.")
                                        << QStringList{QStringLiteral("at fault")} << QList<Kind>{Kind::Label};
    QTest::newRow("whole words only") << QStringLiteral("The default value and a faulty disk; simplify it.")
                                      << QStringList() << QList<Kind>();
    QTest::newRow("minimising and why didn't") << QStringLiteral("Obviously broken. Why didn't anyone look?")
                                               << QStringList{QStringLiteral("Obviously"), QStringLiteral("Why didn't")}
                                               << QList<Kind>{Kind::Minimising, Kind::WhyDidnt};
    QTest::newRow("just had to") << QStringLiteral("He just had to restart it.")
                                 << QStringList{QStringLiteral("just had to")} << QList<Kind>{Kind::Minimising};
}

void TestBlameChecker::englishRules()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QFETCH(QList<Kind>, kinds);
    const BlameLanguageChecker checker = BlameLanguageChecker::forLanguage(QStringLiteral("en"));
    QVERIFY(!checker.isEmpty());
    const QList<BlameLanguageChecker::Finding> findings = checker.check(text);
    QStringList words;
    QList<Kind> foundKinds;
    for (const auto &f : findings) {
        words.append(f.text);
        foundKinds.append(f.kind);
        QCOMPARE(text.mid(f.start, f.length), f.text);
    }
    QCOMPARE(words, expected);
    QCOMPARE(foundKinds, kinds);
}

void TestBlameChecker::personAsCause()
{
    const BlameLanguageChecker checker = BlameLanguageChecker::forLanguage(QStringLiteral("en"));
    const QStringList people{QStringLiteral("Ana Lima"), QStringLiteral("Émile"), QStringLiteral("فاطمة")};
    const auto findings = checker.check(
        QStringLiteral("ana lima merged the change; Émile approved; فاطمة was on call. Anathema is not a name."),
        people);
    QCOMPARE(findings.size(), 3);
    QCOMPARE(findings[0].text, QStringLiteral("ana lima"));
    QCOMPARE(findings[0].kind, Kind::PersonAsCause);
    QCOMPARE(findings[1].text, QStringLiteral("Émile"));
    QCOMPARE(findings[2].text, QStringLiteral("فاطمة"));
    QVERIFY(checker.check(QStringLiteral("The on-call engineer merged the change."), people).isEmpty());
    // Names with regular-expression characters are literal.
    QCOMPARE(checker.check(QStringLiteral("J.R. (ops) paged"), {QStringLiteral("J.R. (ops)")}).size(), 1);
    QVERIFY(checker.check(QStringLiteral("JxR"), {QStringLiteral("J.R")}).isEmpty());
}

void TestBlameChecker::givenNameAsCause_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("found");
    QTest::newRow("given name, capitalised")
        << QStringLiteral("Nadia restarted the resolver.") << QStringList{QStringLiteral("Nadia")};
    QTest::newRow("given name mid-sentence")
        << QStringLiteral("The deploy that Will ran went out early.") << QStringList{QStringLiteral("Will")};
    QTest::newRow("ordinary word in lower case")
        << QStringLiteral("The queue will drain; may it be soon.") << QStringList{};
    QTest::newRow("whole name wins over the given name")
        << QStringLiteral("nadia larsen restarted it") << QStringList{QStringLiteral("nadia larsen")};
    QTest::newRow("part of a longer word") << QStringLiteral("Nadiastraße is a street.") << QStringList{};
    QTest::newRow("family name alone is not a given name") << QStringLiteral("Larsen-style checks") << QStringList{};
    QTest::newRow("one-letter given names are ignored") << QStringLiteral("J paged the team.") << QStringList{};
}

void TestBlameChecker::givenNameAsCause()
{
    QFETCH(QString, text);
    QFETCH(QStringList, found);
    const BlameLanguageChecker checker = BlameLanguageChecker::forLanguage(QStringLiteral("en"));
    const QStringList people{QStringLiteral("Nadia Larsen"), QStringLiteral("Will Turner"), QStringLiteral("May Chen"),
                             QStringLiteral("J Doe")};
    QStringList words;
    for (const BlameLanguageChecker::Finding &f : checker.check(text, people)) {
        QCOMPARE(f.kind, Kind::PersonAsCause);
        words.append(f.text);
    }
    QCOMPARE(words, found);
    // The same checker answers for another list of names (the cache follows the list).
    QVERIFY(checker.check(text, {QStringLiteral("Someone Else")}).isEmpty());
}

void TestBlameChecker::overlappingFindingsKeepTheFirst()
{
    const BlameLanguageChecker checker = BlameLanguageChecker::forLanguage(QStringLiteral("en"));
    // "should have" and the person name "Should" overlap; the earlier, longer finding stays.
    const auto findings = checker.check(QStringLiteral("should have"), {QStringLiteral("should")});
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings[0].kind, Kind::Hindsight);
}

void TestBlameChecker::unknownLanguageFallsBackToEnglish()
{
    const BlameLanguageChecker checker = BlameLanguageChecker::forLanguage(QStringLiteral("xx_YY"));
    QCOMPARE(checker.language(), QStringLiteral("en"));
    QCOMPARE(checker.check(QStringLiteral("operator error")).size(), 1);
}

void TestBlameChecker::invalidRulesAreReported()
{
    QString error;
    QVERIFY(BlameLanguageChecker::fromJson("{ not json", &error).isEmpty());
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(BlameLanguageChecker::fromJson(R"({"rules": [{"kind": "nonsense", "phrases": ["x"]}]})", &error).isEmpty());
    QVERIFY(error.contains(QStringLiteral("nonsense")));
    const auto custom =
        BlameLanguageChecker::fromJson(R"({"language": "en", "rules": [{"kind": "label", "phrases": ["a+b"]}]})");
    QCOMPARE(custom.check(QStringLiteral("a+b then aab")).size(), 1);
}

void TestBlameChecker::everyKindHasAHint()
{
    for (Kind kind :
         {Kind::Hindsight, Kind::Omission, Kind::Label, Kind::Minimising, Kind::WhyDidnt, Kind::PersonAsCause})
        QVERIFY(!BlameLanguageChecker::hint(kind).isEmpty());
}

void TestBlameChecker::longTextIsChecked()
{
    // 100,000 characters (the text limit) with one finding at the very end.
    const BlameLanguageChecker checker = BlameLanguageChecker::forLanguage(QStringLiteral("en"));
    const QString text = QString(99980, QLatin1Char('x'))
                             .replace(QRegularExpression(QStringLiteral("x{9}x")), QStringLiteral("word word ")) +
                         QStringLiteral(" human error");
    const auto findings = checker.check(text);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings[0].start, int(text.size()) - 11);
}

QTEST_GUILESS_MAIN(TestBlameChecker)
#include "tst_blamechecker.moc"
