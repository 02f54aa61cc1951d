// Each language's blame-language rules (resources/blame/<lang>.json): valid, covering every kind of phrase, and
// right about the file's own examples: every "flagged" sentence gets a finding, no "clean" sentence does.
#include "postmortem/BlameLanguageChecker.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace candor;

class TestBlameRules : public QObject
{
    Q_OBJECT

private slots:
    void rules_data();
    void rules();
    void forLanguage();
    void gapInPhrase_data();
    void gapInPhrase();
    void gapIsNotAPhraseNorAName();
};

void TestBlameRules::rules_data()
{
    QTest::addColumn<QString>("language");
    for (const char *language : {"en", "de", "fr", "es"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

void TestBlameRules::rules()
{
    QFETCH(QString, language);
    QFile file(QStringLiteral(":/blame/%1.json").arg(language));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    QString error;
    const BlameLanguageChecker checker = BlameLanguageChecker::fromJson(json, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!checker.isEmpty());

    const QJsonObject root = QJsonDocument::fromJson(json).object();
    QCOMPARE(root.value(QLatin1String("language")).toString(), language);
    QSet<QString> kinds;
    for (const QJsonValue &rule : root.value(QLatin1String("rules")).toArray()) {
        if (!rule.toObject().value(QLatin1String("phrases")).toArray().isEmpty())
            kinds.insert(rule.toObject().value(QLatin1String("kind")).toString());
    }
    const QSet<QString> everyKind{QStringLiteral("hindsight"), QStringLiteral("omission"), QStringLiteral("label"),
                                  QStringLiteral("minimising"), QStringLiteral("whyDidnt")};
    QCOMPARE(kinds, everyKind);

    const QJsonObject examples = root.value(QLatin1String("examples")).toObject();
    const QJsonArray flagged = examples.value(QLatin1String("flagged")).toArray();
    const QJsonArray clean = examples.value(QLatin1String("clean")).toArray();
    QVERIFY2(flagged.size() >= 10 && clean.size() >= 10, "each language needs ten examples of each");
    QStringList missed;
    for (const QJsonValue &sentence : flagged) {
        if (checker.check(sentence.toString(), {}).isEmpty())
            missed.append(sentence.toString());
    }
    QVERIFY2(missed.isEmpty(), qPrintable(QStringLiteral("not flagged: ") + missed.join(QStringLiteral(" | "))));
    QStringList wrong;
    for (const QJsonValue &sentence : clean) {
        const QList<BlameLanguageChecker::Finding> findings = checker.check(sentence.toString(), {});
        if (!findings.isEmpty())
            wrong.append(sentence.toString() + QStringLiteral(" [") + findings.first().text + QLatin1Char(']'));
    }
    QVERIFY2(wrong.isEmpty(),
             qPrintable(QStringLiteral("flagged but blameless: ") + wrong.join(QStringLiteral(" | "))));
}

// The GUI picks the rules of its language, and English for a language without rules.
void TestBlameRules::forLanguage()
{
    for (const char *language : {"de", "fr", "es"}) {
        const BlameLanguageChecker checker = BlameLanguageChecker::forLanguage(QString::fromLatin1(language));
        QCOMPARE(checker.language(), QString::fromLatin1(language));
    }
    QCOMPARE(BlameLanguageChecker::forLanguage(QStringLiteral("xx")).language(), QStringLiteral("en"));
}

void TestBlameRules::gapInPhrase_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("found"); // empty: nothing
    QTest::newRow("words between") << QStringLiteral("Er hätte den Alarm früher sehen sollen.")
                                   << QStringLiteral("hätte den Alarm früher sehen sollen");
    QTest::newRow("nothing between") << QStringLiteral("Das hätte sollen klappen.") << QStringLiteral("hätte sollen");
    QTest::newRow("another sentence") << QStringLiteral("Er hätte gern Kaffee. Wir sollen gehen.") << QString();
    QTest::newRow("another clause") << QStringLiteral("Ich hätte eine Frage, ob wir das sollen.") << QString();
    QTest::newRow("too far apart") << QStringLiteral("Sie hätte eins zwei drei vier fünf sechs sieben sollen")
                                   << QString();
    QTest::newRow("any case") << QStringLiteral("HÄTTE es SOLLEN") << QStringLiteral("HÄTTE es SOLLEN");
}

// "…" in a phrase stands for up to six words of the same sentence.
void TestBlameRules::gapInPhrase()
{
    QFETCH(QString, text);
    QFETCH(QString, found);
    const BlameLanguageChecker checker = BlameLanguageChecker::fromJson(
        QStringLiteral(
            u"{\"language\": \"de\", \"rules\": [{\"kind\": \"hindsight\", \"phrases\": [\"hätte … sollen\"]}]}")
            .toUtf8());
    const QList<BlameLanguageChecker::Finding> findings = checker.check(text, {});
    if (found.isEmpty()) {
        QVERIFY(findings.isEmpty());
    } else {
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().text, found);
    }
}

// A phrase that is only "…" matches nothing (not every empty place), and a person called "…" is only that: names
// have no gaps. The fuzzer found the empty match.
void TestBlameRules::gapIsNotAPhraseNorAName()
{
    const BlameLanguageChecker checker = BlameLanguageChecker::fromJson(
        QStringLiteral(u"{\"language\": \"en\", \"rules\": [{\"kind\": \"label\", \"phrases\": [\"…\", \"... …\", "
                       u"\"careless\"]}]}")
            .toUtf8());
    QVERIFY(!checker.isEmpty());
    QVERIFY(checker.check(QStringLiteral("The deploy went out at noon."), {}).isEmpty());
    QCOMPARE(checker.check(QStringLiteral("A careless edit."), {}).size(), 1);
    const QList<BlameLanguageChecker::Finding> named =
        checker.check(QStringLiteral("pedd … we had known"), {QStringLiteral(" …"), QStringLiteral("pedd … have")});
    for (const BlameLanguageChecker::Finding &finding : named)
        QVERIFY(finding.length > 0);
    QCOMPARE(checker.check(QStringLiteral("Then … happened."), {QStringLiteral("…")}).size(), 1);
}

QTEST_GUILESS_MAIN(TestBlameRules)
#include "tst_blamerules.moc"
