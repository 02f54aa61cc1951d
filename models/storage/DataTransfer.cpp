#include "DataTransfer.h"

#include "BulkInsert.h"
#include "Database.h"
#include "Dialect.h"
#include "Migrations.h"
#include "SqlSupport.h"
#include "Transaction.h"
#include "domain/Incident.h"
#include "domain/Postmortem.h"
#include "domain/Survey.h"
#include "survey/Scoring.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace candor {

namespace {

// Rows a statement when importing into a server (BulkInsert::batch).
constexpr int RowsPerBatch = 1000;

// Ids in the file are JSON numbers, which many JSON readers hold as doubles: 2^53 - 1 is the largest exact one.
constexpr qint64 MaximumId = (qint64(1) << 53) - 1;
constexpr qint64 MaximumInt = 2147483647;
// Stored running totals of scores are sums of floating-point scores in an order the file does not keep.
constexpr double SumTolerance = 1e-9;

// ---- Enumerations: stored as numbers, written as stable keys ------------------------------------------------------

struct Enumeration
{
    QStringList keys;
    int first = 0; // the stored number of keys[0]

    QString key(int value) const { return keys.value(value - first); }
    bool contains(int value) const { return value >= first && value < first + int(keys.size()); }
    int valueOf(const QString &key) const
    {
        const qsizetype index = keys.indexOf(key);
        return index < 0 ? first - 1 : first + int(index);
    }
};

template <typename E, typename F>
Enumeration enumeration(int first, int count, F keyOf)
{
    Enumeration e;
    e.first = first;
    for (int value = first; value < first + count; ++value)
        e.keys.append(keyOf(static_cast<E>(value)));
    return e;
}

const Enumeration &severities()
{
    static const Enumeration e = enumeration<Severity>(1, 4, IncidentText::severityCode);
    return e;
}
const Enumeration &incidentStatuses()
{
    static const Enumeration e = enumeration<IncidentStatus>(0, 3, IncidentText::statusKey);
    return e;
}
const Enumeration &sessionKinds()
{
    static const Enumeration e{{QStringLiteral("postmortem"), QStringLiteral("retro")}, 0};
    return e;
}
// Every phase, Finished included: where a session stands, its log entries and speaking turns.
const Enumeration &phases()
{
    static const Enumeration e = enumeration<Phase>(0, PhaseCount + 1, PostmortemText::phaseKey);
    return e;
}
// The phases that have a record: Opening to Closing.
const Enumeration &recordedPhases()
{
    static const Enumeration e = enumeration<Phase>(0, PhaseCount, PostmortemText::phaseKey);
    return e;
}
const Enumeration &logWhats()
{
    static const Enumeration e{{QStringLiteral("agreed"), QStringLiteral("skipped"), QStringLiteral("reopened")}, 0};
    return e;
}
const Enumeration &turnOutcomes()
{
    static const Enumeration e{{QStringLiteral("spoke"), QStringLiteral("passed")}, 0};
    return e;
}
const Enumeration &eventKinds()
{
    static const Enumeration e = enumeration<EventKind>(0, 6, PostmortemText::eventKindKey);
    return e;
}
const Enumeration &factorCategories()
{
    static const Enumeration e = enumeration<FactorCategory>(0, 5, PostmortemText::categoryKey);
    return e;
}
const Enumeration &learningKinds()
{
    static const Enumeration e = enumeration<LearningKind>(0, 4, PostmortemText::learningKey);
    return e;
}
const Enumeration &actionKinds()
{
    static const Enumeration e = enumeration<ActionKind>(0, 5, PostmortemText::actionKindKey);
    return e;
}
const Enumeration &actionStatuses()
{
    static const Enumeration e = enumeration<ActionStatus>(0, 4, PostmortemText::actionStatusKey);
    return e;
}
const Enumeration &checkKinds()
{
    static const Enumeration e{{QStringLiteral("closing"), QStringLiteral("safety")}, 0};
    return e;
}

// A survey answer in the file: its value, then its trend if it has one ("3+" better, "3=" the same, "3-" worse).
char trendMark(int trend)
{
    return trend == 1 ? '+' : trend == 0 ? '=' : trend == -1 ? '-' : '\0';
}

QString timeText(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}

// Random positive ids for survey responses and comments, as SurveyRepository gives them: the order of the rows must
// not tell who answered first.
qint64 randomId()
{
    return qint64(QRandomGenerator::global()->generate64() >> 2) + 1;
}

// ---- Export -------------------------------------------------------------------------------------------------------

QByteArray jsonString(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out += '"';
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == '\t') {
            out += "\\t";
        } else if (byte < 0x20) {
            out += "\\u00";
            out += "0123456789abcdef"[byte >> 4];
            out += "0123456789abcdef"[byte & 0xf];
        } else {
            out += c;
        }
    }
    out += '"';
    return out;
}

QByteArray jsonNumber(double value)
{
    // The shortest text that reads back as the same double.
    return QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

// Writes the export's text directly: two spaces per level, one field per line, short lists of numbers on one line.
// Building a QJsonDocument first would hold the whole database twice.
class JsonWriter
{
public:
    void beginObject(const char *key = nullptr) { open(key, '{'); }
    void endObject() { close('}'); }
    void beginArray(const char *key = nullptr) { open(key, '['); }
    void endArray() { close(']'); }

    // A value already in JSON (a number, null, a one-line array), as a field or, without a key, an array element.
    void raw(const char *key, const QByteArray &json)
    {
        prefix(key);
        m_out += json;
    }
    void text(const char *key, const QString &value) { raw(key, jsonString(value)); }
    void integer(const char *key, qint64 value) { raw(key, QByteArray::number(value)); }
    void flag(const char *key, bool value) { raw(key, value ? QByteArrayLiteral("true") : QByteArrayLiteral("false")); }

    QByteArray take()
    {
        m_out += '\n';
        return std::move(m_out);
    }

private:
    void prefix(const char *key)
    {
        if (!m_empty.empty()) {
            if (!m_empty.back())
                m_out += ',';
            m_empty.back() = false;
            m_out += '\n';
            m_out.append(qsizetype(m_empty.size()) * 2, ' ');
        }
        if (key) {
            m_out += '"';
            m_out += key;
            m_out += "\": ";
        }
    }
    void open(const char *key, char bracket)
    {
        prefix(key);
        m_out += bracket;
        m_empty.push_back(true);
    }
    void close(char bracket)
    {
        const bool empty = m_empty.back();
        m_empty.pop_back();
        if (!empty) {
            m_out += '\n';
            m_out.append(qsizetype(m_empty.size()) * 2, ' ');
        }
        m_out += bracket;
    }

    QByteArray m_out;
    std::vector<bool> m_empty; // per open object or array: nothing written in it yet
};

// A read transaction: every SELECT of the export sees the same snapshot, even while Candor writes.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(const QSqlDatabase &db)
        : m_db(db)
    {
        QSqlQuery begin(m_db);
        if (begin.exec(QStringLiteral("BEGIN")))
            m_active = true;
        else
            m_error = sql::describe(begin.lastError());
    }
    ~ReadSnapshot()
    {
        if (m_active) {
            QSqlQuery end(m_db);
            end.exec(QStringLiteral("ROLLBACK"));
        }
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;
    bool isActive() const { return m_active; }
    const QString &error() const { return m_error; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

class Exporter
{
public:
    explicit Exporter(const QSqlDatabase &db)
        : m_db(db)
    {}

    Result<QByteArray> run(const QDateTime &exportedAt);

private:
    bool select(QSqlQuery &q, const QString &statement);
    bool prepare(QSqlQuery &q, const QString &statement);
    bool execFor(QSqlQuery &q, qint64 id);
    // A stored value outside what the schema allows (a damaged or hand-edited database).
    bool unexpected(const char *table, const QVariant &row, const char *column, const QVariant &value);
    bool choice(const char *key, const Enumeration &e, const QVariant &value, const char *table, const QVariant &row);
    void time(const char *key, const QVariant &value);
    void date(const char *key, const QVariant &value);
    void id(const char *key, const QVariant &value);

    bool teams();
    bool members();
    bool incidents();
    bool sessions();
    bool sessionContent(qint64 sessionId);
    bool instruments();
    bool waves();
    bool waveContent(qint64 waveId);

    QSqlDatabase m_db;
    JsonWriter m_json;
    QString m_error;
    // Prepared once, run per session or wave.
    QSqlQuery m_phaseRecords{m_db}, m_phaseLog{m_db}, m_participants{m_db}, m_turns{m_db}, m_events{m_db},
        m_factors{m_db}, m_factorEvents{m_db}, m_learnings{m_db}, m_actions{m_db}, m_tallies{m_db}, m_drafts{m_db},
        m_items{m_db}, m_waveItems{m_db}, m_answers{m_db}, m_comments{m_db};
};

bool Exporter::select(QSqlQuery &q, const QString &statement)
{
    // The loops over sessions, instruments and waves run other statements before their own rows are all read.
    Dialect::prepareForReading(q, m_db);
    return sql::run(q, statement, {}, &m_error);
}

bool Exporter::prepare(QSqlQuery &q, const QString &statement)
{
    Dialect::prepareForReading(q, m_db);
    if (q.prepare(statement))
        return true;
    m_error = sql::describe(q.lastError());
    return false;
}

bool Exporter::execFor(QSqlQuery &q, qint64 id)
{
    q.bindValue(0, id);
    if (q.exec())
        return true;
    m_error = sql::describe(q.lastError());
    return false;
}

bool Exporter::unexpected(const char *table, const QVariant &row, const char *column, const QVariant &value)
{
    m_error = DataTransfer::tr("The database holds an unexpected value in table %1, row %2, column %3: “%4”. Run "
                               "candor-cli check, or restore a backup.")
                  .arg(QLatin1String(table), row.toString(), QLatin1String(column), value.toString());
    return false;
}

bool Exporter::choice(const char *key, const Enumeration &e, const QVariant &value, const char *table,
                      const QVariant &row)
{
    const QString text = value.isNull() ? QString() : e.key(value.toInt());
    if (text.isEmpty())
        return unexpected(table, row, key, value);
    m_json.text(key, text);
    return true;
}

void Exporter::time(const char *key, const QVariant &value)
{
    m_json.raw(key, value.isNull() ? QByteArrayLiteral("null") : jsonString(timeText(value.toLongLong())));
}

void Exporter::date(const char *key, const QVariant &value)
{
    m_json.raw(key, value.isNull() ? QByteArrayLiteral("null") : jsonString(value.toString()));
}

void Exporter::id(const char *key, const QVariant &value)
{
    m_json.raw(key, value.isNull() ? QByteArrayLiteral("null") : QByteArray::number(value.toLongLong()));
}

Result<QByteArray> Exporter::run(const QDateTime &exportedAt)
{
    const QDateTime at = exportedAt.isValid() ? exportedAt : QDateTime::currentDateTimeUtc();
    m_json.beginObject();
    m_json.text("format", DataTransfer::formatName());
    m_json.integer("format_version", DataTransfer::FormatVersion);
    m_json.integer("schema_version", Migrations::currentVersion(m_db));
    m_json.text("candor_version", QStringLiteral(CANDOR_VERSION));
    m_json.text("exported_at", timeText(at.toSecsSinceEpoch()));
    if (!teams() || !members() || !incidents() || !sessions() || !instruments() || !waves())
        return Result<QByteArray>::failure(m_error);
    m_json.endObject();
    return m_json.take();
}

bool Exporter::teams()
{
    QSqlQuery q(m_db);
    if (!select(q, QStringLiteral("SELECT id, parent_id, name, description FROM team ORDER BY id")))
        return false;
    m_json.beginArray("teams");
    while (q.next()) {
        m_json.beginObject();
        id("id", q.value(0));
        id("parent_id", q.value(1));
        m_json.text("name", q.value(2).toString());
        m_json.text("description", q.value(3).toString());
        m_json.endObject();
    }
    m_json.endArray();
    return true;
}

bool Exporter::members()
{
    QSqlQuery q(m_db);
    if (!select(q, QStringLiteral("SELECT id, team_id, name, role, is_manager, active FROM member ORDER BY id")))
        return false;
    m_json.beginArray("members");
    while (q.next()) {
        m_json.beginObject();
        id("id", q.value(0));
        id("team_id", q.value(1));
        m_json.text("name", q.value(2).toString());
        m_json.text("role", q.value(3).toString());
        m_json.flag("is_manager", q.value(4).toInt() != 0);
        m_json.flag("active", q.value(5).toInt() != 0);
        m_json.endObject();
    }
    m_json.endArray();
    return true;
}

bool Exporter::incidents()
{
    QSqlQuery q(m_db);
    if (!select(q, QStringLiteral("SELECT id, team_id, title, severity, status, service, started_at, detected_at,"
                                  " mitigated_at, resolved_at, summary, customer_impact FROM incident ORDER BY id")))
        return false;
    m_json.beginArray("incidents");
    while (q.next()) {
        m_json.beginObject();
        id("id", q.value(0));
        id("team_id", q.value(1));
        m_json.text("title", q.value(2).toString());
        if (!choice("severity", severities(), q.value(3), "incident", q.value(0)) ||
            !choice("status", incidentStatuses(), q.value(4), "incident", q.value(0)))
            return false;
        m_json.text("service", q.value(5).toString());
        time("started_at", q.value(6));
        time("detected_at", q.value(7));
        time("mitigated_at", q.value(8));
        time("resolved_at", q.value(9));
        m_json.text("summary", q.value(10).toString());
        m_json.text("customer_impact", q.value(11).toString());
        m_json.endObject();
    }
    m_json.endArray();
    return true;
}

bool Exporter::sessions()
{
    const bool prepared =
        prepare(m_phaseRecords, QStringLiteral("SELECT phase, started_at, agreed_at, agreed_by, skip_reason"
                                               " FROM phase_record WHERE postmortem_id = ? ORDER BY phase")) &&
        prepare(m_phaseLog, QStringLiteral("SELECT id, at, phase, what, who, reason FROM phase_log"
                                           " WHERE postmortem_id = ? ORDER BY id")) &&
        prepare(m_participants, QStringLiteral("SELECT id, member_id, name, role, position FROM participant"
                                               " WHERE postmortem_id = ? ORDER BY id")) &&
        prepare(m_turns, QStringLiteral("SELECT id, participant_id, phase, outcome FROM speaking_turn"
                                        " WHERE postmortem_id = ? ORDER BY id")) &&
        prepare(m_events, QStringLiteral("SELECT id, at, kind, text FROM timeline_event WHERE postmortem_id = ?"
                                         " ORDER BY id")) &&
        prepare(m_factors, QStringLiteral("SELECT id, category, text FROM contributing_factor"
                                          " WHERE postmortem_id = ? ORDER BY id")) &&
        prepare(m_factorEvents, QStringLiteral("SELECT fe.factor_id, fe.event_id FROM factor_event fe"
                                               " JOIN contributing_factor f ON f.id = fe.factor_id"
                                               " WHERE f.postmortem_id = ? ORDER BY fe.factor_id, fe.event_id")) &&
        prepare(m_learnings, QStringLiteral("SELECT id, kind, text FROM learning WHERE postmortem_id = ?"
                                            " ORDER BY id")) &&
        prepare(m_actions, QStringLiteral("SELECT id, kind, text, owner_team_id, owner_person, due_date, status,"
                                          " factor_id, created_at, done_at FROM action_item"
                                          " WHERE postmortem_id = ? ORDER BY id")) &&
        prepare(m_tallies, QStringLiteral("SELECT check_kind, value, count FROM check_tally WHERE postmortem_id = ?"
                                          " ORDER BY check_kind, value")) &&
        prepare(m_drafts, QStringLiteral("SELECT field, text FROM session_draft WHERE postmortem_id = ?"
                                         " ORDER BY field"));
    if (!prepared)
        return false;

    QSqlQuery q(m_db);
    if (!select(q, QStringLiteral("SELECT id, kind, incident_id, team_id, title, period_start, period_end,"
                                  " facilitator, facilitator_member_id, facilitator_conflict_accepted, phase,"
                                  " turn_seconds, phase_minutes, speaker_id, turn_started_at, notes, summary,"
                                  " created_at FROM postmortem ORDER BY id")))
        return false;
    m_json.beginArray("sessions");
    while (q.next()) {
        const QVariant row = q.value(0);
        m_json.beginObject();
        id("id", row);
        if (!choice("kind", sessionKinds(), q.value(1), "postmortem", row))
            return false;
        id("incident_id", q.value(2));
        id("team_id", q.value(3));
        m_json.text("title", q.value(4).toString());
        date("period_start", q.value(5));
        date("period_end", q.value(6));
        m_json.text("facilitator", q.value(7).toString());
        id("facilitator_member_id", q.value(8));
        m_json.flag("facilitator_conflict_accepted", q.value(9).toInt() != 0);
        if (!choice("phase", phases(), q.value(10), "postmortem", row))
            return false;
        m_json.integer("turn_seconds", q.value(11).toLongLong());
        m_json.integer("phase_minutes", q.value(12).toLongLong());
        id("speaker_id", q.value(13));
        time("turn_started_at", q.value(14));
        m_json.text("notes", q.value(15).toString());
        m_json.text("summary", q.value(16).toString());
        time("created_at", q.value(17));
        if (!sessionContent(row.toLongLong()))
            return false;
        m_json.endObject();
    }
    m_json.endArray();
    return true;
}

bool Exporter::sessionContent(qint64 sessionId)
{
    if (!execFor(m_phaseRecords, sessionId))
        return false;
    m_json.beginArray("phases");
    while (m_phaseRecords.next()) {
        const QSqlQuery &q = m_phaseRecords;
        m_json.beginObject();
        if (!choice("phase", recordedPhases(), q.value(0), "phase_record", sessionId))
            return false;
        time("started_at", q.value(1));
        time("agreed_at", q.value(2));
        m_json.text("agreed_by", q.value(3).toString());
        m_json.text("skip_reason", q.value(4).toString());
        m_json.endObject();
    }
    m_json.endArray();
    m_phaseRecords.finish();

    if (!execFor(m_phaseLog, sessionId))
        return false;
    m_json.beginArray("phase_log");
    while (m_phaseLog.next()) {
        const QSqlQuery &q = m_phaseLog;
        m_json.beginObject();
        id("id", q.value(0));
        time("at", q.value(1));
        if (!choice("phase", phases(), q.value(2), "phase_log", q.value(0)) ||
            !choice("what", logWhats(), q.value(3), "phase_log", q.value(0)))
            return false;
        m_json.text("who", q.value(4).toString());
        m_json.text("reason", q.value(5).toString());
        m_json.endObject();
    }
    m_json.endArray();
    m_phaseLog.finish();

    if (!execFor(m_participants, sessionId))
        return false;
    m_json.beginArray("participants");
    while (m_participants.next()) {
        const QSqlQuery &q = m_participants;
        m_json.beginObject();
        id("id", q.value(0));
        id("member_id", q.value(1));
        m_json.text("name", q.value(2).toString());
        m_json.text("role", q.value(3).toString());
        m_json.integer("position", q.value(4).toLongLong());
        m_json.endObject();
    }
    m_json.endArray();
    m_participants.finish();

    if (!execFor(m_turns, sessionId))
        return false;
    m_json.beginArray("speaking_turns");
    while (m_turns.next()) {
        const QSqlQuery &q = m_turns;
        m_json.beginObject();
        id("id", q.value(0));
        id("participant_id", q.value(1));
        if (!choice("phase", phases(), q.value(2), "speaking_turn", q.value(0)) ||
            !choice("outcome", turnOutcomes(), q.value(3), "speaking_turn", q.value(0)))
            return false;
        m_json.endObject();
    }
    m_json.endArray();
    m_turns.finish();

    if (!execFor(m_events, sessionId))
        return false;
    m_json.beginArray("timeline");
    while (m_events.next()) {
        const QSqlQuery &q = m_events;
        m_json.beginObject();
        id("id", q.value(0));
        time("at", q.value(1));
        if (!choice("kind", eventKinds(), q.value(2), "timeline_event", q.value(0)))
            return false;
        m_json.text("text", q.value(3).toString());
        m_json.endObject();
    }
    m_json.endArray();
    m_events.finish();

    if (!execFor(m_factorEvents, sessionId))
        return false;
    QHash<qint64, QByteArray> linkedEvents; // factor id -> its event ids, as a JSON array's inside
    while (m_factorEvents.next()) {
        QByteArray &events = linkedEvents[m_factorEvents.value(0).toLongLong()];
        if (!events.isEmpty())
            events += ',';
        events += QByteArray::number(m_factorEvents.value(1).toLongLong());
    }
    m_factorEvents.finish();
    if (!execFor(m_factors, sessionId))
        return false;
    m_json.beginArray("factors");
    while (m_factors.next()) {
        const QSqlQuery &q = m_factors;
        m_json.beginObject();
        id("id", q.value(0));
        if (!choice("category", factorCategories(), q.value(1), "contributing_factor", q.value(0)))
            return false;
        m_json.text("text", q.value(2).toString());
        m_json.raw("event_ids", '[' + linkedEvents.value(q.value(0).toLongLong()) + ']');
        m_json.endObject();
    }
    m_json.endArray();
    m_factors.finish();

    if (!execFor(m_learnings, sessionId))
        return false;
    m_json.beginArray("learnings");
    while (m_learnings.next()) {
        const QSqlQuery &q = m_learnings;
        m_json.beginObject();
        id("id", q.value(0));
        if (!choice("kind", learningKinds(), q.value(1), "learning", q.value(0)))
            return false;
        m_json.text("text", q.value(2).toString());
        m_json.endObject();
    }
    m_json.endArray();
    m_learnings.finish();

    if (!execFor(m_actions, sessionId))
        return false;
    m_json.beginArray("actions");
    while (m_actions.next()) {
        const QSqlQuery &q = m_actions;
        m_json.beginObject();
        id("id", q.value(0));
        if (!choice("kind", actionKinds(), q.value(1), "action_item", q.value(0)))
            return false;
        m_json.text("text", q.value(2).toString());
        id("owner_team_id", q.value(3));
        m_json.text("owner_person", q.value(4).toString());
        date("due_date", q.value(5));
        if (!choice("status", actionStatuses(), q.value(6), "action_item", q.value(0)))
            return false;
        id("factor_id", q.value(7));
        time("created_at", q.value(8));
        time("done_at", q.value(9));
        m_json.endObject();
    }
    m_json.endArray();
    m_actions.finish();

    if (!execFor(m_tallies, sessionId))
        return false;
    m_json.beginArray("checks");
    while (m_tallies.next()) {
        const QSqlQuery &q = m_tallies;
        m_json.beginObject();
        if (!choice("check", checkKinds(), q.value(0), "check_tally", sessionId))
            return false;
        m_json.integer("answer", q.value(1).toLongLong());
        m_json.integer("count", q.value(2).toLongLong());
        m_json.endObject();
    }
    m_json.endArray();
    m_tallies.finish();

    if (!execFor(m_drafts, sessionId))
        return false;
    m_json.beginArray("drafts");
    while (m_drafts.next()) {
        m_json.beginObject();
        m_json.text("field", m_drafts.value(0).toString());
        m_json.text("text", m_drafts.value(1).toString());
        m_json.endObject();
    }
    m_json.endArray();
    m_drafts.finish();
    return true;
}

bool Exporter::instruments()
{
    if (!prepare(m_items, QStringLiteral("SELECT position, construct, text, reversed FROM survey_item"
                                         " WHERE instrument_id = ? ORDER BY position")))
        return false;
    QSqlQuery q(m_db);
    if (!select(q, QStringLiteral("SELECT id, key, version, name, description, scale_points, has_trend, built_in"
                                  " FROM survey_instrument ORDER BY id")))
        return false;
    m_json.beginArray("survey_instruments");
    while (q.next()) {
        m_json.beginObject();
        id("id", q.value(0));
        m_json.text("key", q.value(1).toString());
        m_json.integer("version", q.value(2).toLongLong());
        m_json.text("name", q.value(3).toString());
        m_json.text("description", q.value(4).toString());
        m_json.integer("scale_points", q.value(5).toLongLong());
        m_json.flag("has_trend", q.value(6).toInt() != 0);
        m_json.flag("built_in", q.value(7).toInt() != 0);
        if (!execFor(m_items, q.value(0).toLongLong()))
            return false;
        m_json.beginArray("items");
        // Items are numbered from 0 without gaps; the file lists them in order and keeps no number.
        for (int position = 0; m_items.next(); ++position) {
            if (m_items.value(0).toInt() != position)
                return unexpected("survey_item", q.value(0), "position", m_items.value(0));
            m_json.beginObject();
            m_json.text("construct", m_items.value(1).toString());
            m_json.text("text", m_items.value(2).toString());
            m_json.flag("reversed", m_items.value(3).toInt() != 0);
            m_json.endObject();
        }
        m_json.endArray();
        m_items.finish();
        m_json.endObject();
    }
    m_json.endArray();
    return true;
}

bool Exporter::waves()
{
    const bool prepared =
        prepare(m_waveItems, QStringLiteral("SELECT position, scored_sum FROM survey_wave_item WHERE wave_id = ?"
                                            " ORDER BY position")) &&
        prepare(m_answers, QStringLiteral("SELECT r.id, a.position, a.value, a.trend FROM survey_response r"
                                          " LEFT JOIN survey_answer a ON a.response_id = r.id WHERE r.wave_id = ?"
                                          " ORDER BY r.id, a.position")) &&
        prepare(m_comments, QStringLiteral("SELECT text FROM survey_comment WHERE wave_id = ?"));
    if (!prepared)
        return false;
    QSqlQuery q(m_db);
    if (!select(q, QStringLiteral("SELECT id, team_id, instrument_id, title, opens_on, closes_on, invited, k,"
                                  " comment_k, respondents, score_sum, score_squares, unfavourable, neutral,"
                                  " favourable FROM survey_wave ORDER BY id")))
        return false;
    m_json.beginArray("survey_waves");
    while (q.next()) {
        m_json.beginObject();
        id("id", q.value(0));
        id("team_id", q.value(1));
        id("instrument_id", q.value(2));
        m_json.text("title", q.value(3).toString());
        date("opens_on", q.value(4));
        date("closes_on", q.value(5));
        m_json.integer("invited", q.value(6).toLongLong());
        m_json.integer("k", q.value(7).toLongLong());
        m_json.integer("comment_k", q.value(8).toLongLong());
        m_json.beginObject("totals");
        m_json.integer("respondents", q.value(9).toLongLong());
        m_json.raw("score_sum", jsonNumber(q.value(10).toDouble()));
        m_json.raw("score_squares", jsonNumber(q.value(11).toDouble()));
        m_json.integer("unfavourable", q.value(12).toLongLong());
        m_json.integer("neutral", q.value(13).toLongLong());
        m_json.integer("favourable", q.value(14).toLongLong());
        if (!execFor(m_waveItems, q.value(0).toLongLong()))
            return false;
        QByteArray itemSums;
        for (int position = 0; m_waveItems.next(); ++position) {
            if (m_waveItems.value(0).toInt() != position)
                return unexpected("survey_wave_item", q.value(0), "position", m_waveItems.value(0));
            if (position > 0)
                itemSums += ',';
            itemSums += QByteArray::number(m_waveItems.value(1).toLongLong());
        }
        m_waveItems.finish();
        m_json.raw("item_sums", '[' + itemSums + ']');
        m_json.endObject();
        if (!waveContent(q.value(0).toLongLong()))
            return false;
        m_json.endObject();
    }
    m_json.endArray();
    return true;
}

// Responses and comments have no id and no order in the file: each response is one string of answers, and they
// are sorted by their text (as are the comments), so the file says nothing about who answered first and exporting
// the same data always gives the same file.
bool Exporter::waveContent(qint64 waveId)
{
    if (!execFor(m_answers, waveId))
        return false;
    std::vector<QByteArray> responses;
    qint64 current = 0;
    bool first = true;
    while (m_answers.next()) {
        const qint64 response = m_answers.value(0).toLongLong();
        if (first || response != current) {
            responses.emplace_back();
            current = response;
            first = false;
        }
        if (m_answers.value(1).isNull()) // a response without answers (the left join's empty row)
            continue;
        QByteArray &line = responses.back();
        if (!line.isEmpty())
            line += ' ';
        line += QByteArray::number(m_answers.value(2).toLongLong());
        if (!m_answers.value(3).isNull()) {
            const char mark = trendMark(m_answers.value(3).toInt());
            if (!mark)
                return unexpected("survey_answer", response, "trend", m_answers.value(3));
            line += mark;
        }
    }
    m_answers.finish();
    std::sort(responses.begin(), responses.end());
    m_json.beginArray("responses");
    for (const QByteArray &response : responses)
        m_json.raw(nullptr, '"' + response + '"');
    m_json.endArray();

    if (!execFor(m_comments, waveId))
        return false;
    std::vector<QByteArray> comments;
    while (m_comments.next())
        comments.push_back(jsonString(m_comments.value(0).toString()));
    m_comments.finish();
    std::sort(comments.begin(), comments.end());
    m_json.beginArray("comments");
    for (const QByteArray &comment : comments)
        m_json.raw(nullptr, comment);
    m_json.endArray();
    return true;
}

// ---- Import: reading and checking ---------------------------------------------------------------------------------

// Where a value is in the file, in JSONPath notation ($.incidents[12].severity); built as text only for a message.
// A Path points at its parent: keep every Path that others are built on in a named variable, never a temporary.
struct Path
{
    const Path *parent = nullptr;
    const char *key = nullptr; // a field of an object, or
    qsizetype index = -1;      // an element of an array

    Path field(const char *name) const { return Path{this, name, -1}; }
    Path at(qsizetype i) const { return Path{this, nullptr, i}; }
    QString text() const
    {
        QString result = parent ? parent->text() : QStringLiteral("$");
        if (key)
            result += QLatin1Char('.') + QLatin1String(key);
        else if (index >= 0)
            result += QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
        return result;
    }
};

// A value as the file has it, for a message: strings quoted, long ones shortened.
QString shown(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::fromLatin1(jsonNumber(value.toDouble()));
    case QJsonValue::String: {
        const QString text = value.toString();
        return QString::fromUtf8(jsonString(text.size() > 60 ? text.left(59) + QChar(0x2026) : text));
    }
    case QJsonValue::Array:
        return DataTransfer::tr("an array");
    case QJsonValue::Object:
        return DataTransfer::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return DataTransfer::tr("nothing");
}

// Keeps the first problem found; every check after it is skipped.
class Checker
{
public:
    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    bool fail(const Path &path, const QString &message)
    {
        if (m_error.isEmpty())
            m_error = path.text() + QStringLiteral(": ") + message;
        return false;
    }

private:
    QString m_error;
};

bool wholeNumber(const QJsonValue &value, qint64 minimum, qint64 maximum, qint64 *result)
{
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    if (!std::isfinite(d) || std::floor(d) != d || d < double(minimum) || d > double(maximum))
        return false;
    *result = qint64(d);
    return true;
}

// One object of the file: its fields read with their type and range checked, and no field that is not known.
class Record
{
public:
    Record(Checker &checker, const QJsonValue &value, const Path &path, std::initializer_list<const char *> fields,
           bool checkFields = true)
        : m_checker(checker)
        , m_path(path)
        , m_fields(fields)
    {
        if (!value.isObject()) {
            m_checker.fail(m_path, DataTransfer::tr("expected an object, found %1.").arg(shown(value)));
            return;
        }
        m_object = value.toObject();
        if (checkFields)
            checkUnknownFields();
    }

    bool ok() const { return m_checker.ok(); }
    const Path &path() const { return m_path; }

    // Refuses a field this object does not have in this format version (a typo, or a newer file).
    void checkUnknownFields()
    {
        for (auto it = m_object.constBegin(); it != m_object.constEnd() && ok(); ++it) {
            const QString name = it.key();
            const bool known = std::any_of(m_fields.begin(), m_fields.end(),
                                           [&name](const char *field) { return name == QLatin1String(field); });
            if (!known) {
                QStringList names;
                for (const char *field : m_fields)
                    names.append(QLatin1String(field));
                m_checker.fail(m_path, DataTransfer::tr("unknown field %1; the fields here are %2.")
                                           .arg(QString::fromUtf8(jsonString(name)), names.join(QStringLiteral(", "))));
            }
        }
    }

    // The field's value; a missing field is a problem.
    QJsonValue value(const char *key)
    {
        if (!ok())
            return {};
        const auto it = m_object.constFind(QLatin1String(key));
        if (it == m_object.constEnd()) {
            m_checker.fail(m_path.field(key), DataTransfer::tr("this required field is missing."));
            return {};
        }
        return it.value();
    }

    QString text(const char *key)
    {
        const QJsonValue v = value(key);
        if (!ok())
            return {};
        if (!v.isString()) {
            m_checker.fail(m_path.field(key), DataTransfer::tr("expected text, found %1.").arg(shown(v)));
            return {};
        }
        return v.toString();
    }

    bool flag(const char *key)
    {
        const QJsonValue v = value(key);
        if (!ok())
            return false;
        if (!v.isBool()) {
            m_checker.fail(m_path.field(key), DataTransfer::tr("expected true or false, found %1.").arg(shown(v)));
            return false;
        }
        return v.toBool();
    }

    qint64 integer(const char *key, qint64 minimum, qint64 maximum)
    {
        const QJsonValue v = value(key);
        qint64 result = 0;
        if (ok() && !wholeNumber(v, minimum, maximum, &result))
            m_checker.fail(m_path.field(key), DataTransfer::tr("expected a whole number from %1 to %2, found %3.")
                                                  .arg(minimum)
                                                  .arg(maximum)
                                                  .arg(shown(v)));
        return result;
    }

    double number(const char *key)
    {
        const QJsonValue v = value(key);
        if (!ok())
            return 0;
        if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < 0) {
            m_checker.fail(m_path.field(key),
                           DataTransfer::tr("expected a number of 0 or more, found %1.").arg(shown(v)));
            return 0;
        }
        return v.toDouble();
    }

    // An id (1 or more); with nullable, null reads as 0.
    qint64 id(const char *key, bool nullable = false)
    {
        const QJsonValue v = value(key);
        qint64 result = 0;
        if (!ok() || (nullable && v.isNull()))
            return 0;
        if (!wholeNumber(v, 1, MaximumId, &result))
            m_checker.fail(m_path.field(key), (nullable ? DataTransfer::tr("expected an id (a whole number from 1 to "
                                                                           "%1) or null, found %2.")
                                                        : DataTransfer::tr("expected an id (a whole number from 1 to "
                                                                           "%1), found %2."))
                                                  .arg(MaximumId)
                                                  .arg(shown(v)));
        return result;
    }

    // A moment in ISO 8601 with its offset from UTC, in whole seconds; stored as seconds since the epoch.
    QVariant time(const char *key, bool nullable)
    {
        const QJsonValue v = value(key);
        if (!ok())
            return {};
        if (nullable && v.isNull())
            return QVariant(QMetaType(QMetaType::LongLong));
        const QDateTime time = v.isString() ? QDateTime::fromString(v.toString(), Qt::ISODate) : QDateTime();
        if (!time.isValid() || time.timeSpec() == Qt::LocalTime || time.time().msec() != 0) {
            m_checker.fail(m_path.field(key),
                           (nullable ? DataTransfer::tr("expected a time in ISO 8601 with its offset from UTC, such "
                                                        "as \"2024-03-01T09:30:00Z\", or null, found %1.")
                                     : DataTransfer::tr("expected a time in ISO 8601 with its offset from UTC, such "
                                                        "as \"2024-03-01T09:30:00Z\", found %1."))
                               .arg(shown(v)));
            return {};
        }
        return time.toSecsSinceEpoch();
    }

    // A day as YYYY-MM-DD; stored as that text.
    QVariant date(const char *key, bool nullable, QDate *parsed = nullptr)
    {
        const QJsonValue v = value(key);
        if (!ok())
            return {};
        if (nullable && v.isNull())
            return sql::fromDate(QDate());
        const QDate day = v.isString() ? QDate::fromString(v.toString(), Qt::ISODate) : QDate();
        if (!day.isValid() || day.toString(Qt::ISODate) != v.toString()) {
            m_checker.fail(m_path.field(key), (nullable ? DataTransfer::tr("expected a date such as \"2024-03-01\" "
                                                                           "or null, found %1.")
                                                        : DataTransfer::tr("expected a date such as \"2024-03-01\", "
                                                                           "found %1."))
                                                  .arg(shown(v)));
            return {};
        }
        if (parsed)
            *parsed = day;
        return sql::fromDate(day);
    }

    // One of the enumeration's keys; returns its stored number.
    int choice(const char *key, const Enumeration &e)
    {
        const QJsonValue v = value(key);
        if (!ok())
            return e.first;
        const int result = v.isString() ? e.valueOf(v.toString()) : e.first - 1;
        if (!e.contains(result)) {
            m_checker.fail(m_path.field(key),
                           DataTransfer::tr("%1 is not one of %2.").arg(shown(v), e.keys.join(QStringLiteral(", "))));
            return e.first;
        }
        return result;
    }

    QJsonArray array(const char *key)
    {
        const QJsonValue v = value(key);
        if (!ok())
            return {};
        if (!v.isArray()) {
            m_checker.fail(m_path.field(key), DataTransfer::tr("expected an array, found %1.").arg(shown(v)));
            return {};
        }
        return v.toArray();
    }

private:
    Checker &m_checker;
    Path m_path;
    std::vector<const char *> m_fields;
    QJsonObject m_object;
};

// Ids seen in one section (or one kind of row across sessions): each id once, with the place it was first seen.
class IdIndex
{
public:
    // Registers id at path; a second use is a problem.
    bool add(Checker &checker, qint64 id, const Path &path, int index)
    {
        const auto [it, inserted] = m_index.insert({id, index});
        if (inserted) {
            m_paths.insert(id, path.parent ? path.parent->text() : QString());
            return true;
        }
        return checker.fail(
            path,
            DataTransfer::tr("the id %1 is used twice (also at %2); ids are unique.").arg(id).arg(m_paths.value(id)));
    }
    bool contains(qint64 id) const { return m_index.count(id) > 0; }
    int indexOf(qint64 id) const
    {
        const auto it = m_index.find(id);
        return it == m_index.end() ? -1 : it->second;
    }

private:
    std::unordered_map<qint64, int> m_index;
    QHash<qint64, QString> m_paths;
};

struct TeamIn
{
    qint64 id = 0;
    qint64 parentId = 0;
    QString name;
    QString description;
};

struct MemberIn
{
    qint64 id = 0;
    qint64 teamId = 0;
    QString name;
    QString role;
    bool manager = false;
    bool active = true;
};

struct IncidentIn
{
    qint64 id = 0;
    qint64 teamId = 0;
    QString title;
    int severity = 0;
    int status = 0;
    QString service;
    QVariant started, detected, mitigated, resolved;
    QString summary;
    QString customerImpact;
};

struct PhaseIn
{
    int phase = 0;
    QVariant started, agreed;
    QString agreedBy;
    QString skipReason;
};

struct LogIn
{
    qint64 id = 0;
    QVariant at;
    int phase = 0;
    int what = 0;
    QString who;
    QString reason;
};

struct ParticipantIn
{
    qint64 id = 0;
    qint64 memberId = 0;
    QString name;
    QString role;
    qint64 position = 0;
};

struct TurnIn
{
    qint64 id = 0;
    qint64 participantId = 0;
    int phase = 0;
    int outcome = 0;
};

struct EventIn
{
    qint64 id = 0;
    QVariant at;
    int kind = 0;
    QString text;
};

struct FactorIn
{
    qint64 id = 0;
    int category = 0;
    QString text;
    std::vector<qint64> eventIds;
};

struct LearningIn
{
    qint64 id = 0;
    int kind = 0;
    QString text;
};

struct ActionIn
{
    qint64 id = 0;
    int kind = 0;
    QString text;
    qint64 ownerTeamId = 0;
    QString ownerPerson;
    QVariant due;
    int status = 0;
    qint64 factorId = 0;
    QVariant created, done;
};

struct TallyIn
{
    int check = 0;
    int answer = 0;
    qint64 count = 0;
};

struct DraftIn
{
    QString field;
    QString text;
};

struct SessionIn
{
    qint64 id = 0;
    int kind = 0;
    qint64 incidentId = 0;
    qint64 teamId = 0;
    QString title;
    QVariant periodStart, periodEnd;
    QString facilitator;
    qint64 facilitatorMemberId = 0;
    bool conflictAccepted = false;
    int phase = 0;
    qint64 turnSeconds = 0;
    qint64 phaseMinutes = 0;
    qint64 speakerId = 0;
    QVariant turnStarted;
    QString notes;
    QString summary;
    QVariant created;
    std::vector<PhaseIn> phases;
    std::vector<LogIn> log;
    std::vector<ParticipantIn> participants;
    std::vector<TurnIn> turns;
    std::vector<EventIn> events;
    std::vector<FactorIn> factors;
    std::vector<LearningIn> learnings;
    std::vector<ActionIn> actions;
    std::vector<TallyIn> tallies;
    std::vector<DraftIn> drafts;
};

constexpr signed char NoTrend = 2;

struct ResponseIn
{
    std::vector<int> values;
    std::vector<signed char> trends; // empty when no answer has a trend; else per answer -1, 0, 1 or NoTrend
    // Computed from the answers and the frozen instrument, as SurveyRepository stores them.
    double score = 0;
    qint64 unfavourable = 0;
    qint64 neutral = 0;
    qint64 favourable = 0;
};

struct WaveIn
{
    qint64 id = 0;
    qint64 teamId = 0;
    qint64 instrumentId = 0;
    QString title;
    QVariant opens, closes;
    qint64 invited = 0;
    qint64 k = 0;
    qint64 commentK = 0;
    // The running totals as the file carries them, checked against the responses.
    qint64 respondents = 0;
    double scoreSum = 0;
    double scoreSquares = 0;
    qint64 unfavourable = 0;
    qint64 neutral = 0;
    qint64 favourable = 0;
    std::vector<qint64> itemSums;
    std::vector<ResponseIn> responses;
    QStringList comments;
};

// Everything the file holds, checked.
struct Content
{
    std::vector<TeamIn> teams;
    std::vector<MemberIn> members;
    std::vector<IncidentIn> incidents;
    std::vector<SessionIn> sessions;
    std::vector<Instrument> instruments;
    std::vector<WaveIn> waves;
};

class Reader
{
public:
    // Reads and checks the whole document; on failure error() names the place of the first problem.
    bool read(const QJsonDocument &document, Content *content);
    const QString &error() const { return m_checker.error(); }

private:
    bool header(Record &root);
    bool teams(const QJsonArray &array, const Path &path);
    bool members(const QJsonArray &array, const Path &path);
    bool incidents(const QJsonArray &array, const Path &path);
    bool sessions(const QJsonArray &array, const Path &path);
    bool session(Record &r, SessionIn *s);
    bool instruments(const QJsonArray &array, const Path &path);
    bool waves(const QJsonArray &array, const Path &path);
    bool responses(Record &r, const Instrument &instrument, WaveIn *wave);
    bool teamExists(const Record &r, const char *key, qint64 id);
    bool memberExists(const Record &r, const char *key, qint64 id);

    Checker m_checker;
    Content *m_content = nullptr;
    IdIndex m_teams, m_members, m_incidents, m_sessions, m_instruments, m_waves;
    // Rows of sessions, each kind with its ids unique across all sessions.
    IdIndex m_log, m_participants, m_turns, m_events, m_factors, m_learnings, m_actions;
};

bool Reader::read(const QJsonDocument &document, Content *content)
{
    m_content = content;
    const Path root;
    if (!document.isObject())
        return m_checker.fail(root, DataTransfer::tr("expected an object with \"format\": \"%1\", found an array; "
                                                     "this is not a Candor export.")
                                        .arg(DataTransfer::formatName()));
    Record r(m_checker, document.object(), root,
             {"format", "format_version", "schema_version", "candor_version", "exported_at", "teams", "members",
              "incidents", "sessions", "survey_instruments", "survey_waves"},
             false);
    if (!header(r))
        return false;
    const QJsonArray teamArray = r.array("teams");
    const QJsonArray memberArray = r.array("members");
    const QJsonArray incidentArray = r.array("incidents");
    const QJsonArray sessionArray = r.array("sessions");
    const QJsonArray instrumentArray = r.array("survey_instruments");
    const QJsonArray waveArray = r.array("survey_waves");
    return r.ok() && teams(teamArray, root.field("teams")) && members(memberArray, root.field("members")) &&
           incidents(incidentArray, root.field("incidents")) && sessions(sessionArray, root.field("sessions")) &&
           instruments(instrumentArray, root.field("survey_instruments")) &&
           waves(waveArray, root.field("survey_waves"));
}

// The format and its version come first: a newer file is refused for its version, not for a field it added.
bool Reader::header(Record &r)
{
    const QJsonValue format = r.value("format");
    if (!r.ok())
        return false;
    if (format != QJsonValue(DataTransfer::formatName()))
        return m_checker.fail(r.path().field("format"), DataTransfer::tr("%1 is not \"%2\"; this is not a Candor "
                                                                         "export.")
                                                            .arg(shown(format), DataTransfer::formatName()));
    const qint64 version = r.integer("format_version", 1, MaximumInt);
    if (!r.ok())
        return false;
    if (version > DataTransfer::FormatVersion)
        return m_checker.fail(r.path().field("format_version"),
                              DataTransfer::tr("the file is format version %1, written by a newer Candor; this Candor "
                                               "reads format version %2 and older. Update Candor to import it.")
                                  .arg(version)
                                  .arg(DataTransfer::FormatVersion));
    r.checkUnknownFields();
    r.integer("schema_version", 1, MaximumInt);
    r.text("candor_version");
    r.time("exported_at", false);
    return r.ok();
}

bool Reader::teamExists(const Record &r, const char *key, qint64 id)
{
    if (m_teams.contains(id))
        return true;
    return m_checker.fail(r.path().field(key), DataTransfer::tr("there is no team with id %1 in $.teams.").arg(id));
}

bool Reader::memberExists(const Record &r, const char *key, qint64 id)
{
    if (id == 0 || m_members.contains(id))
        return true;
    return m_checker.fail(r.path().field(key), DataTransfer::tr("there is no member with id %1 in $.members.").arg(id));
}

bool Reader::teams(const QJsonArray &array, const Path &path)
{
    std::vector<TeamIn> &teams = m_content->teams;
    QHash<QString, int> names;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const Path at = path.at(i);
        Record r(m_checker, array.at(i), at, {"id", "parent_id", "name", "description"});
        TeamIn t;
        t.id = r.id("id");
        t.parentId = r.id("parent_id", true);
        t.name = r.text("name");
        t.description = r.text("description");
        if (!r.ok() || !m_teams.add(m_checker, t.id, at.field("id"), int(i)))
            return false;
        if (const auto it = names.constFind(t.name); it != names.constEnd())
            return m_checker.fail(at.field("name"), DataTransfer::tr("%1 is also the name of $.teams[%2]; team names "
                                                                     "are unique.")
                                                        .arg(shown(t.name))
                                                        .arg(it.value()));
        names.insert(t.name, int(i));
        teams.push_back(t);
    }
    // Parents exist, and following them up never comes back to where it started.
    for (size_t i = 0; i < teams.size(); ++i) {
        if (teams[i].parentId != 0 && !m_teams.contains(teams[i].parentId))
            return m_checker.fail(path.at(qsizetype(i)).field("parent_id"),
                                  DataTransfer::tr("there is no team with id %1 in $.teams.").arg(teams[i].parentId));
    }
    for (size_t i = 0; i < teams.size(); ++i) {
        const Path team = path.at(qsizetype(i));
        const Path where = team.field("parent_id");
        size_t steps = 0;
        for (qint64 up = teams[i].parentId; up != 0; up = teams[size_t(m_teams.indexOf(up))].parentId) {
            if (up == teams[i].id || ++steps > teams.size())
                return m_checker.fail(where, DataTransfer::tr("the team %1 would be its own department (its parents "
                                                              "form a circle).")
                                                 .arg(shown(teams[i].name)));
        }
    }
    return true;
}

bool Reader::members(const QJsonArray &array, const Path &path)
{
    for (qsizetype i = 0; i < array.size(); ++i) {
        const Path at = path.at(i);
        Record r(m_checker, array.at(i), at, {"id", "team_id", "name", "role", "is_manager", "active"});
        MemberIn m;
        m.id = r.id("id");
        m.teamId = r.id("team_id");
        m.name = r.text("name");
        m.role = r.text("role");
        m.manager = r.flag("is_manager");
        m.active = r.flag("active");
        if (!r.ok() || !m_members.add(m_checker, m.id, at.field("id"), int(i)) || !teamExists(r, "team_id", m.teamId))
            return false;
        m_content->members.push_back(m);
    }
    return true;
}

bool Reader::incidents(const QJsonArray &array, const Path &path)
{
    for (qsizetype i = 0; i < array.size(); ++i) {
        const Path at = path.at(i);
        Record r(m_checker, array.at(i), at,
                 {"id", "team_id", "title", "severity", "status", "service", "started_at", "detected_at",
                  "mitigated_at", "resolved_at", "summary", "customer_impact"});
        IncidentIn n;
        n.id = r.id("id");
        n.teamId = r.id("team_id");
        n.title = r.text("title");
        n.severity = r.choice("severity", severities());
        n.status = r.choice("status", incidentStatuses());
        n.service = r.text("service");
        n.started = r.time("started_at", false);
        n.detected = r.time("detected_at", true);
        n.mitigated = r.time("mitigated_at", true);
        n.resolved = r.time("resolved_at", true);
        n.summary = r.text("summary");
        n.customerImpact = r.text("customer_impact");
        if (!r.ok() || !m_incidents.add(m_checker, n.id, at.field("id"), int(i)) || !teamExists(r, "team_id", n.teamId))
            return false;
        m_content->incidents.push_back(n);
    }
    return true;
}

bool Reader::sessions(const QJsonArray &array, const Path &path)
{
    QHash<qint64, int> postmortemOf; // incident id -> the index of its session: at most one per incident
    for (qsizetype i = 0; i < array.size(); ++i) {
        const Path at = path.at(i);
        Record r(m_checker, array.at(i), at,
                 {"id",
                  "kind",
                  "incident_id",
                  "team_id",
                  "title",
                  "period_start",
                  "period_end",
                  "facilitator",
                  "facilitator_member_id",
                  "facilitator_conflict_accepted",
                  "phase",
                  "turn_seconds",
                  "phase_minutes",
                  "speaker_id",
                  "turn_started_at",
                  "notes",
                  "summary",
                  "created_at",
                  "phases",
                  "phase_log",
                  "participants",
                  "speaking_turns",
                  "timeline",
                  "factors",
                  "learnings",
                  "actions",
                  "checks",
                  "drafts"});
        SessionIn s;
        s.id = r.id("id");
        if (!r.ok() || !m_sessions.add(m_checker, s.id, at.field("id"), int(i)))
            return false;
        s.kind = r.choice("kind", sessionKinds());
        s.incidentId = r.id("incident_id", true);
        if (!r.ok())
            return false;
        // A postmortem belongs to one incident, and an incident has at most one; a retro has none.
        if (s.kind == int(SessionKind::Postmortem) && s.incidentId == 0)
            return m_checker.fail(at.field("incident_id"), DataTransfer::tr("a postmortem needs its incident's id."));
        if (s.kind == int(SessionKind::Retro) && s.incidentId != 0)
            return m_checker.fail(at.field("incident_id"), DataTransfer::tr("a retro has no incident; expected null."));
        if (s.incidentId != 0) {
            if (!m_incidents.contains(s.incidentId))
                return m_checker.fail(
                    at.field("incident_id"),
                    DataTransfer::tr("there is no incident with id %1 in $.incidents.").arg(s.incidentId));
            if (const auto it = postmortemOf.constFind(s.incidentId); it != postmortemOf.constEnd())
                return m_checker.fail(at.field("incident_id"),
                                      DataTransfer::tr("the incident %1 already has its postmortem at $.sessions[%2]; "
                                                       "an incident has at most one.")
                                          .arg(s.incidentId)
                                          .arg(it.value()));
            postmortemOf.insert(s.incidentId, int(i));
        }
        if (!session(r, &s))
            return false;
        m_content->sessions.push_back(std::move(s));
    }
    return true;
}

bool Reader::session(Record &r, SessionIn *s)
{
    const Path &at = r.path();
    s->teamId = r.id("team_id");
    if (!r.ok() || !teamExists(r, "team_id", s->teamId))
        return false;
    s->title = r.text("title");
    s->periodStart = r.date("period_start", true);
    s->periodEnd = r.date("period_end", true);
    s->facilitator = r.text("facilitator");
    s->facilitatorMemberId = r.id("facilitator_member_id", true);
    if (!r.ok() || !memberExists(r, "facilitator_member_id", s->facilitatorMemberId))
        return false;
    s->conflictAccepted = r.flag("facilitator_conflict_accepted");
    s->phase = r.choice("phase", phases());
    s->turnSeconds = r.integer("turn_seconds", 1, MaximumInt);
    s->phaseMinutes = r.integer("phase_minutes", 1, MaximumInt);
    s->speakerId = r.id("speaker_id", true);
    s->turnStarted = r.time("turn_started_at", true);
    s->notes = r.text("notes");
    s->summary = r.text("summary");
    s->created = r.time("created_at", false);
    if (!r.ok())
        return false;

    const Path phasesPath = at.field("phases");
    const QJsonArray phaseArray = r.array("phases");
    QSet<int> recorded;
    for (qsizetype i = 0; r.ok() && i < phaseArray.size(); ++i) {
        Record p(m_checker, phaseArray.at(i), phasesPath.at(i),
                 {"phase", "started_at", "agreed_at", "agreed_by", "skip_reason"});
        PhaseIn phase;
        phase.phase = p.choice("phase", recordedPhases());
        phase.started = p.time("started_at", true);
        phase.agreed = p.time("agreed_at", true);
        phase.agreedBy = p.text("agreed_by");
        phase.skipReason = p.text("skip_reason");
        if (!p.ok())
            return false;
        if (recorded.contains(phase.phase))
            return m_checker.fail(
                phasesPath.at(i).field("phase"),
                DataTransfer::tr("the phase %1 is recorded twice.").arg(recordedPhases().key(phase.phase)));
        recorded.insert(phase.phase);
        s->phases.push_back(phase);
    }

    const Path logPath = at.field("phase_log");
    const QJsonArray logArray = r.array("phase_log");
    for (qsizetype i = 0; r.ok() && i < logArray.size(); ++i) {
        const Path entryPath = logPath.at(i);
        Record e(m_checker, logArray.at(i), entryPath, {"id", "at", "phase", "what", "who", "reason"});
        LogIn entry;
        entry.id = e.id("id");
        entry.at = e.time("at", false);
        entry.phase = e.choice("phase", phases());
        entry.what = e.choice("what", logWhats());
        entry.who = e.text("who");
        entry.reason = e.text("reason");
        if (!e.ok() || !m_log.add(m_checker, entry.id, entryPath.field("id"), int(i)))
            return false;
        s->log.push_back(entry);
    }

    const Path participantsPath = at.field("participants");
    const QJsonArray participantArray = r.array("participants");
    QSet<qint64> participantIds; // of this session
    for (qsizetype i = 0; r.ok() && i < participantArray.size(); ++i) {
        const Path entryPath = participantsPath.at(i);
        Record p(m_checker, participantArray.at(i), entryPath, {"id", "member_id", "name", "role", "position"});
        ParticipantIn participant;
        participant.id = p.id("id");
        participant.memberId = p.id("member_id", true);
        participant.name = p.text("name");
        participant.role = p.text("role");
        participant.position = p.integer("position", -MaximumInt - 1, MaximumInt);
        if (!p.ok() || !m_participants.add(m_checker, participant.id, entryPath.field("id"), int(i)) ||
            !memberExists(p, "member_id", participant.memberId))
            return false;
        participantIds.insert(participant.id);
        s->participants.push_back(participant);
    }
    if (r.ok() && s->speakerId != 0 && !participantIds.contains(s->speakerId))
        return m_checker.fail(
            at.field("speaker_id"),
            DataTransfer::tr("there is no participant with id %1 in this session's participants.").arg(s->speakerId));

    const Path turnsPath = at.field("speaking_turns");
    const QJsonArray turnArray = r.array("speaking_turns");
    for (qsizetype i = 0; r.ok() && i < turnArray.size(); ++i) {
        const Path entryPath = turnsPath.at(i);
        Record t(m_checker, turnArray.at(i), entryPath, {"id", "participant_id", "phase", "outcome"});
        TurnIn turn;
        turn.id = t.id("id");
        turn.participantId = t.id("participant_id");
        turn.phase = t.choice("phase", phases());
        turn.outcome = t.choice("outcome", turnOutcomes());
        if (!t.ok() || !m_turns.add(m_checker, turn.id, entryPath.field("id"), int(i)))
            return false;
        if (!participantIds.contains(turn.participantId))
            return m_checker.fail(entryPath.field("participant_id"),
                                  DataTransfer::tr("there is no participant with id %1 in this session's "
                                                   "participants.")
                                      .arg(turn.participantId));
        s->turns.push_back(turn);
    }

    const Path timelinePath = at.field("timeline");
    const QJsonArray eventArray = r.array("timeline");
    QSet<qint64> eventIds; // of this session
    for (qsizetype i = 0; r.ok() && i < eventArray.size(); ++i) {
        const Path entryPath = timelinePath.at(i);
        Record e(m_checker, eventArray.at(i), entryPath, {"id", "at", "kind", "text"});
        EventIn event;
        event.id = e.id("id");
        event.at = e.time("at", false);
        event.kind = e.choice("kind", eventKinds());
        event.text = e.text("text");
        if (!e.ok() || !m_events.add(m_checker, event.id, entryPath.field("id"), int(i)))
            return false;
        eventIds.insert(event.id);
        s->events.push_back(event);
    }

    const Path factorsPath = at.field("factors");
    const QJsonArray factorArray = r.array("factors");
    QSet<qint64> factorIds; // of this session
    for (qsizetype i = 0; r.ok() && i < factorArray.size(); ++i) {
        const Path entryPath = factorsPath.at(i);
        Record f(m_checker, factorArray.at(i), entryPath, {"id", "category", "text", "event_ids"});
        FactorIn factor;
        factor.id = f.id("id");
        factor.category = f.choice("category", factorCategories());
        factor.text = f.text("text");
        const QJsonArray links = f.array("event_ids");
        if (!f.ok() || !m_factors.add(m_checker, factor.id, entryPath.field("id"), int(i)))
            return false;
        const Path linksPath = entryPath.field("event_ids");
        for (qsizetype l = 0; l < links.size(); ++l) {
            qint64 event = 0;
            if (!wholeNumber(links.at(l), 1, MaximumId, &event))
                return m_checker.fail(linksPath.at(l), DataTransfer::tr("expected an id (a whole number from 1 to "
                                                                        "%1), found %2.")
                                                           .arg(MaximumId)
                                                           .arg(shown(links.at(l))));
            if (!eventIds.contains(event))
                return m_checker.fail(
                    linksPath.at(l),
                    DataTransfer::tr("there is no event with id %1 in this session's timeline.").arg(event));
            if (std::find(factor.eventIds.begin(), factor.eventIds.end(), event) != factor.eventIds.end())
                return m_checker.fail(linksPath.at(l), DataTransfer::tr("the event %1 is listed twice.").arg(event));
            factor.eventIds.push_back(event);
        }
        factorIds.insert(factor.id);
        s->factors.push_back(std::move(factor));
    }

    const Path learningsPath = at.field("learnings");
    const QJsonArray learningArray = r.array("learnings");
    for (qsizetype i = 0; r.ok() && i < learningArray.size(); ++i) {
        const Path entryPath = learningsPath.at(i);
        Record l(m_checker, learningArray.at(i), entryPath, {"id", "kind", "text"});
        LearningIn learning;
        learning.id = l.id("id");
        learning.kind = l.choice("kind", learningKinds());
        learning.text = l.text("text");
        if (!l.ok() || !m_learnings.add(m_checker, learning.id, entryPath.field("id"), int(i)))
            return false;
        s->learnings.push_back(learning);
    }

    const Path actionsPath = at.field("actions");
    const QJsonArray actionArray = r.array("actions");
    for (qsizetype i = 0; r.ok() && i < actionArray.size(); ++i) {
        const Path entryPath = actionsPath.at(i);
        Record a(m_checker, actionArray.at(i), entryPath,
                 {"id", "kind", "text", "owner_team_id", "owner_person", "due_date", "status", "factor_id",
                  "created_at", "done_at"});
        ActionIn action;
        action.id = a.id("id");
        action.kind = a.choice("kind", actionKinds());
        action.text = a.text("text");
        action.ownerTeamId = a.id("owner_team_id");
        action.ownerPerson = a.text("owner_person");
        action.due = a.date("due_date", true);
        action.status = a.choice("status", actionStatuses());
        action.factorId = a.id("factor_id", true);
        action.created = a.time("created_at", false);
        action.done = a.time("done_at", true);
        if (!a.ok() || !m_actions.add(m_checker, action.id, entryPath.field("id"), int(i)) ||
            !teamExists(a, "owner_team_id", action.ownerTeamId))
            return false;
        if (action.factorId != 0 && !factorIds.contains(action.factorId))
            return m_checker.fail(
                entryPath.field("factor_id"),
                DataTransfer::tr("there is no factor with id %1 in this session's factors.").arg(action.factorId));
        s->actions.push_back(action);
    }

    const Path checksPath = at.field("checks");
    const QJsonArray checkArray = r.array("checks");
    QSet<int> tallied; // check * 10 + answer
    for (qsizetype i = 0; r.ok() && i < checkArray.size(); ++i) {
        const Path entryPath = checksPath.at(i);
        Record c(m_checker, checkArray.at(i), entryPath, {"check", "answer", "count"});
        TallyIn tally;
        tally.check = c.choice("check", checkKinds());
        tally.answer = int(c.integer("answer", 1, 5));
        tally.count = c.integer("count", 0, MaximumInt);
        if (!c.ok())
            return false;
        if (tallied.contains(tally.check * 10 + tally.answer))
            return m_checker.fail(entryPath, DataTransfer::tr("the %1 check's count of answer %2 is given twice.")
                                                 .arg(checkKinds().key(tally.check))
                                                 .arg(tally.answer));
        tallied.insert(tally.check * 10 + tally.answer);
        s->tallies.push_back(tally);
    }

    const Path draftsPath = at.field("drafts");
    const QJsonArray draftArray = r.array("drafts");
    QSet<QString> fields;
    for (qsizetype i = 0; r.ok() && i < draftArray.size(); ++i) {
        const Path entryPath = draftsPath.at(i);
        Record d(m_checker, draftArray.at(i), entryPath, {"field", "text"});
        DraftIn draft;
        draft.field = d.text("field");
        draft.text = d.text("text");
        if (!d.ok())
            return false;
        if (fields.contains(draft.field))
            return m_checker.fail(entryPath.field("field"),
                                  DataTransfer::tr("the draft of %1 is given twice.").arg(shown(draft.field)));
        fields.insert(draft.field);
        s->drafts.push_back(draft);
    }
    return r.ok();
}

bool Reader::instruments(const QJsonArray &array, const Path &path)
{
    QHash<QPair<QString, qint64>, int> versions;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const Path at = path.at(i);
        Record r(m_checker, array.at(i), at,
                 {"id", "key", "version", "name", "description", "scale_points", "has_trend", "built_in", "items"});
        Instrument instrument;
        instrument.id = r.id("id");
        instrument.key = r.text("key");
        instrument.version = int(r.integer("version", 1, MaximumInt));
        instrument.name = r.text("name");
        instrument.description = r.text("description");
        instrument.scalePoints = int(r.integer("scale_points", 2, 11));
        instrument.hasTrend = r.flag("has_trend");
        instrument.builtIn = r.flag("built_in");
        const QJsonArray items = r.array("items");
        if (!r.ok() || !m_instruments.add(m_checker, instrument.id, at.field("id"), int(i)))
            return false;
        const QPair<QString, qint64> keyVersion(instrument.key, instrument.version);
        if (const auto it = versions.constFind(keyVersion); it != versions.constEnd())
            return m_checker.fail(at.field("version"), DataTransfer::tr("version %1 of %2 is also $.survey_instruments"
                                                                        "[%3]; each version of an instrument is "
                                                                        "listed once.")
                                                           .arg(instrument.version)
                                                           .arg(shown(instrument.key))
                                                           .arg(it.value()));
        versions.insert(keyVersion, int(i));
        if (items.isEmpty())
            return m_checker.fail(at.field("items"), DataTransfer::tr("an instrument asks at least one question."));
        const Path itemsPath = at.field("items");
        for (qsizetype n = 0; n < items.size(); ++n) {
            Record item(m_checker, items.at(n), itemsPath.at(n), {"construct", "text", "reversed"});
            SurveyItem surveyItem;
            surveyItem.construct = item.text("construct");
            surveyItem.text = item.text("text");
            surveyItem.reversed = item.flag("reversed");
            if (!item.ok())
                return false;
            instrument.items.push_back(surveyItem);
        }
        m_content->instruments.push_back(std::move(instrument));
    }
    return true;
}

bool Reader::waves(const QJsonArray &array, const Path &path)
{
    for (qsizetype i = 0; i < array.size(); ++i) {
        const Path at = path.at(i);
        Record r(m_checker, array.at(i), at,
                 {"id", "team_id", "instrument_id", "title", "opens_on", "closes_on", "invited", "k", "comment_k",
                  "totals", "responses", "comments"});
        WaveIn wave;
        wave.id = r.id("id");
        wave.teamId = r.id("team_id");
        wave.instrumentId = r.id("instrument_id");
        if (!r.ok() || !m_waves.add(m_checker, wave.id, at.field("id"), int(i)) ||
            !teamExists(r, "team_id", wave.teamId))
            return false;
        const int instrumentIndex = m_instruments.indexOf(wave.instrumentId);
        if (instrumentIndex < 0)
            return m_checker.fail(
                at.field("instrument_id"),
                DataTransfer::tr("there is no instrument with id %1 in $.survey_instruments.").arg(wave.instrumentId));
        wave.title = r.text("title");
        QDate opens, closes;
        wave.opens = r.date("opens_on", false, &opens);
        wave.closes = r.date("closes_on", true, &closes);
        if (r.ok() && closes.isValid() && closes < opens)
            return m_checker.fail(
                at.field("closes_on"),
                DataTransfer::tr("the wave closes before it opens (%1).").arg(opens.toString(Qt::ISODate)));
        wave.invited = r.integer("invited", 0, MaximumInt);
        wave.k = r.integer("k", 3, 10);
        if (r.ok())
            wave.commentK = r.integer("comment_k", wave.k, 50);
        if (!r.ok())
            return false;

        const Instrument &instrument = m_content->instruments[size_t(instrumentIndex)];
        if (!responses(r, instrument, &wave))
            return false;

        const Path commentsPath = at.field("comments");
        const QJsonArray comments = r.array("comments");
        for (qsizetype c = 0; r.ok() && c < comments.size(); ++c) {
            if (!comments.at(c).isString())
                return m_checker.fail(commentsPath.at(c),
                                      DataTransfer::tr("expected text, found %1.").arg(shown(comments.at(c))));
            wave.comments.append(comments.at(c).toString());
        }
        if (!r.ok())
            return false;
        m_content->waves.push_back(std::move(wave));
    }
    return true;
}

// Each response is a string with one answer per item of the wave's instrument, separated by single spaces: the value,
// followed by +, = or - when it carries a trend. The scores and bands are computed as SurveyRepository computes them;
// the wave's totals must match them.
bool Reader::responses(Record &r, const Instrument &instrument, WaveIn *wave)
{
    const Path &at = r.path();
    const Path responsesPath = at.field("responses");
    const QJsonArray array = r.array("responses");
    if (!r.ok())
        return false;
    ScoreMoments total;
    wave->responses.reserve(size_t(array.size()));
    const QString format = instrument.hasTrend ? DataTransfer::tr("answers from 1 to %1 separated by single spaces, "
                                                                  "each with an optional trend mark +, = or -, "
                                                                  "such as \"3+ 2= 1\"")
                                                     .arg(instrument.scalePoints)
                                               : DataTransfer::tr("answers from 1 to %1 separated by single spaces, "
                                                                  "such as \"3 2 1\"")
                                                     .arg(instrument.scalePoints);
    for (qsizetype i = 0; i < array.size(); ++i) {
        const Path responsePath = responsesPath.at(i);
        const QJsonValue value = array.at(i);
        if (!value.isString())
            return m_checker.fail(responsePath,
                                  DataTransfer::tr("expected a string of %1, found %2.").arg(format, shown(value)));
        const QString text = value.toString();
        ResponseIn response;
        response.values.reserve(size_t(instrument.itemCount()));
        std::vector<signed char> trends;
        bool anyTrend = false;
        // Each answer: one to three digits, an optional trend mark, then a single space before the next one.
        for (qsizetype pos = 0; pos < text.size();) {
            int v = 0;
            qsizetype digits = 0;
            while (pos < text.size() && digits < 3 && text.at(pos) >= QLatin1Char('0') &&
                   text.at(pos) <= QLatin1Char('9')) {
                v = v * 10 + (text.at(pos).unicode() - '0');
                ++pos;
                ++digits;
            }
            signed char trend = NoTrend;
            if (digits > 0 && pos < text.size() && instrument.hasTrend) {
                const QChar mark = text.at(pos);
                trend = mark == QLatin1Char('+')   ? 1
                        : mark == QLatin1Char('=') ? 0
                        : mark == QLatin1Char('-') ? -1
                                                   : NoTrend;
                if (trend != NoTrend)
                    ++pos;
            }
            const bool separated = pos == text.size() || (text.at(pos) == QLatin1Char(' ') && pos + 1 < text.size());
            if (digits == 0 || v < 1 || v > instrument.scalePoints || !separated)
                return m_checker.fail(responsePath, DataTransfer::tr("%1 does not read as %2 (answer %3).")
                                                        .arg(shown(value), format)
                                                        .arg(response.values.size() + 1));
            ++pos; // the space
            response.values.push_back(v);
            trends.push_back(trend);
            anyTrend = anyTrend || trend != NoTrend;
        }
        if (response.values.empty())
            return m_checker.fail(responsePath,
                                  DataTransfer::tr("expected a string of %1, found %2.").arg(format, shown(value)));
        if (int(response.values.size()) != instrument.itemCount())
            return m_checker.fail(responsePath,
                                  DataTransfer::tr("the response %1 has %n answer(s), but the instrument has %2 "
                                                   "statements.",
                                                   nullptr, int(response.values.size()))
                                      .arg(shown(value))
                                      .arg(instrument.itemCount()));
        if (anyTrend)
            response.trends = std::move(trends);
        const ScoreMoments moments = scoring::moments(instrument, response.values);
        response.score = moments.sum;
        response.unfavourable = moments.unfavourable;
        response.neutral = moments.neutral;
        response.favourable = moments.favourable;
        total.add(moments);
        wave->responses.push_back(std::move(response));
    }

    const Path totalsPath = at.field("totals");
    Record t(m_checker, r.value("totals"), totalsPath,
             {"respondents", "score_sum", "score_squares", "unfavourable", "neutral", "favourable", "item_sums"});
    wave->respondents = t.integer("respondents", 0, MaximumInt);
    wave->scoreSum = t.number("score_sum");
    wave->scoreSquares = t.number("score_squares");
    wave->unfavourable = t.integer("unfavourable", 0, MaximumId);
    wave->neutral = t.integer("neutral", 0, MaximumId);
    wave->favourable = t.integer("favourable", 0, MaximumId);
    const QJsonArray itemSums = t.array("item_sums");
    if (!t.ok())
        return false;
    for (qsizetype n = 0; n < itemSums.size(); ++n) {
        qint64 sum = 0;
        if (!wholeNumber(itemSums.at(n), 0, MaximumId, &sum))
            return m_checker.fail(
                totalsPath.field("item_sums").at(n),
                DataTransfer::tr("expected a whole number of 0 or more, found %1.").arg(shown(itemSums.at(n))));
        wave->itemSums.push_back(sum);
    }

    // The totals are carried (so trends read exactly as before) and must agree with the responses.
    const auto mismatch = [&](const char *key, const QString &carried, const QString &computed) {
        return m_checker.fail(totalsPath.field(key), DataTransfer::tr("%1 does not match the responses, which give "
                                                                      "%2.")
                                                         .arg(carried, computed));
    };
    if (wave->respondents != total.respondents)
        return mismatch("respondents", QString::number(wave->respondents), QString::number(total.respondents));
    if (wave->unfavourable != total.unfavourable)
        return mismatch("unfavourable", QString::number(wave->unfavourable), QString::number(total.unfavourable));
    if (wave->neutral != total.neutral)
        return mismatch("neutral", QString::number(wave->neutral), QString::number(total.neutral));
    if (wave->favourable != total.favourable)
        return mismatch("favourable", QString::number(wave->favourable), QString::number(total.favourable));
    const auto close = [](double carried, double computed) {
        return std::abs(carried - computed) <= SumTolerance * std::max(1.0, std::abs(computed));
    };
    if (!close(wave->scoreSum, total.sum))
        return mismatch("score_sum", QString::fromLatin1(jsonNumber(wave->scoreSum)),
                        QString::fromLatin1(jsonNumber(total.sum)));
    if (!close(wave->scoreSquares, total.sumSquares))
        return mismatch("score_squares", QString::fromLatin1(jsonNumber(wave->scoreSquares)),
                        QString::fromLatin1(jsonNumber(total.sumSquares)));
    std::vector<qint64> computedSums;
    for (double sum : total.itemSums)
        computedSums.push_back(std::llround(sum));
    if (wave->itemSums != computedSums) {
        QStringList carried, computed;
        for (qint64 sum : wave->itemSums)
            carried.append(QString::number(sum));
        for (qint64 sum : computedSums)
            computed.append(QString::number(sum));
        return mismatch("item_sums", QLatin1Char('[') + carried.join(QLatin1Char(',')) + QLatin1Char(']'),
                        QLatin1Char('[') + computed.join(QLatin1Char(',')) + QLatin1Char(']'));
    }
    return true;
}

// ---- Import: writing ----------------------------------------------------------------------------------------------

// Binds one value; a null QString would bind as SQL NULL, but text columns hold '' for "nothing" (as in sql::run).
void bindAt(QSqlQuery &q, int index, const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        q.bindValue(index, QStringLiteral(""));
    else
        q.bindValue(index, value);
}

class Writer
{
public:
    explicit Writer(const QSqlDatabase &db)
        : m_db(db)
    {}
    Result<DataTransfer::Counts> write(const Content &content);

private:
    // Prepares one INSERT per table; a failed statement names the row of the file it came from.
    QSqlQuery &statement(const char *table, const QString &text);
    bool insert(QSqlQuery &q, const QVariantList &values, const QString &where);

    QSqlDatabase m_db;
    QString m_error;
    std::unordered_map<std::string, std::unique_ptr<QSqlQuery>> m_statements;
};

QSqlQuery &Writer::statement(const char *table, const QString &text)
{
    std::unique_ptr<QSqlQuery> &q = m_statements[table];
    if (!q) {
        q = std::make_unique<QSqlQuery>(m_db);
        if (!q->prepare(text) && m_error.isEmpty())
            m_error = sql::describe(q->lastError());
    }
    return *q;
}

bool Writer::insert(QSqlQuery &q, const QVariantList &values, const QString &where)
{
    if (!m_error.isEmpty())
        return false;
    for (int i = 0; i < values.size(); ++i)
        bindAt(q, i, values.at(i));
    if (q.exec())
        return true;
    m_error = DataTransfer::tr("Writing %1 failed: %2").arg(where, sql::describe(q.lastError()));
    return false;
}

QVariant id(qint64 value)
{
    return sql::fromId(value);
}

Result<DataTransfer::Counts> Writer::write(const Content &c)
{
    using R = Result<DataTransfer::Counts>;
    DataTransfer::Counts counts;
    const auto where = [](const char *section, size_t index) {
        return QStringLiteral("$.%1[%2]").arg(QLatin1String(section)).arg(index);
    };

    QSqlQuery &team = statement("team", QStringLiteral("INSERT INTO team (id, parent_id, name, description)"
                                                       " VALUES (?, ?, ?, ?)"));
    // Departments before their teams, each in the file's order otherwise (the reader refused cycles).
    std::vector<size_t> order;
    order.reserve(c.teams.size());
    {
        QSet<qint64> written;
        std::vector<bool> done(c.teams.size(), false);
        for (bool progress = true; progress && order.size() < c.teams.size();) {
            progress = false;
            for (size_t i = 0; i < c.teams.size(); ++i) {
                if (done[i] || (c.teams[i].parentId != 0 && !written.contains(c.teams[i].parentId)))
                    continue;
                done[i] = true;
                written.insert(c.teams[i].id);
                order.push_back(i);
                progress = true;
            }
        }
        for (size_t i = 0; i < c.teams.size(); ++i) { // none (no cycles); their references fail as they are written
            if (!done[i])
                order.push_back(i);
        }
    }
    for (size_t i : order) {
        const TeamIn &t = c.teams[i];
        if (!insert(team, {t.id, id(t.parentId), t.name, t.description}, where("teams", i)))
            return R::failure(m_error);
    }
    counts.teams = int(c.teams.size());

    QSqlQuery &member = statement("member", QStringLiteral("INSERT INTO member (id, team_id, name, role, is_manager,"
                                                           " active) VALUES (?, ?, ?, ?, ?, ?)"));
    for (size_t i = 0; i < c.members.size(); ++i) {
        const MemberIn &m = c.members[i];
        if (!insert(member, {m.id, m.teamId, m.name, m.role, int(m.manager), int(m.active)}, where("members", i)))
            return R::failure(m_error);
    }
    counts.members = int(c.members.size());

    QSqlQuery &incident =
        statement("incident", QStringLiteral("INSERT INTO incident (id, team_id, title, severity, status, service,"
                                             " started_at, detected_at, mitigated_at, resolved_at, summary,"
                                             " customer_impact) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (size_t i = 0; i < c.incidents.size(); ++i) {
        const IncidentIn &n = c.incidents[i];
        if (!insert(incident,
                    {n.id, n.teamId, n.title, n.severity, n.status, n.service, n.started, n.detected, n.mitigated,
                     n.resolved, n.summary, n.customerImpact},
                    where("incidents", i)))
            return R::failure(m_error);
    }
    counts.incidents = int(c.incidents.size());

    QSqlQuery &session = statement(
        "postmortem", QStringLiteral("INSERT INTO postmortem (id, kind, incident_id, team_id, title, period_start,"
                                     " period_end, facilitator, facilitator_member_id, facilitator_conflict_accepted,"
                                     " phase, turn_seconds, phase_minutes, speaker_id, turn_started_at, notes,"
                                     " summary, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                                     " ?, ?)"));
    QSqlQuery &phase = statement("phase_record",
                                 QStringLiteral("INSERT INTO phase_record (postmortem_id, phase, started_at, agreed_at,"
                                                " agreed_by, skip_reason) VALUES (?, ?, ?, ?, ?, ?)"));
    QSqlQuery &log = statement("phase_log", QStringLiteral("INSERT INTO phase_log (id, postmortem_id, at, phase, what,"
                                                           " who, reason) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery &participant =
        statement("participant", QStringLiteral("INSERT INTO participant (id, postmortem_id, member_id, name, role,"
                                                " position) VALUES (?, ?, ?, ?, ?, ?)"));
    QSqlQuery &turn = statement("speaking_turn", QStringLiteral("INSERT INTO speaking_turn (id, postmortem_id,"
                                                                " participant_id, phase, outcome)"
                                                                " VALUES (?, ?, ?, ?, ?)"));
    QSqlQuery &event = statement("timeline_event", QStringLiteral("INSERT INTO timeline_event (id, postmortem_id, at,"
                                                                  " kind, text) VALUES (?, ?, ?, ?, ?)"));
    QSqlQuery &factor = statement("contributing_factor",
                                  QStringLiteral("INSERT INTO contributing_factor (id, postmortem_id, category, text)"
                                                 " VALUES (?, ?, ?, ?)"));
    QSqlQuery &link =
        statement("factor_event", QStringLiteral("INSERT INTO factor_event (factor_id, event_id) VALUES (?, ?)"));
    QSqlQuery &learning = statement("learning", QStringLiteral("INSERT INTO learning (id, postmortem_id, kind, text)"
                                                               " VALUES (?, ?, ?, ?)"));
    QSqlQuery &action =
        statement("action_item", QStringLiteral("INSERT INTO action_item (id, postmortem_id, kind, text,"
                                                " owner_team_id, owner_person, due_date, status, factor_id,"
                                                " created_at, done_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery &tally = statement("check_tally", QStringLiteral("INSERT INTO check_tally (postmortem_id, check_kind,"
                                                               " value, count) VALUES (?, ?, ?, ?)"));
    QSqlQuery &draft = statement("session_draft", QStringLiteral("INSERT INTO session_draft (postmortem_id, field,"
                                                                 " text) VALUES (?, ?, ?)"));
    for (size_t i = 0; i < c.sessions.size(); ++i) {
        const SessionIn &s = c.sessions[i];
        const QString at = where("sessions", i);
        if (!insert(session,
                    {s.id, s.kind, id(s.incidentId), s.teamId, s.title, s.periodStart, s.periodEnd, s.facilitator,
                     id(s.facilitatorMemberId), int(s.conflictAccepted), s.phase, s.turnSeconds, s.phaseMinutes,
                     id(s.speakerId), s.turnStarted, s.notes, s.summary, s.created},
                    at))
            return R::failure(m_error);
        for (const PhaseIn &p : s.phases) {
            if (!insert(phase, {s.id, p.phase, p.started, p.agreed, p.agreedBy, p.skipReason}, at))
                return R::failure(m_error);
        }
        for (const LogIn &e : s.log) {
            if (!insert(log, {e.id, s.id, e.at, e.phase, e.what, e.who, e.reason}, at))
                return R::failure(m_error);
        }
        for (const ParticipantIn &p : s.participants) {
            if (!insert(participant, {p.id, s.id, id(p.memberId), p.name, p.role, p.position}, at))
                return R::failure(m_error);
        }
        for (const TurnIn &t : s.turns) {
            if (!insert(turn, {t.id, s.id, t.participantId, t.phase, t.outcome}, at))
                return R::failure(m_error);
        }
        for (const EventIn &e : s.events) {
            if (!insert(event, {e.id, s.id, e.at, e.kind, e.text}, at))
                return R::failure(m_error);
        }
        for (const FactorIn &f : s.factors) {
            if (!insert(factor, {f.id, s.id, f.category, f.text}, at))
                return R::failure(m_error);
            for (qint64 eventId : f.eventIds) {
                if (!insert(link, {f.id, eventId}, at))
                    return R::failure(m_error);
            }
        }
        for (const LearningIn &l : s.learnings) {
            if (!insert(learning, {l.id, s.id, l.kind, l.text}, at))
                return R::failure(m_error);
        }
        for (const ActionIn &a : s.actions) {
            if (!insert(action,
                        {a.id, s.id, a.kind, a.text, a.ownerTeamId, a.ownerPerson, a.due, a.status, id(a.factorId),
                         a.created, a.done},
                        at))
                return R::failure(m_error);
        }
        for (const TallyIn &t : s.tallies) {
            if (!insert(tally, {s.id, t.check, t.answer, t.count}, at))
                return R::failure(m_error);
        }
        for (const DraftIn &d : s.drafts) {
            if (!insert(draft, {s.id, d.field, d.text}, at))
                return R::failure(m_error);
        }
    }
    counts.sessions = int(c.sessions.size());

    QSqlQuery &instrument =
        statement("survey_instrument", QStringLiteral("INSERT INTO survey_instrument (id, key, version, name,"
                                                      " description, scale_points, has_trend, built_in)"
                                                      " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery &item = statement("survey_item", QStringLiteral("INSERT INTO survey_item (instrument_id, position,"
                                                              " construct, text, reversed) VALUES (?, ?, ?, ?, ?)"));
    for (size_t i = 0; i < c.instruments.size(); ++i) {
        const Instrument &n = c.instruments[i];
        const QString at = where("survey_instruments", i);
        if (!insert(instrument,
                    {n.id, n.key, n.version, n.name, n.description, n.scalePoints, int(n.hasTrend), int(n.builtIn)},
                    at))
            return R::failure(m_error);
        for (size_t position = 0; position < n.items.size(); ++position) {
            const SurveyItem &it = n.items[position];
            if (!insert(item, {n.id, int(position), it.construct, it.text, int(it.reversed)}, at))
                return R::failure(m_error);
        }
    }
    counts.instruments = int(c.instruments.size());

    QSqlQuery &wave = statement(
        "survey_wave", QStringLiteral("INSERT INTO survey_wave (id, team_id, instrument_id, title, opens_on, closes_on,"
                                      " invited, k, comment_k, respondents, score_sum, score_squares, unfavourable,"
                                      " neutral, favourable) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery &waveItem = statement("survey_wave_item", QStringLiteral("INSERT INTO survey_wave_item (wave_id,"
                                                                       " position, scored_sum) VALUES (?, ?, ?)"));
    for (size_t i = 0; i < c.waves.size(); ++i) {
        const WaveIn &w = c.waves[i];
        const QString at = where("survey_waves", i);
        if (!insert(wave,
                    {w.id, w.teamId, w.instrumentId, w.title, w.opens, w.closes, w.invited, w.k, w.commentK,
                     w.respondents, w.scoreSum, w.scoreSquares, w.unfavourable, w.neutral, w.favourable},
                    at))
            return R::failure(m_error);
        for (size_t position = 0; position < w.itemSums.size(); ++position) {
            if (!insert(waveItem, {w.id, int(position), w.itemSums[position]}, at))
                return R::failure(m_error);
        }
    }
    counts.waves = int(c.waves.size());

    // Responses and comments get new random ids, as when they were given. They are written in the order of those
    // ids, so every row lands at the end of its table instead of all over it (much faster for millions of answers).
    struct Slot
    {
        qint64 id;
        quint32 wave;
        quint32 row; // the response or comment in its wave
        bool operator<(const Slot &other) const { return id < other.id; }
    };
    const auto randomOrder = [](std::vector<Slot> &rows) {
        for (bool unique = false; !unique;) {
            for (Slot &slot : rows)
                slot.id = randomId();
            std::sort(rows.begin(), rows.end());
            unique = std::adjacent_find(rows.begin(), rows.end(),
                                        [](const Slot &a, const Slot &b) { return a.id == b.id; }) == rows.end();
        }
    };
    std::vector<Slot> responses, comments;
    for (size_t w = 0; w < c.waves.size(); ++w) {
        for (size_t r = 0; r < c.waves[w].responses.size(); ++r)
            responses.push_back(Slot{0, quint32(w), quint32(r)});
        for (qsizetype r = 0; r < c.waves[w].comments.size(); ++r)
            comments.push_back(Slot{0, quint32(w), quint32(r)});
    }
    randomOrder(responses);
    randomOrder(comments);

    // Bound directly, without lists of values: this runs once per answer, millions of times. On the server, many
    // rows a statement (responses before their answers); failures name the wave of the row that sent them.
    BulkInsert response(m_db, QStringLiteral("INSERT INTO survey_response (id, wave_id, score, unfavourable, neutral,"
                                             " favourable) VALUES (?, ?, ?, ?, ?, ?)"));
    BulkInsert answer(m_db, QStringLiteral("INSERT INTO survey_answer (response_id, position, value, trend)"
                                           " VALUES (?, ?, ?, ?)"));
    for (const BulkInsert *insert : {&response, &answer}) {
        if (!insert->isReady())
            return R::failure(insert->error());
    }
    response.batch(RowsPerBatch);
    answer.batch(RowsPerBatch, &response);
    if (!m_error.isEmpty())
        return R::failure(m_error);
    const auto failed = [&](size_t waveIndex, const Status &status) {
        return R::failure(DataTransfer::tr("Writing the responses of %1 failed: %2")
                              .arg(where("survey_waves", waveIndex), status.error()));
    };
    for (const Slot &slot : responses) {
        const WaveIn &w = c.waves[slot.wave];
        const ResponseIn &r = w.responses[slot.row];
        response.bind(0, slot.id);
        response.bind(1, w.id);
        response.bind(2, r.score);
        response.bind(3, r.unfavourable);
        response.bind(4, r.neutral);
        response.bind(5, r.favourable);
        if (const Status status = response.exec(); !status)
            return failed(slot.wave, status);
        answer.bind(0, slot.id);
        for (size_t n = 0; n < r.values.size(); ++n) {
            answer.bind(1, int(n));
            answer.bind(2, r.values[n]);
            if (r.trends.empty() || r.trends[n] == NoTrend)
                answer.bindNull(3);
            else
                answer.bind(3, int(r.trends[n]));
            if (const Status status = answer.exec(); !status)
                return failed(slot.wave, status);
        }
        ++counts.responses;
        counts.answers += qint64(r.values.size());
    }
    if (const Status status = answer.flush(); !status)
        return R::failure(
            DataTransfer::tr("Writing %1 failed: %2").arg(QStringLiteral("$.survey_waves"), status.error()));

    QSqlQuery &comment =
        statement("survey_comment", QStringLiteral("INSERT INTO survey_comment (id, wave_id, text) VALUES (?, ?, ?)"));
    for (const Slot &slot : comments) {
        const WaveIn &w = c.waves[slot.wave];
        if (!insert(comment, {slot.id, w.id, w.comments.at(slot.row)},
                    DataTransfer::tr("the comments of %1").arg(where("survey_waves", slot.wave))))
            return R::failure(m_error);
        ++counts.comments;
    }
    return counts;
}

// Sets the connection's page cache to `kibibytes` for its lifetime.
class CacheSize
{
public:
    CacheSize(const QSqlDatabase &db, int kibibytes)
        : m_db(db)
    {
        // PRAGMA values cannot be bound; the size is this code's constant. The server sizes its own cache.
        Dialect::tuneSqlite(m_db, QStringLiteral("PRAGMA cache_size = -%1").arg(kibibytes));
    }
    ~CacheSize() { Dialect::tuneSqlite(m_db, QStringLiteral("PRAGMA cache_size = -2000")); }
    CacheSize(const CacheSize &) = delete;
    CacheSize &operator=(const CacheSize &) = delete;

private:
    QSqlDatabase m_db;
};

QString withNothingImported(const QString &message)
{
    return DataTransfer::tr("%1 Nothing was imported.").arg(message);
}

} // namespace

QString DataTransfer::formatName()
{
    return QStringLiteral("candor-export");
}

Result<QByteArray> DataTransfer::exportJson(const Database &database, const QDateTime &exportedAt)
{
    const QSqlDatabase db = database.connection();
    ReadSnapshot snapshot(db);
    if (!snapshot.isActive())
        return Result<QByteArray>::failure(tr("Cannot read the database: %1").arg(snapshot.error()));
    Exporter exporter(db);
    return exporter.run(exportedAt);
}

Result<bool> DataTransfer::holdsData(const Database &database)
{
    QSqlQuery q(database.connection());
    QString error;
    // Members, sessions and waves need a team; their contents need them. Checking each table keeps this true even
    // of a database whose foreign keys were broken elsewhere.
    if (!sql::run(q,
                  QStringLiteral("SELECT EXISTS (SELECT 1 FROM team) OR EXISTS (SELECT 1 FROM member)"
                                 " OR EXISTS (SELECT 1 FROM incident) OR EXISTS (SELECT 1 FROM postmortem)"
                                 " OR EXISTS (SELECT 1 FROM survey_wave) OR EXISTS (SELECT 1 FROM survey_response)"
                                 " OR EXISTS (SELECT 1 FROM survey_comment)"
                                 " OR EXISTS (SELECT 1 FROM survey_instrument WHERE built_in = 0)"),
                  {}, &error) ||
        !q.next())
        return Result<bool>::failure(error.isEmpty() ? sql::describe(q.lastError()) : error);
    const bool holds = q.value(0).toBool();
    q.finish();
    return holds;
}

Result<DataTransfer::Counts> DataTransfer::importJson(const Database &database, QByteArray json)
{
    using R = Result<Counts>;
    if (database.schemaVersion() != Migrations::latestVersion())
        return R::failure(withNothingImported(
            tr("The database has schema version %1; import needs version %2. Open it with this Candor first.")
                .arg(database.schemaVersion())
                .arg(Migrations::latestVersion())));

    Content content;
    {
        // A UTF-8 byte order mark is allowed (some editors write one); JSON itself has none.
        const QByteArray bom("\xEF\xBB\xBF");
        const qsizetype skip = json.startsWith(bom) ? bom.size() : 0;
        const auto blank = [](char c) {
            return c == ' ' || c == '\n' || c == '\r' || c == '\t';
        };
        if (std::all_of(json.constBegin() + skip, json.constEnd(), blank))
            return R::failure(withNothingImported(tr("The file is empty.")));
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(
            skip ? QByteArray::fromRawData(json.constData() + skip, json.size() - skip) : json, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            const qsizetype offset = skip + qBound(qsizetype(0), qsizetype(parseError.offset), json.size() - skip);
            const QByteArray before = json.left(offset);
            const qsizetype line = before.count('\n') + 1;
            const qsizetype lineStart = before.lastIndexOf('\n') + 1;
            const qsizetype column = QString::fromUtf8(before.mid(lineStart)).size() + 1;
            return R::failure(withNothingImported(tr("JSON syntax error at line %1, column %2 (byte %3): %4.")
                                                      .arg(line)
                                                      .arg(column)
                                                      .arg(offset)
                                                      .arg(parseError.errorString())));
        }
        json = QByteArray(); // the text is not needed any more (freed here when the caller moved it in)
        Reader reader;
        if (!reader.read(document, &content))
            return R::failure(withNothingImported(reader.error()));
    } // the document is freed before writing

    const QSqlDatabase db = database.connection();
    // A larger page cache while the import writes (as the demo does): fewer pages spill to the journal before the
    // commit. Back to SQLite's default afterwards, on every path.
    const CacheSize cache(db, 65536);
    // Before the transaction, so its statements are freed after a rollback: the server refuses to free them
    // inside a failed transaction.
    Writer writer(db);
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return R::failure(withNothingImported(tr("Cannot start writing: %1").arg(transaction.error())));
    if (QString error; !Dialect::announceBulkWrite(db, &error))
        return R::failure(withNothingImported(tr("Cannot start writing: %1").arg(error)));
    // Checked again inside the transaction: nothing can have been added since.
    const Result<bool> holds = holdsData(database);
    if (!holds)
        return R::failure(withNothingImported(holds.error()));
    if (*holds)
        return R::failure(withNothingImported(
            tr("The database already holds data, and an import would mix two organisations. Import into a new, "
               "empty database.")));
    QSqlQuery q(db);
    QString error;
    // The built-in instruments Candor stored by itself on first use make way for the file's. Rows are written after
    // the rows they refer to (departments before their teams), so every reference is checked as it is written, as
    // both backends do without deferring.
    if (!sql::run(q, QStringLiteral("DELETE FROM survey_instrument"), {}, &error))
        return R::failure(withNothingImported(error));

    const R counts = writer.write(content);
    if (!counts)
        return R::failure(withNothingImported(counts.error()));
    // The rows keep the file's ids; the server's numbering continues after them.
    if (!Dialect::syncIdentities(db, &error))
        return R::failure(withNothingImported(error));
    if (const Status status = transaction.commit(); !status)
        return R::failure(withNothingImported(status.error()));
    return counts;
}

Result<DataTransfer::Counts> DataTransfer::importFile(const Database &database, const QString &path)
{
    using R = Result<Counts>;
    const QString name = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return R::failure(tr("“%1” does not exist. Give the path of a JSON export.").arg(name));
    if (info.isDir())
        return R::failure(tr("“%1” is a folder. Give the path of a JSON export.").arg(name));
    if (info.size() > MaximumFileSize)
        return R::failure(tr("“%1” is %2 MB; Candor imports files of up to %3 MB. Nothing was imported.")
                              .arg(name)
                              .arg(QLocale().toString(double(info.size()) / (1024 * 1024), 'f', 0))
                              .arg(QLocale().toString(MaximumFileSize / (1024 * 1024))));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("Cannot read “%1”: %2").arg(name, file.errorString()));
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return R::failure(tr("Cannot read “%1”: %2").arg(name, file.errorString()));
    file.close();
    const R counts = importJson(database, std::move(bytes));
    if (!counts)
        return R::failure(tr("%1: %2").arg(name, counts.error()));
    return counts;
}

} // namespace candor
