// Validation: every rule for teams, members and incidents, one row per rule, checked by the field it reports.
#include "domain/Validation.h"

#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using namespace candor;

namespace {

QDateTime at(int minutes)
{
    return QDateTime(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC).addSecs(qint64(minutes) * 60);
}

Team validTeam()
{
    Team team;
    team.id = 7;
    team.parentId = 3;
    team.name = QStringLiteral("Payments");
    team.description = QStringLiteral("Takes the money");
    return team;
}

Member validMember()
{
    Member member;
    member.id = 11;
    member.teamId = 7;
    member.name = QStringLiteral("Rosa Rossi");
    member.role = QStringLiteral("Site reliability engineer");
    return member;
}

// A resolved incident with every time set, in order.
Incident validIncident()
{
    Incident incident;
    incident.id = 5;
    incident.teamId = 7;
    incident.title = QStringLiteral("Card payments failing");
    incident.severity = Severity::Sev2;
    incident.status = IncidentStatus::Resolved;
    incident.service = QStringLiteral("checkout-api");
    incident.started = at(0);
    incident.detected = at(5);
    incident.mitigated = at(40);
    incident.resolved = at(120);
    incident.summary = QStringLiteral("A bad deploy; rolled back.");
    incident.customerImpact = QStringLiteral("Some checkouts failed.");
    return incident;
}

Incident openIncident()
{
    Incident incident = validIncident();
    incident.status = IncidentStatus::Open;
    incident.mitigated = QDateTime();
    incident.resolved = QDateTime();
    return incident;
}

// The distinct fields reported, sorted: one broken rule may be reported by more than one check.
QStringList fieldsOf(const FieldErrors &errors)
{
    QStringList fields;
    for (const FieldError &error : errors)
        fields.append(error.field);
    fields.sort();
    fields.removeDuplicates();
    return fields;
}

void checkMessages(const FieldErrors &errors)
{
    for (const FieldError &error : errors)
        QVERIFY2(!error.message.trimmed().isEmpty(), qPrintable(error.field));
    const QString summary = Validation::summary(errors);
    for (const FieldError &error : errors)
        QVERIFY2(summary.contains(error.message), qPrintable(summary));
    QCOMPARE(summary.isEmpty(), errors.isEmpty());
}

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void team_data();
    void team();
    void member_data();
    void member();
    void incident_data();
    void incident();
    void summaryJoinsMessages();
};

void TestValidation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestValidation::team_data()
{
    QTest::addColumn<Team>("team");
    QTest::addColumn<QStringList>("fields");

    const QString name = QStringLiteral("name");
    QTest::newRow("valid team") << validTeam() << QStringList();
    Team t = validTeam();
    t.id = 0;
    t.parentId = 0;
    QTest::newRow("new top-level team") << t << QStringList();
    t = validTeam();
    t.name = QString();
    QTest::newRow("empty name") << t << QStringList{name};
    t.name = QStringLiteral(" \t\n ");
    QTest::newRow("name of only whitespace") << t << QStringList{name};
    t.name = QString(Limits::NameLength, QLatin1Char('x'));
    QTest::newRow("name exactly 10,000 characters") << t << QStringList();
    t.name = QString(Limits::NameLength + 1, QLatin1Char('x'));
    QTest::newRow("name of 10,001 characters") << t << QStringList{name};
    t = validTeam();
    t.name = QStringLiteral("🚒").repeated(Limits::NameLength / 2);
    QTest::newRow("5,000 emoji are 10,000 UTF-16 units") << t << QStringList();
    t = validTeam();
    t.description = QString(Limits::TextLength, QLatin1Char('d'));
    QTest::newRow("description exactly 100,000 characters") << t << QStringList();
    t.description = QString(Limits::TextLength + 1, QLatin1Char('d'));
    QTest::newRow("description of 100,001 characters") << t << QStringList{QStringLiteral("description")};
    t = validTeam();
    t.parentId = t.id;
    QTest::newRow("team is its own parent") << t << QStringList{QStringLiteral("parent")};
    t.name = QString();
    QTest::newRow("empty name and own parent") << t << QStringList{name, QStringLiteral("parent")};
}

void TestValidation::team()
{
    QFETCH(Team, team);
    QFETCH(QStringList, fields);

    const FieldErrors errors = Validation::team(team);
    QCOMPARE(fieldsOf(errors), fields);
    checkMessages(errors);
}

void TestValidation::member_data()
{
    QTest::addColumn<Member>("member");
    QTest::addColumn<QStringList>("fields");

    const QString name = QStringLiteral("name");
    QTest::newRow("valid member") << validMember() << QStringList();
    Member m = validMember();
    m.role = QString();
    m.isManager = true;
    m.active = false;
    QTest::newRow("no role, manager who left") << m << QStringList();
    m = validMember();
    m.name = QString();
    QTest::newRow("empty name") << m << QStringList{name};
    m.name = QStringLiteral("   ");
    QTest::newRow("name of only spaces") << m << QStringList{name};
    m.name = QString(Limits::NameLength, QLatin1Char('m'));
    QTest::newRow("name exactly 10,000 characters") << m << QStringList();
    m.name = QString(Limits::NameLength + 1, QLatin1Char('m'));
    QTest::newRow("name of 10,001 characters") << m << QStringList{name};
    m = validMember();
    m.role = QString(Limits::RoleLength, QLatin1Char('r'));
    QTest::newRow("role exactly 1,000 characters") << m << QStringList();
    m.role = QString(Limits::RoleLength + 1, QLatin1Char('r'));
    QTest::newRow("role of 1,001 characters") << m << QStringList{QStringLiteral("role")};
    m = validMember();
    m.teamId = 0;
    QTest::newRow("no team") << m << QStringList{QStringLiteral("team")};
    m.teamId = -3;
    QTest::newRow("negative team id") << m << QStringList{QStringLiteral("team")};
}

void TestValidation::member()
{
    QFETCH(Member, member);
    QFETCH(QStringList, fields);

    const FieldErrors errors = Validation::member(member);
    QCOMPARE(fieldsOf(errors), fields);
    checkMessages(errors);
}

void TestValidation::incident_data()
{
    QTest::addColumn<Incident>("incident");
    QTest::addColumn<QStringList>("fields");

    const QString title = QStringLiteral("title");
    const QString resolved = QStringLiteral("resolved");
    const QString mitigated = QStringLiteral("mitigated");

    QTest::newRow("valid resolved incident") << validIncident() << QStringList();
    QTest::newRow("valid open incident") << openIncident() << QStringList();
    Incident i = openIncident();
    i.detected = QDateTime();
    QTest::newRow("open incident not detected yet") << i << QStringList();
    i = validIncident();
    i.status = IncidentStatus::Mitigated;
    i.resolved = QDateTime();
    QTest::newRow("valid mitigated incident") << i << QStringList();
    i = validIncident();
    i.detected = i.mitigated = i.resolved = i.started;
    QTest::newRow("every time equal to the start") << i << QStringList();
    i = validIncident();
    i.mitigated = QDateTime();
    QTest::newRow("resolved without a mitigated time") << i << QStringList();

    i = validIncident();
    i.title = QString();
    QTest::newRow("empty title") << i << QStringList{title};
    i.title = QStringLiteral("  ");
    QTest::newRow("title of only spaces") << i << QStringList{title};
    i.title = QString(Limits::NameLength, QLatin1Char('t'));
    QTest::newRow("title exactly 10,000 characters") << i << QStringList();
    i.title = QString(Limits::NameLength + 1, QLatin1Char('t'));
    QTest::newRow("title of 10,001 characters") << i << QStringList{title};

    i = validIncident();
    i.teamId = 0;
    QTest::newRow("no team") << i << QStringList{QStringLiteral("team")};
    i = validIncident();
    i.severity = static_cast<Severity>(0);
    QTest::newRow("severity 0") << i << QStringList{QStringLiteral("severity")};
    i.severity = static_cast<Severity>(5);
    QTest::newRow("severity 5") << i << QStringList{QStringLiteral("severity")};

    i = validIncident();
    i.service = QString(Limits::RoleLength, QLatin1Char('s'));
    QTest::newRow("service exactly 1,000 characters") << i << QStringList();
    i.service = QString(Limits::RoleLength + 1, QLatin1Char('s'));
    QTest::newRow("service of 1,001 characters") << i << QStringList{QStringLiteral("service")};
    i = validIncident();
    i.summary = QString(Limits::TextLength, QLatin1Char('s'));
    QTest::newRow("summary exactly 100,000 characters") << i << QStringList();
    i.summary = QString(Limits::TextLength + 1, QLatin1Char('s'));
    QTest::newRow("summary of 100,001 characters") << i << QStringList{QStringLiteral("summary")};
    i = validIncident();
    i.customerImpact = QString(Limits::TextLength + 1, QLatin1Char('c'));
    QTest::newRow("customer impact of 100,001 characters") << i << QStringList{QStringLiteral("customerImpact")};

    i = openIncident();
    i.started = QDateTime();
    QTest::newRow("missing started time") << i << QStringList{QStringLiteral("started")};
    i = validIncident();
    i.detected = i.started.addSecs(-60);
    QTest::newRow("detected before started") << i << QStringList{QStringLiteral("detected")};
    i = validIncident();
    i.mitigated = i.started.addSecs(-60);
    QTest::newRow("mitigated before started") << i << QStringList{mitigated};
    i = validIncident();
    i.resolved = i.started.addSecs(-60);
    QTest::newRow("resolved before started") << i << QStringList{resolved};
    i = validIncident();
    i.resolved = i.mitigated.addSecs(-60);
    QTest::newRow("resolved before mitigated") << i << QStringList{resolved};

    i = validIncident();
    i.resolved = QDateTime();
    QTest::newRow("status resolved without resolved time") << i << QStringList{resolved};
    i = validIncident();
    i.status = IncidentStatus::Mitigated;
    i.mitigated = QDateTime();
    i.resolved = QDateTime();
    QTest::newRow("status mitigated without mitigated time") << i << QStringList{mitigated};
    i = validIncident();
    i.status = IncidentStatus::Open;
    QTest::newRow("status open with resolved time") << i << QStringList{QStringLiteral("status")};
    i = validIncident();
    i.status = IncidentStatus::Mitigated;
    QTest::newRow("status mitigated with resolved time") << i << QStringList{QStringLiteral("status")};

    i = validIncident();
    i.title = QString();
    i.teamId = 0;
    i.detected = i.started.addSecs(-1);
    QTest::newRow("several rules broken at once")
        << i << QStringList{QStringLiteral("detected"), QStringLiteral("team"), title};
}

void TestValidation::incident()
{
    QFETCH(Incident, incident);
    QFETCH(QStringList, fields);

    const FieldErrors errors = Validation::incident(incident);
    QCOMPARE(fieldsOf(errors), fields);
    checkMessages(errors);
}

void TestValidation::summaryJoinsMessages()
{
    QCOMPARE(Validation::summary({}), QString());
    const FieldErrors errors = {{QStringLiteral("title"), QStringLiteral("Title is empty.")},
                                {QStringLiteral("team"), QStringLiteral("No team is chosen.")}};
    QCOMPARE(Validation::summary(errors), QStringLiteral("Title is empty. No team is chosen."));
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
