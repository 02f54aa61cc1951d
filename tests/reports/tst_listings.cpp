// Listings: the columns and rows behind `candor-cli list` and File > Export, read from a database written by the
// test; their CSV (RFC 4180: commas, quotes, CR and LF inside fields; emoji and right-to-left text; ISO 8601 UTC
// times and ISO dates), read back with the survey importer's parser, with and without a byte-order mark; their JSON;
// and trend rows through the anonymity policy.
#include "common/PostmortemData.h"
#include "common/SurveyData.h"
#include "reports/Listings.h"
#include "reports/SaveFile.h"
#include "survey/SurveyCsv.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace candor;
using namespace candor::testdata;

namespace {

// Texts that need quoting, or that break naive CSV readers and writers.
const QString commaTitle = QStringLiteral("Checkout down, payments queued");
const QString quoteTitle = QStringLiteral("The \"retry\" storm");
const QString linesTitle = QStringLiteral("Two lines:\r\nfirst, then\nsecond");
const QString emojiTitle = QStringLiteral("Pager 🔥 fatigue 👩🏽‍💻");
const QString rtlTeam = QStringLiteral("צוות התשלומים");           // Hebrew: "the payments team"
const QString rtlTitle = QStringLiteral("انقطاع الخدمة في الدفع"); // Arabic: "service outage in payment"

QDateTime utc(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

const QRegularExpression isoTime(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"));
const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d$"));

// What the survey importer reads for a field written with CR LF inside: it takes every line break as LF. (The exact
// bytes written are compared in csvQuotesWhatNeedsIt.)
QString asRead(const QString &text)
{
    return QString(text).replace(QLatin1String("\r\n"), QLatin1String("\n"));
}

// The rows of a CSV text as the survey importer reads them (header first).
QList<QStringList> readBack(const QByteArray &bytes, QString *error)
{
    const Result<SurveyCsv::Table> table = SurveyCsv::parse(bytes);
    if (!table) {
        *error = table.error();
        return {};
    }
    QList<QStringList> records{table->header};
    for (const QStringList &row : table->rows)
        records.append(row);
    return records;
}

} // namespace

class TestListings : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void teams();
    void members();
    void incidents();
    void incidentsInTheOrderAsked();
    void actions();
    void machineText_data();
    void machineText();
    void csvQuotesWhatNeedsIt();
    void csvReadsBackAsTheDatabaseHasIt();
    void byteOrderMark();
    void json();
    void trendRowsGoThroughThePolicy();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PostmortemStore> m_store;
    qint64 m_engineering = 0; // a department
    qint64 m_payments = 0;    // under Engineering, a right-to-left name
    qint64 m_support = 0;     // a team of its own, with quotes in its name
    qint64 m_commaIncident = 0;
    qint64 m_linesIncident = 0;
    qint64 m_openIncident = 0; // not yet detected: empty times
    qint64 m_supportIncident = 0;
    qint64 m_overdueAction = 0;
    qint64 m_laterAction = 0;
    qint64 m_doneAction = 0;
    qint64 m_retroAction = 0;
    const QDate m_today = QDate(2024, 3, 10);
};

void TestListings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<PostmortemStore>(m_dir->filePath(QStringLiteral("candor.sqlite")));
    QVERIFY2(m_store->status, qPrintable(m_store->status.error()));
    TeamRepository &teams = m_store->teams;
    m_engineering = addTeam(teams, QStringLiteral("Engineering"));
    m_payments = addTeam(teams, rtlTeam, m_engineering);
    m_support = addTeam(teams, QStringLiteral("Support \"Tier 1\""));
    QVERIFY(m_engineering && m_payments && m_support);
    QVERIFY(addMember(teams, m_payments, QStringLiteral("Amara Okafor"), true));
    QVERIFY(addMember(teams, m_payments, QStringLiteral("Jonas Weber, Jr.")));
    Member away = makeMember(m_support, QStringLiteral("Lars 🚲 Nilsen"));
    away.active = false;
    QVERIFY(teams.insertMember(away));

    Incident comma = makeIncident(m_payments, commaTitle);
    comma.started = utc(2024, 3, 1, 9, 30);
    comma.detected = utc(2024, 3, 1, 9, 42);
    comma.mitigated = utc(2024, 3, 1, 10, 15);
    comma.resolved = utc(2024, 3, 1, 12, 0);
    m_commaIncident = idOf(m_store->incidents.insert(comma), "comma incident");
    Incident lines = makeIncident(m_payments, linesTitle);
    lines.service = emojiTitle;
    lines.started = utc(2024, 3, 2, 23, 5);
    lines.detected = utc(2024, 3, 3, 0, 10);
    lines.mitigated = utc(2024, 3, 3, 1, 0);
    lines.resolved = utc(2024, 3, 3, 2, 0);
    m_linesIncident = idOf(m_store->incidents.insert(lines), "lines incident");
    Incident open;
    open.teamId = m_payments;
    open.title = rtlTitle;
    open.severity = Severity::Sev1;
    open.status = IncidentStatus::Open;
    open.service = QStringLiteral("checkout-api");
    open.started = utc(2024, 3, 4, 6, 0);
    m_openIncident = idOf(m_store->incidents.insert(open), "open incident");
    Incident support = makeIncident(m_support, quoteTitle);
    support.started = utc(2024, 2, 28, 14, 0);
    support.detected = utc(2024, 2, 28, 14, 1);
    support.mitigated = utc(2024, 2, 28, 14, 30);
    support.resolved = utc(2024, 2, 28, 16, 0);
    m_supportIncident = idOf(m_store->incidents.insert(support), "support incident");
    QVERIFY(m_commaIncident && m_linesIncident && m_openIncident && m_supportIncident);

    PostmortemRepository &postmortems = m_store->postmortems;
    const qint64 postmortem =
        addSession(postmortems, makePostmortem(m_commaIncident, m_payments, utc(2024, 3, 2, 9, 0)));
    const qint64 retro =
        addSession(postmortems, makeRetro(m_support, QStringLiteral("Support retro, March"), utc(2024, 3, 5, 9, 0)));
    QVERIFY(postmortem && retro);
    const qint64 factor = addFactor(postmortems, makeFactor(postmortem, QStringLiteral("No alert on \"queue depth\"")));
    QVERIFY(factor);
    ActionItem overdue = makeAction(postmortem, m_payments, QStringLiteral("Alert on queue depth, per region"),
                                    QDate(2024, 3, 8), ActionStatus::Open, factor);
    overdue.ownerPerson = QStringLiteral("Amara Okafor");
    m_overdueAction = addAction(postmortems, overdue);
    m_laterAction = addAction(postmortems, makeAction(postmortem, m_engineering, emojiTitle, QDate(2024, 4, 1)));
    m_doneAction = addAction(postmortems, makeAction(postmortem, m_payments, QStringLiteral("Write the runbook"),
                                                     QDate(2024, 3, 5), ActionStatus::Done));
    m_retroAction = addAction(postmortems, makeAction(retro, m_support, linesTitle, QDate(2024, 3, 20)));
    QVERIFY(m_overdueAction && m_laterAction && m_doneAction && m_retroAction);
}

void TestListings::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestListings::teams()
{
    const Listing all = listings::teams(m_store->teams);
    QCOMPARE(all.columns, (QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("parent"),
                                       QStringLiteral("description")}));
    QCOMPARE(all.rows.size(), 3);
    QHash<qint64, QVariantList> byId;
    for (const QVariantList &row : all.rows) {
        QCOMPARE(row.size(), all.columns.size());
        byId.insert(row[0].toLongLong(), row);
    }
    QCOMPARE(byId.value(m_payments), (QVariantList{m_payments, rtlTeam, QStringLiteral("Engineering"),
                                                   QStringLiteral("Looks after %1").arg(rtlTeam)}));
    QCOMPARE(byId.value(m_engineering).at(2).toString(), QString()); // top level: no parent
    QCOMPARE(byId.value(m_support).at(1).toString(), QStringLiteral("Support \"Tier 1\""));

    // A department with the teams below it; a team alone.
    QList<qint64> ids;
    for (const QVariantList &row : listings::teams(m_store->teams, m_engineering).rows)
        ids.append(row[0].toLongLong());
    std::sort(ids.begin(), ids.end());
    QCOMPARE(ids, (QList<qint64>{m_engineering, m_payments}));
    QCOMPARE(listings::teams(m_store->teams, m_support).rows.size(), 1);
}

void TestListings::members()
{
    const Listing all = listings::members(m_store->teams);
    QCOMPARE(all.columns, (QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("role"),
                                       QStringLiteral("team"), QStringLiteral("manager"), QStringLiteral("active")}));
    QCOMPARE(all.rows.size(), 3);
    QHash<QString, QVariantList> byName;
    for (const QVariantList &row : all.rows)
        byName.insert(row[1].toString(), row);
    const QVariantList amara = byName.value(QStringLiteral("Amara Okafor"));
    QCOMPARE(amara.at(3).toString(), rtlTeam);
    QCOMPARE(amara.at(4).typeId(), int(QMetaType::Bool));
    QCOMPARE(amara.at(4).toBool(), true);
    QCOMPARE(amara.at(5).toBool(), true);
    const QVariantList lars = byName.value(QStringLiteral("Lars 🚲 Nilsen"));
    QCOMPARE(lars.at(3).toString(), QStringLiteral("Support \"Tier 1\""));
    QCOMPARE(lars.at(4).toBool(), false);
    QCOMPARE(lars.at(5).toBool(), false);
    QCOMPARE(listings::members(m_store->teams, m_engineering).rows.size(), 2); // Payments' people, through the tree
    QCOMPARE(listings::members(m_store->teams, m_support).rows.size(), 1);
}

void TestListings::incidents()
{
    const Result<Listing> all =
        listings::incidents(m_store->incidents, IncidentFilter(), IncidentOrder{IncidentSortKey::Started, false});
    QVERIFY2(all, qPrintable(all.error()));
    QCOMPARE(all->columns, (QStringList{QStringLiteral("id"), QStringLiteral("started"), QStringLiteral("severity"),
                                        QStringLiteral("status"), QStringLiteral("team"), QStringLiteral("service"),
                                        QStringLiteral("title"), QStringLiteral("detected"),
                                        QStringLiteral("mitigated"), QStringLiteral("resolved")}));
    QCOMPARE(all->rows.size(), 4);
    const QVariantList first = all->rows.at(0); // the oldest: Support's
    QCOMPARE(first.at(0).toLongLong(), m_supportIncident);
    QCOMPARE(first.at(1).toDateTime(), utc(2024, 2, 28, 14, 0));
    QCOMPARE(first.at(2).toString(), QStringLiteral("SEV2"));
    QCOMPARE(first.at(3).toString(), QStringLiteral("resolved"));
    QCOMPARE(first.at(4).toString(), QStringLiteral("Support \"Tier 1\""));
    QCOMPARE(first.at(6).toString(), quoteTitle);
    const QVariantList lines = all->rows.at(2);
    QCOMPARE(lines.at(0).toLongLong(), m_linesIncident);
    QCOMPARE(lines.at(5).toString(), emojiTitle);
    QCOMPARE(lines.at(6).toString(), linesTitle);
    QCOMPARE(lines.at(7).toDateTime(), utc(2024, 3, 3, 0, 10));
    const QVariantList open = all->rows.at(3);
    QCOMPARE(open.at(0).toLongLong(), m_openIncident);
    QCOMPARE(open.at(2).toString(), QStringLiteral("SEV1"));
    QCOMPARE(open.at(3).toString(), QStringLiteral("open"));
    QCOMPARE(open.at(6).toString(), rtlTitle);
    for (int c = 7; c <= 9; ++c)
        QVERIFY2(open.at(c).isNull(), qPrintable(all->columns.at(c))); // not detected, mitigated or resolved yet

    // A filter as the Incidents list has it: the team's own.
    IncidentFilter supportOnly;
    supportOnly.teamId = m_support;
    const Result<Listing> filtered =
        listings::incidents(m_store->incidents, supportOnly, IncidentOrder{IncidentSortKey::Started, false});
    QVERIFY(filtered);
    QCOMPARE(filtered->rows.size(), 1);
    QCOMPARE(filtered->rows.at(0).at(0).toLongLong(), m_supportIncident);
    IncidentFilter text;
    text.text = QStringLiteral("retry");
    const Result<Listing> found = listings::incidents(m_store->incidents, text, IncidentOrder());
    QVERIFY(found);
    QCOMPARE(found->rows.size(), 1);
}

void TestListings::incidentsInTheOrderAsked()
{
    const auto ids = [this](const IncidentOrder &order) {
        QList<qint64> result;
        const Result<Listing> listing = listings::incidents(m_store->incidents, IncidentFilter(), order);
        if (listing) {
            for (const QVariantList &row : listing->rows)
                result.append(row[0].toLongLong());
        }
        return result;
    };
    QCOMPARE(ids({IncidentSortKey::Started, false}),
             (QList<qint64>{m_supportIncident, m_commaIncident, m_linesIncident, m_openIncident}));
    QCOMPARE(ids({IncidentSortKey::Started, true}),
             (QList<qint64>{m_openIncident, m_linesIncident, m_commaIncident, m_supportIncident}));
    QCOMPARE(ids({IncidentSortKey::Severity, false}).first(), m_openIncident); // SEV1 first
}

void TestListings::actions()
{
    ActionFilter filter;
    filter.today = m_today;
    const Listing all = listings::actions(m_store->postmortems, filter);
    QCOMPARE(all.columns, (QStringList{QStringLiteral("id"), QStringLiteral("due"), QStringLiteral("overdue"),
                                       QStringLiteral("status"), QStringLiteral("kind"), QStringLiteral("owner_team"),
                                       QStringLiteral("owner_person"), QStringLiteral("text"), QStringLiteral("factor"),
                                       QStringLiteral("source"), QStringLiteral("incident_id")}));
    QCOMPARE(all.rows.size(), 4);
    // The soonest due first (so every overdue item comes before the open ones still to do), undated last.
    QList<qint64> order;
    for (const QVariantList &row : all.rows)
        order.append(row[0].toLongLong());
    QCOMPARE(order, (QList<qint64>{m_doneAction, m_overdueAction, m_retroAction, m_laterAction}));
    QHash<qint64, QVariantList> byId;
    for (const QVariantList &row : all.rows)
        byId.insert(row[0].toLongLong(), row);

    const QVariantList overdue = byId.value(m_overdueAction);
    QCOMPARE(overdue.at(1).toDate(), QDate(2024, 3, 8));
    QCOMPARE(overdue.at(2).toBool(), true);
    QCOMPARE(overdue.at(3).toString(), QStringLiteral("open"));
    QCOMPARE(overdue.at(4).toString(), PostmortemText::actionKindKey(ActionKind::DetectSooner));
    QCOMPARE(overdue.at(5).toString(), rtlTeam);
    QCOMPARE(overdue.at(6).toString(), QStringLiteral("Amara Okafor"));
    QCOMPARE(overdue.at(8).toString(), QStringLiteral("No alert on \"queue depth\""));
    QCOMPARE(overdue.at(9).toString(), commaTitle); // the incident's title
    QCOMPARE(overdue.at(10).toLongLong(), m_commaIncident);

    const QVariantList done = byId.value(m_doneAction);
    QCOMPARE(done.at(2).toBool(), false); // its due date passed, but it is done
    QCOMPARE(done.at(3).toString(), QStringLiteral("done"));
    QVERIFY(done.at(6).isNull()); // no person
    QVERIFY(done.at(8).isNull()); // no factor

    const QVariantList retro = byId.value(m_retroAction);
    QCOMPARE(retro.at(7).toString(), linesTitle);
    QCOMPARE(retro.at(9).toString(), QStringLiteral("Support retro, March"));
    QVERIFY(retro.at(10).isNull()); // a retro has no incident

    // "overdue" is measured against the day given.
    filter.today = QDate(2024, 3, 1);
    QCOMPARE(listings::actions(m_store->postmortems, filter).rows.at(0).size(), all.columns.size());
    for (const QVariantList &row : listings::actions(m_store->postmortems, filter).rows)
        QCOMPARE(row.at(2).toBool(), false);
    filter.today = m_today;
    filter.overdueOnly = true;
    QCOMPARE(listings::actions(m_store->postmortems, filter).rows.size(), 1);
    filter.overdueOnly = false;
    filter.teamId = m_engineering; // owned by the department or a team below it
    QCOMPARE(listings::actions(m_store->postmortems, filter).rows.size(), 3);
}

void TestListings::machineText_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("null") << QVariant() << QString();
    QTest::newRow("utc time") << QVariant(utc(2024, 3, 1, 9, 30)) << QStringLiteral("2024-03-01T09:30:00Z");
    QTest::newRow("time with an offset, written in UTC")
        << QVariant(QDateTime(QDate(2024, 3, 1), QTime(1, 15), Qt::OffsetFromUTC, 2 * 3600))
        << QStringLiteral("2024-02-29T23:15:00Z");
    QTest::newRow("invalid time") << QVariant(QDateTime()) << QString();
    QTest::newRow("date") << QVariant(QDate(2024, 2, 29)) << QStringLiteral("2024-02-29");
    QTest::newRow("invalid date") << QVariant(QDate()) << QString();
    QTest::newRow("true") << QVariant(true) << QStringLiteral("yes");
    QTest::newRow("false") << QVariant(false) << QStringLiteral("no");
    QTest::newRow("id") << QVariant(qint64(9007199254740993)) << QStringLiteral("9007199254740993");
    QTest::newRow("text") << QVariant(rtlTitle) << rtlTitle;
}

void TestListings::machineText()
{
    QFETCH(QVariant, value);
    QFETCH(QString, text);
    QCOMPARE(listings::machineText(value), text);
}

void TestListings::csvQuotesWhatNeedsIt()
{
    Listing listing;
    listing.columns = {QStringLiteral("id"), QStringLiteral("text"), QStringLiteral("when"), QStringLiteral("flag")};
    listing.rows = {
        {1, commaTitle, utc(2024, 3, 1, 9, 30), true},
        {2, quoteTitle, QDate(2024, 3, 8), false},
        {3, linesTitle, QVariant(), QVariant()},
        {4, emojiTitle, QVariant(), QVariant()},
        {5, rtlTitle + QStringLiteral(", ") + rtlTeam, QVariant(), QVariant()},
        {6, QStringLiteral("\"quoted at both ends\""), QVariant(), QVariant()},
    };
    const QString expected = QStringLiteral("id,text,when,flag\r\n"
                                            "1,\"Checkout down, payments queued\",2024-03-01T09:30:00Z,yes\r\n"
                                            "2,\"The \"\"retry\"\" storm\",2024-03-08,no\r\n"
                                            "3,\"Two lines:\r\nfirst, then\nsecond\",,\r\n"
                                            "4,Pager 🔥 fatigue 👩🏽‍💻,,\r\n"
                                            "5,\"%1, %2\",,\r\n"
                                            "6,\"\"\"quoted at both ends\"\"\",,\r\n")
                                 .arg(rtlTitle, rtlTeam);
    const QString csv = listings::csv(listing);
    QCOMPARE(csv, expected);

    QString error;
    const QList<QStringList> records = readBack(SaveFile::utf8(csv), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(records.size(), 7);
    QCOMPARE(records.at(0), listing.columns);
    for (int r = 0; r < listing.rows.size(); ++r) {
        QStringList cells;
        for (const QVariant &value : listing.rows.at(r))
            cells.append(asRead(listings::machineText(value)));
        QCOMPARE(records.at(r + 1), cells);
    }
}

void TestListings::csvReadsBackAsTheDatabaseHasIt()
{
    const Result<Listing> listing =
        listings::incidents(m_store->incidents, IncidentFilter(), IncidentOrder{IncidentSortKey::Started, false});
    QVERIFY(listing);
    QString error;
    const QList<QStringList> records = readBack(SaveFile::utf8(listings::csv(*listing)), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(records.size(), 5);
    QCOMPARE(records.at(0), listing->columns);
    const QStringList comma = records.at(2);
    QCOMPARE(comma.at(0), QString::number(m_commaIncident));
    QCOMPARE(comma.at(1), QStringLiteral("2024-03-01T09:30:00Z"));
    QCOMPARE(comma.at(4), rtlTeam);
    QCOMPARE(comma.at(6), commaTitle);
    QCOMPARE(comma.at(7), QStringLiteral("2024-03-01T09:42:00Z"));
    QCOMPARE(comma.at(9), QStringLiteral("2024-03-01T12:00:00Z"));
    QCOMPARE(records.at(3).at(5), emojiTitle);
    QCOMPARE(records.at(3).at(6), asRead(linesTitle));
    const QStringList open = records.at(4);
    QCOMPARE(open.at(6), rtlTitle);
    QCOMPARE(open.mid(7), (QStringList{QString(), QString(), QString()}));
    for (const QStringList &record : records.mid(1)) {
        QVERIFY2(isoTime.match(record.at(1)).hasMatch(), qPrintable(record.at(1)));
        for (int c = 7; c <= 9; ++c)
            QVERIFY2(record.at(c).isEmpty() || isoTime.match(record.at(c)).hasMatch(), qPrintable(record.at(c)));
    }

    ActionFilter filter;
    filter.today = m_today;
    const QList<QStringList> actions =
        readBack(SaveFile::utf8(listings::csv(listings::actions(m_store->postmortems, filter))), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(actions.size(), 5);
    for (const QStringList &record : actions.mid(1)) {
        QVERIFY2(isoDate.match(record.at(1)).hasMatch(), qPrintable(record.at(1)));
        QVERIFY(record.at(2) == QLatin1String("yes") || record.at(2) == QLatin1String("no"));
    }
    QCOMPARE(actions.at(2).mid(0, 3),
             (QStringList{QString::number(m_overdueAction), QStringLiteral("2024-03-08"), QStringLiteral("yes")}));
}

void TestListings::byteOrderMark()
{
    const QString csv = listings::csv(listings::teams(m_store->teams));
    const QByteArray plain = SaveFile::utf8(csv);
    const QByteArray marked = SaveFile::utf8(csv, true);
    QVERIFY(plain.startsWith("id,name,"));
    QCOMPARE(marked.left(3), QByteArray("\xEF\xBB\xBF"));
    QCOMPARE(marked.mid(3), plain);
    QCOMPARE(plain.count("\xEF\xBB\xBF"), 0);
    // A reader that honours the mark sees the same table either way, the first column named "id".
    QString error;
    const QList<QStringList> fromPlain = readBack(plain, &error);
    const QList<QStringList> fromMarked = readBack(marked, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(fromMarked, fromPlain);
    QCOMPARE(fromMarked.at(0).at(0), QStringLiteral("id"));
    QVERIFY(QString::fromUtf8(marked).contains(rtlTeam));
}

void TestListings::json()
{
    ActionFilter filter;
    filter.today = m_today;
    const QJsonArray array = listings::json(listings::actions(m_store->postmortems, filter));
    QCOMPARE(array.size(), 4);
    QJsonObject retro;
    QJsonObject overdue;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        QCOMPARE(object.keys().size(), 11);
        if (object.value(QLatin1String("id")).toInteger() == m_retroAction)
            retro = object;
        if (object.value(QLatin1String("id")).toInteger() == m_overdueAction)
            overdue = object;
    }
    QCOMPARE(overdue.value(QLatin1String("due")).toString(), QStringLiteral("2024-03-08"));
    QCOMPARE(overdue.value(QLatin1String("overdue")), QJsonValue(true));
    QCOMPARE(overdue.value(QLatin1String("incident_id")).toInteger(), m_commaIncident);
    QCOMPARE(retro.value(QLatin1String("text")).toString(), linesTitle);
    QVERIFY(retro.value(QLatin1String("incident_id")).isNull());
    QVERIFY(retro.value(QLatin1String("owner_person")).isNull());

    const Result<Listing> incidents =
        listings::incidents(m_store->incidents, IncidentFilter(), IncidentOrder{IncidentSortKey::Started, false});
    QVERIFY(incidents);
    const QJsonObject open = listings::json(*incidents).last().toObject();
    QCOMPARE(open.value(QLatin1String("title")).toString(), rtlTitle);
    QCOMPARE(open.value(QLatin1String("started")).toString(), QStringLiteral("2024-03-04T06:00:00Z"));
    QVERIFY(open.value(QLatin1String("resolved")).isNull());
}

void TestListings::trendRowsGoThroughThePolicy()
{
    SurveyRepository surveys(m_store->database);
    qint64 wave = 0;
    // Payments: 6 answers in 2024-Q1 (shown, k = 5). Support: 3 answers (withheld).
    STEP(addWave(surveys, m_payments, psychSafety, QDate(2024, 1, 15), {5, 5, 6, 6, 4, 4}, &wave));
    STEP(addWave(surveys, m_support, psychSafety, QDate(2024, 1, 20), {7, 7, 7}, &wave));

    const std::vector<TrendRow> rows = listings::trendRows(surveys);
    QVERIFY(!rows.empty());
    bool sawPayments = false;
    bool sawSupport = false;
    for (const TrendRow &row : rows) {
        QCOMPARE(row.period, QStringLiteral("2024-Q1"));
        QCOMPARE(row.instrument, psychSafety);
        if (row.scope == QLatin1String("team") && row.team == rtlTeam) {
            sawPayments = true;
            QVERIFY(!row.suppressed);
            QCOMPARE(row.respondents, 6);
            QCOMPARE(row.score, 5.0);
        }
        if (row.scope == QLatin1String("team") && row.team == QLatin1String("Support \"Tier 1\"")) {
            sawSupport = true;
            QVERIFY(row.suppressed);
            QCOMPARE(row.respondents, 0);
        }
    }
    QVERIFY(sawPayments && sawSupport);
    // The CSV has the withheld row without numbers.
    const QString csv = trends::csv(rows);
    QVERIFY2(csv.contains(QStringLiteral("team,\"Support \"\"Tier 1\"\"\",,psych-safety,2024-Q1,,,true\r\n")),
             qPrintable(csv));

    // Only the teams asked for, the policy still seeing every team.
    const std::vector<TrendRow> supportOnly = listings::trendRows(surveys, psychSafety, {m_support});
    QVERIFY(!supportOnly.empty());
    for (const TrendRow &row : supportOnly) {
        QCOMPARE(row.team, QStringLiteral("Support \"Tier 1\""));
        QVERIFY(row.suppressed);
    }
    QVERIFY(listings::trendRows(surveys, healthCheck).empty());
}

QTEST_GUILESS_MAIN(TestListings)
#include "tst_listings.moc"
