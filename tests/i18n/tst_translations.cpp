// The translation files are complete and sound: lupdate, run on a copy of each with today's sources, would leave no
// unfinished, vanished or obsolete entry; every translation keeps its source's placeholders and mnemonic; plural
// messages have every form; each compiled file loads and translates.
#include "Translations.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString translationType;  // "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one per plural form, or the one translation
    bool numerus = false;
};

// Every message of a .ts file, in file order.
QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages.append(current);
            continue;
        }
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            current = Message{};
            current.context = context;
            current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            current.translationType = xml.attributes().value(QLatin1String("type")).toString();
            if (!current.numerus)
                current.translations = {xml.readElementText()};
        } else if (xml.name() == QLatin1String("numerusform")) {
            current.translations.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?[1-9n]"));
    QStringList found;
    for (QRegularExpressionMatchIterator it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    found.removeDuplicates();
    return found;
}

// "&&" is a literal ampersand, not a mnemonic; entities are already decoded by the XML reader.
int mnemonics(const QString &text)
{
    QString rest = text;
    rest.remove(QStringLiteral("&&"));
    static const QRegularExpression mnemonic(QStringLiteral("&[^\\s&]"));
    return int(rest.count(mnemonic));
}

QString describe(const Message &message)
{
    return message.context + QStringLiteral(": “") + message.source.left(60) + QStringLiteral("”");
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void complete_data();
    void complete();
    void sound_data();
    void sound();
    void loads_data();
    void loads();
};

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("pluralOnly");
    QTest::newRow("en (plural forms)") << QStringLiteral("candor_en.ts") << true;
    QTest::newRow("de") << QStringLiteral("candor_de.ts") << false;
    QTest::newRow("fr") << QStringLiteral("candor_fr.ts") << false;
    QTest::newRow("es") << QStringLiteral("candor_es.ts") << false;
}

// What `cmake --build B --target update_translations` would do, on a copy, keeping obsolete entries so they show.
void TestTranslations::complete()
{
    QFETCH(QString, file);
    QFETCH(bool, pluralOnly);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(file);
    QVERIFY(QFile::copy(QStringLiteral(CANDOR_TS_DIR "/") + file, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QStringList arguments{QStringLiteral("-locations"), QStringLiteral("none")};
    if (pluralOnly)
        arguments << QStringLiteral("-pluralonly");
    arguments << QStringLiteral("@" CANDOR_TR_SOURCES) << QStringLiteral("-ts") << copy;
    QProcess lupdate;
    lupdate.start(QStringLiteral(CANDOR_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             lupdate.readAllStandardError().constData());

    QString error;
    const QList<Message> messages = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());
    QStringList problems;
    for (const Message &message : messages) {
        if (!message.translationType.isEmpty())
            problems.append(message.translationType + QStringLiteral(" — ") + describe(message));
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 entries need work (run update_translations, then translate):\n%2")
                            .arg(problems.size())
                            .arg(problems.mid(0, 30).join(QLatin1Char('\n')))));
}

void TestTranslations::sound_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("pluralForms");
    QTest::newRow("en") << QStringLiteral("candor_en.ts") << 2;
    QTest::newRow("de") << QStringLiteral("candor_de.ts") << 2;
    QTest::newRow("fr") << QStringLiteral("candor_fr.ts") << 2;
    QTest::newRow("es") << QStringLiteral("candor_es.ts") << 2;
}

void TestTranslations::sound()
{
    QFETCH(QString, file);
    QFETCH(int, pluralForms);
    QString error;
    const QList<Message> messages = readTs(QStringLiteral(CANDOR_TS_DIR "/") + file, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList problems;
    for (const Message &message : messages) {
        if (message.numerus && message.translations.size() != pluralForms)
            problems.append(
                QStringLiteral("%1 plural forms instead of %2 — ").arg(message.translations.size()).arg(pluralForms) +
                describe(message));
        for (const QString &translation : message.translations) {
            if (translation.trimmed().isEmpty()) {
                problems.append(QStringLiteral("empty — ") + describe(message));
                continue;
            }
            QStringList expected = placeholders(message.source);
            // A plural form may leave the number out ("one team" for %n = 1), but never another placeholder.
            QStringList found = placeholders(translation);
            if (message.numerus) {
                expected.removeAll(QStringLiteral("%n"));
                expected.removeAll(QStringLiteral("%Ln"));
                found.removeAll(QStringLiteral("%n"));
                found.removeAll(QStringLiteral("%Ln"));
            }
            if (found != expected)
                problems.append(QStringLiteral("placeholders %1 instead of %2 — ")
                                    .arg(found.join(QLatin1Char(' ')), expected.join(QLatin1Char(' '))) +
                                describe(message));
            if (mnemonics(translation) != mnemonics(message.source))
                problems.append(QStringLiteral("mnemonic lost or added — ") + describe(message));
        }
    }
    QVERIFY2(
        problems.isEmpty(),
        qPrintable(
            QStringLiteral("%1 problems:\n%2").arg(problems.size()).arg(problems.mid(0, 30).join(QLatin1Char('\n')))));
}

void TestTranslations::loads_data()
{
    QTest::addColumn<QString>("language");
    for (const candor::Languages::Language &language : candor::Languages::available()) {
        if (language.code != QLatin1String("en"))
            QTest::newRow(qPrintable(language.code)) << language.code;
    }
}

// Each language's compiled file is embedded, loads, and translates a message every window shows.
void TestTranslations::loads()
{
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/candor_%1.qm").arg(language)));
    QCOMPARE(translator.language(), language);
    const QString actionItems = translator.translate("candor::MainWindow", "Action items");
    QVERIFY(!actionItems.isEmpty());
    QVERIFY(actionItems != QLatin1String("Action items"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
