// candor-cli as scripts see it: the built executable run with QProcess in a temporary folder, checked by exit code,
// stdout and stderr: help, usage errors, the demo, adding teams and members, and listing as table, CSV and JSON.
#include "cli/CliHarness.h"

#include <QScopeGuard>
#include <QSet>

using namespace candor;
using namespace candor::clitest;

class TestCli : public QObject, public CliHarness
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        startTestCase();
        m_copyDemos = true; // but demoSameSeedGivesSameData makes each of its own
    }
    void init() { startTest(); }
    void cleanup() { finishTest(); }

    void helpAndVersion_data();
    void helpAndVersion();
    void usageErrors_data();
    void usageErrors();

    void demoIntoNewFile();
    void demoSameSeedGivesSameData();
    void teamsAndMembersWithUnicodeNames();
    void memberAddToExistingTeams();
    void memberAddWithoutRole();
    void emptyNameRefused_data();
    void emptyNameRefused();
    void unknownTeamRefused_data();
    void unknownTeamRefused();
    void listIncidentsOfDepartmentAsCsv();
    void csvQuotesAwkwardFields();
    void listTable();
};

void TestCli::helpAndVersion_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("expected"); // texts stdout must contain

    const QStringList overview{QStringLiteral("Usage: candor-cli"),
                               QStringLiteral("Commands:"),
                               QStringLiteral("demo"),
                               QStringLiteral("team add"),
                               QStringLiteral("member add"),
                               QStringLiteral("list teams|members|incidents"),
                               QStringLiteral("check"),
                               QStringLiteral("Exit codes")};
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << overview;
    QTest::newRow("-h") << QStringList{QStringLiteral("-h")} << overview;
    QTest::newRow("--help after --db") << QStringList{QStringLiteral("--db"), QStringLiteral("x.db"),
                                                      QStringLiteral("--help")}
                                       << overview;
    const QString version = QStringLiteral("candor-cli " CANDOR_VERSION);
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << QStringList{version};
    QTest::newRow("-v") << QStringList{QStringLiteral("-v")} << QStringList{version};
    QTest::newRow("demo --help") << QStringList{QStringLiteral("demo"), QStringLiteral("--help")}
                                 << QStringList{QStringLiteral("--scale"), QStringLiteral("--seed"),
                                                QStringLiteral("--db")};
    QTest::newRow("list -h") << QStringList{QStringLiteral("list"), QStringLiteral("-h")}
                             << QStringList{QStringLiteral("Usage: candor-cli list [options] what"),
                                            QStringLiteral("--format"), QStringLiteral("--team")};
    QTest::newRow("member add --help") << QStringList{QStringLiteral("member"), QStringLiteral("add"),
                                                      QStringLiteral("--help")}
                                       << QStringList{QStringLiteral("--role"), QStringLiteral("--manager")};
    QTest::newRow("check --help") << QStringList{QStringLiteral("check"), QStringLiteral("--help")}
                                  << QStringList{QStringLiteral("integrity")};
}

void TestCli::helpAndVersion()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, expected);

    const Run r = run(args);
    QCOMPARE(r.exitStatus, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    for (const QString &text : expected)
        QVERIFY2(r.out.contains(text), qPrintable(QStringLiteral("“%1” missing from: %2").arg(text, r.out)));
    if (args.constFirst() == QLatin1String("--version") || args.constFirst() == QLatin1String("-v"))
        QCOMPARE(r.out, QStringLiteral("candor-cli " CANDOR_VERSION "\n"));
    // Help and version never open (or create) a database.
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("x.db"))));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("xdg-data"))));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");

    auto row = [](const char *name, const QStringList &args) {
        QTest::newRow(name) << args;
    };
    row("no command", {});
    row("only --db", {QStringLiteral("--db"), QStringLiteral("new.db")});
    row("--db without a value", {QStringLiteral("--db")});
    row("unknown command", {QStringLiteral("frobnicate")});
    row("unknown option before the command", {QStringLiteral("--frobnicate")});
    row("unknown short option", {QStringLiteral("-x"), QStringLiteral("list"), QStringLiteral("teams")});
    row("unknown option after the command",
        {QStringLiteral("list"), QStringLiteral("teams"), QStringLiteral("--frobnicate")});
    row("list without what", {QStringLiteral("list")});
    row("list of unknown things", {QStringLiteral("list"), QStringLiteral("widgets")});
    row("list of two things", {QStringLiteral("list"), QStringLiteral("teams"), QStringLiteral("members")});
    row("list --format xml",
        {QStringLiteral("list"), QStringLiteral("teams"), QStringLiteral("--format"), QStringLiteral("xml")});
    row("list --format without a value", {QStringLiteral("list"), QStringLiteral("teams"), QStringLiteral("--format")});
    row("demo --scale huge", {QStringLiteral("demo"), QStringLiteral("--scale"), QStringLiteral("huge")});
    row("demo --seed abc", {QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("abc")});
    row("demo --seed -1", {QStringLiteral("demo"), QStringLiteral("--seed=-1")});
    row("demo --seed too large", {QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("4294967296")});
    row("demo with an argument", {QStringLiteral("demo"), QStringLiteral("now")});
    row("team without add", {QStringLiteral("team"), QStringLiteral("remove"), QStringLiteral("Payments")});
    row("team add without a name", {QStringLiteral("team"), QStringLiteral("add")});
    row("team add with two names",
        {QStringLiteral("team"), QStringLiteral("add"), QStringLiteral("A"), QStringLiteral("B")});
    row("member add without --team", {QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("Ana")});
    row("member without add", {QStringLiteral("member"), QStringLiteral("list")});
    row("check with an argument", {QStringLiteral("check"), QStringLiteral("now")});
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);

    // The database named by CANDOR_DB must not even be created: the command line is checked first.
    const QString database = path(QStringLiteral("new.db"));
    QProcessEnvironment environment = baseEnvironment();
    environment.insert(QStringLiteral("CANDOR_DB"), database);
    const Run r = run(args, environment);
    QCOMPARE(r.exitStatus, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 64);
    QCOMPARE(r.out, QString());
    const QStringList lines = r.errLines();
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.constFirst().startsWith(QLatin1String("candor-cli: ")), qPrintable(lines.constFirst()));
    QVERIFY(lines.constFirst().size() > int(qstrlen("candor-cli: ")) + 10); // says what is wrong
    QVERIFY(!QFileInfo::exists(database));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("xdg-data"))));
}

void TestCli::demoIntoNewFile()
{
    const QString database = newDatabase(QStringLiteral("demo.db"));
    QVERIFY2(!database.isEmpty(), qPrintable(testdb::lastError()));
    Run r = run({QStringLiteral("demo"), QStringLiteral("--db"), database});
    QCOMPARE(r.exitStatus, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    QVERIFY2(r.out.contains(QLatin1String("120 incidents")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("13 teams")));
    if (!testdb::onPostgreSql())
        QVERIFY(QFileInfo(database).size() > 0);

    // A database that holds data is refused, and keeps what it had.
    r = run({QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--db"), database});
    QCOMPARE(r.exitStatus, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QString());
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY(r.err.startsWith(QLatin1String("candor-cli: ")));

    r = run({QStringLiteral("list"), QStringLiteral("incidents"), QStringLiteral("--format"), QStringLiteral("json"),
             QStringLiteral("--db"), database});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(parseJsonArray(r.out).size(), 120);
    r = run({QStringLiteral("list"), QStringLiteral("teams"), QStringLiteral("--format"), QStringLiteral("json"),
             QStringLiteral("--db"), database});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(parseJsonArray(r.out).size(), 13);
    r = run({QStringLiteral("list"), QStringLiteral("members"), QStringLiteral("--format"), QStringLiteral("json"),
             QStringLiteral("--db"), database});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(parseJsonArray(r.out).size(), 60);
}

void TestCli::demoSameSeedGivesSameData()
{
    m_copyDemos = false; // two runs of the demo, not copies of one
    const auto copyAgain = qScopeGuard([this] { m_copyDemos = true; });
    const QString first = createDemo(QStringLiteral("first.db"), QStringLiteral("42"));
    const QString second = createDemo(QStringLiteral("second.db"), QStringLiteral("42"));
    const QString other = createDemo(QStringLiteral("other.db"), QStringLiteral("43"));
    QVERIFY(!first.isEmpty());
    QVERIFY(!second.isEmpty());
    QVERIFY(!other.isEmpty());

    auto csv = [this](const QString &database) {
        return run({QStringLiteral("list"), QStringLiteral("incidents"), QStringLiteral("--format"),
                    QStringLiteral("csv"), QStringLiteral("--db"), database});
    };
    const Run a = csv(first);
    const Run b = csv(second);
    const Run c = csv(other);
    QCOMPARE(a.exitCode, 0);
    QCOMPARE(b.exitCode, 0);
    QCOMPARE(c.exitCode, 0);
    QCOMPARE(a.out.count(QLatin1String("\r\n")), 121); // header and 120 incidents
    QCOMPARE(a.out, b.out);
    QVERIFY(a.out != c.out); // the seed matters
}

void TestCli::teamsAndMembersWithUnicodeNames()
{
    const QString database = newDatabase(QStringLiteral("teams.db"));
    QVERIFY2(!database.isEmpty(), qPrintable(testdb::lastError()));
    const QString fireTeam = QStringLiteral("Équipe 🚒");
    const QString supportTeam = QStringLiteral("فريق الدعم");
    const QString manager = QStringLiteral("Zoë Ødegård 👩‍🚒");
    const QString engineer = QStringLiteral("سارة القحطاني");
    const QString engineerRole = QStringLiteral("مهندسة موثوقية");

    Run r = run({QStringLiteral("team"), QStringLiteral("add"), fireTeam, QStringLiteral("--db"), database});
    QCOMPARE(r.exitStatus, QProcess::NormalExit);
    // Bug: TeamRepository::insertTeam binds Team::description, a null QString when nothing sets it, so SQLite
    // gets NULL for the NOT NULL column team.description; candor-cli has no way to give a description.
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    QVERIFY(r.out.contains(fireTeam));

    r = run({QStringLiteral("team"), QStringLiteral("add"), supportTeam, QStringLiteral("--parent"), fireTeam,
             QStringLiteral("--db"), database});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(supportTeam));

    r = run({QStringLiteral("member"), QStringLiteral("add"), manager, QStringLiteral("--team"), fireTeam,
             QStringLiteral("--role"), QStringLiteral("Cheffe d’équipe 🧯"), QStringLiteral("--manager"),
             QStringLiteral("--db"), database});
    QCOMPARE(r.exitCode, 0);
    r = run({QStringLiteral("member"), QStringLiteral("add"), engineer, QStringLiteral("--team"), supportTeam,
             QStringLiteral("--role"), engineerRole, QStringLiteral("--db"), database});
    QCOMPARE(r.exitCode, 0);

    r = run({QStringLiteral("list"), QStringLiteral("teams"), QStringLiteral("--format"), QStringLiteral("json"),
             QStringLiteral("--db"), database});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray teams = parseJsonArray(r.out);
    QCOMPARE(teams.size(), 2);
    const QJsonObject fire = findByName(teams, fireTeam);
    const QJsonObject support = findByName(teams, supportTeam);
    QCOMPARE(fire.value(QLatin1String("parent")).toString(), QString());
    QCOMPARE(support.value(QLatin1String("parent")).toString(), fireTeam);
    QVERIFY(fire.value(QLatin1String("id")).toInteger() > 0);
    QVERIFY(support.value(QLatin1String("id")).toInteger() > 0);

    r = run({QStringLiteral("list"), QStringLiteral("members"), QStringLiteral("--format"), QStringLiteral("json"),
             QStringLiteral("--db"), database});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray members = parseJsonArray(r.out);
    QCOMPARE(members.size(), 2);
    const QJsonObject first = findByName(members, manager);
    QCOMPARE(first.value(QLatin1String("team")).toString(), fireTeam);
    QCOMPARE(first.value(QLatin1String("role")).toString(), QStringLiteral("Cheffe d’équipe 🧯"));
    QCOMPARE(first.value(QLatin1String("manager")), QJsonValue(true));
    QCOMPARE(first.value(QLatin1String("active")), QJsonValue(true));
    const QJsonObject second = findByName(members, engineer);
    QCOMPARE(second.value(QLatin1String("team")).toString(), supportTeam);
    QCOMPARE(second.value(QLatin1String("role")).toString(), engineerRole);
    QCOMPARE(second.value(QLatin1String("manager")), QJsonValue(false));

    // --team covers the team and its sub-teams.
    r = run({QStringLiteral("list"), QStringLiteral("members"), QStringLiteral("--team"), supportTeam,
             QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--db"), database});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(parseJsonArray(r.out).size(), 1);
    r = run({QStringLiteral("list"), QStringLiteral("members"), QStringLiteral("--team"), fireTeam,
             QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--db"), database});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(parseJsonArray(r.out).size(), 2);
}

void TestCli::memberAddToExistingTeams()
{
    // The same Unicode round trip for members, on the demo's teams (team add is covered above).
    const QString database = createDemo(QStringLiteral("demo.db"));
    QVERIFY(!database.isEmpty());
    const QString manager = QStringLiteral("Zoë Ødegård 👩‍🚒");
    const QString engineer = QStringLiteral("سارة القحطاني");
    const QString engineerRole = QStringLiteral("مهندسة موثوقية");

    Run r = run({QStringLiteral("member"), QStringLiteral("add"), manager, QStringLiteral("--team"),
                 QStringLiteral("Checkout"), QStringLiteral("--role"), QStringLiteral("Cheffe d’équipe 🧯"),
                 QStringLiteral("--manager"), QStringLiteral("--db"), database});
    QCOMPARE(r.exitStatus, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    QVERIFY(r.out.contains(manager));
    // A unique case-insensitive match names the team too.
    r = run({QStringLiteral("member"), QStringLiteral("add"), engineer, QStringLiteral("--team"),
             QStringLiteral("fraud PREVENTION"), QStringLiteral("--role"), engineerRole, QStringLiteral("--db"),
             database});
    QCOMPARE(r.exitCode, 0);

    r = run({QStringLiteral("list"), QStringLiteral("members"), QStringLiteral("--team"), QStringLiteral("Payments"),
             QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--db"), database});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray members = parseJsonArray(r.out);
    QVERIFY(members.size() > 2);
    const QJsonObject first = findByName(members, manager);
    QCOMPARE(first.value(QLatin1String("team")).toString(), QStringLiteral("Checkout"));
    QCOMPARE(first.value(QLatin1String("role")).toString(), QStringLiteral("Cheffe d’équipe 🧯"));
    QCOMPARE(first.value(QLatin1String("manager")), QJsonValue(true));
    QCOMPARE(first.value(QLatin1String("active")), QJsonValue(true));
    const QJsonObject second = findByName(members, engineer);
    QCOMPARE(second.value(QLatin1String("team")).toString(), QStringLiteral("Fraud prevention"));
    QCOMPARE(second.value(QLatin1String("role")).toString(), engineerRole);
    QCOMPARE(second.value(QLatin1String("manager")), QJsonValue(false));
    for (const QJsonValue &value : members) {
        const QString team = value.toObject().value(QLatin1String("team")).toString();
        QVERIFY2(team == QLatin1String("Checkout") || team == QLatin1String("Billing") ||
                     team == QLatin1String("Fraud prevention"),
                 qPrintable(team));
    }
}

void TestCli::memberAddWithoutRole()
{
    const QString database = createDemo(QStringLiteral("demo.db"));
    QVERIFY(!database.isEmpty());
    const Run r = run({QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("Ana Lima"),
                       QStringLiteral("--team"), QStringLiteral("Billing"), QStringLiteral("--db"), database});
    QCOMPARE(r.exitStatus, QProcess::NormalExit);
    // Bug: memberCommand sets Member::role from parser.value("role").trimmed(), a null QString without --role;
    // TeamRepository::insertMember binds it as NULL into the NOT NULL column member.role.
    QCOMPARE(r.exitCode, 0);
    const Run list = run({QStringLiteral("list"), QStringLiteral("members"), QStringLiteral("--format"),
                          QStringLiteral("json"), QStringLiteral("--db"), database});
    const QJsonObject member = findByName(parseJsonArray(list.out), QStringLiteral("Ana Lima"));
    QCOMPARE(member.value(QLatin1String("role")).toString(), QString());
    QCOMPARE(member.value(QLatin1String("manager")), QJsonValue(false));
}

void TestCli::emptyNameRefused_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("team, empty") << QStringList{QStringLiteral("team"), QStringLiteral("add"), QString()};
    QTest::newRow("team, blanks") << QStringList{QStringLiteral("team"), QStringLiteral("add"),
                                                 QStringLiteral("  \t ")};
    QTest::newRow("sub-team, empty") << QStringList{QStringLiteral("team"), QStringLiteral("add"), QString(),
                                                    QStringLiteral("--parent"), QStringLiteral("Payments")};
    QTest::newRow("member, empty") << QStringList{
        QStringLiteral("member"),  QStringLiteral("add"),     QString(),
        QStringLiteral("--team"),  QStringLiteral("Billing"), QStringLiteral("--role"),
        QStringLiteral("Engineer")};
    QTest::newRow("member, blanks") << QStringList{
        QStringLiteral("member"),  QStringLiteral("add"),    QStringLiteral("   "),     QStringLiteral("--team"),
        QStringLiteral("Billing"), QStringLiteral("--role"), QStringLiteral("Engineer")};
}

void TestCli::emptyNameRefused()
{
    QFETCH(QStringList, args);
    const QString database = createDemo(QStringLiteral("demo.db"));
    QVERIFY(!database.isEmpty());

    const Run r = run(args + QStringList{QStringLiteral("--db"), database});
    QCOMPARE(r.exitStatus, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QString());
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY(r.err.startsWith(QLatin1String("candor-cli: ")));
    QVERIFY2(r.err.contains(QLatin1String("name"), Qt::CaseInsensitive), qPrintable(r.err)); // names the field

    const Run teams = run({QStringLiteral("list"), QStringLiteral("teams"), QStringLiteral("--format"),
                           QStringLiteral("json"), QStringLiteral("--db"), database});
    QCOMPARE(parseJsonArray(teams.out).size(), 13);
    const Run members = run({QStringLiteral("list"), QStringLiteral("members"), QStringLiteral("--format"),
                             QStringLiteral("json"), QStringLiteral("--db"), database});
    QCOMPARE(parseJsonArray(members.out).size(), 60);
}

void TestCli::unknownTeamRefused_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("member add --team") << QStringList{
        QStringLiteral("member"),  QStringLiteral("add"),    QStringLiteral("Ana"),     QStringLiteral("--team"),
        QStringLiteral("Nowhere"), QStringLiteral("--role"), QStringLiteral("Engineer")};
    QTest::newRow("team add --parent") << QStringList{QStringLiteral("team"), QStringLiteral("add"),
                                                      QStringLiteral("Ledger"), QStringLiteral("--parent"),
                                                      QStringLiteral("Nowhere")};
    QTest::newRow("list incidents --team") << QStringList{QStringLiteral("list"), QStringLiteral("incidents"),
                                                          QStringLiteral("--team"), QStringLiteral("Nowhere")};
    QTest::newRow("list members --team") << QStringList{QStringLiteral("list"), QStringLiteral("members"),
                                                        QStringLiteral("--team"), QStringLiteral("Nowhere")};
    // Names match whole (in any letter case), never by prefix.
    QTest::newRow("member add, team only by prefix") << QStringList{
        QStringLiteral("member"), QStringLiteral("add"),    QStringLiteral("Ana"),     QStringLiteral("--team"),
        QStringLiteral("Check"),  QStringLiteral("--role"), QStringLiteral("Engineer")};
}

void TestCli::unknownTeamRefused()
{
    QFETCH(QStringList, args);
    const QString database = createDemo(QStringLiteral("demo.db"));
    QVERIFY(!database.isEmpty());

    const Run r = run(args + QStringList{QStringLiteral("--db"), database});
    QCOMPARE(r.exitStatus, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QString());
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY(r.err.startsWith(QLatin1String("candor-cli: ")));
    QVERIFY2(r.err.contains(QLatin1String("Nowhere")) || r.err.contains(QLatin1String("Check")), qPrintable(r.err));

    const Run teams = run({QStringLiteral("list"), QStringLiteral("teams"), QStringLiteral("--format"),
                           QStringLiteral("json"), QStringLiteral("--db"), database});
    QCOMPARE(parseJsonArray(teams.out).size(), 13);
    const Run members = run({QStringLiteral("list"), QStringLiteral("members"), QStringLiteral("--format"),
                             QStringLiteral("json"), QStringLiteral("--db"), database});
    QCOMPARE(parseJsonArray(members.out).size(), 60);
}

void TestCli::listIncidentsOfDepartmentAsCsv()
{
    const QString database = createDemo(QStringLiteral("demo.db"));
    QVERIFY(!database.isEmpty());
    const QStringList header{QStringLiteral("id"),      QStringLiteral("started"),  QStringLiteral("severity"),
                             QStringLiteral("status"),  QStringLiteral("team"),     QStringLiteral("service"),
                             QStringLiteral("title"),   QStringLiteral("detected"), QStringLiteral("mitigated"),
                             QStringLiteral("resolved")};
    const int teamColumn = int(header.indexOf(QStringLiteral("team")));
    const QSet<QString> paymentsTeams{QStringLiteral("Checkout"), QStringLiteral("Billing"),
                                      QStringLiteral("Fraud prevention")};

    const Run r =
        run({QStringLiteral("list"), QStringLiteral("incidents"), QStringLiteral("--team"), QStringLiteral("Payments"),
             QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--db"), database});
    QCOMPARE(r.exitStatus, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    QVERIFY(r.out.startsWith(header.join(QLatin1Char(',')) + QLatin1String("\r\n")));
    QList<QStringList> records;
    QString error;
    QVERIFY2(parseCsv(r.out, &records, &error), qPrintable(error));
    QVERIFY(records.size() > 1);
    QCOMPARE(records.constFirst(), header);
    QSet<QString> ids;
    for (qsizetype i = 1; i < records.size(); ++i) {
        const QStringList &record = records.at(i);
        QCOMPARE(record.size(), header.size());
        QVERIFY2(paymentsTeams.contains(record.at(teamColumn)), qPrintable(record.join(QLatin1Char('|'))));
        QVERIFY(!ids.contains(record.at(0)));
        ids.insert(record.at(0));
        QVERIFY(QDateTime::fromString(record.at(1), Qt::ISODate).isValid());
        QVERIFY(record.at(2).startsWith(QLatin1String("SEV")));
    }

    // Exactly the incidents of the three sub-teams: the same rows as the full list has for them.
    const Run all = run({QStringLiteral("list"), QStringLiteral("incidents"), QStringLiteral("--format"),
                         QStringLiteral("csv"), QStringLiteral("--db"), database});
    QCOMPARE(all.exitCode, 0);
    QList<QStringList> allRecords;
    QVERIFY2(parseCsv(all.out, &allRecords, &error), qPrintable(error));
    QCOMPARE(allRecords.size(), 121);
    QList<QStringList> expected{header};
    for (qsizetype i = 1; i < allRecords.size(); ++i) {
        if (paymentsTeams.contains(allRecords.at(i).at(teamColumn)))
            expected.append(allRecords.at(i));
    }
    QCOMPARE(records, expected);

    // A single team without sub-teams.
    const Run billing =
        run({QStringLiteral("list"), QStringLiteral("incidents"), QStringLiteral("--team"), QStringLiteral("Billing"),
             QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--db"), database});
    QCOMPARE(billing.exitCode, 0);
    QList<QStringList> billingRecords;
    QVERIFY2(parseCsv(billing.out, &billingRecords, &error), qPrintable(error));
    for (qsizetype i = 1; i < billingRecords.size(); ++i)
        QCOMPARE(billingRecords.at(i).at(teamColumn), QStringLiteral("Billing"));
}

void TestCli::csvQuotesAwkwardFields()
{
    const QString database = createDemo(QStringLiteral("demo.db"));
    QVERIFY(!database.isEmpty());
    const QString name = QStringLiteral("Ops, \"core\" Ødegård");
    const QString role = QStringLiteral("Lead\nsecond line, with a comma");
    const Run add = run({QStringLiteral("member"), QStringLiteral("add"), name, QStringLiteral("--team"),
                         QStringLiteral("Checkout"), QStringLiteral("--role"), role, QStringLiteral("--db"), database});
    QCOMPARE(add.exitCode, 0);

    const Run r =
        run({QStringLiteral("list"), QStringLiteral("members"), QStringLiteral("--team"), QStringLiteral("Checkout"),
             QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--db"), database});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("\"Ops, \"\"core\"\" Ødegård\"")), qPrintable(r.out));
    QList<QStringList> records;
    QString error;
    QVERIFY2(parseCsv(r.out, &records, &error), qPrintable(error));
    QCOMPARE(records.constFirst(),
             (QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("team"),
                          QStringLiteral("manager"), QStringLiteral("active")}));
    bool found = false;
    for (const QStringList &record : std::as_const(records)) {
        QCOMPARE(record.size(), 6);
        if (record.at(1) == name) {
            found = true;
            QCOMPARE(record.at(2), role);
            QCOMPARE(record.at(3), QStringLiteral("Checkout"));
            QCOMPARE(record.at(4), QStringLiteral("no"));
            QCOMPARE(record.at(5), QStringLiteral("yes"));
        }
    }
    QVERIFY(found);
}

void TestCli::listTable()
{
    const QString database = createDemo(QStringLiteral("demo.db"));
    QVERIFY(!database.isEmpty());
    const Run r = run({QStringLiteral("list"), QStringLiteral("teams"), QStringLiteral("--db"), database});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 14); // header and 13 teams
    QVERIFY(lines.constFirst().startsWith(QLatin1String("id")));
    QVERIFY(r.out.contains(QLatin1String("Fraud prevention")));
    QVERIFY(!r.out.contains(QLatin1Char('\r')));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
