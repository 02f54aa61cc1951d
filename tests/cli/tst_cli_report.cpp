// candor-cli report, run as the built executable on the demo's postmortems: Markdown (exactly what postmortem show
// prints), standalone HTML and PDF, to files and standard output; the PDF read back with pdftotext and pdfinfo
// (title, section headings and timeline in order, page numbers, A4 or Letter from --page or the locale); usage
// errors and failed writes (exit codes, one line on stderr, no file left behind).
#include "cli/CliHarness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace candor::clitest;

namespace {

QJsonObject parseJsonObject(const QString &text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    return document.isObject() ? document.object() : QJsonObject();
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// Runs a poppler tool on a file; fails clearly when it is not installed.
void poppler(const QString &tool, const QStringList &args, QString *output)
{
    QVERIFY2(!QStandardPaths::findExecutable(tool).isEmpty(),
             qPrintable(
                 QStringLiteral("%1 is not installed. Install poppler-utils (./scripts/test installs it).").arg(tool)));
    QProcess process;
    process.start(tool, args);
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    *output = QString::fromUtf8(process.readAllStandardOutput());
}

// One line of pdfinfo's output ("Page size", "Title").
QString pdfinfoLine(const QString &info, const QString &key)
{
    return QRegularExpression(QStringLiteral("^%1:\\s+(.*)$").arg(key), QRegularExpression::MultilineOption)
        .match(info)
        .captured(1);
}

} // namespace

class TestCliReport : public QObject, public CliHarness
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { startTest(); }
    void cleanup() { finishTest(); }

    void help();
    void markdownIsPostmortemShow();
    void html();
    void pdf_data();
    void pdf();
    void pageSizeFromLocale_data();
    void pageSizeFromLocale();
    void usageErrors_data();
    void usageErrors();
    void unknownIncident();
    void incidentWithoutPostmortem();
    void failedWriteLeavesNoFile_data();
    void failedWriteLeavesNoFile();

private:
    // Drawing a PDF starts Qt's GUI part, which wants a private runtime folder (absent for root in CI, where it
    // would warn on stderr).
    QProcessEnvironment environment() const
    {
        QProcessEnvironment runtime = baseEnvironment();
        runtime.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_shared->filePath(QStringLiteral("runtime")));
        return runtime;
    }
    Run cli(const QStringList &args, const QProcessEnvironment &processEnvironment)
    {
        return run(args + QStringList{QStringLiteral("--db"), m_demo}, processEnvironment);
    }
    Run cli(const QStringList &args) { return cli(args, environment()); }
    Run report(const QString &format, const QStringList &more = {})
    {
        return cli(
            QStringList{QStringLiteral("report"), QString::number(m_finished), QStringLiteral("--format"), format} +
            more);
    }
    void expectFailure(const Run &r, int code, const QString &mentions = QString())
    {
        QCOMPARE(r.exitStatus, QProcess::NormalExit);
        QCOMPARE(r.exitCode, code);
        QCOMPARE(r.out, QString());
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.err.startsWith(QLatin1String("candor-cli: ")), qPrintable(r.err));
        if (!mentions.isEmpty())
            QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    }

    std::unique_ptr<QTemporaryDir> m_shared;
    QString m_demo;
    qint64 m_finished = 0;  // a finished postmortem's incident
    qint64 m_unstarted = 0; // an incident without a postmortem
    QJsonObject m_json;     // its postmortem show --format json
};

void TestCliReport::initTestCase()
{
    startTestCase();
    m_shared = std::make_unique<QTemporaryDir>();
    QVERIFY(m_shared->isValid());
    m_demo = candor::testdb::location(*m_shared, QStringLiteral("demo"));
    QVERIFY2(!m_demo.isEmpty(), qPrintable(candor::testdb::lastError()));
    QVERIFY(QDir(m_shared->path()).mkdir(QStringLiteral("runtime")));
    QVERIFY(QFile::setPermissions(m_shared->filePath(QStringLiteral("runtime")),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    startTest();
    const Run demo = run({QStringLiteral("demo"), QStringLiteral("--db"), m_demo});
    QCOMPARE(demo.exitCode, 0);
    {
        QSqlDatabase db = candor::testdb::connect(m_demo, QStringLiteral("read"));
        QVERIFY(db.isOpen());
        QSqlQuery q(db);
        // The finished postmortem with the longest timeline.
        QVERIFY(q.exec(QStringLiteral(
            "SELECT p.incident_id FROM postmortem p WHERE p.kind = 0 AND p.phase = 5 ORDER BY (SELECT COUNT(*)"
            " FROM timeline_event e WHERE e.postmortem_id = p.id) DESC, p.incident_id LIMIT 1")));
        QVERIFY(q.next());
        m_finished = q.value(0).toLongLong();
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM incident WHERE id NOT IN (SELECT incident_id FROM postmortem"
                                      " WHERE incident_id IS NOT NULL) ORDER BY id LIMIT 1")));
        QVERIFY(q.next());
        m_unstarted = q.value(0).toLongLong();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("read"));
    const Run json = cli({QStringLiteral("postmortem"), QStringLiteral("show"), QString::number(m_finished),
                          QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(json.exitCode, 0);
    m_json = parseJsonObject(json.out);
    QVERIFY(m_json.value(QLatin1String("timeline")).toArray().size() >= 5);
    finishTest();
}

void TestCliReport::help()
{
    const Run overview = run({QStringLiteral("--help")}, environment());
    QVERIFY(overview.out.contains(QLatin1String("report INCIDENT_ID --format md|html|pdf")));
    const Run r = run({QStringLiteral("report"), QStringLiteral("--help")}, environment());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    for (const char *text : {"--format", "--page", "-o", "INCIDENT_ID", "Letter", "A4", "postmortem show"})
        QVERIFY2(r.out.contains(QLatin1String(text)), text);
}

void TestCliReport::markdownIsPostmortemShow()
{
    const Run show = cli({QStringLiteral("postmortem"), QStringLiteral("show"), QString::number(m_finished)});
    QCOMPARE(show.exitCode, 0);
    const Run toStdout = report(QStringLiteral("md"));
    QCOMPARE(toStdout.exitCode, 0);
    QCOMPARE(toStdout.err, QString());
    QCOMPARE(toStdout.out, show.out);

    const QString file = path(QStringLiteral("report.md"));
    const Run toFile = report(QStringLiteral("md"), {QStringLiteral("-o"), file});
    QCOMPARE(toFile.exitCode, 0);
    QCOMPARE(toFile.out, QString());
    QCOMPARE(toFile.err, QString());
    QCOMPARE(readText(file), show.out);
    const QString title = m_json.value(QLatin1String("title")).toString();
    QVERIFY(show.out.startsWith(QStringLiteral("# Postmortem: ") + title + QLatin1Char('\n')));
    for (const char *heading : {"\n## Summary\n", "\n## Customer impact\n", "\n## Incident metrics\n",
                                "\n## Timeline\n", "\n## Contributing factors\n", "\n## Action items\n"})
        QVERIFY2(show.out.contains(QLatin1String(heading)), heading);
    QVERIFY(show.out.contains(QLatin1String("The group agreed this timeline on ")));
    QVERIFY(show.out.contains(QLatin1String("- **Time to resolve:** ")));
}

void TestCliReport::html()
{
    const QString file = path(QStringLiteral("report.html"));
    const Run toFile = report(QStringLiteral("html"), {QStringLiteral("--output"), file});
    QCOMPARE(toFile.exitCode, 0);
    QCOMPARE(toFile.err, QString());
    QCOMPARE(toFile.out, QString());
    const QString html = readText(file);
    QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>\n<html lang=\"")));
    QVERIFY(html.contains(QLatin1String("<meta charset=\"utf-8\">")));
    QVERIFY(html.contains(QLatin1String("@media print")));
    const QString title = m_json.value(QLatin1String("title")).toString();
    QVERIFY(html.contains(QStringLiteral("<title>Postmortem: ") + title.toHtmlEscaped() + QStringLiteral("</title>")));
    qsizetype at = 0;
    for (const QJsonValue &event : m_json.value(QLatin1String("timeline")).toArray()) {
        const QString text = event.toObject().value(QLatin1String("text")).toString().toHtmlEscaped();
        const qsizetype found = html.indexOf(text, at);
        QVERIFY2(found > at, qPrintable(text));
        at = found;
    }
    const Run toStdout = report(QStringLiteral("html"));
    QCOMPARE(toStdout.exitCode, 0);
    QCOMPARE(toStdout.out, html);
}

void TestCliReport::pdf_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("pageSize");
    QTest::newRow("a4") << QStringLiteral("a4") << QStringLiteral("595 x 842 pts (A4)");
    QTest::newRow("letter") << QStringLiteral("letter") << QStringLiteral("612 x 792 pts (letter)");
    QTest::newRow("Letter") << QStringLiteral("Letter") << QStringLiteral("612 x 792 pts (letter)");
}

void TestCliReport::pdf()
{
    QFETCH(QString, page);
    QFETCH(QString, pageSize);
    const QString file = path(QStringLiteral("report.pdf"));
    const Run r = report(QStringLiteral("pdf"), {QStringLiteral("--page"), page, QStringLiteral("-o"), file});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QString());
    QCOMPARE(r.err, QString());
    QVERIFY(readText(file).startsWith(QLatin1String("%PDF-")));

    const QString title = QStringLiteral("Postmortem: ") + m_json.value(QLatin1String("title")).toString();
    QString info;
    poppler(QStringLiteral("pdfinfo"), {file}, &info);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(pdfinfoLine(info, QStringLiteral("Page size")), pageSize);
    QCOMPARE(pdfinfoLine(info, QStringLiteral("Title")), title);
    const int pages = pdfinfoLine(info, QStringLiteral("Pages")).toInt();
    QVERIFY2(pages >= 2, qPrintable(info));

    QString text;
    poppler(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), file, QStringLiteral("-")}, &text);
    if (QTest::currentTestFailed())
        return;
    // The title, then the sections in order, and inside the timeline its texts in time order (by their first
    // words: a long text wraps inside its cell).
    qsizetype at = text.indexOf(title.left(30));
    QVERIFY2(at >= 0, qPrintable(text));
    for (const char *heading : {"Summary", "Customer impact", "Incident metrics", "Participants", "Timeline"}) {
        const qsizetype found = text.indexOf(QLatin1String(heading), at);
        QVERIFY2(found > at, heading);
        at = found;
    }
    for (const QJsonValue &event : m_json.value(QLatin1String("timeline")).toArray()) {
        const QString start = event.toObject().value(QLatin1String("text")).toString().section(QLatin1Char(' '), 0, 2);
        const qsizetype found = text.indexOf(start, at);
        QVERIFY2(found > at, qPrintable(start));
        at = found;
    }
    for (const char *heading :
         {"Contributing factors", "Learnings", "Action items", "Phases", "Phase log", "Closing check"}) {
        const qsizetype found = text.indexOf(QLatin1String(heading), at);
        QVERIFY2(found > at, heading);
        at = found;
    }
    // Every page says which it is.
    const QStringList pageTexts = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    QCOMPARE(int(pageTexts.size()), pages);
    for (int i = 0; i < pages; ++i)
        QVERIFY2(pageTexts.at(i).contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages)),
                 qPrintable(pageTexts.at(i)));
}

void TestCliReport::pageSizeFromLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("pageSize");
    QTest::newRow("en_US") << QStringLiteral("en_US.UTF-8") << QStringLiteral("612 x 792 pts (letter)");
    QTest::newRow("en_CA") << QStringLiteral("en_CA.UTF-8") << QStringLiteral("612 x 792 pts (letter)");
    QTest::newRow("en_GB") << QStringLiteral("en_GB.UTF-8") << QStringLiteral("595 x 842 pts (A4)");
    QTest::newRow("de_DE") << QStringLiteral("de_DE.UTF-8") << QStringLiteral("595 x 842 pts (A4)");
    QTest::newRow("C") << QStringLiteral("C.UTF-8") << QStringLiteral("595 x 842 pts (A4)");
}

void TestCliReport::pageSizeFromLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, pageSize);
    QProcessEnvironment localised = environment();
    for (const char *name : {"LANG", "LANGUAGE", "LC_PAPER", "LC_MEASUREMENT"})
        localised.remove(QString::fromLatin1(name));
    localised.insert(QStringLiteral("LC_ALL"), locale);
    const QString file = path(QStringLiteral("report.pdf"));
    const Run r = cli({QStringLiteral("report"), QString::number(m_finished), QStringLiteral("--format"),
                       QStringLiteral("pdf"), QStringLiteral("-o"), file},
                      localised);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    QString info;
    poppler(QStringLiteral("pdfinfo"), {file}, &info);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(pdfinfoLine(info, QStringLiteral("Page size")), pageSize);
}

void TestCliReport::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    const QString id = QString::number(2); // any id: usage is checked before the database is read
    const QString format = QStringLiteral("--format");
    const QString out = QStringLiteral("-o");
    const QString file = QStringLiteral("out.pdf");
    QTest::newRow("no format") << QStringList{id} << QStringLiteral("--format");
    QTest::newRow("unknown format") << QStringList{id, format, QStringLiteral("docx"), out, file}
                                    << QStringLiteral("docx");
    QTest::newRow("pdf without -o") << QStringList{id, format, QStringLiteral("pdf")} << QStringLiteral("-o");
    QTest::newRow("unknown page")
        << QStringList{id, format, QStringLiteral("pdf"), QStringLiteral("--page"), QStringLiteral("a5"), out, file}
        << QStringLiteral("a5");
    QTest::newRow("page for markdown") << QStringList{id, format, QStringLiteral("md"), QStringLiteral("--page"),
                                                      QStringLiteral("a4")}
                                       << QStringLiteral("--page");
    QTest::newRow("not an id") << QStringList{QStringLiteral("twelve"), format, QStringLiteral("md")}
                               << QStringLiteral("twelve");
    QTest::newRow("no id") << QStringList{format, QStringLiteral("md")} << QStringLiteral("report INCIDENT_ID");
    QTest::newRow("two ids") << QStringList{id, id, format, QStringLiteral("md")}
                             << QStringLiteral("report INCIDENT_ID");
    QTest::newRow("unknown option") << QStringList{id, format, QStringLiteral("md"), QStringLiteral("--colour")}
                                    << QStringLiteral("colour");
}

void TestCliReport::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const Run r = cli(QStringList{QStringLiteral("report")} + args);
    expectFailure(r, 64, mentions);
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("out.pdf"))));
}

void TestCliReport::unknownIncident()
{
    const QString file = path(QStringLiteral("report.pdf"));
    const Run r = cli({QStringLiteral("report"), QStringLiteral("987654"), QStringLiteral("--format"),
                       QStringLiteral("pdf"), QStringLiteral("-o"), file});
    expectFailure(r, 1, QStringLiteral("987654"));
    QVERIFY2(r.err.contains(QLatin1String("candor-cli list incidents")), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(file));
}

void TestCliReport::incidentWithoutPostmortem()
{
    const QString id = QString::number(m_unstarted);
    const Run r = cli({QStringLiteral("report"), id, QStringLiteral("--format"), QStringLiteral("md")});
    expectFailure(r, 1, id);
    QVERIFY2(r.err.contains(QLatin1String("no postmortem")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("Start postmortem")), qPrintable(r.err));
}

void TestCliReport::failedWriteLeavesNoFile_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("target");
    for (const char *format : {"md", "html", "pdf"}) {
        const QString f = QString::fromLatin1(format);
        QTest::addRow("%s into a missing folder", format) << f << QStringLiteral("missing/report.") + f;
        QTest::addRow("%s onto a folder", format) << f << QStringLiteral("folder");
        QTest::addRow("%s below a file", format) << f << QStringLiteral("plain.txt/report.") + f;
    }
}

void TestCliReport::failedWriteLeavesNoFile()
{
    QFETCH(QString, format);
    QFETCH(QString, target);
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("folder")));
    QFile plain(path(QStringLiteral("plain.txt")));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    const QStringList before = QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    const Run r = report(format, {QStringLiteral("-o"), path(target)});
    expectFailure(r, 1);
    QVERIFY2(r.err.contains(QFileInfo(path(target)).fileName()), qPrintable(r.err));
    // Nothing new anywhere: no half-written file, no temporary file beside it.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), before);
    QVERIFY(QDir(path(QStringLiteral("folder"))).isEmpty());
}

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_cli_report.moc"
